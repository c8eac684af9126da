import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startChildServer } from "@missive-ts/mock/child-server";
import { freePort } from "@missive-ts/mock/free-port";

export interface LocalRegistry {
  /** e.g. `http://127.0.0.1:43123/` (trailing slash, as npm writes registry URLs). */
  readonly url: string;
  /** An npm user config holding this registry's auth token, and nothing else. */
  readonly userconfig: string;
  /** The token in `userconfig`: pass it to `run(…, { secrets })` so it is never printed. */
  readonly token: string;
  /** The registry's document for a package (dist-tags, versions, manifests), or null on 404. */
  packument(name: string): Promise<Packument | null>;
  /** Stops verdaccio and removes its storage; safe to call more than once. */
  stop(): Promise<void>;
}

export interface Packument {
  name: string;
  "dist-tags": Record<string, string>;
  versions: Record<string, Record<string, unknown>>;
}

// No `uplinks` and no `proxy`: the registry only ever serves what was published to it, so a
// test can neither leak a package to npmjs.org nor pick one up from there by mistake.
const config = (dir: string) => `
storage: ${join(dir, "storage")}
auth:
  htpasswd:
    file: ${join(dir, "htpasswd")}
packages:
  "**":
    access: $all
    publish: $authenticated
    unpublish: $authenticated
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`;

const serverScript = fileURLToPath(new URL("./registry-server.mjs", import.meta.url));

/**
 * Starts verdaccio on 127.0.0.1 (free port, storage in a temp dir), waits until it answers
 * `/-/ping`, and signs up one user through the npm user API to get a publish token.
 */
export async function startLocalRegistry(startTimeoutMs = 120_000): Promise<LocalRegistry> {
  const dir = await mkdtemp(join(tmpdir(), "missive-registry-"));
  await writeFile(join(dir, "config.yaml"), config(dir));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = await startChildServer({
    name: "verdaccio",
    url,
    args: [serverScript, join(dir, "config.yaml"), String(port)],
    cwd: dir,
    healthy: pings,
    startTimeoutMs,
  }).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  const stop = async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const token = await signUp(url);
    const userconfig = join(dir, "npmrc");
    // npm scopes a token to its registry's host and path: it is never sent anywhere else.
    await writeFile(userconfig, `${url.replace(/^http:/, "")}:_authToken=${token}\n`, {
      mode: 0o600,
    });
    const packument = async (name: string) => {
      const response = await fetch(`${url}${name.replace("/", "%2f")}`);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`GET ${name} from ${url}: HTTP ${response.status}`);
      return (await response.json()) as Packument;
    };
    return { url, userconfig, token, packument, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function pings(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}-/ping`, { signal: AbortSignal.timeout(1_000) })).ok;
  } catch {
    return false;
  }
}

/** `npm adduser` without npm: PUT /-/user/org.couchdb.user:<name> answers with a token. */
async function signUp(url: string): Promise<string> {
  const name = "missive-release-test";
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password: randomUUID() }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) {
    throw new Error(`verdaccio refused to create a user: HTTP ${response.status}`);
  }
  return body.token;
}
