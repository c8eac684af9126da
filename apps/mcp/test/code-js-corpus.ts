/**
 * Valid agent programs that touch what catch-guard.ts rewrites (`catch`, `finally`, promise
 * rejection handlers) or could mistake for it. code-js-semantics.test.ts runs each through
 * `execute` and in plain Node and compares.
 */
export interface Program {
  name: string;
  code: string;
  /** Has TypeScript syntax. */
  ts?: boolean;
  /**
   * The same throw at the same column with no catch before it: `execute` must report the same
   * column for both (V8 and QuickJS count columns differently, so not against Node).
   */
  column?: string;
  /** An engine-made error: its message differs between V8 and QuickJS, name and line do not. */
  errorNameOnly?: boolean;
  /** A known QuickJS/V8 difference: the error's line is not compared. */
  engine?: string;
}

const lexical: Program[] = [
  {
    name: "catch, finally and try inside strings",
    code: `const a = "try { x } catch (e) { }"; const b = 'finally { return 1 }';
      const c = "catch {"; return [a, b, c, a.length + b.length];`,
  },
  {
    name: "template literals with try/catch inside placeholders",
    code: `const f = (x) => x * 2;
      const t = \`catch \${(() => { try { throw 3 } catch (e) { return f(e) } finally { } })()} finally \${(() => { try { return "t" } finally { console.log("fin") } })()}\`;
      return \`\${t} | \${\`nested \${(() => { try { JSON.parse("{") } catch { return "bad" } })()}\`}\`;`,
  },
  {
    name: "regex literals /catch/ and /finally/ and division",
    code: `const r = /catch\\s*\\(e\\)\\s*{/; const s = /finally {/g; const n = 10 / 2 / 1;
      return [r.test("catch (e) {"), "finally { finally {".match(s).length, n, /try|catch/.source];`,
  },
  {
    name: "comments holding catch and finally",
    code: `// try { } catch (e) { }
      /* finally { return 2 } */
      let x = 1; /* catch { */ x += 1; // finally
      try { x += 10 /* } catch (e) { */ } catch /* (e) */ (e) /* { */ { x = -1 } finally /* { */ { x *= 2 }
      return x;`,
  },
  {
    name: "properties and methods named catch, finally and then",
    code: `const o = { catch: 1, finally: 2, then2: 3, "try": 4 };
      class K { catch(e) { return "m" + e } finally() { return "f" } static then() { return "s" } }
      const k = new K(); const m = { catch(e) { return e + 1 }, finally: () => "arrow" };
      return [o.catch, o.finally, o["try"], k.catch(1), k.finally(), K.then(), m.catch(1), m.finally()];`,
  },
  {
    name: "private, static, getter, setter, async and generator members named catch and finally",
    code: `class A {
        #catch = 1; #finally() { return 2 }
        static catch() { return "s" } get finally() { return "g" } set catch(v) { this.v = v }
        async then2() { return 3 } *finally2() { yield 4 } catch2 = () => 5; finally = 6;
        static { try { throw 1 } catch { A.init = "static block" } finally { A.done = true } }
        own() { return [this.#catch, this.#finally()] }
      }
      const o = { get catch() { return "oc" }, set finally(v) { this.f = v }, async catch2() { return 7 }, *finally2() { yield 8 } };
      o.finally = 9;
      const a = new A(); a.catch = 10;
      const { catch: c, finally: f } = o;
      const p = Promise.reject(11);
      const q = await p?.catch?.((e) => e + 1);
      return [a.own(), A.catch(), a.finally, a.v, A.init, A.done, o.catch, o.f, c, f, q];`,
  },
  {
    name: "regex literals after ) and ? that look like catch and finally blocks",
    code: `const out = [];
      if (true) /catch (e) {x}/.test("catch (e) {x}") && out.push("if-regex");
      const r = out.length ? /finally {/g : /catch {/;
      const s = (1) / 2 / 4;
      out.push(r.source, s);
      return out;`,
  },
  {
    name: "newer syntax next to catch: brand checks, logical assignment, regex classes with slashes",
    code: `class P { #x = 1; static has(o) { return #x in o } }
      let a = null; a ??= "set"; let b = 0; b ||= 2; let c = 1; c &&= 3;
      const r = /[/]catch (e) {[/]/; const named = /(?<word>finally)/.exec("in finally {").groups.word;
      let caught;
      try { JSON.parse("{") } catch (e) { caught = e instanceof SyntaxError } finally { a += "!" }
      return [P.has(new P()), P.has({}), a, b, c, r.test("/catch (e) {/"), named, 1_000, caught];`,
  },
  {
    name: "yield* delegation with finally in both generators and return()",
    code: `const log = [];
      function* inner() { try { yield 1; yield 2 } finally { log.push("inner") } }
      function* outer() { try { yield* inner() } catch (e) { log.push("never") } finally { log.push("outer") } }
      const it = outer(); it.next();
      log.push(JSON.stringify(it.return("r")));
      return log;`,
  },
  {
    name: "await inside catch and finally of an async function",
    code: `const log = [];
      async function f() {
        try { await Promise.reject(new Error("a")) }
        catch (e) { log.push(await Promise.resolve("caught " + e.message)) }
        finally { await null; log.push("finally") }
        try { return "try" } finally { await Promise.reject(new Error("late")).catch((e) => log.push(e.message)) }
      }
      log.push(await f());
      return log;`,
  },
  {
    name: "an object with a then method is a thenable when awaited",
    code: `const log = [];
      const thenable = { then(resolve, reject) { log.push("then called"); resolve(42) } };
      const v = await thenable;
      const failing = { then(resolve, reject) { reject(new TypeError("nope")) } };
      try { await failing } catch (e) { log.push(e.name + ":" + e.message) }
      const p = Promise.resolve(thenable).then((x) => x + 1);
      return [v, await p, log];`,
  },
];

const wrapper: Program[] = [
  {
    name: "a use strict directive on the first line still applies",
    code: `"use strict";
      function who() { return this === undefined }
      let refused = false;
      try { Object.freeze([1]).push(2) } catch (e) { refused = e instanceof TypeError }
      return [who(), refused];`,
  },
  {
    name: "a comment on the first and on the last line",
    code: `// first line is a comment: catch (e) {
      try { throw 1 } catch (e) { var v = e }
      return v // last line is a comment, finally {`,
  },
];

const catches: Program[] = [
  {
    name: "TypeScript catch (e: unknown) and catch (e: any)",
    ts: true,
    code: `let out: string[] = [];
      try { throw new RangeError("r") } catch (e: unknown) { if (e instanceof RangeError) out.push(e.message) }
      try { null!.x } catch (e: any) { out.push(e instanceof TypeError ? "TypeError" : "other") }
      return out;`,
  },
  {
    name: "optional catch binding",
    code: `let n = 0;
      try { throw 1 } catch { n += 1 }
      try { JSON.parse("{") } catch { n += 10 } finally { n += 100 }
      const f = () => { try { return JSON.parse("x") } catch { return "fallback" } };
      return [n, f()];`,
  },
  {
    name: "destructured catch bindings with defaults",
    code: `const out = [];
      try { throw { code: 7 } } catch ({ code, message = "none", extra: { deep } = { deep: "d" } }) { out.push(code, message, deep) }
      try { throw [1] } catch ([a, b = 2, ...rest]) { out.push(a, b, rest.length) }
      try { throw new Error("msg") } catch ({ message: m, name }) { out.push(m, name) }
      try { throw { v: 1 } } catch ({ v }) { v += 1; out.push(v) }
      return out;`,
  },
  {
    name: "a destructured catch default reads the outer binding, not the catch block's",
    code: `const x = "outer";
      try { throw {} } catch ({ a = x }) { const x = "inner"; return [a, x]; }`,
  },
  {
    name: "destructured catch parameters with an empty body",
    code: `let after = 0;
      try { throw {} } catch ({ a }) {}
      try { throw [1] } catch ([b]) {} finally { after += 1 }
      after += 10;
      return after;`,
  },
  {
    name: "try/catch and try/finally inside a destructured catch parameter's defaults",
    code: `try { throw {} } catch ({ a = (() => { try { throw 1 } catch { return 2 } })(), b = (() => { try { return 3 } finally { } })() }) {
        try { throw [] } catch ([c = (() => { try { throw 4 } catch (e) { return e } })()]) { return [a, b, c] }
      }`,
  },
  {
    name: "a destructuring that fails in the catch parameter throws out of the catch",
    code: `const out = [];
      try {
        try { throw null } catch ({ a }) { out.push("in catch") } finally { out.push("finally") }
      } catch (e) { out.push(e instanceof TypeError) }
      return out;`,
  },
  {
    name: "var in a catch block with the same simple name (Annex B)",
    code: `function f() { try { throw 1 } catch (e) { var e = 2; var g = e; } return [typeof e, g]; }
      return f();`,
  },
  {
    name: "function declarations and closures inside catch",
    code: `const fns = [];
      for (let i = 0; i < 3; i++) { try { throw i } catch (e) { function h() { return e * 10 } fns.push(() => e, h) } }
      return fns.map((f) => f());`,
  },
  {
    name: "catch parameter shadows and is assignable",
    code: `let e = "outer";
      try { throw "inner" } catch (e) { e = e + "!"; var seen = e }
      return [e, seen];`,
  },
  {
    name: "nested try inside catch and inside finally",
    code: `const out = [];
      try { throw new Error("a") }
      catch (e1) {
        try { throw new Error("b") } catch (e2) { out.push(e1.message + e2.message) } finally { out.push("inner finally") }
        try { try { throw 1 } finally { out.push("ff") } } catch (e3) { out.push(e3) }
      }
      finally {
        try { throw new Error("c") } catch { out.push("in finally") } finally { out.push("fin-fin") }
      }
      return out;`,
  },
  {
    name: "rethrow from catch keeps the identity of the error",
    code: `const original = new Error("same");
      try { try { throw original } catch (e) { throw e } } catch (again) { return again === original }`,
  },
  {
    name: "catch and finally on one line, one statement",
    code: "let s = ''; try{s+='t';throw 0}catch(e){s+='c'+e}finally{s+='f'}try{s+=1}finally{s+=2} return s;",
  },
];

const finallies: Program[] = [
  {
    name: "return in finally overrides a return and a throw",
    code: `function a() { try { return 1 } finally { return 2 } }
      function b() { try { throw new Error("lost") } finally { return "b" } }
      function c() { try { throw new Error("x") } catch (e) { return "catch" } finally { return "finally" } }
      function d() { let i = 0; try { return i } finally { i = 5 } }
      return [a(), b(), c(), d()];`,
  },
  {
    name: "throw in finally replaces the error",
    code: `try { try { throw new Error("first") } finally { throw new Error("second") } }
      catch (e) { return e.message }`,
  },
  {
    name: "labelled break and continue out of finally swallow the error",
    code: `const out = [];
      outer: for (let i = 0; i < 3; i++) {
        inner: for (let j = 0; j < 3; j++) {
          try { if (j === 1) throw new Error("x" + i); out.push(i + "" + j) }
          finally { if (j === 1) continue outer; }
        }
      }
      block: { try { throw new Error("gone") } finally { break block } }
      let k = 0;
      while (true) { try { k++; throw k } finally { if (k > 2) break; else continue } }
      return [out, k];`,
  },
  {
    name: "finally runs on break and continue without an error",
    code: `const out = [];
      for (const x of [1, 2, 3]) { try { if (x === 2) continue; if (x === 3) break; out.push(x) } finally { out.push("f" + x) } }
      return out;`,
  },
  {
    name: "an uncaught error passes through try/finally with its line",
    code: `const out = [];
      function f() {
        try {
          throw new TypeError("from line 4");
        } finally {
          out.push("cleanup");
        }
      }
      f();`,
  },
];

const generators: Program[] = [
  {
    name: "generator return() runs finally, and a yield in finally",
    code: `const log = [];
      function* g() { try { yield 1; yield 2 } finally { log.push("cleanup"); yield "from finally" } }
      const it = g(); const a = it.next(); const b = it.return("early"); const c = it.next();
      for (const v of g()) { if (v === 1) break }
      return [a, b, c, log];`,
  },
  {
    name: "generator throw() is caught inside the generator",
    code: `function* g() { while (true) { try { yield "ready" } catch (e) { yield "caught " + e } finally { } } }
      const it = g(); it.next();
      const r = it.throw("boom"); const s = it.next();
      function* h() { try { yield 1 } finally { } }
      const j = h(); j.next();
      try { j.throw(new Error("out")) } catch (e) { return [r, s, e.message, j.next()] }`,
  },
  {
    name: "async generators with try/finally and return()",
    code: `const log = [];
      async function* g() { try { yield 1; await null; yield 2 } catch (e) { log.push("c" + e) } finally { log.push("fin"); await Promise.resolve() } }
      const it = g(); log.push(JSON.stringify(await it.next()));
      log.push(JSON.stringify(await it.return("r")));
      for await (const v of g()) { log.push(v); break }
      const t = g(); await t.next(); log.push(JSON.stringify(await t.throw("x")));
      return log;`,
  },
  {
    name: "for await with try over promises and a rejecting one",
    code: `const out = [];
      const items = [Promise.resolve(1), Promise.reject(new Error("two")), Promise.resolve(3)];
      try { for await (const v of items) out.push(v) } catch (e) { out.push("stopped: " + e.message) } finally { out.push("done") }
      async function* src() { yield "a"; throw new Error("src failed") }
      try { for await (const v of src()) { try { out.push(v) } finally { out.push("each") } } } catch ({ message }) { out.push(message) }
      return out;`,
  },
];

const promises: Program[] = [
  {
    name: "promise.catch, .finally and .then(a, b) chains",
    code: `const out = [];
      const v = await Promise.reject(new Error("r1")).catch((e) => e.message + "!").finally(() => out.push("fin"));
      const w = await Promise.reject(2).then((x) => "ok" + x, (e) => "handled" + e);
      const x = await Promise.resolve(3).then(undefined, () => "never").then((n) => n * 2);
      const y = await Promise.reject(4).then(() => "skip").catch((e) => { throw e + 1 }).catch((e) => e * 10);
      const z = await Promise.resolve(5).finally(() => { throw new Error("finally wins") }).catch((e) => e.message);
      return [v, w, x, y, z, out];`,
  },
  {
    name: "handler ordering of then, catch and finally across promises",
    code: `const log = [];
      const a = Promise.resolve().then(() => log.push("a1")).then(() => log.push("a2")).then(() => log.push("a3"));
      const b = Promise.reject(0).catch(() => log.push("b1")).finally(() => log.push("b2")).then(() => log.push("b3"));
      const c = Promise.reject(0).then(null, () => log.push("c1")).then(() => log.push("c2"));
      (async () => { log.push("d0"); try { await Promise.reject(1) } catch { log.push("d1") } finally { log.push("d2") } })();
      await Promise.all([a, b, c]);
      await null; await null;
      return log;`,
  },
  {
    name: "await of a rejected promise caught, and async arrows",
    code: `const fail = async (m) => { throw new Error(m) };
      const safe = async (m) => { try { return await fail(m) } catch (e) { return "caught " + e.message } };
      const noAwait = async (m) => { try { return fail(m) } catch (e) { return "never" } };
      let outer;
      try { await noAwait("escapes") } catch (e) { outer = e.message }
      return [await safe("x"), outer];`,
  },
  {
    name: "unhandled rejections do not fail the run",
    code: `Promise.reject(new Error("nobody listens"));
      (async () => { throw new Error("async nobody") })();
      const p = Promise.reject(1); p.then(() => {});
      await null;
      console.log("still running");
      return "finished";`,
  },
  {
    name: "Promise.all, any, race and allSettled",
    code: `const ok = (v) => Promise.resolve(v), no = (v) => Promise.reject(v);
      const all = await Promise.all([ok(1), 2, ok(3)]);
      let allErr; try { await Promise.all([ok(1), no("bad")]) } catch (e) { allErr = e }
      const any = await Promise.any([no(1), ok(2), ok(3)]);
      let anyErr; try { await Promise.any([no("a"), no("b")]) } catch (e) { anyErr = [e.constructor.name, e.errors] }
      const race = await Promise.race([new Promise((r) => r("slow").then ? 0 : 0), ok("fast")]);
      const settled = await Promise.allSettled([ok(1), no(new Error("x")).catch((e) => { throw e.message }), 3]);
      return { all, allErr, any, anyErr, race, settled };`,
  },
  {
    name: "a promise subclass and then called on it",
    code: `class Tracked extends Promise { }
      const t = Tracked.resolve(1).then((x) => x + 1);
      const r = Tracked.reject(new Error("t")).catch((e) => e.message);
      return [t instanceof Tracked, await t, r instanceof Tracked, await r, Promise.prototype.then.length, Promise.prototype.then.name];`,
  },
  {
    name: "then called with a non-function handler, and on a non-promise",
    code: `const a = await Promise.reject(5).then(1, 2).catch((e) => e);
      let err; try { Promise.prototype.then.call({}, () => {}) } catch (e) { err = e instanceof TypeError }
      const handler = { count: 0 };
      const b = await Promise.reject(6).then(null, function (e) { return [typeof this, e] });
      return [a, err, b];`,
  },
  {
    name: "an object with its own then over a promise",
    code: `const p = Promise.resolve(1);
      const wrapped = Object.create(p);
      wrapped.then = function (res) { res("own then") };
      return [await wrapped, Object.prototype.hasOwnProperty.call(wrapped, "then")];`,
  },
  {
    name: "a promise given its own then property",
    code: `const p = Promise.resolve(1);
      p.then = function (resolve) { resolve("replaced") };
      return [await p === 1, typeof p.then, p.then === Promise.prototype.then];`,
  },
  {
    name: "Promise.prototype.then replaced and restored by the code",
    code: `const original = Promise.prototype.then; let calls = 0;
      Promise.prototype.then = function (a, b) { calls++; return original.call(this, a, b) };
      const v = await Promise.reject(1).catch((e) => e + 1);
      Promise.prototype.then = original;
      const d = Object.getOwnPropertyDescriptor(Promise.prototype, "then");
      return [v, calls, d.writable, d.enumerable, d.configurable, Promise.prototype.then === original];`,
  },
];

const thrown: Program[] = [
  {
    name: "non-Error values thrown and caught",
    code: `const out = [];
      for (const v of ["text", undefined, null, 0, { a: 1 }, [1, 2], Symbol.iterator, 12n]) {
        try { throw v } catch (e) { out.push([typeof e, e === v, e instanceof Error]) }
      }
      return out;`,
  },
  {
    name: "a revoked proxy and a proxy whose getPrototypeOf throws, thrown and caught",
    code: `const { proxy, revoke } = Proxy.revocable({}, {}); revoke();
      const hostile = new Proxy({}, { getPrototypeOf() { throw new Error("trap") } });
      const out = [];
      for (const value of [proxy, hostile]) {
        try { throw value } catch (e) { out.push(e === value) }
        try { throw value } catch { out.push("bare") }
        out.push(await Promise.reject(value).catch((e) => e === value));
        out.push(await Promise.reject(value).then(null, () => "then"));
        try { try { throw value } finally { out.push("finally") } } catch (e) { out.push(e === value) }
      }
      return out;`,
  },
  {
    name: "a string thrown uncaught",
    code: `throw "plain string";`,
  },
  {
    name: "undefined thrown uncaught",
    code: `throw undefined;`,
  },
  {
    name: "an object thrown uncaught",
    code: `throw { name: "Custom", message: "from an object" };`,
  },
  {
    name: "an error subclass thrown uncaught after a catch, with its line",
    code: `class MissiveLike extends Error { constructor(m) { super(m); this.name = "MissiveLike" } }
      try { throw new MissiveLike("first") } catch (e) { console.log(e instanceof MissiveLike, e instanceof Error, e.name) }
      throw new MissiveLike("second");`,
    engine: "QuickJS's stack starts in the subclass constructor (line 1); V8 skips it (line 3)",
  },
  {
    name: "an error thrown from inside a catch block is reported at its own line",
    code: `let a = 1;
      try {
        a.b.c = 2;
      } catch (e) {
        throw new Error("rethrown at line 5");
      }`,
  },
  {
    name: "an error thrown on the same line after a catch keeps its column",
    code: `let n = 0;\ntry { JSON.parse("{") } catch (e) { throw new Error("x") }`,
    column: `let n = 0;\n/*                               */ throw new Error("x")  `,
  },
  {
    name: "an error thrown on the same line after catch {} keeps its column",
    code: `try { JSON.parse("{") } catch { throw new Error("x") }`,
    column: `/*                           */ throw new Error("x")  `,
  },
  {
    name: "an error thrown on the same line after try/finally keeps its column",
    code: `try { } finally { } throw new Error("x")`,
    column: `/*               */ throw new Error("x")`,
  },
  {
    name: "an error thrown on the same line after a destructured catch keeps its column",
    code: `try { throw {} } catch ({ a }) { throw new Error("x") }`,
    column: `/*                            */ throw new Error("x")  `,
  },
  {
    name: "a catch parameter destructured over several lines keeps the lines after it",
    code: `try { throw { a: 1, b: 2 } } catch ({
        a,
        b = 3,
      }) { console.log(a, b) }
      try { throw {} } catch ({
        missing = "d" }) { throw new Error("line 6: " + missing) }`,
  },
  {
    name: "an error on the first line keeps its column",
    code: `try { } catch { } throw new Error("x")`,
    column: `/*             */ throw new Error("x")`,
  },
  {
    name: "e.stack names the agent's own lines",
    code: `function inner() {
        throw new Error("deep");
      }
      function outer() {
        try { inner() } finally { }
      }
      try {
        outer();
      } catch (e) {
        return [...String(e.stack).matchAll(/code\\.js:(\\d+)/g)].map((m) => Number(m[1]));
      }`,
  },
  {
    name: "an engine TypeError uncaught after try/catch blocks, with its line",
    code: `try { throw 1 } catch { }
      try { } finally { }
      const o = null;
      return o.missing;`,
    errorNameOnly: true,
  },
];

const typescript: Program[] = [
  {
    name: "enums, as, generics, non-null and satisfies",
    ts: true,
    code: `enum Color { Red, Green = "g", Blue = 4 }
      const enum_ = [Color.Red, Color.Green, Color.Blue, Color[0]];
      function first<T>(items: T[]): T | undefined { return items[0] }
      const n = first<number>([3, 2])!;
      const conf = { retries: 2 } satisfies { retries: number };
      const s = ("abc" as unknown) as string;
      interface Shape { kind: "sq"; size: number }
      type Alias = Shape | null;
      const shape: Alias = { kind: "sq", size: 2 };
      class Box<T> { constructor(private readonly value: T, public tag?: string) {} get(): T { return this.value } }
      const b = new Box<string>("boxed", "t");
      let caught: string = "";
      try { throw new Error("typed") } catch (e: unknown) { caught = (e as Error).message } finally { caught += "!" }
      return [enum_, n, conf, s.length, shape!.size, b.get(), b.tag, caught];`,
  },
  {
    name: "async TypeScript functions with try and typed catch",
    ts: true,
    code: `async function load(id: string): Promise<{ id: string }> {
        if (id === "") throw new Error("empty id");
        return { id };
      }
      const results: Array<string> = [];
      for (const id of ["a", "", "b"]) {
        try { results.push((await load(id)).id) } catch (err: unknown) { results.push(err instanceof Error ? err.message : "?") }
      }
      const arrow = async <T,>(x: T): Promise<T> => { try { return x } finally { results.push("arrow") } };
      await arrow<number>(1);
      return results;`,
  },
];

const syntax: Program[] = [
  {
    name: "a syntax error is reported at the agent's line",
    code: `const a = 1;
      try { a } catch (e) { }
      const = 2;`,
    errorNameOnly: true,
  },
  {
    name: "a redeclared catch parameter is a syntax error at the agent's line",
    code: `let ok = 1;
      try { ok } catch (e) {
        let e = 2;
      }`,
    errorNameOnly: true,
  },
];

export const corpus: Program[] = [
  ...wrapper,
  ...lexical,
  ...catches,
  ...finallies,
  ...generators,
  ...promises,
  ...thrown,
  ...typescript,
  ...syntax,
];
