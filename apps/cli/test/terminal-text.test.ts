import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const TITLE = "\u001b]0;pwned\u0007";
const CLEAR = "\u001b[2J";
const BIDI = "\u202e";
const SUBJECT = `Invoice ${TITLE}${CLEAR}due${BIDI}fdp.exe`;
// Anything a terminal would act on; tab and newline excepted.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const conversations = async () =>
  Response.json({ conversations: [{ id: "c1", subject: SUBJECT, messages_count: 1 }] });

describe("server text printed for a person has its control characters escaped (#13.5)", () => {
  it("a TTY table shows escapes, never the raw sequences", async () => {
    const { code, stdout } = await cli(["conversations", "list", "--inbox"], {
      fetch: conversations,
      tty: true,
    });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(CONTROLS);
    expect(stdout).toContain("\\x1b]0;pwned\\x07");
  });

  it("a TTY object view and a scalar are escaped too", async () => {
    const { stdout } = await cli(["conversations", "get", "c1"], {
      fetch: conversations,
      tty: true,
    });
    expect(stdout).not.toMatch(CONTROLS);
    expect(stdout).toContain("\\x1b[2J");
  });

  it("JSON output keeps the text exactly", async () => {
    const { stdout } = await cli(["conversations", "list", "--inbox", "--json"], {
      fetch: conversations,
    });
    expect(JSON.parse(stdout)[0].subject).toBe(SUBJECT);
  });

  it("an error message from the server reaches stderr escaped", async () => {
    const hostile = async () =>
      Response.json({ error: `Bad request ${CLEAR}${TITLE}` }, { status: 400 });
    const { code, stderr } = await cli(["users", "list"], { fetch: hostile });
    expect(code).toBe(1);
    expect(stderr).not.toMatch(CONTROLS);
    expect(stderr).toContain("Bad request \\x1b[2J");
  });
});
