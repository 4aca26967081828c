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

/** One shape of wording the trust check flags (a vague owner, or a decision nobody makes). */
export interface TrustEntry {
  id: string;
  /** `vague-owner`: "the appropriate person"; `no-actor`: "approval must be sought". */
  form: 'vague-owner' | 'no-actor';
  /** Patterns in the risk pattern language (see core/pattern.ts). */
  patterns: string[];
  /** Only flag when the sentence also has one of these (pattern-language alternatives, plain phrases). */
  needs?: string[];
  /** Never flag when the sentence has one of these. */
  context?: string[];
  /** What to write instead, as advice. */
  suggestion: string;
  reason: string;
  severity?: Severity;
  examples?: { hit?: string[]; miss?: string[] };
}

/** The trust dictionary. */
export interface TrustDictionary {
  check: 'trust';
  macros?: Record<string, string[]>;
  /** Named people, roles and teams: any of them in the sentence (outside the match) lifts a finding. */
  actors: string[];
  entries: TrustEntry[];
}

/** Signals that one sentence satisfies (part of) a leadership element. */
export interface LeadershipSignal {
  /** Patterns in the risk pattern language; any one matching the sentence is the signal. */
  patterns: string[];
}

/** One thing a staff policy or a public notice should say. */
export interface LeadershipElement {
  id: string;
  /** `staff`: looked for in a staff policy; `public`: in a public notice. */
  audience: Audience;
  /** A short name for the checklist ("Staff who share in good faith are supported"). */
  title: string;
  /** Patterns: a sentence matching any of them satisfies the element on its own. */
  patterns: string[];
  /** Signal groups: one sentence with every signal of a group satisfies the element. */
  together?: string[][];
  /** Signal groups satisfied within one section, within three blocks (a role, then its email address). */
  nearby?: string[][];
  /** A sentence with one of these phrases never counts towards the element ("only share"). */
  except?: string[];
  /** Section headings (words in them) under which the element is satisfied by `sectionNeeds` alone. */
  headings?: string[];
  /** Signals a section under one of `headings` must contain. */
  sectionNeeds?: string[];
  /** The finding's message when missing. */
  message: string;
  /** The library summary, after "N of M policies" ("never say staff who share in good faith will be supported"). */
  summary: string;
  reason: string;
  evidence?: string[];
  /** The suggested paragraph, written by us. */
  paragraph: string;
  /** Headings (words in them) after whose section the paragraph fits best; else the end of the document. */
  placeAfter?: string[];
  examples?: { hit?: string[]; miss?: string[] };
}

/** The leadership dictionary. */
export interface LeadershipDictionary {
  check: 'leadership';
  macros?: Record<string, string[]>;
  evidence?: Record<string, EvidenceEntry>;
  /** Named signals, used by `together` and `sectionNeeds`. */
  signals: Record<string, LeadershipSignal>;
  /** Cues that a document is a public notice or a staff policy (patterns), and topic words that make it an IG document. */
  kinds: { public: string[]; staff: string[]; topic: string[] };
  /** The elements (an extra dictionary's element with the same id replaces the bundled one). */
  entries: LeadershipElement[];
}

/** Every dictionary, as loaded. */
export interface Dictionaries {
  jargon: { check: 'jargon'; entries: JargonEntry[] };
  risk: RiskDictionary;
  'plain-words': { check: 'plain-words'; entries: PlainWordsEntry[] };
  acronym: AcronymDictionary;
  outdated: { check: 'outdated'; entries: OutdatedEntry[] };
  trust: TrustDictionary;
  leadership: LeadershipDictionary;
}
