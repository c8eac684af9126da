/**
 * A tool's description: the first sentences of the spec's description (what the operation
 * does; the summary when there is none), with the side effects a model must know spelled out from the schema
 * and the server's flags. Sentences about `until`/`offset` give way to the cursor.
 */
import { oneLine } from "./json-schema.js";
import type { OperationInput } from "./operation-input.js";
import type { Operation } from "./operations.js";
import type { ToolKind } from "./policy.js";
import { specOperation } from "./spec-access.js";

const maxSentences = 2;

function sentences(text: string, sendingOff: boolean): string[] {
  return oneLine(text)
    .split(/(?<=[.!?])\s+(?=[A-Z`])/)
    .filter((sentence) => !/paginat|`until`|`offset`/i.test(sentence))
    .filter((sentence) => !(sendingOff && /`send(_at)?\b|sending/.test(sentence)));
}

function sideEffects(
  operation: Operation,
  input: OperationInput,
  kind: ToolKind,
  allowSend: boolean,
): string[] {
  const notes: string[] = [];
  const fields = input.schema.properties as Record<string, unknown>;
  if (operation.meta.method === "post" && "notification" in fields) {
    notes.push("Visible to the team, who get its notification.");
  }
  if (operation.meta.method === "post" && "reopen" in fields) {
    notes.push("Reopens a closed conversation unless reopen: false.");
  }
  if (input.sendFields.length > 0) {
    notes.push(
      allowSend
        ? "What it sends reaches people outside the team."
        : "Only saves a draft: sending is off on this server (--allow-send).",
    );
  }
  if (kind === "send") notes.push("Delivers a message to people outside.");
  if (kind === "destructive") notes.push("Cannot be undone.");
  return notes;
}

export function operationDescription(
  operation: Operation,
  input: OperationInput,
  kind: ToolKind,
  allowSend: boolean,
): string {
  const spec = specOperation(operation.meta.method, operation.meta.path);
  const first = String(spec.description ?? "").split(/\n\s*\n/)[0] ?? "";
  const sendingOff = input.sendFields.length > 0 && !allowSend;
  const what = sentences(first, sendingOff).slice(0, maxSentences);
  // The first sentence says what the summary says, and more ("Lists the users of…").
  return [
    ...(what.length > 0 ? what : [`${operation.meta.summary}.`]),
    ...sideEffects(operation, input, kind, allowSend),
  ].join(" ");
}
