// Builds the browser page into dist/web/: the page script (CodeMirror and the
// findings panel), the checking worker (the same core, checks, Word and PDF
// readers and board report as the CLI, bundled for the browser with the
// compiled dictionaries inside), the HTML and the CSS. Node built-ins the core
// imports but the page never calls are replaced by the small modules in
// web/src/node-shims/. Run with `npm run build:web`; `--dev` skips minifying.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compileDictionaries } from './compile-dictionaries.mjs';

const OUT = 'dist/web';
const dev = process.argv.includes('--dev');
const shims = (name) => `./web/src/node-shims/${name}.ts`;

compileDictionaries();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

/** Resolves `plain-ig:dictionaries` to dist/dictionaries.json, embedded as JSON. */
const dictionariesPlugin = {
  name: 'plain-ig-dictionaries',
  setup(build) {
    build.onResolve({ filter: /^plain-ig:dictionaries$/ }, () => ({ path: 'dictionaries.json', namespace: 'plain-ig' }));
    build.onLoad({ filter: /.*/, namespace: 'plain-ig' }, () => ({ contents: readFileSync('dist/dictionaries.json', 'utf8'), loader: 'json' }));
  },
};

const common = {
  bundle: true,
  platform: 'browser',
  target: ['chrome111', 'firefox115', 'safari16.4'],
  format: 'iife',
  minify: !dev,
  sourcemap: false,
  legalComments: 'linked',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.md': 'text' },
};

await Promise.all([
  build({ ...common, entryPoints: { app: 'web/src/main.ts' }, outdir: OUT }),
  build({
    ...common,
    entryPoints: { worker: 'web/src/worker.ts' },
    outdir: OUT,
    plugins: [dictionariesPlugin],
    // Packages with a DOM build (decode-named-character-reference) have a worker build too: a worker has no document.
    conditions: ['worker'],
    alias: {
      'node:fs': shims('fs'),
      'node:path': shims('path'),
      'node:url': shims('url'),
      'node:crypto': shims('crypto'),
      'word-extractor': shims('word-extractor'),
    },
    // The core finds its dictionaries next to its module in Node; here they are embedded instead.
    define: { ...common.define, 'import.meta.url': '"file:///plain-ig/worker.js"' },
    // A few libraries look at process.env; the page has none.
    banner: { js: 'var process=globalThis.process||{env:{},cwd:function(){return"/"}};' },
  }),
]);

for (const file of ['index.html', 'styles.css']) copyFileSync(`web/${file}`, `${OUT}/${file}`);

// What is in the page, and how big it is (also printed by the bench).
const sizes = readdirSync(OUT)
  .sort()
  .map((name) => {
    const bytes = readFileSync(`${OUT}/${name}`);
    return { name, bytes: statSync(`${OUT}/${name}`).size, gzip: gzipSync(bytes).length };
  });
writeFileSync(`${OUT}/sizes.json`, `${JSON.stringify(sizes, null, 2)}\n`);
if (!process.argv.includes('--quiet')) {
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  for (const { name, bytes, gzip } of sizes) process.stdout.write(`${name.padEnd(24)}${kb(bytes).padStart(9)}${kb(gzip).padStart(9)} gzip\n`);
}
