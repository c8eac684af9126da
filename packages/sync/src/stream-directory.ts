/**
 * The small directory lists, fetched in full each run (a request or two each): users (with
 * the account check), organizations, teams, shared labels, canned responses, contact books,
 * contact groups and tasks. Rows that disappeared from a list are removed.
 */
import type { RunContext } from "./context.js";
import { directoryRow } from "./rows.js";
import type { TableName } from "./schema.js";
import type { Row } from "./store.js";

type Obj = Record<string, unknown>;

/** Writes a whole list: its rows, minus the rows it no longer has, and its checkpoint. */
async function replaceAll(context: RunContext, table: TableName, rows: Row[]): Promise<void> {
  const keep = new Set(rows.map((row) => row.id));
  const gone = (await context.store.ids(table)).filter((id) => !keep.has(id));
  await context.store.write({
    upserts: rows,
    deletes: gone.length > 0 ? [{ table, ids: gone }] : [],
    checkpoints: { [table]: { count: rows.length, completedAt: Date.now() } },
  });
  context.meter.items += rows.length;
  context.meter.report(table, 0);
}

export async function syncDirectory(context: RunContext, users: Obj[]): Promise<void> {
  const { api } = context;
  await replaceAll(
    context,
    "users",
    users.map((user) => directoryRow("users", user)),
  );
  const lists: [TableName, string][] = [
    ["organizations", "organizations"],
    ["teams", "teams"],
    ["shared_labels", "sharedLabels"],
    ["responses", "responses"],
    ["tasks", "tasks"],
  ];
  for (const [table, namespace] of lists) {
    const items = await api.listAll(namespace, {});
    await replaceAll(
      context,
      table,
      items.map((item) => directoryRow(table, item)),
    );
  }
}

/** Contact books, then each book's groups and organizations (`kind`); resolves to the book ids. */
export async function syncContactBooks(context: RunContext): Promise<string[]> {
  const { api } = context;
  const books = await api.listAll("contactBooks", {});
  await replaceAll(
    context,
    "contact_books",
    books.map((book) => directoryRow("contact_books", book)),
  );
  const groups: Row[] = [];
  for (const book of books) {
    for (const kind of ["group", "organization"]) {
      const items = await api.listAll("contactGroups", { contact_book: book.id, kind });
      groups.push(
        ...items.map((item) =>
          directoryRow("contact_groups", item, { contact_book_id: book.id, kind }),
        ),
      );
    }
  }
  await replaceAll(context, "contact_groups", groups);
  return books.map((book) => String(book.id));
}
