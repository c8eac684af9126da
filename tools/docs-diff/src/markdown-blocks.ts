/**
 * Splits the docs' Markdown (GitBook flavour: `{% code title="…" %}`, `{% tabs %}`, hints) into
 * `##`/`###` sections of blocks. Only the shapes the endpoint docs use are recognised; the
 * parser above decides what each block means.
 */

export type Block =
  | { type: "code"; lang: string; title: string; tab: string; text: string; line: number }
  | { type: "table"; rows: string[][]; line: number }
  | { type: "list"; items: { text: string; depth: number }[]; line: number }
  | { type: "paragraph"; text: string; line: number };

export interface Section {
  /** The `##` heading. */
  group: string;
  /** The `###` heading, or `""` for the text between a `##` heading and its first `###`. */
  title: string;
  line: number;
  blocks: Block[];
}

const liquidTag = /^\{%\s*(\w+)(?:\s+title="([^"]*)")?[^%]*%\}\s*$/;

/** Cells of one `| a | b |` row, trimmed; `\|` stays inside its cell. */
export function tableCells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

export function splitSections(markdown: string): Section[] {
  const lines = markdown.split(/\r?\n/);
  const sections: Section[] = [];
  let current: Section | undefined;
  let codeTitle = "";
  let tabTitle = "";
  const push = (block: Block) => current?.blocks.push(block);

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heading = /^(#{2,3})\s+(.*?)\s*$/.exec(line);
    if (heading) {
      const title = heading[2] ?? "";
      const group = heading[1] === "##" ? title : (current?.group ?? "");
      current = { group, title: heading[1] === "##" ? "" : title, line: i + 1, blocks: [] };
      sections.push(current);
      continue;
    }
    const tag = liquidTag.exec(line.trim());
    if (tag) {
      if (tag[1] === "code") codeTitle = tag[2] ?? "";
      if (tag[1] === "endcode") codeTitle = "";
      if (tag[1] === "tab") tabTitle = tag[2] ?? "";
      if (tag[1] === "endtab" || tag[1] === "endtabs") tabTitle = "";
      continue;
    }
    const fence = /^(```+)\s*([\w-]*)\s*$/.exec(line);
    if (fence) {
      const start = i;
      const body: string[] = [];
      for (i++; i < lines.length && !(lines[i] ?? "").startsWith(fence[1] ?? "```"); i++) {
        body.push(lines[i] ?? "");
      }
      const text = body.join("\n");
      push({
        type: "code",
        lang: fence[2] ?? "",
        title: codeTitle,
        tab: tabTitle,
        text,
        line: start + 1,
      });
      continue;
    }
    if (line.trim() === "" || /^\*\*\*+\s*$/.test(line)) continue;
    const start = i;
    if (line.trimStart().startsWith("|")) {
      const rows: string[][] = [];
      for (; i < lines.length && (lines[i] ?? "").trimStart().startsWith("|"); i++) {
        const cells = tableCells(lines[i] ?? "");
        if (!cells.every((cell) => /^:?-+:?$/.test(cell))) rows.push(cells);
      }
      i--;
      push({ type: "table", rows, line: start + 1 });
      continue;
    }
    if (/^\s*[*-]\s+/.test(line)) {
      const items: { text: string; depth: number }[] = [];
      for (; i < lines.length && /^\s*[*-]\s+/.test(lines[i] ?? ""); i++) {
        const item = /^(\s*)[*-]\s+(.*)$/.exec(lines[i] ?? "");
        items.push({ text: item?.[2] ?? "", depth: Math.floor((item?.[1]?.length ?? 0) / 2) });
      }
      i--;
      push({ type: "list", items, line: start + 1 });
      continue;
    }
    // The first line always belongs to the paragraph (a `####` heading reads as one).
    const text: string[] = [line];
    for (i++; i < lines.length && isParagraphLine(lines[i] ?? ""); i++) text.push(lines[i] ?? "");
    i--;
    push({ type: "paragraph", text: text.join("\n"), line: start + 1 });
  }
  return sections;
}

function isParagraphLine(line: string): boolean {
  return (
    line.trim() !== "" &&
    !/^#{1,6}\s/.test(line) &&
    !line.trimStart().startsWith("|") &&
    !line.startsWith("```") &&
    !liquidTag.test(line.trim()) &&
    !/^\s*[*-]\s+/.test(line)
  );
}
