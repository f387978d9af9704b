/** What a command reads and writes, so tests and the real process differ only here. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** Exit statuses of interfaces.md: 0 success, 1 some input failed, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A usage error found after parsing (a bad date, no input at all); exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Writes one line (errors: one line each, naming the input). */
export function line(stream: NodeJS.WritableStream, text: string): void {
  stream.write(`${text.replace(/\r?\n/g, " ")}\n`);
}
