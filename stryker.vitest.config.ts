// The tests Stryker runs against each mutant: every test that calls the
// mutated code in this process. What makes a mutant cheap here (measured in
// docs/testing.md, "What a mutant costs"):
//
// - `isolate: false`: the test files share one module graph in the runner's
//   worker, so the dictionaries, the phrase index and the word-form library
//   are loaded once per runner, not once per test file per mutant (about a
//   second a file under instrumentation, and a core mutant is covered by
//   tests in some 40 files). Stryker switches mutants by a global, not by
//   re-importing. The price (found in the third session, docs/testing.md):
//   code whose result is memoised in a module-level map (a check's compiled
//   dictionary) runs once per runner, before any mutant, so its mutants show
//   as survived although a test would catch them. Scores err low, never high.
// - Focused files first (`FocusedFirst` below): with bail (the default, one
//   failing test ends the mutant's run) a mutant is usually killed by a small
//   unit test before the broad, slow files (one test per dictionary entry,
//   the property test, the evaluation) start.
// - The mutated module's own test files before the other focused files: in a
//   mutant run Stryker hands vitest the mutated file as its one "related"
//   file (`config.related`), so the sequencer knows which module is mutated
//   and runs `test/**/<module>*.test.ts` first (`quoted.ts`:
//   `test/checks/quoted.test.ts`; `risk/shape.ts`: `risk-shape*.test.ts`).
//   Those unit tests are fast and usually fail first; before, a mutant in
//   `checks/quoted.ts` ran every covering test of `acronym`, `jargon` and
//   `leadership` (whole-pipeline tests) before reaching them.
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

/** Test files named after a module, other than its own name (`checks/quoted.ts` is tested as "not our words"). */
const ALSO_NAMED: Record<string, string[]> = { quoted: ['not-our-words'], 'retext-plugins': ['retext-plugin'] };

/**
 * The starts of the names of a module's own test files: its name, and its
 * folder and name (`server/src/checks/risk/shape.ts`: `shape`, `risk-shape`).
 */
function ownTestNames(source: string): string[] {
  const parts = source.replaceAll('\\', '/').split('/');
  const name = (parts.at(-1) ?? '').replace(/\.[cm]?[jt]s$/, '');
  const folder = parts.at(-2) ?? '';
  return [name, `${folder}-${name}`, ...(ALSO_NAMED[name] ?? [])];
}

/** True when a test file is one of the module's own (`<name>.test.ts`, `<name>-….test.ts` or `<name>.….test.ts`, in any test folder). */
function isOwnTest(testFile: string, names: readonly string[]): boolean {
  const base = testFile.replaceAll('\\', '/').split('/').at(-1) ?? '';
  return names.some((name) => base === `${name}.test.ts` || base.startsWith(`${name}-`) || base.startsWith(`${name}.`));
}

/**
 * Orders test files for a mutant's run: the mutated module's own test files,
 * then the other focused unit files, the broad ones last, each group by name.
 */
class FocusedFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // In a mutant run, Stryker's vitest runner sets `related` to the one mutated file.
    const related = this.ctx.config.related;
    const own = related?.length === 1 ? ownTestNames(related[0]!) : [];
    const rank = (file: TestSpecification): number => {
      const path = file.moduleId.replaceAll('\\', '/');
      if (own.length > 0 && isOwnTest(path, own)) return -2;
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
      // Compares dist/word-forms.json with the word-form library's answers from a
      // fresh module state; with shared modules, other files have already filled
      // (or seeded) the caches, so the initial run fails before any mutant.
      'test/core/word-forms.test.ts',
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
