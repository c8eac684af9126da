/** What one `execute` may use, and what the worker and the host tell each other. */

export interface CodeLimits {
  /** Wall time of one execution, API calls included. Default 30 s. */
  timeMs: number;
  /** QuickJS heap of one execution. Default 64 MB. */
  memoryBytes: number;
  /** Requests to Missive per execution (each page of a `listAll…` counts). Default 200. */
  apiCalls: number;
  /** Characters of `console.log` output, and of the JSON return value, returned. Default 20,000. */
  outputChars: number;
  /**
   * Executions running at once in this server process (`--code-concurrency`); the rest wait
   * in line. Default 4.
   */
  concurrency: number;
}

export const defaultCodeLimits: CodeLimits = {
  timeMs: 30_000,
  memoryBytes: 64 * 1024 * 1024,
  apiCalls: 200,
  outputChars: 20_000,
  concurrency: 4,
};

/** Which limit stopped an execution. */
export type LimitHit = "time" | "memory" | "api_calls" | "stack";

/** What an execution may call: `[namespace, method, listAll method or null]`. */
export type BridgedMethod = readonly [string, string, string | null];

/** Sent to the worker when it starts. */
export interface WorkerInput {
  code: string;
  limits: CodeLimits;
  methods: readonly BridgedMethod[];
}

/** Worker → host: a bridge request (`call`, `open`, `next`, `close`) or the outcome. */
export type WorkerMessage =
  | { type: "host"; id: number; kind: string; target: string; args: string }
  | { type: "done"; outcome: SandboxOutcome };

/** Host → worker: the answer to a bridge request, or a limit that ends the execution. */
export type HostMessage =
  | { type: "reply"; id: number; json: string }
  | { type: "stop"; limit: LimitHit; message: string };

export interface SandboxError {
  name: string;
  message: string;
  /** In the code as the agent sent it (1-based). */
  line?: number;
  column?: number;
  limit?: LimitHit;
}

export interface SandboxOutcome {
  ok: boolean;
  /** The return value as JSON text (`ok`), cut to the output limit. */
  value?: string;
  error?: SandboxError;
  logs: string;
  /** True when logs or the value were cut at `outputChars`. */
  truncated: boolean;
}
