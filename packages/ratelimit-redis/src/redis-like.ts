/**
 * The part of an ioredis `Redis` or `Cluster` the store uses, written out here instead of
 * imported from ioredis: the published declarations then never load ioredis' own, so a
 * consumer type-checking with `skipLibCheck: false` is not broken by whatever a newer ioredis
 * declares (ioredis 6.1.0's re-exported error classes import `redis-errors`, which has no
 * types). Any ioredis 6 `Redis` or `Cluster` fits it.
 */
export interface RedisLike {
  /** `true` on an ioredis `Cluster`. */
  readonly isCluster: boolean;
  evalsha(sha: string, numkeys: number, ...keysAndArgs: (string | number)[]): Promise<unknown>;
  eval(script: string, numkeys: number, ...keysAndArgs: (string | number)[]): Promise<unknown>;
  /** A new connection with the same options: the subscriber for release notices. */
  duplicate(): RedisLike;
  subscribe(channel: string): Promise<unknown>;
  unsubscribe(channel: string): Promise<unknown>;
  on(event: "message", listener: (channel: string, message: string) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  quit(): Promise<unknown>;
  disconnect(): void;
}
