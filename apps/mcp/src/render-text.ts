/**
 * The short text beside `structuredContent`: one line of summary, then one line per item with
 * the fields a person scans for. Clients that show only text still see what came back and the
 * ids to act on; the full data is in `structuredContent`.
 */

const labelFields = [
  "subject",
  "latest_message_subject",
  "title",
  "name",
  "filename",
  "email",
  "preview",
  "state",
];
const maxLines = 60;
const maxLine = 160;

function itemLine(item: unknown): string {
  if (item === null || typeof item !== "object") return JSON.stringify(item) ?? "";
  const record = item as Record<string, unknown>;
  const parts: string[] = [];
  if (record.id !== undefined) parts.push(String(record.id));
  for (const field of labelFields) {
    const value = record[field];
    if (typeof value === "string" && value) {
      parts.push(value);
      break;
    }
  }
  const line = parts.join("  ") || JSON.stringify(record);
  return line.length > maxLine ? `${line.slice(0, maxLine - 1)}…` : line;
}

export function renderText(summary: string, structured: Record<string, unknown>): string {
  const lines = [summary];
  for (const [key, value] of Object.entries(structured)) {
    if (key === "next_cursor") continue;
    const items = Array.isArray(value) ? value : value && typeof value === "object" ? [value] : [];
    for (const item of items) {
      if (lines.length > maxLines) {
        lines.push(`… (${items.length} in all; see structuredContent)`);
        break;
      }
      lines.push(`- ${itemLine(item)}`);
    }
  }
  if (typeof structured.next_cursor === "string") {
    lines.push(`More: call again with cursor = next_cursor (${structured.next_cursor}).`);
  }
  return lines.join("\n");
}
