// The tests Stryker runs against each mutant: every test that calls the
// mutated code in this process. What makes a mutant cheap here (measured in
// docs/testing.md, "What a mutant costs"):
//
// - `isolate: false`: the test files share one module graph in the runner's
//   worker, so the dictionaries, the phrase index and the word-form library
//   are loaded once per runner, not once per test file per mutant (about a
//   second a file under instrumentation, and a core mutant is covered by
//   tests in some 40 files). Stryker switches mutants by a global, not by
//   re-importing, so sharing the modules changes nothing it sees.
// - Focused files first (`FocusedFirst` below): with bail (the default, one
//   failing test ends the mutant's run) a mutant is usually killed by a small
//   unit test before the broad, slow files (one test per dictionary entry,
//   the property test, the evaluation) start.
// - Files that cannot see a mutant are left out, so the first (coverage) run
//   is shorter: tests that only drive the built bundles (the language server
//   over stdio, the browser page, VS Code), and the client's own tests (the
//   client is not mutated).
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/** Broad files: each test runs the whole pipeline, and they rarely kill what a focused test misses. Run last. */
const BROAD = [
  'test/checks/bad-to-good.test.ts',
  'test/fixes/dictionary.property.test.ts',
  'test/eval/',
  'test/docs.test.ts',
  'test/cli/',
  'test/report/',
];

/** Unit tests of the output formats: in the CLI folder, but each test formats a report made in the test. */
const UNIT_IN_BROAD = ['test/cli/format-levels.test.ts'];

/** Orders test files for a mutant's run: focused unit files first, the broad ones last, each group by name. */
class FocusedFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      const path = file.moduleId.replaceAll('\\', '/');
      if (UNIT_IN_BROAD.some((unit) => path.endsWith(`/${unit}`))) return -1;
      const at = BROAD.findIndex((broad) => path.includes(`/${broad}`));
      return at < 0 ? -1 : at;
    };
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'node_modules/**',
      'test/e2e/**',
      'test/perf/**',
      'test/report/browser.test.ts',
      'test/web/**',
      'test/cli/pdf-printed.test.ts',
      'test/lsp/{code-actions,lifecycle,neovim,soak,diagnostics,hover,workspace-check,settings,suggested-paragraph}.test.ts',
      'test/client/{restart-policy,language-client,status}.test.ts',
      // Mocks the word-form library for the whole module graph: with shared
      // modules (isolate: false) it would break every file after it.
      'test/checks/risk-shape-errors.test.ts',
      // The robustness suite (fuzzing, property tests, hostile files) takes
      // minutes per run under instrumentation; it is left to `npm test`.
      'test/robustness/**',
      'test/manifest.test.ts',
    ],
    isolate: false,
    sequence: { sequencer: FocusedFirst },
    // No global setup: it rebuilds dist/ from the instrumented sources, once
    // per test runner, and two runners building at once fail. The bundles
    // (built by `npm install`'s prepare step) are copied into the sandbox.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
