import { readFile } from "node:fs/promises";
import { bundleSpec } from "@missive-ts/codegen/bundle";
import type { Json } from "./schema-view.ts";

/**
 * The spec as one document: a bundled `.json` as it is, or an `openapi.yaml` (and the files it
 * `$ref`s) bundled with the same Redocly version and config as `pnpm generate`.
 */
export async function loadSpec(path: string): Promise<Json> {
  if (path.endsWith(".json")) return JSON.parse(await readFile(path, "utf8")) as Json;
  return (await bundleSpec(path)) as Json;
}
