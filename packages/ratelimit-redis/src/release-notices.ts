import type { RedisLike } from "./redis-like.js";

export interface ReleaseNotices {
  /** Calls `listener` whenever a slot of `channel` is freed, here or in another process. */
  listen(channel: string, listener: () => void): () => void;
  /** A release made by this store: its listeners run at once, without the round trip. */
  releasedHere(channel: string): void;
  close(): void;
}

/**
 * Release announcements over Redis pub/sub, so a waiter in any process retries as soon as a
 * slot frees instead of at its `waitMs`. One subscriber connection (a duplicate of the store's,
 * opened on the first listener); messages this store published itself are ignored, its own
 * listeners having been called already.
 */
export function createReleaseNotices(redis: RedisLike, publisherId: string): ReleaseNotices {
  const listeners = new Map<string, Set<() => void>>();
  let subscriber: RedisLike | undefined;

  const notify = (channel: string) => {
    for (const listener of [...(listeners.get(channel) ?? [])]) listener();
  };
  const open = () => {
    if (subscriber) return subscriber;
    const connection = redis.duplicate();
    connection.on("error", () => {});
    connection.on("message", (channel: string, message: string) => {
      if (message !== publisherId) notify(channel);
    });
    subscriber = connection;
    return connection;
  };

  return {
    listen(channel, listener) {
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        // A notice lost while (re)subscribing only delays a waiter until its waitMs.
        open()
          .subscribe(channel)
          .catch(() => {});
      }
      set.add(listener);
      return () => {
        if (!set.delete(listener) || set.size > 0) return;
        listeners.delete(channel);
        subscriber?.unsubscribe(channel).catch(() => {});
      };
    },
    releasedHere: notify,
    close() {
      listeners.clear();
      subscriber?.disconnect();
      subscriber = undefined;
    },
  };
}
