import type { Parameter } from "./openapi-document.ts";

/**
 * Groups of query parameters of which at most one may be sent. The spec states each group as a
 * validation-only parameter whose object schema lists the group with `maxProperties: 1` (Prism
 * collects the listed query parameters into it and enforces the count).
 */
export function exclusiveGroups(params: readonly Parameter[]): string[][] {
  return params
    .filter((p) => p["x-missive-validation-only"] === true && p.in === "query")
    .filter((p) => p.schema?.maxProperties === 1 && p.schema.properties)
    .map((p) => Object.keys(p.schema?.properties ?? {}));
}

/** The query with only the first member of each group that it holds. */
export function keepOnePerGroup(
  query: Record<string, string>,
  groups: readonly string[][],
): Record<string, string> {
  const kept = { ...query };
  for (const group of groups) {
    for (const name of group.filter((n) => n in kept).slice(1)) delete kept[name];
  }
  return kept;
}
