/**
 * The spec must not be tuned to one tool: a second, independent generator (hey-api, used only
 * here and never shipped) must build a client from the bundled spec with no warning or error,
 * and that client must type-check under strict TypeScript.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createClient } from "@hey-api/openapi-ts";
import { afterAll, expect, it, vi } from "vitest";
import { defaultOutDir, repoRoot } from "../src/locations.ts";

const run = promisify(execFile);
const dir = await mkdtemp(join(tmpdir(), "second-generator-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

it("hey-api generates a client for every operation without warnings, and it type-checks", async () => {
  const warn = vi.spyOn(console, "warn");
  const error = vi.spyOn(console, "error");
  await createClient({
    input: join(defaultOutDir, "openapi.json"),
    output: join(dir, "out"),
    plugins: ["@hey-api/typescript", "@hey-api/sdk"],
    logs: { level: "warn" },
  });
  expect(warn).not.toHaveBeenCalled();
  expect(error).not.toHaveBeenCalled();

  const sdk = await readFile(join(dir, "out/sdk.gen.ts"), "utf8");
  const spec = JSON.parse(await readFile(join(defaultOutDir, "openapi.json"), "utf8"));
  const operationIds = Object.values(spec.paths).flatMap((item) =>
    Object.values(item as Record<string, { operationId?: string }>).flatMap(
      (op) => op.operationId ?? [],
    ),
  );
  for (const id of operationIds) expect(sdk, id).toContain(`export const ${id} =`);

  await writeFile(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        lib: ["ES2023", "DOM", "DOM.Iterable"],
        noEmit: true,
        skipLibCheck: true,
      },
      include: ["out"],
    }),
  );
  await run(process.execPath, [join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", dir]);
});
