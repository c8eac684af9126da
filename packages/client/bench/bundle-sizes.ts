/**
 * Bundle sizes of every public entry (issue 24): the `size-limit` checks of @missive-ts/client and
 * @missive-ts/react, run as CI runs them (on the built dist/), beside their goals and, as the
 * baseline of the same run, bare openapi-fetch's `createClient` bundled the same way (esbuild,
 * minified, gzip level 9: size-limit's settings). Prints PASS/MISS against the goals; never fails.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

interface Check {
  name: string;
  size: number;
  sizeLimit?: number;
}

/** Goals of issue 24, by the start of the check's name. */
const goals: Array<[package_: string, name: string, bytes: number]> = [
  ["client", "import { createMissiveClient }", 9_000],
  ["react", "an app that calls only useConversations", 14_000],
];

async function sizeLimit(packageDir: string): Promise<Check[]> {
  // size-limit exits 1 when a check is over budget; its JSON is on stdout either way.
  const run = promisify(execFile);
  const bin = fileURLToPath(new URL("../node_modules/.bin/size-limit", import.meta.url));
  const { stdout } = await run(bin, ["--json"], { cwd: packageDir }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? "[]" }),
  );
  return JSON.parse(stdout) as Check[];
}

/** Bare openapi-fetch, as a user of it alone would ship it. */
async function baseline(): Promise<number> {
  const result = await build({
    stdin: {
      contents: `import createClient from "openapi-fetch"; console.log(createClient);`,
      resolveDir: fileURLToPath(new URL("..", import.meta.url)),
    },
    bundle: true,
    minifyIdentifiers: true,
    minifySyntax: true,
    minifyWhitespace: true,
    treeShaking: true,
    write: false,
  });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).byteLength;
}

export async function benchBundleSizes(): Promise<void> {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
  const bare = await baseline();
  const packages = {
    client: fileURLToPath(new URL("..", import.meta.url)),
    react: fileURLToPath(new URL("../../react", import.meta.url)),
  };
  console.log("\n## Bundle sizes (size-limit: esbuild, minified, gzip; on dist/)\n");
  console.log("| package | check | size | budget | goal | × bare openapi-fetch |");
  console.log("|---|---|--:|--:|--:|--:|");
  console.log(
    `| openapi-fetch 0.17 | \`createClient\` alone (baseline) | ${kB(bare)} | | | 1.00 |`,
  );
  const verdicts: string[] = [];
  for (const [name, dir] of Object.entries(packages)) {
    for (const check of await sizeLimit(dir)) {
      const goal = goals.find(([p, n]) => p === name && check.name.startsWith(n))?.[2];
      const budget = check.sizeLimit === undefined ? "" : kB(check.sizeLimit);
      console.log(
        `| @missive-ts/${name} | ${check.name} | ${kB(check.size)} | ${budget} | ${goal ? kB(goal) : ""} | ${(check.size / bare).toFixed(2)} |`,
      );
      if (goal) {
        verdicts.push(
          `goal: ${check.name.split(":")[0]} ≤ ${kB(goal)}: ${check.size <= goal ? "PASS" : "MISS"} (${kB(check.size)})`,
        );
      }
    }
  }
  console.log(`\n${verdicts.join("\n")}`);
}
