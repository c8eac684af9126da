/**
 * The entries of spec/RECONCILIATION.md that carry a stable id: a heading ending in
 * `{#recon-…}`. An entry's text runs from its heading to the next heading.
 */

export interface LogEntry {
  id: string;
  title: string;
  /** Heading and body, for checking that the entry names what it explains. */
  text: string;
  line: number;
}

const anchored = /^#{2,6}\s+(.*?)\s*\{#(recon-[a-z0-9-]+)\}\s*$/;

export function readLog(markdown: string): Map<string, LogEntry> {
  const entries = new Map<string, LogEntry>();
  let current: LogEntry | undefined;
  markdown.split(/\r?\n/).forEach((line, index) => {
    if (/^#{1,6}\s/.test(line)) {
      const match = anchored.exec(line);
      current = match
        ? { id: match[2] ?? "", title: match[1] ?? "", text: line, line: index + 1 }
        : undefined;
      if (current) {
        if (entries.has(current.id))
          throw new Error(
            `spec/RECONCILIATION.md: the id ${current.id} is used twice (line ${index + 1}); ids must be unique.`,
          );
        entries.set(current.id, current);
      }
    } else if (current) {
      current.text += `\n${line}`;
    }
  });
  return entries;
}
