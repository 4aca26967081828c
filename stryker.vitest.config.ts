// The tests Stryker runs against each mutant: every test that calls the
// mutated code in this process. Tests that only drive the built bundles
// (the language server over stdio, the browser, VS Code) cannot see a
// mutant, so they are left out to keep the run short. Tests that run the
// bundled CLI in a child process stay in (they are cheap) but never kill one.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'node_modules/**',
      'test/e2e/**',
      'test/perf/**',
      'test/report/browser.test.ts',
      'test/lsp/{code-actions,lifecycle,neovim,soak,diagnostics,hover,workspace-check,settings}.test.ts',
      // The robustness suite (fuzzing, property tests, hostile files) takes
      // minutes per run under instrumentation; it is left to `npm test`.
      'test/robustness/**',
      'test/manifest.test.ts',
    ],
    // No global setup: it rebuilds dist/ from the instrumented sources, once
    // per test runner, and two runners building at once fail. The bundles
    // (built by `npm install`'s prepare step) are copied into the sandbox.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
