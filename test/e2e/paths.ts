/** Where the end-to-end tests keep their files. Everything under test-results/ is git-ignored. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** Screenshots, logs and scratch folders of one run. */
export const RESULTS = join(REPO, 'test-results', 'e2e');
/** The packaged extension that the tests install. */
export const VSIX = join(REPO, 'plain-ig.vsix');
/** The sample workspace copied for each test file. */
export const FIXTURES = join(REPO, 'test', 'e2e', 'fixtures');
