/**
 * The operations the server turns into tools: the shared catalogue of `@missive-ts/client`
 * (the spec's operation metadata joined to the client's operation table), as the CLI uses it.
 */
import type { OperationEntry } from "@missive-ts/client";
import { operationCatalogue } from "@missive-ts/client/operations";
import type { OperationMetadata } from "@missive-ts/schema";

export interface Operation {
  readonly meta: OperationMetadata;
  readonly entry: OperationEntry;
}

export const operations = (): Operation[] =>
  operationCatalogue().map(({ operation, entry }) => ({ meta: operation, entry }));

/** `listConversationMessages` → `list_conversation_messages`. */
export const snakeCase = (operationId: string) =>
  operationId.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * A multi-id PATCH whose ids come from the body (`update_contacts`: each object carries its
 * `id`, and the path lists them): the tool takes only the body.
 */
export const idsFromBody = ({ entry }: Operation) => entry.idsFromBody !== null;
