/**
 * The root README's "Try it against the simulator" section, read as a person reads it: its
 * `sh` blocks, one command per line (backslash continuations joined), `# …` comments dropped.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";

export const SECTION = "## Try it against the simulator";

export async function readmeCommands(root: string): Promise<string[]> {
  const readme = await readFile(join(root, "README.md"), "utf8");
  const start = readme.indexOf(SECTION);
  if (start < 0) throw new Error(`README.md has no "${SECTION}" section`);
  const end = readme.indexOf("\n## ", start + SECTION.length);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const commands: string[] = [];
  for (const block of section.matchAll(/```sh\n([\s\S]*?)```/g)) {
    const joined = (block[1] ?? "").replace(/\\\n\s*/g, "");
    for (const line of joined.split("\n")) {
      const command = withoutComment(line).trim();
      if (command) commands.push(command);
    }
  }
  return commands;
}

/** Drops a trailing `# comment` outside quotes (`--text "Ticket #1"` keeps its `#`). */
function withoutComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(line[i - 1] ?? ""))) return line.slice(0, i);
  }
  return line;
}

/** `export A=1 B=2` → `{ A: "1", B: "2" }` (values without spaces, as the README writes them). */
export function exportsOf(command: string): Record<string, string> {
  return Object.fromEntries(
    command
      .replace(/^export\s+/, "")
      .split(/\s+/)
      .map((pair) => pair.split("=", 2) as [string, string]),
  );
}
