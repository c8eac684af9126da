/**
 * Control characters a terminal acts on: C0 (but tab and newline), DEL, C1 (`ESC`, `CSI`, …)
 * and the bidi overrides and isolates that reorder what is shown. Server text (a subject from
 * an outside sender, an error message) must not move the cursor, clear the screen, set the
 * window title or hide what follows.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is this module's job
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const visible = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
};

/** Text for a person at a terminal: every control character shown as an escape (`\x1b`). */
export const forTerminal = (text: string): string => text.replace(CONTROL, visible);
