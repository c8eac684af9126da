/**
 * `--code-concurrency`: at most that many executions run at once per server; the rest wait in
 * line, first in first out, their time limit starting when they run; a cancelled waiting one
 * never starts.
 */
import { describe, expect, it } from "vitest";
import { createExecutionGate, ExecutionCancelledError } from "../src/code-mode/execution-gate.js";
import { sandboxCounts } from "../src/code-mode/sandbox.js";
import { executed, inMode, loadedMachineMs } from "./code-helpers.js";
import { textOf } from "./helpers.js";

describe("concurrent executions", { timeout: loadedMachineMs }, () => {
  it("runs at most --code-concurrency executions at once and queues the rest, each getting its full time", async () => {
    const cap = 2;
    const limitMs = 1_000;
    await inMode(
      "code",
      async ({ execute }) => {
        const before = sandboxCounts();
        expect(before.running).toBe(0);
        const results = await Promise.all(
          Array.from({ length: cap + 3 }, () => execute("while (true) {}")),
        );
        const after = sandboxCounts();
        // Every one of the five ran (none was refused for waiting) and each ended by its own
        // time limit, which started only when it ran.
        expect(after.started - before.started).toBe(cap + 3);
        for (const result of results) {
          expect(result.isError).toBe(true);
          expect(textOf(result)).toContain("the wall time limit (1 s) was reached [limit: time]");
        }
        // Without the gate all five workers spin at once.
        expect(after.mostAtOnce).toBe(cap);
        expect(after.running).toBe(0);
      },
      { limits: { timeMs: limitMs, concurrency: cap } },
    );
  });

  it("drops a waiting execution whose request is cancelled: it never starts", async () => {
    await inMode(
      "code",
      async ({ client, execute }) => {
        const before = sandboxCounts();
        const spinning = execute("while (true) {}");
        const cancel = new AbortController();
        const waiting = client
          .callTool({ name: "execute", arguments: { code: "return 'ran';" } }, undefined, {
            signal: cancel.signal,
          })
          .then(
            () => "answered",
            () => "cancelled",
          );
        // The first one is running (its worker started), the second waits behind it.
        while (sandboxCounts().started === before.started) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        cancel.abort();
        expect(await waiting).toBe("cancelled");
        expect((await spinning).isError).toBe(true);
        expect(executed(await execute("return 1;")).result).toBe(1);
        // The spinning one and the last one: the cancelled one never had a worker.
        expect(sandboxCounts().started - before.started).toBe(2);
      },
      { limits: { timeMs: 2_000, concurrency: 1 } },
    );
  });

  it("hands slots out first in, first out", async () => {
    const gate = createExecutionGate(1);
    const order: number[] = [];
    const releases: Array<() => void> = [];
    const hold = (n: number) =>
      gate.run(
        () =>
          new Promise<void>((resolve) => {
            order.push(n);
            releases.push(resolve);
          }),
      );
    const runs = [hold(1), hold(2), hold(3), hold(4)];
    expect(gate.running).toBe(1);
    expect(gate.waiting).toBe(3);
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      releases[i]?.();
    }
    await Promise.all(runs);
    expect(order).toEqual([1, 2, 3, 4]);
    expect(gate.running).toBe(0);
  });

  it("leaves the line when cancelled, and refuses an already cancelled request", async () => {
    const gate = createExecutionGate(1);
    let release = () => {};
    const first = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
    const cancel = new AbortController();
    const ran: string[] = [];
    const second = gate.run(async () => ran.push("second"), cancel.signal);
    const third = gate.run(async () => ran.push("third"));
    expect(gate.waiting).toBe(2);
    cancel.abort();
    await expect(second).rejects.toBeInstanceOf(ExecutionCancelledError);
    expect(gate.waiting).toBe(1);
    release();
    await Promise.all([first, third]);
    expect(ran).toEqual(["third"]);
    await expect(gate.run(async () => 1, cancel.signal)).rejects.toBeInstanceOf(
      ExecutionCancelledError,
    );
    expect(gate.running).toBe(0);
  });
});
