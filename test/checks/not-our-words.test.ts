// Words that are not the writer's to reword: quotations of the law or of principles,
// block quotes, lists of references, link text naming another document, and words
// inside the capitalised name of a role, team or product.
import { describe, expect, it } from 'vitest';
import { properNames } from '../../server/src/core/proper-names.ts';
import { sentencesOf, tokenizeSentence } from '../../server/src/core/words.ts';
import { documentModel } from '../../server/src/core/document.ts';
import { brief, findings, only } from '../helpers.ts';

const word = (list: ReturnType<typeof findings>) => brief(list.filter((f) => f.check !== 'risk'));

describe('quoted law and principles', () => {
  const principles = '1. Personal data shall be processed lawfully.\n2. Personal data shall be kept no longer than is necessary.\n';

  it.each([
    ['a numbered list under a heading that names an Act', `## What the Data Protection Act 2018 says\n\n${principles}`, []],
    ['a numbered list under a heading that names an article', `## Article 5 of the UK GDPR\n\n${principles}`, []],
    ['a numbered list after a lead-in that names the Act', `The Act sets out these principles:\n\n${principles}`, []],
    ['a block quote', '> Personal data shall be processed lawfully.\n', []],
    ['lettered paragraphs under a heading that names principles', '### Data protection principles\n\na) **Lawfulness** - Personal data shall be processed lawfully.\n\nb) **Storage limitation** - Personal data shall be kept no longer than necessary.\n', []],
    ['a quotation of eight words or more', 'The guidance says “staff shall utilise the secure email service for every transfer”.\n', []],
    ['a quotation that wraps onto the next line', 'The guidance says “staff shall utilise the secure email\nservice for every transfer”.\n', []],
  ])('%s', (_name, text, expected) => {
    expect(brief(only('plain-words', text))).toEqual(expected);
  });

  it.each([
    ['the same list under the writer’s own heading', `## Our rules\n\n${principles}`, ['plain-words/shall:shall', 'plain-words/shall:shall']],
    ['a bulleted list under a heading that names an Act (the writer’s own summary)', '## The Data Protection Act 2018\n\n- Staff shall record every request.\n', ['plain-words/shall:shall']],
    ['a short quoted phrase', 'Staff say “utilise” too often.\n', []],
    ['the writer’s own sentence after a quotation', 'The guidance says “staff must use the secure email service for every transfer”. We shall follow it.\n', ['plain-words/shall:shall']],
  ])('still flags %s', (_name, text, expected) => {
    expect(brief(only('plain-words', text))).toEqual(expected);
  });

  it('leaves jargon and old names in a block quote, and flags them in the writer’s own words', () => {
    expect(word(findings('> Records were sent over N3 to the data warehouse.\n'))).toEqual([]);
    expect(word(findings('Records were sent to the data warehouse.\n'))).toEqual(['jargon/data-warehouse:data warehouse']);
  });
});

describe('documents named in links and reference lists', () => {
  it('leaves the title of a linked document alone', () => {
    expect(word(findings('Read the [Remote Access and Data Warehouse Policy](policies/remote.md) first.\n'))).toEqual([]);
  });

  it('leaves the text of a link to a document file alone, whatever its case', () => {
    expect(word(findings('Read [how we use the data warehouse](files/warehouse.pdf) first.\n'))).toEqual([]);
  });

  it('flags ordinary link text', () => {
    expect(word(findings('Read [how we use the data warehouse](https://example.org/warehouse) first.\n'))).toEqual(['jargon/data-warehouse:data warehouse']);
  });

  it('leaves a list item that cites a document alone, and flags the same name in a sentence', () => {
    const cited = 'Key guidance:\n\n- Department of Health, confidentiality and access to records[^1]\n- NHS Digital, data warehouse guidance, 2016\n\n[^1]: A note.\n';
    expect(word(findings(cited))).toEqual([]);
    expect(word(findings('- The Department of Health wrote to us about it. We replied.\n'))).toEqual(['outdated/department-of-health:Department of Health']);
  });

  it('leaves a list of references alone', () => {
    expect(word(findings('## References\n\n- Data Warehouse Security Guidance, NHS Digital, 2016\n'))).toEqual([]);
  });

  it('asks for an acronym at its first use outside a link title', () => {
    const text = 'See the [ZTNA Gateway Guide](guide.pdf). Staff connect through ZTNA.\n';
    const hits = only('acronym', text);
    expect(brief(hits)).toEqual(['acronym/undefined-acronym:ZTNA']);
    expect(hits[0]!.start.offset).toBe(text.lastIndexOf('ZTNA'));
  });
});

describe('capitalised names of roles, teams and products', () => {
  it.each([
    ['a word inside a role’s name', 'Ask the Dataset Developers about it.', []],
    ['a word inside a team’s name', 'Ask the Data Warehouse Team about it.', []],
    ['a word inside a project’s name', 'The Data Migration Improvement Project (DMIP) began in 2008.', []],
    ['the term itself, capitalised as a name', 'The Registration Authority issues smartcards.', ['jargon/registration-authority:Registration Authority']],
    ['the same word in the writer’s own words', 'Ask the people who build the dataset.', ['jargon/dataset:dataset']],
  ])('%s', (_name, text, expected) => {
    expect(brief(only('jargon', `${text}\n`))).toEqual(expected);
  });

  const names = (text: string): string[] => {
    const model = documentModel(text, 'plaintext');
    const block = model.blocks[0]!;
    const [sentence] = sentencesOf(block.toNlcst());
    const { tokens } = tokenizeSentence(sentence!, block.start);
    return properNames(tokens).map(([from, to]) => text.slice(tokens[from]!.start, tokens[to - 1]!.end));
  };

  it.each([
    ['a role', 'Tell the Senior Information Risk Owner today.', ['Senior Information Risk Owner']],
    ['a body with "of" and "and" inside', 'It was set by the Department of Health and Social Care in 2019.', ['Department of Health and Social Care']],
    ['a national body at the start of a sentence', 'NHS England runs it.', ['NHS England']],
    ['not the first word of a sentence on its own', 'Clinical Safety Officers sign it off.', ['Safety Officers']],
    ['no run of capitals without a role or body at its head', 'Use the Remote Access system.', []],
    ['not across "on"', 'Trusts on the Community Network agree.', ['Community Network']],
    ['nothing in a title-case heading', 'Information Asset Owner Duties And Training', []],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
