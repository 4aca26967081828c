/** Bundle entry of the CLI: exported for bin/plain-ig.js. */
export { main } from './main.ts';
