/**
 * Contacts of one contact book. The first run walks the whole book; later runs ask only for
 * what changed: `order=last_modified`, `modified_since` = the newest `modified_at` seen
 * (inclusive, so a contact modified in that same second comes again) and `include_deleted`
 * (deleted contacts come back as `{ id, deleted: true }` and are removed).
 */
import type { RunContext } from "./context.js";
import { throwIfAborted } from "./context.js";
import { contactRow } from "./rows.js";

const PAGE = 200;

interface ContactsCheckpoint {
  modifiedSince: number | null;
}

export async function syncContacts(context: RunContext, book: string): Promise<void> {
  const { api, store, meter } = context;
  const stream = `contacts:${book}`;
  const checkpoint = ((await store.checkpoint(stream)) as ContactsCheckpoint | undefined) ?? {
    modifiedSince: null,
  };
  const since = checkpoint.modifiedSince;
  let newest = since;
  const query: Record<string, unknown> = {
    contact_book: book,
    order: "last_modified",
    limit: PAGE,
  };
  if (since !== null) Object.assign(query, { modified_since: since, include_deleted: true });
  const seen = new Set<string>();
  for (let offset = 0; ; ) {
    throwIfAborted(context.signal);
    const page = await api.list("contacts", { ...query, offset });
    const fresh = page.filter((contact) => !seen.has(String(contact.id)));
    for (const contact of fresh) seen.add(String(contact.id));
    const deleted = fresh
      .filter((contact) => contact.deleted === true)
      .map((contact) => String(contact.id));
    const live = fresh.filter((contact) => contact.deleted !== true);
    for (const contact of live) {
      const at = Number(contact.modified_at);
      if (Number.isFinite(at) && (newest === null || at > newest)) newest = at;
    }
    const last = page.length < PAGE || fresh.length === 0;
    // The checkpoint moves only once the whole walk is in: a crash mid-walk walks again.
    await store.write({
      upserts: live.map(contactRow),
      deletes: deleted.length > 0 ? [{ table: "contacts", ids: deleted }] : [],
      ...(last
        ? { checkpoints: { [stream]: { modifiedSince: newest, completedAt: Date.now() } } }
        : {}),
    });
    meter.items += fresh.length;
    meter.report(stream, 0);
    if (last) return;
    offset += page.length;
  }
}
