import { InvalidPathParameterError } from "./errors.js";
import { styled } from "./param-style.js";

const PARAM = /\{([^{}]+)\}/g;

/** Why `value` cannot fill a path segment, or `undefined` when it can. */
export function pathParameterProblem(value: unknown): string | undefined {
  if (value === undefined || value === null) return "is missing";
  if (Array.isArray(value)) {
    if (value.length === 0) return "is an empty list of ids";
    for (const item of value) {
      const problem = pathParameterProblem(item);
      if (problem) return `holds an id that ${problem}`;
    }
    return undefined;
  }
  if (typeof value !== "string" && typeof value !== "number") return "is not a string";
  const text = String(value);
  if (text.trim() === "") return "is empty";
  // URL normalisation resolves `.`, `..` and their percent-encoded forms (`%2E%2E`, `.%2e`, …)
  // as dot segments: the request would go to another path than the operation's.
  if (/^(\.|%2e){1,2}$/i.test(text)) return `is a dot segment (${JSON.stringify(text)})`;
  return undefined;
}

/**
 * openapi-fetch 0.17's `defaultPathSerializer` (`{id}`, `{.id}` label, `{;id}` matrix, `*` to
 * explode), refusing before any request a path parameter that would not stay in its segment:
 * missing, empty, an empty id list, or a dot segment. It runs for every operation (resource
 * methods and `GET`/`POST`/… alike), reading the parameter names from the path template itself.
 * Every parameter is checked before any is written, as when the check ran ahead of
 * openapi-fetch's serializer.
 */
export function checkedPathSerializer(pathname: string, pathParams: Record<string, unknown>) {
  const found = [...pathname.matchAll(PARAM)].map(([match, inner = ""]) => {
    const key = inner.replace(/^[.;]/, "").replace(/\*$/, "");
    const problem = pathParameterProblem(pathParams?.[key]);
    if (problem) {
      const template = pathname.replace(/^[a-z]+:\/\/[^/]+/i, "");
      throw new InvalidPathParameterError(
        `Path parameter "${key}" of ${template} ${problem}: pass a non-empty id (not ".", ".." or an empty list).`,
        { parameter: key },
      );
    }
    return [match, key, inner] as const;
  });
  let url = pathname;
  for (const [match, key, inner] of found) {
    const value = pathParams[key];
    const style = inner[0] === "." ? "label" : inner[0] === ";" ? "matrix" : "simple";
    // A single id is written as a list of one: the same text in every style.
    const text = styled(key, Array.isArray(value) ? value : [value], style, inner.endsWith("*"));
    // A string pattern, as openapi-fetch: the first occurrence left, `$&` and co. interpreted.
    url = url.replace(match, text);
  }
  return url;
}
