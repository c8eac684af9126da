/**
 * Redis Cluster: three masters (Debian's redis-server in cluster mode) and ioredis' Cluster.
 * Every script touches several keys, which a cluster allows only within one hash slot: the
 * scope's hash tag is what makes that hold, while different tokens spread over the nodes.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "@missive-ts/mock/free-port";
import { type RunningRedis, startRedisServer } from "@missive-ts/mock/redis";
import { Cluster } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisRateLimitStore } from "../src/index.ts";
import { freshScope, limits, sleep } from "./helpers.ts";

const run = promisify(execFile);
let dir = "";
const nodes: RunningRedis[] = [];
let cluster: Cluster | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "missive-redis-cluster-"));
  for (let i = 0; i < 3; i++) {
    const [port, bus] = [await freePort(), await freePort()];
    const args = ["--cluster-enabled", "yes", "--cluster-port", String(bus)];
    args.push("--cluster-config-file", `nodes-${port}.conf`);
    nodes.push(await startRedisServer({ port, dir, args }));
  }
  const addresses = nodes.map((node) => `127.0.0.1:${node.port}`);
  await run("redis-cli", [
    "--cluster",
    "create",
    ...addresses,
    "--cluster-replicas",
    "0",
    "--cluster-yes",
  ]);
  // Every node must agree the cluster is up (slots assigned, gossip converged), else the first
  // commands may meet CLUSTERDOWN on a loaded machine.
  const ok = async (node: RunningRedis) =>
    (await run("redis-cli", ["-p", String(node.port), "cluster", "info"])).stdout.includes(
      "cluster_state:ok",
    );
  for (let i = 0; !(await Promise.all(nodes.map(ok))).every(Boolean); i++) {
    if (i > 300) throw new Error("the Redis cluster did not reach cluster_state:ok in 30 s");
    await sleep(100);
  }
  cluster = new Cluster([{ host: "127.0.0.1", port: nodes[0]?.port ?? 0 }]);
});

afterAll(async () => {
  cluster?.disconnect();
  await Promise.all(nodes.map((node) => node.stop()));
  if (dir) await rm(dir, { recursive: true, force: true });
});

const connected = () => {
  if (!cluster) throw new Error("the cluster did not start");
  return cluster;
};

describe("on Redis Cluster", () => {
  it("runs every script for tokens spread over the nodes, each within its own slot", async () => {
    const store = createRedisRateLimitStore({ redis: connected() });
    const scopes = Array.from({ length: 6 }, freshScope);
    const owners = new Set<string>();
    for (const scope of scopes) {
      const request = limits({ concurrent: 1 });
      const grant = await store.tryAcquire(scope, request);
      if (!grant.granted) throw new Error("the first request of a scope must be granted");
      expect(await store.tryAcquire(scope, request)).toMatchObject({ reason: "concurrency" });
      await store.release(scope, grant.lease, Date.now());
      await store.pauseUntil(scope, Date.now() + 60_000);
      expect(await store.tryAcquire(scope, request)).toMatchObject({ reason: "paused" });
      const slot = await connected().cluster("KEYSLOT", `missive:ratelimit:{${scope}}:log`);
      const slots = await connected().cluster("SLOTS");
      const owner = slots.find(([from, to]) => from <= Number(slot) && Number(slot) <= to);
      owners.add(String(owner?.[2]?.[1]));
    }
    // Six random scopes on three nodes: with overwhelming odds on more than one of them.
    expect(owners.size).toBeGreaterThan(1);
    await store.close();
  });

  it("announces releases to the other processes through the cluster", async () => {
    const scope = freshScope();
    const channel = `missive:ratelimit:{${scope}}:released`;
    const other = connected().duplicate();
    const [a, b] = [
      createRedisRateLimitStore({ redis: connected() }),
      createRedisRateLimitStore({ redis: other }),
    ];
    let heard = 0;
    b.onRelease(scope, () => heard++);
    // Subscriptions are per node: wait until one node has b's.
    const subscribers = async () => {
      let total = 0;
      for (const node of nodes) {
        const { stdout } = await run("redis-cli", [
          "-p",
          String(node.port),
          "pubsub",
          "numsub",
          channel,
        ]);
        total += Number(stdout.trim().split("\n")[1]);
      }
      return total;
    };
    for (let i = 0; i < 100 && (await subscribers()) === 0; i++) await sleep(20);
    const grant = await a.tryAcquire(scope, limits());
    if (!grant.granted) throw new Error("must be granted");
    await a.release(scope, grant.lease, Date.now());
    for (let i = 0; i < 100 && heard === 0; i++) await sleep(20);
    expect(heard).toBe(1);
    await Promise.all([a.close(), b.close()]);
    other.disconnect();
  });
});
