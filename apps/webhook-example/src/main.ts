/**
 * Runs the example: MISSIVE_WEBHOOK_SECRET (the rule's secret), MISSIVE_API_TOKEN, PORT
 * (default 8787) and MISSIVE_BASE_URL (default Missive; the simulator or Prism in development).
 */
import { createMissiveClient } from "@missive-ts/client";
import { startExample } from "./server.js";

const secret = process.env.MISSIVE_WEBHOOK_SECRET;
if (!secret) {
  console.error(
    "Set MISSIVE_WEBHOOK_SECRET to the secret of the Missive rule that calls this server.",
  );
  process.exit(2);
}
const missive = createMissiveClient({
  ...(process.env.MISSIVE_BASE_URL ? { baseUrl: process.env.MISSIVE_BASE_URL } : {}),
});
const example = await startExample({ secret, missive, port: Number(process.env.PORT ?? 8787) });
console.log(`Filing incoming emails as tasks: point the rule's webhook at ${example.url}`);
const stop = () => void example.stop().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
