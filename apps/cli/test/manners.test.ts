/** `gh` manners (#22.7): suggestions, one name once, no doubled prefix, plurals, confirmations. */
import { describe, expect, it } from "vitest";
import { cli, recordRequests } from "./helpers.js";

const ID = "6d3c9b1c-7067-4a28-8ea6-ea91340b67cc";

describe("did you mean", () => {
  it("a singular resource, a mistyped action and a mistyped flag each get a suggestion (exit 2)", async () => {
    const singular = await cli(["conversation", "list"]);
    expect(singular.code).toBe(2);
    expect(singular.stderr).toContain("Did you mean `missive conversations list`?");
    const action = await cli(["conversations", "lst"]);
    expect(action.code).toBe(2);
    expect(action.stderr).toContain("Did you mean `missive conversations list`?");
    const flag = await cli(["conversations", "list", "--inbx"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--inbx'. Did you mean `--inbox`?");
    const hand = await cli(["conversations", "close", ID, "--dryrun"]);
    expect(hand.stderr).toContain("Did you mean `--dry-run`?");
  });

  it("the unknown-command message names each resource and command once", async () => {
    const { stderr } = await cli(["frobnicate"]);
    const names = /Resources: (.*); commands: (.*)\. See/.exec(stderr);
    expect(names).not.toBeNull();
    const all = `${names?.[1]}, ${names?.[2]}`.split(", ");
    expect(all).toContain("conversations");
    expect(all.length).toBe(new Set(all).size);
    // Nothing close to "frobnicate": no guess.
    expect(stderr).not.toContain("Did you mean");
  });
});

describe("messages read as sentences", () => {
  it("no error says `missive: missive …`", async () => {
    for (const argv of [["conversations", "close"], ["post"], ["conversations", "list"]]) {
      const { code, stderr } = await cli(argv);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^missive /);
      expect(stderr).not.toMatch(/missive: missive/);
    }
  });

  it("an export counts in the singular and plural, with a summary on stderr when piped", async () => {
    const users = (n: number) => async (request: Request) => {
      const offset = Number(new URL(request.url).searchParams.get("offset") ?? 0);
      const items = Array.from({ length: n }, (_, i) => ({ id: `u${i}`, name: `User ${i}` }));
      return Response.json({ users: items.slice(offset) });
    };
    const one = await cli(["export", "users"], { fetch: users(1) });
    expect(one.code).toBe(0);
    expect(one.stderr).toBe("Exported 1 user.\n");
    const two = await cli(["export", "contact-books"], {
      fetch: async (r) => {
        const offset = Number(new URL(r.url).searchParams.get("offset") ?? 0);
        return Response.json({ contact_books: offset ? [] : [{ id: "b1" }, { id: "b2" }] });
      },
    });
    expect(two.stderr).toBe("Exported 2 contact books.\n");
  });
});

describe("a confirmation after a write, on a terminal only", () => {
  it("conversations close prints `✓ Closed 2 conversations` on a terminal, nothing extra when piped", async () => {
    const { fetch } = recordRequests();
    const tty = await cli(["conversations", "close", ID, "c2"], { fetch, tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain("✓ Closed 2 conversations\n");
    const one = await cli(["conversations", "reopen", ID], { fetch, tty: true });
    expect(one.stderr).toContain("✓ Reopened 1 conversation\n");
    const piped = await cli(["conversations", "close", ID, "c2"], { fetch });
    expect(piped.stderr).toBe("");
  });

  it("a generated write, post and send confirm too", async () => {
    const { fetch } = recordRequests();
    const created = await cli(
      ["shared-labels", "create", "--data", '{"name":"Refunds","organization":"o1"}'],
      {
        fetch,
        tty: true,
      },
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stderr).toMatch(/✓ Created 1 shared label\n/);
    const post = await cli(["post", "--conversation", ID, "--text", "hi"], { fetch, tty: true });
    expect(post.code, post.stderr).toBe(0);
    expect(post.stderr).toMatch(/✓ Posted to conversation \S+/);
    const sent = await cli(
      [
        "send",
        "--to",
        "ann@example.com",
        "--from",
        "me@example.com",
        "--subject",
        "Hi",
        "--body",
        "Hello",
      ],
      { fetch, tty: true },
    );
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stderr).toContain("✓ Sent to ann@example.com\n");
  });
});

describe("auth status", () => {
  it("shows the API root in use", async () => {
    const status = await cli(["auth", "status"]);
    expect(status.code, status.stderr).toBe(0);
    const info = JSON.parse(status.stdout);
    expect(info.api).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
    const tty = await cli(["auth", "status"], { tty: true });
    expect(tty.stdout).toContain(`api:     ${info.api}`);
  });
});
