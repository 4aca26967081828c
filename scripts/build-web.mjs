// Builds the browser page into dist/web/: the page script (CodeMirror and the
// findings panel), the checking worker (the same core, checks, Word and PDF
// readers and board report as the CLI, bundled for the browser with the
// compiled dictionaries inside), the HTML and the CSS. Node built-ins the core
// imports but the page never calls are replaced by the small modules in
// web/src/node-shims/. Run with `npm run build:web`; `--dev` skips minifying.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileDictionaries, generateWordForms } from './compile-dictionaries.mjs';

const OUT = 'dist/web';
const dev = process.argv.includes('--dev');
const shims = (name) => `./web/src/node-shims/${name}.ts`;

compileDictionaries();
generateWordForms();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

/**
 * Resolves `plain-ig:dictionaries` and `plain-ig:word-forms` to dist/dictionaries.json
 * and dist/word-forms.json, embedded as strings the worker gives to JSON.parse
 * (which reads large data faster than the same data as a script's object literal).
 */
const dictionariesPlugin = {
  name: 'plain-ig-dictionaries',
  setup(build) {
    build.onResolve({ filter: /^plain-ig:(dictionaries|word-forms)$/ }, (args) => ({ path: `${args.path.slice('plain-ig:'.length)}.json`, namespace: 'plain-ig' }));
    build.onLoad({ filter: /.*/, namespace: 'plain-ig' }, (args) => ({ contents: readFileSync(`dist/${args.path}`, 'utf8'), loader: 'text' }));
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

/** The settings both workers share: Node built-ins and unused libraries replaced, a worker's package builds. */
const workerCommon = {
  ...common,
  metafile: true,
  outdir: OUT,
  // Packages with a DOM build (decode-named-character-reference) have a worker build too: a worker has no document.
  conditions: ['worker'],
  alias: {
    'node:fs': shims('fs'),
    'node:path': shims('path'),
    'node:url': shims('url'),
    'node:crypto': shims('crypto'),
    // word-extractor's own OLE reader streams; the page reads .doc through cfb (server/src/sources/word97.ts).
    stream: shims('stream'),
    // Only used to read and validate extra YAML files, which the page never does.
    ajv: shims('ajv'),
    yaml: shims('yaml'),
  },
  // The core finds its dictionaries next to its module in Node; here they are embedded instead.
  define: { ...common.define, 'import.meta.url': '"file:///plain-ig/worker.js"' },
  // A few libraries look at process.env; the page has none.
  banner: { js: 'var process=globalThis.process||{env:{},cwd:function(){return"/"}};' },
};

/** In the checking worker, the PDF and .doc readers (reached only through the report's module) are the shim too. */
const readersStayOut = {
  name: 'readers-stay-out',
  setup(build) {
    build.onResolve({ filter: /^\.\/(pdf|doc)\.ts$/ }, (args) =>
      args.importer.endsWith('read-only-documents.ts') ? { path: resolve(shims('readers')) } : undefined,
    );
  },
};

/** word-extractor's modules use Node's global Buffer (one at load time); in the reader worker they get the `buffer` package's. */
const bufferForWordExtractor = {
  name: 'buffer-for-word-extractor',
  setup(build) {
    build.onLoad({ filter: /node_modules\/word-extractor\/lib\/[^/]+\.js$/ }, (args) => ({
      contents: `var Buffer = require('buffer').Buffer;\n${readFileSync(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

const [app, worker, reader] = await Promise.all([
  build({ ...common, metafile: true, entryPoints: { app: 'web/src/main.ts' }, outdir: OUT }),
  build({
    ...workerCommon,
    entryPoints: { worker: 'web/src/worker.ts' },
    plugins: [dictionariesPlugin, readersStayOut],
    // PDF.js, mammoth, cfb and word-extractor stay in the reader worker.
    alias: { ...workerCommon.alias, unpdf: shims('readers'), mammoth: shims('readers') },
  }),
  build({ ...workerCommon, entryPoints: { reader: 'web/src/reader-worker.ts' }, plugins: [bufferForWordExtractor] }),
]);

await build({ ...common, entryPoints: { boot: 'web/src/boot.ts' }, outdir: OUT });

// Which packages make up each script (kept outside dist/web; the bench reads it).
const byPackage = {};
for (const [script, result] of [['app.js', app], ['worker.js', worker], ['reader.js', reader]]) {
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  const counts = {};
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    const name = match ? match[1] : input.startsWith('plain-ig:') ? `${input.slice('plain-ig:'.length, -'.json'.length).replace('-', ' ')} (dist/${input.slice('plain-ig:'.length)})` : input.split('/').slice(0, 3).join('/');
    counts[name] = (counts[name] ?? 0) + bytesInOutput;
  }
  byPackage[script] = Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}
writeFileSync('dist/web-contents.json', `${JSON.stringify(byPackage, null, 2)}\n`);

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
