/**
 * One execution, in its own worker thread: a fresh QuickJS (WebAssembly) runtime in a capped
 * memory (capped-memory.ts), with a stack limit and an interrupt handler for the deadline, so a
 * busy loop never blocks the server's event loop. A limit, once hit, ends the run: the outcome
 * is sent at once, the bridge refuses every later call, and the interrupt handler stops the
 * code at its next check, whatever it catches. Bridge calls go to the host as messages and come back as
 * JSON text. The worker ends with one `done` message; the host then terminates it.
 */
import { parentPort, workerData } from "node:worker_threads";
import {
  newQuickJSWASMModule,
  newVariant,
  type QuickJSContext,
  type QuickJSHandle,
  RELEASE_SYNC,
} from "quickjs-emscripten";
import { cappedMemory } from "./capped-memory.js";
import { guardCatches } from "./catch-guard.js";
import type { ColumnOf } from "./column-map.js";
import type {
  HostMessage,
  LimitHit,
  SandboxOutcome,
  WorkerInput,
  WorkerMessage,
} from "./limits.js";
import { OutputBuffer } from "./output-buffer.js";
import { prelude } from "./prelude.js";
import { limitError, limitMessage, sandboxError } from "./sandbox-error.js";
import { stripTypes } from "./strip-types.js";

const input = workerData as WorkerInput;
if (!parentPort) throw new Error("sandbox-worker.ts runs as a worker thread only");
const port = parentPort;
const post = (message: WorkerMessage) => port.postMessage(message);

async function main() {
  const { limits } = input;
  const deadline = Date.now() + limits.timeMs;
  const output = new OutputBuffer(limits.outputChars);
  let stopped: { limit: LimitHit; message: string } | null = null;
  let finished = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const end = (done: Omit<SandboxOutcome, "logs" | "truncated">) => {
    if (finished) return;
    finished = true;
    // Code that catches the interrupt can still finish after the deadline (a catch block has
    // no loop to interrupt again): what it returns then is not its answer, the limit is.
    const late = stopped === null && Date.now() > deadline;
    const outcome = late ? { ok: false, error: limitError("time", limits) } : done;
    clearTimeout(timer);
    post({ type: "done", outcome: { ...outcome, logs: output.text(), truncated: output.cut } });
  };
  const stopWith = (limit: LimitHit, message: string) => {
    stopped ??= { limit, message };
    end({ ok: false, error: limitError(limit, limits, stopped.message) });
  };

  let source: string;
  let columnOf: ColumnOf;
  try {
    ({ code: source, columnOf } = guardCatches(stripTypes(input.code)));
  } catch (error) {
    end({ ok: false, error: sandboxError(error, limits) });
    return;
  }

  const overMemory = () => stopWith("memory", limitMessage("memory", limits));
  const wasmMemory = cappedMemory(limits.memoryBytes, overMemory);
  const QuickJS = await newQuickJSWASMModule(newVariant(RELEASE_SYNC, { wasmMemory }));
  const runtime = QuickJS.newRuntime();
  runtime.setMemoryLimit(limits.memoryBytes);
  runtime.setMaxStackSize(512 * 1024);
  runtime.setInterruptHandler(() => stopped !== null || Date.now() > deadline);
  const context: QuickJSContext = runtime.newContext();
  const pending = new Map<number, ReturnType<QuickJSContext["newPromise"]>>();
  let nextId = 0;
  const drain = () => {
    const jobs = runtime.executePendingJobs();
    if (jobs.error) jobs.error.dispose();
  };

  port.on("message", (message: HostMessage) => {
    if (message.type === "stop") {
      stopWith(message.limit, message.message);
      return;
    }
    const deferred = pending.get(message.id);
    if (!deferred || finished) return;
    pending.delete(message.id);
    const value = context.newString(message.json);
    deferred.resolve(value);
    value.dispose();
    deferred.dispose();
    drain();
  });
  const timeUp = () => stopWith("time", limitMessage("time", limits));
  timer = setTimeout(timeUp, Math.max(0, deadline - Date.now()));

  const hostFn = context.newFunction("host", (kind, target, args) => {
    // After a limit, code that caught it runs until the next interrupt check: it may not
    // reach Missive meanwhile.
    // (A deadline passed while QuickJS ran has not reached `stopped` yet: the timer needs the
    // event loop.)
    if (stopped !== null || finished || Date.now() > deadline) {
      throw new Error("the execution has ended at a limit");
    }
    const deferred = context.newPromise();
    const id = nextId++;
    pending.set(id, deferred);
    post({
      type: "host",
      id,
      kind: context.getString(kind),
      target: context.getString(target),
      args: context.getString(args),
    });
    return deferred.handle;
  });
  const printFn = context.newFunction("print", (line) => {
    if (!finished) output.add(`${context.getString(line)}\n`);
  });
  // Called by the prelude's check at every catch site (catch-guard.ts), for the allocations
  // QuickJS refuses itself (one larger than the limit) and the heap growth never sees.
  const overMemoryFn = context.newFunction("overMemory", overMemory);
  const finishFn = context.newFunction("finish", (ok, json) => {
    const text = context.getString(json);
    if (context.dump(ok) === true) {
      end({ ok: true, value: output.clip(text) });
    } else {
      end({ ok: false, error: sandboxError(JSON.parse(text), limits, null, columnOf) });
    }
  });
  const globals: [string, QuickJSHandle][] = [
    ["__host", hostFn],
    ["__print", printFn],
    ["__finish", finishFn],
    ["__overMemory", overMemoryFn],
    ["__methods", context.newString(JSON.stringify(input.methods))],
  ];
  for (const [name, handle] of globals) {
    context.setProp(context.global, name, handle);
    handle.dispose();
  }

  const start = context.unwrapResult(context.evalCode(prelude, "prelude.js"));
  const compiled = context.evalCode(source, "code.js");
  if (compiled.error) {
    const error = context.dump(compiled.error);
    compiled.error.dispose();
    start.dispose();
    end({ ok: false, error: sandboxError(error, limits, stopped, columnOf) });
  } else {
    compiled.value.dispose();
    const mainFn = context.getProp(context.global, "__main__");
    const started = context.callFunction(start, context.undefined, mainFn);
    mainFn.dispose();
    start.dispose();
    if (started.error) {
      const error = context.dump(started.error);
      started.error.dispose();
      end({ ok: false, error: sandboxError(error, limits, stopped, columnOf) });
    } else {
      started.value.dispose();
      drain();
    }
  }
  // From here on, host replies drive the code; the interrupt handler or the memory limit
  // surfaces as a rejection of `__main__`, reported through `__finish`. The host terminates
  // this worker after `done` (so nothing is disposed here: a runtime disposed with a live
  // handle would abort).
}

main().catch((error) => {
  post({
    type: "done",
    outcome: {
      ok: false,
      error: { name: "InternalError", message: `the sandbox failed: ${(error as Error).message}` },
      logs: "",
      truncated: false,
    },
  });
});
