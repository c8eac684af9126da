import { apiRootInUse, describeApi, isMissive } from "./api-root.js";
import { connectionCause } from "./connection-cause.js";

/** Exit codes of `missive`, documented in the README. */
export const ExitCode = {
  ok: 0,
  /** Missive refused or failed the request (400, 403, 422, 429, 5xx, no connection). */
  api: 1,
  /** The command line is wrong: unknown flag, bad value, invalid JSON. */
  usage: 2,
  /** No token, or Missive refused it (401). */
  auth: 3,
  /** 404: no such resource. */
  notFound: 4,
  /** Ctrl-C. */
  interrupted: 130,
} as const;

/** An error the CLI reports as is, with its exit code. */
export class CliError extends Error {
  override name = "CliError";
  constructor(
    message: string,
    readonly exitCode: number = ExitCode.api,
  ) {
    super(message);
  }
}

/** A mistake on the command line (exit 2). */
export class UsageError extends CliError {
  override name = "UsageError";
  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}

const AUTH_HINT =
  "Run `missive auth login` or set MISSIVE_API_TOKEN (Missive → Settings → API → Create a new token).";

/**
 * A request without an answer names the API root and the cause (`ECONNREFUSED
 * 127.0.0.1:4010`), and says "the API" when the root is not Missive's (a simulator, a proxy).
 */
function noAnswer(message: string, cause: string | undefined, root: string | undefined): string {
  if (root === undefined) return cause ? `${message} (${cause})` : message;
  const text = isMissive(root)
    ? message.replace(/from Missive/, `from ${describeApi(root)}`)
    : message
        .replace(/from Missive/, `from ${describeApi(root)}`)
        .replace(/reached Missive/g, "reached the API");
  const hint = " Check the network connection and baseUrl.";
  const next = isMissive(root)
    ? " Check the network connection."
    : " Is that server running? Check --base-url or MISSIVE_BASE_URL.";
  const withCause = !cause
    ? text
    : /\(attempt \d+\)/.test(text)
      ? text.replace(/\((attempt \d+)\)/, `(${cause}, $1)`)
      : text.replace(/\.( |$)/, ` (${cause}).$1`);
  return withCause.includes(hint) ? withCause.replace(hint, next) : withCause;
}

/**
 * The message and exit code of any error. Client errors are recognised by name so that this
 * module does not load the client.
 */
export function describeError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  const e = error as { name?: string; message?: string } | null;
  const name = e?.name ?? "";
  const message = e?.message ?? String(error);
  if (name === "MissingTokenError") {
    return { message: `${message}\n${AUTH_HINT}`, exitCode: ExitCode.auth };
  }
  if (name === "AuthenticationError") {
    return {
      message: `${message}\nMissive refused the token (401). ${AUTH_HINT}`,
      exitCode: ExitCode.auth,
    };
  }
  if (name === "NotFoundError") return { message, exitCode: ExitCode.notFound };
  // Refused by the client before any request: a mistake on the command line.
  if (name === "InvalidPathParameterError" || name === "InsecureBaseUrlError") {
    return { message, exitCode: ExitCode.usage };
  }
  if (name === "AbortError" || (error as { code?: string })?.code === "ABORT_ERR") {
    return { message: "Interrupted.", exitCode: ExitCode.interrupted };
  }
  if (name === "ConnectionError" || name === "TimeoutError") {
    const cause = name === "ConnectionError" ? connectionCause(error) : undefined;
    return { message: noAnswer(message, cause, apiRootInUse()), exitCode: ExitCode.api };
  }
  // Every other error, from Missive (400, 403, 422, 429, 5xx) or the network, is exit 1.
  return { message, exitCode: ExitCode.api };
}
