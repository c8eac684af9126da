import { randomUUID } from "node:crypto";
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
 * Taken out of names: C0 and C1 controls and DEL (`\p{Cc}`: ESC, U+009B CSI, U+0085 NEL), and
 * the bidi marks, embeddings, overrides and isolates that make `invoice\u202Efdp.exe` show as
 * `invoiceexe.pdf`.
 */
const UNSAFE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** The longest file name ext4, APFS, NTFS (in UTF-16 units, more) and most others take. */
const MAX_NAME_BYTES = 255;
/** Longer than this is not an extension worth keeping whole (`a.` + 300 characters). */
const MAX_EXT_BYTES = 32;

/**
 * A file name from Missive, safe to write: its last path segment (a name such as
 * `../../.bashrc` stays inside the directory), without control or bidi characters, never
 * empty, and never hidden: leading dots become `_` (`.bash_profile` → `_bash_profile`), since
 * the directory is often the home directory.
 */
export function safeName(filename: string, id: string): string {
  const name = basename(filename.replace(UNSAFE, "").replaceAll("\\", "/")).trim();
  const named =
    name === "" || name === "." || name === ".."
      ? `attachment-${id.replace(/[^\w-]/g, "_")}`
      : name;
  return named.replace(/^\.+/, (dots) => "_".repeat(dots.length));
}

const bytes = (text: string) => Buffer.byteLength(text);

/** `text` cut to at most `max` UTF-8 bytes, on a character boundary. */
function cutToBytes(text: string, max: number): string {
  let out = "";
  for (const char of text) {
    if (bytes(out) + bytes(char) > max) break;
    out += char;
  }
  return out;
}

/** `name`, or `name (n).ext` for n > 0, shortened (by bytes, extension kept) to fit 255 bytes. */
function numberedName(name: string, n: number): string {
  const found = extname(name);
  const ext = bytes(found) > MAX_EXT_BYTES ? "" : found;
  const suffix = n === 0 ? "" : ` (${n})`;
  const stem = name.slice(0, name.length - ext.length);
  return cutToBytes(stem, MAX_NAME_BYTES - bytes(suffix + ext)) + suffix + ext;
}

/**
 * Writes each file into `dir` under a name no file has yet (`name (1).ext`): written to a
 * temporary file, then linked to its name, which fails rather than replace an existing file.
 * The temporary name is ours alone (not built from the attachment id, which is Missive's text),
 * so nothing is written outside `dir`, not even for a moment.
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
    const temp = resolve(target, `.missive-${randomUUID()}.part`);
    await writeFile(temp, file.data, { flag: "wx", mode: 0o600 });
    try {
      for (let n = 0; ; n++) {
        const path = resolve(target, numberedName(name, n));
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
