/**
 * What the reference must show beyond the operation list, read straight from the bundled spec the
 * site is built from: the plan of each `x-missive-plan` operation or webhook, and the webhooks.
 */
import { readFile } from "node:fs/promises";
import { specPath } from "../src/site.js";

export interface SpecEntry {
  kind: "operation" | "webhook";
  tag: string;
  operationId: string;
  summary: string;
  method: string;
  /** `x-missive-plan.plans`, when the entry needs a particular Missive plan */
  plans?: string[] | undefined;
}

interface SpecOperation {
  operationId: string;
  tags?: string[];
  summary?: string;
  "x-missive-plan"?: { plans?: string[] };
}

type Items = Record<string, Record<string, SpecOperation>>;

function entries(items: Items | undefined, kind: SpecEntry["kind"]): SpecEntry[] {
  return Object.values(items ?? {}).flatMap((item) =>
    Object.entries(item)
      .filter(([, op]) => typeof op === "object" && op !== null && "operationId" in op)
      .map(([method, op]) => ({
        kind,
        tag: op.tags?.[0] ?? "",
        operationId: op.operationId,
        summary: op.summary ?? "",
        method,
        plans: op["x-missive-plan"]?.plans,
      })),
  );
}

/** Every operation and webhook of the bundled spec. */
export async function specEntries(): Promise<SpecEntry[]> {
  const spec = JSON.parse(await readFile(specPath, "utf8")) as { paths?: Items; webhooks?: Items };
  return [...entries(spec.paths, "operation"), ...entries(spec.webhooks, "webhook")];
}
