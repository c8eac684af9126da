/**
 * Makes the memory limit end an execution even when the code catches it. QuickJS raises its
 * time interrupt as an error no `catch` can stop, but an allocation over the memory limit as an
 * ordinary `InternalError: out of memory`: `try { big() } catch {}` would go on (memory stays
 * capped, yet the code keeps calling the API). QuickJS has no hook where that error is made,
 * so every place the agent's code can catch it calls the prelude's `__missiveCaught` first,
 * which ends the run at the memory limit (and rethrows) when the error is one:
 * - `catch (e) {` → `catch (e) {__missiveCaught(e);` (also `catch {` and destructured params);
 * - `try {…} finally {…}` without a catch gets one that checks and rethrows, since a `return`
 *   or `continue` in `finally` would swallow the error;
 * - promise handlers (`.catch`, `.then(_, f)`, `Promise.allSettled`) are wrapped by the prelude.
 * Insertions stay on their line, so lines are unchanged; the columns they move are mapped back
 * (column-map.ts) in the error the agent reads.
 *
 * It edits tokens (code-tokens.ts), not text: `catch` in a string, comment, regexp or as a
 * property name is left.
 */
import { matching, type Token, tokensOf, tt } from "./code-tokens.js";
import { type ColumnOf, columnMap, type Edit } from "./column-map.js";

export const guardName = "__missiveCaught";
/** The name given to an error the code did not name (`catch {`, destructuring). */
const caughtName = "__missiveError";

function catchEdits(code: string, tokens: Token[], at: number): Edit[] {
  const keyword = tokens[at] as Token;
  const next = tokens[at + 1] as Token;
  const check = (name: string) => `${guardName}(${name});`;
  if (next.type === tt.braceL) {
    const named = { start: keyword.end, end: keyword.end, text: ` (${caughtName})` };
    return [named, { start: next.end, end: next.end, text: check(caughtName) }];
  }
  const close = matching(tokens, at + 1, 1);
  const body = tokens[close + 1] as Token;
  const params = tokens.slice(at + 2, close);
  const only = params[0];
  if (params.length === 1 && only !== undefined && only.type === tt.name) {
    const name = code.slice(only.start, only.end);
    return [{ start: body.end, end: body.end, text: check(name) }];
  }
  // A destructured error is bound after the check: `catch ({ message }) {` would read the
  // error before it could be checked. The body goes in a block of its own, so a default
  // (`{ a = x }`) still sees the `x` outside, not one the body declares.
  const first = params[0] as Token;
  const last = params.at(-1) as Token;
  const pattern = guardedPattern(code.slice(first.start, last.end));
  const bodyEnd = (tokens[matching(tokens, close + 1, 1)] as Token).start;
  return [
    { start: first.start, end: last.end, text: caughtName },
    {
      start: body.end,
      end: body.end,
      text: `${check(caughtName)} let ${pattern} = ${caughtName}; {`,
    },
    { start: bodyEnd, end: bodyEnd, text: "}" },
  ];
}

/**
 * A catch parameter's pattern is moved as text, so a catch in one of its defaults
 * (`{ a = (() => { try {…} catch {…} })() }`) is guarded here, as an assignment pattern.
 */
function guardedPattern(pattern: string): string {
  const wrapped = guardCatches(`(${pattern} = 0)`).code;
  return wrapped.slice(1, -" = 0)".length);
}

/** `try {…} finally` with no catch clause gets one that checks the error and rethrows it. */
function finallyEdits(tokens: Token[], at: number): Edit[] {
  const open = matching(tokens, at - 1, -1);
  if (tokens[open - 1]?.type !== tt._try) return [];
  const start = (tokens[at] as Token).start;
  const text = `catch (${caughtName}) { ${guardName}(${caughtName}); throw ${caughtName}; } `;
  return [{ start, end: start, text }];
}

/**
 * `code` (plain JavaScript) with every catch site checking for the memory limit first, and
 * where each column of it was before.
 */
export function guardCatches(code: string): { code: string; columnOf: ColumnOf } {
  const tokens = tokensOf(code);
  const edits: Edit[] = [];
  // Text an edit replaces (a destructured catch parameter) was guarded as a whole.
  let replacedUntil = -1;
  for (const [i, token] of tokens.entries()) {
    if (token.start < replacedUntil) continue;
    const found =
      token.type === tt._catch
        ? catchEdits(code, tokens, i)
        : token.type === tt._finally
          ? finallyEdits(tokens, i)
          : [];
    for (const edit of found) if (edit.end > edit.start) replacedUntil = edit.end;
    edits.push(...found);
  }
  let out = code;
  // From the end, so earlier offsets hold; of two edits at one offset (an empty destructured
  // catch body gets its check and its closing brace there) the later is applied first, so
  // the text keeps the order the edits were made in.
  const order = edits.map((edit, index) => ({ edit, index }));
  order.sort((a, b) => b.edit.start - a.edit.start || b.index - a.index);
  for (const { edit } of order) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return { code: out, columnOf: columnMap(code, edits) };
}
