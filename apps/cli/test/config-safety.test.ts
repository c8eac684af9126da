import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli, TOKEN, tempDir } from "./helpers.js";

const noEnvToken = (dir: string) => ({ MISSIVE_API_TOKEN: undefined, MISSIVE_CONFIG_DIR: dir });

describe("the config file (#13.7)", () => {
  it("a 0777 directory and a 0644 config.json are tightened to 0700 / 0600, with a warning", async () => {
    const dir = join(tempDir(), "missive");
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const file = join(dir, "config.json");
    writeFileSync(file, JSON.stringify({ profiles: { default: { token: TOKEN } } }));
    chmodSync(file, 0o644);
    const { code, stderr } = await cli(["auth", "status"], { env: noEnvToken(dir) });
    expect(code).toBe(0);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(stderr).toContain(`warning: ${file} was open to other users (mode 0644); now 0600`);
    expect(stderr).toContain(`warning: ${dir} was open to other users (mode 0777); now 0700`);
  });

  it.each(["__proto__", "constructor", "prototype"])(
    "--profile %s is refused (2) and nothing is saved",
    async (profile) => {
      const dir = tempDir();
      const args = ["auth", "login", "--with-token", "--skip-check", "--profile", profile];
      const { code, stderr } = await cli(args, { env: noEnvToken(dir), stdin: TOKEN });
      expect(code).toBe(2);
      expect(stderr).toContain(`"${profile}" cannot be used as a name`);
      expect(() => statSync(join(dir, "config.json"))).toThrow();
      const env = { ...noEnvToken(dir), MISSIVE_PROFILE: profile };
      expect((await cli(["auth", "status"], { env })).code).toBe(2);
    },
  );

  it.each([
    ["--field", "__proto__.polluted=yes"],
    ["--field", "constructor.prototype.polluted=yes"],
    ["--field-json", "a.__proto__={}"],
  ])("%s %s is refused (2): no prototype pollution", async (flag, pair) => {
    const sent: string[] = [];
    const fetch = async (request: Request) => {
      sent.push(request.url);
      return new Response(null, { status: 500 });
    };
    const { code, stderr } = await cli(
      ["tasks", "create", "--data", '{"title": "x"}', flag, pair],
      {
        fetch,
      },
    );
    expect(code).toBe(2);
    expect(stderr).toContain("cannot be used as a name");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it("api --query __proto__=x is refused (2)", async () => {
    const { code } = await cli(["api", "GET", "/users", "--query", "__proto__=x"]);
    expect(code).toBe(2);
  });

  it("five auth logins at once, for five profiles, keep all five (a lock, not a race)", async () => {
    const root = fileURLToPath(new URL("..", import.meta.url));
    const bin = [
      process.execPath,
      "--conditions=missive-ts-source",
      "--import",
      "tsx",
      "src/cli.ts",
    ];
    for (let round = 0; round < 2; round++) {
      const dir = tempDir();
      const login = (profile: string) =>
        new Promise<number | null>((resolve) => {
          const [node = "", ...args] = bin;
          const child = spawn(
            node,
            [...args, "auth", "login", "--with-token", "--skip-check", "--profile", profile],
            {
              cwd: root,
              env: { ...process.env, ...noEnvToken(dir) },
              stdio: ["pipe", "ignore", "ignore"],
            },
          );
          child.stdin.end(`missive_pat-${profile}-000000000000\n`);
          child.on("close", resolve);
        });
      const profiles = ["p1", "p2", "p3", "p4", "p5"];
      expect(await Promise.all(profiles.map(login))).toEqual([0, 0, 0, 0, 0]);
      const saved = JSON.parse(readFileSync(join(dir, "config.json"), "utf8")).profiles;
      expect(Object.keys(saved).sort()).toEqual(profiles);
      expect(statSync(join(dir, "config.json")).mode & 0o777).toBe(0o600);
    }
  }, 120_000);
});
