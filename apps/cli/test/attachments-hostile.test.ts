/**
 * `missive attachments download` with hostile attachments (issue 25, points 7, 9–12): a file
 * host that never stops, names that would hide a file, reorder what is shown or not fit the
 * file system, and an id that climbs out of `--output`. Against the simulator, with a file host
 * on 127.0.0.1.
 */
import { existsSync, readdirSync, readFileSync, watch } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, tempDir } from "./helpers.js";

const MiB = 1024 * 1024;

describe("missive attachments download, hostile attachments", () => {
  let sim: RunningSimulator;
  let hostUrl: string;
  let closeHost: () => void;
  let message: Record<string, unknown>;

  beforeAll(async () => {
    sim = await startSimulator({ seed: 7 });
    const server = createServer((req, res) => {
      if (req.url === "/endless") {
        // 80 MiB, past the CLI's 64 MiB default; it stops early when the client hangs up.
        res.writeHead(200, { "content-type": "application/octet-stream" });
        const block = Buffer.alloc(MiB, 0x61);
        let left = 80;
        const pump = () => {
          while (left > 0 && !res.destroyed) {
            left--;
            if (!res.write(block)) return;
          }
          if (left === 0) res.end();
        };
        res.on("drain", pump);
        pump();
        return;
      }
      res.writeHead(200, { "content-type": "text/plain" }).end(`bytes of ${req.url}`);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    hostUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    closeHost = () => {
      server.closeAllConnections();
      server.close();
    };
    message = sim.state.nested.list(sim.state.conversations[0] ?? {}, "messages")[0] ?? {};
  });
  afterAll(async () => {
    closeHost?.();
    await sim?.stop();
  });

  const attach = (...files: { id: string; filename: string; path?: string; size?: number }[]) => {
    message.attachments = files.map((file) => ({
      media_type: "text",
      sub_type: "plain",
      size: file.size ?? 20,
      url: `${hostUrl}${file.path ?? `/f/${file.id}`}`,
      ...file,
    }));
  };
  const download = (cwd: string, args: string[] = []) =>
    cli(["attachments", "download", String(message.id), "--json", "--output", "files", ...args], {
      env: { MISSIVE_BASE_URL: sim.url },
      cwd,
    });

  it("refuses a file past the default 64 MiB cap without --max-bytes, and saves nothing", async () => {
    attach({ id: "big", filename: "big.bin", path: "/endless", size: 10 });
    const dir = tempDir();
    const result = await download(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/67108864-byte limit/);
    expect(result.stderr).toMatch(/--max-bytes/);
    expect(existsSync(join(dir, "files")) ? readdirSync(join(dir, "files")) : []).toEqual([]);
  }, 30_000);

  it("never saves a hidden file: a leading dot becomes _", async () => {
    attach({ id: "d1", filename: ".bash_profile" }, { id: "d2", filename: "../.ssh/..rc" });
    const dir = tempDir();
    const result = await download(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(join(dir, "files")).sort()).toEqual(["__rc", "_bash_profile"]);
    expect(readFileSync(join(dir, "files", "_bash_profile"), "utf8")).toBe("bytes of /f/d1");
  });

  it("drops bidi overrides and C1 controls from names", async () => {
    attach(
      { id: "b1", filename: "invoice\u202efdp.exe" },
      { id: "b2", filename: "a\u009b2Jb\u0085c\u2066d.txt" },
    );
    const dir = tempDir();
    const result = await download(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(join(dir, "files")).sort()).toEqual(["a2Jbcd.txt", "invoicefdp.exe"]);
  });

  it("shortens names over 255 bytes by bytes, keeping the extension, and numbers repeats", async () => {
    const ascii = `${"x".repeat(300)}.pdf`;
    const accents = `${"é".repeat(200)}.txt`; // 204 characters, 404 bytes
    attach(
      { id: "l1", filename: ascii },
      { id: "l2", filename: accents },
      { id: "l3", filename: ascii },
    );
    const dir = tempDir();
    const result = await download(dir);
    expect(result.code, result.stderr).toBe(0);
    const names = readdirSync(join(dir, "files")).sort();
    expect(names).toHaveLength(3);
    for (const name of names) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(names).toContain(`${"x".repeat(251)}.pdf`);
    expect(names).toContain(`${"x".repeat(247)} (1).pdf`);
    expect(names).toContain(`${"é".repeat(125)}.txt`);
  });

  it("writes nothing outside --output, not even the temporary file, whatever the attachment id", async () => {
    attach({ id: "/../escaped-probe", filename: "" }, { id: "../../x", filename: "ok.txt" });
    const dir = tempDir();
    await mkdir(join(dir, "files"));
    const created: string[] = [];
    const watcher = watch(dir, (_event, name) => {
      if (name && name !== "files") created.push(name);
    });
    try {
      const result = await download(dir);
      expect(result.code, result.stderr).toBe(0);
    } finally {
      watcher.close();
    }
    expect(created).toEqual([]);
    expect(readdirSync(dir)).toEqual(["files"]);
    expect(readdirSync(join(dir, "files")).sort()).toEqual([
      "attachment-____escaped-probe",
      "ok.txt",
    ]);
  });
});
