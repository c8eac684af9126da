/**
 * The one script of the guide pages (dist/site.js), small and dependency-free: copy buttons on
 * code blocks, and the guides' search box (Pagefind's UI over the index the build wrote to
 * dist/pagefind/). The reference keeps Redoc's own search.
 */
export const pageScript = `"use strict";
for (const button of document.querySelectorAll(".code-block button.copy")) {
  button.addEventListener("click", async () => {
    const code = button.parentElement.querySelector("pre code");
    const text = code ? code.textContent : "";
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = "Copied";
    } catch {
      // No clipboard (an http: page on another host, a denied permission): select it instead.
      getSelection().selectAllChildren(code);
      button.textContent = "Press Ctrl+C";
    }
    setTimeout(() => { button.textContent = "Copy"; }, 2000);
  });
}
if (window.PagefindUI) {
  new PagefindUI({
    element: "#search",
    showSubResults: true,
    showImages: false,
    translations: { placeholder: "Search the guides" },
  });
}
`;
