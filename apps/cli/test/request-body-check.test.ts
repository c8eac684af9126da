import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, recordRequests } from "./helpers.js";

describe("request bodies are checked against the spec before sending (#13.16)", () => {
  it("a task state of done: exit 2, the JSON path and the allowed values, nothing sent", async () => {
    const rec = recordRequests();
    const { code, stderr } = await cli(["tasks", "update", "t1", "--field", "state=done"], rec);
    expect(code).toBe(2);
    expect(stderr).toContain('tasks.state must be one of: todo, in_progress, closed (got "done")');
    expect(stderr).toContain("nothing was sent");
    expect(rec.sent).toEqual([]);
    // The documented value goes through.
    expect((await cli(["tasks", "update", "t1", "--field", "state=closed"])).code).toBe(0);
  });

  it("missive api checks a body whose path is an operation of the spec", async () => {
    const rec = recordRequests();
    const bad = '{"tasks": {"state": "done"}}';
    const { code, stderr } = await cli(["api", "PATCH", "/tasks/t1", "--data", bad], rec);
    expect(code).toBe(2);
    expect(stderr).toContain("tasks.state must be one of");
    expect(rec.sent).toEqual([]);
  });

  it("items of a list body are named by index; a wrong type says what it must be", async () => {
    const rec = recordRequests();
    const data = '[{"id": "a", "first_name": 5}]';
    const { code, stderr } = await cli(["contacts", "update", "--data", data], rec);
    expect(code).toBe(2);
    expect(stderr).toContain("contacts[0].first_name must be string (got 5)");
    expect(rec.sent).toEqual([]);
  });

  it("hand-made commands check the body they build", async () => {
    const rec = recordRequests();
    const argv = ["send", "--to", "a@example.com", "--from", "b@example.com", "--body", "Hi"];
    const { code, stderr } = await cli([...argv, "--data", '{"send_at": "soon"}'], rec);
    expect(code).toBe(2);
    expect(stderr).toContain("drafts.send_at must be integer");
    expect(rec.sent).toEqual([]);
  });

  it("the validator is loaded lazily: only request-body-check.ts imports Ajv, and only by import()", () => {
    const src = join(import.meta.dirname, "../src");
    const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith(".ts"),
    );
    for (const file of files) {
      const text = readFileSync(join(src, file), "utf8");
      if (file !== "request-body-check.ts") expect(text, file).not.toMatch(/from "ajv/);
      expect(text, file).not.toMatch(/^import .*request-body-check/m);
    }
  });
});
