/**
 * `pnpm docs:dev`: builds the site, then serves dist/ on 127.0.0.1 until Ctrl-C.
 * Port: `--port N` or `PORT`, default 4400 (0 = any free port).
 */
import { buildSite } from "./build.js";
import { serveStatic } from "./serve.js";
import { defaultOutDir } from "./site.js";

const flag = process.argv.indexOf("--port");
const port = Number(flag >= 0 ? process.argv[flag + 1] : (process.env.PORT ?? 4400));
const result = await buildSite();
console.log(`built ${result.files.length} files in ${(result.ms / 1000).toFixed(2)} s`);
const server = await serveStatic(defaultOutDir, port);
console.log(`docs: ${server.url}  (reference: ${server.url}reference.html) — Ctrl-C to stop`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
