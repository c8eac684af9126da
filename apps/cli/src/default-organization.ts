/**
 * The organization of a command: `--organization`, else `MISSIVE_ORGANIZATION`, else the
 * profile's `organization` (`missive config set organization <id|name>`). A name (`Acme`) is
 * resolved to its id from `GET /organizations`. Missive requires it to add labels, assignees
 * or users, so a missing one stops the command before anything is sent.
 */
import type { GlobalOptions } from "./command.js";
import { configWarning, profileName, readConfig } from "./config.js";
import { UsageError } from "./errors.js";
import type { CliIo } from "./io.js";

/** What to say when no organization is known: every way to give one. */
export const ORGANIZATION_HINT =
  "pass --organization <id|name>, set MISSIVE_ORGANIZATION, or save one for the profile with `missive config set organization <id|name>`";

/** The organization as given (flag, environment or profile), not yet resolved. */
export async function defaultOrganization(
  flag: string | undefined,
  options: GlobalOptions,
  io: CliIo,
): Promise<string | undefined> {
  if (flag?.trim()) return flag.trim();
  const env = io.env.MISSIVE_ORGANIZATION?.trim();
  if (env) return env;
  const config = await readConfig(io.env, configWarning(io));
  return config.profiles[profileName(options.profile, io.env)]?.organization;
}

/** The organization's id, a name resolved; `undefined` when none is given anywhere. */
export async function organizationId(
  flag: string | undefined,
  options: GlobalOptions,
  io: CliIo,
): Promise<string | undefined> {
  const given = await defaultOrganization(flag, options, io);
  if (given === undefined) return undefined;
  // Messages name where it came from: the flag, the environment, or the profile.
  const source = flag?.trim()
    ? "organization"
    : io.env.MISSIVE_ORGANIZATION?.trim()
      ? "MISSIVE_ORGANIZATION"
      : "the profile's organization (`missive config set organization`)";
  const { resolveId } = await import("./directory.js");
  return resolveId("organization", given, source, { options, io });
}

export async function requireOrganization(
  flag: string | undefined,
  options: GlobalOptions,
  io: CliIo,
  what: string,
): Promise<string> {
  const organization = await organizationId(flag, options, io);
  if (organization) return organization;
  throw new UsageError(`${what} needs an organization: ${ORGANIZATION_HINT}. Nothing was sent.`);
}
