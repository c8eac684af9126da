import { createHash } from "node:crypto";
import type { RedisLike } from "./redis-like.js";

/** A Lua script, sent once per Redis server and then run by its SHA-1. */
export interface LuaScript {
  source: string;
  sha: string;
}

export function luaScript(source: string): LuaScript {
  return { source, sha: createHash("sha1").update(source).digest("hex") };
}

/**
 * EVALSHA, falling back to EVAL when the server does not know the script yet (a fresh or
 * restarted Redis, another node of a cluster). Works on the caller's own connection without
 * adding commands to it (ioredis' defineCommand would).
 */
export async function runScript(
  redis: RedisLike,
  script: LuaScript,
  keys: readonly string[],
  args: readonly (string | number)[],
): Promise<unknown> {
  try {
    return await redis.evalsha(script.sha, keys.length, ...keys, ...args);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
    return redis.eval(script.source, keys.length, ...keys, ...args);
  }
}
