/**
 * The agent's code as a script QuickJS can run: wrapped in `async function __main__()` (so it
 * may `await` and `return` at the top), TypeScript types removed with sucrase. Sucrase was
 * chosen because it is pure JavaScript (no platform binary as esbuild, no 20 MB compiler as
 * `typescript`, Node 20 has no built-in type stripping) and it keeps line numbers, so an error
 * points at the agent's own line. The wrapper shares the code's first line (a line of its own
 * would move every line the code's `e.stack` shows); that line's columns are mapped back.
 */
import { transform } from "sucrase";

const wrapper = "async function __main__() {";

export function stripTypes(code: string): string {
  const wrapped = `${wrapper}${code}\n}`;
  return transform(wrapped, { transforms: ["typescript"], disableESTransforms: true }).code;
}

/** The column in the agent's code of a 1-based column of the wrapped script. */
export function ownColumn(line: number, column: number): number {
  return line === 1 ? Math.max(1, column - wrapper.length) : column;
}
