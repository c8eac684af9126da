// Preloaded with `node --import`: when the process exits, writes its peak resident set size
// (bytes, from getrusage) to $PEAK_RSS_FILE. The same preload runs in every measured process.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.PEAK_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
