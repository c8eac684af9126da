import { at, escapePointer, type Json, type Located, resolve } from "./schema-view.ts";

export interface SpecParameter {
  name: string;
  in: string;
  required: boolean;
  /** Where the parameter is declared (its `x-reconciliation` sits there, or on its `$ref` target). */
  located: Located;
  schema?: Located;
}

export interface SpecOperation {
  method: string;
  path: string;
  operationId: string;
  located: Located;
  parameters: SpecParameter[];
  requestBody?: Located;
  /** The JSON schema of the first 2xx answer that has one. */
  responseBody?: Located;
}

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** `/contacts/{id}` and `/contacts/{ids}` are the same route: parameter names do not count. */
export const routeKey = (method: string, path: string) =>
  `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, "{}")}`;

export function specOperations(root: Json): SpecOperation[] {
  const operations: SpecOperation[] = [];
  const paths = (root.paths ?? {}) as Record<string, Json>;
  for (const [path, item] of Object.entries(paths)) {
    const itemPointer = `#/paths/${escapePointer(path)}`;
    for (const method of methods) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const pointer = `${itemPointer}/${method}`;
      const parameters = new Map<string, SpecParameter>();
      const declared = [
        ...((item.parameters as Json[] | undefined) ?? []).map(
          (_, i) => `${itemPointer}/parameters/${i}`,
        ),
        ...((operation.parameters as Json[] | undefined) ?? []).map(
          (_, i) => `${pointer}/parameters/${i}`,
        ),
      ];
      for (const where of declared) {
        const raw = (at(root, where) ?? {}) as Json;
        const { node, pointer: declaredAt } = resolve(root, { node: raw, pointer: where });
        // A pseudo-parameter that only carries a rule for validators (at most one of several
        // filters) is nothing a client sends, so nothing the docs could list.
        if (node["x-missive-validation-only"] === true) continue;
        const name = String(node.name);
        const schema = node.schema as Json | undefined;
        parameters.set(`${node.in} ${name}`, {
          name,
          in: String(node.in),
          required: node.required === true,
          located: { node: raw, pointer: where },
          ...(schema && { schema: { node: schema, pointer: `${declaredAt}/schema` } }),
        });
      }
      const body = jsonSchema(
        operation.requestBody as Json | undefined,
        `${pointer}/requestBody`,
        root,
      );
      const responses = (operation.responses ?? {}) as Record<string, Json>;
      const answer = Object.keys(responses)
        .filter((status) => /^2/.test(status))
        .map((status) => jsonSchema(responses[status], `${pointer}/responses/${status}`, root))
        .find((schema) => schema !== undefined);
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: String(operation.operationId ?? ""),
        located: { node: operation, pointer },
        parameters: [...parameters.values()],
        ...(body && { requestBody: body }),
        ...(answer && { responseBody: answer }),
      });
    }
  }
  return operations;
}

/** The `application/json` schema of a request body or response (through `$ref`). */
function jsonSchema(holder: Json | undefined, pointer: string, root: Json): Located | undefined {
  if (!holder) return undefined;
  const resolved = resolve(root, { node: holder, pointer });
  const media = (resolved.node.content as Json | undefined)?.["application/json"] as
    | Json
    | undefined;
  const schema = media?.schema as Json | undefined;
  if (!schema) return undefined;
  return { node: schema, pointer: `${resolved.pointer}/content/application~1json/schema` };
}
