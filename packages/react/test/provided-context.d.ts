// What tools/mock/src/vitest-global-setup.ts provides; declared here too so that vitest's
// typecheck (which does not load the setup file) knows `inject("mockUrl")`.
declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the Prism mock started for this test run. */
    mockUrl: string;
  }
}

export {};
