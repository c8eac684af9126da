export {
  createRedisRateLimitStore,
  type RedisRateLimitStore,
  type RedisRateLimitStoreOptions,
} from "./create-redis-rate-limit-store.js";
export { RedisRateLimitStoreError } from "./errors.js";
export type { RedisLike } from "./redis-like.js";
