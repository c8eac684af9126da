import { portableSchema } from "./portable-schema.js";
import type { Tool } from "./tool.js";

interface Portable {
  input: ReturnType<typeof portableSchema>;
  output: ReturnType<typeof portableSchema> | undefined;
}

/** Each tool's portable schemas, made once (the HTTP server builds a server per request). */
const portable = new WeakMap<Tool, Portable>();

function schemasOf(tool: Tool): Portable {
  let schemas = portable.get(tool);
  if (!schemas) {
    schemas = {
      input: portableSchema(tool.inputSchema),
      output: tool.outputSchema && portableSchema(tool.outputSchema),
    };
    portable.set(tool, schemas);
  }
  return schemas;
}

/**
 * The `tools/list` entries of `tools`: what a client (and a model's context) receives. Input
 * and output schemas in the subset every host's model API accepts (portable-schema.ts).
 */
export const listedTools = (tools: readonly Tool[]) =>
  tools.map((tool) => {
    const { input, output } = schemasOf(tool);
    const { name, description, annotations } = tool;
    return { name, description, inputSchema: input, outputSchema: output, annotations };
  });
