import { serverNow } from "./clock.js";

/**
 * Holds every request of the scope for ARGV[1] ms from the server's now; a shorter pause never
 * shortens a longer one already set. The key expires with the pause.
 *
 * KEYS[1] pause. Returns the pause's end on the server's clock (ms).
 */
export const pauseScript = `${serverNow}
local ms = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if now + ms > current then
  redis.call('SET', KEYS[1], now + ms, 'PX', ms)
  return now + ms
end
return current
`;
