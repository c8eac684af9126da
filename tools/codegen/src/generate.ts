import { bundleSpec } from "./bundle.ts";
import { clientOperationsSource, deriveClientOperations } from "./client-operations.ts";
import { clientRuntimeTableSource } from "./client-runtime-table.ts";
import { deriveOperationMetadata } from "./metadata.ts";
import { generateTypes } from "./types.ts";

export const header = (source: string) =>
  `// Generated from ${source} by tools/codegen — do not edit. Run \`pnpm generate\`.\n\n`;

/** Generated files of one output folder, by name, with their contents. */
export type GeneratedFiles = Record<string, string>;

/** Every generated file, per output folder. */
export interface GeneratedOutputs {
  /** packages/schema/src/generated: types, operation metadata, bundled spec. */
  schema: GeneratedFiles;
  /** packages/client/src/generated: the operation table, and its compact form the client runs on. */
  client: GeneratedFiles;
}

/**
 * Produces the generated files from the spec. Pure with respect to the output folder: it
 * writes nothing, so `--check` can compare against what is committed.
 */
export async function generate(
  specPath: string,
  specLabel = "spec/openapi.yaml",
): Promise<GeneratedOutputs> {
  const bundled = await bundleSpec(specPath);
  const metadata = deriveOperationMetadata(bundled);
  const types = await generateTypes(bundled);
  const withMarker = {
    "x-generated": `from ${specLabel} by tools/codegen — do not edit`,
    ...bundled,
  };
  const schema: GeneratedFiles = {
    "openapi.json": `${JSON.stringify(withMarker, null, 2)}\n`,
    "openapi.ts": header(specLabel) + types,
    "operation-metadata.ts": `${header(specLabel)}import type { OperationMetadata } from "../operation-metadata.js";

/** One entry per operation of the spec, in path order. */
export const operationMetadata = ${JSON.stringify(metadata, null, 2)} as const satisfies readonly OperationMetadata[];

/** The operationId of every operation in the spec. */
export type OperationId = (typeof operationMetadata)[number]["operationId"];
`,
  };
  const clientOperations = deriveClientOperations(metadata);
  const client: GeneratedFiles = {
    "operations.ts": header(specLabel) + clientOperationsSource(clientOperations),
    "client-operations.ts": header(specLabel) + clientRuntimeTableSource(clientOperations),
  };
  return { schema, client };
}
