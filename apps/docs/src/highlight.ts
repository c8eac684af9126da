/**
 * Syntax highlighting at build time with Shiki: the pages ship coloured HTML and no highlighter
 * script. One highlighter per build (loading grammars takes about half a second), only the
 * languages the guides use; a fence in any other language is shown as plain text.
 */
import { createHighlighter } from "shiki";

const THEME = "github-light";
/** Fence names the guides use (Shiki also knows their aliases: sh, bash, ts, yml…). */
const LANGUAGES = ["typescript", "tsx", "javascript", "json", "yaml", "shellscript"];

export type Highlight = (code: string, lang: string) => string;

export async function createCodeHighlighter(): Promise<Highlight> {
  const highlighter = await createHighlighter({ themes: [THEME], langs: LANGUAGES });
  const known = new Set(highlighter.getLoadedLanguages());
  return (code, lang) =>
    highlighter.codeToHtml(code, { lang: known.has(lang) ? lang : "text", theme: THEME });
}
