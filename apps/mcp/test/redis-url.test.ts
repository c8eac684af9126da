/**
 * `missive-mcp --redis-url`: the built server's calls take their slots from a real Redis (the
 * token's hashed scope appears there), and a URL that is not redis:// is refused at start.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { type RunningRedis, startRedisServer } from "@missive-ts/mock/redis";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, BIN } from "./bin.js";
import { TOKEN, withSim } from "./helpers.js";

let server: RunningRedis | undefined;
beforeAll(async () => {
  assertBuilt();
  server = await startRedisServer();
});
afterAll(() => server?.stop());

describe("missive-mcp --redis-url", () => {
  it("shares the token's rate limit through Redis", async () => {
    const url = (server as RunningRedis).url;
    const redis = new Redis(url);
    const scope = createHash("sha256").update(TOKEN).digest("hex");
    try {
      await withSim(async (sim) => {
        const transport = new StdioClientTransport({
          command: process.execPath,
          args: [BIN, "--redis-url", url],
          env: {
            PATH: process.env.PATH ?? "",
            HOME: "/nonexistent",
            MISSIVE_API_TOKEN: TOKEN,
            MISSIVE_BASE_URL: sim.url,
          },
          stderr: "pipe",
        });
        const client = new Client({ name: "redis-test", version: "0.0.0" });
        await client.connect(transport);
        try {
          const result = (await client.callTool({
            name: "list_users",
            arguments: {},
          })) as CallToolResult;
          expect(result.isError).toBeFalsy();
        } finally {
          await client.close();
        }
      });
      expect(await redis.zcard(`missive:ratelimit:{${scope}}:log`)).toBe(1);
      expect((await redis.keys("*")).join()).not.toContain(TOKEN);
    } finally {
      redis.disconnect();
    }
  });

  it("refuses a URL that is not redis:// or rediss:// (exit 2)", () => {
    const run = spawnSync(process.execPath, [BIN, "--redis-url", "http://127.0.0.1:6379"], {
      env: { PATH: process.env.PATH ?? "", MISSIVE_API_TOKEN: TOKEN },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--redis-url / MISSIVE_REDIS_URL");
  });
});
