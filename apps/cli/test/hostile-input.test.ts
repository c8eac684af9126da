/**
 * #13 points 1, 3 and 6 in the CLI: ids that would leave their path segment exit 2 before any
 * request (every path parameter of every generated command, positional and flag); a plain-HTTP
 * base URL is refused unless --insecure; a token is never echoed, whatever its source.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commandTable } from "../src/command-table.js";
import { cli, TOKEN, tempDir } from "./helpers.js";

/** A fetch that records every request and answers 200 with an empty user list. */
function recorder() {
  const urls: string[] = [];
  const fetch = async (request: Request) => {
    urls.push(request.url);
    return new Response(JSON.stringify({ users: [] }), {
      headers: { "content-type": "application/json" },
    });
  };
  return { urls, fetch };
}

const hostile = [".", "..", "%2E%2E", "%2e%2E", ".%2e", ""];
const withPath = commandTable().filter((command) => command.pathParams.length > 0);

describe("ids that would leave their path segment: exit 2, nothing sent", () => {
  it("covers every generated command with a path parameter", () => {
    expect(withPath.length).toBeGreaterThan(15);
  });

  it.each(withPath.map((c) => [`${c.resource} ${c.action}`, c] as const))(
    "missive %s",
    async (_name, command) => {
      for (const value of hostile) {
        for (const p of command.pathParams) {
          const positional = command.pathParams.map((q) => (q === p ? value : "ok-id"));
          const flags = command.pathParams.flatMap((q) => [
            `--${q.name}`,
            q === p ? value : "ok-id",
          ]);
          for (const args of [positional, flags]) {
            const { urls, fetch } = recorder();
            const result = await cli([command.resource, command.action, ...args], { fetch });
            expect(result.code, `${command.resource} ${command.action} ${args.join(" ")}`).toBe(2);
            // "" in an id list is dropped: the command then lacks its ids (also exit 2).
            if (value !== "") expect(result.stderr).toMatch(/dot segment/);
            expect(urls).toEqual([]);
          }
        }
      }
    },
  );

  it("hand-made commands and raw paths too", async () => {
    for (const argv of [
      ["attachments", "download", ".."],
      ["api", "GET", "/conversations/.."],
      ["api", "GET", "/conversations/%2e%2E/messages"],
      ["api", "DELETE", "/responses/"],
      ["api", "GET", "/conversations//messages"],
      // URL parsing reads `\` as `/` and drops tabs and newlines: these are `..` segments too.
      ["api", "GET", "/conversations/..\\users"],
      ["api", "GET", "/conversations\\..\\.."],
      ["api", "GET", "/conversations/..\t"],
      ["api", "GET", "/conversations/.\n."],
    ]) {
      const { urls, fetch } = recorder();
      const result = await cli(argv, { fetch });
      expect(result.code, argv.join(" ")).toBe(2);
      expect(urls).toEqual([]);
    }
  });
});

/** A complete `missive send`, so that only the flag under test can make it fail. */
const send = ["send", "--to", "a@example.com", "--from", "b@example.com", "--body", "b"];

describe("empty or dot ids in flags that are not path parameters: exit 2, nothing sent", () => {
  it.each([
    ["post", "--conversation", "", "--text", "hi"],
    ["post", "--conversation", "..", "--text", "hi"],
    ["post", "--conversation", "c1", "--organization", " ", "--text", "hi"],
    [...send, "--conversation", ""],
    [...send, "--conversation", "."],
    ["conversations", "list", "--shared-label", ""],
    ["conversations", "list", "--inbox", "--email", " "],
  ])("missive %s %s %j …", async (...argv) => {
    const { urls, fetch } = recorder();
    const result = await cli(argv, { fetch });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is empty|is "\.{1,2}"/);
    expect(urls).toEqual([]);
  });
});

describe("plain-HTTP base URLs", () => {
  it("a host that only looks local (api.localhost, localhost.) is not loopback", async () => {
    const { urls, fetch } = recorder();
    for (const url of ["http://api.localhost/v1", "http://localhost./v1"]) {
      const refused = await cli(["users", "list", "--base-url", url], { fetch });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/--insecure/);
    }
    expect(urls).toEqual([]);
  });

  it("an empty MISSIVE_BASE_URL is unset: the profile's or the default base URL is used", async () => {
    const { urls, fetch } = recorder();
    const result = await cli(["users", "list", "--json"], { fetch, env: { MISSIVE_BASE_URL: "" } });
    expect(result.code).toBe(0);
    expect(urls[0]).toMatch(/^https:\/\/public\.missiveapp\.com\/v1\/users/);
  });

  it("MISSIVE_BASE_URL or --base-url to a non-loopback http host exits 2 and says why; --insecure allows it", async () => {
    const { urls, fetch } = recorder();
    const refused = await cli(["users", "list"], {
      fetch,
      env: { MISSIVE_BASE_URL: "http://api.example.com/v1" },
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/plain HTTP: the API token would cross the network unencrypted/);
    expect(refused.stderr).toMatch(/--insecure/);
    const flag = await cli(["users", "list", "--base-url", "http://10.1.2.3/v1"], { fetch });
    expect(flag.code).toBe(2);
    expect(urls).toEqual([]);

    const allowed = await cli(["users", "list", "--insecure", "--json"], {
      fetch,
      env: { MISSIVE_BASE_URL: "http://api.example.com/v1" },
    });
    expect(allowed.code).toBe(0);
    expect(urls[0]).toMatch(/^http:\/\/api\.example\.com\/v1\/users/);
  });

  it("auth login --base-url http://… is refused, and nothing is saved, even with --skip-check", async () => {
    const dir = join(tempDir(), "config");
    const env = { MISSIVE_CONFIG_DIR: dir, MISSIVE_API_TOKEN: undefined };
    const argv = [
      "auth",
      "login",
      "--with-token",
      "--skip-check",
      "--base-url",
      "http://api.example.com/v1",
    ];
    const refused = await cli(argv, { env, stdin: `${TOKEN}\n` });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--insecure/);
    expect(() => readFileSync(join(dir, "config.json"))).toThrow();
    const allowed = await cli([...argv, "--insecure"], { env, stdin: `${TOKEN}\n` });
    expect(allowed.code).toBe(0);
    expect(
      JSON.parse(readFileSync(join(dir, "config.json"), "utf8")).profiles.default.baseUrl,
    ).toBe("http://api.example.com/v1");
  });
});

describe("token echoes", () => {
  const secret = "missive_pat-ECHOSECRET0123456789";

  it("missive auth login <token> does not echo the token", async () => {
    const result = await cli(["auth", "login", secret]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain("ECHOSECRET");
    expect(result.stderr).toMatch(/never goes on the command line/);
  });

  it("auth login --with-token refuses a token with a NUL or a control byte, without quoting it, and saves nothing", async () => {
    const dir = join(tempDir(), "config");
    for (const bad of [`${secret}\u0000x`, `${secret}\u0007`, `${secret}é`]) {
      const result = await cli(["auth", "login", "--with-token"], {
        env: { MISSIVE_CONFIG_DIR: dir, MISSIVE_API_TOKEN: undefined },
        stdin: `${bad}\n`,
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/cannot be sent in an HTTP header/);
      expect(result.stderr).not.toContain("ECHOSECRET");
    }
    expect(() => readFileSync(join(dir, "config.json"))).toThrow();
  });

  it("a token with spaces is refused with a message that reads whole (no [redacted] in it)", async () => {
    const result = await cli(["auth", "login", "--with-token"], {
      env: { MISSIVE_CONFIG_DIR: join(tempDir(), "config"), MISSIVE_API_TOKEN: undefined },
      stdin: `Bearer ${secret}\n`,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/That is not a token: expected one word/);
    expect(result.stderr).not.toMatch(/ECHOSECRET|\[redacted\]/);
  });

  it.each([
    ["with a NUL", `${secret}\u0000tail`, /cannot be sent in an HTTP header/],
    ["that is not a string", [secret], /must be a string/],
  ])(
    "a token %s read from config.json is exit 3, never printed, nothing sent",
    async (_what, token, message) => {
      const dir = join(tempDir(), "config");
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, "config.json"),
        JSON.stringify({ profiles: { default: { token } } }),
        {
          mode: 0o600,
        },
      );
      const { urls, fetch } = recorder();
      const result = await cli(["users", "list"], {
        fetch,
        env: { MISSIVE_CONFIG_DIR: dir, MISSIVE_API_TOKEN: undefined },
      });
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toContain("ECHOSECRET");
      expect(urls).toEqual([]);
    },
  );

  it("token-like values in any error are redacted: a server echoing one, an unexpected argument", async () => {
    const echo = async () =>
      new Response(JSON.stringify({ error: `token ${secret} is revoked` }), {
        status: 500,
        headers: { "content-type": "application/json" },
      });
    const server = await cli(["users", "list"], { fetch: echo });
    expect(server.code).toBe(1);
    expect(server.stderr).toContain("[redacted]");
    expect(server.stderr).not.toContain("ECHOSECRET");
    const argument = await cli(["conversations", "get", "c1", secret]);
    expect(argument.code).toBe(2);
    expect(argument.stderr).not.toContain("ECHOSECRET");
  });
});
