import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Prism 5 validates with a JSON Schema dialect that ignores 2020-12's `dependentRequired`, so
 * rules such as "`organization` is required with `add_shared_labels`" would pass the mock
 * unchecked. Each rule is restated for Prism in keywords every dialect knows: "not the key, or
 * all the keys it needs". The spec itself keeps the plain `dependentRequired`.
 */
export function restateDependentRequired(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(restateDependentRequired);
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    // Examples are data, not schemas.
    out[key] = key === "example" || key === "examples" ? value : restateDependentRequired(value);
  }
  const rules = out.dependentRequired;
  if (isObject(rules)) {
    const restated = Object.entries(rules).map(([key, needs]) => ({
      anyOf: [{ not: { required: [key] } }, { required: needs }],
    }));
    out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), ...restated];
  }
  return out;
}

/**
 * Writes the Prism-ready copy of a JSON spec to a temporary file; `dispose` removes it. Anything
 * that is not JSON (a YAML spec, a broken file) goes to Prism as it is, so Prism reports it.
 */
export async function prismReadySpec(
  specPath: string,
): Promise<{ path: string; dispose: () => Promise<void> }> {
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(specPath, "utf8"));
  } catch {
    return { path: specPath, dispose: async () => {} };
  }
  const dir = await mkdtemp(join(tmpdir(), "missive-mock-"));
  const path = join(dir, "openapi.json");
  await writeFile(path, JSON.stringify(restateDependentRequired(doc)));
  return { path, dispose: () => rm(dir, { recursive: true, force: true }) };
}
