/**
 * Shared by the `missive webhooks listen` tests: the listener started through the CLI (stopped
 * with Ctrl-C, its signal, after each test), signed deliveries, and raw sockets for the
 * clients `fetch` cannot play (slow, endless, lying about their size).
 */
import { Readable } from "node:stream";
import { signWebhookBody } from "@missive-ts/client/webhooks";
import { rawClient as connectRaw, type RawClient } from "@missive-ts/mock/raw-client";
import { afterEach } from "vitest";
import { run } from "../src/main.js";

export const SECRET = "rule-secret-for-cli-tests";

export interface Running {
  url: string;
  port: number;
  stdout: () => string;
  stderr: () => string;
  stop: () => Promise<number>;
}

export const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Starts `missive webhooks listen …`, waits until it says where it listens. */
export async function listen(
  args: string[],
  env: Record<string, string> = {},
  tty = false,
): Promise<Running> {
  let stdout = "";
  let stderr = "";
  const controller = new AbortController();
  const done = run(["webhooks", "listen", "--port", "0", ...args], {
    stdout: { write: (s: string) => (stdout += s), isTTY: tty },
    stderr: { write: (s: string) => (stderr += s), isTTY: tty },
    stdin: Readable.from([]),
    env,
    signal: controller.signal,
  });
  const stop = async () => {
    controller.abort();
    return done;
  };
  cleanups.push(stop);
  for (let i = 0; i < 200 && !/Listening on (\S+)/.test(stderr); i++) {
    const early = await Promise.race([done, new Promise((r) => setTimeout(r, 25, undefined))]);
    if (early !== undefined) throw new Error(`the listener exited ${early}: ${stderr}`);
  }
  const url = /Listening on (\S+)/.exec(stderr)?.[1];
  if (!url) throw new Error(`the listener did not start: ${stderr}`);
  const port = Number(new URL(url).port);
  return { url, port, stdout: () => stdout, stderr: () => stderr, stop };
}

/** POSTs `body` signed with `secret`, as Missive does. */
export async function deliver(
  url: string,
  body: string,
  secret = SECRET,
  extra: Record<string, string> = {},
  init: RequestInit = {},
) {
  return fetch(url, {
    ...init,
    method: "POST",
    body,
    headers: {
      "content-type": "application/json",
      "x-hook-signature": await signWebhookBody(body, secret),
      ...extra,
    },
  });
}

export type { RawClient } from "@missive-ts/mock/raw-client";

/** A raw TCP client (see `@missive-ts/mock/raw-client`), destroyed after the test. */
export async function rawClient(port: number): Promise<RawClient> {
  const client = await connectRaw(port);
  cleanups.push(async () => client.socket.destroy());
  return client;
}

/** Resolves `true` when `promise` settles within `ms`, `false` otherwise (the timer is cleared). */
export async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(resolve, ms, false);
  });
  try {
    return await Promise.race([promise.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}
