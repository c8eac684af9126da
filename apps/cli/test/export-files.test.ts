import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempDir } from "./helpers.js";

/** Users paged by offset; answers `failWith` from request number `failAt` on. */
function users(total: number, failAt = Number.POSITIVE_INFINITY, failWith = 503) {
  let requests = 0;
  const all = Array.from({ length: total }, (_, i) => ({ id: `u${i}`, name: `User ${i}` }));
  return async (request: Request) => {
    if (requests++ >= failAt) return Response.json({ error: "Unavailable" }, { status: failWith });
    const url = new URL(request.url);
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const limit = Number(url.searchParams.get("limit") ?? 200);
    return Response.json({ users: all.slice(offset, offset + limit) });
  };
}

describe("export files (#13.14)", () => {
  it("without a token: exit 3, and no output or state file", async () => {
    const dir = tempDir();
    const file = join(dir, "users.ndjson");
    const { code } = await cli(["export", "users", "--output", file], {
      env: { MISSIVE_API_TOKEN: undefined },
    });
    expect(code).toBe(3);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a first page refused: nothing created, and the message says so", async () => {
    const dir = tempDir();
    const file = join(dir, "users.ndjson");
    const { code, stderr } = await cli(["export", "users", "--output", file], {
      fetch: users(5, 0, 500),
    });
    expect(code).toBe(1);
    expect(stderr).toContain("Nothing was written");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("--output into a missing directory is a clear usage error, not ENOENT", async () => {
    const dir = tempDir();
    const { code, stderr } = await cli(["export", "users", "--output", "nodir/x.ndjson"], {
      cwd: dir,
      fetch: users(3),
    });
    expect(code).toBe(2);
    expect(stderr).toContain("the directory nodir does not exist");
    expect(stderr).not.toContain("ENOENT");
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ["empty", ""],
    ["cut short", '{"resource":"users","form'],
    ["not a state", "[1, 2]"],
  ])(
    "a state file that is %s: the error names it and --force; --force recovers",
    async (_, text) => {
      const dir = tempDir();
      const file = join(dir, "users.ndjson");
      writeFileSync(file, '{"id":"u0"}\n');
      writeFileSync(`${file}.state.json`, text);
      const argv = ["export", "users", "--output", file, "--limit", "2"];
      const broken = await cli(argv, { fetch: users(5) });
      expect(broken.code).toBe(2);
      expect(broken.stderr).toContain(`${file}.state.json`);
      expect(broken.stderr).toContain("--force");
      expect(broken.stderr).not.toMatch(/SyntaxError|Unexpected token|JSON at position/);

      const forced = await cli([...argv, "--force"], { fetch: users(5) });
      expect(forced.code).toBe(0);
      const ids = readFileSync(file, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).id);
      expect(ids).toEqual(["u0", "u1", "u2", "u3", "u4"]);
      expect(existsSync(`${file}.state.json`)).toBe(false);
    },
  );

  it("an interrupted run leaves the file and a whole state file, and no temporary file", async () => {
    const dir = tempDir();
    const file = join(dir, "users.ndjson");
    const argv = ["export", "users", "--output", file, "--limit", "2"];
    expect((await cli(argv, { fetch: users(6, 2) })).code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(["users.ndjson", "users.ndjson.state.json"]);
    expect(JSON.parse(readFileSync(`${file}.state.json`, "utf8"))).toMatchObject({
      resource: "users",
      format: "ndjson",
    });
    expect((await cli(argv, { fetch: users(6) })).code).toBe(0);
    expect(readdirSync(dir)).toEqual(["users.ndjson"]);
  });

  it("a list with nothing in it still ends with its (empty) file", async () => {
    const dir = tempDir();
    const file = join(dir, "users.ndjson");
    expect((await cli(["export", "users", "--output", file], { fetch: users(0) })).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe("");
    expect(readdirSync(dir)).toEqual(["users.ndjson"]);
  });
});
