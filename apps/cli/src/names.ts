/** `listMessages` → `list-messages`, `Contact books` → `contact-books`, `contact_book` → `contact-book`. */
export function kebab(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/[\s_]+/g, "-")
    .toLowerCase();
}
