/**
 * The organization of the triage commands: `--organization`, else `MISSIVE_ORGANIZATION`, else
 * the profile's `organization` (`missive config set organization <id>`). Missive requires it to
 * add labels, assignees or users, so a missing one stops the command before anything is sent.
 */
import type { GlobalOptions } from "./command.js";
import { configWarning, profileName, readConfig } from "./config.js";
import { UsageError } from "./errors.js";
import type { CliIo } from "./io.js";

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

export async function requireOrganization(
  flag: string | undefined,
  options: GlobalOptions,
  io: CliIo,
  what: string,
): Promise<string> {
  const organization = await defaultOrganization(flag, options, io);
  if (organization) return organization;
  throw new UsageError(
    `${what} needs an organization: pass --organization <id>, set MISSIVE_ORGANIZATION, or save one for the profile with \`missive config set organization <id>\`. Nothing was sent.`,
  );
}
