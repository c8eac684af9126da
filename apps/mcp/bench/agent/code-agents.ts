/**
 * The scripted agents of code mode: one `search_api` call to learn the methods, then one
 * `execute` with the whole task as code.
 */
import type { Session } from "./session.js";
import { CLOSE_DOMAIN, REFUNDS } from "./world.js";

async function run(session: Session, query: string, code: string): Promise<unknown> {
  await session.call("search_api", { query });
  const { text } = await session.call("execute", { code });
  return (JSON.parse(text) as { result: unknown }).result;
}

export const codeAgents = {
  perDomain: (session: Session) =>
    run(
      session,
      "list conversations",
      `const counts: Record<string, number> = {};
for await (const c of missive.conversations.listAll({ inbox: true, limit: 50 })) {
  const domain = (c.authors?.[0]?.address ?? "").split("@")[1] ?? "";
  counts[domain] = (counts[domain] ?? 0) + 1;
}
return counts;`,
    ),
  refunds: (session: Session) =>
    run(
      session,
      "shared labels users conversation messages create draft",
      `const labels = await missive.sharedLabels.list();
const refunds = labels.find((l) => l.name === ${JSON.stringify(REFUNDS)});
const ours = new Set((await missive.users.list({ limit: 200 })).map((u) => u.email.toLowerCase()));
const cutoff = Date.now() / 1000 - 48 * 3600;
let drafted = 0;
for await (const c of missive.conversations.listAll({ shared_label: refunds.id, limit: 50 })) {
  const [latest] = await missive.conversations.listMessages(c.id, { limit: 1 });
  if (!latest || ours.has(latest.from_field.address.toLowerCase()) || latest.delivered_at > cutoff) continue;
  const to = latest.reply_to_fields?.length ? latest.reply_to_fields : [latest.from_field];
  await missive.drafts.create({ conversation: c.id, body: "<p>We are processing your refund.</p>", to_fields: to, subject: "Re: " + latest.subject });
  drafted++;
}
return { drafted };`,
    ),
  closeDomain: (session: Session) =>
    run(
      session,
      "conversations.update",
      `const ids: string[] = [];
for await (const c of missive.conversations.listAll({ inbox: true, domain: ${JSON.stringify(CLOSE_DOMAIN)}, limit: 50 })) ids.push(c.id);
for (let i = 0; i < ids.length; i += 50) {
  await missive.conversations.update(ids.slice(i, i + 50).map((id) => ({ id, close: true })));
}
return { closed: ids.length };`,
    ),
};
