import { chmod, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { UsageError } from "./errors.js";

/** One account: its token and, when logged in with `--base-url`, that API root. */
export interface Profile {
  token: string;
  baseUrl?: string | undefined;
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
  return name;
}

export async function readConfig(env: Env): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(configPath(env), "utf8");
  } catch {
    return { profiles: {} };
  }
  try {
    const parsed = JSON.parse(text) as Partial<ConfigFile>;
    return { profiles: { ...(parsed.profiles ?? {}) } };
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
export async function writeConfig(env: Env, config: ConfigFile): Promise<void> {
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

/** `missive_pat-abcdef…wxyz` → `missive_pat-…wxyz`: enough to recognise, never enough to use. */
export function maskToken(token: string): string {
  if (token.length < 12) return "…";
  const dash = token.indexOf("-");
  const prefix = dash > 0 && dash < 16 ? token.slice(0, dash + 1) : "";
  return `${prefix}…${token.slice(-4)}`;
}
