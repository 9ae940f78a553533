/** Where the API client remembers the member's choice of organization (api.ts); the boot script reads it too. */
export const ORGANIZATION_STORAGE_KEY = 'trellis.organizationId';
