import { describe, expect, it } from "vitest";
import { createMissiveClient, type MissiveClientOptions, MissiveError } from "../src/index.js";

/** Options that hung forever or failed every request: refused when the client is created. */
describe("invalid client options are refused at creation", () => {
  it.each<[string, MissiveClientOptions, RegExp]>([
    ["rateLimit.concurrent: 0", { rateLimit: { concurrent: 0 } }, /rateLimit\.concurrent.*got 0/],
    ["rateLimit.perMinute: 0", { rateLimit: { perMinute: 0 } }, /rateLimit\.perMinute/],
    ["rateLimit.per15Minutes: 2.5", { rateLimit: { per15Minutes: 2.5 } }, /per15Minutes/],
    ["rateLimit.windowMs: 0", { rateLimit: { windowMs: 0 } }, /rateLimit\.windowMs/],
    ["rateLimit.abandonedGraceMs: -1", { rateLimit: { abandonedGraceMs: -1 } }, /abandonedGraceMs/],
    ["timeoutMs: NaN", { timeoutMs: Number.NaN }, /timeoutMs.*got NaN/],
    ["timeoutMs: -1", { timeoutMs: -1 }, /timeoutMs.*got -1/],
    ["timeoutMs: Infinity", { timeoutMs: Number.POSITIVE_INFINITY }, /timeoutMs/],
    ["totalTimeoutMs: 0", { totalTimeoutMs: 0 }, /totalTimeoutMs/],
    ["maxRetries: -1", { maxRetries: -1 }, /maxRetries/],
    ["maxRetries: 1.5", { maxRetries: 1.5 }, /maxRetries/],
    ["maxRetryDelayMs: NaN", { maxRetryDelayMs: Number.NaN }, /maxRetryDelayMs/],
    ["maxRetryAfterMs: -5", { maxRetryAfterMs: -5 }, /maxRetryAfterMs/],
    ["maxResponseBytes: 0", { maxResponseBytes: 0 }, /maxResponseBytes/],
    ["timeoutMs: '100' (a string)", { timeoutMs: "100" as never }, /timeoutMs/],
  ])("%s", (_, options, message) => {
    const create = () => createMissiveClient({ token: "t", ...options });
    expect(create).toThrow(MissiveError);
    expect(create).toThrow(message);
  });

  it("accepts the edges that make sense", () => {
    expect(() =>
      createMissiveClient({
        token: "t",
        maxRetries: 0,
        maxRetryDelayMs: 0,
        rateLimit: { concurrent: 1, perMinute: 1, abandonedGraceMs: 0 },
      }),
    ).not.toThrow();
    expect(() => createMissiveClient({ token: "t", rateLimit: false })).not.toThrow();
  });
});

/**
 * Options read as properties, as any object's: a config class's getters or a prototype's
 * values count as given. (A copy of the options' own keys once lost them: maxRetries then
 * meant "retry forever", timeoutMs "time out at once", and the cap, User-Agent and logger
 * were gone.)
 */
describe("options given by getters or a prototype", () => {
  class Config {
    fetch: MissiveClientOptions["fetch"];
    infos: string[] = [];
    constructor(fetch: MissiveClientOptions["fetch"]) {
      this.fetch = fetch;
    }
    get token() {
      return "t";
    }
    get maxRetries() {
      return 1;
    }
    get maxResponseBytes() {
      return 100;
    }
    get userAgent() {
      return "config-class/1.0";
    }
    get logger() {
      return { info: (message: string) => void this.infos.push(message) };
    }
  }

  it("retries, caps, identifies and logs as they say", async () => {
    const agents: Array<string | null> = [];
    let status = 500;
    const config = new Config(async (request) => {
      agents.push(request.headers.get("user-agent"));
      // A client that retries past its maxRetries gets a 400 here, which ends the call.
      const answer = agents.length > 3 ? 400 : status;
      // Over maxResponseBytes (100) only when it is a success.
      const pad = answer === 200 ? "x".repeat(200) : "";
      return new Response(JSON.stringify({ users: [], pad }), { status: answer });
    });
    const missive = createMissiveClient(config, { sleep: async () => {}, random: () => 0.5 });
    await expect(missive.users.list()).rejects.toMatchObject({ status: 500 });
    expect(agents).toEqual(["config-class/1.0", "config-class/1.0"]);
    expect(config.infos).toEqual([
      expect.stringMatching(/^Retrying GET \/v1\/users .*retry 1 of 1/),
    ]);
    status = 200;
    await expect(missive.users.list()).rejects.toMatchObject({ reason: "too-large" });
  });

  it("times out after a prototype's timeoutMs, not at once", async () => {
    const options: MissiveClientOptions = Object.create({ timeoutMs: 200, maxRetries: 0 });
    let calls = 0;
    Object.assign(options, {
      token: "t",
      // The first attempt hangs until it is aborted; a retry (maxRetries lost) gets a 400.
      fetch: (request: Request) =>
        ++calls > 1
          ? Promise.resolve(new Response("{}", { status: 400 }))
          : new Promise<Response>((_, reject) =>
              request.signal.addEventListener("abort", () => reject(request.signal.reason)),
            ),
    });
    await expect(createMissiveClient(options).users.list()).rejects.toMatchObject({
      message: expect.stringMatching(/one attempt \(timeoutMs\)/),
      cause: { message: "timed out after 200 ms" },
    });
    expect(calls).toBe(1);
  });
});
