/**
 * @missive-ts/sim: a stateful, seeded simulator of the Missive REST API for behaviour tests —
 * real pagination (ties, pages over `limit`), rate limits, the analytics report lifecycle and
 * deterministic injected faults. Every answer is valid against the bundled spec.
 */

export type { AppEdits } from "./app-edits.ts";
export { seededBody } from "./message-bodies.ts";
export type {
  FaultKind,
  SimulatorAnalyticsOptions,
  SimulatorDataOptions,
  SimulatorFaultOptions,
  SimulatorOptions,
  SimulatorRateLimitOptions,
} from "./options.ts";
export type { ContactGroupRecord, SeededData } from "./seed-data.ts";
export { type RunningSimulator, startSimulator } from "./server.ts";
export { validateRequestBody, validateResponseBody } from "./spec-validator.ts";
export type { SimulatorState } from "./state.ts";
export type { AppliedMutation, SimulatorStats } from "./stats.ts";
