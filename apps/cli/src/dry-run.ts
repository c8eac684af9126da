/**
 * `--dry-run` of write commands: the exact request that would be sent — method and path (with
 * its query), then the JSON body on one line — and nothing is sent.
 */
import type { CliIo } from "./io.js";

/** `/conversations/{id}` with `{id: ["a","b"]}` → `/conversations/a,b` (each id encoded). */
export function pathWith(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    const list = Array.isArray(value) ? value : [value];
    return list.map((v) => encodeURIComponent(String(v))).join(",");
  });
}

export function printDryRun(
  io: CliIo,
  method: string,
  path: string,
  query: Record<string, unknown>,
  body: unknown,
): void {
  const search = new URLSearchParams(
    Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : String(v)]),
  ).toString();
  io.stdout.write(`${method.toUpperCase()} ${path}${search ? `?${search}` : ""}\n`);
  if (body !== undefined) io.stdout.write(`${JSON.stringify(body)}\n`);
}
