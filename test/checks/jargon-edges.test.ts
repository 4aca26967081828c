/**
 * The jargon check at its edges (sixth session, from the mutation run's
 * survivors): the severity of a term to explain, a replacement that is safe to
 * apply, a paragraph that starts with "#" but is no heading, how many brackets
 * are read for an explanation, and which use of a term is flagged. Each with
 * the exact finding, beside its near neighbour.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { only } from '../helpers.ts';

/** `ruleId:actual@start-end` of each finding. */
const hits = (text: string, settings?: Record<string, unknown>): string[] =>
  only('jargon', text, settings ? { settings } : {}).map((f) => `${f.ruleId}:${f.actual}@${f.start.offset}-${f.end.offset}`);

const api = (text: string, nth = 0): string => {
  let at = text.indexOf('API');
  for (let i = 0; i < nth; i++) at = text.indexOf('API', at + 1);
  return `api:API@${at}-${at + 3}`;
};

describe('jargon: a term to keep and explain', () => {
  it('is information, not a warning, when its entry names no severity', () => {
    const [hit, ...rest] = only('jargon', 'Call the API with care.');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ ruleId: 'api', actual: 'API', fixKind: 'explain', severity: 'info', expected: ['API (a secure link that lets one computer system talk to another)'] });
    expect(hit!.message).toBe('Explain ‘API’ the first time you use it: many readers will not know it.');
  });

  it('takes the severity its entry names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plain-ig-jargon-'));
    const path = join(dir, 'extra.yml');
    writeFileSync(
      path,
      ['check: jargon', 'entries:', '  - id: widget-bus', '    phrases: ["widget bus"]', '    action: explain', '    gloss: the link between our two systems', '    reason: Few readers know what the widget bus is.', '    severity: hint', ''].join('\n'),
    );
    const [hit] = only('jargon', 'Send it over the widget bus today.', { settings: { dictionaries: [path] } });
    expect(hit).toMatchObject({ ruleId: 'widget-bus', actual: 'widget bus', severity: 'hint', expected: ['widget bus (the link between our two systems)'] });
  });

  it('is flagged in a paragraph that starts with "#" but is no heading', () => {
    const text = '#1 Call the API with care.';
    expect(hits(text)).toEqual([api(text)]);
  });

  it('is left alone in an underlined Markdown heading that is not the first line', () => {
    for (const line of ['===============', '---------------']) {
      const text = `Read this first.\n\nCalling the API\n${line}\n\nCall the API with care.`;
      expect(hits(text)).toEqual([api(text, 1)]);
    }
  });

  it('is flagged in a guessed heading of a plain-text document that is not its first line', () => {
    const text = 'Read this first.\n\nCalling the API\n\nCall the API with care.\n';
    expect(only('jargon', text, { format: 'plaintext' }).map((f) => `${f.ruleId}:${f.actual}@${f.start.offset}-${f.end.offset}`)).toEqual([api(text)]);
  });

  it('is flagged at its first use only', () => {
    const text = 'Call the API with care. The API is fast.';
    expect(hits(text)).toEqual([api(text)]);
  });

  it('is explained by plain words in the second bracket after an abbreviation, not the third', () => {
    expect(hits('Call the API (RTO) (a link between systems) with care.')).not.toContain(api('Call the API'));
    const text = 'Call the API (RTO) (DPO) (a link between systems).';
    expect(hits(text)).toContain(api(text));
  });

  it.each([
    ['Call the API (see the etc) with care.', false],
    ['Call the API (see the manual) with care.', true],
    ['Call the API (an ox) with care.', false],
    ['Call the API (a cow) with care.', true],
    ['Call the API (Go) with care.', false],
  ])('reads %j as explained: %s (a word of three small letters or more, not a linking word)', (text, explained) => {
    expect(hits(text)).toEqual(explained ? [] : [api(text)]);
  });

  it('is defined by a known acronym in brackets after it, singular or plural, not by any capitals', () => {
    expect(hits('Ask the Information Asset Owner (IAO) first.')).toEqual([]);
    expect(hits('Ask the Information Asset Owners (IAOs) first.')).toEqual([]);
    const text = 'Ask the Information Asset Owner (XYZQ) first.';
    expect(hits(text)).toEqual([`information-asset-owner:Information Asset Owner@8-31`]);
  });

  it('is left alone in a block quote, and the next use is flagged', () => {
    const text = '> Call the API with care.\n\nThe API is fast.';
    expect(hits(text)).toEqual([api(text, 1)]);
  });
});

describe('jargon: a term to replace', () => {
  it('with one alternative, written as listed, is safe to apply', () => {
    const [hit] = only('jargon', 'Our vendor sends the data.');
    expect(hit).toMatchObject({ ruleId: 'vendor', actual: 'vendor', expected: ['supplier'], fixKind: 'replace', safe: true, severity: 'info', message: '‘vendor’ is IT jargon. Try ‘supplier’.' });
    expect([hit!.start.offset, hit!.end.offset]).toEqual([4, 10]);
  });

  it('names a buzzword as one', () => {
    const [hit] = only('jargon', 'We will leverage data.');
    expect(hit!.message).toMatch(/^‘leverage’ is a buzzword\. Try /);
  });
});
