/**
 * Errors with a stable code a program can branch on and a message a person can act on.
 * Everything thrown across a layer boundary is a CodedError (see asCodedError).
 */
export class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CodedError';
  }
}

/** Wraps anything thrown into a CodedError so there is one shape to log and handle. */
export function asCodedError(err: unknown, code = 'UNEXPECTED'): CodedError {
  if (err instanceof CodedError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new CodedError(code, message, { cause: err });
}
