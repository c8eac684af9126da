import { compareBody } from "./compare-body.ts";
import { compareExamples } from "./compare-examples.ts";
import type { Difference } from "./difference.ts";
import type { DocsModel, DocsOperation } from "./docs-model.ts";
import { differentValues } from "./enum-difference.ts";
import { enumOf, type Json, resolve } from "./schema-view.ts";
import { routeKey, type SpecOperation, specOperations } from "./spec-operations.ts";

/** Every difference between the docs' model and the bundled spec, in the docs' order. */
export function compare(docs: DocsModel, root: Json): Difference[] {
  const spec = specOperations(root);
  const byRoute = new Map(spec.map((op) => [routeKey(op.method, op.path), op]));
  const differences: Difference[] = [];
  const matched = new Set<SpecOperation>();

  for (const op of docs.operations) {
    const name = `${op.method} ${op.path}`;
    const specOp = byRoute.get(routeKey(op.method, op.path));
    if (!specOp) {
      differences.push({
        kind: "operation-not-in-spec",
        operation: name,
        subject: `operation ${name}`,
        detail: `the docs document it ("${op.section}"); the spec has no such operation`,
        docs: { section: op.section, line: op.line },
        anchor: "#",
        mustName: name,
      });
      continue;
    }
    matched.add(specOp);
    const label = `${specOp.method} ${specOp.path}`;
    differences.push(
      ...compareParameters(root, op, specOp, label),
      ...compareBody(root, op, specOp, label),
      ...compareExamples(root, op, specOp, label),
    );
  }
  for (const op of spec.filter((o) => !matched.has(o))) {
    differences.push({
      kind: "operation-not-in-docs",
      operation: `${op.method} ${op.path}`,
      operationId: op.operationId,
      subject: `operation ${op.operationId || `${op.method} ${op.path}`}`,
      detail: "the spec has it; the docs do not document it",
      anchor: op.located.pointer,
    });
  }
  for (const part of docs.unreadable) {
    const specOp =
      part.operation && byRoute.get(routeKey(part.operation.method, part.operation.path));
    differences.push({
      kind: "unreadable-docs",
      operation: specOp ? `${specOp.method} ${specOp.path}` : part.section,
      ...(specOp && { operationId: specOp.operationId }),
      subject: `"${part.excerpt.replace(/\s+/g, " ").trim()}"`,
      detail: `not compared: ${part.reason}`,
      docs: { section: part.section, line: part.line },
      anchor: specOp ? specOp.located.pointer : "#",
      mustName: part.section.split(" › ").at(-1) ?? part.section,
    });
  }
  return differences;
}

function compareParameters(
  root: Json,
  docs: DocsOperation,
  spec: SpecOperation,
  name: string,
): Difference[] {
  const differences: Difference[] = [];
  const base = { operation: name, operationId: spec.operationId };
  const specPath = spec.parameters.filter((p) => p.in === "path");
  const docsPath = docs.parameters.filter((p) => p.location === "path");
  // Path parameters pair up by position: the docs call every one `:id`.
  docsPath.forEach((param, i) => {
    const match = specPath[i];
    if (!match?.schema) return;
    const multiple = resolve(root, match.schema).node.type === "array";
    if (multiple !== (param.multiple === true)) {
      differences.push({
        ...base,
        kind: "multiple-ids-differ",
        subject: `path parameter \`${match.name}\``,
        detail: param.multiple
          ? "the docs take several comma-separated ids; the spec takes one"
          : "the spec takes several comma-separated ids; the docs take one",
        docs: { section: docs.section, line: param.line },
        anchor: match.located.pointer,
      });
    }
  });

  const docsQuery = docs.parameters.filter((p) => p.location === "query");
  for (const param of docsQuery) {
    const paramName = param.path[0]?.name ?? "";
    const match = spec.parameters.find((p) => p.in === "query" && p.name === paramName);
    const where = {
      subject: `query parameter \`${paramName}\``,
      docs: { section: docs.section, line: param.line },
    };
    if (!match) {
      differences.push({
        ...base,
        ...where,
        kind: "parameter-not-in-spec",
        detail: `the docs list it${param.required ? " (required)" : ""}; the spec does not`,
        anchor: spec.located.pointer,
        mustName: `\`${paramName}\``,
      });
      continue;
    }
    if (match.required !== param.required) {
      differences.push({
        ...base,
        ...where,
        kind: "required-differs",
        detail: `required in the ${param.required ? "docs" : "spec"}, optional in the ${param.required ? "spec" : "docs"}`,
        anchor: match.located.pointer,
      });
    }
    const values =
      param.enum && match.schema && differentValues(param.enum, enumOf(root, match.schema));
    if (values)
      differences.push({
        ...base,
        ...where,
        kind: "enum-differs",
        detail: values,
        anchor: match.located.pointer,
      });
  }
  for (const extra of spec.parameters.filter(
    (p) => p.in === "query" && !docsQuery.some((d) => d.path[0]?.name === p.name),
  )) {
    differences.push({
      ...base,
      kind: "parameter-not-in-docs",
      subject: `query parameter \`${extra.name}\``,
      detail: "the spec accepts it; the docs do not list it",
      anchor: extra.located.pointer,
    });
  }
  return differences;
}
