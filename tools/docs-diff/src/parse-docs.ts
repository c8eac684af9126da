import {
  type DocsModel,
  type DocsOperation,
  type DocsParameter,
  keysOf,
  type Unreadable,
} from "./docs-model.ts";
import { type Section, splitSections } from "./markdown-blocks.ts";
import { queryKeys } from "./read-code.ts";
import { readSection, type SectionContent, samePath } from "./read-section.ts";

const methodLine = /^`(GET|POST|PUT|PATCH|DELETE)\s+(\/v1\/[^`\s]*)`$/;

/**
 * `/v1/contacts/:id1,:id2,:id3,...` → `/contacts/{id}` (several ids), `/v1/messages?x=y` →
 * `/messages` plus the query keys.
 */
export function normalisePath(docsPath: string) {
  const [path = "", query] = docsPath.split("?");
  const params: { name: string; multiple: boolean }[] = [];
  const segments = path
    .replace(/^\/v1/, "")
    .split("/")
    .map((segment) => {
      if (!segment.startsWith(":")) return segment;
      const name = (/^:(\w*?)\d*(?:,|$)/.exec(segment)?.[1] ?? "") || "id";
      params.push({ name, multiple: segment.includes(",") });
      return `{${name}}`;
    });
  return {
    path: segments.join("/"),
    params,
    query: query === undefined ? undefined : queryKeys(query),
  };
}

interface RequestLine extends ReturnType<typeof normalisePath> {
  method: string;
  line: number;
}

/**
 * The section's `` `METHOD /v1/path` `` lines, one per route: `/messages/:id` and
 * `/messages/:id1,:id2` are one route that takes several ids.
 */
function requestLines(section: Section): RequestLine[] {
  const routes = new Map<string, RequestLine>();
  for (const block of section.blocks) {
    const match = block.type === "paragraph" ? methodLine.exec(block.text.trim()) : null;
    if (!match) continue;
    const method = match[1] ?? "";
    const found = normalisePath(match[2] ?? "");
    const key = `${method} ${found.path.replace(/\{[^}]*\}/g, "{}")}`;
    const seen = routes.get(key);
    if (!seen) {
      routes.set(key, { method, ...found, line: block.line });
      continue;
    }
    for (const [i, param] of seen.params.entries())
      param.multiple ||= found.params[i]?.multiple ?? false;
    if (found.query) seen.query = { ...seen.query, ...found.query };
  }
  return [...routes.values()];
}

/** Headings compare without "(s)", plural `s` and case: "Create shared labels(s)" = "Create shared label(s)". */
const titleKey = (title: string) =>
  title
    .toLowerCase()
    .replace(/\(s\)/g, "")
    .split(/\s+/)
    .map((word) => word.replace(/s$/, ""))
    .join(" ");

export function parseDocs(markdown: string): DocsModel {
  const operations: (DocsOperation & { content: SectionContent; title: string })[] = [];
  const loose: { section: Section; content: SectionContent }[] = [];
  const unreadable: Unreadable[] = [];

  for (const section of splitSections(markdown)) {
    const lines = requestLines(section);
    if (lines.length === 0) {
      loose.push({ section, content: readSection(section, true) });
      continue;
    }
    const where = `${section.group} › ${section.title}`;
    for (const [index, line] of lines.entries()) {
      const { method, path, params, query } = line;
      const content = readSection(section, method !== "GET" && method !== "DELETE");
      const parameters: DocsParameter[] = params.map((p) => ({
        location: "path",
        path: [{ name: p.name }],
        required: true,
        multiple: p.multiple,
        line: line.line,
      }));
      for (const p of content.parameters) {
        if (!(p.location === "path" && parameters.some((q) => q.location === "path"))) {
          parameters.push(p);
        }
      }
      const examples = [...content.examples];
      if (query) {
        examples.push({
          direction: "request",
          scope: "query",
          title: "request line",
          value: query,
          line: line.line,
        });
      }
      operations.push({
        method,
        path,
        section: where,
        line: line.line,
        parameters,
        examples,
        content,
        title: section.title,
      });
      // A section with two request lines has one set of unreadable parts.
      if (index === 0)
        unreadable.push(...content.unreadable.map((u) => ({ ...u, operation: { method, path } })));
    }
  }

  for (const op of operations) {
    const from = op.content.inheritFrom;
    if (!from) continue;
    const source = operations.find((o) => titleKey(o.title) === titleKey(from.title));
    if (!source) {
      unreadable.push({
        section: op.section,
        line: from.line,
        reason: `refers to a section "${from.title}" that does not exist`,
        excerpt: from.title,
        operation: { method: op.method, path: op.path },
      });
      continue;
    }
    for (const p of source.parameters) {
      if (
        p.location === "body" &&
        !op.parameters.some((q) => q.location === "body" && samePath(q.path, p.path))
      ) {
        // An update passes "only attributes you want to update": no top-level attribute is
        // required, but an item it does pass (an info, an attachment) keeps its own rules.
        op.parameters.push({ ...p, required: p.path.length > 1 && p.required });
      }
    }
  }

  for (const { section, content } of loose) {
    const owner = ownerOf(section, content, operations);
    if (owner) {
      owner.examples.push(...content.examples);
      const operation = { method: owner.method, path: owner.path };
      unreadable.push(...content.unreadable.map((u) => ({ ...u, operation })));
      continue;
    }
    unreadable.push(...content.unreadable);
    // A `##` heading's own text is an introduction; a `###` heading is expected to be an
    // operation (or to show one's examples), so one that is neither is reported, prose or not.
    if (section.title !== "" || content.examples.length > 0 || content.parameters.length > 0) {
      unreadable.push({
        section: `${section.group} › ${section.title}`,
        line: section.line,
        reason:
          "a heading with no `METHOD /v1/path` line whose examples (if any) match no operation of its group",
        excerpt: section.title || section.group,
      });
    }
  }

  return { operations: operations.map(({ content: _c, title: _t, ...op }) => op), unreadable };
}

/**
 * A heading without a request line ("Send a message", "Managing conversations with posts")
 * belongs to the one operation of its group whose request examples use the same envelope.
 */
function ownerOf(section: Section, content: SectionContent, operations: DocsOperation[]) {
  const envelopes = new Set(
    content.examples
      .filter((e) => e.direction === "request" && e.scope === "whole")
      .flatMap((e) => keysOf(e.value)),
  );
  const candidates = operations.filter(
    (op) =>
      op.section.startsWith(`${section.group} › `) &&
      op.examples.some(
        (e) =>
          e.direction === "request" &&
          e.scope === "whole" &&
          keysOf(e.value).some((k) => envelopes.has(k)),
      ),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}
