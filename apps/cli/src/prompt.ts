import { CliError, ExitCode } from "./errors.js";
import type { CliIo } from "./io.js";

/**
 * Asks for a secret on the terminal without echoing it: raw mode, characters read one by one,
 * Backspace erases, Enter ends, Ctrl-C aborts (exit 130).
 */
export function promptHidden(question: string, io: CliIo): Promise<string> {
  const stdin = io.stdin;
  io.stderr.write(question);
  stdin.setRawMode?.(true);
  stdin.setEncoding?.("utf8");
  stdin.resume?.();
  let value = "";
  return new Promise((resolve, reject) => {
    const finish = () => {
      stdin.setRawMode?.(false);
      stdin.pause?.();
      stdin.off?.("data", onData);
      io.stderr.write("\n");
    };
    function onData(chunk: Buffer | string) {
      for (const ch of String(chunk)) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") {
          finish();
          resolve(value);
          return;
        }
        if (ch === "\u0003") {
          finish();
          reject(new CliError("Interrupted.", ExitCode.interrupted));
          return;
        }
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    }
    stdin.on?.("data", onData);
  });
}
