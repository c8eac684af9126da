/** Test helpers: the server in memory against the simulator, and a client to drive it. */
import { createMissiveClient } from "@missive-ts/client";
import { type RunningSimulator, type SimulatorOptions, startSimulator } from "@missive-ts/sim";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { CallToolResult } from "@modelcontextprotocol/server";
import { buildTools, createServer, defaultPolicy, type Policy } from "../src/index.js";

export const TOKEN = "missive_pat-test-0123456789abcdef";

export interface Connected {
  client: Client;
  close(): Promise<void>;
}

/** An MCP client linked in memory to a server for `sim` under `policy`. */
export async function connect(
  sim: RunningSimulator,
  policy: Partial<Policy> = {},
  capabilities: ConstructorParameters<typeof Client>[1] = {},
): Promise<Connected> {
  const full = { ...defaultPolicy, ...policy };
  const missive = createMissiveClient({ token: TOKEN, baseUrl: sim.url, maxRetries: 0 });
  const server = createServer({ ...buildTools(full), policy: full, client: missive });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: "test", version: "0.0.0" }, capabilities);
  await server.connect(serverSide);
  await client.connect(clientSide);
  return {
    client,
    async close() {
      await client.close();
      await server.close();
    },
  };
}

export async function withSim<T>(
  run: (sim: RunningSimulator) => Promise<T>,
  options: SimulatorOptions = {},
): Promise<T> {
  const sim = await startSimulator({ seed: 7, ...options });
  try {
    return await run(sim);
  } finally {
    await sim.stop();
  }
}

/** Calls a tool and returns its result (the SDK checks structuredContent against outputSchema). */
export async function call(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

export const textOf = (result: CallToolResult) =>
  result.content.map((part) => (part.type === "text" ? part.text : "")).join("\n");

/** The structured result, failing the test with its text when it is an error. */
export function structured(result: CallToolResult): Record<string, unknown> {
  if (result.isError) throw new Error(`tool failed: ${textOf(result)}`);
  return result.structuredContent as Record<string, unknown>;
}

/** A file host on 127.0.0.1 standing in for Missive's signed attachment URLs; records each request's headers. */
export async function startFileHost() {
  const { createServer } = await import("node:http");
  const seen: Record<string, unknown>[] = [];
  const server = createServer((req, res) => {
    seen.push({ ...req.headers });
    const body = Buffer.from(`file at ${req.url}`);
    res.writeHead(200, { "content-type": "text/plain", "content-length": body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as import("node:net").AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Gives the first message of the simulator's first conversation one attachment on `host`. */
export function attachFile(sim: RunningSimulator, hostUrl: string, filename = "notes.txt") {
  const message = sim.state.nested.list(sim.state.conversations[0] ?? {}, "messages")[0] ?? {};
  message.attachments = [
    {
      id: "att-1",
      filename,
      media_type: "text",
      sub_type: "plain",
      size: 20,
      url: `${hostUrl}/signed/${filename}`,
    },
  ];
  return String(message.id);
}
