/**
 * `find_contacts`: contacts matching an email address or a name, across every contact book the
 * user can see (or one), through the list's `search`. An email address must match one of the
 * contact's emails exactly, not just appear somewhere in its data.
 */
import { success } from "../results.js";
import type { Tool } from "../tool.js";

type Item = Record<string, unknown>;

const emailsOf = (contact: Item) =>
  ((contact.infos ?? []) as Item[])
    .filter((info) => info.kind === "email" && typeof info.value === "string")
    .map((info) => String(info.value).toLowerCase());

export function findContactsTool(): Tool {
  return {
    name: "find_contacts",
    kind: "read",
    toolset: "contacts",
    sendFields: [],
    description:
      "Find contacts by `email` (exact address), `name` (part of a name) or `query` (either), in every contact book the user can see or in contact_book. Read-only.",
    inputSchema: {
      type: "object",
      properties: {
        email: { type: "string", minLength: 3, description: "An email address." },
        name: { type: "string", minLength: 2, description: "Part of a name." },
        query: {
          type: "string",
          minLength: 2,
          description: "An email address, or part of a name.",
        },
        contact_book: { type: "string", description: "Only this contact book (ID)." },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 200,
          default: 20,
          description: "Most contacts returned.",
        },
      },
      additionalProperties: false,
    },
    outputSchema: {
      type: "object",
      properties: { contacts: { type: "array", items: { type: "object" } } },
      required: ["contacts"],
    },
    annotations: { readOnlyHint: true, openWorldHint: true },
    async call(args, { client, signal }) {
      const given = [args.email, args.name, args.query].find((value) => typeof value === "string");
      if (given === undefined)
        throw new Error("find_contacts needs `email`, `name` or `query`: pass one and call again.");
      const query = String(given).trim();
      const limit = Number(args.limit ?? 20);
      // `name` never filters by address, even with an "@" in it; `query` guesses from the "@".
      const byEmail = args.email !== undefined || (args.name === undefined && query.includes("@"));
      const email = byEmail ? query.toLowerCase() : null;
      const books =
        typeof args.contact_book === "string"
          ? [args.contact_book]
          : ((await client.contactBooks.listAll({}, { signal }).collect()) as Item[]).map((book) =>
              String(book.id),
            );
      const found: Item[] = [];
      for (const book of books) {
        const page = (await client.contacts.list(
          { contact_book: book, search: query, limit: 200 },
          { signal },
        )) as Item[];
        for (const contact of page ?? []) {
          if (email && !emailsOf(contact).includes(email)) continue;
          found.push(contact);
          if (found.length >= limit) break;
        }
        if (found.length >= limit) break;
      }
      return success({ contacts: found }, `${found.length} contacts match "${query}".`);
    },
  };
}
