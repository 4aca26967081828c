/**
 * Loads the core bound to its checks from a source tree: this one, or an
 * earlier revision copied out of git. Trees from before the engine layer
 * (server/src/engine/check-text.ts) had the core import its checks itself.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

type Engine = typeof import('../server/src/engine/check-text.ts');

/** The parts of the core a benchmark drives. */
export interface LoadedCore {
  checkText: Engine['checkText'];
  DocumentChecker: Engine['DocumentChecker'];
  clearBlockCache: () => void;
}

/** Imports the core of the tree at `root`. */
export async function loadCore(root: string): Promise<LoadedCore> {
  const run = (await import(join(root, 'server/src/core/run.ts'))) as { clearBlockCache: () => void };
  const engineFile = join(root, 'server/src/engine/check-text.ts');
  const engine = existsSync(engineFile)
    ? ((await import(engineFile)) as Engine)
    : {
        ...((await import(join(root, 'server/src/core/run.ts'))) as Pick<Engine, 'checkText'>),
        ...((await import(join(root, 'server/src/core/document-checker.ts'))) as Pick<Engine, 'DocumentChecker'>),
      };
  return { checkText: engine.checkText, DocumentChecker: engine.DocumentChecker, clearBlockCache: run.clearBlockCache };
}
