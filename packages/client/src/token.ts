import { MissingTokenError } from "./errors.js";

/** How every malformed-token message ends: the token was mangled on its way here. */
const copyAgain = "; copy it again from Missive → Settings → API.";

/** The token to use: the option, else `MISSIVE_API_TOKEN` where the runtime has `process.env`. */
export function resolveToken(option: string | undefined): string {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  const given: unknown = option ?? env?.MISSIVE_API_TOKEN ?? "";
  // From JavaScript or a hand-edited config file, the token may be anything.
  if (typeof given !== "string") {
    throw new MissingTokenError(
      `The Missive API token must be a string, not ${Array.isArray(given) ? "an array" : typeof given}${copyAgain}`,
    );
  }
  const token = given.trim();
  if (token === "") {
    throw new MissingTokenError(
      "No Missive API token: pass { token } to createMissiveClient or set MISSIVE_API_TOKEN. " +
        "Create one in Missive → Settings → API → Create a new token.",
    );
  }
  if (/\s/.test(token)) {
    throw new MissingTokenError(`The Missive API token contains whitespace${copyAgain}`);
  }
  // Only visible ASCII can go in the Authorization header. Checked here, so that no
  // `Headers.set` error (which quotes the value) ever carries the token.
  const bad = token.search(/[^\x21-\x7e]/);
  if (bad >= 0) {
    throw new MissingTokenError(
      `The Missive API token has a character that cannot be sent in an HTTP header (character ${bad + 1}, code ${token.charCodeAt(bad)})${copyAgain}`,
    );
  }
  return token;
}
