/**
 * The list of checks. Adding a check: write it in this folder (a `Check` with
 * its metadata), give it a dictionary in `dictionaries/`, and add one line here.
 * Everything else (overlap priority, settings, CLI titles, the report's legend,
 * the catalogue headings) is derived from the checks' metadata.
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

/** Every check Plain IG ships, one a line, in the order settings, the catalogue and reports list them. */
const SHIPPED: readonly Check[] = [
  jargon,
  risk,
  plainWords,
  acronym,
  outdated,
  trust,
  leadership,
];

/** The shipped checks' ids, in the order they are listed. */
export const CHECK_IDS: readonly CheckId[] = SHIPPED.map((check) => check.id);

/** Every check Plain IG ships, in overlap priority order (see `Check.priority`). */
export const CHECK_LIST: readonly Check[] = [...SHIPPED].sort((a, b) => a.priority - b.priority);

/** Every check, by id. */
export const CHECKS = Object.fromEntries(CHECK_LIST.map((check) => [check.id, check])) as Record<CheckId, Check>;
