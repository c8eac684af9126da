import { portableSchema } from "./portable-schema.js";
import type { Tool } from "./tool.js";

/** Each tool's portable input schema, made once (the HTTP server builds a server per request). */
const portable = new WeakMap<Tool, ReturnType<typeof portableSchema>>();

function inputSchemaOf(tool: Tool) {
  let schema = portable.get(tool);
  if (!schema) {
    schema = portableSchema(tool.inputSchema);
    portable.set(tool, schema);
  }
  return schema;
}

/**
 * The `tools/list` entries of `tools`: what a client (and a model's context) receives. Input
 * schemas in the subset every host's model API accepts (portable-schema.ts).
 */
export const listedTools = (tools: readonly Tool[]) =>
  tools.map((tool) => ({
    name: tool.name,
    description: tool.description,
    inputSchema: inputSchemaOf(tool),
    outputSchema: tool.outputSchema,
    annotations: tool.annotations,
  }));
