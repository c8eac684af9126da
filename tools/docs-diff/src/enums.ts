/**
 * Enum lists in the docs' prose: the docs never mark enums structurally, they write
 * "Accepted values: `a`, `b`", "One of: `a`, `b`", "Supported values: a, b", "Either `a` or
 * `b`", or a run of quoted values (`"good"` `"warning"` `"danger"`).
 */

const unquote = (value: string) => value.trim().replace(/^['"]|['"]$/g, "");

/** Backticked values of a list, or bare comma-separated ones when nothing is backticked. */
function listValues(rest: string): string[] {
  const ticked = [...rest.matchAll(/`([^`]+)`/g)].map((match) => unquote(match[1] ?? ""));
  if (ticked.length > 0) return ticked;
  return rest
    .replace(/\.\s*$/, "")
    .split(/,\s*|\s+or\s+/)
    .map(unquote)
    .filter((value) => /^[\w-]+$/.test(value));
}

export function enumFromDescription(description: string): string[] | undefined {
  const text = description.replace(/\\_/g, "_");
  const listed = /\b(?:Accepted values|One of|Supported values)\s*:\s*(.*)$/i.exec(text);
  if (listed) {
    const values = listValues(listed[1] ?? "");
    return values.length > 0 ? values : undefined;
  }
  // "Either `a`, `b` or `c`"; "Either `organization` or `user` is required" is a rule between
  // fields, not values.
  const either =
    /\bEither\s+((?:`[^`]+`\s*,\s*)*`[^`]+`\s+or\s+`[^`]+`)(?!\s+(?:is|are|must)\b)/i.exec(text);
  if (either) return listValues(either[1] ?? "");
  return quotedRun(text, /\s+/);
}

/**
 * A description that announces a list of values ("Accepted values are a, b", "one of the
 * following") where `enumFromDescription` read none: reported, never taken as "no enum".
 */
export const announcesValues = (description: string): boolean =>
  // Not a bare "one of": "ID of one of your teams" announces no values.
  /\b(?:accepted|supported|possible|allowed|valid) values\b|\bone of(?:\s*:|\s+the following\b)/i.test(
    description,
  );

/**
 * Two or more backticked, quoted values in a row: `"good"` `"warning"` `"danger"` in a
 * description (space-separated), `"custom"`, `"email"` in a list paragraph (comma-separated).
 * Commas are not accepted in descriptions, where "values of `"twilio"`, `"whatsapp"`" describe
 * a key inside the field rather than the field.
 */
export function quotedRun(text: string, separator: RegExp): string[] | undefined {
  const value = /`"[^"`]+"`/.source;
  const run = new RegExp(`${value}(?:(?:${separator.source})${value})+`).exec(text);
  if (!run) return undefined;
  return [...run[0].matchAll(/`"([^"`]+)"`/g)].map((match) => match[1] ?? "");
}

/**
 * A bullet list that enumerates values: every top-level item starts with a backticked value
 * followed by `:` or `-` (`* \`todo\` - Task is pending`).
 */
export function enumFromList(
  items: readonly { text: string; depth: number }[],
): string[] | undefined {
  const top = items.filter((item) => item.depth === 0);
  const values = top.map((item) => /^`([^`]+)`\s*(?::|-|–)\s/.exec(item.text)?.[1]);
  if (top.length < 2 || values.some((value) => value === undefined)) return undefined;
  return values.map((value) => unquote(value ?? ""));
}
