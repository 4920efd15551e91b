/**
 * The command line: `production-coordinator check|import|export ...`.
 * Run from source with `npm run cli -- ...` (tsx) or compiled as lib/cli/main.js (the package bin).
 */
import { CHECK_USAGE, firstLine, runCheck } from "./check-command";
import { CliError } from "./files";
import { processIO, type CliIO } from "./io";

export const USAGE = `Production Coordinator: checks film/TV production workbooks for conflicts.

Usage:
  production-coordinator check <workbook.xlsx> [--json <file>|-] [--out <file.xlsx>] [--dood-types <types>]
  production-coordinator import ...    (see: production-coordinator import --help)
  production-coordinator export ...    (see: production-coordinator export --help)
  production-coordinator --help

${CHECK_USAGE}`;

interface UssModule {
  runImport(argv: string[]): Promise<number>;
  runExport(argv: string[]): Promise<number>;
}

async function loadUss(): Promise<UssModule | null> {
  // A variable specifier: the module is optional and written separately, so the build must not require it.
  const specifier = "./uss";
  try {
    return (await import(specifier)) as UssModule;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND") return null;
    throw e;
  }
}

/** Runs one command; returns the exit status (0 ok, 1 error conflicts, 2 could not run). Never throws. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command) {
      io.stderr("error: no command given; try: production-coordinator check <workbook.xlsx>, or --help");
      return 2;
    }
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(USAGE);
      return 0;
    }
    if (command === "check") return await runCheck(rest, io);
    if (command === "import" || command === "export") {
      const uss = await loadUss();
      if (!uss) {
        io.stderr(`error: the ${command} command is not available in this build (src/cli/uss.ts is missing)`);
        return 2;
      }
      return await (command === "import" ? uss.runImport(rest) : uss.runExport(rest));
    }
    // `production-coordinator file.xlsx` (or .xlsm) is taken as `check file.xlsx`.
    if (/\.xls[xm]$/i.test(command)) return await runCheck(argv, io);
    io.stderr(`error: unknown command "${command}"; try --help`);
    return 2;
  } catch (e) {
    io.stderr(e instanceof CliError ? `error: ${e.message}` : `error: unexpected failure: ${firstLine(e)}`);
    return 2;
  }
}

function isEntryPoint(): boolean {
  if (typeof require === "undefined" || typeof module === "undefined") return false;
  const entry = require.main;
  // Direct run (tsx src/cli/main.ts, node lib/cli/main.js) or through the package bin, which requires this file.
  return entry === module || /production-coordinator(\.js)?$/.test(entry?.filename ?? "");
}

if (isEntryPoint()) {
  // Output piped into a reader that stops early (`| head`): stop quietly, as other command-line tools do.
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      process.exit(process.exitCode ?? 0);
    });
  void main(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}
