import { Command, CommanderError, Option } from "commander";
import { ITEMS, METRICS } from "@tally/core";
import { EXIT, UsageError, line, type CliIo } from "./cli/io.js";

/**
 * The `tally` command (interfaces.md). Each subcommand lives in its own module
 * under cli/ and is imported when it runs, so `tally extract` never loads the
 * database client or a Redis driver.
 */
export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command("tally")
    .description("Turn war reporting into claims: extract, ingest, inspect and export.")
    .showHelpAfterError("(run `tally --help` for usage)")
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
    .addHelpText(
      "after",
      `
Exit status: 0 success, 1 when any input failed, 2 on a usage error.

Settings (environment; .env.example lists them with their defaults):
  DATABASE_URL               PostgreSQL (add, status, retry, export, seed)
  REDIS_URL, QUEUE_PREFIX    the queue; QUEUE_PREFIX must be the worker's (add, retry, seed)
  FETCH_TIMEOUT_MS, FETCH_MAX_BYTES, TALLY_FETCH_ALLOW_PRIVATE=1
                             how \`extract URL\` fetches; 1 allows loopback and private addresses`,
    );

  const run = (fn: () => Promise<number>) => async () => setExit(await fn());

  program
    .command("extract")
    .description("print the claims of pages (files or URLs) as JSON; no database needed")
    .argument("<inputs...>", "an .html or .txt file, or an http(s) URL")
    .option("--url <url>", "the URL a local file was published at")
    .option("--published <date>", "publication date of a local file (YYYY-MM-DD)")
    .option("--with-text", "add the extracted main text as article.text")
    .action(async (inputs: string[], opts: { url?: string; published?: string; withText?: boolean }) => {
      const { runExtract } = await import("./cli/extract.js");
      await run(() => runExtract(inputs, opts, io))();
    });

  program
    .command("add")
    .description("validate and enqueue URLs (arguments, --file, or - for standard input)")
    .argument("[urls...]", "URLs, or - to read them from standard input")
    .option("--file <list>", "a file with one URL a line")
    .option("--wait", "wait until every URL is done or failed, then print a summary")
    .action(async (urls: string[], opts: { file?: string; wait?: boolean }) => {
      const { runAdd } = await import("./cli/add.js");
      await run(() => runAdd(urls, opts, io))();
    });

  program
    .command("status")
    .description("article counts by status; --failed lists each failure with its reason")
    .option("--failed", "list failed URLs with their reasons")
    .action(async (opts: { failed?: boolean }) => {
      const { runStatus } = await import("./cli/status.js");
      await run(() => runStatus(opts, io))();
    });

  program
    .command("retry")
    .description("enqueue failed articles again: all of them (--failed) or the URLs given")
    .argument("[urls...]", "failed URLs to retry")
    .option("--failed", "retry every failed article")
    .action(async (urls: string[], opts: { failed?: boolean }) => {
      const { runRetry } = await import("./cli/retry.js");
      await run(() => runRetry(urls, opts, io))();
    });

  program
    .command("export")
    .description("write claims to standard output")
    .addOption(new Option("--format <format>", "output format").choices(["csv", "json"]).default("csv"))
    .addOption(new Option("--metric <metric>", "only this metric").choices(METRICS))
    .option("--party <code>", "only this party (two-letter country code: UA, RU, KP…)")
    .addOption(new Option("--item <item>", "only this equipment item (metric equipment_lost)").choices(ITEMS))
    .option("--source-party <code>", "only figures from this source country")
    .option("--outlet <name>", "only this outlet")
    .option("--from <date>", "asOf on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "asOf on or before")
    .option("--exclude-echoes", "leave out claims of near-duplicate articles")
    .action(async (opts: Record<string, string | boolean | undefined>) => {
      const { runExport } = await import("./cli/export.js");
      await run(() => runExport(opts, io))();
    });

  program
    .command("seed")
    .description("ingest the demo corpus through the pipeline (skipped when articles exist)")
    .option("--force", "seed even when the database already has articles")
    .option("--dir <dir>", "corpus directory (default: the repository's corpus/)")
    .action(async (opts: { force?: boolean; dir?: string }) => {
      const { runSeed } = await import("./cli/seed.js");
      await run(() => runSeed(opts, io))();
    });

  return program;
}

/** Runs the command line; resolves with the exit status. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; everything commander rejects is a usage error.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError) {
      line(io.stderr, `tally: ${e.message}`);
      return EXIT.usage;
    }
    line(io.stderr, `tally: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.failed;
  }
}

// Run when executed (bin/tally.js imports this module), not when a test imports buildProgram.
const invokedDirectly = process.argv[1] !== undefined && /(?:tally(?:\.js)?|cli\.[jt]s)$/.test(process.argv[1]);
if (invokedDirectly) {
  // A reader that stops early (`tally export | head`) closes the pipe: stop
  // quietly, as Unix tools do, instead of dying on an unhandled EPIPE.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(EXIT.ok);
    line(process.stderr, `tally: standard output: ${e.message}`);
    process.exit(EXIT.failed);
  });
  const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
  // Flush standard output before exiting: a lingering socket of a library
  // must not keep a finished command alive.
  process.stdout.write("", () => process.exit(code));
}
