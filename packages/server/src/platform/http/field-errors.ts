import { InvalidParameterError } from '@trellis/core';
import { fieldError, type HttpProblem } from './problem';

/** How a core parameter maps to a request field: where the parameters sit, and renamed parameters. */
export interface FieldNames {
  /** The request path the parameters sit under, e.g. `body.`, `query.`, `body.items.3.`. */
  at: string;
  /** A parameter core names differently from the request (`{ limit: 'outgoingLimit' }`). */
  rename?: Readonly<Record<string, string>>;
}

/**
 * Core refuses a parameter by its own name; the API names the request field: a 400 problem naming
 * `<at><rename[parameter] ?? parameter>`. The error handler (errors.ts) answers every `InvalidParameterError`
 * through this, with the route's `fieldPrefix`; a service whose parameters sit elsewhere uses `withFieldNames`.
 */
export function parameterProblem(error: InvalidParameterError, names: FieldNames): HttpProblem {
  return fieldError(`${names.at}${names.rename?.[error.parameter] ?? error.parameter}`, error.message);
}

/**
 * Runs core's synchronous `fn`; an `InvalidParameterError` it throws becomes the 400 naming the request field
 * (`withFieldNames({ at: 'query.' }, () => monthRange(from, count))`). Any other error passes unchanged.
 */
export function withFieldNames<T>(names: FieldNames, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof InvalidParameterError) throw parameterProblem(error, names);
    throw error;
  }
}
