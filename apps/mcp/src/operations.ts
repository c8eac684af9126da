/**
 * The operations the server turns into tools: `@missive-ts/schema`'s operation metadata joined
 * with the client's operation table (resource method names, pagination limits).
 */
import { type OperationEntry, operationTable } from "@missive-ts/client";
import { type OperationMetadata, operationMetadata } from "@missive-ts/schema";

export interface Operation {
  readonly meta: OperationMetadata;
  readonly entry: OperationEntry;
}

export function operations(): Operation[] {
  const entries = new Map<string, OperationEntry>(
    operationTable.map((entry) => [entry.operationId, entry]),
  );
  return (operationMetadata as readonly OperationMetadata[]).map((meta) => {
    const entry = entries.get(meta.operationId);
    if (!entry) throw new Error(`${meta.operationId} is missing from the client's operation table`);
    return { meta, entry };
  });
}

/** `listConversationMessages` → `list_conversation_messages`. */
export const snakeCase = (operationId: string) =>
  operationId.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * A multi-id PATCH whose ids come from the body (`update_contacts`: each object carries its
 * `id`, and the path lists them): the tool takes only the body.
 */
export const idsFromBody = ({ entry }: Operation) =>
  entry.request?.list === true &&
  entry.pathParams.length === 1 &&
  entry.pathParams[0]?.list === true;
