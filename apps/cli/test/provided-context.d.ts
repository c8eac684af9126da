// What tools/mock/src/vitest-global-setup.ts provides (see packages/client/test).
declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the Prism mock started for this test run. */
    mockUrl: string;
  }
}

export {};
