/**
 * One Missive client per token, so each user's limiter, retries and typed errors apply to
 * that user alone. Keyed by the token's SHA-256 (the map never holds a token as a key), at
 * most `max` clients, the least recently used dropped first.
 */
import { createHash } from "node:crypto";
import type { MissiveClient } from "@missive-ts/client";

export interface ClientCache {
  get(token: string): MissiveClient;
  readonly size: number;
}

export function createClientCache(create: (token: string) => MissiveClient, max = 64): ClientCache {
  const clients = new Map<string, MissiveClient>();
  return {
    get(token) {
      const key = createHash("sha256").update(token).digest("hex");
      const found = clients.get(key);
      if (found) {
        // Re-insert: a Map iterates in insertion order, so the first key is the least recent.
        clients.delete(key);
        clients.set(key, found);
        return found;
      }
      const client = create(token);
      clients.set(key, client);
      if (clients.size > max) clients.delete(clients.keys().next().value as string);
      return client;
    },
    get size() {
      return clients.size;
    },
  };
}
