import { serverNow } from "./clock.js";

/**
 * Takes a slot atomically, or says why not and for how long.
 *
 * KEYS[1] leases: sorted set, lease id → expiry (ms) — the requests in flight.
 * KEYS[2] log:    sorted set, lease id → answer time (ms) — the sliding log of both windows.
 * KEYS[3] pause:  string, ms until which every request waits (after a 429).
 * ARGV: lease id, concurrent, leaseMs, key TTL (ms), then windowMs and max of each window.
 *
 * Invariants, after every call: leases ≤ concurrent; for every window, answers inside it plus
 * leases ≤ max; every lease ever granted ends in the log exactly once (released, or reclaimed
 * at its expiry). Returns {1, lease} or {0, reason, waitMs, index of the full window or -1}.
 * `concurrency` means a release must come first (all slots taken, or a window full of requests
 * in flight); its waitMs is when the oldest lease may be reclaimed.
 */
export const acquireScript = `${serverNow}
local leases, log, pause = KEYS[1], KEYS[2], KEYS[3]
local concurrent, leaseMs, ttl = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])

-- A lease past its expiry belongs to a process that died or hung: its slot is free again, and
-- its request (which Missive may have counted) counts in the windows from the expiry on.
local expired = redis.call('ZRANGEBYSCORE', leases, '-inf', now, 'WITHSCORES')
for i = 1, #expired, 2 do
  redis.call('ZADD', log, expired[i + 1], expired[i])
end
redis.call('ZREMRANGEBYSCORE', leases, '-inf', now)

local longest = 0
for i = 5, #ARGV, 2 do longest = math.max(longest, tonumber(ARGV[i])) end
redis.call('ZREMRANGEBYSCORE', log, '-inf', now - longest)

local paused = tonumber(redis.call('GET', pause) or '0')
if paused > now then return {0, 'paused', paused - now, -1} end

local inFlight = redis.call('ZCARD', leases)
local function untilFirstExpiry()
  local first = redis.call('ZRANGE', leases, 0, 0, 'WITHSCORES')
  return tonumber(first[2]) - now
end
if inFlight >= concurrent then return {0, 'concurrency', untilFirstExpiry(), -1} end

-- Requests in flight count in every window (Missive counts them on arrival).
local wait, full = -1, -1
for i = 5, #ARGV, 2 do
  local length, max = tonumber(ARGV[i]), tonumber(ARGV[i + 1])
  local since = '(' .. (now - length)
  local answered = redis.call('ZCOUNT', log, since, '+inf')
  local counted = answered + inFlight
  if counted >= max then
    -- The entry whose leaving makes room: the (counted - max)th oldest answer; if that is a
    -- request still in flight, only a release (or its lease's expiry) can make room.
    local leaving = counted - max
    if leaving >= answered then return {0, 'concurrency', untilFirstExpiry(), (i - 5) / 2} end
    local entry = redis.call('ZRANGEBYSCORE', log, since, '+inf', 'WITHSCORES', 'LIMIT', leaving, 1)
    local ms = tonumber(entry[2]) + length - now
    if ms > wait then wait, full = ms, (i - 5) / 2 end
  end
end
if wait >= 0 then return {0, 'window', wait, full} end

redis.call('ZADD', leases, now + leaseMs, ARGV[1])
redis.call('PEXPIRE', leases, ttl)
redis.call('PEXPIRE', log, ttl)
return {1, ARGV[1]}
`;
