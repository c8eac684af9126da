/**
 * @missive-ts/mcp: the Missive REST API as MCP tools. The `missive-mcp` bin runs it over stdio
 * or Streamable HTTP; `createMissiveMcpServer` embeds it in another program.
 */
export { buildTools, type Catalogue } from "./build-tools.js";
export { type CodeLimits, defaultCodeLimits } from "./code-mode/index.js";
export {
  defaultPolicy,
  type Policy,
  parseToolsets,
  type ToolKind,
  type Toolset,
  toolsets,
} from "./policy.js";
export { createServer, type ServerParts } from "./server.js";
export type { Tool, ToolContext } from "./tool.js";
export { defaultToolMode, type ToolMode, toolModes } from "./tool-mode.js";
