/**
 * `npm run sim -- [--port 4020] [--seed 1] [--size small|medium|large|N]`: the simulator as a
 * playground until Ctrl-C. Unlike the Prism mock, it keeps state: close a conversation and it is
 * closed, post to it and the post is there, ask for an analytics report and it becomes ready.
 */
import { parseArgs } from "node:util";
import { startSimulator } from "./server.ts";

/** The token the playground prints: any non-empty bearer token is accepted. */
export const PLAYGROUND_TOKEN = "missive_pat-playground";
const DEFAULT_PORT = 4020;
/** Conversations per preset; contacts and tasks follow in the simulator's default proportions. */
const SIZES: Record<string, number> = { small: 60, medium: 1_000, large: 10_000 };

const USAGE =
  "npm run sim -- [--port 4020] [--seed 1] [--size small|medium|large|N]\n" +
  "  --port 0 picks a free port. N (or the preset) is the number of conversations;\n" +
  "  same seed and size → same data.";

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        port: { type: "string", default: String(DEFAULT_PORT) },
        seed: { type: "string", default: "1" },
        size: { type: "string", default: "small" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    // parseArgs names the offending flag; a stack trace would bury it.
    console.error(`sim: ${(error as Error).message}.\n${USAGE}`);
    process.exit(2);
  }
})();

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const port = integer("--port", values.port, 0, 65_535);
const seed = integer("--seed", values.seed, 0, 2 ** 31 - 1);
const conversations =
  SIZES[values.size] ??
  integer("--size", values.size, 1, 1_000_000, `, or one of ${Object.keys(SIZES).join(", ")}`);

const sim = await startSimulator({
  port,
  seed,
  data: { conversations, contacts: conversations * 2, tasks: conversations },
}).catch((error: NodeJS.ErrnoException) => {
  const cause =
    error.code === "EADDRINUSE"
      ? `port ${port} is in use: pick another with --port`
      : error.message;
  console.error(`sim: could not start the simulator (${cause}).`);
  process.exit(1);
});

console.log(
  [
    `Missive simulator on ${sim.url} (seed ${seed}, ${conversations} conversations). Ctrl-C to stop.`,
    "",
    "In another shell:",
    `  export MISSIVE_BASE_URL=${sim.url}`,
    `  export MISSIVE_API_TOKEN=${PLAYGROUND_TOKEN}   # any token works here`,
    "  missive conversations list --inbox --limit 3 --fields id,latest_message_subject",
  ].join("\n"),
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await sim.stop();
    process.exit(0);
  });
}

function integer(flag: string, text: string, min: number, max: number, or = ""): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`sim: ${flag} takes a whole number from ${min} to ${max}${or}, not "${text}".`);
    process.exit(2);
  }
  return value;
}
