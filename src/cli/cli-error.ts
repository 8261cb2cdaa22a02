/** A failure the CLI reports as one line on stderr (no stack trace) with this exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.FAILURE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const EXIT = {
  OK: 0,
  /** The workbook or rules file could not be read or written. */
  FAILURE: 1,
  /** The command line itself was wrong (unknown option, missing value, unknown sheet). */
  USAGE: 2,
} as const;
