import { Marked, type Tokens } from "marked";
import type { Highlight } from "./highlight.js";

/** A heading's anchor: lower case, words joined by `-`, punctuation dropped. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, "")
    .replace(/&[a-z]+;|&#\d+;/g, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s+/g, "-");
}

export interface RenderedPage {
  html: string;
  /** The first `#` heading, the page's title. */
  title: string;
  /** `##` headings, for an on-page table of contents. */
  sections: { id: string; text: string }[];
}

/**
 * Markdown → HTML with GitHub-flavoured tables, an `id` on every heading (unique within the
 * page; `{#id}` at the end of a heading sets it) and links to `x.md` rewritten to `x.html`, so
 * guides link to each other by file name and the links work both on GitHub and on the built site.
 */
export function renderMarkdown(
  source: string,
  options: { rewriteLink?: (href: string) => string; highlight?: Highlight } = {},
): RenderedPage {
  const rewriteLink =
    options.rewriteLink ?? ((href: string) => href.replace(/\.md(#|$)/, ".html$1"));
  const used = new Map<string, number>();
  const sections: RenderedPage["sections"] = [];
  let title = "";
  const marked = new Marked({ gfm: true });
  marked.use({
    walkTokens(token) {
      if (token.type !== "link") return;
      const link = token as Tokens.Link;
      if (link.href.startsWith("mailto:") && !/^(<|mailto:)/i.test(link.raw)) {
        // GFM links bare e-mail addresses, and so "@missive-ts/schema@0.1.0" (a changelog line)
        // would link to "mailto:schema@0.1.0". No page here writes an address bare: keep text.
        Object.assign(token, { type: "text", text: link.raw, tokens: undefined });
        return;
      }
      if (!/^([a-z]+:|#)/i.test(link.href)) link.href = rewriteLink(link.href);
    },
    renderer: {
      code(token) {
        if (!options.highlight) return false; // marked's own <pre><code>
        // The copy button is wired by the page script (site.js); without it, plain code remains.
        return `<div class="code-block">${options.highlight(token.text, (token.lang ?? "").split(/\s/)[0] ?? "")}<button type="button" class="copy" aria-label="Copy code" data-pagefind-ignore>Copy</button></div>\n`;
      },
      heading(token) {
        // `## Title {#stable-id}` pins the anchor (the reconciliation log's entry ids, which
        // the spec's `x-reconciliation` names): the id is used as is and not shown.
        const pinned = /\s*\{#([\w-]+)\}\s*$/;
        const text = this.parser.parseInline(token.tokens).replace(pinned, "");
        const base = pinned.exec(token.text)?.[1] ?? (slugify(text) || "section");
        const count = used.get(base) ?? 0;
        used.set(base, count + 1);
        const id = count === 0 ? base : `${base}-${count}`;
        if (token.depth === 1 && title === "") title = text.replace(/<[^>]*>/g, "");
        if (token.depth === 2) sections.push({ id, text });
        return `<h${token.depth} id="${id}"><a class="anchor" href="#${id}">${text}</a></h${token.depth}>\n`;
      },
    },
  });
  const html = marked.parse(source, { async: false });
  return { html, title, sections };
}

export interface CodeBlock {
  lang: string;
  code: string;
  /** 1-based line of the opening fence in the source. */
  line: number;
}

/** Every fenced code block of `lang` (```ts by default) in a Markdown source. */
export function extractCodeBlocks(
  source: string,
  langs: string[] = ["ts", "typescript"],
): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(```+)\s*([\w-]*)/.exec(lines[i] ?? "");
    if (!open) continue;
    const fence = open[1] ?? "```";
    const lang = open[2] ?? "";
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i] ?? "").startsWith(fence); i++)
      body.push(lines[i] ?? "");
    if (langs.includes(lang)) blocks.push({ lang, code: `${body.join("\n")}\n`, line: start + 1 });
  }
  return blocks;
}
