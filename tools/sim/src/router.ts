/** Matches a request to an operation of the spec and its handler. */
import { contactHandlers } from "./handlers-contacts.ts";
import { conversationUpdateHandlers } from "./handlers-conversation-updates.ts";
import { conversationHandlers } from "./handlers-conversations.ts";
import { directoryHandlers } from "./handlers-directory.ts";
import { messageHandlers } from "./handlers-messages.ts";
import { taskHandlers } from "./handlers-tasks.ts";
import { type SpecRoute, specRoutes } from "./spec.ts";
import type { Handler } from "./state.ts";

const handlers: Record<string, Handler> = {
  ...conversationHandlers,
  ...conversationUpdateHandlers,
  ...messageHandlers,
  ...contactHandlers,
  ...directoryHandlers,
  ...taskHandlers,
};

export interface MatchedRoute {
  route: SpecRoute;
  handler: Handler;
  params: Record<string, string>;
  /** `"METHOD /spec/path"`, the key of `stats.byOperation`. */
  key: string;
}

const compiled = specRoutes.map((route) => {
  const names: string[] = [];
  const source = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  const handler = handlers[route.operationId];
  if (!handler) throw new Error(`the simulator has no handler for ${route.operationId}`);
  return { route, handler, names, pattern: new RegExp(`^${source}/?$`) };
});

/** The operation for a method and path, or `undefined` (→ 404). */
export function matchRoute(method: string, pathname: string): MatchedRoute | undefined {
  for (const { route, handler, names, pattern } of compiled) {
    if (route.method !== method) continue;
    const match = pattern.exec(pathname);
    if (!match) continue;
    const params: Record<string, string> = {};
    names.forEach((name, index) => {
      params[name] = decodeURIComponent(match[index + 1] ?? "");
    });
    return { route, handler, params, key: `${route.method} ${route.path}` };
  }
  return undefined;
}

/** Operation IDs the simulator implements (all of the spec's). */
export const implementedOperations = compiled.map(({ route }) => route.operationId);
