import { readFileSync } from "node:fs";

/** This package's version (the server reports it in `initialize`). */
export function version(): string {
  const pkg = readFileSync(new URL("../package.json", import.meta.url), "utf8");
  return (JSON.parse(pkg) as { version: string }).version;
}
