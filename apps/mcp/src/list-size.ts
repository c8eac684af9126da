/**
 * What `tools/list` costs a model: the JSON the server sends, in bytes and in approximate
 * tokens (bytes ÷ 4), for a policy. Used by the README's table and its test.
 */
import type { Tool } from "./tool.js";

export interface ListSize {
  tools: number;
  bytes: number;
  tokens: number;
}

/** The `tools/list` result as the server sends it (see server.ts). */
export const listedTools = (tools: readonly Tool[]) =>
  tools.map(({ name, description, inputSchema, outputSchema, annotations }) => ({
    name,
    description,
    inputSchema,
    outputSchema,
    annotations,
  }));

export function listSize(tools: readonly Tool[]): ListSize {
  const bytes = Buffer.byteLength(JSON.stringify({ tools: listedTools(tools) }));
  return { tools: tools.length, bytes, tokens: Math.round(bytes / 4) };
}
