/** How two enum lists differ, or `undefined` when they hold the same values (in any order). */
export function differentValues(
  docs: readonly string[],
  spec: readonly string[] | undefined,
): string | undefined {
  if (spec === undefined) return `the docs list ${list(docs)}; the spec has no enum`;
  const onlyDocs = docs.filter((value) => !spec.includes(value));
  const onlySpec = spec.filter((value) => !docs.includes(value));
  if (onlyDocs.length === 0 && onlySpec.length === 0) return undefined;
  const parts = [];
  if (onlyDocs.length > 0) parts.push(`only the docs allow ${list(onlyDocs)}`);
  if (onlySpec.length > 0) parts.push(`only the spec allows ${list(onlySpec)}`);
  return parts.join("; ");
}

const list = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(", ");
