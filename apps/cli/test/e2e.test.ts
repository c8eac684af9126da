import { execFileSync, spawn, spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { TOKEN, tempDir } from "./helpers.js";

/** A few end-to-end runs of the real binary (through tsx, on the TypeScript source). */
const root = fileURLToPath(new URL("..", import.meta.url));
const node = [process.execPath, "--conditions=missive-ts-source", "--import", "tsx", "src/cli.ts"];
const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

const baseEnv = () => {
  const env: Record<string, string | undefined> = {
    ...process.env,
    MISSIVE_BASE_URL: inject("mockUrl"),
    MISSIVE_CONFIG_DIR: tempDir(),
  };
  delete env.MISSIVE_API_TOKEN;
  return env;
};

const hasScript = spawnSync("script", ["--version"]).status === 0;

describe("the missive binary", () => {
  it("prints its version, and runs a command with exit codes", () => {
    const [bin, ...args] = node as [string, ...string[]];
    const version = execFileSync(bin, [...args, "--version"], { cwd: root, encoding: "utf8" });
    expect(version).toMatch(/^missive \d+\.\d+\.\d+/);
    const env = { ...baseEnv(), MISSIVE_API_TOKEN: TOKEN };
    const list = spawnSync(bin, [...args, "users", "list", "--fields", "id"], {
      cwd: root,
      env,
      encoding: "utf8",
    });
    expect(list.status).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([{ id: expect.any(String) }]);
    const bad = spawnSync(bin, [...args, "users", "list", "--nope"], {
      cwd: root,
      env,
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
  });

  it.runIf(hasScript)(
    "auth login asks for the token on a terminal without echoing it",
    async () => {
      const env = baseEnv();
      const dir = env.MISSIVE_CONFIG_DIR as string;
      const child = spawn(
        "script",
        ["-qec", [...node, "auth", "login"].map(quote).join(" "), "/dev/null"],
        {
          cwd: root,
          env,
        },
      );
      let output = "";
      let typed = false;
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        // Type only once the prompt is up: raw mode is on, so the terminal does not echo.
        if (!typed && output.includes("Paste your Missive API token")) {
          typed = true;
          setTimeout(() => child.stdin.write(`${TOKEN}\r`), 50);
        }
      });
      const stuck = setTimeout(() => child.kill("SIGKILL"), 15_000);
      const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      clearTimeout(stuck);
      expect(output).toContain("Logged in as Philippe Lehoux");
      expect(output).not.toContain(TOKEN);
      expect(code).toBe(0);
      const file = join(dir, "config.json");
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(file, "utf8")).profiles.default.token).toBe(TOKEN);
    },
  );
});

describe("cold start", () => {
  it("`missive --version` loads neither the client nor the metadata", () => {
    // main.ts imports commands lazily; its static imports must stay this small
    // (shared-rate-limit.js only closes Redis stores a command opened; it loads nothing).
    const source = readFileSync(join(root, "src/main.ts"), "utf8");
    const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports.sort()).toEqual(["./errors.js", "./io.js", "./shared-rate-limit.js", "node:fs"]);
    const shared = readFileSync(join(root, "src/shared-rate-limit.ts"), "utf8");
    const sharedImports = [...shared.matchAll(/^import (?!type ).* from "([^"]+)";$/gm)];
    expect(sharedImports.map((m) => m[1]).sort()).toEqual(["./errors.js"]);
    const cli = readFileSync(join(root, "src/cli.ts"), "utf8");
    expect([...cli.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1])).toEqual([
      "./main.js",
    ]);
  });
});
