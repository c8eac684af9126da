/**
 * Names (#22.4) as a hostile user and a hostile directory meet them, against the simulator:
 * accents and case, a path typed with spaces, a directory of hundreds of labels, a rename
 * made with the CLI itself, and a failure while the names are being listed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, TOKEN, tempDir } from "./helpers.js";

type Entity = Record<string, unknown>;

let sim: RunningSimulator;
let org: string;
let conversation: string;
let serial = 0;
/** A label of the simulator's first organization, with a UUID-shaped id. */
function label(name: string, path = name): Entity {
  serial += 1;
  const entity = {
    id: `ac0e0000-0000-4000-a000-${String(serial).padStart(12, "0")}`,
    name,
    name_with_parent_names: path,
    color: null,
    organization: org,
  };
  sim.state.sharedLabels.push(entity);
  return entity;
}

/** Every request that reached the simulator, as `METHOD /path`. */
const seen: string[] = [];
/** Paths whose GET answers this status instead (a fault while names are listed). */
const failing = new Map<string, number>();
const fetchAndSee = async (request: Request) => {
  const url = new URL(request.url);
  seen.push(`${request.method} ${url.pathname}`);
  const status = failing.get(url.pathname);
  if (status && request.method === "GET") {
    return new Response(JSON.stringify({ error: "server trouble" }), {
      status,
      headers: { "content-type": "application/json" },
    });
  }
  return fetch(request);
};

beforeAll(async () => {
  sim = await startSimulator({ seed: 7 });
  org = String(sim.state.organizations[0]?.id);
  conversation = String(sim.state.conversations[0]?.id);
});
afterAll(async () => {
  await sim?.stop();
});

function run(argv: string[], config = tempDir()) {
  return cli(argv, {
    fetch: fetchAndSee,
    env: { MISSIVE_BASE_URL: sim.url, MISSIVE_CONFIG_DIR: config, MISSIVE_ORGANIZATION: org },
  });
}
/** `conversations label … --label NAME --dry-run`. */
const dryLabel = (name: string, config?: string) =>
  run(["conversations", "label", conversation, "--label", name, "--dry-run"], config);
/** The label id a dry-run `conversations label` would send. */
const sentLabels = (stdout: string): unknown =>
  JSON.parse(stdout.split("\n")[1] ?? "{}").conversations?.[0]?.add_shared_labels;

describe("names, typed as people type them", () => {
  it("an exact name wins over one that differs only by accent or case", async () => {
    const accented = label("Café");
    const plain = label("cafe");
    const exact = await dryLabel("Café");
    expect(exact.code, exact.stderr).toBe(0);
    expect(sentLabels(exact.stdout)).toEqual([accented.id]);
    const other = await dryLabel("cafe");
    expect(sentLabels(other.stdout)).toEqual([plain.id]);
    // Not exact: blind to case first (CAFE is cafe), then to accents too (CAFÉ is Café).
    const loose = await dryLabel("CAFE");
    expect(loose.code).toBe(0);
    expect(sentLabels(loose.stdout)).toEqual([plain.id]);
    const blind = await dryLabel("CAFÉ");
    expect(sentLabels(blind.stdout)).toEqual([accented.id]);
  });

  it('a path typed with spaces around "/" still finds the label', async () => {
    const parent = label("Escalations");
    const child = label("Legal", "Escalations/Legal");
    expect(parent.id).not.toBe(child.id);
    const result = await dryLabel("escalations / legal");
    expect(result.code, result.stderr).toBe(0);
    expect(sentLabels(result.stdout)).toEqual([child.id]);
  });

  it("an empty --label says a name or an id is wanted", async () => {
    const result = await run(["conversations", "label", conversation, "--label", ""]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--label <name or id>");
  });
});

describe("a large directory", () => {
  it("an ambiguous name among hundreds lists a bounded number of candidates, all pages read", async () => {
    for (let i = 0; i < 260; i++) label("Inbox", `Team ${String(i).padStart(3, "0")}/Inbox`);
    const last = label("Needle", "Team 999/Needle");
    const ambiguous = await run(["conversations", "label", conversation, "--label", "inbox"]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain("matches 260 shared labels");
    expect(ambiguous.stderr.split("\n").length).toBeLessThan(30);
    expect(ambiguous.stderr).toMatch(/… and 2\d\d more/);
    // The label past the first pages (the lists are read to their end).
    const found = await dryLabel("Needle");
    expect(found.code, found.stderr).toBe(0);
    expect(sentLabels(found.stdout)).toEqual([last.id]);
  });
});

describe("the cache", () => {
  it("a rename or a new label made with the CLI is seen at once by the next --label", async () => {
    const config = tempDir();
    const old = label("Disputes");
    const first = await dryLabel("Disputes", config);
    expect(sentLabels(first.stdout)).toEqual([old.id]);
    const renamed = await run(
      ["shared-labels", "update", String(old.id), "--data", '{"name":"Old disputes"}'],
      config,
    );
    expect(renamed.code, renamed.stderr).toBe(0);
    const created = await run(
      ["shared-labels", "create", "--data", '{"name":"Disputes"}', "--json"],
      config,
    );
    expect(created.code, created.stderr).toBe(0);
    const newId = (JSON.parse(created.stdout) as Entity[])[0]?.id;
    const again = await dryLabel("Disputes", config);
    expect(again.code, again.stderr).toBe(0);
    expect(sentLabels(again.stdout)).toEqual([newId]);
    // The cache holds ids and names, never the token.
    const cache = readFileSync(join(config, "directory-cache.json"), "utf8");
    expect(cache).toContain("Disputes");
    expect(cache).not.toContain(TOKEN);
  });
});

describe("faults while names are listed", () => {
  it.each([500, 429])(
    "a %i from the list says which flag it was resolving, and that nothing was sent",
    async (status) => {
      failing.set("/shared_labels", status);
      seen.length = 0;
      try {
        const result = await run(["conversations", "label", conversation, "--label", "Refunds"]);
        expect(result.code).not.toBe(0);
        expect(result.stderr).toContain('--label "Refunds"');
        expect(result.stderr).toContain("nothing was sent");
        expect(seen.filter((r) => !r.startsWith("GET"))).toEqual([]);
      } finally {
        failing.clear();
      }
    },
  );
});

describe("help", () => {
  it("a filter that takes a name says so", async () => {
    const list = (await cli(["conversations", "list", "--help"])).stdout;
    expect(list).toMatch(
      /--shared-label <shared-label-id> .*a name or path \("Billing\/Refunds"\) works too/,
    );
    expect(list).toMatch(/--team-inbox <team-id> .*a team name works too/);
    const users = (await cli(["users", "list", "--help"])).stdout;
    expect(users).toMatch(/--organization <organization-id> .*an organization name works too/);
    const tasks = (await cli(["tasks", "list", "--help"])).stdout;
    expect(tasks).toMatch(/--assignee <user-id> .*a user's name or email works too/);
    // A filter that takes no name says nothing of names.
    expect(list).not.toMatch(/--email <email> .*works too/);
  });
});

describe("an id the API does not know", () => {
  it("a 404 after --label ids does not blame only the conversation", async () => {
    const ghost = "11111111-2222-3333-4444-555555555555";
    const result = await run(["conversations", "label", conversation, "--label", ghost]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(`--label ${ghost}: no shared label has this id`);
    expect(result.stderr).toContain("missive shared-labels list");
  });

  it("a label named like a UUID: the 404 says whose name it is, and which id to give", async () => {
    const uuidName = "22222222-3333-4444-5555-666666666666";
    const named = label(uuidName);
    const result = await run(["conversations", "label", conversation, "--label", uuidName]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(`--label ${uuidName} is the name of ${uuidName} (${named.id})`);
    expect(result.stderr).toContain(`give --label ${named.id}`);
  });
});

describe("contact books by name", () => {
  it("export contacts --contact-book takes the book's name, not only its id", async () => {
    const book = sim.state.contactBooks[0] as Entity;
    seen.length = 0;
    const byName = await run(["contacts", "list", "--contact-book", String(book.name), "--json"]);
    expect(byName.code, byName.stderr).toBe(0);
    expect((JSON.parse(byName.stdout) as Entity[]).length).toBeGreaterThan(0);
    seen.length = 0;
    const unknown = await run(["export", "contacts", "--contact-book", "No such book"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--contact-book "No such book": no contact book');
    expect(unknown.stderr).toContain(`${String(book.name)} (${String(book.id)})`);
    expect(seen).not.toContain("GET /contacts");
  });
});

describe("a damaged cache file", () => {
  it("entries of the wrong shape are ignored: the list is fetched again", async () => {
    const config = tempDir();
    const first = await dryLabel("Refunds", config);
    expect(first.code, first.stderr).toBe(0);
    const file = join(config, "directory-cache.json");
    const cache = JSON.parse(readFileSync(file, "utf8")) as {
      lists: Record<string, { entries: unknown }>;
    };
    for (const list of Object.values(cache.lists)) {
      list.entries = [null, { id: "x" }, { names: "Refunds" }, { id: 3, names: [1] }];
    }
    writeFileSync(file, JSON.stringify(cache));
    const again = await dryLabel("Refunds", config);
    expect(again.code, again.stderr).toBe(0);
    expect(sentLabels(again.stdout)).toEqual(sentLabels(first.stdout));
  });
});

describe("where an unknown organization name came from", () => {
  it("MISSIVE_ORGANIZATION, a profile or `config set` is named, not a --organization never typed", async () => {
    const fromEnv = await cli(["conversations", "label", conversation, "--label", "x"], {
      fetch: fetchAndSee,
      env: {
        MISSIVE_BASE_URL: sim.url,
        MISSIVE_CONFIG_DIR: tempDir(),
        MISSIVE_ORGANIZATION: "Nope",
      },
    });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toContain('MISSIVE_ORGANIZATION "Nope": no organization');
    expect(fromEnv.stderr).not.toContain("--organization");
    const config = tempDir();
    const set = await cli(["config", "set", "organization", "Nope"], {
      fetch: fetchAndSee,
      env: { MISSIVE_BASE_URL: sim.url, MISSIVE_CONFIG_DIR: config },
    });
    expect(set.code).toBe(2);
    expect(set.stderr).toContain('missive config set organization "Nope": no organization');
    const flag = await run([
      "conversations",
      "label",
      conversation,
      "--label",
      "x",
      "--organization",
      "Nope",
    ]);
    expect(flag.stderr).toContain('--organization "Nope": no organization');
  });
});
