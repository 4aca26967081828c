/**
 * The sample GitHub workflow in docs/ runs Plain IG from a clone (not a
 * published package), and every plain-ig command in it uses options that exist.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCheckArgs } from '../../server/src/cli/args.ts';
import { ROOT } from './helpers.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}

const workflow = parse(readFileSync(join(ROOT, 'docs/examples/plain-ig-workflow.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.flatMap((step) => (step.run ? [step.run.replace(/\s+/g, ' ').trim()] : []));

/** The arguments after `plain-ig.js` in a command line, quotes removed; stops at a shell operator. */
function argsOf(line: string): string[] {
  const words = line.slice(line.indexOf('plain-ig.js') + 'plain-ig.js'.length).trim().match(/"[^"]*"|\S+/g) ?? [];
  const end = words.findIndex((word) => ['||', '&&', '|', ';'].includes(word));
  return (end < 0 ? words : words.slice(0, end)).map((word) => word.replace(/^"|"$/g, ''));
}

describe('the sample GitHub workflow', () => {
  it('clones and builds Plain IG instead of installing a published package', () => {
    expect(steps.some((step) => step.uses?.startsWith('actions/checkout') && step.with?.['path'] === '.plain-ig-tool')).toBe(true);
    expect(runs.some((run) => run.includes('npm run build'))).toBe(true);
    expect(runs.join('\n')).not.toMatch(/npm install --global|npx (--yes )?plain-ig/);
  });

  it('uses only options plain-ig check knows, with --format github for annotations and a SARIF run', () => {
    const checks = runs.filter((run) => run.includes('plain-ig.js check')).map(argsOf);
    expect(checks.length).toBe(2);
    const parsed = checks.map((args) => parseCheckArgs(args.slice(1)));
    expect(parsed.map((args) => args.format)).toEqual(['github', 'sarif']);
    expect(parsed[0]).toMatchObject({ failOn: 'warning', maxAnnotations: 10, annotateAll: false, baseline: '.plain-ig-baseline.json' });
  });

  it('keeps the board report as an artefact', () => {
    const report = runs.find((run) => run.includes('plain-ig.js report'));
    expect(report && argsOf(report)).toEqual(['report', '$POLICIES', '--out', 'plain-ig-report.html', '--json', 'plain-ig-summary.json']);
    expect(steps.some((step) => step.uses?.startsWith('actions/upload-artifact') && step.with?.['path']?.includes('plain-ig-report.html'))).toBe(true);
  });
});
