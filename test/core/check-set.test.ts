// The checks a run uses, indexed once (server/src/core/check-set.ts): overlap
// priority, the checks that span a sentence or belong to the whole document, a
// clash of ids, and the index kept per list.
import { describe, expect, it } from 'vitest';
import type { Check } from '../../server/src/core/check-api.ts';
import { checkSet } from '../../server/src/core/check-set.ts';
import type { CheckId } from '../../server/src/core/types.ts';
import { CHECK_LIST } from '../../server/src/checks/registry.ts';

/** A check that finds nothing, with the metadata the index reads. */
const check = (id: string, priority: number, extra: Partial<Check> = {}): Check => ({
  id: id as CheckId,
  title: id,
  titleOne: id,
  description: `${id}.`,
  defaultSeverity: 'info',
  priority,
  report: { explain: id, weight: 1, colour: '#000000', order: 0 },
  collect: () => [],
  ...extra,
});

describe('checkSet', () => {
  it('orders ids by priority, lowest first, whatever the order given', () => {
    const set = checkSet([check('c', 3), check('a', 1), check('b', 2)]);
    expect(set.priority).toEqual(['a', 'b', 'c']);
    expect([...set.byId.keys()]).toEqual(['a', 'b', 'c']);
    expect(set.byId.get('b' as CheckId)!.priority).toBe(2);
  });

  it('lists the checks that span a sentence and those that belong to the whole document, and no others', () => {
    const set = checkSet([check('word', 1), check('sentence', 2, { span: true }), check('whole', 3, { documentLevel: true }), check('off', 4, { span: false, documentLevel: false })]);
    expect([...set.spans]).toEqual(['sentence']);
    expect([...set.documentLevel]).toEqual(['whole']);
  });

  it('refuses two checks with one id, naming it', () => {
    expect(() => checkSet([check('same', 1), check('other', 2), check('same', 3)])).toThrow('two checks have the id "same"');
  });

  it('indexes a list once, and a different list anew', () => {
    const list = [check('a', 1)];
    expect(checkSet(list)).toBe(checkSet(list));
    const other = [check('a', 1), check('b', 0)];
    expect(checkSet(other)).not.toBe(checkSet(list));
    expect(checkSet(other).priority).toEqual(['b', 'a']);
  });

  it('orders the shipped checks by their priority, each id once', () => {
    const set = checkSet(CHECK_LIST);
    const priorities = set.priority.map((id) => set.byId.get(id)!.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
    expect(new Set(set.priority).size).toBe(CHECK_LIST.length);
  });
});
