import { describe, expect, it } from "vitest";
import { cli, recordRequests } from "./helpers.js";

describe("numbers are read strictly (#13.15)", () => {
  it.each(["0x10", "1e1", "12abc", " ", "1.5"])(
    "--limit %j is refused (2), nothing sent",
    async (value) => {
      const rec = recordRequests();
      const { code, stderr } = await cli(["tasks", "list", "--limit", value], rec);
      expect(code).toBe(2);
      expect(stderr).toContain("--limit must be an integer");
      expect(rec.sent).toEqual([]);
    },
  );

  it("--limit -1 says it is out of range, with the allowed range", async () => {
    const { code, stderr } = await cli(["tasks", "list", "--limit", "-1"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--limit must be at least 2 (allowed: 2–50), got -1.");
    expect(stderr).not.toContain("ambiguous");
  });

  it("a Unix-time flag takes seconds or an ISO date, not 1.5 or 1e1", async () => {
    for (const value of ["1.5", "1e1", "Jan 1"]) {
      const { code, stderr } = await cli(["tasks", "list", "--until", value]);
      expect(code).toBe(2);
      expect(stderr).toContain("--until must be Unix seconds or a date");
    }
    expect((await cli(["tasks", "list", "--until", "2026-01-31"])).code).toBe(0);
  });

  it("analytics report --timeout 0x10 is refused", async () => {
    const args = [
      "analytics",
      "report",
      "--organization",
      "0d9bab85-a74f-4ece-9142-0f9b9f36ff00",
      "--start",
      "1",
      "--end",
      "2",
    ];
    const { code, stderr } = await cli([...args, "--wait", "--timeout", "0x10"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--timeout must be a number");
  });

  it("api GET with a body is a usage error (2), nothing sent", async () => {
    const rec = recordRequests();
    const { code, stderr } = await cli(["api", "GET", "/users", "--data", '{"a": 1}'], rec);
    expect(code).toBe(2);
    expect(stderr).toContain("GET sends no body");
    expect(rec.sent).toEqual([]);
  });
});

describe("two inputs never both read stdin (#13.13)", () => {
  it("send --data - --body - is refused (2) and sends nothing", async () => {
    const rec = recordRequests();
    const { code, stderr } = await cli(
      ["send", "--to", "a@example.com", "--from", "b@example.com", "--data", "-", "--body", "-"],
      { ...rec, stdin: '{"subject": "Hi"}' },
    );
    expect(code).toBe(2);
    expect(stderr).toContain("--body - and --data - both ask for stdin");
    expect(rec.sent).toEqual([]);
  });

  it("every registered command refuses any two of its stdin inputs at once", async () => {
    const { COMMANDS } = await import("../src/commands/index.js");
    let pairs = 0;
    for (const command of COMMANDS) {
      const readers = Object.entries((await command.load()).flags)
        .filter(([, flag]) => flag.stdin)
        .map(([name]) => name);
      for (const [i, a] of readers.entries()) {
        for (const b of readers.slice(i + 1)) {
          const rec = recordRequests();
          const argv = [...command.name.split(" "), `--${a}`, "-", `--${b}`, "-"];
          const { code } = await cli(argv, { ...rec, stdin: "{}" });
          expect(code, argv.join(" ")).toBe(2);
          expect(rec.sent, argv.join(" ")).toEqual([]);
          pairs++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });
});
