import { bodyItem } from "./compare-body.ts";
import type { Difference } from "./difference.ts";
import { type DocsExample, type DocsOperation, keysOf } from "./docs-model.ts";
import { elementOf, type Json, type Located, objectViews } from "./schema-view.ts";
import type { SpecOperation } from "./spec-operations.ts";

interface Stray {
  path: string;
  key: string;
  /** The object schema that does not declare the key. */
  container: string;
}

/**
 * Keys of an example that the schema does not declare. As in the spec's lint (Redocly with
 * `allowAdditionalProperties: false`), a key counts as allowed only when a schema declares it
 * or declares `additionalProperties`, so open response entities are checked too.
 */
export function strayKeys(
  root: Json,
  value: unknown,
  candidates: Located[],
  path: string,
  out: Stray[] = [],
): Stray[] {
  if (Array.isArray(value)) {
    const items = candidates.flatMap((c) => elementOf(root, c));
    for (const element of value) strayKeys(root, element, items, `${path}[]`, out);
    return out;
  }
  if (typeof value !== "object" || value === null || candidates.length === 0) return out;
  const views = candidates.flatMap((c) => objectViews(root, c));
  for (const [key, inner] of Object.entries(value)) {
    const declared = views.flatMap((v) => v.properties.get(key) ?? []);
    const extra = views.flatMap((v) => (typeof v.open === "object" ? [v.open] : []));
    const where = path === "" ? key : `${path}.${key}`;
    if (declared.length > 0 || extra.length > 0)
      strayKeys(root, inner, [...declared, ...extra], where, out);
    else if (!views.some((v) => v.open === true))
      out.push({ path: where, key, container: views[0]?.pointer ?? "#" });
  }
  return out;
}

export function compareExamples(
  root: Json,
  docs: DocsOperation,
  spec: SpecOperation,
  name: string,
): Difference[] {
  const differences: Difference[] = [];
  const names = new Set(
    docs.parameters.filter((p) => p.location === "body").map((p) => p.path[0]?.name ?? ""),
  );
  const describe = (example: DocsExample) => `${example.direction} example "${example.title}"`;
  for (const example of docs.examples) {
    const base = {
      operation: name,
      operationId: spec.operationId,
      docs: { section: docs.section, line: example.line },
    };
    if (example.scope === "query") {
      const known = new Set(spec.parameters.filter((p) => p.in === "query").map((p) => p.name));
      for (const key of keysOf(example.value).filter((k) => !known.has(k))) {
        differences.push({
          ...base,
          kind: "example-key-not-in-spec",
          subject: `query key \`${key}\``,
          detail: `the docs' ${describe(example)} sends it; the spec has no such query parameter`,
          anchor: spec.located.pointer,
          mustName: `\`${key}\``,
        });
      }
      continue;
    }
    const schema = example.direction === "request" ? spec.requestBody : spec.responseBody;
    const candidates = !schema
      ? []
      : example.scope === "item"
        ? bodyItem(root, schema, names)
        : [schema];
    const stray = schema
      ? strayKeys(root, example.value, candidates, "")
      : keysOf(example.value).map((key) => ({
          path: key,
          key,
          container: spec.located.pointer,
        }));
    for (const { path, key, container } of stray) {
      differences.push({
        ...base,
        kind: "example-key-not-in-spec",
        subject: `${example.direction} key \`${path}\``,
        detail: `the docs' ${describe(example)} has it; the spec's ${example.direction} schema does not declare it`,
        anchor: container,
        mustName: `\`${key}\``,
      });
    }
  }
  return differences;
}
