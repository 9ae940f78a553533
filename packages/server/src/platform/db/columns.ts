import { timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, users } from './tenancy-schema';

/** Column builders the domain tables share, so each table states only what is its own. */
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** The tenant column every domain table carries (rls.ts puts each such table behind its policy). */
export const organizationRef = () =>
  uuid('organization_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });

/** The person a row belongs to: it goes when they go. */
export const ownerRef = (name: string) =>
  uuid(name)
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

/** A person a row only names (who made it): it stays, unnamed, when they go. */
export const personRef = (name: string) => uuid(name).references(() => users.id, { onDelete: 'set null' });
