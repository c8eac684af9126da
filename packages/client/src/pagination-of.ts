import { clientOperations } from "./generated/client-operations.js";
import type { PaginationRule } from "./paginate.js";

/**
 * How `listAll…` walks the list of `operationId` (its style, cursor and the page size it sends),
 * or `undefined` for an operation that is not a paginated list. Read from the compact table the
 * client ships, so a caller (the React hooks) does not bundle the full `operationTable`.
 */
export function paginationOf(operationId: string): PaginationRule | undefined {
  return clientOperations.find((op) => op.id === operationId)?.page;
}
