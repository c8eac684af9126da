/**
 * Whether other users can run the commands: a shim in a shared directory (root's npm global
 * bin, /usr/bin or /usr/local/bin) runs this checkout's files, so every directory on the way
 * to them must let other users in. A checkout in /root does not.
 */
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** The first directory from `/` down to `path` that other users may not enter, if any. */
export function closedToOthers(path: string): string | undefined {
  const chain: string[] = [];
  for (let at = resolve(path); ; at = dirname(at)) {
    chain.unshift(at);
    if (dirname(at) === at) break;
  }
  return chain.find((dir) => (statSync(dir).mode & 0o001) === 0);
}

/** A note for the summary when root put the commands where every user looks, but only root can run them. */
export function sharedAccessNote(root: string, binDir: string, home: string): string | undefined {
  if (process.getuid?.() !== 0 || binDir.startsWith(`${resolve(home)}/`)) return undefined;
  const closed = closedToOthers(root);
  if (!closed) return undefined;
  return `Only root can run them: other users may not enter ${closed}, where this checkout is. For every user, clone it where they can read it (e.g. /opt/missive-ts) and run npm run setup there.`;
}
