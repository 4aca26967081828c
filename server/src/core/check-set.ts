/**
 * The checks a run uses, indexed once: by id, in overlap priority order, and
 * which of them span a sentence. The core is given its checks (it never
 * imports them), so a test can run it with a check of its own.
 */
import type { Check } from './check-api.ts';
import type { CheckId } from './types.ts';

/** Checks indexed for a run. */
export interface CheckSet {
  /** Each check by id. */
  byId: ReadonlyMap<CheckId, Check>;
  /** Ids in overlap priority order: earlier checks win when two flag the same words. */
  priority: readonly CheckId[];
  /** Checks whose findings span a sentence or a heading and never hide, or are hidden by, word-level findings. */
  spans: ReadonlySet<CheckId>;
  /** Checks whose findings belong to the whole document (see `Check.documentLevel`). */
  documentLevel: ReadonlySet<CheckId>;
}

const indexed = new WeakMap<readonly Check[], CheckSet>();

/**
 * Indexes a list of checks (cached per list, so pass the same array each time).
 * @throws Error when two checks share an id
 */
export function checkSet(checks: readonly Check[]): CheckSet {
  const known = indexed.get(checks);
  if (known) return known;
  const sorted = [...checks].sort((a, b) => a.priority - b.priority);
  const byId = new Map<CheckId, Check>();
  for (const check of sorted) {
    if (byId.has(check.id)) throw new Error(`two checks have the id "${check.id}"`);
    byId.set(check.id, check);
  }
  const set: CheckSet = {
    byId,
    priority: sorted.map((check) => check.id),
    spans: idsWhere(sorted, (check) => check.span),
    documentLevel: idsWhere(sorted, (check) => check.documentLevel),
  };
  indexed.set(checks, set);
  return set;
}

function idsWhere(checks: readonly Check[], test: (check: Check) => boolean | undefined): Set<CheckId> {
  return new Set(checks.filter(test).map((check) => check.id));
}
