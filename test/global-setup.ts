// Builds the bundles once before the tests that drive the real CLI and server,
// and the browser page (dist/web) for the tests in test/web.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/build-web.mjs', '--quiet'], { stdio: 'inherit' });
}
