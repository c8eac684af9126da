/**
 * `pnpm test:latest-deps [--warn-only]`: the scratch-install checks with every dependency range
 * resolved afresh (what a user installing today gets). When a check fails, it finds the newer
 * packages responsible and prints the warning block naming them. Exits 1 then, or 0 with
 * `--warn-only` (how `.ci/run` runs it: the blocking run is `npm test`, on the lockfile).
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type ChecksOutcome,
  checkLatestDependencies,
  couldNotRunBlock,
  type Drift,
  warningBlock,
} from "./latest-deps.ts";
import { publishedPackages, repoBin } from "./repo.ts";
import { buildPackages, packPackage } from "./tarball.ts";

const warnOnly = process.argv.includes("--warn-only");
const releaseDir = fileURLToPath(new URL("../", import.meta.url));

interface VitestJson {
  testResults: { assertionResults: { title: string; status: string }[] }[];
}

/** Runs test/scratch-install.test.ts once, streaming its output, and reads what it reported. */
async function scratchChecks(
  work: string,
  packedDir: string,
  newer: "all" | readonly Drift[],
  n: number,
): Promise<ChecksOutcome> {
  const report = join(work, `install-${n}.json`);
  const results = join(work, `results-${n}.json`);
  const env = {
    ...process.env,
    MISSIVE_PACKED_DIR: packedDir,
    MISSIVE_SCRATCH_REPORT: report,
    MISSIVE_SCRATCH_DEPS: newer === "all" ? "latest" : "locked",
    MISSIVE_SCRATCH_NEWER: JSON.stringify(newer === "all" ? [] : newer),
  };
  const what =
    newer === "all"
      ? "every range afresh"
      : `locked, except ${newer.map((p) => `${p.name}@${p.version}`).join(" ")}`;
  console.log(`\nlatest-deps: scratch checks with ${what}`);
  const args = [
    "run",
    "test/scratch-install.test.ts",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${results}`,
  ];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(repoBin("vitest"), args, { cwd: releaseDir, env, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", () => resolve());
  });
  const read = async <T>(path: string): Promise<T | undefined> => {
    try {
      return JSON.parse(await readFile(path, "utf8")) as T;
    } catch {
      return undefined;
    }
  };
  const json = await read<VitestJson>(results);
  const drift = (await read<{ drift: Drift[] }>(report))?.drift ?? [];
  const failed =
    json?.testResults.flatMap((file) =>
      file.assertionResults.filter((test) => test.status === "failed").map((test) => test.title),
    ) ?? [];
  // No report at all: the install itself failed (a newer package that does not install).
  if (!json || json.testResults.every((file) => file.assertionResults.length === 0)) {
    failed.push("the scratch install (its output is above)");
  }
  return { failed, drift };
}

async function main(): Promise<number> {
  const work = await mkdtemp(join(tmpdir(), "missive-latest-deps-"));
  try {
    const packedDir = join(work, "packed");
    const packages = await publishedPackages();
    await buildPackages(packages);
    for (const pkg of packages) await packPackage(pkg, packedDir);
    let n = 0;
    const report = await checkLatestDependencies((newer) =>
      scratchChecks(work, packedDir, newer, n++),
    );
    const newerList = report.latest.drift.map((p) => `${p.name} ${p.version}`).join(", ");
    if (report.breakages.length === 0) {
      console.log(
        `\nlatest-deps: every scratch check passes with today's versions (newer than the lockfile: ${newerList || "none"}).`,
      );
      return 0;
    }
    console.log(`\n${warningBlock(report)}\n`);
    return warnOnly ? 0 : 1;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    console.log(`\n${couldNotRunBlock(why)}\n`);
    return warnOnly ? 0 : 1;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

process.exitCode = await main();
