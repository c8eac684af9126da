import { link, mkdir, rm, writeFile } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import type { DownloadedAttachment } from "@missive-ts/client";

export interface SavedFile {
  id: string;
  filename: string;
  path: string;
  media_type: string;
  size: number;
}

/**
 * A file name from Missive, safe to write: its last path segment (a name such as
 * `../../.bashrc` stays inside the directory), without control characters, never empty.
 */
export function safeName(filename: string, id: string): string {
  const printable = [...filename].filter((c) => c >= " " && c !== "\u007f").join("");
  const name = basename(printable.replaceAll("\\", "/")).trim();
  return name === "" || name === "." || name === ".." ? `attachment-${id}` : name;
}

/**
 * Writes each file into `dir` under a name no file has yet (`name (1).ext`): written to a
 * temporary file, then linked to its name, which fails rather than replace an existing file.
 */
export async function saveFiles(
  files: readonly DownloadedAttachment[],
  dir: string,
  cwd: string,
): Promise<SavedFile[]> {
  const target = resolve(cwd, dir);
  await mkdir(target, { recursive: true });
  const saved: SavedFile[] = [];
  for (const file of files) {
    const name = safeName(file.filename, file.id);
    const ext = extname(name);
    const stem = name.slice(0, name.length - ext.length);
    const temp = resolve(target, `.${file.id}.${process.pid}.part`);
    await writeFile(temp, file.data, { flag: "wx", mode: 0o600 });
    try {
      for (let n = 0; ; n++) {
        const path = resolve(target, n === 0 ? name : `${stem} (${n})${ext}`);
        try {
          await link(temp, path);
          saved.push({
            id: file.id,
            filename: file.filename,
            path,
            media_type: file.mediaType,
            size: file.size,
          });
          break;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== "EEXIST" || n > 1000) throw error;
        }
      }
    } finally {
      await rm(temp, { force: true });
    }
  }
  return saved;
}
