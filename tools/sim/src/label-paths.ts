/**
 * A shared label's `name_with_parent_names` ("Invoices/Heroku" in Missive's docs) follows its
 * name and its parent's path. Created and renamed labels recompute it, children included, so
 * the CLI's `--label "Billing/Invoices"` meets what Missive would list.
 */
import type { Entity } from "./http.ts";

/** Sets `parent` from the input (the list example has no such key) and every label's path. */
export function settleLabelPaths(labels: Entity[], inputs: readonly unknown[] = []): void {
  const byId = new Map(labels.map((label) => [label.id, label]));
  for (const input of inputs) {
    const { id, parent } = (input ?? {}) as Entity;
    const label = byId.get(id);
    if (label && typeof parent === "string" && byId.has(parent)) label.parent = parent;
  }
  const pathOf = (label: Entity, seen = new Set<unknown>()): string => {
    const parent = typeof label.parent === "string" ? byId.get(label.parent) : undefined;
    if (!parent || seen.has(label.id)) return String(label.name);
    seen.add(label.id);
    return `${pathOf(parent, seen)}/${String(label.name)}`;
  };
  for (const label of labels) label.name_with_parent_names = pathOf(label);
}
