import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/commands/index.js";
import { cli } from "./helpers.js";

/** The hand-made commands: one descriptor each, and that list alone feeds dispatch, help and completion. */
describe("command registry", () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    "%s: --help lists its flags",
    async (name, c) => {
      const { code, stdout } = await cli([...name.split(" "), "--help"]);
      expect(code).toBe(0);
      for (const flag of Object.keys((await c.load()).flags)) expect(stdout).toContain(`--${flag}`);
      expect(stdout).toContain("--base-url <url>");
    },
  );

  it("missive --help lists every command, or its action under its resource", async () => {
    const { stdout } = await cli(["--help"]);
    for (const c of COMMANDS) {
      const [first = "", action] = c.name.split(" ");
      if (first === "analytics" || first === "conversations") {
        expect(stdout).toMatch(new RegExp(`${first} .*${action}`));
      } else expect(stdout).toContain(`${c.name}  `);
    }
  });

  it("completion offers every command's words and flags", async () => {
    const bash = (await cli(["completion", "bash"])).stdout;
    const fish = (await cli(["completion", "fish"])).stdout;
    for (const c of COMMANDS) {
      for (const word of c.name.split(" ")) expect(bash).toContain(word);
      for (const flag of Object.keys((await c.load()).flags)) {
        expect(bash).toContain(`--${flag}`);
        expect(fish).toContain(`-l ${flag}`);
      }
    }
  });

  it("a group lists its commands, and refuses an unknown one (exit 2)", async () => {
    const group = await cli(["auth"]);
    expect(group.code).toBe(0);
    expect(group.stdout).toMatch(/login[\s\S]*status[\s\S]*logout/);
    const unknown = await cli(["auth", "whoami"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown auth command "whoami". Use login, status, logout.');
  });

  it("global flags before the command reach it: missive --json --profile p auth status", async () => {
    const { code, stdout } = await cli(["--json", "--profile", "work", "auth", "status"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ profile: "work" });
  });
});
