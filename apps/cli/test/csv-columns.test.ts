import { describe, expect, it } from "vitest";
import { parseCsv } from "../src/csv.js";
import { cli } from "./helpers.js";

/** Contacts of different shapes: the first has neither infos nor memberships. */
const CONTACTS = [
  { id: "k1", first_name: "Ann", modified_at: 1767225600 },
  {
    id: "k2",
    first_name: "Bob",
    modified_at: 1767229200,
    infos: [{ kind: "email", label: "work", value: "bob@acme.test" }],
  },
  {
    id: "k3",
    last_name: "Cho",
    memberships: [{ title: "CTO", group: { id: "g1", name: "Acme", kind: "organization" } }],
  },
];

const contacts = async (request: Request) => {
  const offset = Number(new URL(request.url).searchParams.get("offset") ?? 0);
  return Response.json({ contacts: offset === 0 ? CONTACTS : [] });
};

const exportCsv = (...more: string[]) =>
  cli(
    [
      "export",
      "contacts",
      "--contact-book",
      "b1000000-0000-4000-a000-000000000001",
      "--format",
      "csv",
      ...more,
    ],
    {
      fetch: contacts,
    },
  );

/** The CSV as one object per row, keyed by the header. */
function rowsOf(csv: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(csv);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ""])));
}

describe("CSV export keeps every field, whatever the first row holds (#22.3)", () => {
  it("columns come from the spec's Contact schema; later contacts' infos and memberships are kept as JSON", async () => {
    const { code, stdout, stderr } = await exportCsv();
    expect(code).toBe(0);
    const [header] = parseCsv(stdout);
    expect(header?.[0]).toBe("id");
    expect(header).toEqual(
      expect.arrayContaining(["first_name", "last_name", "infos", "memberships"]),
    );
    const rows = rowsOf(stdout);
    expect(rows.map((r) => r.id)).toEqual(["k1", "k2", "k3"]);
    expect(JSON.parse(rows[1]?.infos ?? "")).toEqual(CONTACTS[1]?.infos);
    expect(JSON.parse(rows[2]?.memberships ?? "")).toEqual(CONTACTS[2]?.memberships);
    expect(rows[2]?.last_name).toBe("Cho");
    // An absent field is an empty cell, not a shifted row.
    expect(rows[0]?.infos).toBe("");
    expect(stderr).not.toMatch(/warning/);
  });

  it("times stay Unix seconds by default; --time iso writes ISO 8601", async () => {
    expect(rowsOf((await exportCsv()).stdout)[0]?.modified_at).toBe("1767225600");
    const iso = await exportCsv("--time", "iso");
    expect(iso.code).toBe(0);
    expect(rowsOf(iso.stdout)[0]?.modified_at).toBe("2026-01-01T00:00:00Z");
    const bad = await exportCsv("--time", "local");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--time must be unix \(the default\) or iso/);
  });

  it("a field the spec does not list is still written when the first item has it, and named on stderr when a later one does", async () => {
    const odd = async (request: Request) => {
      const offset = Number(new URL(request.url).searchParams.get("offset") ?? 0);
      const items = [
        { id: "u1", name: "Ann", score: 1 },
        { id: "u2", name: "Bob", extra: "x" },
      ];
      return Response.json({ users: offset === 0 ? items : [] });
    };
    const { code, stdout, stderr } = await cli(["export", "users", "--format", "csv"], {
      fetch: odd,
    });
    expect(code).toBe(0);
    expect(rowsOf(stdout)[0]?.score).toBe("1");
    expect(stderr).toMatch(/fields with no CSV column, left out: extra \(1\)/);
  });
});
