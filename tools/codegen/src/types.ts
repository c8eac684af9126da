import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { dropValidationOnlySubschemas } from "./validation-only.ts";

/** openapi-typescript over the bundled document: `paths`, `components`, `operations`, `webhooks`. */
export async function generateTypes(bundled: Record<string, unknown>): Promise<string> {
  // dropValidationOnlySubschemas returns a copy: the bundled spec we write out stays exactly
  // what Redocly produced.
  const ast = await openapiTS(dropValidationOnlySubschemas(bundled) as unknown as OpenAPI3, {
    alphabetize: false,
    // A default is what the server assumes when a field is left out: such a field stays
    // optional in the types (otherwise `reopen` on posts, `is_task` on hooks… would be required).
    defaultNonNullable: false,
  });
  return astToString(ast);
}
