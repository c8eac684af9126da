/** Word matching for the search tools: camelCase and snake_case split, singular meets plural. */
export const words = (text: string) =>
  text
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1);

const stem = (word: string) => word.replace(/(ies|es|s)$/, "");

/** 3 per query word in the name, 1 per query word elsewhere. */
export function matchScore(name: string, rest: string, query: string[]): number {
  const inName = new Set(words(name).map(stem));
  const inRest = new Set(words(rest).map(stem));
  let total = 0;
  for (const word of query.map(stem)) {
    if (inName.has(word)) total += 3;
    else if (inRest.has(word)) total += 1;
  }
  return total;
}
