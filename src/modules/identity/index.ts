export { identityModule, type IdentityApi } from './module.js';
export { DEMO_LOGIN, DEMO_MEMBERS, DEMO_TENANT_NAME } from './demo.js';
export type { Role } from './domain/roles.js';
export { rotateSigningKey } from './key-rotation.js';
