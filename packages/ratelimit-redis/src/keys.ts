/**
 * The client's scope: hex SHA-256 of the token, or `no-token` for a client without one (a proxy
 * adds it). Anything else could be the token itself.
 */
const scopePattern = /^([0-9a-f]{64}|no-token)$/;

export interface ScopeKeys {
  leases: string;
  log: string;
  pause: string;
  /** Pub/sub channel on which releases are announced. */
  released: string;
}

/**
 * Redis keys of one token's limiter. The scope sits in a hash tag (`{…}`), so all keys of a
 * scope live in one Redis Cluster slot, as a multi-key Lua script needs; different tokens
 * spread over the cluster.
 */
export function scopeKeys(prefix: string, scope: string): ScopeKeys {
  if (!scopePattern.test(scope)) {
    // Never echo the value: a caller passing the wrong thing may be passing the token.
    throw new TypeError(
      "@missive-ts/ratelimit-redis: the scope must be the hex SHA-256 of the token " +
        "(64 lowercase hex digits, as @missive-ts/client computes it), never the token itself.",
    );
  }
  const base = `${prefix}{${scope}}`;
  return {
    leases: `${base}:leases`,
    log: `${base}:log`,
    pause: `${base}:pause`,
    released: `${base}:released`,
  };
}

/** A key prefix must not open a hash tag of its own, or the scope's tag would be ignored. */
export function checkPrefix(prefix: string): string {
  if (/[{}]/.test(prefix)) {
    throw new TypeError(
      `@missive-ts/ratelimit-redis: keyPrefix must not contain "{" or "}" (got "${prefix}"); ` +
        "the store adds the hash tag itself.",
    );
  }
  return prefix;
}
