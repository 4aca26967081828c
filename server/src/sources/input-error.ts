/**
 * The error a reader throws for a file that cannot be checked. Kept in its own
 * module (no Node imports) so the readers also run in the browser page.
 */

/** A file that could not be read as text, and why (one line, read after the file's name). */
export class InputError extends Error {
  override name = 'InputError';
}

/** Inputs that stop a run before any file is read (no git for `--since`, an unknown ref), with a one-line reason. */
export class InputsError extends Error {
  override name = 'InputsError';
}
