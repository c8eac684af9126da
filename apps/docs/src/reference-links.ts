/**
 * The way back from the reference to the guides. Redoc renders `info.description` (Markdown)
 * at the top of the page, so the build puts a link to the guides there, in the bundled spec it
 * hands to Redocly (never in spec/, where the description is Missive's API, not this site).
 */
import type { OpenApiDocument } from "./plan-badges.js";

export const GUIDES_LINK_TEXT = "← missive-ts guides";

export function withGuidesLink(spec: OpenApiDocument): OpenApiDocument {
  const info = (spec.info ?? {}) as { description?: string };
  const intro = `**[${GUIDES_LINK_TEXT}](index.html)**: getting started, pagination and rate limits, webhooks, the CLI and the MCP server, with a search over all of them. This page is the reference; its search box searches the operations.`;
  return {
    ...spec,
    info: { ...info, description: `${intro}\n\n${info.description ?? ""}` },
  };
}
