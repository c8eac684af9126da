import { UsageError } from "./errors.js";

/**
 * Keys that reach `Object.prototype` instead of making a property: `--field __proto__.x=1`
 * would change every object of the process (and the query strings built from them).
 */
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/** A key taken from the command line, refused when it would reach a prototype. */
export function objectKey(key: string, where: string): string {
  if (FORBIDDEN.has(key)) {
    throw new UsageError(
      `${where}: "${key}" cannot be used as a name (it would reach JavaScript's object prototype).`,
    );
  }
  return key;
}
