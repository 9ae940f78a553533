/**
 * identity: what other capabilities may import (generated from their imports at the capability move, commit 2a5197b;
 * add to it by hand from now on). Everything else in this folder is identity's own.
 */
export { seedIdentity } from './demo/identity';
export { publicOrigin } from './routes/invitations';
export { addMember } from './services/members';
export { createOrganization } from './services/organizations';
export { createUser, findUserByEmail } from './services/users';
