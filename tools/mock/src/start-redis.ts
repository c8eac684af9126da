import { access, constants } from "node:fs/promises";
import { connect } from "node:net";
import { delimiter, join } from "node:path";
import { startChildServer } from "./child-server.ts";
import { freePort } from "./free-port.ts";

export interface RedisServerOptions {
  /** Port on 127.0.0.1. Default: a free one (pass the old one to restart "the same" Redis). */
  port?: number;
  /** How long to wait for PONG. Default 30 s (two cores shared with a whole `npm test`). */
  startTimeoutMs?: number;
  /** More `redis-server` arguments, e.g. `["--cluster-enabled", "yes", …]`. */
  args?: readonly string[];
  /** Working directory (where a cluster node writes its nodes.conf). Default: this process's. */
  dir?: string;
}

export interface RunningRedis {
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** Stops it (SIGTERM, then SIGKILL); safe to call more than once. */
  stop(): Promise<void>;
}

/** `redis-server` on PATH, or an error that says how to install it. */
async function redisServerBinary(): Promise<string> {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, "redis-server");
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  throw new Error(
    "redis-server is not installed: run 'sudo apt-get install -y redis-server' " +
      "(npm test installs it itself when it runs as root).",
  );
}

/** A raw RESP `PING`: any `+PONG` means Redis accepts commands (not only connections). */
function pong(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

/**
 * Debian's `redis-server` on 127.0.0.1, in memory only (no RDB snapshot, no AOF, no files
 * left behind), resolved once it answers PING and always stopped with the process that
 * started it.
 */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RunningRedis> {
  const command = await redisServerBinary();
  const port = options.port ?? (await freePort());
  const url = `redis://127.0.0.1:${port}`;
  const args = ["--bind", "127.0.0.1", "--port", String(port), "--save", "", "--appendonly", "no"];
  const { stop } = await startChildServer({
    name: "redis-server",
    url,
    command,
    args: [...args, "--protected-mode", "yes", "--loglevel", "warning", ...(options.args ?? [])],
    ...(options.dir === undefined ? {} : { cwd: options.dir }),
    healthy: pong,
    startTimeoutMs: options.startTimeoutMs ?? 30_000,
  });
  return { url, port, stop };
}
