// The measured export process: `missive export …` as dist/cli.js runs it, with the client's
// rate-limit windows scaled like the simulator's (EXPORT_WINDOW_MS) and every rate-limit wait
// written to stderr (`debug: Missive rate limit: waiting N ms …`) so the bench can count them;
// the CLI itself shows only the long ones (as `warning:`).
import { run } from "../dist/main.js";

const windowMs = Number(process.env.EXPORT_WINDOW_MS ?? 60_000);
const line = (level) => (message) => process.stderr.write(`${level}: ${message}\n`);
// The process's streams and environment, as dist/cli.js passes them, and its Ctrl-C signal.
const { stdout, stderr, stdin, env } = process;
const controller = new AbortController();
process.on("SIGINT", () => controller.abort());
const logger = { warn: line("warning"), debug: line("debug") };
const io = { stdout, stderr, stdin, env, signal: controller.signal };
process.exitCode = await run(process.argv.slice(2), {
  ...io,
  clientOptions: { rateLimit: { windowMs }, logger },
});
