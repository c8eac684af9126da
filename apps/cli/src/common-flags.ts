import type { Flag } from "./command.js";

/** `--fields id,subject`: which fields of the answer to print. */
export const FIELDS_FLAG = {
  type: "string",
  multiple: true,
  value: "<a,b>",
  description: "Only these fields of the answer",
} as const satisfies Flag;

/** `-d, --data`: more fields of the object the flags build. */
export const moreFieldsFlag = (what: string) =>
  ({
    type: "string",
    short: "d",
    value: "<json>",
    stdin: true,
    description: `More fields of the ${what} (JSON, @file.json, -); the flags win`,
  }) as const satisfies Flag;

/** `--dry-run` of a write command: print the exact request (see dry-run.ts) and send nothing. */
export const DRY_RUN_FLAG = {
  type: "boolean",
  description: "Print the request and send nothing",
} as const satisfies Flag;
