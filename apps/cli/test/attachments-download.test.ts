/**
 * `missive attachments download` against the simulator, with a file host on 127.0.0.1 standing
 * in for Missive's signed attachment URLs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, TOKEN, tempDir } from "./helpers.js";

describe("missive attachments download", () => {
  let sim: RunningSimulator;
  let host: { url: string; seen: IncomingHttpHeaders[]; close: () => void };
  let messageId: string;

  beforeAll(async () => {
    sim = await startSimulator({ seed: 5 });
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { "content-type": "text/plain" }).end(`bytes of ${req.url}`);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    host = { url, seen, close: () => server.close() };
    const message = sim.state.nested.list(sim.state.conversations[0] ?? {}, "messages")[0] ?? {};
    messageId = String(message.id);
    message.attachments = [
      {
        id: "a1",
        filename: "report.txt",
        media_type: "text",
        sub_type: "plain",
        size: 30,
        url: `${url}/f/report`,
      },
      {
        id: "a2",
        filename: "../../escape.txt",
        media_type: "text",
        sub_type: "plain",
        size: 30,
        url: `${url}/f/escape`,
      },
    ];
  });
  afterAll(async () => {
    host?.close();
    await sim?.stop();
  });

  const download = (args: string[], cwd?: string) =>
    cli(["attachments", "download", messageId, "--json", ...args], {
      env: { MISSIVE_BASE_URL: sim.url },
      ...(cwd ? { cwd } : {}),
    });

  it("writes every attachment into --output, never outside it, never over an existing file", async () => {
    const dir = tempDir();
    const first = await download(["--output", "files"], dir);
    expect(first.code, first.stderr).toBe(0);
    const printed = JSON.parse(first.stdout) as { id: string; path: string }[];
    expect(printed.map((file) => file.id)).toEqual(["a1", "a2"]);
    expect(readdirSync(join(dir, "files")).sort()).toEqual(["escape.txt", "report.txt"]);
    expect(readFileSync(join(dir, "files", "report.txt"), "utf8")).toBe("bytes of /f/report");
    const again = await download(["--output", "files", "--attachment", "a1"], dir);
    expect(again.code).toBe(0);
    expect(readdirSync(join(dir, "files")).sort()).toEqual([
      "escape.txt",
      "report (1).txt",
      "report.txt",
    ]);
    for (const headers of host.seen) {
      expect(headers.authorization).toBeUndefined();
      expect(JSON.stringify(headers)).not.toContain(TOKEN);
    }
  });

  it("says what is wrong: no message id, an unknown attachment, a file over --max-bytes", async () => {
    const dir = tempDir();
    const none = await cli(["attachments", "download"], { env: { MISSIVE_BASE_URL: sim.url } });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/needs <message-id>/);
    const unknown = await download(["--attachment", "nope"], dir);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/No attachment nope/);
    const big = await download(["--max-bytes", "5"], dir);
    expect(big.code).not.toBe(0);
    expect(big.stderr).toMatch(/over the 5-byte limit/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
