import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { IdParams, Name } from '../../../platform/http/schemas';
import {
  createCustomField,
  deleteCustomField,
  listCustomFields,
  updateCustomField,
} from '../services/custom-fields';
import { createSavedView, deleteSavedView, listSavedViews } from '../services/saved-views';
import {
  CustomField,
  Filters,
  NewCustomFieldBody,
  presentCustomField,
  presentSavedView,
  SavedView,
} from './application-schemas';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const tags = ['portfolio'];

/** The organization's custom fields for applications, and the saved views of the application list. */
export const portfolioSettingsRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/custom-fields',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'The custom fields every application of the organization has',
        response: { 200: z.object({ items: z.array(CustomField) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const rows = await db.tenant(ctx.organizationId, (tx) => listCustomFields(tx, ctx));
      return { items: rows.map(presentCustomField) };
    },
  );

  app.post(
    '/api/v1/custom-fields',
    {
      config: { permission: 'admin' },
      schema: {
        tags,
        summary: 'Define a custom field: text, number, date, single or multi select; required or not (admin)',
        body: NewCustomFieldBody,
        response: { 201: CustomField, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      const row = await db.tenant(ctx.organizationId, (tx) => createCustomField(tx, ctx, request.body));
      return reply.status(201).send(presentCustomField(row));
    },
  );

  app.patch(
    '/api/v1/custom-fields/:id',
    {
      config: { permission: 'admin' },
      schema: {
        tags,
        summary: 'Rename a custom field, make it required or optional, or change a select’s options (admin)',
        params: IdParams,
        body: z.strictObject({
          label: Name.optional(),
          required: z.boolean().optional(),
          options: z.array(z.string().trim().min(1).max(200)).max(100).optional(),
        }),
        response: { 200: CustomField, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const row = await db.tenant(ctx.organizationId, (tx) =>
        updateCustomField(tx, ctx, request.params.id, request.body),
      );
      return presentCustomField(row);
    },
  );

  app.delete(
    '/api/v1/custom-fields/:id',
    {
      config: { permission: 'admin' },
      schema: {
        tags,
        summary: 'Remove a custom field and its values from every application (admin)',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      await db.tenant(ctx.organizationId, (tx) => deleteCustomField(tx, ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/saved-views',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'Your saved views of the application list, and those shared with the organization',
        response: { 200: z.object({ items: z.array(SavedView) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const rows = await db.tenant(ctx.organizationId, (tx) => listSavedViews(tx, ctx));
      return { items: rows.map((v) => presentSavedView(v, ctx.actor.id)) };
    },
  );

  app.post(
    '/api/v1/saved-views',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'Save the list’s filters under a name; `shared` shows it to the organization (lead)',
        body: z.strictObject({ name: Name, filters: Filters, shared: z.boolean().optional() }),
        response: { 201: SavedView, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request);
      const row = await db.tenant(ctx.organizationId, (tx) => createSavedView(tx, ctx, request.body));
      return reply.status(201).send(presentSavedView(row, ctx.actor.id));
    },
  );

  app.delete(
    '/api/v1/saved-views/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'Delete a saved view (its owner, or an admin for a shared one)',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request);
      await db.tenant(ctx.organizationId, (tx) => deleteSavedView(tx, ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );
};
