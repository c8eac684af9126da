/**
 * `execute`: runs the agent's JavaScript or TypeScript in the QuickJS sandbox with `missive`
 * bridged in, and returns what it logged and returned, or an error with its line and column
 * and the limit it hit.
 */
import type { Operation } from "../operations.js";
import type { Policy } from "../policy.js";
import { failure } from "../results.js";
import type { Tool } from "../tool.js";
import { createBridge, methodList } from "./bridge.js";
import { createExecutionGate, ExecutionCancelledError } from "./execution-gate.js";
import type { CodeLimits, SandboxOutcome } from "./limits.js";
import { runInSandbox } from "./sandbox.js";

function describeLimits(limits: CodeLimits): string {
  return `${limits.timeMs / 1000} s, ${Math.round(limits.memoryBytes / 2 ** 20)} MB, ${limits.apiCalls} API calls, ${limits.outputChars} output characters`;
}

export function executeDescription(policy: Policy, limits: CodeLimits): string {
  const refused = [
    ...(policy.allowSend ? [] : ["sending (send/send_at, messages.create)"]),
    ...(policy.allowDestructive ? [] : ["deletes/merges"]),
  ];
  const flags = policy.readOnly
    ? "This server is read-only: writes throw."
    : refused.length > 0
      ? `Writes work; ${refused.join(" and ")} throw.`
      : "Writes, sending and deletes work.";
  return [
    "Runs JavaScript or TypeScript in a sandbox (no fs, network, process, timers, imports) as the body of an async function: await, return.",
    "`missive` is the @missive-ts/client object: `await missive.conversations.list({ inbox: true })` returns the items; `for await (const c of missive.conversations.listAll({ inbox: true }))` walks every page. search_api gives signatures.",
    `Returns console.log output and the return value as JSON. Limits: ${describeLimits(limits)}.`,
    flags,
  ].join(" ");
}

function render(outcome: SandboxOutcome, requests: number) {
  if (outcome.ok) {
    const value = outcome.value ?? "null";
    // A value cut at the output limit is no longer JSON: it goes back as a string.
    const result = outcome.truncated && !isJson(value) ? JSON.stringify(value) : value;
    const logs = outcome.logs ? `,"logs":${JSON.stringify(outcome.logs)}` : "";
    return {
      content: [
        { type: "text" as const, text: `{"result":${result}${logs},"api_calls":${requests}}` },
      ],
    };
  }
  const error = outcome.error ?? { name: "Error", message: "the code failed" };
  const where = error.line
    ? ` (line ${error.line}${error.column ? `, column ${error.column}` : ""})`
    : "";
  const limit = error.limit ? ` [limit: ${error.limit}]` : "";
  const logs = outcome.logs ? `\nconsole.log output:\n${outcome.logs}` : "";
  return failure(
    `${error.name}: ${error.message}${where}${limit}. API calls made: ${requests}.${logs}`,
  );
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function executeTool(ops: Map<string, Operation>, policy: Policy, limits: CodeLimits): Tool {
  const methods = methodList(ops);
  // One gate per catalogue: the bin builds one catalogue per process, shared by every
  // stdio connection and every HTTP request.
  const gate = createExecutionGate(limits.concurrency);
  return {
    name: "execute",
    kind: "read",
    toolset: "conversations",
    sendFields: [],
    description: executeDescription(policy, limits),
    inputSchema: {
      type: "object",
      properties: { code: { type: "string" } },
      required: ["code"],
    },
    annotations: {
      readOnlyHint: policy.readOnly,
      destructiveHint: !policy.readOnly && (policy.allowDestructive || policy.allowSend),
      openWorldHint: true,
    },
    async call(args, context) {
      if (typeof args.code !== "string" || args.code.trim() === "") {
        return failure("Pass the code to run as `code` (a string).");
      }
      const bridge = createBridge(ops, context, limits);
      let outcome: SandboxOutcome;
      try {
        // The worker, and so the wall time limit, starts only once a slot is free.
        outcome = await gate.run(
          () => runInSandbox(args.code as string, limits, methods, bridge),
          context.signal,
        );
      } catch (error) {
        if (error instanceof ExecutionCancelledError)
          return failure(`${error.message}; nothing ran.`);
        throw error;
      }
      return render(outcome, bridge.requests());
    },
  };
}
