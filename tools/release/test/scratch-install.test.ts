/**
 * The packed tarballs of all published packages, installed by npm into a scratch project (with
 * React and TanStack Query from the registry, at the versions packages/react is tested with),
 * then used from there: a Node ESM script, the `missive` and `missive-mcp` bins and a strict
 * type-check. A real redis-server backs the Redis rate-limit store.
 */
import { spawn } from "node:child_process";
import { copyFile, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type RunningRedis, startRedisServer } from "@missive-ts/mock/redis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SCHEMA_VERSION } from "../../../packages/sync/src/schema.ts";
import { bundledSpec, operationIds } from "../src/bundled-spec.ts";
import {
  type PackageJson,
  publishedPackages,
  readJson,
  repoBin,
  repoRoot,
  skipPackaging,
  type WorkspacePackage,
} from "../src/repo.ts";
import { npmEnv, run } from "../src/run.ts";
import {
  newerFromEnv,
  type ScratchDependencies,
  scratchDependencies,
  scratchDependencyMode,
  unlocked,
} from "../src/scratch-dependencies.ts";
import { createScratchProject, type ScratchProject } from "../src/scratch-project.ts";

const fixtures = fileURLToPath(new URL("./fixtures/scratch/", import.meta.url));
// A made-up token: it must reach the mock, and never the output.
const TOKEN = "missive_pat-SCRATCH0123456789abcdef";

interface ScriptReport {
  operationIds: string[];
  specVersion: string;
  specPaths: number;
  userIds: unknown[];
  updatedConversationIds: unknown[];
  webhook: { signed: boolean; tampered: boolean };
  html: string;
  redis: { userIds: unknown[]; keys: string[] };
}

/** Sends JSON-RPC requests (ids 0, 1, …) to an MCP server over stdio, one at a time; resolves with the answers. */
async function mcpSession(
  bin: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  requests: { method: string; params?: unknown }[],
  args: string[] = [],
): Promise<{ id: number; result?: unknown; error?: unknown }[]> {
  const child = spawn(bin, args, { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
  const answers: { id: number; result?: unknown; error?: unknown }[] = [];
  let buffer = "";
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  try {
    for (const [id, request] of requests.entries()) {
      const answered = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no answer to ${request.method}: ${stderr}`)),
          30_000,
        );
        const onData = (chunk: Buffer) => {
          buffer += chunk;
          for (let end = buffer.indexOf("\n"); end >= 0; end = buffer.indexOf("\n")) {
            const line = buffer.slice(0, end);
            buffer = buffer.slice(end + 1);
            const message = JSON.parse(line) as { id?: number };
            if (message.id === id) {
              answers.push(message as { id: number });
              clearTimeout(timer);
              child.stdout.off("data", onData);
              resolve();
            }
          }
        };
        child.stdout.on("data", onData);
      });
      child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", id, ...request })}\n`);
      await answered;
      if (id === 0)
        child.stdin.write(
          `${JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" })}\n`,
        );
    }
  } finally {
    child.kill();
  }
  return answers;
}

const mode = scratchDependencyMode();
/** Set by the latest-deps search only: packages held at newer versions than the lockfile's. */
const newer = newerFromEnv();

describe.skipIf(skipPackaging)(
  `the tarballs installed into a scratch project (${mode} dependencies)`,
  () => {
    let work = "";
    let project: ScratchProject;
    let packages = new Map<string, WorkspacePackage>();
    let report: ScriptReport;
    let redis: RunningRedis | undefined;
    let dependencies: ScratchDependencies;
    const pkg = (name: string) => {
      const found = packages.get(name);
      if (!found) throw new Error(`${name} is not a published workspace package`);
      return found;
    };
    const env = () =>
      npmEnv({
        MISSIVE_API_TOKEN: TOKEN,
        MISSIVE_BASE_URL: inject("mockUrl"),
        MISSIVE_REDIS_URL: redis?.url ?? "",
      });

    beforeAll(async () => {
      packages = new Map((await publishedPackages()).map((p) => [p.name, p]));
      redis = await startRedisServer();
      work = await mkdtemp(join(tmpdir(), "missive-scratch-"));
      project = await createScratchProject(join(work, "project"));
      const react = pkg("@missive-ts/react").manifest.devDependencies ?? {};
      const root = await readJson<PackageJson>(join(repoRoot, "package.json"));
      const fromRegistry = [
        ...["react", "react-dom", "@tanstack/react-query", "@types/react"].map((name) => ({
          name,
          importer: "packages/react",
          specifier: react[name] ?? "",
        })),
        {
          name: "@types/node",
          importer: ".",
          specifier: root.devDependencies?.["@types/node"] ?? "",
        },
      ];
      dependencies = await scratchDependencies([...packages.values()], fromRegistry, mode);
      const packedDir = inject("packedDir");
      const tarballs = (await readdir(packedDir)).map((file) => join(packedDir, file));
      await project.install([...tarballs, ...dependencies.specs], dependencies.install);
      const installed = await project.installed();
      // Says which versions this run checked (e.g. ioredis 6.0.0 locked, 6.1.0 latest), and
      // hands the latest-deps runner what differs from the lockfile.
      const drift = unlocked(installed, dependencies.locked);
      console.log(
        `scratch install (${mode}): ioredis ${installed.ioredis}; ${drift.length} package(s) ` +
          `not at a locked version${drift.map((d) => `\n  ${d.name} ${d.version}`).join("")}`,
      );
      if (process.env.MISSIVE_SCRATCH_REPORT) {
        await writeFile(process.env.MISSIVE_SCRATCH_REPORT, `${JSON.stringify({ mode, drift })}\n`);
      }
      for (const file of await readdir(fixtures)) {
        await copyFile(join(fixtures, file), join(project.dir, file));
      }
      const { stdout } = await run(process.execPath, ["use-packages.mjs"], {
        cwd: project.dir,
        env: env(),
        secrets: [TOKEN],
      });
      expect(stdout).not.toContain(TOKEN);
      report = JSON.parse(stdout) as ScriptReport;
    });

    afterAll(async () => {
      await redis?.stop();
      if (work) await rm(work, { recursive: true, force: true });
    });

    it.skipIf(mode === "latest" || newer.length > 0)(
      "locked: every third-party package is at the version pnpm-lock.yaml pins",
      async () => {
        expect(unlocked(await project.installed(), dependencies.locked)).toEqual([]);
      },
    );

    it("schema: operationMetadata covers every operation of the bundled spec, which loads", async () => {
      const spec = await bundledSpec(pkg("@missive-ts/schema"));
      expect(report.operationIds.slice().sort()).toEqual(operationIds(spec).sort());
      expect(report.specVersion).toBe(spec.info.version);
      expect(report.specPaths).toBe(Object.keys(spec.paths).length);
    });

    it("client: lists users from the mock, and ./webhooks verifies a signature", () => {
      expect(report.userIds.length).toBeGreaterThan(0);
      for (const id of report.userIds) expect(id).toEqual(expect.any(String));
      expect(report.updatedConversationIds).toEqual([expect.any(String)]);
      expect(report.webhook).toEqual({ signed: true, tampered: false });
    });

    it("ratelimit-redis: a client with the Redis store lists users, and the request is in Redis", () => {
      expect(report.redis.userIds).toEqual(report.userIds);
      // One scope (the hash of the token, never the token), in a hash tag; the answered request
      // is in its log.
      expect(report.redis.keys).toEqual([
        expect.stringMatching(/^missive:ratelimit:\{[0-9a-f]{64}\}:log$/),
      ]);
      expect(JSON.stringify(report.redis.keys)).not.toContain(TOKEN);
    });

    it("react: a component using useUsers renders on the server from the prefetched query", () => {
      expect(report.html).toContain(`success: ${report.userIds.length} users`);
    });

    it("cli: the installed missive bin prints its version and lists users from the mock", async () => {
      const cli = pkg("@missive-ts/cli");
      const missive = (args: string[]) =>
        run(project.bin("missive"), args, { cwd: project.dir, env: env(), secrets: [TOKEN] });
      expect((await missive(["--version"])).stdout.trim()).toBe(`missive ${cli.version}`);
      const { stdout, stderr } = await missive(["users", "list", "--json"]);
      expect(`${stdout}${stderr}`).not.toContain(TOKEN);
      const ids = (JSON.parse(stdout) as { id: unknown }[]).map((user) => user.id);
      expect(ids).toEqual(report.userIds);
    });

    it("mcp: the installed missive-mcp bin prints its version and answers tools/call over stdio", async () => {
      const mcp = pkg("@missive-ts/mcp");
      const bin = project.bin("missive-mcp");
      const version = await run(bin, ["--version"], { cwd: project.dir, env: env() });
      expect(version.stdout.trim()).toBe(`missive-mcp ${mcp.version}`);
      const answers = await mcpSession(
        bin,
        project.dir,
        env(),
        [
          {
            method: "initialize",
            params: {
              protocolVersion: "2025-06-18",
              capabilities: {},
              clientInfo: { name: "release", version: "0" },
            },
          },
          { method: "tools/list" },
          { method: "tools/call", params: { name: "list_users", arguments: {} } },
        ],
        ["--tools", "static"],
      );
      const [, listed, called] = answers.map((answer) => answer.result);
      const tools = (listed as { tools: { name: string }[] }).tools.map((tool) => tool.name);
      expect(tools).toContain("list_conversations");
      expect(tools).toContain("get_conversation_timeline");
      const users = (called as { structuredContent: { users: { id: unknown }[] } })
        .structuredContent.users;
      expect(users.map((user) => user.id)).toEqual(report.userIds);
      expect(JSON.stringify(answers)).not.toContain(TOKEN);
    });

    it("mcp: the installed bin's default code mode runs execute in its sandbox (worker, QuickJS, sucrase from the tarball)", async () => {
      const bin = project.bin("missive-mcp");
      const code =
        "const users: { id: string }[] = await missive.users.list();\nreturn users.map((u) => u.id);";
      const answers = await mcpSession(bin, project.dir, env(), [
        {
          method: "initialize",
          params: {
            protocolVersion: "2025-06-18",
            capabilities: {},
            clientInfo: { name: "release", version: "0" },
          },
        },
        { method: "tools/call", params: { name: "execute", arguments: { code } } },
      ]);
      const called = answers[1]?.result as { content: { text: string }[]; isError?: boolean };
      expect(called.isError).toBeFalsy();
      expect(JSON.parse(called.content[0]?.text ?? "{}").result).toEqual(report.userIds);
      expect(JSON.stringify(answers)).not.toContain(TOKEN);
    });

    it("sync: the installed package loads on this Node; missive sync and search copy the mock into SQLite and find a message", async () => {
      // The package itself loads on any supported Node (node:sqlite is imported on first use).
      const loaded = await run(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          'const s = await import("@missive-ts/sync"); console.log(typeof s.createSync, typeof s.postgresStore, s.SCHEMA_VERSION)',
        ],
        { cwd: project.dir, env: env() },
      );
      expect(loaded.stdout.trim()).toBe(`function function ${SCHEMA_VERSION}`);
      // SQLite needs Node 22.13+: this Node, or the pinned Node 24 from npm.
      const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
      const node =
        major > 22 || (major === 22 && minor >= 13)
          ? process.execPath
          : (
              await run(
                "npx",
                ["-y", "-p", "node@24.21.0", "--", "node", "-p", "process.execPath"],
                { cwd: project.dir, env: env() },
              )
            ).stdout.trim();
      const missive = (args: string[]) =>
        run(node, [project.bin("missive"), ...args], {
          cwd: project.dir,
          env: env(),
          secrets: [TOKEN],
        });
      const synced = await missive(["sync", "--db", "copy.sqlite"]);
      expect(JSON.parse(synced.stdout.trim().split("\n").at(-1) ?? "{}")).toMatchObject({
        type: "done",
      });
      const found = await missive(["search", "message from Sam", "--db", "copy.sqlite", "--json"]);
      const [first] = found.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(first).toMatchObject({
        kind: "message",
        conversation: expect.any(String),
        snippet: expect.stringContaining("«Sam»"),
      });
      expect(`${synced.stdout}${synced.stderr}${found.stdout}`).not.toContain(TOKEN);
    });

    it("types: a strict NodeNext consumer type-checks against the installed declarations", async () => {
      // The repo's tsc, reading only the scratch project's node_modules.
      await run(repoBin("tsc"), ["-p", "tsconfig.json"], { cwd: project.dir });
    });
  },
);
