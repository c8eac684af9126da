/**
 * The shape of the operation metadata that `tools/codegen` derives from the spec. The CLI,
 * the client's resource methods and the contract harness are all generated or driven from it,
 * so a new operation in `spec/` reaches them without hand-written code.
 */

export type HttpMethod = "get" | "post" | "patch" | "delete";

/** A path or query parameter of an operation. */
export interface ParameterMetadata {
  readonly name: string;
  readonly in: "path" | "query" | "header";
  readonly required: boolean;
  readonly description: string;
  /** JSON Schema type of the value; `array` for comma-separated multi-id path segments. */
  readonly type: "string" | "integer" | "number" | "boolean" | "array";
  readonly enum?: readonly string[];
  readonly default?: string | number | boolean;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** The JSON body of a request or response, as the docs wrap it. */
export interface BodyMetadata {
  /**
   * The envelope key that wraps the payload (`{"contacts": [...]}` → `"contacts"`), or `null`
   * for a bare body such as the merge request `{"target", "subject"}`.
   */
  readonly envelope: string | null;
  /** Whether the payload under the envelope is an array. */
  readonly list: boolean;
  readonly required: boolean;
  /**
   * JSON Schema `dependentRequired` of the payload (of each item, for a list): sending the key
   * requires the listed attributes too (`add_shared_labels` → `organization`).
   */
  readonly dependentRequired?: Readonly<Record<string, readonly string[]>>;
}

/** The Missive plans an operation needs, from the spec's `x-missive-plan`. */
export interface PlanMetadata {
  /** Plans that include the operation, such as `["Productive", "Business"]`. */
  readonly plans: readonly string[];
  /** Body attributes or parameters that need a narrower set of plans (`teams` → `["Business"]`). */
  readonly fields?: Readonly<Record<string, readonly string[]>>;
}

/** How a list operation pages, from the spec's `x-missive-pagination`. */
export type PaginationMetadata =
  | {
      readonly style: "until";
      /** The item timestamp to pass back as `until` (`last_activity_at`, `delivered_at`, `created_at`). */
      readonly cursor: string;
      /**
       * Whether `until` includes items at exactly that timestamp: `true` on every list of the spec
       * (see spec/RECONCILIATION.md, "every `until` is inclusive").
       */
      readonly inclusive: boolean;
    }
  | { readonly style: "offset" };

export interface OperationMetadata {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  readonly params: readonly ParameterMetadata[];
  readonly requestBody: BodyMetadata | null;
  /** The success answer's body, or `null` when the operation answers with no content. */
  readonly response: (BodyMetadata & { readonly status: number }) | null;
  readonly pagination: PaginationMetadata | null;
  /** Groups of query parameters of which at most one may be sent (`email`, `domain`, …). */
  readonly exclusiveQuery: readonly (readonly string[])[];
  /** The plans the operation needs, or `null` when every plan with API access has it. */
  readonly plan: PlanMetadata | null;
}
