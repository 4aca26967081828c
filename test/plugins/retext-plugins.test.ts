// The retext plugins run the core's block routine: the URL filter, control
// comments and overlap handling apply, so a plugin and `plain-ig check` agree.
import { readFileSync } from 'node:fs';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import * as plugins from '../../server/src/engine/retext-plugins.ts';
import { type CheckId } from '../../server/src/core/types.ts';
import { CHECK_IDS } from '../../server/src/checks/registry.ts';
import { only } from '../helpers.ts';

const PLUGINS: Record<CheckId, typeof plugins.retextPlainIgJargon> = {
  jargon: plugins.retextPlainIgJargon,
  risk: plugins.retextPlainIgRisk,
  'plain-words': plugins.retextPlainIgPlainWords,
  acronym: plugins.retextPlainIgAcronym,
  outdated: plugins.retextPlainIgOutdated,
  trust: plugins.retextPlainIgTrust,
  leadership: plugins.retextPlainIgLeadership,
};

const messages = async (plugin: typeof plugins.retextPlainIgJargon, file: VFile | string) =>
  (await retext().use(retextEnglish).use(plugin).process(file)).messages.map((m) => `${m.source}/${m.ruleId}:${m.actual}@${m.place && 'start' in m.place ? m.place.start.offset : -1}`);

describe('retext plugins: the core’s block routine', () => {
  it('leaves words inside a URL alone, as plain-ig check does', async () => {
    const text = 'Read the guide at https://example.org/cloud/server-backup before you use the cloud.';
    expect(await messages(plugins.retextPlainIgJargon, text)).toEqual([`jargon/cloud:cloud@${text.lastIndexOf('cloud')}`]);
  });

  it('honours control comments in a Markdown file', async () => {
    const text = '<!-- plain-ig ignore-next -->\nWe value interoperability.\n\nWe value interoperability.\n';
    const file = new VFile({ path: 'notes.md', value: text });
    expect(await messages(plugins.retextPlainIgJargon, file)).toEqual([`jargon/interoperability:interoperability@${text.lastIndexOf('interop')}`]);
  });

  it.each(CHECK_IDS)('%s: the same findings as plain-ig check on the example policy', async (id) => {
    const text = readFileSync('examples/information-sharing-policy.md', 'utf8');
    const expected = only(id, text).map((f) => `${f.check}/${f.ruleId}:${f.actual}@${f.start.offset}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(await messages(PLUGINS[id], new VFile({ path: 'examples/information-sharing-policy.md', value: text }))).toEqual(expected);
  });
});
