/** `listMessages` → `list-messages`, `Contact books` → `contact-books`, `contact_book` → `contact-book`. */
export function kebab(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/[\s_]+/g, "-")
    .toLowerCase();
}

/**
 * `3 contacts`, `1 contact`, `1 shared label`: a count and a resource name (`contact-books`)
 * as a person writes them.
 */
export function counted(n: number, resource: string): string {
  const words = resource.replace(/-/g, " ");
  if (n === 1 && /[^s]s$/.test(words) && !/ics$/.test(words)) return `1 ${words.slice(0, -1)}`;
  return `${n} ${words}`;
}
