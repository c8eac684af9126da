import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { expect, it } from "vitest";

// The client must run in browsers, edge runtimes, Deno and Bun: its source may import nothing
// that only Node has. (The React example also runs it bundled in Chromium.)
const nodeOnly = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

it("imports no Node built-in module anywhere in src/", () => {
  const src = new URL("../src/", import.meta.url).pathname;
  const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".ts"),
  );
  const offenders = files.flatMap((file) => {
    const code = readFileSync(join(src, file), "utf8");
    const specifiers = [...code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map(
      (m) => m[1] ?? "",
    );
    return specifiers.filter((s) => nodeOnly.has(s)).map((s) => `${file}: ${s}`);
  });
  expect(files.length).toBeGreaterThan(10);
  expect(offenders).toEqual([]);
});
