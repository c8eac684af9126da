import { defineCommand } from "../command.js";
import { configPath, configWarning, profileName, updateConfig } from "../config.js";
import { ExitCode, UsageError } from "../errors.js";
import { checkIdFlags } from "../parse.js";

/** Settings of a profile that `config set` may change (the token is `auth login`'s). */
const KEYS = ["organization"] as const;

export default defineCommand({
  usage: `Save a setting for the profile (--profile, else MISSIVE_PROFILE, else default).

Usage: missive config set organization <id|name>

organization  Default organization of every command that needs one: the triage verbs, post
              --assign, analytics report, generated commands whose body takes an organization,
              and the MCP server's tools. A name (Acme) is looked up and saved as its id.
              MISSIVE_ORGANIZATION and --organization win over it.`,
  flags: {},
  async run(options, io) {
    const [key, value, extra] = options.args;
    if (!KEYS.includes(key as (typeof KEYS)[number])) {
      throw new UsageError(
        `missive config set takes one of: ${KEYS.join(", ")}. Got "${key ?? ""}".`,
      );
    }
    if (value === undefined || value.trim() === "" || extra !== undefined) {
      throw new UsageError(
        `missive config set ${key} needs exactly one value: the organization's id or name.`,
      );
    }
    checkIdFlags({ organization: value }, ["organization"]);
    const profile = profileName(options.profile, io.env);
    // An id comes back as is, without a request; a name is looked up.
    const { resolveId } = await import("../directory.js");
    const id = await resolveId("organization", value, "missive config set organization", {
      options,
      io,
    });
    await updateConfig(io.env, configWarning(io), (config) => {
      config.profiles[profile] = { ...config.profiles[profile], organization: id };
    });
    const named = id === value.trim() ? "" : ` (${value.trim()}: ${id})`;
    io.stderr.write(`Saved ${key}${named} for profile ${profile} in ${configPath(io.env)}.\n`);
    return ExitCode.ok;
  },
});
