/**
 * Each check as a retext plugin that works on its own:
 *
 *   retext().use(retextEnglish).use(retextPlainIgJargon, {audience: 'public'})
 *
 * Messages are ordinary vfile messages carrying `source` (the check), `ruleId`,
 * `actual`, `expected`, `url` and `note`, so any unified tool can read and fix them.
 */
import type { Root as NlcstRoot } from 'nlcst';
import type { VFile } from 'vfile';
import { CHECKS } from '../checks/registry.ts';
import { milder, ruleUrl, type BlockInput, type Candidate } from './check-api.ts';
import { dictionariesWith } from './dictionaries.ts';
import { LineIndex } from './positions.ts';
import { allowMatcher } from './run.ts';
import { applySettings, defaultSettings } from './settings.ts';
import type { CheckId } from './types.ts';
import { sentencesOf, tokenizeSentence } from './words.ts';

/** Options of every Plain IG retext plugin: any part of the settings (see {@link applySettings}). */
export interface PluginOptions {
  /** Default: `auto` (read as `staff`, except that the leadership check infers it from the text). */
  audience?: 'staff' | 'public' | 'auto';
  /** Default: `england`. */
  nation?: 'england' | 'wales' | 'scotland' | 'northern-ireland';
  /** Words, phrases or rule ids never to flag. Default: none. */
  allow?: string[];
  /** Extra dictionary files (absolute paths). Default: none. */
  dictionaries?: string[];
}

/** Builds the retext plugin of one check. */
export function retextPluginFor(id: CheckId) {
  return function plainIgPlugin(options: PluginOptions = {}) {
    const { settings } = applySettings(defaultSettings(), options);
    const check = CHECKS[id];
    return function transformer(tree: NlcstRoot, file: VFile): void {
      const text = String(file);
      const context = { settings, dictionaries: dictionariesWith(settings.dictionaries) };
      const sentences = sentencesOf(tree).map((sentence) => tokenizeSentence(sentence));
      const block: BlockInput = { kind: 'paragraph', text, base: 0, end: text.length, tree, sentences };
      let candidates: Candidate[] = check.collect(block, context).sort((a, b) => a.start - b.start);
      if (check.finalize) {
        candidates = check.finalize(candidates, { text, sections: [{ start: 0, end: text.length, heading: '', depth: 0 }], blocks: [{ kind: 'paragraph', start: 0, end: text.length }] }, context);
      }
      const lines = new LineIndex(text);
      const allowed = allowMatcher(settings.allow);
      for (const candidate of candidates) {
        if (candidate.role && candidate.role !== 'use' && candidate.role !== 'threat') continue;
        if (allowed(candidate)) continue;
        const message = file.message(candidate.message, {
          place: { start: lines.point(candidate.start), end: lines.point(candidate.end) },
          source: id,
          ruleId: candidate.ruleId,
        });
        message.actual = candidate.actual;
        message.expected = candidate.expected;
        message.url = ruleUrl(id, candidate.ruleId);
        message.note = candidate.note;
        // vfile's own severity: fatal true is an error, false a warning, undefined information.
        const severity = milder(settings.checks[id].severity, candidate.severity);
        message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
        Object.assign(message, { severity, fixKind: candidate.fixKind, safe: candidate.safe, evidence: candidate.evidence });
      }
    };
  };
}

/** IT jargon, as a retext plugin. */
export const retextPlainIgJargon = retextPluginFor('jargon');
/** Risk-averse wording, as a retext plugin. */
export const retextPlainIgRisk = retextPluginFor('risk');
/** Plain words, as a retext plugin. */
export const retextPlainIgPlainWords = retextPluginFor('plain-words');
/** Acronyms, as a retext plugin. */
export const retextPlainIgAcronym = retextPluginFor('acronym');
/** Outdated names, as a retext plugin. */
export const retextPlainIgOutdated = retextPluginFor('outdated');
/** Vague owners and decisions without a decider, as a retext plugin. */
export const retextPlainIgTrust = retextPluginFor('trust');
/** What a policy or notice leaves out about support, advice and ownership, as a retext plugin. */
export const retextPlainIgLeadership = retextPluginFor('leadership');
