/**
 * The JavaScript that runs inside QuickJS before the agent's code: it builds the frozen
 * `missive` object and `console` from two host functions, then removes them from the global
 * scope. It keeps its own copies of `JSON` and `Object` methods, so code that replaces
 * `JSON.stringify` or pollutes prototypes changes neither what the bridge sends nor how it
 * reads answers. Everything crosses the boundary as JSON text: no host object ever enters.
 *
 * Its completion value is `start(main)`, which runs the agent's `__main__` and reports its
 * return value (as JSON) or its error through `__finish`. It also defines the check every catch
 * site of the agent's code calls (catch-guard.ts), and wraps promise rejection handlers in it.
 */
import { guardName } from "./catch-guard.js";

export const prelude = `(() => {
  "use strict";
  const host = globalThis.__host, print = globalThis.__print, finish = globalThis.__finish;
  const overMemory = globalThis.__overMemory;
  const methods = JSON.parse(globalThis.__methods);
  delete globalThis.__host; delete globalThis.__print; delete globalThis.__finish; delete globalThis.__methods;
  delete globalThis.__overMemory;
  const parse = JSON.parse, stringify = JSON.stringify, freeze = Object.freeze;
  const keys = Object.keys, create = Object.create, define = Object.defineProperty;
  const MakeError = Error, iterator = Symbol.asyncIterator, StringOf = String;
  const protoOf = Object.getPrototypeOf, apply = Reflect.apply;
  const outOfMemory = InternalError.prototype, promiseThen = Promise.prototype.then;
  // Every catch site calls this first (catch-guard.ts): an error of the memory limit ends the
  // run there, like the time interrupt, however the code handles it.
  // A thrown proxy (revoked, or with a throwing getPrototypeOf trap) or a throwing message
  // getter is no memory error: the check must not throw in the code's catch instead of it.
  const isOutOfMemory = (error) => {
    try { return error !== null && typeof error === "object" && protoOf(error) === outOfMemory && error.message === "out of memory"; }
    catch { return false; }
  };
  const caught = (error) => {
    if (isOutOfMemory(error)) {
      overMemory();
      throw error;
    }
  };
  define(globalThis, "${guardName}", { value: caught, writable: false, configurable: false });
  define(Promise.prototype, "then", {
    value: function then(onFulfilled, onRejected) {
      const checked = typeof onRejected === "function" ? (error) => { caught(error); return onRejected(error); } : onRejected;
      return apply(promiseThen, this, [onFulfilled, checked]);
    },
    // Writable and configurable as in JavaScript (else "promise.then = f" fails on an instance):
    // whatever replaces it can reach the engine's then only through this one.
    writable: true, configurable: true,
  });
  const unwrap = (json) => {
    const answer = parse(json);
    if (answer.ok) return answer.value;
    const error = new MakeError(answer.error.message);
    error.name = answer.error.name;
    throw error;
  };
  const send = async (kind, target, args) => unwrap(await host(kind, target, stringify(args)));
  const missive = create(null);
  for (const [space, name, listAll] of methods) {
    const namespace = missive[space] || (missive[space] = create(null));
    const target = space + "." + name;
    namespace[name] = (...args) => send("call", target, args);
    if (listAll) {
      namespace[listAll] = (...args) => {
        const walk = {
          [iterator]() {
            let id = null, done = false;
            return {
              async next() {
                if (done) return { done: true, value: undefined };
                if (id === null) id = await send("open", target, args);
                const step = await send("next", StringOf(id), []);
                if (step.done) done = true;
                return step;
              },
              async return() {
                if (id !== null && !done) { done = true; await send("close", StringOf(id), []); }
                done = true;
                return { done: true, value: undefined };
              },
            };
          },
          async toArray() { const all = []; for await (const item of walk) all.push(item); return all; },
        };
        return freeze(walk);
      };
    }
  }
  for (const space of keys(missive)) freeze(missive[space]);
  freeze(missive);
  const show = (value) => {
    if (typeof value === "string") return value;
    try { const text = stringify(value); return text === undefined ? StringOf(value) : text; }
    catch (error) { caught(error); return StringOf(value); }
  };
  const log = (...args) => { print(args.map(show).join(" ")); };
  const console = freeze({ log, info: log, warn: log, error: log, debug: log });
  define(globalThis, "missive", { value: missive, writable: false, configurable: false });
  define(globalThis, "console", { value: console, writable: false, configurable: false });
  const describe = (error) => {
    if (error === null || typeof error !== "object") return stringify({ name: "Error", message: StringOf(error), stack: "" });
    return stringify({ name: error.name === undefined ? "Error" : StringOf(error.name), message: StringOf(error.message), stack: StringOf(error.stack || "") });
  };
  return (main) => {
    apply(promiseThen, main(), [
      (value) => {
        let text;
        try { text = stringify(value === undefined ? null : value); }
        catch (error) { caught(error); finish(false, stringify({ name: "TypeError", message: "the return value is not JSON: " + StringOf(error.message), stack: "" })); return; }
        finish(true, text === undefined ? "null" : text);
      },
      (error) => finish(false, describe(error)),
    ]);
  };
})()`;
