/**
 * Issue 22, point 12: input schemas that Gemini- and OpenAI-style hosts accept, checked two
 * ways: the MCP Inspector's own `--strict` portability report on the built server, and a
 * keyword check of every listed input schema against the subset in portable-schema.ts.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTools, defaultPolicy } from "../src/index.js";
import { listedTools } from "../src/listed-tools.js";
import { portableFormats, portableKeywords } from "../src/portable-schema.js";
import { assertBuilt, BIN, STATIC } from "./bin.js";
import { TOKEN } from "./helpers.js";

const INSPECTOR = fileURLToPath(new URL("../node_modules/.bin/mcp-inspector", import.meta.url));
const everyFlag = { ...defaultPolicy, allowSend: true, allowDestructive: true };

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

describe("input schemas every host accepts", () => {
  beforeAll(assertBuilt);

  it("the Inspector's --strict mode finds nothing in any inputSchema, with every flag", {
    timeout: 120_000,
  }, async () => {
    const report = await strictReport(["--allow-send", "--allow-destructive"]);
    // Before: 10 findings, each `type: ["string","null"]`.
    expect(report.match(/Path: inputSchema.*/g) ?? []).toEqual([]);
  });

  it("uses one type per schema, no $ref, const, oneOf or keyword outside the subset", () => {
    const tools = listedTools(buildTools(everyFlag).tools);
    expect(tools.length).toBeGreaterThan(40);
    const problems = tools.flatMap((tool) => unportable(tool.inputSchema, tool.name, []));
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
