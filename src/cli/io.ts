/** Where the CLI prints: the real process streams, or a capture in tests. */
export interface CliIO {
  /** One line (a newline is added). */
  stdout(line: string): void;
  /** Text as is (JSON output). */
  stdoutRaw(text: string): void;
  /** One line on stderr. */
  stderr(line: string): void;
}

export const processIO: CliIO = {
  stdout: (line) => void process.stdout.write(line + "\n"),
  stdoutRaw: (text) => void process.stdout.write(text),
  stderr: (line) => void process.stderr.write(line + "\n"),
};

/** Collects output in memory (tests, the demo). */
export function captureIO(): CliIO & { out: string[]; err: string[]; text(): string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (line) => void out.push(line + "\n"),
    stdoutRaw: (text) => void out.push(text),
    stderr: (line) => void err.push(line),
    text: () => out.join(""),
  };
}
