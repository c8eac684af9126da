/**
 * The latest-deps check: the scratch checks with every range resolved afresh, and, when they
 * fail, which newer packages make them fail. The blocking run installs the lockfile's versions;
 * this one tells the maintainers what a user installing today gets, as a warning.
 */

/** An installed third-party package at a version pnpm-lock.yaml does not pin. */
export interface Drift {
  name: string;
  version: string;
  /** The version(s) pnpm-lock.yaml pins for it (empty: a package new to the tree). */
  locked: string[];
}

export interface ChecksOutcome {
  /** Names of the checks that failed (empty: all passed). */
  failed: string[];
  /** What the install resolved that the lockfile does not pin. */
  drift: Drift[];
}

/**
 * Runs the scratch checks. `"all"`: every range resolved afresh. A list: the lockfile's versions,
 * except these packages at these newer versions.
 */
export type RunChecks = (newer: "all" | readonly Drift[]) => Promise<ChecksOutcome>;

export interface Breakage {
  /** The newer packages that break the checks (together, when more than one). */
  packages: Drift[];
  failed: string[];
}

export interface LatestDepsReport {
  /** The run with every range resolved afresh. */
  latest: ChecksOutcome;
  breakages: Breakage[];
}

/**
 * Every range afresh; if a check fails, finds the newer packages responsible by halving the set
 * of newer packages (each try: the lockfile's versions but for one half). A breakage that needs
 * several newer packages at once is reported with all of them.
 */
export async function checkLatestDependencies(run: RunChecks): Promise<LatestDepsReport> {
  const latest = await run("all");
  if (latest.failed.length === 0) return { latest, breakages: [] };
  const breakages: Breakage[] = [];
  const search = async (newer: Drift[], failed: string[]): Promise<void> => {
    if (newer.length <= 1) {
      breakages.push({ packages: newer, failed });
      return;
    }
    const middle = Math.ceil(newer.length / 2);
    const halves = [newer.slice(0, middle), newer.slice(middle)];
    let found = false;
    for (const half of halves) {
      const outcome = await run(half);
      if (outcome.failed.length > 0) {
        found = true;
        await search(half, outcome.failed);
      }
    }
    // Neither half breaks alone: they break together.
    if (!found) breakages.push({ packages: newer, failed });
  };
  await search(latest.drift, latest.failed);
  return { latest, breakages };
}

const rule = "#".repeat(78);

/** The block `.ci/run` prints: loud, one line per newer package and per failed check. */
export function warningBlock(report: LatestDepsReport): string {
  const lines = [
    rule,
    "##  WARNING (latest-deps): newer in-range dependencies break the published packages",
    rule,
    "The blocking run installs the versions in pnpm-lock.yaml. A fresh install today",
    "resolves these newer versions instead, and the scratch checks fail with them:",
    "",
  ];
  for (const { packages, failed } of report.breakages) {
    const names = packages.map(
      (p) =>
        `  ${p.name} ${p.version} (pnpm-lock.yaml: ${p.locked.join(", ") || "not in the tree"})`,
    );
    if (packages.length === 0)
      names.push("  (no newer package identified: read the failing output above)");
    if (packages.length > 1) names.unshift("  together:");
    lines.push(...names, ...failed.map((check) => `      failed: ${check}`), "");
  }
  lines.push(
    "Users installing the packages today get these versions. Not a CI failure: see the",
    'README section "When latest-deps warns" for what to do.',
    rule,
  );
  return lines.join("\n");
}

/** When the check itself cannot run (registry unreachable, build failure): still loud. */
export function couldNotRunBlock(why: string): string {
  return [
    rule,
    "##  WARNING (latest-deps): the check could not run, so newer dependencies are unchecked",
    rule,
    why,
    'Not a CI failure: see the README section "When latest-deps warns".',
    rule,
  ].join("\n");
}
