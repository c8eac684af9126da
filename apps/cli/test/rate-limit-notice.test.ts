/**
 * Many requests waiting on the rate limit at once: the CLI says so once per wait, not once
 * per request, and a progress bar on a terminal is not glued to the notice.
 */
import { join } from "node:path";
import { Readable } from "node:stream";
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliLogger } from "../src/client-logger.ts";
import { type CliIo, run } from "../src/main.ts";
import { TOKEN, tempDir } from "./helpers.ts";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 5, rateLimit: false, data: { conversations: 10 } });
}, 60_000);
afterAll(async () => {
  await sim?.stop();
});

/** The client's limiter, shrunk: 2 requests per 2.1 s window (waits of 2 s and more warn). */
const WINDOW_MS = 2_100;
const POSTS = 7;

const postCount = (id: string) => {
  const conversation = sim.state.conversations.find((c) => (c as { id: string }).id === id);
  return sim.state.nested.list(conversation as never, "posts").length;
};

/** What a terminal shows after `text`: `\r` returns, `ESC[2K` clears the line. */
function screen(text: string): string[] {
  const lines: string[] = [""];
  // A bare "\r" counts as a clear too: every bar here rewrites its whole line.
  for (const part of text.replaceAll("\x1b[2K", "\r").split(/(\r|\n)/)) {
    if (part === "\n") lines.push("");
    else if (part === "\r") lines[lines.length - 1] = "";
    else lines[lines.length - 1] += part;
  }
  return lines;
}

describe("rate-limit wait notices", () => {
  it("prints one notice per wait while 5 posts wait at once, and every post is sent", async () => {
    const written: { at: number; text: string }[] = [];
    let stdout = "";
    const ids = sim.state.conversations.slice(0, POSTS).map((c) => (c as { id: string }).id);
    const io: CliIo = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => written.push({ at: Date.now(), text: s }) },
      stdin: Readable.from([]),
      env: {
        MISSIVE_API_TOKEN: TOKEN,
        MISSIVE_BASE_URL: sim.url,
        MISSIVE_CONFIG_DIR: join(tempDir(), "config"),
      },
      clientOptions: {
        maxRetries: 0,
        rateLimit: { concurrent: 16, perMinute: 2, windowMs: WINDOW_MS },
      },
    };
    const before = ids.map(postCount);
    const code = await run(["conversations", "close", ...ids, "--post", "Done here."], io);
    expect(code).toBe(0);
    // Every post reached the simulator: the waits delayed them, none was dropped.
    expect(ids.map(postCount)).toEqual(before.map((n) => n + 1));
    const notices = written.filter((w) => w.text.includes("Missive rate limit: waiting"));
    // 7 posts, 2 per window: 5 wait, then 3, then 1 — three waits, where each waiting
    // request used to print its own line (9 lines, 5 of them at once).
    // (Two if a stalled machine let a window pass unwaited; never one per waiting request.)
    expect(notices.length).toBeGreaterThanOrEqual(2);
    expect(notices.length).toBeLessThanOrEqual(3);
    for (const [i, notice] of notices.entries()) {
      expect(notice.text).toMatch(/^warning: Missive rate limit: waiting \d+ ms \(2 requests/);
      const next = notices[i + 1];
      if (!next) continue;
      const waited = Number(/waiting (\d+) ms/.exec(notice.text)?.[1]);
      // The next notice comes only once the announced wait is over.
      expect(next.at - notice.at).toBeGreaterThanOrEqual(waited - 5);
    }
    expect(stdout).not.toBe("");
  }, 30_000);

  it("clears a progress bar's line on a terminal before the notice, and still dedupes", () => {
    let stderr = "";
    let clock = 1_000;
    const io = {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s), isTTY: true },
      stdin: Readable.from([]),
      env: {},
    } satisfies CliIo;
    const logger = cliLogger(io, () => clock);
    const wait = (ms: number) => `Missive rate limit: waiting ${ms} ms (300 requests per minute).`;
    io.stderr.write("\r\x1b[2K[####....] 12 items  3 requests");
    for (let i = 0; i < 16; i++) logger.warn?.(wait(2_500), { waitMs: 2_500 });
    io.stderr.write("\r\x1b[2K[#####...] 14 items  5 requests");
    clock += 2_500;
    logger.warn?.(wait(2_400), { waitMs: 2_400 });
    // A 429's hold during that wait is the same wait: not repeated.
    logger.warn?.("Missive answered 429 to GET /contacts; waiting 1000 ms.", {
      retryAfterMs: 1_000,
    });
    // A warning that is not a wait is never held back.
    logger.warn?.("Something else.");
    expect(screen(stderr)).toEqual([
      "warning: Missive rate limit: waiting 2500 ms (300 requests per minute).",
      "warning: Missive rate limit: waiting 2400 ms (300 requests per minute).",
      "warning: Something else.",
      "",
    ]);
  });
});
