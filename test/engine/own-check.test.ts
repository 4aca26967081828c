// A check registered from outside: the core runs whatever checks it is given,
// with its URL filter, control comments, allow list and overlaps.
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CHECK_LIST, CHECKS } from '../../server/src/checks/registry.ts';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
import { checkText } from '../../server/src/core/run.ts';
import { applySettings, settingsFor } from '../../server/src/core/settings.ts';
import { renderCatalogue } from '../../server/src/engine/catalogue.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { type CheckId } from '../../server/src/core/types.ts';
import { shouting } from '../fixtures/checks/shouting.ts';

const checks = [...CHECK_LIST, shouting];
const settingsWith = (settings: Record<string, unknown>) => applySettings(settingsFor(checks), settings);
const run = (text: string, settings: Record<string, unknown> = {}) =>
  checkText(text, { format: 'markdown', settings: settingsWith(settings).settings, checks }).findings.filter((f) => f.check === ('shouting' as string));

describe('a check registered in a fixture', () => {
  it('gives findings with the full message contract', () => {
    const text = 'Please read this SOON before you share.\n';
    expect(run(text)).toEqual([
      {
        check: 'shouting',
        ruleId: 'capitals',
        severity: 'hint',
        message: '‘SOON’ reads as shouting.',
        note: 'Capitals are harder to read.',
        actual: 'SOON',
        expected: ['soon'],
        fixKind: 'replace',
        safe: true, // the core's safety rules judge the fix, whatever the check proposed
        start: { line: 1, column: 18, offset: 17 },
        end: { line: 1, column: 22, offset: 21 },
        url: 'https://github.com/plain-ig/plain-ig/blob/main/docs/rules.md#shouting-capitals',
      },
    ]);
  });

  it('has settings of its own: its default severity, switched off or shown otherwise by name', () => {
    expect(settingsFor(checks).checks['shouting' as CheckId]).toEqual({ enabled: true, severity: 'hint' });
    expect(settingsWith({ checks: { shouting: 'warning' } })).toEqual({ settings: expect.anything(), problems: [] });
    expect(run('Please read this SOON.\n', { checks: { shouting: 'warning' } }).map((f) => f.severity)).toEqual(['warning']);
    expect(run('Please read this SOON.\n', { checks: { shouting: 'off' } })).toEqual([]);
    // Settings for the shipped checks alone do not know it.
    expect(applySettings(defaultSettings(), { checks: { shouting: 'off' } }).problems.map((p) => p.key)).toEqual(['checks.shouting']);
  });

  it('is not run when only the shipped checks are given', () => {
    const { findings } = checkText('Please read this SOON.\n', { format: 'markdown', settings: defaultSettings(), checks: CHECK_LIST });
    expect(findings.map((f) => f.check)).not.toContain('shouting');
  });

  it('goes through the core’s routine: URLs, control comments and the allow list', () => {
    expect(run('See https://example.org/READ/THIS today.\n')).toEqual([]);
    expect(run('<!-- plain-ig disable shouting -->\n\nPlease read this SOON.\n')).toEqual([]);
    expect(run('Please read this SOON.\n', { allow: ['shouting/capitals'] })).toEqual([]);
    expect(run('<!-- plain-ig ignore-next -->\nRead this LATER.\n\nRead this SOON.\n').map((f) => f.actual)).toEqual(['SOON']);
  });

  it('loses an overlap to a check of higher priority and wins over one of lower', () => {
    const text = 'We value INTEROPERABILITY and SPEED.\n';
    const all = checkText(text, { format: 'markdown', settings: defaultSettings(), checks }).findings;
    expect(all.filter((f) => f.actual === 'INTEROPERABILITY').map((f) => f.check)).toEqual(['jargon']);
    expect(all.filter((f) => f.actual === 'SPEED').map((f) => f.check)).toEqual(['shouting']); // wins over acronym
    expect(run(text).map((f) => f.actual)).toEqual(['SPEED']);
  });

  it('shows in the rule catalogue: a row in the overview and its own section, where its findings link', () => {
    const catalogue = renderCatalogue(bundledDictionaries(), {}, [...CHECK_IDS.map((id) => CHECKS[id]), shouting]);
    expect(catalogue).toContain('| [shouting](#check-shouting) | Words written in capitals, which read as shouting. | 1 | hint |\n');
    expect(catalogue.endsWith('<a id="check-shouting"></a>\n## Shouted words (`shouting`)\n\nWords written in capitals, which read as shouting.\n\n<a id="shouting-capitals"></a>\n#### A word in capitals\n\n- Instead: the word in lower case.\n\n')).toBe(true);
    const link = run('Please read this SOON.\n')[0]?.url ?? '';
    expect(catalogue).toContain(`<a id="${link.slice(link.indexOf('#') + 1)}"></a>`);
    expect(renderCatalogue(bundledDictionaries())).not.toContain('shouting');
  });
});
