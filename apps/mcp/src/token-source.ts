/**
 * The stdio server's token: `MISSIVE_API_TOKEN`, else the profile the `missive` CLI saved
 * with `missive auth login` (same file, same profile rules: see @missive-ts/cli's config).
 */
import { configPath, profileName, readConfig } from "@missive-ts/cli/config";

type Env = Record<string, string | undefined>;

export interface Credentials {
  token: string | undefined;
  baseUrl: string | undefined;
  /** Where the token was looked for, for the "no token" message (never the token). */
  source: string;
  /** The default organization: `MISSIVE_ORGANIZATION`, else the profile's. */
  organization: string | undefined;
}

export async function stdioCredentials(
  env: Env,
  profileFlag: string | undefined,
  baseUrlFlag: string | undefined,
): Promise<Credentials> {
  const profile = profileName(profileFlag, env);
  const stored = (await readConfig(env)).profiles[profile];
  const baseUrl = baseUrlFlag ?? env.MISSIVE_BASE_URL ?? stored?.baseUrl;
  const organization = env.MISSIVE_ORGANIZATION?.trim() || stored?.organization;
  const envToken = env.MISSIVE_API_TOKEN?.trim();
  if (envToken) return { token: envToken, baseUrl, source: "MISSIVE_API_TOKEN", organization };
  return {
    token: stored?.token,
    baseUrl,
    organization,
    source: `profile "${profile}" of ${configPath(env)}`,
  };
}
