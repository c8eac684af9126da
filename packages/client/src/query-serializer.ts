import type { QuerySerializerOptions } from "openapi-fetch";
import { styled, styledPair } from "./param-style.js";

/**
 * openapi-fetch 0.17's `createQuerySerializer`: `null`/`undefined` values and empty lists are
 * left out, a list is written as `form` exploded and an object as `deepObject` unless
 * `options.array`/`options.object` say otherwise (a key set to `undefined` there overrides the
 * default too, as in openapi-fetch), and `allowReserved: true` leaves values unencoded.
 */
export function createQuerySerializer(options?: QuerySerializerOptions) {
  return (query: unknown) => {
    const search: string[] = [];
    const reserved = options?.allowReserved === true;
    if (query && typeof query === "object") {
      for (const name in query) {
        const value = (query as Record<string, unknown>)[name];
        if (value == null || (Array.isArray(value) && !value.length)) continue;
        if (typeof value !== "object") {
          search.push(styledPair(name, value, reserved));
          continue;
        }
        const { style, explode } = Array.isArray(value)
          ? { style: "form", explode: true, ...options?.array }
          : { style: "deepObject", explode: true, ...options?.object };
        search.push(styled(name, value, style, explode !== false, reserved));
      }
    }
    return search.join("&");
  };
}
