// Mutation testing (Stryker): `npm run test:mutation` (scripts/mutation.ts) runs
// this over the folders below (or some of them), incrementally, and writes the
// summary into docs/testing.md. Not part of `npm test`: it is slow by nature.
// The TypeScript checker is not used: it needs the TypeScript compiler API
// (`ts.parseConfigFileTextToJson`, the solution builder), which TypeScript 7,
// the native compiler this repository uses, does not ship. Mutants that would
// not compile therefore run and are mostly killed by the tests instead.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker.vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'server/src/core/**/*.ts',
    'server/src/checks/**/*.ts',
    'server/src/engine/**/*.ts',
    'server/src/cli/fix.ts',
    'server/src/cli/formats/**/*.ts',
    'server/src/lsp/code-actions.ts',
  ],
  // Stryker rewrites tsconfig paths with the TypeScript compiler API, which
  // TypeScript 7 lacks; our tsconfig has no `extends` or `references` to
  // rewrite, so point it at no file and the step is skipped.
  tsconfigFile: 'no-tsconfig-for-stryker.json',
  coverageAnalysis: 'perTest',
  // Module-level constants would need the whole suite per mutant; they are
  // reported as "ignored", not counted in the score.
  ignoreStatic: true,
  concurrency: 1,
  timeoutMS: 20000,
  // The first (coverage) run takes 3 to 4 minutes at nice 19 on the shared machine, and went past
  // Stryker's default of 5 when the load rose (fifth session); a run stopped there keeps nothing.
  dryRunTimeoutMinutes: 15,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // Sandboxes outside the repository: inside it, the CLI tests would obey the
  // repository's .gitignore (which lists the sandbox folder) and find no files.
  tempDirName: join(tmpdir(), 'plain-ig-stryker'),
  cleanTempDir: 'always',
};
