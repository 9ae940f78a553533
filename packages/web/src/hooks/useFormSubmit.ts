import type { UseFormReturnType } from '@mantine/form';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api';

/**
 * Submits a Mantine form: server field errors land next to their fields, anything else
 * (bad credentials, rate limit, network) comes back as `error` for a <FormError>.
 */
export function useFormSubmit<Values extends Record<string, unknown>>(
  form: UseFormReturnType<Values>,
  submit: (values: Values) => Promise<void>,
) {
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit: (event?: FormEvent<HTMLFormElement>) => void = form.onSubmit(async (values) => {
    setError(null);
    setSubmitting(true);
    try {
      await submit(values);
    } catch (caught) {
      const known =
        caught instanceof ApiError
          ? Object.fromEntries(Object.entries(caught.fieldErrors()).filter(([key]) => key in values))
          : {};
      if (Object.keys(known).length > 0) form.setErrors(known);
      else setError(caught);
    } finally {
      setSubmitting(false);
    }
  });

  return { onSubmit, error, submitting, clearError: () => setError(null) };
}
