/**
 * The list of checks. Adding a check: write it in this folder, give it a
 * dictionary in `dictionaries/`, and add it here.
 */
import type { Check } from '../core/check-api.ts';
import type { CheckId } from '../core/types.ts';
import { acronym } from './acronym.ts';
import { jargon } from './jargon.ts';
import { leadership } from './leadership.ts';
import { outdated } from './outdated.ts';
import { plainWords } from './plain-words.ts';
import { risk } from './risk.ts';
import { trust } from './trust.ts';

/** Every check, by id. Earlier checks win when two flag the same words. */
export const CHECKS: Record<CheckId, Check> = {
  risk,
  outdated,
  jargon,
  acronym,
  'plain-words': plainWords,
  trust,
  leadership,
};

/** Checks in priority order (used to drop overlapping findings). */
export const CHECK_PRIORITY: CheckId[] = ['risk', 'leadership', 'trust', 'outdated', 'jargon', 'acronym', 'plain-words'];

/** Checks whose findings span a sentence or a heading and never hide, or are hidden by, word-level findings. */
export const SPAN_CHECKS: ReadonlySet<CheckId> = new Set<CheckId>(['risk', 'leadership']);
