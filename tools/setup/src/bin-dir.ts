/**
 * Where `npm run setup` puts the commands. The same place `npm install --global` would (so a
 * later published install replaces them in place), when this user may write there; otherwise
 * `~/.local/bin`, the per-user bin directory of the XDG layout that most shells already have
 * on the PATH.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join, resolve } from "node:path";

export interface BinDirChoice {
  dir: string;
  /** Why this one, for the summary line. */
  reason: string;
}

export function chooseBinDir(env: NodeJS.ProcessEnv, asked?: string): BinDirChoice {
  if (asked) return { dir: resolve(asked), reason: "given with --bin" };
  const npmBin = npmGlobalBin(env);
  if (npmBin && writable(npmBin)) return { dir: npmBin, reason: "npm's global bin directory" };
  const home = env.HOME || homedir();
  return {
    dir: join(home, ".local", "bin"),
    reason: npmBin
      ? `${npmBin} (npm's global bin) is not writable by this user`
      : "npm's global prefix is unknown",
  };
}

export function onPath(dir: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? "").split(delimiter).some((entry) => entry && resolve(entry) === dir);
}

function npmGlobalBin(env: NodeJS.ProcessEnv): string | undefined {
  // `npm prefix -g` honours npm_config_prefix and .npmrc, as `npm install -g` does.
  try {
    const prefix = execFileSync("npm", ["prefix", "--global"], {
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return prefix ? (process.platform === "win32" ? prefix : join(prefix, "bin")) : undefined;
  } catch {
    return undefined;
  }
}

function writable(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
