/**
 * The host side of `missive` inside the sandbox: each bridged method is an operation of the
 * catalogue, called through the server's own client (its limiter, retries and typed errors)
 * after the same policy as the tools: `--read-only`, `--allow-send`, `--allow-destructive`,
 * `--toolsets`, and elicitation where the client supports it. A refusal is an error the code
 * can catch. Every request counts against the execution's API-call limit; the call past it
 * ends the execution.
 */
import { type Paginator, paginate } from "@missive-ts/client";
import { operationInput } from "../operation-input.js";
import { operationKind } from "../operation-tool.js";
import { type Operation, operations } from "../operations.js";
import { type Policy, refusal, toolsetOf } from "../policy.js";
import { errorResult } from "../results.js";
import { sendKeyPaths } from "../send-guard.js";
import type { ToolContext } from "../tool.js";
import type { BridgedMethod, CodeLimits } from "./limits.js";
import { HostError, type SandboxHost } from "./sandbox.js";

type Method = (...args: unknown[]) => Promise<unknown>;

/** The operations an execution may see under `policy`'s toolsets, by `namespace.method`. */
export function bridgedOperations(policy: Policy): Map<string, Operation> {
  const map = new Map<string, Operation>();
  for (const op of operations()) {
    if (policy.toolsets && !policy.toolsets.includes(toolsetOf(op.meta.tag))) continue;
    map.set(`${op.entry.namespace}.${op.entry.name}`, op);
  }
  return map;
}

export const methodList = (ops: Map<string, Operation>): BridgedMethod[] =>
  [...ops.values()].map(({ entry }) => [entry.namespace, entry.name, entry.listAllName]);

/** How many positional arguments a method takes before its request options. */
function arity({ entry }: Operation, withBody: boolean): number {
  const ids = withBody && entry.idsFromBody !== null ? 1 : entry.pathParams.length;
  const body = withBody && entry.request && entry.idsFromBody === null ? 1 : 0;
  return ids + body + (entry.query ? 1 : 0);
}

/** Where the payload would send email (`send`/`send_at` at any depth), for a body that can. */
const canSend = new WeakMap<Operation, boolean>();
function sendingFields(op: Operation, payload: unknown): string[] {
  if (!canSend.has(op)) canSend.set(op, operationInput(op, true).sendFields.length > 0);
  if (!canSend.get(op)) return [];
  return sendKeyPaths(payload).map((path) => path.slice(1));
}

export function createBridge(
  ops: Map<string, Operation>,
  context: ToolContext,
  limits: CodeLimits,
): SandboxHost & { requests(): number } {
  let requests = 0;
  const walks = new Map<number, AsyncIterator<unknown>>();
  let nextWalk = 0;
  const count = () => {
    if (requests >= limits.apiCalls) {
      throw new HostError(
        `the limit of ${limits.apiCalls} API calls per execution was reached: fetch less (filters, limit) or split the work over several executions`,
        "api_calls",
      );
    }
    requests++;
  };
  const clientMethod = ({ entry }: Operation): Method => {
    const space = (context.client as unknown as Record<string, Record<string, Method>>)[
      entry.namespace
    ];
    const method = space?.[entry.name];
    if (!space || !method)
      throw new HostError(`missive.${entry.namespace}.${entry.name} is not available`);
    return method.bind(space);
  };
  const operation = (target: string): Operation => {
    const op = ops.get(target);
    if (!op) {
      throw new HostError(
        `missive.${target} does not exist here: search_api lists the methods (and --toolsets may hide some)`,
      );
    }
    return op;
  };
  /** Refuses what the policy refuses, and asks the user where a call cannot be undone or sends. */
  const allow = async (op: Operation, payload: unknown) => {
    const name = `missive.${op.entry.namespace}.${op.entry.name}`;
    const kind = operationKind(op);
    const why = refusal(kind, context.policy);
    if (why) throw new HostError(`${name} was refused: ${why}. Nothing was sent.`);
    const sends = op.entry.request ? sendingFields(op, payload) : [];
    if (sends.length > 0 && !context.policy.allowSend) {
      throw new HostError(
        `${name} with ${sends.join("/")} was refused: it would send email, and sending needs the server to run with --allow-send. Nothing was sent; leave out ${sends.join("/")} to save a draft.`,
      );
    }
    const question =
      kind === "destructive"
        ? `Allow ${name}? It cannot be undone.`
        : kind === "send" || sends.length > 0
          ? `Allow ${name}? It sends a message to people.`
          : null;
    if (question && !(await context.confirm(question))) {
      throw new HostError(`${name} was not confirmed by the user: nothing was done.`);
    }
  };
  const missiveCall = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof HostError) throw error;
      // The same words as a tool's error result: what went wrong and what to do next.
      const text = errorResult(error).content.map((part) => ("text" in part ? part.text : ""));
      throw new HostError(text.join(" "));
    }
  };

  return {
    requests: () => requests,
    async handle(kind, target, args) {
      if (kind === "call") {
        const op = operation(target);
        const given = args.slice(0, arity(op, true));
        const payloadAt = op.entry.idsFromBody !== null ? 0 : op.entry.pathParams.length;
        await allow(op, op.entry.request ? given[payloadAt] : undefined);
        count();
        return missiveCall(() => clientMethod(op)(...given, { signal: context.signal }));
      }
      if (kind === "open") {
        const op = operation(target);
        const rule = op.entry.pagination;
        if (!rule || !op.entry.listAllName) throw new HostError(`missive.${target} has no listAll`);
        const given = args.slice(0, arity(op, false));
        const path = given.slice(0, op.entry.pathParams.length);
        const query = (op.entry.query ? given[path.length] : undefined) as
          | Record<string, unknown>
          | undefined;
        const method = clientMethod(op);
        const walk: Paginator<unknown> = paginate(
          async (pageQuery, signal) => {
            count();
            return (await method(...path, pageQuery, { signal })) as unknown[] | undefined;
          },
          { ...rule },
          query,
          undefined,
          `missive.${target}`,
          { signal: context.signal },
        );
        const id = nextWalk++;
        walks.set(id, walk[Symbol.asyncIterator]());
        return id;
      }
      const walk = walks.get(Number(target));
      if (!walk) throw new HostError("that listAll walk is over");
      if (kind === "next") {
        const step = await missiveCall(() => walk.next());
        if (step.done) walks.delete(Number(target));
        return step.done ? { done: true } : { done: false, value: step.value };
      }
      walks.delete(Number(target));
      await walk.return?.();
      return null;
    },
  };
}
