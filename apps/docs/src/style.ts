/** The whole stylesheet of the guide pages (the reference brings its own). */
export const stylesheet = `:root { color-scheme: light; --accent: #2f5bd2; --muted: #5b6270; --line: #e3e6eb; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2129; }
header { display: flex; align-items: center; gap: 2rem; padding: 0.75rem 1.5rem; border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 10; background: #fff; }
.search { flex: 1; max-width: 36rem; position: relative; }
.search .pagefind-ui__drawer { position: absolute; left: 0; right: 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem; max-height: 70vh; overflow-y: auto; box-shadow: 0 8px 24px rgb(0 0 0 / 0.12); }
.search .pagefind-ui__drawer:empty, .search .pagefind-ui__hidden { display: none; }
.search { --pagefind-ui-scale: 0.8; --pagefind-ui-primary: var(--accent); --pagefind-ui-border-width: 1px; }
.brand { font-weight: 700; color: inherit; text-decoration: none; }
.page { display: flex; gap: 2rem; max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
/* The sidebar stays in view while a long guide scrolls, below the sticky header. */
nav[aria-label="Site"] { flex: 0 0 13rem; position: sticky; top: 4.5rem; align-self: flex-start; max-height: calc(100vh - 5.5rem); overflow-y: auto; }
nav ul { list-style: none; margin: 0; padding: 0; }
nav li { margin: 0.2rem 0; }
nav a { color: var(--muted); text-decoration: none; }
nav a[aria-current="page"] { color: var(--accent); font-weight: 600; }
main { flex: 1; min-width: 0; }
a { color: var(--accent); }
h1, h2, h3, h4 { line-height: 1.25; }
h1 a.anchor, h2 a.anchor, h3 a.anchor, h4 a.anchor, h5 a.anchor { color: inherit; text-decoration: none; }
pre { background: #f6f8fa; border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; overflow-x: auto; }
pre.shiki { background-color: #f6f8fa !important; }
.code-block { position: relative; }
.code-block button.copy { position: absolute; top: 0.4rem; right: 0.4rem; font: 0.75rem system-ui, sans-serif; padding: 0.2rem 0.55rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; color: var(--muted); cursor: pointer; opacity: 0.85; }
.code-block button.copy:hover, .code-block button.copy:focus-visible { opacity: 1; color: var(--accent); border-color: var(--accent); }
code { font: 0.9em/1.5 ui-monospace, SFMono-Regular, Menlo, monospace; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
.toc { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 1rem; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9em; }
@media (max-width: 50rem) { .page { flex-direction: column; } nav[aria-label="Site"] { flex: none; position: static; max-height: none; } header { flex-wrap: wrap; gap: 0.5rem; } }
`;
