/**
 * Checking one open document again and again as it changes (the language
 * server keeps one per document). Only the Markdown chunks (runs of top-level
 * blocks between blank lines) whose text changed are parsed again, and only
 * the blocks whose text (or the text around them that checks read) changed
 * are checked again; the rest come from caches.
 */
import type { Check } from './check-api.ts';
import type { ChunkCache } from './document.ts';
import { checkText, type CheckResult } from './run.ts';
import type { DocumentFormat, Settings } from './types.ts';

/** Re-checks one document cheaply after each edit. */
export class DocumentChecker {
  /** Parsed chunks of the latest text (and of the text before it). */
  private chunks: ChunkCache = new Map();

  /**
   * @param format how to read the text
   * @param checks the checks to run (see `CheckOptions.checks`)
   */
  constructor(
    readonly format: DocumentFormat,
    private readonly checks: readonly Check[],
  ) {}

  /**
   * Checks the document's current full text.
   * @param text the whole text after the edit
   * @param settings the settings for this document
   */
  check(text: string, settings: Settings): CheckResult {
    // Keep only what the last two versions used, so memory follows the document's size.
    const previous = this.chunks;
    const used: ChunkCache = new Map();
    const tracking: ChunkCache = {
      get: (key: string) => {
        const hit = previous.get(key) ?? used.get(key);
        if (hit) used.set(key, hit);
        return hit;
      },
      set: (key: string, value: Parameters<ChunkCache['set']>[1]) => used.set(key, value),
    } as ChunkCache;
    const result = checkText(text, { format: this.format, settings, checks: this.checks, chunkCache: tracking });
    this.chunks = used;
    return result;
  }

  /** Frees what this document holds (call when it closes). */
  dispose(): void {
    this.chunks = new Map();
  }
}
