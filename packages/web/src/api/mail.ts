/** Client for e-mail: a person's preferences per kind, and the organization's delivery log (admin). */

import type { components } from '@trellis/sdk';
import { type Reply, request } from '../api';

type Schemas = components['schemas'];

export type MailPreferences = Schemas['MailPreferences'];
export type MailPreferenceKind = keyof MailPreferences['kinds'];
export type EmailDelivery = Schemas['EmailDelivery'];

export const mailApi = {
  preferences: () => request<MailPreferences>('GET', '/mail/preferences'),
  setPreferences: (kinds: Partial<MailPreferences['kinds']>) =>
    request<MailPreferences>('PUT', '/mail/preferences', { body: { kinds } }),
  deliveries: (cursor?: string) =>
    request<Reply<'listMailDeliveries'>>('GET', '/mail/deliveries', { query: { cursor, limit: 25 } }),
};
