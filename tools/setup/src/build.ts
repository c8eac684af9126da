/**
 * Builds what the two commands run: the CLI and the MCP server, and the workspace packages they
 * import (`^build` in turbo.json). Turborepo's cache makes a second setup with no change instant.
 */
import { spawnSync } from "node:child_process";
import { delimiter, join } from "node:path";

export function buildCommands(root: string, env: NodeJS.ProcessEnv): void {
  const bin = join(root, "node_modules", ".bin");
  const turbo = join(bin, "turbo");
  const result = spawnSync(
    turbo,
    [
      "run",
      "build",
      "--filter=@missive-ts/cli",
      "--filter=@missive-ts/mcp",
      "--output-logs=errors-only",
    ],
    {
      cwd: root,
      // Turborepo runs the builds through the workspace's pnpm, found on the PATH: also when
      // this script runs outside `npm run`.
      env: { ...env, PATH: `${bin}${delimiter}${env.PATH ?? ""}`, TURBO_TELEMETRY_DISABLED: "1" },
      stdio: "inherit",
    },
  );
  if (result.error) {
    throw new Error(
      `Could not run ${turbo} (${result.error.message}). Install the workspace first: npx -y pnpm@10.34.9 install`,
    );
  }
  if (result.status !== 0) {
    throw new Error(
      "Building @missive-ts/cli and @missive-ts/mcp failed (output above). Fix the build, then run npm run setup again.",
    );
  }
}
