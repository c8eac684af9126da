/** "Did you mean" (#22.7) where adopt-b's pass left it out: a global flag and an export resource. */
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

describe("more suggestions", () => {
  it("a mistyped global flag before the command is an unknown option, with a suggestion", async () => {
    const { code, stderr } = await cli(["--jsn", "conversations", "list", "--inbox"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--jsn'. Did you mean `--json`?");
    expect(stderr).not.toContain('Unknown command "--jsn"');
  });

  it("a mistyped export resource gets a suggestion", async () => {
    const { code, stderr } = await cli(["export", "contcts"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Did you mean `missive export contacts`?");
  });
});

describe("secrets in a base URL", () => {
  it("a password in the base URL is not echoed by the error", async () => {
    const secret = "hunter2-proxy-password";
    const { code, stderr, stdout } = await cli(["users", "list"], {
      env: { MISSIVE_BASE_URL: `http://me:${secret}@127.0.0.1:9/` },
    });
    expect(code).not.toBe(0);
    expect(stdout + stderr).not.toContain(secret);
    expect(stderr).toContain("http://me:***@127.0.0.1:9");
  });
});
