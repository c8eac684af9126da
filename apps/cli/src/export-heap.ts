import { setFlagsFromString } from "node:v8";

/**
 * Keeps V8's heap at the size a page needs for the whole of an export (issue 24), so that its
 * peak memory does not grow with the number of items.
 *
 * What held the memory of a long export was not its data: the live heap stays at ~10 MB from
 * the first page to the last (heap snapshots at 8 s and 30 s of a 100,000-contact export). It
 * was V8's sizing of the heap around a steady stream of garbage (each page: its bytes, their
 * text, 200 parsed contacts, 200 output lines):
 * - the young generation doubles each time the bytes that survived scavenges since the last
 *   doubling exceed its size, which a long enough stream always reaches: 8 → 16 → 32 MB in a
 *   100,000-contact export, and with the same peak one page at a time as five;
 * - then pages fetched ahead (five at once), promoted with their response bytes, wait in the old
 *   generation for a major GC, which V8 lets grow to twice its live size first.
 * `--semi-space-growth-factor=1` stops the doubling; `--optimize-for-size` makes V8 collect the
 * old generation and shrink the young one sooner (5–15 % more CPU, measured, for an export that
 * waits on Missive's rate limits anyway). Both flags are read while the process runs, so setting
 * them here works. They are process-wide, as the CLI's process is; the client never sets them.
 */
export function boundExportHeap(): void {
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--optimize-for-size");
}
