/**
 * The pieces of a request openapi-fetch 0.17 builds around its serializers, written as there:
 * headers merged layer over layer, the default body serializer, the base URL's trailing slash.
 */

/**
 * Later layers win; in a layer (a `Headers` or a plain object) `null` removes the header from
 * the layers before, a list appends each value, `undefined` is skipped.
 */
export function mergeHeaders(...layers: unknown[]): Headers {
  const merged = new Headers();
  for (const layer of layers) {
    if (!layer || typeof layer !== "object") continue;
    for (const [name, value] of layer instanceof Headers
      ? layer.entries()
      : Object.entries(layer)) {
      if (value === null) merged.delete(name);
      else if (Array.isArray(value)) for (const item of value) merged.append(name, item);
      else if (value !== undefined) merged.set(name, value);
    }
  }
  return merged;
}

/**
 * `FormData` as it is, a form-encoded body when the headers say
 * `application/x-www-form-urlencoded` (exactly), JSON otherwise.
 */
export function defaultBodySerializer(body: unknown, headers?: unknown): unknown {
  if (body instanceof FormData) return body;
  if (headers) {
    const read = headers as Record<string, unknown> & Headers;
    const type =
      read.get instanceof Function
        ? (read.get("Content-Type") ?? read.get("content-type"))
        : (read["Content-Type"] ?? read["content-type"]);
    if (type === "application/x-www-form-urlencoded") {
      return new URLSearchParams(body as Record<string, string>).toString();
    }
  }
  return JSON.stringify(body);
}

export const removeTrailingSlash = (url: string) => (url.endsWith("/") ? url.slice(0, -1) : url);
