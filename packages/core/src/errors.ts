/** A parameter given to a core function is out of its domain; `parameter` names which one. */
export class InvalidParameterError extends Error {
  override readonly name = 'InvalidParameterError';
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter}: ${message}`);
  }
}

export function requireParameter(condition: boolean, parameter: string, message: string): asserts condition {
  if (!condition) throw new InvalidParameterError(parameter, message);
}
