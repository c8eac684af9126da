import type { Tool } from "./tool.js";

/** The `tools/list` entries of `tools`: what a client (and a model's context) receives. */
export const listedTools = (tools: readonly Tool[]) =>
  tools.map(({ name, description, inputSchema, outputSchema, annotations }) => ({
    name,
    description,
    inputSchema,
    outputSchema,
    annotations,
  }));
