import { InvalidParameterError } from '@trellis/core';
import { fieldError } from './problem';

/** Core names its parameters; the API names its fields: `<prefix><parameter>` (e.g. `body.endDate`). */
export function asFieldError(error: unknown, prefix = 'body.'): never {
  if (error instanceof InvalidParameterError) throw fieldError(`${prefix}${error.parameter}`, error.message);
  throw error;
}
