import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generate } from "../src/generate.ts";
import { repoRoot } from "../src/locations.ts";

const run = promisify(execFile);
const fixture = new URL("./fixtures/mini/", import.meta.url).pathname;
const codegen = (...args: string[]) =>
  run(process.execPath, ["--import", "tsx", join(repoRoot, "tools/codegen/src/cli.ts"), ...args], {
    cwd: repoRoot,
  });

describe("generated operation metadata", () => {
  it("reads envelopes, list-ness, parameters and pagination from the spec", async () => {
    const files = await generate(join(fixture, "openapi.yaml"));
    const source = files["operation-metadata.ts"] ?? "";
    const json = source.slice(source.indexOf("= [") + 2, source.indexOf("] as const") + 1);
    const [list, create] = JSON.parse(json);
    expect(list).toMatchObject({
      operationId: "listContacts",
      method: "get",
      path: "/contacts",
      pagination: { style: "offset" },
      response: { status: 200, envelope: "contacts", list: true },
      requestBody: null,
    });
    expect(list.params).toContainEqual(
      expect.objectContaining({
        name: "limit",
        type: "integer",
        default: 50,
        minimum: 1,
        maximum: 200,
      }),
    );
    expect(create.requestBody).toEqual({ envelope: "contacts", list: true, required: true });
    expect(files["openapi.ts"]).toMatch(/^\/\/ Generated from .* do not edit/);
  });
});

describe("codegen drift", () => {
  let dir = "";
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "codegen-drift-"));
    await cp(fixture, join(dir, "spec"), { recursive: true });
    await codegen("--spec", join(dir, "spec/openapi.yaml"), "--out", join(dir, "out"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("passes --check when the output matches the spec", async () => {
    const { stdout } = await codegen(
      "--check",
      "--spec",
      join(dir, "spec/openapi.yaml"),
      "--out",
      join(dir, "out"),
    );
    expect(stdout).toContain("up to date");
  });

  it("fails --check after a schema change, and regenerating shows it as a type diff", async () => {
    const schema = join(dir, "spec/Contact.yaml");
    await writeFile(schema, `${await readFile(schema, "utf8")}  nickname:\n    type: string\n`);

    const check = codegen(
      "--check",
      "--spec",
      join(dir, "spec/openapi.yaml"),
      "--out",
      join(dir, "out"),
    );
    await expect(check).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("Run `pnpm generate`"),
    });

    const before = await readFile(join(dir, "out/openapi.ts"), "utf8");
    await codegen("--spec", join(dir, "spec/openapi.yaml"), "--out", join(dir, "out"));
    const after = await readFile(join(dir, "out/openapi.ts"), "utf8");
    expect(before).not.toContain("nickname?: string");
    expect(after).toContain("nickname?: string");
  });
});

describe("validation-only subschemas", () => {
  it("are dropped from types while shapes and examples stay", async () => {
    const { dropValidationOnlySubschemas } = await import("../src/validation-only.ts");
    const post = {
      type: "object",
      required: ["notification"],
      properties: { text: { type: "string" }, notification: { type: "object" } },
      anyOf: [{ required: ["text"] }, { required: ["markdown"] }],
      allOf: [{ not: { required: ["a", "b"] } }, { $ref: "#/components/schemas/Base" }],
      if: { properties: { send: { const: true } } },
      // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword under test.
      then: { required: ["to_fields"] },
      examples: [{ anyOf: "kept as data" }],
    };
    expect(dropValidationOnlySubschemas(post)).toEqual({
      type: "object",
      required: ["notification"],
      properties: post.properties,
      allOf: [{ $ref: "#/components/schemas/Base" }],
      examples: post.examples,
    });
  });
});
