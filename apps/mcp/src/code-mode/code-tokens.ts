/**
 * The agent's code as tokens, for catch-guard.ts. They come from sucrase's own parser (the
 * version is pinned: its `dist/parser` is not a public entry point), so `catch` in strings,
 * comments, regexps or as a property name is no keyword token.
 */
import { createRequire } from "node:module";

export interface Token {
  type: number;
  start: number;
  end: number;
}
const require = createRequire(import.meta.url);
const { parse } = require("sucrase/dist/parser/index.js") as {
  parse(input: string, jsx: boolean, typescript: boolean, flow: boolean): { tokens: Token[] };
};
/** sucrase's token types (`tt._catch`, `tt.braceL`, …). */
export const { TokenType: tt } = require("sucrase/dist/parser/tokenizer/types.js") as {
  TokenType: Record<string, number>;
};

/** The tokens of `code` (plain JavaScript). */
export const tokensOf = (code: string): Token[] => parse(code, false, false, false).tokens;

/** Index of the token closing the bracket opened at `open` (`step` -1 walks backwards). */
export function matching(tokens: Token[], open: number, step: 1 | -1): number {
  const opens = new Set([tt.parenL, tt.braceL, tt.dollarBraceL]);
  const closes = new Set([tt.parenR, tt.braceR]);
  let depth = 0;
  for (let i = open; i >= 0 && i < tokens.length; i += step) {
    const type = tokens[i]?.type ?? -1;
    if ((step === 1 ? opens : closes).has(type)) depth += 1;
    else if ((step === 1 ? closes : opens).has(type)) depth -= 1;
    if (depth === 0) return i;
  }
  throw new Error("unbalanced brackets in the code");
}
