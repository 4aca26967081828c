#!/usr/bin/env node
// The plain-ig command: runs the bundled CLI (built by `npm run build`).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('plain-ig: the bundle is missing; run `npm run build` first.\n');
  process.exit(2);
}
const { main } = await import(bundle.href);
const code = await main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
