import { z } from 'zod';
import { roles } from '../db/tenancy-schema';

export const Id = z.uuid();
export const IdParams = z.strictObject({ id: Id });
export const RoleSchema = z.enum(roles).meta({ id: 'Role' });
export const Timestamp = z.string().meta({ format: 'date-time' });
export const Email = z.email().max(254);
export const Name = z.string().trim().min(1).max(200);
export const Password = z.string().min(12, 'must be at least 12 characters').max(256);
