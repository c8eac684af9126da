/**
 * Remembers which deliveries were already accepted, so a delivery repeated within a window runs
 * `onEvent` once. The in-memory store serves one process; a store shared by several processes
 * (Redis `SET key 1 NX PX windowMs`, a database row with a unique key) implements the same two
 * methods.
 */
export interface WebhookDedupeStore {
  /**
   * Atomically: if `key` was not claimed within the last `windowMs`, claim it and resolve `true`;
   * otherwise resolve `false` (a repeat). Two concurrent calls with one key: only one gets `true`.
   */
  claim(key: string, windowMs: number): boolean | Promise<boolean>;
  /** Forget `key`, so a later delivery of it runs again (called when `onEvent` fails). */
  release(key: string): void | Promise<void>;
}

export interface MemoryDedupeStoreOptions {
  /**
   * At most this many keys are kept; the oldest go first, so a delivery repeated within its
   * window after more than `maxKeys` others runs again. Default: no cap, so the window always
   * holds; memory then follows the deliveries of one window (keys are hex signatures, about
   * 150 bytes each: 10,000 deliveries in 10 minutes ≈ 1.5 MB), and only verified deliveries
   * claim a key.
   */
  maxKeys?: number | undefined;
  /** Clock in ms since epoch (default `Date.now`); tests pass their own. */
  now?: (() => number) | undefined;
}

/** A `WebhookDedupeStore` in this process's memory: keys expire after their window. */
export function createMemoryDedupeStore(
  options: MemoryDedupeStoreOptions = {},
): WebhookDedupeStore {
  const maxKeys = options.maxKeys ?? Infinity;
  const now = options.now ?? Date.now;
  // Insertion order is claim order, so expired and oldest keys are at the front.
  const expiries = new Map<string, number>();
  return {
    claim(key, windowMs) {
      const time = now();
      const expiry = expiries.get(key);
      if (expiry !== undefined && expiry > time) return false;
      expiries.delete(key);
      // Expired keys go; with a cap, the oldest also go to make room for this one.
      for (const [oldKey, oldExpiry] of expiries) {
        if (oldExpiry > time && expiries.size < maxKeys) break;
        expiries.delete(oldKey);
      }
      expiries.set(key, time + windowMs);
      return true;
    },
    release(key) {
      expiries.delete(key);
    },
  };
}
