/**
 * Plan badges for the reference. The spec marks plan-gated operations and webhooks with
 * `x-missive-plan` (`{ plans: ["Productive", "Business"] }`), which Redoc does not display; Redoc
 * does display `x-badges`, so the build derives one badge per gated operation from the spec's own
 * marker instead of restating plans by hand.
 */

interface PlanMarker {
  plans?: readonly string[];
}

type Operation = Record<string, unknown> & { "x-missive-plan"?: PlanMarker };
type PathItems = Record<string, Record<string, unknown>>;

export interface OpenApiDocument {
  paths?: PathItems | undefined;
  webhooks?: PathItems | undefined;
  [key: string]: unknown;
}

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** The badge text of a marker, e.g. "Plan: Productive or Business". */
export function planBadgeName(marker: PlanMarker): string | undefined {
  const plans = marker.plans ?? [];
  return plans.length > 0 ? `Plan: ${plans.join(" or ")}` : undefined;
}

function badged(items: PathItems | undefined): PathItems | undefined {
  if (!items) return items;
  return Object.fromEntries(
    Object.entries(items).map(([key, item]) => [
      key,
      Object.fromEntries(
        Object.entries(item).map(([method, value]) => {
          const operation = value as Operation;
          const marker = methods.includes(method) ? operation["x-missive-plan"] : undefined;
          const name = marker && planBadgeName(marker);
          if (!name) return [method, value];
          const existing = (operation["x-badges"] as unknown[] | undefined) ?? [];
          return [method, { ...operation, "x-badges": [...existing, { name, color: "#6b4fbb" }] }];
        }),
      ),
    ]),
  );
}

/** A copy of the spec whose plan-gated operations and webhooks carry a plan badge. */
export function withPlanBadges(spec: OpenApiDocument): OpenApiDocument {
  return { ...spec, paths: badged(spec.paths), webhooks: badged(spec.webhooks) };
}
