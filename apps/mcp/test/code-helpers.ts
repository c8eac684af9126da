/** Code mode in memory against the simulator: an MCP client, `execute` and `search_api`. */
import { createMissiveClient } from "@missive-ts/client";
import type { RunningSimulator, SimulatorOptions } from "@missive-ts/sim";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import {
  buildTools,
  type CodeLimits,
  createServer,
  defaultCodeLimits,
  defaultPolicy,
  type Policy,
  type ToolMode,
} from "../src/index.js";
import { TOKEN, textOf, withSim } from "./helpers.js";

export async function connectMode(
  sim: RunningSimulator,
  mode: ToolMode,
  policy: Partial<Policy> = {},
  limits: Partial<CodeLimits> = {},
) {
  const full = { ...defaultPolicy, ...policy };
  const missive = createMissiveClient({ token: TOKEN, baseUrl: sim.url, maxRetries: 0 });
  const catalogue = buildTools(full, mode, { ...defaultCodeLimits, ...limits });
  const server = createServer({ ...catalogue, policy: full, client: missive });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: "test", version: "0.0.0" });
  await server.connect(serverSide);
  await client.connect(clientSide);
  return {
    client,
    async execute(code: string): Promise<CallToolResult> {
      return (await client.callTool({ name: "execute", arguments: { code } })) as CallToolResult;
    },
    async close() {
      await client.close();
      await server.close();
    },
  };
}

/** The parsed answer of a successful `execute`. */
export function executed(result: CallToolResult): {
  result: unknown;
  logs?: string;
  api_calls: number;
} {
  if (result.isError) throw new Error(`execute failed: ${textOf(result)}`);
  return JSON.parse(textOf(result));
}

type Session = Awaited<ReturnType<typeof connectMode>> & { sim: RunningSimulator };

/** A simulator and a server in `mode` for one test, both stopped afterwards. */
export function inMode(
  mode: ToolMode,
  run: (session: Session) => Promise<void>,
  options: { policy?: Partial<Policy>; limits?: Partial<CodeLimits>; sim?: SimulatorOptions } = {},
): Promise<void> {
  return withSim(async (sim) => {
    const session = await connectMode(sim, mode, options.policy, options.limits);
    try {
      await run({ ...session, sim });
    } finally {
      await session.close();
    }
  }, options.sim);
}

/**
 * The timeout of a test that starts several workers: on a loaded 2-core CI machine each one
 * took seconds to boot, and 30 s was once not enough for five.
 */
export const loadedMachineMs = 120_000;
