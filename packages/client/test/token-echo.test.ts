/**
 * #13 point 6: a token never appears in an error, whatever its source: a token with bytes a
 * header cannot carry is refused at creation without quoting it, and token-like values that a
 * server or proxy echoes back are redacted from every MissiveError.
 */
import { describe, expect, it } from "vitest";
import { createMissiveClient, MissingTokenError, MissiveError } from "../src/index.js";
import { fakeClient, json } from "./helpers.js";

/** Everything of an error a user could print or log. */
const printable = (error: unknown) => {
  const e = error as Error & { toJSON?: () => unknown };
  return [e.message, e.stack, JSON.stringify(e), String(e)].join("\n");
};

describe("token echoes", () => {
  const secret = "missive_pat-S3CRET0123456789abcdef";
  it.each([
    ["a NUL", `${secret}\u0000x`],
    ["DEL", `${secret}\u007f`],
    ["a non-ASCII letter", `${secret}é`],
    ["a line separator", `${secret}\u2028x`],
    ["an emoji", `${secret}🔑`],
  ])("a token with %s is refused at creation, without quoting it", async (_what, token) => {
    let failure: unknown;
    const sent: string[] = [];
    try {
      const client = createMissiveClient({
        token,
        baseUrl: "https://api.test/v1",
        fetch: async (request) => {
          sent.push(request.url);
          return json({});
        },
      });
      await client.users.list();
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(MissingTokenError);
    expect((failure as Error).message).toMatch(
      /cannot be sent in an HTTP header \(character \d+|contains whitespace/,
    );
    expect(printable(failure)).not.toContain("S3CRET");
    expect(sent).toEqual([]);
  });

  it.each([[123], [[secret]], [{ token: secret }]])(
    "a token that is not a string (%j, from JavaScript or a config file) is a MissingTokenError",
    (token) => {
      const create = () =>
        createMissiveClient({ token: token as unknown as string, baseUrl: "https://api.test/v1" });
      expect(create).toThrow(MissingTokenError);
      expect(create).toThrow(/must be a string/);
      let failure: unknown;
      try {
        create();
      } catch (error) {
        failure = error;
      }
      expect(printable(failure)).not.toContain("S3CRET");
    },
  );

  it.each([
    [{ error: `Invalid token ${secret}` }],
    [{ error: "Authorization: Bearer S3CRET-proxy-value was refused" }],
    [`<html>bad header bearer S3CRET-html</html>`],
  ])("a token-like value echoed by the server is redacted from the error (%j)", async (body) => {
    const { client } = fakeClient(() =>
      typeof body === "string"
        ? new Response(body, { status: 401, headers: { "content-type": "text/html" } })
        : json(body, { status: 401 }),
    );
    const failure = await client.users.list().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MissiveError);
    expect(printable(failure)).not.toMatch(/S3CRET/);
    expect((failure as MissiveError).serverMessage).toContain("[redacted]");
  });

  it("MissiveError itself redacts token-like values, whoever builds it", () => {
    const error = new MissiveError(`cannot use ${secret}`, { serverMessage: `Bearer ${secret}` });
    expect(printable(error)).not.toContain("S3CRET");
    expect(error.message).toBe("cannot use [redacted]");
    expect(error.serverMessage).toBe("Bearer [redacted]");
  });
});
