/**
 * `@missive-ts/client/operations`: the operation table and catalogue without the client, so a
 * CLI's `--help` or an MCP server's tool list loads neither openapi-fetch nor the transport
 * (one module besides the generated table: every module counts in a cold start).
 */
import {
  type OperationId,
  type OperationMetadata,
  operationMetadata,
  type ParameterMetadata,
} from "@missive-ts/schema";
import { type OperationEntry, operationTable } from "./generated/operations.js";

export { type OperationEntry, operationTable };

/**
 * One operation of the Missive API as every front end sees it: the spec's view (summary,
 * parameters with their descriptions, bodies) joined to the client's (namespace, method name,
 * pagination, ids taken from a PATCH body). The CLI's commands and the MCP server's tools are
 * generated from this list, so both call the client the same way.
 */
export interface CatalogueOperation {
  readonly operationId: OperationId;
  /** From `@missive-ts/schema`: tag, summary, every parameter with its description, bodies. */
  readonly operation: OperationMetadata;
  /** From the client's generated table: `namespace`, `name`, `listAllName`, `idsFromBody`. */
  readonly entry: OperationEntry;
  /** Path parameters, in path order. */
  readonly pathParams: readonly ParameterMetadata[];
  readonly queryParams: readonly ParameterMetadata[];
}

function join(): readonly CatalogueOperation[] {
  const byId = new Map<string, OperationEntry>(operationTable.map((e) => [e.operationId, e]));
  return operationMetadata.map((operation) => {
    const entry = byId.get(operation.operationId);
    // Both tables are generated from one spec by one `pnpm generate`: a gap is a stale build.
    if (!entry) throw new Error(`No client method for ${operation.operationId}: run pnpm generate`);
    return {
      operationId: operation.operationId,
      operation,
      entry,
      pathParams: operation.params.filter((p) => p.in === "path"),
      queryParams: operation.params.filter((p) => p.in === "query"),
    };
  });
}

let cache: readonly CatalogueOperation[] | undefined;

/** Every operation of the spec, in the spec's order (joined once, on first use). */
export function operationCatalogue(): readonly CatalogueOperation[] {
  cache ??= join();
  return cache;
}
