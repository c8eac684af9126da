/**
 * Reading the API reference as rendered by Redoc 3 (what `redocly build-docs` 2.x inlines).
 * Selectors are Redoc's own stable hooks (`data-component-name`, `menu-item-type-*` classes,
 * `data-section-id`), never its generated `sc-…` class names.
 */

import type { OperationMetadata } from "@missive-ts/schema";
import type { Locator, Page } from "playwright-core";

/** Redoc's slug of a tag: "Shared labels" → "shared-labels". */
export function redocTagSlug(tag: string): string {
  return tag
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Where Redoc routes an operation: `#/<tag slug>/<operationId in lower case>`. */
export function redocOperationHref(
  operation: Pick<OperationMetadata, "tag" | "operationId">,
): string {
  return `#/${redocTagSlug(operation.tag)}/${operation.operationId.toLowerCase()}`;
}

export interface SidebarOperation {
  /** e.g. `#/conversations/listconversations` */
  href: string;
  /** the operation's summary */
  label: string;
  /** lower case, e.g. `get` */
  method: string;
}

const menu = '[data-component-name="Menu/Menu"]';

/** The sidebar's tag groups, once Redoc has hydrated the page (the menu is rendered by script). */
export async function sidebarGroups(page: Page): Promise<Locator> {
  const groups = page.locator(`${menu} .menu-item-type-group`);
  await groups.first().waitFor({ timeout: 90_000 });
  return groups;
}

/** Opens a sidebar group (it navigates to `#/<tag>`) and waits for its operations to show. */
export async function openGroup(group: Locator): Promise<Locator> {
  await group.locator(":scope > a").click();
  const operations = group.locator(".menu-item-type-operation");
  await operations.first().waitFor();
  return operations;
}

/**
 * Every operation entry of the sidebar. Redoc renders the tag groups collapsed, with their
 * operations absent from the DOM, and keeps only one group open (opening one closes the
 * previous), so each group is opened in turn and read while it is open.
 */
export async function sidebarOperations(page: Page): Promise<SidebarOperation[]> {
  const entries: SidebarOperation[] = [];
  for (const group of await (await sidebarGroups(page)).all()) {
    const operations = await openGroup(group);
    entries.push(
      ...(await operations.evaluateAll((items) =>
        items.map((item) => ({
          href: item.querySelector("a")?.getAttribute("href") ?? "",
          label: item.querySelector("[data-text]")?.textContent?.trim() ?? "",
          method:
            item
              .querySelector('[data-component-name="Tags/HttpTag"]')
              ?.textContent?.trim()
              .toLowerCase() ?? "",
        })),
      )),
    );
  }
  return entries;
}

export interface OpenedSection {
  /** the operation's heading (its summary), without its badges */
  title: string;
  /** the texts of the badges next to the heading (`x-badges`), e.g. "Plan: Productive or Business" */
  badges: string[];
}

export interface OpenedOperation extends OpenedSection {
  /** the request panel's method tag, lower case */
  method: string;
  /** the request panel's path */
  path: string;
}

/** Clicks an operation or webhook in the sidebar and reads its heading once Redoc has rendered it. */
export async function openSection(
  page: Page,
  operation: Pick<OperationMetadata, "tag" | "operationId">,
): Promise<{ section: Locator } & OpenedSection> {
  const href = redocOperationHref(operation);
  // The group's own link is `/<tag slug>`; its operations' links start with `#/`.
  const groups = await sidebarGroups(page);
  const group = groups.filter({ has: page.locator(`a[href="/${redocTagSlug(operation.tag)}"]`) });
  await (await openGroup(group)).locator(`a[href="${href}"]`).click();
  await page.waitForURL((url) => url.hash === href);

  const section = page.locator(`[data-section-id="${href.slice(1)}"]`);
  const heading = section.locator("h2").first();
  await heading.waitFor();
  const badge = '[data-component-name="Tag/Tag"]';
  return {
    section,
    title: await heading.evaluate((h2, selector) => {
      const copy = h2.cloneNode(true) as Element;
      for (const tag of copy.querySelectorAll(selector)) tag.remove();
      return copy.textContent?.trim() ?? "";
    }, badge),
    badges: (await heading.locator(badge).allTextContents()).map((text) => text.trim()),
  };
}

/** Clicks an operation in the sidebar and reads its section once Redoc has rendered it. */
export async function openOperation(
  page: Page,
  operation: Pick<OperationMetadata, "tag" | "operationId">,
): Promise<OpenedOperation> {
  const { section, title, badges } = await openSection(page, operation);
  // The request panel's header: a method tag and the path (the button opens the server list).
  const request = section
    .locator('[data-testid="right-panel"] [data-component-name="Dropdown/Dropdown"] > button')
    .first();
  await request.waitFor();
  return {
    title,
    badges,
    method:
      (await request.locator('[data-component-name="Tag/Tag"]').textContent())
        ?.trim()
        .toLowerCase() ?? "",
    path: (await request.locator(":scope > span").textContent())?.trim() ?? "",
  };
}
