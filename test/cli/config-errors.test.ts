/**
 * Config errors point at the offending key's own line and name it, in YAML
 * and in JSON, through the real command line.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain, tempDir } from './helpers.ts';

async function errorFor(name: string, config: string): Promise<string> {
  const dir = tempDir();
  writeFileSync(join(dir, name), config);
  writeFileSync(join(dir, 'policy.md'), 'Fine.\n');
  const run = await runMain(['check', 'policy.md'], { cwd: dir });
  expect(run.code).toBe(2);
  return run.stderr;
}

describe('config errors', () => {
  it('names a wrong check severity and gives its own line, not the line of "checks:"', async () => {
    const yaml = '# Our settings\naudience: staff\nchecks:\n  jargon: warning\n  risk: eror\n';
    expect(await errorFor('.plain-ig.yml', yaml)).toBe(
      'plain-ig: .plain-ig.yml:5: checks → risk: use off, on, or a severity (error, warning, info, hint), not "eror"\n',
    );
  });

  it('points at a nested key of a check', async () => {
    const yaml = 'checks:\n  risk:\n    severity: warning\n  jargon:\n    enabled: maybe\n';
    expect(await errorFor('.plain-ig.yml', yaml)).toBe('plain-ig: .plain-ig.yml:5: checks → jargon → enabled: "enabled" must be true or false, not "maybe"\n');
  });

  it('does the same in a JSON config', async () => {
    const json = '{\n  "audience": "staff",\n  "checks": {\n    "jargon": "warning",\n    "risk": "eror"\n  }\n}\n';
    expect(await errorFor('.plain-ig.json', json)).toBe(
      'plain-ig: .plain-ig.json:5: checks → risk: use off, on, or a severity (error, warning, info, hint), not "eror"\n',
    );
  });

  it('names a wrong top-level value on its line', async () => {
    expect(await errorFor('.plain-ig.yml', 'nation: england\n\naudience: everyone\n')).toBe(
      'plain-ig: .plain-ig.yml:3: audience: audience must be "staff", "public" or "auto", not "everyone"\n',
    );
  });
});
