import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { maskToken } from "../src/config.js";
import { cli, TOKEN, tempDir, withoutToken } from "./helpers.js";

const noEnvToken = (dir: string, extra: Record<string, string> = {}) => ({
  MISSIVE_API_TOKEN: undefined,
  MISSIVE_CONFIG_DIR: dir,
  ...extra,
});

describe("missive auth", () => {
  it("login --with-token checks the token, saves it 0600, and never prints it", async () => {
    const dir = join(tempDir(), "missive");
    const login = await cli(["auth", "login", "--with-token"], {
      env: noEnvToken(dir),
      stdin: `${TOKEN}\n`,
    });
    expect(login.code).toBe(0);
    expect(login.stderr).toContain("Logged in as Philippe Lehoux");
    expect(login.stderr).toContain("missive_pat-…wxyz");
    expect(login.stdout + login.stderr).not.toContain(TOKEN);

    const file = join(dir, "config.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({
      profiles: { default: { token: TOKEN } },
    });
    expect(readdirSync(dir)).toEqual(["config.json"]); // no temp file left behind

    const status = await cli(["auth", "status"], { env: noEnvToken(dir) });
    expect(status.code).toBe(0);
    const info = JSON.parse(status.stdout);
    expect(info).toMatchObject({ profile: "default", token: "missive_pat-…wxyz", source: file });
    expect(info.user).toMatchObject({ me: true, name: "Philippe Lehoux" });
    expect(status.stdout + status.stderr).not.toContain(TOKEN);

    // The saved token is what generated commands use.
    expect((await cli(["users", "list"], { env: noEnvToken(dir) })).code).toBe(0);

    const logout = await cli(["auth", "logout"], { env: noEnvToken(dir) });
    expect(logout.code).toBe(0);
    expect((await cli(["auth", "status"], { env: noEnvToken(dir) })).code).toBe(3);
  });

  it("keeps several profiles, and MISSIVE_API_TOKEN wins over the file", async () => {
    const dir = tempDir();
    const work = "missive_pat-WORKTOKEN00000000aaaa";
    await cli(["auth", "login", "--with-token"], { env: noEnvToken(dir), stdin: TOKEN });
    await cli(["auth", "login", "--with-token", "--profile", "work"], {
      env: noEnvToken(dir),
      stdin: work,
    });
    const config = JSON.parse(readFileSync(join(dir, "config.json"), "utf8"));
    expect(Object.keys(config.profiles)).toEqual(["default", "work"]);

    const status = await cli(["auth", "status", "--profile", "work"], { env: noEnvToken(dir) });
    expect(JSON.parse(status.stdout).token).toBe("missive_pat-…aaaa");
    const fromEnv = await cli(["auth", "status", "--profile", "work"], {
      env: { MISSIVE_CONFIG_DIR: dir, MISSIVE_API_TOKEN: "missive_pat-FROMENV000000000zzzz" },
    });
    expect(JSON.parse(fromEnv.stdout)).toMatchObject({
      token: "missive_pat-…zzzz",
      source: "MISSIVE_API_TOKEN",
    });
  });

  it("a refused token is not saved (exit 3)", async () => {
    const dir = tempDir();
    const { code, stderr } = await cli(["auth", "login", "--with-token"], {
      env: noEnvToken(dir),
      stdin: TOKEN,
      fetch: withoutToken,
    });
    expect(code).toBe(3);
    expect(stderr).toContain("nothing was saved");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("login without a terminal and without --with-token is a usage error", async () => {
    const { code, stderr } = await cli(["auth", "login"], { env: noEnvToken(tempDir()) });
    expect(code).toBe(2);
    expect(stderr).toContain("--with-token");
  });

  it("masks tokens to a prefix and the last four characters", () => {
    expect(maskToken("missive_pat-abcdefghijklmnop1234")).toBe("missive_pat-…1234");
    expect(maskToken("abcdefghijklmnopqrstuvwxyz")).toBe("…wxyz");
    expect(maskToken("short")).toBe("…");
  });
});
