/**
 * How to start the sandbox worker. Built, its script is `sandbox-worker.js` beside this file.
 * Run from source (tests, benchmarks), it is the `.ts` file, which Node 20 cannot load by
 * itself: a small evaluated script loads it through tsx's API instead.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

export function workerScript(): { script: string | URL; eval: boolean } {
  const fromSource = import.meta.url.endsWith(".ts");
  const url = new URL(`./sandbox-worker.${fromSource ? "ts" : "js"}`, import.meta.url);
  if (!fromSource) return { script: url, eval: false };
  const root = dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const api = pathToFileURL(join(root, "dist/esm/api/index.mjs")).href;
  const load = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}))`;
  return { script: load, eval: true };
}
