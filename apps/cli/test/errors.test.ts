import { describe, expect, it } from "vitest";
import { cli, preferStatus, TOKEN, withoutToken } from "./helpers.js";

describe("exit codes and error messages", () => {
  it("an unknown flag is a usage error (2) naming the command's help", async () => {
    const { code, stdout, stderr } = await cli(["users", "list", "--bogus"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Unknown option '--bogus'");
    expect(stderr).toContain("missive users list --help");
  });

  it("an unknown resource or action is a usage error (2)", async () => {
    expect((await cli(["nope", "list"])).code).toBe(2);
    const action = await cli(["users", "explode"]);
    expect(action.code).toBe(2);
    expect(action.stderr).toContain('Unknown action "explode"');
  });

  it("invalid JSON in --data is a usage error (2)", async () => {
    const { code, stderr } = await cli(["tasks", "create", "--data", "{title:"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--data is not valid JSON");
  });

  it("a value outside the enum lists the allowed values (2)", async () => {
    const { code, stderr } = await cli([
      "contacts",
      "list",
      "--contact-book",
      "b",
      "--order",
      "age",
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain("--order must be one of: last_name, last_modified");
  });

  it("integers and bounds are checked before any request (2)", async () => {
    const requests: string[] = [];
    const spy = (r: Request) => {
      requests.push(r.url);
      return fetch(r);
    };
    const notInt = await cli(["users", "list", "--limit", "ten"], { fetch: spy });
    expect(notInt.code).toBe(2);
    expect(notInt.stderr).toContain("--limit must be an integer");
    const tooBig = await cli(["users", "list", "--limit", "5000"], { fetch: spy });
    expect(tooBig.code).toBe(2);
    expect(tooBig.stderr).toMatch(/--limit must be at most \d+/);
    expect(requests).toEqual([]);
  });

  it("a missing required flag, id or body is a usage error (2)", async () => {
    expect((await cli(["contacts", "list"])).stderr).toContain("needs --contact-book");
    expect((await cli(["conversations", "get"])).stderr).toContain("needs <conversation-id>");
    expect((await cli(["drafts", "create"])).stderr).toContain("needs a body");
    expect((await cli(["conversations", "get", "a", "b"])).code).toBe(2);
  });

  it("no token at all exits 3 and says how to log in", async () => {
    const { code, stderr } = await cli(["users", "list"], {
      env: { MISSIVE_API_TOKEN: undefined },
    });
    expect(code).toBe(3);
    expect(stderr).toContain("missive auth login");
  });

  it("a token Missive refuses (401) exits 3, without the token in the message", async () => {
    const { code, stdout, stderr } = await cli(["users", "list"], { fetch: withoutToken });
    expect(code).toBe(3);
    expect(stderr).toContain("401");
    expect(stdout + stderr).not.toContain(TOKEN);
  });

  it("404 exits 4", async () => {
    const { code, stderr } = await cli(["conversations", "get", "nope"], {
      fetch: preferStatus(404),
    });
    expect(code).toBe(4);
    expect(stderr).toMatch(/404|not found/i);
  });

  it("other API errors exit 1", async () => {
    const refuse = async () =>
      new Response(JSON.stringify({ error: "Subject is too long" }), {
        status: 422,
        headers: { "content-type": "application/json" },
      });
    const { code, stderr } = await cli(["conversations", "get", "x"], { fetch: refuse });
    expect(code).toBe(1);
    expect(stderr).toContain("Subject is too long");
  });
});
