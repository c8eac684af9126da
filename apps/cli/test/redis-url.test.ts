/**
 * `--redis-url` / `MISSIVE_REDIS_URL`: the command's requests take their slots from the Redis
 * rate-limit store (against a real redis-server), the process still exits, and an unreachable
 * Redis fails closed.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { type RunningRedis, startRedisServer } from "@missive-ts/mock/redis";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cli, TOKEN, tempDir } from "./helpers.js";

let server: RunningRedis | undefined;
let redis: Redis | undefined;
const scope = createHash("sha256").update(TOKEN).digest("hex");
const answered = () => (redis as Redis).zcard(`missive:ratelimit:{${scope}}:log`);

beforeAll(async () => {
  server = await startRedisServer();
  redis = new Redis(server.url);
});
afterAll(async () => {
  redis?.disconnect();
  await server?.stop();
});
const url = () => (server as RunningRedis).url;

describe("missive --redis-url", () => {
  it("takes each request's slot from Redis, from the flag or MISSIVE_REDIS_URL", async () => {
    const before = await answered();
    const flag = await cli(["users", "list", "--json", "--redis-url", url()]);
    expect(flag.code).toBe(0);
    expect(JSON.parse(flag.stdout)).toEqual(expect.any(Array));
    expect(await answered()).toBe(before + 1);
    const env = await cli(["--json", "users", "list"], { env: { MISSIVE_REDIS_URL: url() } });
    expect(env.code).toBe(0);
    expect(await answered()).toBe(before + 2);
  });

  it("sends nothing when Redis is unreachable, and says so (exit 1)", async () => {
    const gone = await startRedisServer();
    await gone.stop();
    let sent = 0;
    const result = await cli(["users", "list", "--redis-url", gone.url], {
      fetch: (request) => {
        sent++;
        return fetch(request);
      },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Redis rate-limit store .*No request was sent to Missive/s);
    expect(sent).toBe(0);
  });

  it("refuses a URL that is not redis:// or rediss:// (exit 2)", async () => {
    const result = await cli(["users", "list", "--redis-url", "http://127.0.0.1:6379"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--redis-url / MISSIVE_REDIS_URL");
  });

  it("is listed among the global flags", async () => {
    const help = await cli(["users", "list", "--help"]);
    expect(help.stdout).toContain("--redis-url");
  });

  it("lets the real binary exit once the command is done", async () => {
    const before = await answered();
    const root = fileURLToPath(new URL("..", import.meta.url));
    const args = [
      "--conditions=missive-ts-source",
      "--import",
      "tsx",
      "src/cli.ts",
      "users",
      "list",
    ];
    const env = {
      ...process.env,
      MISSIVE_API_TOKEN: TOKEN,
      MISSIVE_BASE_URL: inject("mockUrl"),
      MISSIVE_CONFIG_DIR: tempDir(),
      MISSIVE_REDIS_URL: url(),
    };
    const done = spawnSync(process.execPath, [...args, "--fields", "id"], {
      cwd: root,
      env,
      encoding: "utf8",
      timeout: 25_000,
    });
    expect(done.signal).toBeNull(); // not killed by the timeout: nothing kept it alive
    expect(done.status).toBe(0);
    expect(await answered()).toBe(before + 1);
  });
});
