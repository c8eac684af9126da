import type { Difference, Explained } from "./difference.ts";
import type { LogEntry } from "./reconciliation-log.ts";
import { at, escapePointer, type Json, refChain } from "./schema-view.ts";

export interface Annotation {
  /** The object that carries `x-reconciliation`. */
  pointer: string;
  id: string;
}

/** The ids an object (and whatever its `$ref` leads to) lists in `x-reconciliation`. */
export function annotationsAt(root: Json, pointer: string): Annotation[] {
  const node = at(root, pointer);
  if (typeof node !== "object" || node === null) return [];
  return refChain(root, { node: node as Json, pointer }).flatMap(({ node: n, pointer: p }) => {
    const list = n["x-reconciliation"];
    return Array.isArray(list) ? list.map((id) => ({ pointer: p, id: String(id) })) : [];
  });
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
  const annotatedAt: string[] = [];
  for (const { id, pointer } of annotationsAt(root, difference.anchor)) {
    const entry = log.get(id);
    if (!entry)
      problems.push(
        `x-reconciliation at ${difference.anchor} names ${id}, which no spec/RECONCILIATION.md heading defines ({#${id}})`,
      );
    else if (difference.mustName && !entry.text.includes(difference.mustName)) {
      problems.push(
        `${id} is listed at ${difference.anchor} but its entry does not mention ${difference.mustName}`,
      );
    } else if (!explainedBy.includes(id)) {
      explainedBy.push(id);
      annotatedAt.push(`${pointer}/x-reconciliation`);
    }
  }
  return { ...difference, explainedBy, annotatedAt, problems };
}

/** Every `x-reconciliation` of the spec: its JSON pointer and its value. */
export function allAnnotations(root: Json): { at: string; value: unknown }[] {
  const found: { at: string; value: unknown }[] = [];
  const walk = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) {
      for (const [i, value] of node.entries()) walk(value, `${pointer}/${i}`);
    } else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        const here = `${pointer}/${escapePointer(key)}`;
        if (key === "x-reconciliation") found.push({ at: here, value });
        else walk(value, here);
      }
    }
  };
  walk(root, "#");
  return found;
}

/** Annotations that are not a list of ids, or name an id no log heading defines. */
export function danglingAnnotations(root: Json, log: ReadonlyMap<string, LogEntry>): string[] {
  return allAnnotations(root).flatMap(({ at: here, value }) => {
    if (!Array.isArray(value) || value.some((id) => typeof id !== "string")) {
      return [`${here} must be a list of ids, e.g. [recon-update-conversations]`];
    }
    return value
      .filter((id) => !log.has(id))
      .map(
        (id) => `${here} names ${id}, which no spec/RECONCILIATION.md heading defines ({#${id}})`,
      );
  });
}
