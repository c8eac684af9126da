import {
  compactOperation,
  pathParamNames,
} from "../../../packages/client/src/compact-operation.js";
import type { ClientOperation } from "./client-operations.ts";

/**
 * The source of `packages/client/src/generated/client-operations.ts`, after the generated
 * header: the compact table `createMissiveClient` runs on (format and what it drops:
 * `CompactOperation` in packages/client/src/compact-operation.ts).
 */
export function clientRuntimeTableSource(operations: readonly ClientOperation[]): string {
  const rows = operations.map((op) => {
    // The compact form names path parameters by the path alone: their order must be the path's.
    const names = op.pathParams.map((p) => p.name).join();
    if (names !== pathParamNames(op.path).join()) {
      throw new Error(
        `${op.operationId}: path parameters (${names}) are not those of ${op.path} in path order; declare them in path order`,
      );
    }
    return `  ${JSON.stringify(compactOperation(op))},`;
  });
  return `import type { CompactOperation } from "../compact-operation.js";

/** Every operation in the compact form the resource methods run on (full table: operations.ts). */
export const clientOperations: readonly CompactOperation[] = [
${rows.join("\n")}
];
`;
}
