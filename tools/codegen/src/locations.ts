import { fileURLToPath } from "node:url";

/** The repository root, from this file's place in tools/codegen/src. */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

export const defaultSpec = `${repoRoot}spec/openapi.yaml`;
export const defaultOutDir = `${repoRoot}packages/schema/src/generated`;
export const defaultClientOutDir = `${repoRoot}packages/client/src/generated`;
