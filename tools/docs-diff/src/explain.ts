import type { Difference, Explained } from "./difference.ts";
import type { LogEntry } from "./reconciliation-log.ts";
import { at, escapePointer, type Json, refChain } from "./schema-view.ts";

/** The ids an object (and whatever its `$ref` leads to) lists in `x-reconciliation`. */
export function annotationsAt(root: Json, pointer: string): string[] {
  const node = at(root, pointer);
  if (typeof node !== "object" || node === null) return [];
  const ids = refChain(root, { node: node as Json, pointer }).flatMap(({ node: n }) => {
    const list = n["x-reconciliation"];
    return Array.isArray(list) ? list.map(String) : [];
  });
  return [...new Set(ids)];
}

/**
 * A difference is explained when the object it is about lists a log entry in
 * `x-reconciliation`. When the spec lacks the thing (a docs field, a key, an unreadable part),
 * the annotation sits on the object that would hold it and counts only if the entry names it,
 * so an annotation on an operation does not also excuse the next parameter the docs add.
 */
export function explain(
  root: Json,
  log: ReadonlyMap<string, LogEntry>,
  difference: Difference,
): Explained {
  const problems: string[] = [];
  const explainedBy: string[] = [];
  for (const id of annotationsAt(root, difference.anchor)) {
    const entry = log.get(id);
    if (!entry)
      problems.push(
        `x-reconciliation at ${difference.anchor} names ${id}, which no spec/RECONCILIATION.md heading defines ({#${id}})`,
      );
    else if (difference.mustName && !entry.text.includes(difference.mustName)) {
      problems.push(
        `${id} is listed at ${difference.anchor} but its entry does not mention ${difference.mustName}`,
      );
    } else explainedBy.push(id);
  }
  return { ...difference, explainedBy, problems };
}

/** Every `x-reconciliation` in the spec, with the ids that have no log entry. */
export function danglingAnnotations(root: Json, log: ReadonlyMap<string, LogEntry>): string[] {
  const found: string[] = [];
  const walk = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) {
      for (const [i, value] of node.entries()) walk(value, `${pointer}/${i}`);
    } else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        const here = `${pointer}/${escapePointer(key)}`;
        if (key !== "x-reconciliation") walk(value, here);
        else if (!Array.isArray(value) || value.some((id) => typeof id !== "string")) {
          found.push(`${here} must be a list of ids, e.g. [recon-update-conversations]`);
        } else {
          for (const id of value)
            if (!log.has(id))
              found.push(
                `${here} names ${id}, which no spec/RECONCILIATION.md heading defines ({#${id}})`,
              );
        }
      }
    }
  };
  walk(root, "#");
  return found;
}
