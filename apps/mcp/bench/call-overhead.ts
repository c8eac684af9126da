/**
 * `pnpm bench`: what a tool call costs on top of the client call it makes. The same requests,
 * sequentially, against the simulator on 127.0.0.1 (its rate limiter off, the client's too, so
 * nothing waits): `client.users.list()` directly, and `list_users` through an MCP client linked
 * in memory to the server (argument check, the call, structuredContent, text rendering, and the
 * SDK client's outputSchema check); likewise a 25-conversation page. Interleaved rounds, so
 * drift hits both alike. Prints medians, p95 and the overhead; asserts nothing.
 */
import { createMissiveClient } from "@missive-ts/client";
import { startSimulator } from "@missive-ts/sim";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { buildTools, createServer, defaultPolicy } from "../src/index.js";

const ROUNDS = 20;
const PER_ROUND = 25;
const WARMUP = 50;

const sim = await startSimulator({ seed: 1, rateLimit: false });
try {
  const missive = createMissiveClient({ token: "bench-token", baseUrl: sim.url, rateLimit: false });
  const server = createServer({
    ...buildTools(defaultPolicy),
    policy: defaultPolicy,
    client: missive,
  });
  const mcp = new Client({ name: "bench", version: "0" });
  const [a, b] = InMemoryTransport.createLinkedPair();
  await server.connect(b);
  await mcp.connect(a);
  await mcp.listTools(); // the SDK client checks results against the listed outputSchemas

  const pairs = [
    {
      what: "list users (8)",
      direct: () => missive.users.list(),
      tool: () => mcp.callTool({ name: "list_users", arguments: {} }),
    },
    {
      what: "list conversations (25)",
      direct: () => missive.conversations.list({ inbox: true, limit: 25 }),
      tool: () =>
        mcp.callTool({ name: "list_conversations", arguments: { inbox: true, limit: 25 } }),
    },
  ];
  console.log(
    `@missive-ts/mcp tool-call overhead — Node ${process.version}, ${ROUNDS}×${PER_ROUND} calls per variant`,
  );
  for (const pair of pairs) {
    const samples = { direct: [] as number[], tool: [] as number[] };
    for (let i = 0; i < WARMUP; i++) {
      await pair.direct();
      await pair.tool();
    }
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? (["direct", "tool"] as const) : (["tool", "direct"] as const);
      for (const variant of order) {
        for (let i = 0; i < PER_ROUND; i++) {
          const started = performance.now();
          await pair[variant]();
          samples[variant].push(performance.now() - started);
        }
      }
    }
    const stat = (xs: number[]) => {
      const sorted = [...xs].sort((x, y) => x - y);
      const at = (q: number) =>
        sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
      return { p50: at(0.5), p95: at(0.95) };
    };
    const direct = stat(samples.direct);
    const tool = stat(samples.tool);
    console.log(
      `${pair.what.padEnd(24)} direct p50 ${direct.p50.toFixed(2)} ms (p95 ${direct.p95.toFixed(2)})` +
        ` | tool p50 ${tool.p50.toFixed(2)} ms (p95 ${tool.p95.toFixed(2)})` +
        ` | overhead +${(tool.p50 - direct.p50).toFixed(2)} ms, ×${(tool.p50 / direct.p50).toFixed(2)}`,
    );
  }
  await mcp.close();
} finally {
  await sim.stop();
}
