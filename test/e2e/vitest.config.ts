// End-to-end tests in a real VS Code (code-server driven by playwright-core and Chromium).
// Run with `npm run test:e2e`. The global setup builds and packages the .vsix, installs
// code-server (cached) and installs the .vsix into a fresh extensions folder.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // One VS Code at a time: the machine is small and shared.
    fileParallelism: false,
    // Generous limits: these only stop a hung run; nothing here measures time.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
    reporters: ['default'],
  },
});
