import { describe, expect, it } from "vitest";
import { ProgressBar } from "./progress.js";

function sink() {
  const chunks: string[] = [];
  return { chunks, stream: { write: (s: string) => chunks.push(s) } as unknown as NodeJS.WritableStream };
}

describe("ProgressBar", () => {
  it("redraws one line in place and skips identical frames", () => {
    const { chunks, stream } = sink();
    const bar = new ProgressBar(stream, 10);
    bar.update(5, 10, "added");
    bar.update(5, 10, "added");
    bar.update(10, 10, "added");
    expect(chunks).toEqual(["\r\x1b[2K[#####-----] 5/10 added", "\r\x1b[2K[##########] 10/10 added"]);
    bar.clear();
    expect(chunks.at(-1)).toBe("\r\x1b[2K");
  });
});
