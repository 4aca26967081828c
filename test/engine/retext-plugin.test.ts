// Each check as a retext plugin on its own: what a unified tool reads from each message.
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_URL } from '../../server/src/core/check-api.ts';
import { retextPlainIgAcronym, retextPlainIgJargon, retextPlainIgPlainWords, retextPlainIgRisk, type PluginOptions } from '../../server/src/engine/retext-plugins.ts';

type Plugin = typeof retextPlainIgJargon;
/** A message with the fields the plugins add beside vfile's own. */
type Message = VFile['messages'][number] & { severity?: string; fixKind?: string; safe?: boolean };
const run = async (plugin: Plugin, text: string, options?: PluginOptions | Record<string, unknown>): Promise<Message[]> =>
  (await retext().use(retextEnglish).use(plugin, options as PluginOptions).process(text)).messages;

describe('a Plain IG retext plugin', () => {
  it('fills every field of the message, at the exact place, on the right line', async () => {
    const text = 'First line.\nWe utilise the form.';
    const [message, ...rest] = await run(retextPlainIgPlainWords, text);
    expect(rest).toEqual([]);
    expect(message!.place).toEqual({ start: { line: 2, column: 4, offset: 15 }, end: { line: 2, column: 11, offset: 22 } });
    expect(message!).toMatchObject({ source: 'plain-words', ruleId: 'utilise', actual: 'utilise', expected: ['use'], url: `${CATALOGUE_URL}#plain-words-utilise`, fixKind: 'replace', safe: true, severity: 'info' });
    expect(message!.note).toMatch(/\w.*\.$/);
    expect(message!.reason).toContain('‘utilise’');
  });

  it('maps the severity onto vfile’s own: a warning is not fatal, information and hints leave it unset, an error is fatal', async () => {
    const [jargon] = await run(retextPlainIgJargon, 'We value interoperability.');
    expect([jargon!.severity, jargon!.fatal]).toEqual(['warning', false]);
    const [info] = await run(retextPlainIgPlainWords, 'We utilise it.');
    expect([info!.severity, info!.fatal]).toEqual(['info', undefined]);
    const [hint] = await run(retextPlainIgPlainWords, 'Managers ensure staff are trained.');
    expect([hint!.severity, hint!.fatal]).toEqual(['hint', undefined]);
    const [error] = await run(retextPlainIgJargon, 'We value interoperability.', { checks: { jargon: { severity: 'error' } } });
    expect([error!.severity, error!.fatal]).toEqual(['error', true]);
  });

  it('leaves out what the allow list names, by word or by rule id, and nothing else', async () => {
    const text = 'We utilise the form in order to help.';
    expect((await run(retextPlainIgPlainWords, text)).map((m) => m.ruleId)).toEqual(['utilise', 'in-order-to']);
    expect((await run(retextPlainIgPlainWords, text, { allow: ['utilise'] })).map((m) => m.ruleId)).toEqual(['in-order-to']);
    expect((await run(retextPlainIgPlainWords, text, { allow: ['in-order-to'] })).map((m) => m.ruleId)).toEqual(['utilise']);
  });

  it('runs the document-level step: only the first bare use of an acronym, never its definition', async () => {
    const bare = await run(retextPlainIgAcronym, 'Ask about the DPIA. The DPIA is due.');
    expect(bare.map((m) => [m.actual, m.place && 'start' in m.place ? m.place.start.offset : -1])).toEqual([['DPIA', 14]]);
    expect(await run(retextPlainIgAcronym, 'A data protection impact assessment (DPIA) is due. The DPIA is ours.')).toEqual([]);
  });

  it('reports a threat of sanctions (a finding of its own kind)', async () => {
    const threat = 'Staff who share records without consent will face disciplinary action.';
    const [found, ...rest] = await run(retextPlainIgRisk, threat);
    expect(rest).toEqual([]);
    expect([found!.source, found!.actual]).toEqual(['risk', threat]);
  });

  it('reports a risk finding with its reframe and never as safe', async () => {
    const [risk] = await run(retextPlainIgRisk, 'If in doubt, do not share. Thanks.');
    expect(risk!.source).toBe('risk');
    expect(risk!.fixKind).toBe('reframe');
    expect(risk!.safe).toBe(false);
    expect(risk!.actual).toBe('If in doubt, do not share.');
  });
});
