import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const redoclyBin = join(
  dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")),
  "bin/cli.js",
);

/**
 * Bundles the multi-file spec into one document with only internal `$ref`s, using the same
 * Redocly version and config as the lint step, so the generated types describe exactly what
 * was linted.
 */
export async function bundleSpec(specPath: string): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(join(tmpdir(), "missive-bundle-"));
  try {
    const out = join(dir, "openapi.json");
    await run(
      process.execPath,
      [
        redoclyBin,
        "bundle",
        specPath,
        "--config",
        join(dirname(specPath), "redocly.yaml"),
        "-o",
        out,
      ],
      { env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } },
    );
    return JSON.parse(await readFile(out, "utf8")) as Record<string, unknown>;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
