import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { withFileLock } from "./config-lock.js";
import { UsageError } from "./errors.js";
import { objectKey } from "./object-key.js";

/**
 * One account: its token and, when logged in with `--base-url`, that API root; and the default
 * organization of the triage commands (`missive config set organization <id>`).
 */
export interface Profile {
  token?: string | undefined;
  baseUrl?: string | undefined;
  organization?: string | undefined;
}

export interface ConfigFile {
  profiles: Record<string, Profile>;
}

type Env = Record<string, string | undefined>;

/**
 * Where the token lives: `$MISSIVE_CONFIG_DIR`, else `$XDG_CONFIG_HOME/missive`, else
 * `~/.config/missive`.
 */
export function configDir(env: Env): string {
  if (env.MISSIVE_CONFIG_DIR) return env.MISSIVE_CONFIG_DIR;
  if (env.XDG_CONFIG_HOME) return join(env.XDG_CONFIG_HOME, "missive");
  return join(env.HOME || homedir(), ".config", "missive");
}

export const configPath = (env: Env) => join(configDir(env), "config.json");

/** `--profile`, else `MISSIVE_PROFILE`, else `default`. */
export function profileName(flag: string | undefined, env: Env): string {
  const name = flag ?? env.MISSIVE_PROFILE ?? "default";
  if (!/^[\w.-]{1,64}$/.test(name)) {
    throw new UsageError(`--profile must be letters, digits, ".", "-" or "_", got "${name}".`);
  }
  return objectKey(name, "--profile");
}

/**
 * The config holds tokens: a file that others can read (0644) or a directory that others can
 * write to (0777: they could swap the file) is tightened to 0600 / 0700 with a warning, before
 * it is used. A directory that is not the user's own or is shared on purpose (sticky, like
 * /tmp) only gets the warning.
 */
async function tighten(path: string, mode: number, loose: number, warn: (message: string) => void) {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined || (info.mode & loose) === 0) return;
  const was = (info.mode & 0o7777).toString(8).padStart(4, "0");
  const want = mode.toString(8).padStart(4, "0");
  try {
    const shared = (info.mode & 0o1000) !== 0 || info.uid !== process.getuid?.();
    if (shared) throw new Error("not ours to change");
    await chmod(path, mode);
    warn(
      `${path} was open to other users (mode ${was}); now ${want}. If others could read it, replace the token (Missive → Settings → API).`,
    );
  } catch {
    warn(
      `${path} is open to other users (mode ${was}) and could not be changed: chmod ${want} it.`,
    );
  }
}

/** A warning about the config, on stderr. */
export const configWarning =
  (io: { stderr: { write(chunk: string): unknown } }) => (message: string) =>
    io.stderr.write(`warning: ${message}\n`);

/** The config file; `warn` (default: stderr) hears about permissions that had to be tightened. */
export async function readConfig(
  env: Env,
  warn: (message: string) => void = configWarning({ stderr: process.stderr }),
): Promise<ConfigFile> {
  await tighten(configDir(env), 0o700, 0o022, warn);
  await tighten(configPath(env), 0o600, 0o077, warn);
  let text: string;
  try {
    text = await readFile(configPath(env), "utf8");
  } catch {
    return { profiles: {} };
  }
  try {
    const parsed = JSON.parse(text) as Partial<ConfigFile>;
    // No prototype: a profile named like one of Object's members is an ordinary entry.
    return { profiles: Object.assign(Object.create(null), parsed.profiles ?? {}) };
  } catch {
    throw new UsageError(
      `${configPath(env)} is not valid JSON: fix it or delete it and run \`missive auth login\` again.`,
    );
  }
}

/**
 * Writes the config readable by its owner only (0600, directory 0700), atomically: a temp file
 * in the same directory, renamed over the old one, so a crash never leaves half a file.
 */
async function writeConfig(env: Env, config: ConfigFile): Promise<void> {
  const dir = configDir(env);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const target = configPath(env);
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temp, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600, flag: "wx" });
    await chmod(temp, 0o600);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Reads the config, lets `change` edit it and writes it back, holding a lock throughout: two
 * `auth login`s at once (for different profiles) both keep theirs.
 */
export async function updateConfig(
  env: Env,
  warn: (message: string) => void,
  change: (config: ConfigFile) => void,
): Promise<void> {
  await mkdir(configDir(env), { recursive: true, mode: 0o700 });
  await withFileLock(configPath(env), async () => {
    const config = await readConfig(env, warn);
    change(config);
    await writeConfig(env, config);
  });
}

/** `missive_pat-abcdef…wxyz` → `missive_pat-…wxyz`: enough to recognise, never enough to use. */
export function maskToken(token: string): string {
  if (token.length < 12) return "…";
  const dash = token.indexOf("-");
  const prefix = dash > 0 && dash < 16 ? token.slice(0, dash + 1) : "";
  return `${prefix}…${token.slice(-4)}`;
}
