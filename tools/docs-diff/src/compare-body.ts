import type { Difference } from "./difference.ts";
import {
  type DocsOperation,
  type DocsParameter,
  type FieldStep,
  formatFieldPath,
} from "./docs-model.ts";
import { differentValues } from "./enum-difference.ts";
import {
  elementOf,
  enumOf,
  type Json,
  type Located,
  type ObjectView,
  objectViews,
  resolve,
  unionView,
} from "./schema-view.ts";
import type { SpecOperation } from "./spec-operations.ts";

/** The object views a docs path leads to (`infos[kind=email]` → the email info), if it exists. */
function viewsInside(
  root: Json,
  item: Located[],
  path: readonly FieldStep[],
): ObjectView[] | undefined {
  let views = item.flatMap((c) => objectViews(root, c));
  for (const step of path) {
    const property = views.flatMap((v) => v.properties.get(step.name) ?? []);
    if (property.length === 0) return undefined;
    views = property.flatMap((p) => elementOf(root, p)).flatMap((c) => objectViews(root, c));
    const where = step.where;
    if (where) {
      views = views.filter((v) =>
        (v.properties.get(where.key) ?? []).some((p) => enumOf(root, p)?.includes(where.value)),
      );
    }
  }
  return views;
}

/** `item` with one-property envelopes unwrapped: see {@link bodyItem}. */
export function bodyItem(root: Json, body: Located, docsNames: ReadonlySet<string>): Located[] {
  const view = unionView(objectViews(root, body));
  const [only] = [...view.properties.keys()];
  if (view.properties.size !== 1 || only === undefined || docsNames.has(only)) return [body];
  return (view.properties.get(only) ?? []).flatMap((p) => elementOf(root, p));
}

const isReadOnly = (root: Json, refs: Located[]) =>
  refs.every((p) => resolve(root, p).node.readOnly === true);

export function compareBody(
  root: Json,
  docs: DocsOperation,
  spec: SpecOperation,
  name: string,
): Difference[] {
  const fields = docs.parameters.filter((p) => p.location === "body");
  if (fields.length === 0 || !spec.requestBody) return [];
  const item = bodyItem(root, spec.requestBody, new Set(fields.map((f) => f.path[0]?.name ?? "")));
  const differences: Difference[] = [];
  const missing: string[] = [];
  const base = (field: DocsParameter) => ({
    operation: name,
    operationId: spec.operationId,
    subject: `body field \`${formatFieldPath(field.path)}\``,
    docs: { section: docs.section, line: field.line },
  });

  for (const field of [...fields].sort((a, b) => a.path.length - b.path.length)) {
    const label = formatFieldPath(field.path);
    if (missing.some((m) => label.startsWith(`${m}.`))) continue;
    const views = viewsInside(root, item, field.path.slice(0, -1)) ?? [];
    const property = views.flatMap((v) => v.properties.get(field.path.at(-1)?.name ?? "") ?? []);
    if (property.length === 0) {
      missing.push(label);
      const last = field.path.at(-1)?.name ?? "";
      differences.push({
        ...base(field),
        kind: "parameter-not-in-spec",
        detail: `the docs list it${field.required ? " (required)" : ""}; the spec's request body has no such field`,
        anchor: views[0]?.pointer ?? spec.located.pointer,
        mustName: `\`${last}\``,
      });
      continue;
    }
    const anchor = property[0]?.pointer ?? spec.located.pointer;
    const specRequired = unionView(views).required.has(field.path.at(-1)?.name ?? "");
    if (!field.requiredUnstated && specRequired !== field.required) {
      differences.push({
        ...base(field),
        kind: "required-differs",
        detail: `required in the ${field.required ? "docs" : "spec"}, optional in the ${field.required ? "spec" : "docs"}`,
        anchor,
      });
    }
    if (field.enum) {
      const specEnum = property.map((p) => enumOf(root, p)).find((e) => e !== undefined);
      const detail = differentValues(field.enum, specEnum);
      if (detail) differences.push({ ...base(field), kind: "enum-differs", detail, anchor });
    }
  }

  // Spec fields the docs do not list, at every level the docs describe with a table.
  const containers = new Map<string, FieldStep[]>();
  for (const field of fields)
    containers.set(formatFieldPath(field.path.slice(0, -1)), field.path.slice(0, -1));
  for (const [label, path] of containers) {
    if (missing.some((m) => label === m || label.startsWith(`${m}.`))) continue;
    const views = viewsInside(root, item, path) ?? [];
    const known = new Set(
      fields
        .filter((f) => formatFieldPath(f.path.slice(0, -1)) === label)
        .map((f) => f.path.at(-1)?.name),
    );
    for (const [property, refs] of unionView(views).properties) {
      if (known.has(property) || isReadOnly(root, refs)) continue;
      const where = label === "" ? property : `${label}.${property}`;
      differences.push({
        operation: name,
        operationId: spec.operationId,
        kind: "parameter-not-in-docs",
        subject: `body field \`${where}\``,
        detail: "the spec accepts it; the docs' table does not list it",
        anchor: refs[0]?.pointer ?? spec.located.pointer,
      });
    }
  }
  return differences;
}
