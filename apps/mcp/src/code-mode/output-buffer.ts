/** `console.log` output kept up to a number of characters; the rest is counted, not kept. */
export class OutputBuffer {
  private readonly parts: string[] = [];
  private size = 0;
  private dropped = 0;
  constructor(private readonly max: number) {}

  add(text: string): void {
    const room = this.max - this.size;
    if (room <= 0) {
      this.dropped += text.length;
      return;
    }
    const kept = text.length > room ? text.slice(0, room) : text;
    this.parts.push(kept);
    this.size += kept.length;
    this.dropped += text.length - kept.length;
  }

  /** Whether anything was cut (here or by `clip`). */
  get cut(): boolean {
    return this.dropped > 0 || this.clipped;
  }
  private clipped = false;

  /** The kept output, with a notice saying how much was cut and why. */
  text(): string {
    const kept = this.parts.join("");
    return this.dropped > 0
      ? `${kept}\n[output truncated: ${this.dropped} more characters over the ${this.max}-character limit; log less, or return a summary]`
      : kept;
  }

  /** The return value's JSON, cut to the same limit (then no longer valid JSON, and said so). */
  clip(json: string): string {
    if (json.length <= this.max) return json;
    this.clipped = true;
    return `${json.slice(0, this.max)}… [return value truncated: ${json.length} characters over the ${this.max}-character limit; return less]`;
  }
}
