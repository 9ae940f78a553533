import { z } from 'zod';
import { Problem } from '../../../platform/http/problem';

/** Field shapes the learning routes share. */
export const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]{0,39}$/u, 'use 1–40 letters, digits, spaces, - or _');
export const Tags = z.array(Tag).max(12);
export const ShortText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
export const LongText = (max: number) => z.string().trim().max(max);
export const DateTime = z.iso.datetime({ offset: true });
export const learningErrors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** A person the API names: id and display name (null when they have left). */
export const PersonRef = z.object({ id: z.uuid(), name: z.string() }).nullable();
