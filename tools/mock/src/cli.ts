/** `pnpm mock [--port N]`: serves the Missive spec with Prism until Ctrl-C. */
import { parseArgs } from "node:util";
import { startMock } from "./start-mock.ts";

const { values } = parseArgs({ options: { port: { type: "string" } } });
const mock = await startMock(values.port ? { port: Number(values.port) } : {});
console.log(`Missive mock (Prism) listening on ${mock.url} — Ctrl-C to stop.`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await mock.stop();
    process.exit(0);
  });
}
