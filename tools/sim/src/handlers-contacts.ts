/** Contacts, contact books and contact groups. */
import { mergeCompatible, template } from "./entities.ts";
import { badRequest, type Entity, envelope } from "./http.ts";
import { offsetPage } from "./pagination.ts";
import { randomId } from "./random.ts";
import { findById, type Handler, inputList, nowSeconds, splitIds, targetsOf } from "./state.ts";

const page = <T>(items: T[], query: Record<string, unknown>) =>
  offsetPage(items, query.offset as number, query.limit as number);

const listContacts: Handler = ({ query, state }) => {
  let contacts = state.contacts.filter((contact) => contact.contact_book === query.contact_book);
  const since = query.modified_since as number | undefined;
  if (since !== undefined) contacts = contacts.filter((c) => (c.modified_at as number) >= since);
  const search = typeof query.search === "string" ? query.search.toLowerCase() : undefined;
  // Missive matches the term against all contact data: names, and every info (emails, phones…).
  if (search) {
    contacts = contacts.filter((c) =>
      [
        c.first_name,
        c.last_name,
        ...((c.infos as Entity[] | undefined) ?? []).flatMap(Object.values),
      ]
        .join(" ")
        .toLowerCase()
        .includes(search),
    );
  }
  if (query.order === "last_modified") {
    contacts = [...contacts].sort((a, b) => (b.modified_at as number) - (a.modified_at as number));
  }
  return { status: 200, body: { contacts: page(contacts, query) } };
};

const createContacts: Handler = ({ body, state }) => {
  const created = inputList(envelope(body, "contacts")).map((input) => {
    if (typeof input.contact_book !== "string") throw badRequest("contact_book is required");
    findById(state.contactBooks, input.contact_book);
    const contact = mergeCompatible(template("listContacts"), input);
    Object.assign(contact, { id: randomId(state.random), modified_at: nowSeconds() });
    return contact;
  });
  state.contacts.push(...created);
  return { status: 200, body: { contacts: created } };
};

const getContact: Handler = ({ params, state }) => ({
  status: 200,
  body: { contacts: [findById(state.contacts, params.id)] },
});

const updateContacts: Handler = ({ params, body, state }) => {
  const targets = targetsOf(
    state.contacts,
    splitIds(params.id),
    inputList(envelope(body, "contacts")),
  );
  const updated = targets.map(({ entity, input }) => {
    mergeCompatible(entity, input);
    entity.modified_at = nowSeconds();
    return entity;
  });
  return { status: 200, body: { contacts: updated } };
};

const listContactBooks: Handler = ({ query, state }) => ({
  status: 200,
  body: { contact_books: page(state.contactBooks, query) },
});

const listContactGroups: Handler = ({ query, state }) => {
  const groups: Entity[] = state.contactGroups
    .filter((record) => record.contactBook === query.contact_book && record.kind === query.kind)
    .map((record) => record.group);
  return { status: 200, body: { contact_groups: page(groups, query) } };
};

export const contactHandlers: Record<string, Handler> = {
  listContacts,
  createContacts,
  getContact,
  updateContacts,
  listContactBooks,
  listContactGroups,
};
