import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMissiveClient, MissiveError, ValidationError } from "../../src/index.js";
import { TOKEN } from "../helpers.js";

/** A file host on 127.0.0.1: `/expired/…` answers 403 (and has Missive sign a fresh URL), `/fresh/…` the file. */
async function startFileHost(onExpired: () => void) {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    if (req.url?.startsWith("/expired/")) {
      onExpired();
      res.writeHead(403).end("Request has expired");
      return;
    }
    const body = Buffer.from(`contents of ${req.url}`);
    res.writeHead(200, { "content-type": "text/plain", "content-length": body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("client.attachments.download()", () => {
  let sim: RunningSimulator;
  let host: Awaited<ReturnType<typeof startFileHost>>;
  let messageId: string;
  let attachment: Record<string, unknown>;
  /** Whether Missive hands out a fresh URL after the file host refused one. */
  let resign = true;

  beforeAll(async () => {
    sim = await startSimulator({ seed: 3 });
    host = await startFileHost(() => {
      if (resign) attachment.url = `${host.url}/fresh/report.txt?sig=2`;
    });
    const conversation = sim.state.conversations[0] ?? {};
    const message = sim.state.nested.list(conversation, "messages")[0] ?? {};
    messageId = message.id as string;
    attachment = {
      id: "att-1",
      filename: "report.txt",
      media_type: "text",
      sub_type: "plain",
      size: 40,
      url: `${host.url}/expired/report.txt?sig=1`,
    };
    message.attachments = [attachment];
  });
  afterAll(async () => {
    await host?.stop();
    await sim?.stop();
  });

  const client = () => createMissiveClient({ token: TOKEN, baseUrl: sim.url });

  it("downloads with a fresh URL after a 403, and never sends the token to the file host", async () => {
    const [file, ...rest] = await client().attachments.download(messageId);
    expect(rest).toEqual([]);
    expect(file?.filename).toBe("report.txt");
    expect(file?.mediaType).toBe("text/plain");
    expect(new TextDecoder().decode(file?.data)).toBe("contents of /fresh/report.txt?sig=2");
    expect(host.seen.length).toBe(2);
    for (const headers of host.seen) {
      expect(headers.authorization).toBeUndefined();
      expect(JSON.stringify(headers)).not.toContain(TOKEN);
    }
    expect(sim.stats.byOperation["GET /messages/{id}"]).toBe(2);
  });

  it("refuses a file over maxBytes, and an unknown attachment id", async () => {
    await expect(client().attachments.download(messageId, { maxBytes: 10 })).rejects.toThrow(
      ValidationError,
    );
    await expect(
      client().attachments.download(messageId, { attachmentId: "nope" }),
    ).rejects.toThrow(/No attachment nope/);
  });

  it("fails with the file host's status when the fresh URL is refused too", async () => {
    attachment.url = `${host.url}/expired/again.txt`;
    resign = false;
    const before = host.seen.length;
    const failed = await client()
      .attachments.download(messageId)
      .catch((error) => error);
    expect(failed).toBeInstanceOf(MissiveError);
    expect(failed).toMatchObject({
      status: 403,
      message: "Downloading attachment att-1 failed with 403.",
    });
    // One try, one more with the URL of a second read: never a loop.
    expect(host.seen.length - before).toBe(2);
  });
});
