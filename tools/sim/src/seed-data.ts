/** The seeded top-level data set: everything but the lazily generated nested lists. */
import { makeConversation, personName, subject, template } from "./entities.ts";
import type { Entity } from "./http.ts";
import type { ResolvedData } from "./options.ts";
import { createRandom, mixSeed, pick, type Random, randomId } from "./random.ts";
import { byNewest, compareIds, timeline } from "./timeline.ts";

/** A contact group or contact organization, with the book and kind it is listed under. */
export interface ContactGroupRecord {
  contactBook: string;
  kind: "group" | "organization";
  group: Entity;
}

/** The simulator's live data. Lists are kept in the order the API returns them. */
export interface SeededData {
  organizations: Entity[];
  users: Entity[];
  teams: Entity[];
  sharedLabels: Entity[];
  responses: Entity[];
  contactBooks: Entity[];
  contactGroups: ContactGroupRecord[];
  /** By last name (the default `order`). */
  contacts: Entity[];
  /** Newest `last_activity_at` first. */
  conversations: Entity[];
  /** Newest `last_activity_at` first. */
  tasks: Entity[];
}

// Names a person would type (`--label Refunds`, `--team Support`, `--organization Acme`), so the
// playground (`pnpm sim`) reads like a real account; past these lists, numbered names.
const ORGANIZATION_NAMES = ["Acme", "Globex"];
const TEAM_NAMES = ["Support", "Sales", "Engineering"];
/** Label paths, parents first (`name_with_parent_names`); a parent precedes its children. */
const LABEL_PATHS = ["Refunds", "Billing", "Billing/Invoices", "Bugs", "VIP", "Newsletters"];

function many<T>(count: number, make: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => make(index));
}

function named(operationId: string, random: Random, fields: Entity): Entity {
  return Object.assign(template(operationId), { id: randomId(random) }, fields);
}

export function seedData(seed: number, data: ResolvedData): SeededData {
  const random = createRandom(mixSeed(seed, 1));
  const organizations = many(Math.max(1, data.organizations), (i) =>
    named("listOrganizations", random, {
      name: ORGANIZATION_NAMES[i] ?? `Organization ${i + 1}`,
    }),
  );
  const org = (organizations[0] as Entity).id;
  const users = many(Math.max(1, data.users), (i) =>
    named("listUsers", random, {
      me: i === 0,
      name: personName(random),
      email: `user${i}@sim.test`,
    }),
  );
  const userIds = users.map((user) => user.id as string);
  const teams = many(Math.max(1, data.teams), (i) =>
    named("listTeams", random, {
      name: TEAM_NAMES[i] ?? `Team ${i + 1}`,
      organization: org,
      active_members: [pick(random, userIds)],
    }),
  );
  const labelIds = new Map<string, string>();
  const sharedLabels = many(data.sharedLabels, (i) => {
    const path = LABEL_PATHS[i] ?? `Label ${i + 1}`;
    const parentPath = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : undefined;
    const parent = parentPath === undefined ? undefined : labelIds.get(parentPath);
    const label = named("listSharedLabels", random, {
      name: path.slice(path.lastIndexOf("/") + 1),
      name_with_parent_names: path,
      organization: org,
      ...(parent === undefined ? {} : { parent }),
    });
    labelIds.set(path, label.id as string);
    return label;
  });
  const responses = many(data.responses, (i) =>
    named("listResponses", random, { title: `Response ${i + 1}`, organization: org }),
  );
  const contactBooks = many(Math.max(1, data.contactBooks), (i) =>
    named("listContactBooks", random, { name: `Book ${i + 1}`, organization: org }),
  );
  const bookIds = contactBooks.map((book) => book.id as string);
  const contactGroups = bookIds.flatMap((contactBook) =>
    (["group", "organization"] as const).flatMap((kind) =>
      many(data.contactGroups, (i) => ({
        contactBook,
        kind,
        group: named("listContactGroups", random, { name: `${kind} ${i + 1}` }),
      })),
    ),
  );
  const contacts = many(data.contacts, (i) => {
    const [first, last] = personName(random).split(" ");
    return named("listContacts", random, {
      first_name: first,
      last_name: `${last}${i}`,
      contact_book: bookIds[i % bookIds.length],
      modified_at: 1_700_000_000 + i,
    });
  }).sort((a, b) => compareIds(a.last_name, b.last_name) || compareIds(a.id, b.id));

  const counts = {
    messages: data.messagesPerConversation,
    drafts: data.draftsPerConversation + data.undeliveredDraftsPerConversation,
  };
  const ties = { collisionRate: data.timestampCollisionRate, largestTie: data.largestTie };
  const conversations = timeline(random, data.conversations, ties)
    .map((stamp, i) =>
      makeConversation(random, i, stamp, {
        organization: organizations[0] as Entity,
        team: pick(random, teams),
        user: pick(random, users),
        counts,
      }),
    )
    .sort(byNewest("last_activity_at"));

  const tasks = timeline(random, data.tasks, ties)
    .map((stamp, i) =>
      Object.assign(template("listTasks"), {
        id: randomId(random),
        title: subject(random, i),
        state: pick(random, ["todo", "in_progress", "closed"]),
        assignees: [pick(random, userIds)],
        team: (pick(random, teams) as Entity).id,
        type: "task",
        conversation: null,
        last_activity_at: stamp,
      }),
    )
    .sort(byNewest("last_activity_at"));

  return {
    organizations,
    users,
    teams,
    sharedLabels,
    responses,
    contactBooks,
    contactGroups,
    contacts,
    conversations,
    tasks,
  };
}
