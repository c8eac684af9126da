// Cold start of `missive --version` (built dist/) against a bare `node -e 0`: the goal is
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
const bare = [];
const version = [];
time(["-e", "0"]); // warm the file cache
time([cli, "--version"]);
for (let i = 0; i < runs; i++) {
  bare.push(time(["-e", "0"]));
  version.push(time([cli, "--version"]));
}
const ratio = median(version) / median(bare);
console.log(
  `node -e 0: ${median(bare).toFixed(1)} ms, missive --version: ${median(version).toFixed(1)} ms, ratio ${ratio.toFixed(2)} (goal < 1.5)`,
);
if (ratio >= 1.5) process.exitCode = 1;
