/**
 * The layer rules of Plain IG (issue 15), checked by test/architecture.test.ts
 * with no exceptions:
 *
 *   main.ts / bin.ts            the dispatcher: plain-ig check|report|lsp|serve|init
 *   cli/  lsp/  report/         front ends: never import each other
 *   sources/                    finding files, reading them, settling settings
 *   engine/                     the core bound to the shipped checks, retext plugins, catalogue
 *   checks/                     one file per check + registry.ts
 *   core/                       the engine room: never imports a check or anything above
 *   client/                     the VS Code client: imports nothing from the server
 *                               but the shared constants (core/shared.ts); its starter config is generated
 */
const layer = (name) => `^server/src/${name}/`;
const frontEnds = ['cli', 'lsp', 'report'];

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import circles hide which module depends on which.', from: {}, to: { circular: true } },
    {
      name: 'core-is-the-bottom',
      severity: 'error',
      comment: 'core/ defines the contract and runs the checks it is given; it never imports a check, the engine, the input layer or a front end.',
      from: { path: layer('core') },
      to: { path: '^server/src/(checks|engine|sources|cli|lsp|report)/|^server/src/(main|bin)\\.ts$' },
    },
    {
      name: 'checks-only-use-the-core',
      severity: 'error',
      comment: 'A check is a retext-style plugin on the core: it imports nothing from the engine, the input layer or a front end.',
      from: { path: layer('checks') },
      to: { path: '^server/src/(engine|sources|cli|lsp|report)/|^server/src/(main|bin)\\.ts$' },
    },
    {
      name: 'engine-and-sources-below-the-front-ends',
      severity: 'error',
      comment: 'engine/ and sources/ serve every front end, so they import none.',
      from: { path: '^server/src/(engine|sources)/' },
      to: { path: '^server/src/(cli|lsp|report)/|^server/src/(main|bin)\\.ts$' },
    },
    {
      name: 'sources-do-not-check',
      severity: 'error',
      comment: 'The input layer finds, reads and settles settings; it does not run checks.',
      from: { path: layer('sources') },
      to: { path: '^server/src/(engine|checks)/' },
    },
    ...frontEnds.map((name) => ({
      name: `${name}-does-not-import-other-front-ends`,
      severity: 'error',
      comment: 'The CLI, the language server and the report are front ends: they share code through sources/, engine/ and core/, never through each other.',
      from: { path: layer(name) },
      to: { path: `^server/src/(${frontEnds.filter((other) => other !== name).join('|')})/|^server/src/(main|bin)\\.ts$` },
    })),
    {
      name: 'client-only-imports-shared-constants',
      severity: 'error',
      comment: 'The VS Code client starts the server; from the server it imports only the shared constants.',
      from: { path: '^client/' },
      to: { path: '^server/', pathNot: '^server/src/core/shared\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'] },
  },
};
