/**
 * `pnpm sim`: the simulator from the command line prints its URL and a token, serves seeded,
 * deterministic data sized by --size, and stops cleanly on Ctrl-C (SIGINT).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { freePort } from "@missive-ts/mock/free-port";
import { afterEach, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");
const started: ChildProcess[] = [];

afterEach(() => {
  for (const child of started.splice(0)) child.kill("SIGKILL");
});

/** Starts `pnpm sim` (its script) and resolves with what it printed once it is listening. */
function startSim(
  args: string[],
): Promise<{ child: ChildProcess; output: string; code?: number | null }> {
  // One process (tsx as a loader, not its CLI wrapper), so a kill reaches the server itself.
  const child = spawn(
    process.execPath,
    [
      "--conditions=missive-ts-source",
      "--import",
      "tsx",
      join(root, "tools/sim/src/cli.ts"),
      ...args,
    ],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
  );
  started.push(child);
  let output = "";
  return new Promise((resolve) => {
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("missive conversations list")) resolve({ child, output });
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    child.once("exit", (code) => resolve({ child, output, code }));
  });
}

async function firstIds(url: string, token: string): Promise<string[]> {
  const response = await fetch(`${url}/conversations?inbox=true&limit=50`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { conversations: Array<{ id: string }> };
  return body.conversations.map((conversation) => conversation.id);
}

describe("pnpm sim", () => {
  it("prints its URL and a token that work, serves --size conversations, stops on Ctrl-C", async () => {
    const port = await freePort();
    const { child, output } = await startSim(["--port", String(port), "--size", "7"]);
    const url = `http://127.0.0.1:${port}`;
    expect(output).toContain(`export MISSIVE_BASE_URL=${url}`);
    const token = /export MISSIVE_API_TOKEN=(\S+)/.exec(output)?.[1];
    expect(token).toBeTruthy();
    expect(await firstIds(url, token as string)).toHaveLength(7);

    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });

  it("the same --seed gives the same data; another seed, other data", async () => {
    const ids = async (seed: string) => {
      const port = await freePort();
      const { child } = await startSim(["--port", String(port), "--seed", seed, "--size", "3"]);
      try {
        return await firstIds(`http://127.0.0.1:${port}`, "any");
      } finally {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGINT");
        await exited;
      }
    };
    const [a, b, c] = [await ids("5"), await ids("5"), await ids("6")];
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("--port 0 prints the port it really listens on", async () => {
    const { child, output } = await startSim(["--port", "0", "--size", "2"]);
    const url = /export MISSIVE_BASE_URL=(\S+)/.exec(output)?.[1] ?? "";
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(url).not.toMatch(/:0$/);
    expect(await firstIds(url, "any")).toHaveLength(2);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGINT");
    await exited;
  });

  it("a mistyped flag is a usage error with the usage line, not a stack trace", async () => {
    const { code, output } = await startSim(["--sede", "3"]);
    expect(code).toBe(2);
    expect(output).toContain("--sede");
    expect(output).toContain("npm run sim -- [--port 4020]");
    expect(output).not.toContain("at ");
  });

  it("a wrong --size is a usage error naming the flag", async () => {
    const { code, output } = await startSim(["--size", "huge"]);
    expect(code).toBe(2);
    expect(output).toContain("--size");
    expect(output).toContain("small, medium, large");
  });
});
