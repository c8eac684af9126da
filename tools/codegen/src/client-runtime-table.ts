import { compactTable, pathParamNames } from "../../../packages/client/src/compact-operation.js";
import type { ClientOperation } from "./client-operations.ts";

/**
 * The source of `packages/client/src/generated/client-operations.ts`, after the generated
 * header: the compact table `createMissiveClient` runs on (format and what it drops:
 * `CompactTable` in packages/client/src/compact-operation.ts, which also writes the lines).
 */
export function clientRuntimeTableSource(operations: readonly ClientOperation[]): string {
  for (const op of operations) {
    // The compact form names path parameters by the path alone: their order must be the path's.
    const names = op.pathParams.map((p) => p.name).join();
    if (names !== pathParamNames(op.path).join()) {
      throw new Error(
        `${op.operationId}: path parameters (${names}) are not those of ${op.path} in path order; declare them in path order`,
      );
    }
    if (!/^[A-Za-z_$][\w$]*$/.test(op.namespace) || !/^[A-Za-z_$][\w$]*$/.test(op.name)) {
      throw new Error(`${op.operationId}: ${op.namespace}.${op.name} is not a plain identifier`);
    }
    // A line's words are split at spaces, then at `=` and `/`: no value may hold one.
    const values = [
      op.method,
      op.request?.envelope,
      op.response?.envelope,
      op.pagination?.style === "until" ? op.pagination.cursor : "",
      ...(op.plans ?? []),
    ];
    const bad = values.find((value) => value && /[\s=/]/.test(value));
    if (bad !== undefined) {
      throw new Error(
        `${op.operationId}: "${bad}" holds a space, "=" or "/", which a compact line cannot hold`,
      );
    }
  }
  const namespaces = Object.entries(compactTable(operations)).map(([namespace, lines]) => {
    const rows = Object.entries(lines).map(
      ([name, line]) => `    ${name}: ${JSON.stringify(line)},`,
    );
    return `  ${namespace}: {\n${rows.join("\n")}\n  },`;
  });
  return `import type { CompactTable } from "../compact-operation.js";

/** Every operation, by namespace and method, in the compact form the resource methods run on. */
export const clientOperations: CompactTable = {
${namespaces.join("\n")}
};
`;
}
