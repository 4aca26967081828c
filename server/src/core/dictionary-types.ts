/**
 * The shapes of the dictionaries in `dictionaries/`. The JSON schemas in
 * `dictionaries/schema/` are the source of truth; these types mirror them.
 */
import type { Audience, Nation, Severity } from './types.ts';

/** One IT jargon term. */
export interface JargonEntry {
  id: string;
  category?: string;
  phrases: string[];
  action: 'replace' | 'explain';
  alternatives?: string[];
  gloss?: string;
  reason: string;
  /** Only flag when one of these words is in the same sentence. */
  context?: string[];
  caseSensitive?: boolean;
  severity?: Severity;
  audience?: Audience;
}

/** A piece of evidence risk findings cite. */
export interface EvidenceEntry {
  title: string;
  text: string;
  url: string;
  nations?: Nation[];
}

/** One risk-averse wording pattern family. */
export interface RiskEntry {
  id: string;
  kind?: 'wording' | 'threat' | 'promise';
  /** The shape this wording takes (see {@link RiskForm}); `other` when absent. */
  form?: RiskForm;
  patterns: string[];
  reframe: string;
  reason: string;
  evidence?: string[];
  context?: string[];
  balancedBy?: string[];
  severity?: Severity;
  audience?: Audience;
  examples?: { hit?: string[]; miss?: string[] };
}

/** The shapes a risk-averse statement takes. */
export const RISK_FORMS = ['consent-gate', 'absolute', 'threat', 'internal-risk', 'approval-gate', 'law-restricts', 'need-to-know', 'if-in-doubt', 'other'] as const;

/** One of {@link RISK_FORMS}. */
export type RiskForm = (typeof RISK_FORMS)[number];

/** Names of the shape matcher's vocabularies (each a list of lemmas in `dictionaries/risk.yml`). */
export type RiskVocabName =
  | 'negation' | 'filler' | 'blanket' | 'only' | 'prohibited' | 'share' | 'shareWeak' | 'shareNoun' | 'info'
  | 'consent' | 'approval' | 'approver' | 'gate' | 'requirement' | 'modal' | 'absolute' | 'confidential'
  | 'scope' | 'sanction' | 'breach' | 'mitigation' | 'law' | 'lawBarrier' | 'needToKnow' | 'doubt' | 'keep' | 'internal'
  | 'careRecipient' | 'wrongful' | 'accessRole' | 'riskFrame' | 'proportionate';

/** Names of the contexts that lift a shape finding. */
export type RiskLiftName = 'care' | 'permissive' | 'beyondCare' | 'giverBefore' | 'arrangement' | 'reported';

/** Vocabularies and lifting contexts for the shape matcher. */
export interface RiskShape {
  /** Vocabularies whose lemmas are expanded to every inflection when compiled. */
  inflect?: RiskVocabName[];
  vocab: Partial<Record<RiskVocabName, string[]>>;
  lift: Partial<Record<RiskLiftName, string[]>>;
}

/** Wording written for a staff policy and for a public notice. */
export interface AudienceText {
  staff: string;
  public: string;
}

/** Message, reframe and reason for one form. `{quote}` in a message is the matched wording. */
export interface RiskFormText {
  title: string;
  message: AudienceText;
  reframe: AudienceText;
  reason: string;
  evidence?: string[];
}

/** The risk dictionary as a whole. */
export interface RiskDictionary {
  check: 'risk';
  macros?: Record<string, string[]>;
  evidence?: Record<string, EvidenceEntry>;
  traps?: { credentials?: string[]; legalRestrictions?: string[]; support?: string[]; statutory?: string[] };
  shape?: RiskShape;
  forms?: Partial<Record<RiskForm, RiskFormText>>;
  entries: RiskEntry[];
}

/** One acronym and its expansions. */
export interface AcronymEntry {
  id: string;
  acronym: string;
  expansions: string[];
  note?: string;
}

/** The acronym dictionary. */
export interface AcronymDictionary {
  check: 'acronym';
  wellKnown?: string[];
  entries: AcronymEntry[];
}

/** One outdated name. */
export interface OutdatedEntry {
  id: string;
  phrases: string[];
  caseSensitive?: boolean;
  current: string[];
  changed: string;
  reason: string;
  notPrecededBy?: string[];
  notFollowedBy?: string[];
  severity?: Severity;
}

/** How Plain IG adjusts one retext-simplify phrase. */
export interface PlainWordsEntry {
  id: string;
  phrase: string;
  action: 'off' | 'alternatives' | 'quiet';
  alternatives?: string[];
  reason: string;
}

/** Every dictionary, as loaded. */
export interface Dictionaries {
  jargon: { check: 'jargon'; entries: JargonEntry[] };
  risk: RiskDictionary;
  'plain-words': { check: 'plain-words'; entries: PlainWordsEntry[] };
  acronym: AcronymDictionary;
  outdated: { check: 'outdated'; entries: OutdatedEntry[] };
}
