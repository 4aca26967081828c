// Bundles Plain IG with esbuild: the CLI and language server as ESM for Node,
// the VS Code client as CommonJS. Entries whose source is missing are skipped.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { compileDictionaries, generateWordForms } from './compile-dictionaries.mjs';

const esmBanner = {
  js: "import { createRequire as __plainIgRequire } from 'node:module'; const require = __plainIgRequire(import.meta.url);",
};

// The PDF and .doc readers (PDF.js is larger than the rest together) are their own bundle,
// dist/readers.mjs, loaded by the CLI and the server only when such a file is read.
const readersApart = {
  name: 'readers-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/(pdf|doc)\.ts$/ }, (args) =>
      args.importer.endsWith('read-only-documents.ts') ? { path: './readers.mjs', external: true } : undefined,
    );
  },
};

const entries = [
  { in: 'server/src/bin.ts', out: 'dist/cli.mjs', format: 'esm', plugins: [readersApart] },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.mjs', format: 'esm', plugins: [readersApart] },
  { in: 'server/src/sources/readers.ts', out: 'dist/readers.mjs', format: 'esm' },
  { in: 'server/src/index.ts', out: 'dist/index.mjs', format: 'esm', plugins: [readersApart] },
  { in: 'client/src/extension.ts', out: 'dist/extension.cjs', format: 'cjs', external: ['vscode'] },
];

const watch = process.argv.includes('--watch');
await Promise.all(
  entries
    .filter((entry) => existsSync(entry.in))
    .map((entry) =>
      build({
        entryPoints: [entry.in],
        outfile: entry.out,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: entry.format,
        external: entry.external ?? [],
        plugins: entry.plugins ?? [],
        banner: entry.format === 'esm' ? esmBanner : {},
        sourcemap: false,
        minify: !watch,
        legalComments: 'linked',
        logLevel: 'warning',
      }),
    ),
);

compileDictionaries();
generateWordForms();
