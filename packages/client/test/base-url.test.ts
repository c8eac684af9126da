/**
 * #13 point 3: the token never goes over plain HTTP to another machine unless the caller
 * opts in with `allowInsecureHttp`; the refusal comes when the client is created and says why.
 */
import { describe, expect, it } from "vitest";
import { createMissiveClient, InsecureBaseUrlError } from "../src/index.js";
import { json, TOKEN } from "./helpers.js";

const create = (baseUrl: string, allowInsecureHttp?: boolean) => {
  const urls: string[] = [];
  const client = createMissiveClient({
    token: TOKEN,
    baseUrl,
    allowInsecureHttp,
    fetch: async (request) => {
      urls.push(request.url);
      return json({ users: [] });
    },
  });
  return { client, urls };
};

describe("base URL: HTTPS or loopback, unless allowInsecureHttp", () => {
  it.each([
    "http://api.example.com/v1",
    "http://10.0.0.7:8080/v1",
    "http://127.0.0.1.example.com/v1",
    "HTTP://PUBLIC.MISSIVEAPP.COM/v1",
    // Names that look local but go to DNS (glibc asks it for these): its answer gets the token.
    "http://api.localhost/v1",
    "http://localhost./v1",
    "http://localhost.example.com/v1",
    "http://127.0.0.1.nip.io/v1",
    "http://[::ffff:10.0.0.7]/v1",
    "http://[fe80::1]/v1",
    "http://0.0.0.0/v1",
  ])("refuses %s, saying the token would cross the network unencrypted", (baseUrl) => {
    let failure: unknown;
    try {
      create(baseUrl);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(InsecureBaseUrlError);
    expect((failure as Error).message).toMatch(
      /plain HTTP: the API token would cross the network unencrypted/,
    );
    expect((failure as Error).message).toMatch(/allowInsecureHttp: true/);
  });

  it.each(["ftp://api.example.com/v1", "file:///tmp/x", "not a url", "ws://127.0.0.1/v1"])(
    "refuses %s even with allowInsecureHttp",
    (baseUrl) => {
      expect(() => create(baseUrl, true)).toThrow(InsecureBaseUrlError);
      // The opt-in would not help: the message must not offer it.
      expect(() => create(baseUrl)).toThrow(/^(?!.*allowInsecureHttp).*$/s);
    },
  );

  it("never puts credentials of the URL in the message", () => {
    expect(() => create("http://user:secret-pass@api.example.com/v1")).toThrow(
      /^(?!.*secret-pass).*$/s,
    );
  });

  it.each([
    "https://public.missiveapp.com/v1",
    "http://127.0.0.1:4010",
    "http://127.1.2.3/v1",
    "http://localhost:4010",
    "http://[::1]:4010/v1",
    "http://[0:0:0:0:0:0:0:1]/v1",
    "http://[::ffff:127.0.0.1]:4010/v1",
    "http://2130706433/v1",
  ])("accepts %s", async (baseUrl) => {
    const { client, urls } = create(baseUrl);
    await client.users.list();
    expect(urls).toHaveLength(1);
  });

  it("allowInsecureHttp: true sends to a plain-HTTP host", async () => {
    const { client, urls } = create("http://api.example.com/v1", true);
    await client.users.list();
    expect(urls[0]).toMatch(/^http:\/\/api\.example\.com\/v1\/users/);
  });
});
