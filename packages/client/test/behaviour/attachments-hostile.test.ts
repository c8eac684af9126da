/**
 * `client.attachments.download()` against a hostile file host (issue 25, points 8 and 13, and
 * plain-http URLs): one that drips its file, and one that redirects to plain HTTP or into the
 * machine's own network. Missive is the simulator, the file hosts are servers on 127.0.0.1.
 * For the redirect rules the client's base URL is a public one (`https://api.test/v1`), routed
 * by an injected `fetch` that records every URL the client asks for.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPrivateHost } from "../../src/file-host.js";
import { ConnectionError, createMissiveClient, TimeoutError } from "../../src/index.js";
import { BASE, TOKEN } from "../helpers.js";

async function startHost(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? "");
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Resolves with how `promise` settled, or "still running" after `ms` (the timer is cleared). */
async function settled(promise: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise((resolve) => {
    timer = setTimeout(resolve, ms, "still running");
  });
  try {
    return await Promise.race([
      promise.then(
        (value) => ({ value }),
        (error) => error,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

describe("client.attachments.download(), against a hostile file host", () => {
  let sim: RunningSimulator;
  let files: Awaited<ReturnType<typeof startHost>>;
  let inside: Awaited<ReturnType<typeof startHost>>;
  let message: Record<string, unknown>;
  const drips = new Set<NodeJS.Timeout>();

  beforeAll(async () => {
    sim = await startSimulator({ seed: 11 });
    message = sim.state.nested.list(sim.state.conversations[0] ?? {}, "messages")[0] ?? {};
    // A service inside the network, which nothing should reach through a redirect.
    inside = await startHost((_req, res) => res.end("internal secret"));
    files = await startHost((req, res) => {
      const path = req.url ?? "";
      if (path === "/drip") {
        // One byte every 100 ms, for at most 60 s.
        res.writeHead(200, { "content-type": "text/plain" });
        let left = 600;
        const timer = setInterval(() => {
          if (--left === 0 || res.destroyed) {
            clearInterval(timer);
            drips.delete(timer);
            res.end();
          } else res.write("a");
        }, 100);
        drips.add(timer);
        return;
      }
      const to = new URL(path, "http://x").searchParams.get("to");
      if (to) return void res.writeHead(302, { location: to }).end();
      res.writeHead(200, { "content-type": "text/plain" }).end(`file ${path}`);
    });
  });
  afterAll(async () => {
    for (const timer of drips) clearInterval(timer);
    await files?.stop();
    await inside?.stop();
    await sim?.stop();
  });

  const attach = (url: string) => {
    message.attachments = [
      { id: "f1", filename: "f.txt", media_type: "text", sub_type: "plain", size: 9, url },
    ];
  };

  describe("timeouts and the caller's signal cover the download, body included", () => {
    const client = (options: { timeoutMs?: number; totalTimeoutMs?: number }) =>
      createMissiveClient({ token: TOKEN, baseUrl: sim.url, maxRetries: 0, ...options });

    it("gives up after timeoutMs on a file that drips", async () => {
      attach(`${files.url}/drip`);
      const outcome = await settled(
        client({ timeoutMs: 1_500 }).attachments.download(String(message.id)),
        6_000,
      );
      expect(outcome).toBeInstanceOf(TimeoutError);
      expect(String((outcome as Error).message)).toMatch(/timed out after 1500 ms/);
    });

    it("gives up after totalTimeoutMs", async () => {
      attach(`${files.url}/drip`);
      const outcome = await settled(
        client({ timeoutMs: 30_000, totalTimeoutMs: 1_500 }).attachments.download(
          String(message.id),
        ),
        6_000,
      );
      expect(outcome).toBeInstanceOf(TimeoutError);
      expect(String((outcome as Error).message)).toMatch(/timed out after 1500 ms/);
    });

    it("stops when the caller aborts", async () => {
      attach(`${files.url}/drip`);
      const controller = new AbortController();
      const download = client({}).attachments.download(String(message.id), {
        signal: controller.signal,
      });
      setTimeout(() => controller.abort(new Error("stopped by the caller")), 300);
      const outcome = await settled(download, 6_000);
      expect(String((outcome as Error).message)).toMatch(/stopped by the caller/);
    });
  });

  describe("redirects and plain http, with a public base URL", () => {
    let asked: string[] = [];
    /**
     * The network, as the client's `fetch` sees it: api.test → the simulator, files.example and
     * cdn.example → the file host, 127.0.0.1 → itself, any other host unreachable. It follows
     * redirects itself when the request says `redirect: "follow"`, as `fetch` does, so every
     * host contacted is in `asked`.
     */
    const route = async (request: Request): Promise<Response> => {
      asked.push(request.url);
      const url = new URL(request.url);
      const to =
        url.hostname === "api.test"
          ? `${sim.url}${url.pathname.replace(/^\/v1/, "")}`
          : ["files.example", "cdn.example"].includes(url.hostname)
            ? `${files.url}${url.pathname}`
            : url.hostname === "127.0.0.1"
              ? `${url.origin}${url.pathname}`
              : undefined;
      if (!to) throw new TypeError(`no route to ${url.host} in this test`);
      const { method, headers, signal } = request;
      const response = await fetch(`${to}${url.search}`, {
        method,
        headers,
        signal,
        redirect: "manual",
      });
      const location = response.headers.get("location");
      if (request.redirect !== "follow" || location === null || response.status < 300)
        return response;
      return route(new Request(new URL(location, request.url), { headers, signal }));
    };
    const client = () =>
      createMissiveClient({ token: TOKEN, baseUrl: BASE, fetch: route, maxRetries: 0 });
    const download = () => client().attachments.download(String(message.id));

    it("does not follow a redirect to a loopback service over plain http", async () => {
      asked = [];
      const before = inside.hits.length;
      attach(`https://files.example/f?to=${encodeURIComponent(`${inside.url}/admin`)}`);
      const failed = await download().catch((error) => error);
      expect(failed).toBeInstanceOf(ConnectionError);
      expect(failed.message).toMatch(
        /http:\/\/127\.0\.0\.1:\d+ is not https:\/\/ on a public host/,
      );
      expect(inside.hits.length - before).toBe(0);
      expect(asked.map((url) => new URL(url).hostname)).not.toContain("127.0.0.1");
    });

    it("does not follow https redirects to loopback, private or link-local addresses", async () => {
      for (const target of [
        "https://127.0.0.2:1/x",
        "https://10.1.2.3/x",
        "https://192.168.0.10/x",
        "https://169.254.169.254/latest/meta-data",
        "https://[::1]/x",
        "https://[fd00::1]/x",
        "https://localhost/x",
      ]) {
        asked = [];
        attach(`https://files.example/f?to=${encodeURIComponent(target)}`);
        const failed = await download().catch((error) => error);
        expect(failed, target).toBeInstanceOf(ConnectionError);
        expect(asked.map((url) => new URL(url).hostname)).not.toContain(new URL(target).hostname);
      }
    });

    it("follows a redirect to another public https host", async () => {
      attach(`https://files.example/f?to=${encodeURIComponent("https://cdn.example/real.txt")}`);
      const [file] = await download();
      expect(new TextDecoder().decode(file?.data)).toBe("file /real.txt");
    });

    it("refuses a plain http attachment URL: its content could be altered in transit", async () => {
      asked = [];
      attach("http://files.example/f.txt");
      const failed = await download().catch((error) => error);
      expect(failed).toBeInstanceOf(ConnectionError);
      expect(failed.message).toMatch(/http:\/\/files\.example is not https:\/\//);
      expect(asked.filter((url) => url.startsWith("http:"))).toEqual([]);
    });
  });

  it("tells private, loopback and link-local hosts from public ones", () => {
    for (const host of ["10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1", "127.9.9.9"])
      expect(isPrivateHost(host), host).toBe(true);
    for (const host of ["169.254.169.254", "0.0.0.0", "[::1]", "[::]", "[fe80::1]"])
      expect(isPrivateHost(host), host).toBe(true);
    for (const host of ["[fc00::1]", "[::ffff:a00:1]", "localhost", "db.localhost"])
      expect(isPrivateHost(host), host).toBe(true);
    for (const host of [
      "8.8.8.8",
      "172.32.0.1",
      "100.128.0.1",
      "[2606:4700::1111]",
      "files.example",
    ])
      expect(isPrivateHost(host), host).toBe(false);
  });
});
