/**
 * The agent's code as a script QuickJS can run: wrapped in `async function __main__()` (so it
 * may `await` and `return` at the top), TypeScript types removed with sucrase. Sucrase was
 * chosen because it is pure JavaScript (no platform binary as esbuild, no 20 MB compiler as
 * `typescript`, Node 20 has no built-in type stripping) and it keeps line numbers, so an error
 * points at the agent's own line. The wrapper adds one line before the code.
 */
import { transform } from "sucrase";

export const wrapperLines = 1;

export function stripTypes(code: string): string {
  const wrapped = `async function __main__() {\n${code}\n}`;
  return transform(wrapped, { transforms: ["typescript"], disableESTransforms: true }).code;
}
