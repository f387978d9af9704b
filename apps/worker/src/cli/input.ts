import { readFile } from "node:fs/promises";

/** URLs from a list's text: one a line; blank lines and #-comments skipped. */
export function urlLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

/** Reads a stream to its end as UTF-8. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** A list file's URLs, or the reason it could not be read. */
export async function readUrlFile(path: string): Promise<{ ok: true; urls: string[] } | { ok: false; message: string }> {
  try {
    return { ok: true, urls: urlLines(await readFile(path, "utf8")) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: code === "ENOENT" ? "no such file" : (e as Error).message };
  }
}
