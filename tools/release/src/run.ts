import { execFile } from "node:child_process";

export interface RunOptions {
  cwd: string;
  /** The child's whole environment (not merged with process.env: see `npmEnv`). */
  env?: NodeJS.ProcessEnv;
  /** Strings that must never reach a log or an error message (auth tokens). */
  secrets?: readonly string[];
  /** Default 240 s: an npm install on a busy 2-core machine can take a minute. */
  timeoutMs?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

const redact = (text: string, secrets: readonly string[]) =>
  secrets.reduce((out, secret) => (secret ? out.split(secret).join("<redacted>") : out), text);

/**
 * Runs a command and resolves with its output; rejects with the command, its exit code and the
 * end of its output, so a failing release step says what went wrong without rerunning it.
 */
export function run(command: string, args: readonly string[], options: RunOptions) {
  const secrets = options.secrets ?? [];
  return new Promise<RunResult>((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? process.env,
        timeout: options.timeoutMs ?? 240_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, stderr });
        const how = error.killed
          ? `was killed (${error.signal ?? "timeout"})`
          : `exited ${error.code}`;
        const tail = redact(`${stdout}\n${stderr}`, secrets).trim().slice(-6_000);
        reject(
          new Error(
            `\`${[command, ...args].join(" ")}\` in ${options.cwd} ${how}:\n${tail}`.replace(
              /\s+$/,
              "",
            ),
          ),
        );
      },
    );
  });
}

/**
 * process.env without any npm/pnpm configuration inherited from the command that started the
 * tests (`pnpm test` exports `npm_config_*`), so each child sees exactly the registry, user
 * config and scopes a test gives it.
 */
export function npmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm|pnpm)_config_/i.test(key)) env[key] = value;
  }
  return { ...env, npm_config_update_notifier: "false", ...extra };
}
