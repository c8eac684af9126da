/**
 * Runs the simulator in its own process for the walk benchmark, so its CPU and memory are not
 * counted as the client's. Sends `{ url }` once listening; stops on any message or disconnect.
 */
import { startSimulator } from "@missive-ts/sim";

const conversations = Number(process.env.BENCH_CONVERSATIONS ?? 10_000);
const sim = await startSimulator({ seed: 1, data: { conversations }, rateLimit: false });
const stop = async () => {
  await sim.stop();
  process.exit(0);
};
process.on("message", stop);
process.on("disconnect", stop);
process.send?.({ url: sim.url });
