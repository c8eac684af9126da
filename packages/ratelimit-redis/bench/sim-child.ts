/**
 * The simulator in its own process (its CPU is not the workers'), with Missive's limits at the
 * real ratios on a scaled clock. Options come as JSON in BENCH_SIM; answers `"stats"` messages
 * with its live counters and stops on `"stop"` or disconnect.
 */
import { type SimulatorOptions, startSimulator } from "@missive-ts/sim";

const options = JSON.parse(process.env.BENCH_SIM ?? "{}") as SimulatorOptions;
const sim = await startSimulator(options);
const stop = async () => {
  await sim.stop();
  process.exit(0);
};
process.on("message", (message) => {
  if (message !== "stats") return void stop();
  const { requests, inFlight, maxInFlight, rateLimited } = sim.stats;
  process.send?.({ requests, inFlight, maxInFlight, rateLimited });
});
process.on("disconnect", stop);
process.send?.({ url: sim.url });
