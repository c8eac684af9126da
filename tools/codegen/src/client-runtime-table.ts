import { isDeepStrictEqual } from "node:util";
import {
  decodeOperation,
  defaultEnvelope,
  namespacePath,
  operationOf,
  pathParamNames,
} from "../../../packages/client/src/compact-operation.js";
import type { ClientOperation } from "./client-operations.ts";

/** A word's value may hold neither a space (it separates words) nor `=` or `/` (they split one). */
function value(text: string, what: string, op: ClientOperation): string {
  if (/[\s=/]/.test(text)) {
    throw new Error(`${op.operationId}: ${what} "${text}" holds a space, "=" or "/"`);
  }
  return text;
}

/** One line of the compact table (format: `CompactTable` in packages/client/src/compact-operation.ts). */
export function compactLine(op: ClientOperation): string {
  const base = namespacePath(op.namespace);
  const under = op.path === base || op.path.startsWith(`${base}/`);
  const envelope = defaultEnvelope(op.path);
  const withEnvelope = (key: string, name: string | null) =>
    name === envelope ? key : `${key}=${value(name ?? "", "envelope", op)}`;
  const words = [
    value(op.method, "method", op),
    under ? op.path.slice(base.length) : `^${op.path}`,
  ];
  if (op.query) words.push("query");
  if (op.request) words.push(withEnvelope("body", op.request.envelope));
  if (op.response) words.push(withEnvelope("res", op.response.envelope));
  if (op.idsFromBody !== null) words.push("ids");
  if (op.response?.list) words.push("list");
  const page = op.pagination;
  if (page) {
    const cursor = page.style === "until" ? `/${value(page.cursor, "cursor", op)}` : "";
    words.push(`page=${page.style}/${page.limit ?? ""}${cursor}`);
  }
  if (op.plans) words.push(`plans=${op.plans.map((plan) => value(plan, "plan", op)).join("/")}`);
  const line = words.join(" ");
  // The line must read back as the full entry: what the client runs on is what the spec says.
  if (!isDeepStrictEqual(decodeOperation(op.namespace, op.name, line), operationOf(op))) {
    throw new Error(
      `${op.operationId}: the compact line "${line}" does not read back as the operation`,
    );
  }
  return line;
}

/**
 * The source of `packages/client/src/generated/client-operations.ts`, after the generated
 * header: the compact table `createMissiveClient` runs on (format and what it drops:
 * `CompactTable` in packages/client/src/compact-operation.ts).
 */
export function clientRuntimeTableSource(operations: readonly ClientOperation[]): string {
  const namespaces = new Map<string, string[]>();
  for (const op of operations) {
    // The compact form names path parameters by the path alone: their order must be the path's.
    const names = op.pathParams.map((p) => p.name).join();
    if (names !== pathParamNames(op.path).join()) {
      throw new Error(
        `${op.operationId}: path parameters (${names}) are not those of ${op.path} in path order; declare them in path order`,
      );
    }
    const lines = namespaces.get(op.namespace) ?? [];
    lines.push(`    ${op.name}: ${JSON.stringify(compactLine(op))},`);
    namespaces.set(op.namespace, lines);
  }
  const body = [...namespaces].map(
    ([namespace, lines]) => `  ${namespace}: {\n${lines.join("\n")}\n  },`,
  );
  return `import type { CompactTable } from "../compact-operation.js";

/** Every operation, by namespace and method, in the compact form the resource methods run on. */
export const clientOperations: CompactTable = {
${body.join("\n")}
};
`;
}
