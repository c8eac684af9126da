/**
 * Names, not only ids (#22.4), and the default organization (#22.5), against the simulator:
 * labels by name or parent path, users by email or name, teams and organizations by name,
 * resolved from the directory lists and cached briefly; an unknown or ambiguous name exits 2
 * with the candidates before anything is sent.
 */
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, tempDir } from "./helpers.js";

type Entity = Record<string, unknown>;

let sim: RunningSimulator;
let org: Entity;
let conversation: string;
const label = (name: string, path: string, parent?: string): Entity => ({
  id: `5a1e0000-0000-4000-a000-${String(path.length).padStart(4, "0")}${path.replace(/\W/g, "").slice(0, 8).toLowerCase().padEnd(8, "0")}`,
  name,
  name_with_parent_names: path,
  color: null,
  organization: org.id,
  ...(parent ? { parent } : {}),
});

/** Every request that reached the simulator, as `METHOD /path?query`. */
const seen: string[] = [];
const fetchAndSee = async (request: Request) => {
  const url = new URL(request.url);
  seen.push(`${request.method} ${url.pathname}`);
  return fetch(request);
};

beforeAll(async () => {
  sim = await startSimulator({ seed: 22 });
  org = sim.state.organizations[0] as Entity;
  const billing = label("Escrow", "Escrow");
  sim.state.sharedLabels.push(
    billing,
    label("Chargebacks", "Escrow/Chargebacks", billing.id as string),
    label("Chargebacks", "Sales/Chargebacks"),
  );
  conversation = String(sim.state.conversations[0]?.id);
});
afterAll(async () => {
  await sim?.stop();
});

/** The CLI against the simulator, with one config directory per test unless given. */
function run(argv: string[], options: { config?: string; env?: Entity; now?: () => number } = {}) {
  return cli(argv, {
    fetch: fetchAndSee,
    ...(options.now ? { now: options.now } : {}),
    env: {
      MISSIVE_BASE_URL: sim.url,
      MISSIVE_CONFIG_DIR: options.config ?? tempDir(),
      ...(options.env as Record<string, string>),
    },
  });
}

const labelsOf = () =>
  ((sim.state.conversations[0]?.shared_labels as Entity[] | undefined) ?? []).map((l) => l.id);
const byPath = (path: string) =>
  sim.state.sharedLabels.find((l) => l.name_with_parent_names === path)?.id;

describe("names resolve to ids (#22.4)", () => {
  it('--label "Escrow/Chargebacks" and --organization by name label the conversation', async () => {
    const result = await run([
      "conversations",
      "label",
      conversation,
      "--label",
      "Escrow/Chargebacks",
      "--organization",
      String(org.name),
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(labelsOf()).toContain(byPath("Escrow/Chargebacks"));
    expect(labelsOf()).not.toContain(byPath("Sales/Chargebacks"));
  });

  it("an ambiguous label exits 2 listing both paths, and nothing is sent", async () => {
    seen.length = 0;
    const { code, stderr } = await run(
      ["conversations", "label", conversation, "--label", "chargebacks"],
      { env: { MISSIVE_ORGANIZATION: String(org.id) } },
    );
    expect(code).toBe(2);
    expect(stderr).toContain('--label "chargebacks" matches 2 shared labels');
    expect(stderr).toContain(`Escrow/Chargebacks (${byPath("Escrow/Chargebacks")})`);
    expect(stderr).toContain(`Sales/Chargebacks (${byPath("Sales/Chargebacks")})`);
    expect(seen.filter((r) => r.startsWith("PATCH"))).toEqual([]);
  });

  it("an unknown label exits 2 with candidates, instead of a 404 that blames the conversation", async () => {
    seen.length = 0;
    const { code, stderr } = await run(
      ["conversations", "label", conversation, "--label", "Chargebackz"],
      { env: { MISSIVE_ORGANIZATION: String(org.id) } },
    );
    expect(code).toBe(2);
    expect(stderr).toContain('--label "Chargebackz": no shared label of that name or id');
    expect(stderr).toContain("Escrow/Chargebacks");
    expect(stderr).not.toContain(conversation);
    expect(seen.filter((r) => r.startsWith("PATCH"))).toEqual([]);
  });

  it("--user takes an email or a name; --team a name", async () => {
    const [ann, bob] = sim.state.users as Entity[];
    const env = { MISSIVE_ORGANIZATION: String(org.id) };
    expect(
      (await run(["conversations", "assign", conversation, "--user", String(ann?.email)], { env }))
        .code,
    ).toBe(0);
    expect(
      (await run(["conversations", "assign", conversation, "--user", String(bob?.name)], { env }))
        .code,
    ).toBe(0);
    const assignees = ((sim.state.conversations[0]?.assignees ?? []) as Entity[]).map((u) => u.id);
    expect(assignees).toEqual(expect.arrayContaining([ann?.id, bob?.id]));
    const team = sim.state.teams[1] as Entity;
    const moved = await run([
      "conversations",
      "move",
      conversation,
      "--team",
      String(team.name),
      "--dry-run",
    ]);
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).toContain(`"team":"${team.id}"`);
  });

  it("generated filters take names too: conversations list --shared-label, users list --organization", async () => {
    const listed = await run([
      "conversations",
      "list",
      "--shared-label",
      "Escrow/Chargebacks",
      "--json",
    ]);
    expect(listed.code, listed.stderr).toBe(0);
    const ids = (JSON.parse(listed.stdout) as Entity[]).map((c) => c.id);
    expect(ids).toContain(conversation);
    const unknown = await run(["users", "list", "--organization", "Nope Inc"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`--organization "Nope Inc": no organization`);
    expect(unknown.stderr).toContain(String(org.name));
  });

  it("lists are cached briefly in the config directory, and fetched again once stale", async () => {
    const config = tempDir();
    let now = Date.parse("2026-12-06T12:00:00Z");
    const env = { MISSIVE_ORGANIZATION: String(org.id) };
    const labelling = ["conversations", "label", conversation, "--label", "Escrow", "--dry-run"];
    seen.length = 0;
    expect((await run(labelling, { config, env, now: () => now })).code).toBe(0);
    expect((await run(labelling, { config, env, now: () => now })).code).toBe(0);
    expect(seen.filter((r) => r === "GET /shared_labels")).toHaveLength(1);
    now += 6 * 60 * 1000;
    expect((await run(labelling, { config, env, now: () => now })).code).toBe(0);
    expect(seen.filter((r) => r === "GET /shared_labels")).toHaveLength(2);
  });

  it("an id is used as is, without listing anything", async () => {
    seen.length = 0;
    const id = String(byPath("Sales/Chargebacks"));
    const env = { MISSIVE_ORGANIZATION: String(org.id) };
    const result = await run(["conversations", "label", conversation, "--label", id, "--dry-run"], {
      env,
    });
    expect(result.code).toBe(0);
    expect(seen).toEqual([]);
  });
});

describe("the default organization applies everywhere it can (#22.5)", () => {
  it("config set organization takes a name and saves its id; post --assign and analytics report use it", async () => {
    const config = tempDir();
    const set = await run(["config", "set", "organization", String(org.name)], { config });
    expect(set.code, set.stderr).toBe(0);
    expect(set.stderr).toContain(String(org.id));
    const [ann] = sim.state.users as Entity[];
    const post = await run(
      [
        "post",
        "--conversation",
        conversation,
        "--text",
        "hi",
        "--assign",
        String(ann?.email),
        "--dry-run",
      ],
      { config },
    );
    expect(post.code, post.stderr).toBe(0);
    const sent = JSON.parse(post.stdout.split("\n")[1] ?? "{}");
    expect(sent.posts).toMatchObject({ organization: org.id, add_assignees: [ann?.id] });
    const report = await run(
      [
        "analytics",
        "report",
        "--start",
        "2026-01-01",
        "--end",
        "2026-01-31",
        "--team",
        String(sim.state.teams[0]?.name),
        "--dry-run",
      ],
      { config },
    );
    expect(report.code, report.stderr).toBe(0);
    expect(JSON.parse(report.stdout.split("\n")[1] ?? "{}").reports).toMatchObject({
      organization: org.id,
      teams: [sim.state.teams[0]?.id],
    });
  });

  it("a generated command whose body needs an organization takes the default", async () => {
    const env = { MISSIVE_ORGANIZATION: String(org.id) };
    const created = await run(
      ["shared-labels", "create", "--data", '{"name":"Escalations"}', "--dry-run"],
      { env },
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain(`"organization":"${org.id}"`);
    // A webhook without an organization is personal: no default added.
    const hook = await run(
      [
        "hooks",
        "create",
        "--data",
        '{"type":"new_comment","url":"https://example.test/h"}',
        "--dry-run",
      ],
      { env },
    );
    expect(hook.stdout).not.toContain("organization");
  });

  it("every missing-organization error names `missive config set organization`", async () => {
    for (const argv of [
      ["conversations", "label", conversation, "--label", "Escrow"],
      ["post", "--conversation", conversation, "--text", "x", "--assign", "someone"],
      ["analytics", "report", "--start", "1", "--end", "2"],
      ["shared-labels", "create", "--data", '{"name":"X"}'],
    ]) {
      const { code, stderr } = await run(argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(stderr, argv.join(" ")).toContain("missive config set organization");
    }
  });
});
