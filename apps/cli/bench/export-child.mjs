// The measured export process: `missive export …` as dist/cli.js runs it, with the client's
// rate-limit windows scaled like the simulator's (EXPORT_WINDOW_MS) and every rate-limit wait
// written to stderr (`debug: Missive rate limit: waiting N ms …`) so the bench can count them;
// the CLI itself shows only the long ones (as `warning:`).
import { run } from "../dist/main.js";

const windowMs = Number(process.env.EXPORT_WINDOW_MS ?? 60_000);
const line = (level) => (message) => process.stderr.write(`${level}: ${message}\n`);
// As dist/cli.js: the signal of Ctrl-C is on every request of the export.
const controller = new AbortController();
process.on("SIGINT", () => controller.abort());
process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  signal: controller.signal,
  clientOptions: {
    rateLimit: { windowMs },
    logger: { warn: line("warning"), debug: line("debug") },
  },
});
