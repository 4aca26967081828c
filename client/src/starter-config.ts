/**
 * The commented starter config file (no VS Code here, so
 * tests can read it). The text is shared with `plain-ig init`: both come from
 * the core, so the two never drift apart.
 */
export { STARTER_CONFIG } from '../../server/src/core/starter-config.ts';
