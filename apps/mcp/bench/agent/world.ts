/**
 * The simulated team inbox the agent tasks run against: 500 conversations from seven customer
 * domains, 25 of them labelled "Refunds" whose latest message is ours, recent, or waiting for
 * a reply for more than 48 hours. Built from the seeded simulator by editing its state, and
 * each task's right answer read from that state.
 */
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";

type Entity = Record<string, unknown>;

export const DOMAINS = [
  "acme.test",
  "globex.test",
  "initech.test",
  "umbrella.test",
  "hooli.test",
  "stark.test",
  "wayne.test",
];
/** The domain of task 3. */
export const CLOSE_DOMAIN = "acme.test";
export const REFUNDS = "Refunds";

export interface World {
  sim: RunningSimulator;
  /** Task 1: inbox conversations per author domain. */
  perDomain: Record<string, number>;
  /** Task 2: the Refunds conversations waiting more than 48 h, and whom to answer there. */
  awaitingReply: Map<string, string>;
  /** Task 3: the conversations from CLOSE_DOMAIN. */
  fromDomain: Set<string>;
}

const domainOf = (c: Entity) =>
  String((c.authors as Entity[])[0]?.address ?? "").split("@")[1] ?? "";

export async function startWorld(seed = 11): Promise<World> {
  const sim = await startSimulator({ seed, data: { conversations: 500 }, rateLimit: false });
  const { state } = sim;
  const now = Math.floor(Date.now() / 1000);
  state.conversations.forEach((c, i) => {
    const domain = DOMAINS[(i * 3 + Math.floor(i / 7)) % DOMAINS.length];
    c.authors = [{ name: `Customer ${i % 40}`, address: `customer${i % 40}@${domain}` }];
  });
  let label = state.sharedLabels.find((l) => l.name === REFUNDS);
  if (!label) {
    label = {
      ...structuredClone(state.sharedLabels[0] ?? {}),
      id: "refunds-label",
      name: REFUNDS,
      name_with_parent_names: REFUNDS,
    };
    state.sharedLabels.push(label);
  }
  const user = state.users[1] as Entity;
  const awaitingReply = new Map<string, string>();
  state.conversations
    .filter((_, i) => i % 20 === 7)
    .forEach((c, j) => {
      c.shared_labels = [{ id: label.id, name: REFUNDS }];
      c.shared_label_names = REFUNDS;
      const latest = state.nested.list(c, "messages")[0] as Entity;
      const customer = (c.authors as Entity[])[0] as Entity;
      Object.assign(latest, {
        from_field: customer,
        reply_to_fields: [],
        subject: `Refund for order ${j}`,
      });
      if (j % 3 === 0) latest.from_field = { name: user.name, address: user.email };
      else if (j % 3 === 1) latest.delivered_at = now - 3_600;
      else awaitingReply.set(String(c.id), String(customer.address));
    });
  const perDomain: Record<string, number> = {};
  for (const c of state.conversations) perDomain[domainOf(c)] = (perDomain[domainOf(c)] ?? 0) + 1;
  const fromDomain = new Set(
    state.conversations.filter((c) => domainOf(c) === CLOSE_DOMAIN).map((c) => String(c.id)),
  );
  return { sim, perDomain, awaitingReply, fromDomain };
}

const closed = (c: Entity) =>
  ((c.users as Entity[] | undefined) ?? []).some((u) => u.closed === true);

/** Whether the simulator's end state is what each task asked for. */
export const check = {
  perDomain: (world: World, answer: unknown) =>
    JSON.stringify(sorted(answer)) === JSON.stringify(sorted(world.perDomain)),
  drafts(world: World): boolean {
    const drafted = new Map<string, string>();
    for (const post of world.sim.stats.posts as Entity[]) {
      const draft = post.drafts as Entity | undefined;
      if (!draft) continue;
      drafted.set(String(draft.conversation), String((draft.to_fields as Entity[])[0]?.address));
    }
    return (
      drafted.size === world.awaitingReply.size &&
      [...world.awaitingReply].every(([id, to]) => drafted.get(id) === to)
    );
  },
  closed(world: World): boolean {
    return world.sim.state.conversations.every(
      (c) => closed(c) === world.fromDomain.has(String(c.id)),
    );
  },
};

const sorted = (value: unknown) =>
  Object.fromEntries(Object.entries((value ?? {}) as Record<string, unknown>).sort());
