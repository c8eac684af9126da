/**
 * `--redis-url` / `MISSIVE_REDIS_URL`: the built bin keeps each token's rate limit in a real
 * redis-server (started on 127.0.0.1), keyed by the token's hash, and sends nothing to Missive
 * while Redis is down.
 */
import { spawn as spawnChild } from "node:child_process";
import { createHash } from "node:crypto";
import { connect as tcp } from "node:net";
import { type RunningRedis, startRedisServer } from "@missive-ts/mock/redis";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, BIN, STATIC, stdioLaunch } from "./bin.js";
import { TOKEN, textOf, withSim } from "./helpers.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `KEYS pattern` over raw RESP: the names of the keys. */
function redisKeys(url: string, pattern: string): Promise<string[]> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = tcp(Number(port), hostname, () => socket.write(`KEYS ${pattern}\r\n`));
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk;
      const count = Number(/^\*(\d+)\r\n/.exec(text)?.[1] ?? Number.NaN);
      const lines = text.split("\r\n");
      if (Number.isFinite(count) && lines.length >= 1 + 2 * count) {
        socket.end();
        resolve(lines.slice(1, 1 + 2 * count).filter((_, i) => i % 2 === 1));
      }
    });
    socket.on("error", reject);
  });
}

async function spawn(args: string[], env: Record<string, string>) {
  const transport = new StdioClientTransport(stdioLaunch([...STATIC, ...args], env));
  const client = new Client({ name: "redis-test", version: "0.0.0" });
  await client.connect(transport);
  return client;
}

describe("missive-mcp --redis-url", () => {
  let redis: RunningRedis;
  beforeAll(async () => {
    assertBuilt();
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it("keeps the token's limiter in Redis under its hash, from the flag or MISSIVE_REDIS_URL", async () => {
    await withSim(async (sim) => {
      const scope = createHash("sha256").update(TOKEN).digest("hex");
      for (const [args, env] of [
        [["--redis-url", redis.url], {}],
        [[], { MISSIVE_REDIS_URL: redis.url }],
      ] as const) {
        const client = await spawn([...args], { MISSIVE_BASE_URL: sim.url, ...env });
        try {
          const result = (await client.callTool({
            name: "list_users",
            arguments: {},
          })) as CallToolResult;
          expect(result.isError, textOf(result)).toBeFalsy();
        } finally {
          await client.close();
        }
      }
      const keys = await redisKeys(redis.url, "*");
      expect(keys.some((key) => key.includes(scope))).toBe(true);
      expect(keys.join(" ")).not.toContain(TOKEN);
    });
  });

  it("sends nothing to Missive while Redis is down: the call fails, saying so", async () => {
    await withSim(async (sim) => {
      const down = "redis://127.0.0.1:1";
      const client = await spawn(["--redis-url", down], { MISSIVE_BASE_URL: sim.url });
      try {
        const result = (await client.callTool({
          name: "list_users",
          arguments: {},
        })) as CallToolResult;
        expect(result.isError).toBe(true);
        expect(textOf(result)).toMatch(/redis/i);
        expect(sim.stats.requests).toBe(0);
      } finally {
        await client.close();
      }
    });
  });

  it("exits once the MCP client closes stdin, though Redis holds a connection", async () => {
    await withSim(async (sim) => {
      const child = spawnChild(process.execPath, [BIN, ...STATIC, "--redis-url", redis.url], {
        env: {
          PATH: process.env.PATH ?? "",
          HOME: "/nonexistent",
          MISSIVE_API_TOKEN: TOKEN,
          MISSIVE_BASE_URL: sim.url,
        },
        stdio: ["pipe", "pipe", "ignore"],
      });
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      let out = "";
      child.stdout?.on("data", (chunk) => {
        out += chunk;
      });
      const send = (message: object) =>
        child.stdin?.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
      const answered = async (id: number) => {
        for (let i = 0; i < 300 && !out.includes(`"id":${id}`); i++) await sleep(20);
      };
      try {
        send({
          id: 0,
          method: "initialize",
          params: {
            protocolVersion: "2025-06-18",
            capabilities: {},
            clientInfo: { name: "t", version: "0" },
          },
        });
        await answered(0);
        send({ method: "notifications/initialized" });
        send({ id: 1, method: "tools/call", params: { name: "list_users", arguments: {} } });
        await answered(1); // the store's connection to Redis is open now
        child.stdin?.end();
        const code = await Promise.race([exited, sleep(10_000).then(() => "still running")]);
        expect(code).toBe(0);
      } finally {
        child.kill("SIGKILL");
      }
    });
  });
});
