/**
 * Help text in the words of a command line, not of the HTTP API the descriptions were written
 * for: a switch is described by what it does ("List conversations in the Inbox", not "Pass
 * `true` to …"), parameters are named by their flags (`--shared-label`, not `shared_label`), and
 * a value's placeholder says what to give (`<team-id>`, `<conversation-id>`, not `<value>`).
 */
import type { ParameterMetadata } from "@missive-ts/schema";
import type { GeneratedCommand } from "./command-table.js";
import { kebab } from "./names.js";

const singular = (resource: string) => resource.replace(/([^s])s$/, "$1");

/** What a parameter's value is, from its description: `Team ID: …` → `team-id`. */
export function valueName(param: ParameterMetadata): string | undefined {
  const text = param.description.replace(/\s+/g, " ");
  const named = /^([A-Z][a-z]+(?: [a-z]+)*) ID\b/.exec(text)?.[1];
  if (named) return `${kebab(named)}-id`;
  const ofThis = /this (\w+(?: \w+)?) \(ID\)/.exec(text)?.[1];
  if (ofThis) return `${kebab(ofThis)}-id`;
  const idOf = /^ID of the (.+?)(?: to | \(|\.|:|$)/.exec(text)?.[1];
  if (idOf) return `${kebab(idOf)}-id`;
  return undefined;
}

/** `<conversation-id>` for the `id` of `conversations get`; `<report-id>` for analytics. */
export function pathPlaceholder(command: GeneratedCommand, param: ParameterMetadata): string {
  if (param.type !== "array") {
    const named = valueName(param);
    if (named) return `<${named}>`;
  }
  if (param.name === "id" || param.name === "ids") return `<${singular(command.resource)}-id>`;
  return `<${kebab(param.name)}>`;
}

/** ` <team-id>`, ` <n>`, ` <a|b>` or nothing (a switch), after a query flag in help. */
export function queryPlaceholder(param: ParameterMetadata & { flag: string }): string {
  if (param.type === "boolean") return "";
  if (param.enum) return ` <${param.enum.join("|")}>`;
  if (param.type === "integer" && /unix/i.test(param.description)) return " <time>";
  if (param.type === "integer" || param.type === "number") return " <n>";
  return ` <${valueName(param) ?? param.flag}>`;
}

/**
 * A parameter's description for a command line: "Pass `true` to list …" → "List …";
 * `shared_label` (another parameter) → `--shared-label`; `team_*` → `--team-*`.
 */
export function cliDescription(command: GeneratedCommand, param: ParameterMetadata): string {
  const flags = new Map(command.queryParams.map((p) => [p.name, p.flag]));
  return param.description
    .replace(/\s*\n\s*/g, " ")
    .replace(/^Pass `true` to (\w)/, (_, c: string) => c.toUpperCase())
    .replace(/(kind )?`([a-z_]+)(\*?)`/g, (whole, kind: string, name: string, star: string) => {
      // A value, not a parameter: `--type conversation`, a group of kind `organization`.
      if (kind || param.enum?.includes(name)) return whole;
      if (star) {
        const prefix = [...flags.keys()].some((k) => k.startsWith(name));
        return prefix ? `\`--${kebab(name)}*\`` : whole;
      }
      const flag = flags.get(name);
      return flag ? `\`--${flag}\`` : whole;
    });
}
