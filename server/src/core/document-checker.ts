/**
 * Checking one open document again and again as it changes (the language
 * server keeps one per document). Only the Markdown chunks (runs of top-level
 * blocks between blank lines) whose text changed are parsed again, and only
 * the blocks whose text (or the text around them that checks read) changed
 * are checked again; the rest come from caches. The chunks are found again
 * only around the edit (see ChunkMemory).
 */
import type { Check } from './check-api.ts';
import type { ChunkCache, ChunkEntry, ChunkMemory } from './document.ts';
import { checkText, type CheckResult, type RunMemory } from './run.ts';
import type { DocumentFormat, Settings } from './types.ts';

/** Re-checks one document cheaply after each edit. */
export class DocumentChecker {
  /** Parsed chunks of the latest text (and of the text before it). */
  private chunks = new Map<string, ChunkEntry>();
  /** The last chunk-by-chunk reading of the document. */
  private memory: ChunkMemory | undefined;
  /** What the last check left for the next (the findings it made). */
  private run: RunMemory = {};

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
    const used = new Map<string, ChunkEntry>();
    const tracking = {
      get: (key: string) => {
        const hit = previous.get(key) ?? used.get(key);
        if (hit) used.set(key, hit);
        return hit;
      },
      set: (key: string, value: ChunkEntry) => used.set(key, value),
      memory: this.memory,
    } as ChunkCache;
    // Should the check throw, the next one starts from a whole scan.
    this.memory = undefined;
    const run = this.run;
    this.run = {};
    const result = checkText(text, { format: this.format, settings, checks: this.checks, chunkCache: tracking, memory: run });
    this.run = run;
    this.chunks = used;
    this.memory = tracking.memory;
    return result;
  }

  /** Frees what this document holds (call when it closes). */
  dispose(): void {
    this.chunks = new Map();
    this.memory = undefined;
    this.run = {};
  }
}
