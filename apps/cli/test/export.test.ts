import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../src/csv.js";
import { cli, tempDir } from "./helpers.js";

/** A fake Missive with `total` users, paged by offset/limit; fails once after `failAfter` pages. */
function fakeUsers(total: number, failAfter = Number.POSITIVE_INFINITY) {
  let pages = 0;
  const users = Array.from({ length: total }, (_, i) => ({
    id: `u${String(i).padStart(3, "0")}`,
    name: i === 3 ? 'Ann "the boss", Jr.' : `User ${i}`,
    me: i === 0,
  }));
  return async (request: Request) => {
    const url = new URL(request.url);
    if (pages++ >= failAfter) {
      return new Response(JSON.stringify({ error: "Service unavailable" }), { status: 503 });
    }
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const limit = Number(url.searchParams.get("limit") ?? 50);
    return Response.json({ users: users.slice(offset, offset + limit) });
  };
}

const ids = (file: string) =>
  readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l).id);

describe("missive export", () => {
  it("streams a list from the API as NDJSON on stdout", async () => {
    const { code, stdout } = await cli(["export", "users"]);
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toHaveLength(1);
  });

  it("resumes an interrupted export without duplicates", async () => {
    const dir = tempDir();
    const file = join(dir, "users.ndjson");
    const argv = ["export", "users", "--output", file, "--limit", "10"];
    const first = await cli(argv, { fetch: fakeUsers(35, 2) });
    expect(first.code).toBe(1);
    expect(first.stderr).toContain("run the same command again to resume");
    expect(ids(file)).toHaveLength(20);
    expect(existsSync(`${file}.state.json`)).toBe(true);

    // A line cut in half by a crash is dropped, then written again whole.
    writeFileSync(file, `${readFileSync(file, "utf8")}{"id":"u02`);
    const second = await cli(argv, { fetch: fakeUsers(35) });
    expect(second.code).toBe(0);
    const all = ids(file);
    expect(all).toHaveLength(35);
    expect(new Set(all).size).toBe(35);
    expect(existsSync(`${file}.state.json`)).toBe(false);

    // A complete export is not overwritten by accident.
    expect((await cli(argv, { fetch: fakeUsers(35) })).code).toBe(2);
    expect((await cli([...argv, "--force"], { fetch: fakeUsers(5) })).code).toBe(0);
    expect(ids(file)).toHaveLength(5);
  });

  it("writes CSV with a header, quoting where needed, and resumes it too", async () => {
    const dir = tempDir();
    const file = join(dir, "users.csv");
    const argv = [
      "export",
      "users",
      "-o",
      file,
      "--format",
      "csv",
      "--fields",
      "id,name",
      "--limit",
      "4",
    ];
    expect((await cli(argv, { fetch: fakeUsers(10, 1) })).code).toBe(1);
    expect((await cli(argv, { fetch: fakeUsers(10) })).code).toBe(0);
    const rows = parseCsv(readFileSync(file, "utf8"));
    expect(rows[0]).toEqual(["id", "name"]);
    expect(rows).toHaveLength(11);
    expect(rows[4]).toEqual(["u003", 'Ann "the boss", Jr.']);
  });

  it("stops after the current line on interrupt and exits 130", async () => {
    const dir = tempDir();
    const file = join(dir, "users.ndjson");
    const controller = new AbortController();
    const slow = fakeUsers(30);
    let pages = 0;
    const fetchFn = async (r: Request) => {
      if (++pages === 2) controller.abort();
      return slow(r);
    };
    const result = await cli(["export", "users", "-o", file, "--limit", "10"], {
      fetch: fetchFn,
      signal: controller.signal,
    });
    expect(result.code).toBe(130);
    const written = ids(file);
    expect(written.length).toBeGreaterThanOrEqual(10);
    expect(readFileSync(file, "utf8").endsWith("\n")).toBe(true);
    const rest = await cli(["export", "users", "-o", file, "--limit", "10"], {
      fetch: fakeUsers(30),
    });
    expect(rest.code).toBe(0);
    expect(new Set(ids(file)).size).toBe(30);
    expect(ids(file)).toHaveLength(30);
  });

  it("refuses what cannot be exported", async () => {
    expect((await cli(["export", "drafts"])).code).toBe(2);
    expect((await cli(["export", "users", "--format", "xml"])).code).toBe(2);
  });
});
