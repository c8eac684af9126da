import { pageRule } from "./compact-operation.js";
import { clientOperations } from "./generated/client-operations.js";
import type { PaginationRule } from "./paginate.js";

/**
 * How `listAll…` walks a list (its style, cursor and the page size it sends), by the client
 * method that gets one page: `paginationOf("conversations.list")`; `undefined` for a method that
 * is not a paginated list. Read from the compact table the client ships, so a caller (the React
 * hooks) does not bundle the full `operationTable`.
 */
export function paginationOf(method: string): PaginationRule | undefined {
  for (const [namespace, lines] of Object.entries(clientOperations)) {
    for (const [name, line] of Object.entries(lines)) {
      const page = / page=(\S+)/.exec(line)?.[1];
      if (`${namespace}.${name}` === method) return page === undefined ? undefined : pageRule(page);
    }
  }
  return undefined;
}
