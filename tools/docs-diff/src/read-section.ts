import type { DocsExample, DocsParameter, FieldStep, Unreadable } from "./docs-model.ts";
import { announcesValues, enumFromDescription, enumFromList, quotedRun } from "./enums.ts";
import type { Block, Section } from "./markdown-blocks.ts";
import { isParameterTable, parseParameterTable, usageTableKeys } from "./parameter-table.ts";
import { readCode } from "./read-code.ts";

/** What one `###` section of the docs says about its operation. */
export interface SectionContent {
  parameters: DocsParameter[];
  examples: DocsExample[];
  /** "See the Create contact(s) section for other attributes." */
  inheritFrom?: { title: string; line: number };
  unreadable: Unreadable[];
}

/** What the blocks that follow a label paragraph are about. */
type Context =
  | { kind: "main" }
  | { kind: "field"; path: FieldStep[] }
  | { kind: "properties"; path: FieldStep[] }
  | { kind: "none" };

const marker = /^\*{0,2}(Params|Attributes|Query parameters)\*{0,2}$/i;
/** `` `memberships.group` `` or `` `a`, `b`\ `` (a label, maybe followed by more text). */
const label = /^`([\w.]+)`(?:,\s*`[\w.]+`)*\\?$/;
const kindLabel = /^(\w+) with (\w+) `([^`]+)`$/;

export function readSection(section: Section, bodyTakesFields: boolean): SectionContent {
  const where = `${section.group} › ${section.title}`;
  const out: SectionContent = { parameters: [], examples: [], unreadable: [] };
  const unreadable = (line: number, reason: string, excerpt: string) =>
    out.unreadable.push({ section: where, line, reason, excerpt: excerpt.slice(0, 80) });
  let context: Context = { kind: "none" };
  let awaitingMain: number | undefined;
  const locationOf = (name: string) =>
    name.startsWith(":") ? "path" : bodyTakesFields ? "body" : "query";

  const addRows = (block: Extract<Block, { type: "table" }>, base: FieldStep[]) => {
    const table = parseParameterTable(block.rows, block.line);
    for (const bad of table.unreadable)
      unreadable(bad.line, "table row without a `name`", bad.text);
    for (const row of table.rows) {
      const location = base.length > 0 ? "body" : locationOf(row.name);
      const name = row.name.replace(/^:/, "");
      const path = [...base, { name }];
      const values = enumFromDescription(row.description);
      if (!values && announcesValues(row.description))
        unreadable(row.line, "a list of values in a form the parser cannot read", row.description);
      const same = out.parameters.find((p) => p.location === location && samePath(p.path, path));
      if (same) same.required ||= row.required;
      else {
        out.parameters.push({
          location,
          path,
          required: row.required,
          line: row.line,
          ...(values && { enum: values }),
          ...(row.example && { example: row.example }),
        });
      }
    }
  };

  for (const block of section.blocks) {
    if (block.type === "paragraph") {
      const first = block.text.split("\n")[0]?.trim() ?? "";
      const inherit = /See the (.+?) section for other attributes/.exec(block.text);
      if (/^\|?\s*`[^`]+`[^|]*\|.*\|/.test(first)) {
        // A table row the Markdown table lost (a missing leading `|`, a blank line before it).
        unreadable(block.line, "a table row outside a table", first);
      } else if (marker.test(first)) {
        awaitingMain = block.line;
        context = { kind: "main" };
      } else if (inherit) {
        out.inheritFrom = { title: inherit[1] ?? "", line: block.line };
        if (/`id` is required/.test(block.text)) {
          out.parameters.push({
            location: "body",
            path: [{ name: "id" }],
            required: true,
            line: block.line,
          });
        }
        awaitingMain = undefined;
      } else if (label.test(first)) {
        const names = [...first.matchAll(/`([\w.]+)`/g)].map((m) => m[1] ?? "");
        const path =
          names.length === 1 ? (names[0] ?? "").split(".").map((name) => ({ name })) : [];
        context = path.length > 0 ? { kind: "field", path } : { kind: "none" };
        const values = quotedRun(block.text, /\s*,\s*/);
        if (values && path.length > 0) setEnum(out.parameters, path, values);
      } else if (kindLabel.test(first)) {
        const [, name = "", key = "", value = ""] = kindLabel.exec(first) ?? [];
        context = { kind: "field", path: [{ name: name.toLowerCase(), where: { key, value } }] };
      } else if (/ properties$/i.test(first)) {
        context = { kind: "properties", path: [] };
      } else if (context.kind === "properties") {
        const inner = /^The `(\w+)` object/.exec(first);
        if (inner) context = { kind: "properties", path: [{ name: inner[1] ?? "" }] };
      }
    } else if (block.type === "table") {
      const keys = usageTableKeys(block.rows);
      if (!isParameterTable(block.rows)) {
        if (keys)
          out.examples.push({
            direction: "request",
            scope: "item",
            title: "usage table",
            value: keys,
            line: block.line,
          });
        else
          unreadable(
            block.line,
            "a table that is neither a parameter table nor a usage table",
            block.rows[0]?.join(" | ") ?? "",
          );
      } else if (context.kind === "main") {
        addRows(block, []);
        awaitingMain = undefined;
        context = { kind: "none" };
      } else if (context.kind === "field" && bodyTakesFields) {
        addRows(block, context.path);
      } else if (context.kind === "properties") {
        const item = Object.fromEntries(
          parseParameterTable(block.rows, block.line).rows.map((row) => [row.name, null]),
        );
        const value = context.path.reduceRight<Record<string, unknown>>(
          (inner, step) => ({ [step.name]: inner }),
          item,
        );
        out.examples.push({
          direction: "response",
          scope: "item",
          title: "property table",
          value,
          line: block.line,
        });
      } else {
        unreadable(
          block.line,
          "a parameter table with no **Params**/**Attributes** heading or field label before it",
          block.rows[1]?.join(" | ") ?? "",
        );
      }
    } else if (block.type === "list") {
      if (context.kind !== "field") continue;
      const { path } = context;
      const values = enumFromList(block.items);
      const target = out.parameters.find((p) => samePath(p.path, path));
      // A field shown as an object (`{"tz": …}`) lists its keys, not its values.
      if (target?.example?.startsWith("`{")) out.parameters.push(...listedKeys(block, path));
      else if (values && target) setEnum(out.parameters, path, values);
    } else {
      const read = readCode(block);
      if ("example" in read) out.examples.push(read.example);
      else if ("unreadable" in read) unreadable(block.line, read.unreadable, block.text);
    }
  }
  if (awaitingMain !== undefined)
    unreadable(awaitingMain, "a **Params**/**Attributes** heading with no table after it", "");
  return out;
}

export function samePath(a: readonly FieldStep[], b: readonly FieldStep[]): boolean {
  return (
    a.length === b.length &&
    a.every((step, i) => step.name === b[i]?.name && step.where?.value === b[i]?.where?.value)
  );
}

function setEnum(parameters: DocsParameter[], path: FieldStep[], values: string[]) {
  const target = parameters.find((p) => samePath(p.path, path));
  if (target && target.enum === undefined) target.enum = values;
}

/** `* \`tz\`: …` items (and items nested under them) as optional body fields. */
function listedKeys(block: Extract<Block, { type: "list" }>, base: FieldStep[]): DocsParameter[] {
  const fields: DocsParameter[] = [];
  const parents: FieldStep[] = [];
  for (const item of block.items) {
    const name = /^`(\w+)`\s*:/.exec(item.text)?.[1];
    if (name === undefined) continue;
    parents.length = item.depth;
    const path = [...base, ...parents, { name }];
    parents.push({ name });
    fields.push({
      location: "body",
      path,
      required: false,
      requiredUnstated: true,
      line: block.line,
    });
  }
  return fields;
}
