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
  // Every other error, from Missive (400, 403, 422, 429, 5xx) or the network, is exit 1.
  return { message, exitCode: ExitCode.api };
}
