/** Directory provisioning (SCIM): the base URL, SCIM tokens and group → role mappings. */

import type { components } from '@trellis/sdk';
import { request } from '../api';
import type { Body } from './contract';

type Schemas = components['schemas'];

export type Directory = Schemas['Directory'];
export type ScimToken = Schemas['ScimToken'];
export type GroupMapping = Schemas['GroupMapping'];

export const directoryApi = {
  get: () => request<Directory>('GET', '/directory'),
  createToken: (name: string) =>
    request<{ token: ScimToken; secret: string }>('POST', '/directory/tokens', { body: { name } }),
  revokeToken: (id: string) => request<void>('DELETE', `/directory/tokens/${encodeURIComponent(id)}`),
  createMapping: (body: Body<'createDirectoryMapping'>) =>
    request<GroupMapping>('POST', '/directory/mappings', { body }),
  deleteMapping: (id: string) => request<void>('DELETE', `/directory/mappings/${encodeURIComponent(id)}`),
};
