/**
 * Bundle entry of the language server (`dist/server.mjs`):
 *   node dist/server.mjs --stdio
 *   node dist/server.mjs --node-ipc   (started by a client with `fork`)
 */
import { startServer } from './server.ts';

startServer();
