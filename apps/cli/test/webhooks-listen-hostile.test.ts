/**
 * `missive webhooks listen` against hostile senders and a hostile app, over real sockets on
 * 127.0.0.1 (issue 25, points 1–6): bodies over the cap, endless and slow uploads, terminal
 * escapes in a delivery, an app that redirects or answers without end.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import {
  cleanups,
  deliver,
  listen,
  type RawClient,
  rawClient,
  SECRET,
  within,
} from "./webhook-listen-helpers.js";

const spec = createRequire(import.meta.url)("@missive-ts/schema/openapi.json");
const example = spec.webhooks.ruleWebhook.post.requestBody.content["application/json"].examples
  .incomingEmail.value as { conversation: Record<string, unknown> };
const email = JSON.stringify(example);
const env = { MISSIVE_WEBHOOK_SECRET: SECRET };
const CAP = 5 * 1024 * 1024;

const head = (port: number, extra: string) =>
  `POST / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nX-Hook-Signature: 00\r\n${extra}\r\n`;

/** Sends a Content-Length over the cap and a first kilobyte, then waits. */
async function overDeclared(port: number): Promise<RawClient> {
  const client = await rawClient(port);
  await client.write(head(port, "Content-Length: 6000000\r\n"));
  await client.write(new Uint8Array(1024).fill(0x20));
  return client;
}

/** Sends a chunked body without end (at most 32 MiB) until the server answers or closes. */
async function endlessChunked(port: number): Promise<RawClient> {
  const client = await rawClient(port);
  await client.write(head(port, "Transfer-Encoding: chunked\r\n"));
  const chunk = Buffer.concat([
    Buffer.from("10000\r\n"),
    Buffer.alloc(0x10000, 0x20),
    Buffer.from("\r\n"),
  ]);
  void (async () => {
    while (client.received() === "" && client.sent() < (32 * CAP) / 5) {
      if (!(await client.write(chunk))) break;
    }
  })();
  return client;
}

async function startServer(handler: Parameters<typeof createServer>[1]) {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("missive webhooks listen, against hostile senders", () => {
  it("answers 413 as soon as a Content-Length over the 5 MiB cap is seen, and closes the connection", async () => {
    const listener = await listen([], env);
    const client = await overDeclared(listener.port);
    expect(await within(client.closed, 3_000)).toBe(true);
    expect(client.received()).toMatch(/^HTTP\/1\.1 413 /);
    expect(listener.stderr()).toMatch(/refused 413/);
  });

  it("answers 413 to an endless chunked upload once it passes the cap, then closes", async () => {
    const listener = await listen([], env);
    const client = await endlessChunked(listener.port);
    expect(await within(client.closed, 5_000)).toBe(true);
    expect(client.received()).toMatch(/^HTTP\/1\.1 413 /);
    // The cap plus what the kernel buffers held in flight (some MiB on loopback), not 32 MiB.
    expect(client.sent()).toBeLessThan(3 * CAP);
  });

  it("survives 50 slow clients and two over-cap uploads at once, answers a good delivery within 1 s, and cuts the slow ones before Missive's 15 s", async () => {
    const listener = await listen([], env);
    // The 1 s is for an idle machine. On a loaded CI machine a delivery with no attack at all
    // may already take a while: that time, measured first, is added to the bound.
    const calm = Date.now();
    const first = await deliver(listener.url, JSON.stringify({ ...example, calm: true }));
    expect(first.status).toBe(200);
    const bound = 1_000 + 2 * (Date.now() - calm);
    const started = Date.now();
    const slow: RawClient[] = [];
    for (let i = 0; i < 50; i++) {
      const client = await rawClient(listener.port);
      // Half send their headers at 1 byte/s, half their body.
      const slowHeaders = i % 2 === 0;
      await client.write(
        slowHeaders
          ? "POST / HTTP/1.1\r\nX-Slow: "
          : head(listener.port, "Content-Length: 1000\r\n"),
      );
      slow.push(client);
    }
    const drip = setInterval(() => {
      for (const client of slow) void client.write("a");
    }, 1_000);
    cleanups.push(async () => clearInterval(drip));
    const overCap = [await overDeclared(listener.port), await endlessChunked(listener.port)];

    const answered = deliver(listener.url, email);
    expect(await within(answered, bound)).toBe(true);
    expect((await answered).status).toBe(200);

    expect(await within(Promise.all(overCap.map((c) => c.closed)), 5_000)).toBe(true);
    for (const client of overCap) expect(client.received()).toMatch(/^HTTP\/1\.1 413 /);
    const cut = await within(
      Promise.all(slow.map((c) => c.closed)),
      14_000 - (Date.now() - started),
    );
    expect(slow.filter((c) => !c.isClosed()).length, "slow clients still open").toBe(0);
    expect(cut).toBe(true);
    for (const client of slow) expect(client.received()).toMatch(/^(HTTP\/1\.1 408 |$)/);
    expect(listener.stdout().trim().split("\n")).toHaveLength(2);
    clearInterval(drip);
    expect(await listener.stop()).toBe(0);
  }, 30_000);

  it("escapes ESC, C1 CSI and bidi overrides of a delivery on the terminal line, verified or not", async () => {
    const hostile = {
      ...example,
      rule: { id: "r1", type: "incoming_email\u001b]0;owned\u0007", description: "" },
      conversation: {
        ...example.conversation,
        id: "c\u001b[2J",
        subject: "Invoice \u009b2J \u202efdp.exe \u001b[31mred",
        latest_message_subject: "Invoice \u009b2J \u202efdp.exe \u001b[31mred",
      },
    };
    const body = JSON.stringify(hostile);
    for (const args of [[], ["--no-verify"]]) {
      const listener = await listen(args, env, true);
      expect((await deliver(listener.url, body)).status).toBe(200);
      const line = listener.stdout();
      expect(line).toMatch(/rule incoming_email/);
      const raw = [...line].filter((c) => /[\p{Cc}\u202a-\u202e]/u.test(c) && c !== "\n");
      expect(raw, args.join(" ")).toEqual([]);
      expect(line).toContain("\\u202e");
      await listener.stop();
    }
  });
});

describe("missive webhooks listen --forward-to, against a hostile app", () => {
  it("does not follow the app's redirect: its 303 goes back, and the other host gets nothing", async () => {
    const elsewhere: IncomingHttpHeaders[] = [];
    const other = await startServer((req, res) => {
      elsewhere.push(req.headers);
      res.end("ok");
    });
    const app = await startServer((req, res) => {
      req.resume();
      res.writeHead(303, { location: `${other}/collect` }).end();
    });
    const listener = await listen(["--forward-to", `${app}/hooks`], env);
    // The sender is told, and does not follow either (Missive does not).
    const response = await deliver(listener.url, email, SECRET, {}, { redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${other}/collect`);
    expect(elsewhere).toEqual([]);
  });

  it("relays at most 1 MiB of the app's answer, with its status, and does not wait for its end", async () => {
    let appClosed = false;
    const app = await startServer((req, res) => {
      req.resume();
      res.writeHead(200, { "content-type": "text/plain" });
      const block = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (!res.destroyed && res.write(block));
      };
      res.on("drain", pump);
      res.on("close", () => {
        appClosed = true;
      });
      pump();
    });
    const listener = await listen(["--forward-to", `${app}/hooks`], env);
    const answered = deliver(listener.url, email).then(async (r) => ({
      status: r.status,
      size: (await r.arrayBuffer()).byteLength,
    }));
    expect(await within(answered, 5_000)).toBe(true);
    const { status, size } = await answered;
    expect(status).toBe(200);
    expect(size).toBeLessThanOrEqual(1024 * 1024);
    for (let i = 0; i < 100 && !appClosed; i++) await new Promise((r) => setTimeout(r, 20));
    expect(appClosed).toBe(true);
  });

  it("does not pass the sender's Authorization, Cookie or X-Forwarded-For on to the app", async () => {
    const seen: IncomingHttpHeaders[] = [];
    const app = await startServer((req, res) => {
      seen.push(req.headers);
      req.resume();
      res.end("{}");
    });
    const listener = await listen(["--forward-to", `${app}/hooks`], env);
    const sender = {
      authorization: "Bearer someone-elses",
      cookie: "session=abc",
      "x-forwarded-for": "203.0.113.9",
      "x-trace": "kept",
    };
    await deliver(listener.url, email, SECRET, sender);
    await fetch(listener.url, { method: "POST", body: "", headers: sender }); // validation
    expect(seen).toHaveLength(2);
    for (const headers of seen) {
      expect(headers.authorization).toBeUndefined();
      expect(headers.cookie).toBeUndefined();
      expect(headers["x-forwarded-for"]).toBeUndefined();
      expect(headers["x-trace"]).toBe("kept");
    }
  });
});
