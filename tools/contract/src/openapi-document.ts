/** The few OpenAPI 3.1 shapes the harness reads from the bundled spec. */

export interface Example {
  summary?: string;
  value: unknown;
}

export interface Schema {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  maxProperties?: number;
  $ref?: string;
}

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, Example>;
  /** Marks a parameter that only states a rule across other parameters; never sent. */
  "x-missive-validation-only"?: boolean;
  $ref?: string;
}

export interface MediaType {
  schema?: Schema;
  examples?: Record<string, Example>;
  example?: unknown;
}

export interface Response {
  content?: Record<string, MediaType>;
  $ref?: string;
}

export interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, MediaType>; $ref?: string };
  responses: Record<string, Response>;
}

export type PathItem = Partial<Record<"get" | "post" | "patch" | "delete", Operation>> & {
  parameters?: Parameter[];
};

export interface OpenApiDocument {
  paths: Record<string, PathItem>;
  components?: Record<string, Record<string, unknown>>;
}

/** Resolves an internal `#/components/...` reference; other values pass through. */
export function resolve<T extends { $ref?: string }>(doc: OpenApiDocument, node: T): T {
  if (!node.$ref) return node;
  const target = node.$ref
    .slice(2)
    .split("/")
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], doc);
  if (target === undefined) throw new Error(`unresolved $ref ${node.$ref}`);
  return resolve(doc, target as T);
}
