/**
 * The stdio server's default organization may be given by name (`MISSIVE_ORGANIZATION=Acme`),
 * as the CLI takes it: the name becomes the id once, at start, from `GET /organizations`. An id
 * (Missive's are UUID-shaped) is kept without a request. Matching is blind to case and accents.
 */
import type { MissiveClient } from "@missive-ts/client";

const looksLikeId = (value: string) =>
  /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i.test(value);
const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: "base" }) === 0;

/** The name matches no organization, or several: the server should not start with it. */
export class OrganizationNameError extends Error {
  override name = "OrganizationNameError";
}

/** The id of the organization `value` names; throws, listing the candidates, when none or several match. */
export async function organizationIdOf(client: MissiveClient, value: string): Promise<string> {
  const typed = value.trim();
  if (looksLikeId(typed)) return typed;
  const all: { id: string; name: string }[] = [];
  for await (const org of client.organizations.listAll({})) {
    all.push({ id: String(org.id), name: String(org.name ?? "") });
  }
  const exact = all.filter((org) => org.name === typed);
  const found = exact.length > 0 ? exact : all.filter((org) => same(org.name, typed));
  if (found.length === 1) return (found[0] as { id: string }).id;
  const listed = (found.length > 0 ? found : all).map((org) => `  ${org.name} (${org.id})`);
  const problem =
    found.length > 1 ? `matches ${found.length} organizations` : "names no organization";
  throw new OrganizationNameError(
    `the default organization "${typed}" ${problem} of this token. Set MISSIVE_ORGANIZATION (or \`missive config set organization\`) to one of:\n${listed.join("\n")}`,
  );
}
