import type { TestProject } from "vitest/node";
import { startMock } from "./start-mock.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the Prism mock started for this test run. */
    mockUrl: string;
  }
}

/** Vitest global setup: one Prism mock for the whole run, stopped when the run ends. */
export default async function setup(project: TestProject) {
  const mock = await startMock();
  project.provide("mockUrl", mock.url);
  return () => mock.stop();
}
