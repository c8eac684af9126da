/**
 * Issue 22, point 12 (input schemas) and issue 23's follow-up (output schemas): tool schemas
 * that Gemini- and OpenAI-style hosts accept, checked two ways: the MCP Inspector's own
 * `--strict` portability report on the built server, and a keyword check of every listed
 * schema against the subset in portable-schema.ts. Real answers from the simulator still
 * validate against the portable output schemas.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTools, defaultPolicy, toolsets } from "../src/index.js";
import { listedTools } from "../src/listed-tools.js";
import { portableFormats, portableKeywords } from "../src/portable-schema.js";
import { assertBuilt, BIN, STATIC } from "./bin.js";
import { call, connect, structured, TOKEN, withSim } from "./helpers.js";

const INSPECTOR = fileURLToPath(new URL("../node_modules/.bin/mcp-inspector", import.meta.url));
const everyFlag = { ...defaultPolicy, allowSend: true, allowDestructive: true };
const everyTool = { ...everyFlag, toolsets };

/** `mcp-inspector --cli --strict … --method tools/list`: its portability report (stderr). */
function strictReport(serverArgs: string[]): Promise<string> {
  const args = ["--cli", "--strict", "-e", `MISSIVE_API_TOKEN=${TOKEN}`, "node", BIN, ...STATIC];
  args.push(...serverArgs, "--method", "tools/list");
  return new Promise((resolve, reject) => {
    execFile(INSPECTOR, args, { timeout: 90_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`mcp-inspector failed: ${stdout}${stderr}`));
      else resolve(stderr);
    });
  });
}

/** Every keyword used in `schema`, with its path, where it is not in the portable subset. */
function unportable(schema: unknown, path: string, found: string[]): string[] {
  if (Array.isArray(schema)) {
    for (const [i, item] of schema.entries()) unportable(item, `${path}/${i}`, found);
    return found;
  }
  if (schema === null || typeof schema !== "object") return found;
  for (const [key, value] of Object.entries(schema)) {
    const at = `${path}/${key}`;
    if (!portableKeywords.has(key)) found.push(at);
    if (key === "type" && typeof value !== "string") found.push(`${at} (not one type)`);
    if (key === "format" && !portableFormats.has(String(value))) found.push(`${at}=${value}`);
    if (key === "properties") {
      for (const [name, sub] of Object.entries(value as object)) {
        unportable(sub, `${at}/${name}`, found);
      }
    } else if (key === "items" || key === "anyOf") unportable(value, at, found);
  }
  return found;
}

describe("tool schemas every host accepts", () => {
  beforeAll(assertBuilt);

  it("the Inspector's --strict mode finds nothing in any schema, every toolset and flag on", {
    timeout: 120_000,
  }, async () => {
    const report = await strictReport([
      ...["--toolsets", "all", "--allow-send", "--allow-destructive"],
    ]);
    // Before: 10 findings in input schemas, then 85 in output schemas (65 type lists, 20
    // enum fields cut to `{}`, which accepts anything).
    expect(report.match(/Path: .*/g) ?? []).toEqual([]);
    expect(report).not.toMatch(/warning|error/i);
  });

  it("uses one type per schema, no $ref, const, oneOf, allOf or keyword outside the subset", () => {
    const tools = listedTools(buildTools(everyTool).tools);
    expect(tools.length).toBeGreaterThan(40);
    expect(tools.filter((tool) => tool.outputSchema).length).toBeGreaterThan(40);
    const problems = tools.flatMap((tool) => [
      ...unportable(tool.inputSchema, tool.name, []),
      ...unportable(tool.outputSchema ?? {}, `${tool.name}/output`, []),
    ]);
    expect(problems).toEqual([]);
  });

  it("says the same as the full schema: null, enums, and the rules moved into descriptions", () => {
    const { tools } = buildTools(everyFlag);
    const listed = new Map(listedTools(tools).map((tool) => [tool.name, tool.inputSchema]));
    const ajv = new Ajv2020({ strict: false });
    const label = ajv.compile(listed.get("update_shared_labels") ?? {});
    const labels = (share_with_team: unknown) => ({
      shared_labels: [{ id: "l1", share_with_team }],
    });
    expect(label(labels(null))).toBe(true);
    expect(label(labels("team-1"))).toBe(true);
    expect(label(labels(7))).toBe(false);
    const contacts = JSON.stringify(listed.get("create_contacts"));
    expect(contacts).toContain('"enum":["email"]');
    const posts = JSON.stringify(listed.get("update_conversations"));
    expect(posts).toMatch(/With add_users, also give organization/);
    for (const tool of tools) {
      const full = tool.inputSchema.properties as Record<string, unknown> | undefined;
      const portable = listed.get(tool.name)?.properties as Record<string, unknown> | undefined;
      expect(Object.keys(portable ?? {}), tool.name).toEqual(Object.keys(full ?? {}));
    }
  });
});

describe("output schemas every host accepts, and the answers they describe", () => {
  it("validates real answers from the simulator, and still refuses what the API never sends", {
    timeout: 60_000,
  }, async () => {
    await withSim(async (sim) => {
      const { client, close } = await connect(sim, everyTool);
      try {
        const listed = new Map((await client.listTools()).tools.map((t) => [t.name, t]));
        const ajv = new Ajv2020({ strict: false });
        const conversation = String(sim.state.conversations[0]?.id);
        const message = sim.state.nested.list(sim.state.conversations[0] ?? {}, "messages")[0];
        const samples: [string, Record<string, unknown>][] = [
          ["list_conversations", { inbox: true, limit: 5 }],
          ["get_conversation", { id: conversation }],
          ["list_conversation_messages", { id: conversation }],
          ["get_message", { id: [String(message?.id)] }],
          ["list_teams", {}],
          ["list_tasks", { limit: 5 }],
          ["get_task", { id: String(sim.state.tasks[0]?.id) }],
          ["list_contact_books", {}],
          ["list_shared_labels", {}],
          ["list_users", {}],
          ["get_conversation_timeline", { conversation }],
        ];
        for (const [name, args] of samples) {
          const schema = listed.get(name)?.outputSchema;
          expect(JSON.stringify(schema), name).not.toMatch(/"type":\[|"allOf"|"oneOf"|"const"/);
          const valid = ajv.compile(schema ?? {});
          const answer = structured(await call(client, name, args));
          expect(valid(answer), `${name}: ${ajv.errorsText(valid.errors)}`).toBe(true);
        }
        // Null where the API sends it is accepted; a wrong type is not (the schema says something).
        const conversations = listed.get("list_conversations")?.outputSchema ?? {};
        const list = ajv.compile(conversations);
        const one = (fields: Record<string, unknown>) => ({
          conversations: [{ id: "c1", last_activity_at: 1, ...fields }],
        });
        expect(list(one({ subject: null, team: null }))).toBe(true);
        expect(list(one({ subject: 7 }))).toBe(false);
        expect(list({ conversations: [{ id: "c1" }] })).toBe(false);
        const teams = ajv.compile(listed.get("list_teams")?.outputSchema ?? {});
        expect(teams({ teams: [{ id: "t1", team_mention_behavior: 3 }] })).toBe(false);
      } finally {
        await close();
      }
    });
  });
});
