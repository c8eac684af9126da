/**
 * Lua prelude of every script: `now` in ms from the Redis server's clock (`TIME`), the one
 * clock every process and machine sharing the store agrees on. Scripts that call TIME and then
 * write are fine on Redis 5+ and Valkey (scripts replicate their effects, not themselves).
 */
export const serverNow = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
`;
