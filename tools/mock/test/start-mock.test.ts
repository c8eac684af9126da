import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startMock } from "../src/start-mock.ts";

const refused = async (url: string) =>
  fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
    () => false,
    () => true,
  );

describe("startMock", () => {
  it("serves the bundled Missive spec on 127.0.0.1 and stops for good", async () => {
    const mock = await startMock();
    try {
      expect(new URL(mock.url).hostname).toBe("127.0.0.1");
      const response = await fetch(`${mock.url}/users`, {
        headers: { authorization: "Bearer missive_pat-test" },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toHaveProperty("users");
    } finally {
      await mock.stop();
    }
    expect(await refused(`${mock.url}/users`)).toBe(true);
    await mock.stop(); // a second stop is harmless
  });

  it("rejects with Prism's output, and leaves nothing running, when the spec cannot be served", async () => {
    const broken = join(tmpdir(), `broken-spec-${process.pid}.json`);
    await writeFile(broken, "{ this is not an OpenAPI document");
    await expect(startMock({ spec: broken, startTimeoutMs: 15_000 })).rejects.toThrow(
      /Prism did not start/,
    );
  });
});
