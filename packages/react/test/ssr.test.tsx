// @vitest-environment node
/** Server rendering: no `window` at import or render; data prefetched with missiveQueries. */
import { renderToString } from "react-dom/server";
import { describe, expect, inject, it } from "vitest";
import { MissiveProvider, missiveQueries, useConversation, useUsers } from "../src/index.js";
import { testClient, testQueryClient } from "./render.js";

const ID = "6d3c9b1c-6d4e-4d7b-9a50-2d1a2b1c0f01";

function Subject() {
  const conversation = useConversation(ID);
  const users = useUsers();
  return (
    <p>
      {conversation.data?.id ?? "loading"} / {users.data?.length ?? "…"}
    </p>
  );
}

describe("server rendering", () => {
  it("imports and renders without a window", () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe("undefined");
    const client = testClient("http://127.0.0.1:9");
    const html = renderToString(
      <MissiveProvider client={client} queryClient={testQueryClient()}>
        <Subject />
      </MissiveProvider>,
    );
    expect(html).toContain("loading");
  });

  it("renders data prefetched in a loader with missiveQueries", async () => {
    const client = testClient(inject("mockUrl"));
    const queryClient = testQueryClient();
    await queryClient.prefetchQuery(missiveQueries.conversation(client, ID));
    const conversation = queryClient.getQueryData(missiveQueries.conversation(client, ID).queryKey);
    const html = renderToString(
      <MissiveProvider client={client} queryClient={queryClient}>
        <Subject />
      </MissiveProvider>,
    );
    expect(conversation?.id).toEqual(expect.any(String));
    expect(html).toContain(conversation?.id);
  });
});
