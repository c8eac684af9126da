import type { CliIo } from "./io.js";

/**
 * The token is never printed, whatever the message quotes: `MISSIVE_API_TOKEN`, and any
 * token-like value (`missive_pat-…`, `Bearer …`) however it got there. A token saved by `auth
 * login` never goes into a message: errors name the profile, and show a token masked. Nor does
 * the password of a URL. The client is loaded only when a message is about to be printed.
 */
export async function redact(message: string, env: CliIo["env"]): Promise<string> {
  const token = env.MISSIVE_API_TOKEN?.trim();
  const bare = token && token.length >= 4 ? message.split(token).join("[redacted]") : message;
  const { redactSecrets } = await import("@missive-ts/client");
  // A password in a URL (`http://me:secret@proxy/`): the base URL may carry one.
  return redactSecrets(bare).replace(/(\/\/[^\s/:@]*):[^\s/@]+@/g, "$1:***@");
}
