/**
 * Progress on a terminal: one line on standard error, redrawn in place.
 * Callers only use it when standard error is a TTY; otherwise they print
 * plain lines that a log or a pipe can keep.
 */
export class ProgressBar {
  private last = "";
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly width = 30,
  ) {}

  /** Draws `done` of `total` with a short note. */
  update(done: number, total: number, note = ""): void {
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(ratio * this.width);
    const text = `[${"#".repeat(filled)}${"-".repeat(this.width - filled)}] ${done}/${total}${note ? ` ${note}` : ""}`;
    if (text === this.last) return;
    this.last = text;
    this.stream.write(`\r\x1b[2K${text}`);
  }

  /** Clears the line, so the next output starts clean. */
  clear(): void {
    if (this.last) this.stream.write("\r\x1b[2K");
    this.last = "";
  }
}
