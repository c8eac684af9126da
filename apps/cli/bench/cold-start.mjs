// Cold start of `missive --version`, `--help` and an action's `--help` (built dist/) against a bare `node -e 0`: the goal is
// under 1.5×. Run `pnpm --filter @missive-ts/cli bench` (builds first).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 15);

function time(args) {
  const start = process.hrtime.bigint();
  const { status } = spawnSync(process.execPath, args, { stdio: "ignore" });
  if (status !== 0) throw new Error(`node ${args.join(" ")} exited with ${status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const variants = {
  "node -e 0": ["-e", "0"],
  "missive --version": [cli, "--version"],
  "missive --help": [cli, "--help"],
  "missive conversations list --help": [cli, "conversations", "list", "--help"],
};
const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
for (const args of Object.values(variants)) time(args); // warm the file cache
// Interleaved, so drift on a busy machine hits every variant alike.
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(variants)) samples[name].push(time(args));
}
const baseline = median(samples["node -e 0"]);
console.log(
  `## Cold start (median of ${runs} interleaved runs, built dist/, Node ${process.version})\n`,
);
for (const [name, xs] of Object.entries(samples)) {
  const ratio = median(xs) / baseline;
  const goal =
    name === "node -e 0" ? "baseline" : ratio < 1.5 ? "PASS (goal < 1.5×)" : "MISS (goal < 1.5×)";
  console.log(
    `${name.padEnd(36)} ${median(xs).toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×  ${goal}`,
  );
}
