/**
 * Edits inside long lists and tables, re-checked through DocumentChecker
 * (chunk cache, block cache, kept blocks, the fast path for lists and grid
 * tables), must give exactly the findings and counts of a cold whole parse:
 * a word changed in an item or a cell, items added and removed, tight lists
 * made loose, nested items, pipes and delimiter rows typed into a grid table
 * (which can turn a paragraph into a GFM table), rules edited.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rng } from '../../bench/corpus.ts';
import type { Settings } from '../../server/src/core/types.ts';
import { CHECK_LIST } from '../../server/src/checks/registry.ts';

type Core = typeof import('../../server/src/core/run.ts');
let core: Core;
let oracle: Core;
let DocumentChecker: typeof import('../../server/src/core/document-checker.ts').DocumentChecker;
let settings: Settings;

beforeAll(async () => {
  core = await import('../../server/src/core/run.ts');
  const separate: string = '../../server/src/core/run.ts?lists-oracle';
  oracle = (await import(/* @vite-ignore */ separate)) as Core;
  if (oracle === core) throw new Error('the oracle must be a separate instance of the core');
  ({ DocumentChecker } = await import('../../server/src/core/document-checker.ts'));
  const { defaultSettings } = await import('../../server/src/engine/settings.ts');
  settings = defaultSettings();
});

function whole(text: string) {
  oracle.clearBlockCache();
  const { findings, stats } = oracle.checkText(text, { checks: CHECK_LIST, format: 'markdown', settings, wholeParse: true });
  return { findings, words: stats.words, sentenceLengths: stats.sentenceLengths, runningSentenceLengths: stats.runningSentenceLengths };
}

const SENTENCES = [
  'We will utilise the back-end portal in order to share the data with the DSPT team.',
  'Staff must not share information unless the Caldicott Guardian agrees.',
  'The SIRO reviews the DPIA every year and reports to the board.',
  'Leverage the HSCIC data set going forward.',
  'Records are kept for eight years after the last contact.',
  'Anyone who breaches this policy will be disciplined.',
];

/** A document of long lists (tight, loose, nested), grid tables and pipe tables. */
function document(r: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const tight = Array.from({ length: 40 }, (_, i) => `- ${pick(SENTENCES)} Item ${i}.`).join('\n');
  const loose = Array.from({ length: 12 }, (_, i) => `${i + 1}. ${pick(SENTENCES)}\n   ${pick(SENTENCES)}${i % 3 === 0 ? `\n\n   ${pick(SENTENCES)}` : ''}`).join('\n\n');
  const nested = Array.from({ length: 10 }, () => `- ${pick(SENTENCES)}\n  - ${pick(SENTENCES)}\n  - ${pick(SENTENCES)}`).join('\n');
  const row = (cell: string): string => `| ${cell.padEnd(90)} |`;
  const grid = ['+' + '-'.repeat(92) + '+', row('**Figure 1.1 - Sharing**'), '+' + '='.repeat(92) + '+', ...Array.from({ length: 14 }, (_, i) => row(i % 4 === 3 ? '' : pick(SENTENCES))), '+' + '-'.repeat(92) + '+'].join('\n');
  const pipe = ['| Role | What they do |', '| --- | --- |', ...Array.from({ length: 12 }, () => `| ${pick(['SIRO', 'Caldicott Guardian', 'DPO'])} | ${pick(SENTENCES)} |`)].join('\n');
  return ['# Sharing records', pick(SENTENCES), tight, '## Steps', loose, nested, '## Tables', grid, 'A pipe | in a sentence is plain text.', pipe, pick(SENTENCES)].join('\n\n') + '\n';
}

/** An edit inside a list or table: a word, an item or row added or removed, a pipe or delimiter row typed, a list made loose. */
function edit(text: string, r: () => number): string {
  const lines = text.split('\n');
  const inside = lines.map((line, i) => [line, i] as const).filter(([line]) => /^(?:\s*[-+|]|\d+\.)/.test(line));
  const [line, at] = inside[Math.floor(r() * inside.length)]!;
  const roll = r();
  if (roll < 0.4) {
    const words = [...line.matchAll(/[A-Za-z]{3,}/g)];
    const word = words[Math.floor(r() * words.length)];
    if (word) lines[at] = line.slice(0, word.index) + ['policy', 'utilise', 'DPIA', 'share', 'backend'][Math.floor(r() * 5)] + line.slice(word.index! + word[0].length);
  } else if (roll < 0.55) lines.splice(at + 1, 0, line.startsWith('|') ? `| ${SENTENCES[Math.floor(r() * SENTENCES.length)]} |` : line.replace(/Item \d+/, 'New item in order to utilise it'));
  else if (roll < 0.7) lines.splice(at, 1);
  else if (roll < 0.78) lines.splice(at + 1, 0, '');
  else if (roll < 0.86) lines[at] = `${line.slice(0, Math.floor(line.length / 2))}|${line.slice(Math.floor(line.length / 2))}`;
  else if (roll < 0.92) lines.splice(at + 1, 0, ['|---|---|', '| - |', ':--|', '+---+---+', '    - nested deeper'][Math.floor(r() * 5)]!);
  else lines[at] = line.replace(/^(\s*)[-+]/, '$1*');
  return lines.join('\n');
}

describe('edits inside long lists and tables give the findings of a whole parse', () => {
  it.each([1, 2])('document %i, after random edits', (seed) => {
    const r = rng(700 + seed);
    let text = document(r);
    const checker = new DocumentChecker('markdown', CHECK_LIST);
    core.clearBlockCache();
    const first = checker.check(text, settings);
    expect(first.findings).toEqual(whole(text).findings);
    // The lists and tables hold findings: the test would see a wrong item or row.
    expect(first.findings.length).toBeGreaterThan(60);
    for (let i = 0; i < 40; i++) {
      text = edit(text, r);
      const got = checker.check(text, settings);
      const { findings, words, sentenceLengths, runningSentenceLengths } = got.stats && { findings: got.findings, ...got.stats };
      expect({ edit: i, findings, words, sentenceLengths, runningSentenceLengths }).toEqual({ edit: i, ...whole(text) });
    }
    checker.dispose();
  }, 240_000);
});
