/**
 * Each check as a retext plugin that works on its own:
 *
 *   retext().use(retextEnglish).use(retextPlainIgJargon, {audience: 'public'})
 *
 * Messages are ordinary vfile messages carrying `source` (the check), `ruleId`,
 * `actual`, `expected`, `url` and `note`, so any unified tool can read and fix them.
 */
import type { VFile } from 'vfile';
import { checkText } from './check-text.ts';
import { applySettings } from '../core/settings.ts';
import { defaultSettings } from '../engine/settings.ts';
import { type CheckId, type DocumentFormat, type Settings } from '../core/types.ts';
import { CHECK_IDS } from '../checks/registry.ts';

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

/** Markdown when the file's name says so (`.md`, `.markdown`), else plain text. */
function formatOfFile(file: VFile): DocumentFormat {
  const extname = (file.extname ?? '').toLowerCase();
  return extname === '.md' || extname === '.markdown' ? 'markdown' : 'plaintext';
}

/** `settings` with only check `id` switched on. */
function onlyCheck(settings: Settings, id: CheckId): Settings {
  const checks = { ...settings.checks };
  for (const other of CHECK_IDS) checks[other] = { ...checks[other], enabled: other === id };
  return { ...settings, checks };
}

/**
 * Builds the retext plugin of one check. The plugin checks the file's text
 * with the core's own routine ({@link checkText}: URL filter, control
 * comments, the allow list, overlaps, fitted alternatives), so it finds exactly
 * what `plain-ig check` finds for that check. A file named `*.md` is read as
 * Markdown, anything else as plain text.
 */
export function retextPluginFor(id: CheckId) {
  return function plainIgPlugin(options: PluginOptions = {}) {
    const settings = onlyCheck(applySettings(defaultSettings(), options).settings, id);
    return function transformer(_tree: unknown, file: VFile): void {
      const { findings } = checkText(String(file), { format: formatOfFile(file), settings });
      for (const finding of findings) {
        const message = file.message(finding.message, { place: { start: finding.start, end: finding.end }, source: id, ruleId: finding.ruleId });
        message.actual = finding.actual;
        message.expected = finding.expected;
        message.url = finding.url;
        message.note = finding.note;
        // vfile's own severity: fatal true is an error, false a warning, undefined information.
        message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined;
        Object.assign(message, { severity: finding.severity, fixKind: finding.fixKind, safe: finding.safe, evidence: finding.evidence });
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
