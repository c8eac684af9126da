/**
 * An MCP client in memory against a server in one mode, counting what a model would pay: the
 * tokens of `tools/list` (bytes ÷ 4) and of every tool result, and the number of tool calls.
 */
import { createMissiveClient } from "@missive-ts/client";
import type { RunningSimulator } from "@missive-ts/sim";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { parseOptions } from "../../src/args.js";
import { buildTools, createServer, defaultPolicy, type ToolMode } from "../../src/index.js";

type Entity = Record<string, unknown>;

export interface Session {
  /** Calls a tool; returns its result, and fails loudly when it is an error. */
  call(name: string, args?: Entity): Promise<{ text: string; structured: Entity }>;
  definitionTokens: number;
  resultBytes: number;
  calls: number;
  close(): Promise<void>;
}

export async function openSession(sim: RunningSimulator, mode: ToolMode): Promise<Session> {
  // The policy the bin would run with in this mode and no other flag.
  const policy = { ...defaultPolicy, ...parseOptions(["--tools", mode]).policy };
  const missive = createMissiveClient({ token: "missive_pat-bench-0123456789", baseUrl: sim.url });
  const server = createServer({ ...buildTools(policy, mode), policy, client: missive });
  const [a, b] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: "bench-agent", version: "0" });
  await server.connect(b);
  await client.connect(a);
  const listed = await client.listTools();
  const session: Session = {
    definitionTokens: Math.round(Buffer.byteLength(JSON.stringify(listed)) / 4),
    resultBytes: 0,
    calls: 0,
    async call(name, args = {}) {
      const result = await client.callTool({ name, arguments: args });
      session.calls++;
      session.resultBytes += Buffer.byteLength(JSON.stringify(result));
      const text = (result.content as { type: string; text?: string }[])
        .map((part) => part.text ?? "")
        .join("\n");
      if (result.isError) throw new Error(`${name} failed: ${text}`);
      return { text, structured: (result.structuredContent ?? {}) as Entity };
    },
    async close() {
      await client.close();
      await server.close();
    },
  };
  return session;
}
