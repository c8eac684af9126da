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
    const files = (await generate(join(fixture, "openapi.yaml"))).schema;
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

  it("reads cross-field rules and plans: dependentRequired, at-most-one query groups, x-missive-plan", async () => {
    const { deriveOperationMetadata } = await import("../src/metadata.ts");
    const { bundleSpec } = await import("../src/bundle.ts");
    const ops = deriveOperationMetadata(await bundleSpec(join(repoRoot, "spec/openapi.yaml")));
    const byId = (id: string) => ops.find((o) => o.operationId === id);
    expect(byId("updateConversations")?.requestBody?.dependentRequired).toMatchObject({
      add_shared_labels: ["organization"],
      add_assignees: ["organization"],
      add_to_team_inbox: ["team"],
    });
    const list = byId("listConversations");
    expect(list?.exclusiveQuery).toEqual([["email", "domain", "contact_organization"]]);
    // The rule's carrier is not a parameter of its own.
    expect(list?.params.map((p) => p.name)).not.toContain("contact_filter");
    expect(byId("createAnalyticsReport")?.plan).toEqual({
      plans: ["Productive", "Business"],
      fields: {
        teams: ["Business"],
        users: ["Business"],
        shared_labels: ["Business"],
        accounts: ["Business"],
      },
    });
    expect(byId("listConversations")?.plan).toBeNull();
  });
});

describe("generated client operation table", () => {
  it("names resource methods after tag and operationId, slim and with the generated header", async () => {
    const { client } = await generate(join(fixture, "openapi.yaml"));
    const source = client["operations.ts"] ?? "";
    expect(source).toMatch(/^\/\/ Generated from .* do not edit/);
    expect(source).not.toContain("description");
    const rows = source
      .split("\n")
      .filter((line) => line.startsWith("  {"))
      .map((line) => JSON.parse(line.trim().replace(/,$/, "")));
    expect(rows).toEqual([
      {
        operationId: "listContacts",
        namespace: "contacts",
        name: "list",
        listAllName: "listAll",
        method: "get",
        path: "/contacts",
        pathParams: [],
        query: { required: true },
        request: null,
        idsFromBody: null,
        response: { status: 200, envelope: "contacts", list: true },
        pagination: { style: "offset", limit: 200 },
        plans: null,
      },
      expect.objectContaining({
        operationId: "createContacts",
        namespace: "contacts",
        name: "create",
        listAllName: null,
        request: { envelope: "contacts", list: true },
      }),
    ]);
  });

  it("derives names: camelCase namespaces, the tag noun removed, overrides for analytics", async () => {
    const { deriveClientOperations } = await import("../src/client-operations.ts");
    const op = (operationId: string, tag: string, paginated = false) => ({
      operationId,
      tag,
      method: "get" as const,
      path: "/x",
      summary: "",
      params: [],
      requestBody: null,
      response: null,
      pagination: paginated ? { style: "offset" as const } : null,
      exclusiveQuery: [],
      plan: null,
    });
    const names = deriveClientOperations([
      op("listConversationMessages", "Conversations", true),
      op("listSharedLabels", "Shared labels"),
      op("listContactBooks", "Contact books"),
      op("getAnalyticsReport", "Analytics"),
      op("getContact", "Contacts"),
    ]).map((o) => [o.namespace, o.name, o.listAllName]);
    expect(names).toEqual([
      ["conversations", "listMessages", "listAllMessages"],
      ["sharedLabels", "list", null],
      ["contactBooks", "list", null],
      ["analytics", "get", null],
      ["contacts", "get", null],
    ]);
    expect(() => deriveClientOperations([op("listThings", "Contacts")])).toThrow(/nounOverrides/);
    expect(() =>
      deriveClientOperations([op("getContact", "Contacts"), op("getContacts", "Contacts")]),
    ).toThrow(/already taken/);
  });
  it("takes PATCH ids from the body only for a list body and one array path parameter", async () => {
    const { deriveClientOperations } = await import("../src/client-operations.ts");
    const param = (name: string, type: "string" | "array") =>
      ({ name, in: "path", required: true, description: "", type }) as const;
    const patch = (operationId: string, list: boolean, params: ReturnType<typeof param>[]) => ({
      operationId,
      tag: "Contacts",
      method: "patch" as const,
      path: "/x",
      summary: "",
      params,
      requestBody: { envelope: "contacts", list, required: true },
      response: null,
      pagination: null,
      exclusiveQuery: [],
      plan: null,
    });
    const ids = deriveClientOperations([
      patch("updateContacts", true, [param("ids", "array")]),
      patch("patchContact", false, [param("id", "string")]),
      patch("tagContacts", false, [param("ids", "array")]),
      patch("mergeContacts", true, [param("id", "string")]),
    ]).map((o) => o.idsFromBody);
    expect(ids).toEqual(["ids", null, null, null]);
  });
});

describe("the compact table the client ships", () => {
  it("refuses a name that a line cannot hold, naming the operation", async () => {
    const { clientRuntimeTableSource } = await import("../src/client-runtime-table.ts");
    const op = {
      operationId: "listThings",
      namespace: "things",
      name: "list",
      listAllName: null,
      method: "get",
      path: "/things",
      pathParams: [],
      query: null,
      request: null,
      idsFromBody: null,
      response: { status: 200, envelope: "things", list: true },
      pagination: null,
      plans: null,
    } as const;
    expect(clientRuntimeTableSource([op])).toContain('list: "get  res list"');
    expect(() => clientRuntimeTableSource([{ ...op, plans: ["Pro Plus"] }])).toThrow(
      /listThings: "Pro Plus" holds a space/,
    );
    const envelope = { ...op, response: { status: 200, envelope: "a=b", list: true } };
    expect(() => clientRuntimeTableSource([envelope])).toThrow(/"a=b" holds/);
  });
});

describe("codegen drift", () => {
  let dir = "";
  const paths = () => [
    "--spec",
    join(dir, "spec/openapi.yaml"),
    "--out",
    join(dir, "out"),
    "--client-out",
    join(dir, "client-out"),
  ];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "codegen-drift-"));
    await cp(fixture, join(dir, "spec"), { recursive: true });
    await codegen(...paths());
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("passes --check when the output matches the spec", async () => {
    const { stdout } = await codegen("--check", ...paths());
    expect(stdout).toContain("up to date (5 files)");
  });

  it("fails --check after a schema change, and regenerating shows it as a type diff", async () => {
    const schema = join(dir, "spec/Contact.yaml");
    await writeFile(schema, `${await readFile(schema, "utf8")}  nickname:\n    type: string\n`);

    const check = codegen("--check", ...paths());
    await expect(check).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("Run `pnpm generate`"),
    });

    const before = await readFile(join(dir, "out/openapi.ts"), "utf8");
    await codegen(...paths());
    const after = await readFile(join(dir, "out/openapi.ts"), "utf8");
    expect(before).not.toContain("nickname?: string");
    expect(after).toContain("nickname?: string");
  });

  it("--check fails when the client table is stale, naming the file", async () => {
    const table = join(dir, "client-out/operations.ts");
    await writeFile(table, (await readFile(table, "utf8")).replace('"list"', '"old"'));
    await expect(codegen("--check", ...paths())).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("operations.ts"),
    });
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
