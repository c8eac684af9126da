import { serverNow } from "./clock.js";

/**
 * Frees a slot: the lease leaves the in-flight set and enters the log at the server's time of
 * the release (at or after the answer: a request never leaves a window early). A lease already
 * reclaimed after its expiry is in the log already and is not counted twice. Tells the other
 * processes on the scope's channel that a slot is free.
 *
 * KEYS[1] leases, KEYS[2] log. ARGV: lease id, key TTL (ms), channel, publisher id.
 * Returns 1 if the lease was in flight, else 0.
 */
export const releaseScript = `${serverNow}
if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], now, ARGV[1])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
redis.call('PUBLISH', ARGV[3], ARGV[4])
return 1
`;
