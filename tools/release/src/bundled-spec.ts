import { join } from "node:path";
import { readJson, type WorkspacePackage } from "./repo.ts";

export interface OpenApiDocument {
  info: { version: string };
  paths: Record<string, Record<string, unknown>>;
}

const httpMethods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** The bundled spec in the repo, found the way users find it: the `./openapi.json` export. */
export async function bundledSpec(schema: WorkspacePackage): Promise<OpenApiDocument> {
  const target = (schema.manifest.exports as Record<string, unknown> | undefined)?.[
    "./openapi.json"
  ];
  if (typeof target !== "string") throw new Error(`${schema.name} has no ./openapi.json export`);
  return readJson<OpenApiDocument>(join(schema.dir, target));
}

/** The operationId of every operation (path × HTTP method) of an OpenAPI document. */
export function operationIds(spec: OpenApiDocument): string[] {
  return Object.values(spec.paths).flatMap((item) =>
    Object.entries(item)
      .filter(([method]) => httpMethods.has(method))
      .map(([, operation]) => (operation as { operationId: string }).operationId),
  );
}
