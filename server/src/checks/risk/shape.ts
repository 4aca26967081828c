/**
 * The risk check's shape matcher. A risk-averse statement is recognised by its
 * parts, each of which comes in many words: a restriction on a sharing act
 * ("must not be disclosed", "will only be shared"), joined to a gate
 * ("without consent", "unless approved"), an absolute ("in the strictest
 * confidence"), a sanction ("may lead to dismissal") or the law named as the
 * barrier. Every vocabulary is data (`shape` in `dictionaries/risk.yml`),
 * expanded to every inflection when compiled; the rules that join the parts
 * live here. A sentence is examined only when one of its words can start a
 * part (a Set lookup per word), so sentences about other things cost little.
 */
import type { RiskDictionary, RiskForm, RiskLiftName, RiskShape, RiskVocabName } from '../../core/dictionary-types.ts';
import { phraseTokens, type Token } from '../../core/words.ts';
import { DictionaryError } from '../../core/dictionaries.ts';
import { surfaceForms } from '../../core/morphology.ts';

/** A category a phrase can belong to: a vocabulary, or a lifting context. */
type Category = RiskVocabName | `lift:${RiskLiftName}`;

/** One phrase occurrence in a sentence: token indexes `[i, j)`. */
interface Hit {
  cat: Category;
  i: number;
  j: number;
}

/** The compiled shape vocabularies: phrases indexed by their first word. */
export interface CompiledShape {
  byFirst: Map<string, Array<{ cat: Category; words: string[] }>>;
  /** Single-word fillers allowed between a negation and its verb. */
  filler: Set<string>;
  /**
   * The phrases of the parts without which no form matches (see TRIGGERS), by
   * their first word: a sentence with none of them (and no "no") is passed over
   * before anything is built for it.
   */
  triggers: Map<string, string[][]>;
  /** The `giverBefore` lift words, lower case. */
  giverBefore: Set<string>;
}

/** What the shape matcher found in one sentence. */
export interface ShapeMatch {
  form: RiskForm;
  /** Token indexes of the cue to quote in the message, `[from, to)`. */
  from: number;
  to: number;
}

const VOCAB_NAMES: readonly RiskVocabName[] = [
  'negation', 'filler', 'blanket', 'only', 'prohibited', 'share', 'shareWeak', 'shareNoun', 'info', 'consent',
  'approval', 'approver', 'gate', 'requirement', 'modal', 'absolute', 'confidential', 'scope', 'sanction',
  'breach', 'mitigation', 'law', 'lawBarrier', 'needToKnow', 'doubt', 'keep', 'internal', 'careRecipient', 'wrongful',
  'accessRole', 'riskFrame', 'proportionate',
];
const LIFT_NAMES: readonly RiskLiftName[] = ['care', 'permissive', 'beyondCare', 'giverBefore', 'arrangement', 'reported'];

const compiledShapes = new WeakMap<object, CompiledShape>();

/**
 * Compiles the dictionary's `shape` once: every lemma of an `inflect`
 * vocabulary is expanded to all its forms, and every phrase is indexed by
 * its first normalised word. Undefined when the dictionary has no shape.
 */
export function compileShape(dictionary: RiskDictionary): CompiledShape | undefined {
  const shape: RiskShape | undefined = dictionary.shape;
  if (!shape) return undefined;
  const cached = compiledShapes.get(shape);
  if (cached) return cached;
  const byFirst = new Map<string, Array<{ cat: Category; words: string[] }>>();
  const inflect = new Set(shape.inflect ?? []);
  const add = (cat: Category, phrase: string): void => {
    const words = phraseTokens(phrase);
    if (words.length === 0) return;
    const list = byFirst.get(words[0]!) ?? [];
    if (!list.some((x) => x.cat === cat && x.words.join(' ') === words.join(' '))) list.push({ cat, words });
    byFirst.set(words[0]!, list);
  };
  for (const name of VOCAB_NAMES) {
    if (name === 'filler') continue; // read as a set of words, never scanned
    for (const lemma of shape.vocab[name] ?? []) {
      const forms = inflect.has(name) ? inflected(lemma) : [lemma];
      for (const form of forms) add(name, form);
    }
  }
  for (const name of LIFT_NAMES) {
    if (name === 'giverBefore') continue; // read as a set of words, never scanned
    for (const phrase of shape.lift[name] ?? []) add(`lift:${name}`, phrase);
  }
  const filler = new Set((shape.vocab.filler ?? []).map(phraseTokens).filter((w) => w.length === 1).map((w) => w[0]!));
  const triggers = new Map<string, string[][]>();
  for (const [word, list] of byFirst) {
    const phrases = list.filter((x) => TRIGGERS.has(x.cat)).map((x) => x.words);
    if (phrases.length > 0) triggers.set(word, phrases);
  }
  const giverBefore = new Set((shape.lift.giverBefore ?? []).map((w) => w.toLowerCase()));
  const result = { byFirst, filler, triggers, giverBefore };
  compiledShapes.set(shape, result);
  return result;
}

/**
 * Every form of a lemma, from the word-form library. If the library cannot be
 * loaded, the risk dictionary cannot be compiled: that is a dictionary error
 * (one clear line and exit 2 in the CLI, one diagnostic in the editor), not a crash.
 */
function inflected(lemma: string): string[] {
  try {
    return surfaceForms(lemma);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DictionaryError('risk dictionary', undefined, `cannot expand "${lemma}" to its word forms: the word-form library (compromise) failed to load (${reason})`);
  }
}

/** Every vocabulary phrase in the sentence (longest first at each place is not needed: all are kept). */
function scan(c: CompiledShape, tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = c.byFirst.get(tokens[i]!.norm);
    if (!candidates) continue;
    outer: for (const { cat, words } of candidates) {
      if (i + words.length > tokens.length) continue;
      for (let k = 1; k < words.length; k++) if (tokens[i + k]!.norm !== words[k]) continue outer;
      hits.push({ cat, i, j: i + words.length });
    }
  }
  return hits;
}

/** The parts without which no form can match (the cheap test before any clause is built). */
const TRIGGERS = new Set<Category>([
  'negation', 'blanket', 'only', 'prohibited', 'consent', 'approval', 'approver', 'sanction', 'absolute', 'needToKnow', 'keep', 'riskFrame', 'lawBarrier',
]);

/** Categories that give way to a longer phrase of another kind covering them. */
const YIELDING = new Set<Category>(['sanction', 'modal', 'requirement']);

/**
 * Drops a hit inside a longer phrase of another kind: "disciplinary" in
 * "multi-disciplinary team", the modal "need to" in "need to know".
 */
function dropCovered(hits: Hit[]): Hit[] {
  return hits.filter((h) => !YIELDING.has(h.cat) || !hits.some((o) => o.cat !== h.cat && o.i <= h.i && o.j >= h.j && o.j - o.i > h.j - h.i));
}

/**
 * True when the sentence permits sharing or denies a barrier ("the law does not
 * prevent sharing", "it is a myth that…"), which lifts any risk finding in it,
 * an entry's as well as a shape's.
 */
export function permitsSharing(c: CompiledShape, tokens: readonly Token[]): boolean {
  return scan(c, tokens).some((h) => h.cat === 'lift:permissive');
}

/**
 * The test before any work: true when the sentence has a restriction, a
 * precondition, a sanction or an absolute (a phrase of a TRIGGERS category),
 * or the word "no" ("no written information … should be shared", see
 * Clause.blanketAct). One Map lookup per word, nothing allocated.
 */
function mayHaveShape(c: CompiledShape, tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    if (norm === 'no') return true;
    const phrases = c.triggers.get(norm);
    if (phrases === undefined) continue;
    outer: for (const words of phrases) {
      if (i + words.length > tokens.length) continue;
      for (let k = 1; k < words.length; k++) if (tokens[i + k]!.norm !== words[k]) continue outer;
      return true;
    }
  }
  return false;
}

const CLAUSE_PUNCT = /[;:–—]/;
const CLAUSE_OPENERS = new Set(['but', 'however', 'whereas', 'although', 'though', 'whilst', 'while', 'so']);

/** Clause number of each token: clauses break at ; : and dashes, and at a comma before "but", "whereas", "although"… */
function clauses(text: string, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  let clause = 0;
  for (let i = 0; i < tokens.length; i++) {
    const sep = tokens[i]!.sep;
    if (i > 0 && (sep === 'punct' || sep === 'break')) {
      const between = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
      if (CLAUSE_PUNCT.test(between) || (between.includes(',') && CLAUSE_OPENERS.has(tokens[i]!.norm))) clause++;
    }
    out.push(clause);
  }
  return out;
}

/** Verbs that make "no information … will be shared" a statement about sharing, not "we have no information on transfers". */
const AUXILIARIES = new Set(['will', 'shall', 'must', 'should', 'can', 'may', 'could', 'would', 'is', 'are', 'be', 'been', 'being', 'was', 'were', 'has', 'have']);
/** Determiners between a verb and its object: "give your permission", "have the consent". */
const DETERMINERS = new Set(['a', 'an', 'the', 'your', 'their', 'his', 'her', 'its', 'our', 'my', 'prior', 'written', 'express', 'explicit']);
/** Words that do not count towards the distance between a consent and the verb that requires it: "consent will need to be given". */
const LINKING = new Set([...AUXILIARIES, 'to', 'need', 'needs', 'always', 'first', 'also', 'still', 'then', 'usually', 'normally', 'generally']);
/** Obligations that permit a share as much as a modal does: "we are obliged to share … without consent". */
const OBLIGING = new Set(['must', 'obliged', 'required', 'duty', 'bound']);
/** Quantifiers that make an approval cover every share: "must sign off every disclosure". */
const EVERY = new Set(['every', 'each', 'all', 'any']);
/** A promise not to share is an absolute: "our promise not to share", "we guarantee never to disclose". */
const PROMISES = new Set(['promise', 'promises', 'promised', 'guarantee', 'guarantees', 'guaranteed', 'pledge', 'pledges', 'commitment', 'undertaking', 'undertake', 'undertakes', 'assure', 'assures']);
/** Verbs of looking at a record, not passing it on: a need-to-know limit on access is access control. */
const ACCESS_VERBS = new Set(['access', 'accesses', 'accessed', 'accessing', 'view', 'viewed', 'see', 'seen']);
/** Words that make the law a demand, not a permission: "except where the law requires it". */
const DEMANDS = new Set(['requires', 'require', 'required', 'demands', 'demand', 'orders', 'compels']);
/** Requirement verbs that need no modal: "sharing requires the approval of…". */
const REQUIRES = new Set(['requires', 'require']);
/** Requests from outside, whose handling by a named role is not a gate on routine care. */
const REQUESTS = new Set(['request', 'requests', 'requested', 'enquiry', 'enquiries', 'application', 'applications']);
/** Gate words that put a named role before the share: "to the manager before anything is shared". */
const UNTIL = new Set(['before', 'until', 'prior']);
/** Words that deny an absolute before it: "few circumstances where absolute confidentiality…", "no complete confidentiality". */
const DENYING = new Set(['few', 'rarely', 'seldom', 'no', 'cannot']);
/** The word before "to" in a negation of ability: "unable to", "not able to". */
const INABILITY = new Set(['unable', 'able']);
/** Verbs after a negated sanction that still threaten: "misconduct will not be tolerated". */
const THREATENING = new Set(['tolerated', 'tolerate', 'accepted', 'accept', 'condoned', 'condone', 'permitted', 'allowed', 'ignored', 'overlooked']);

/** Prepositions that put sharing inside a group: "within", "between", "across". */
const INSIDE = new Set(['within', 'between', 'across', 'among', 'amongst', 'inside']);
/** Nouns that turn a care phrase into the name of a record: "your care records", "care home". */
const RECORD_HEADS = new Set(['record', 'records', 'notes', 'file', 'files', 'home', 'homes']);
/** Modals that make advice a requirement rather than a recommendation. */
const MANDATORY = new Set(['must', 'always', 'shall', 'required', 'has', 'have', 'needs', 'need', 'is', 'are']);
/** Forms of "break" that say confidentiality itself is broken: "can be broken without consent". */
const BREAKING = new Set(['break', 'broken', 'breach', 'breached', 'breaking']);
/** Modals that permit: "may be shared without consent" allows sharing. */
const PERMITTING = new Set(['may', 'can', 'could']);

/** Words before a recipient that mean "everyone except": "other than the care team" keeps the care team in. */
const EXCEPTING = new Set(['than', 'except', 'excluding', 'apart', 'but', 'besides']);
/** Conditions that gate only when "only" comes before them: "only appropriate … if consent has been given". */
const CONDITIONAL = new Set(['if', 'when', 'where', 'once']);
/** Gate words that need a restriction in the clause ("not … without consent"); the others gate by themselves. */
const NEEDS_RESTRICTION = new Set(['without', 'unless', 'in', 'until', 'except', 'other', 'before', 'prior']);

/** A view of one clause's hits, with the questions the form rules ask. */
class Clause {
  constructor(
    readonly hits: Hit[],
    readonly tokens: readonly Token[],
    readonly filler: ReadonlySet<string>,
  ) {}

  private readonly byCat = new Map<Category, Hit[]>();
  private actList: Hit[] | undefined;
  private nounList: Hit[] | undefined;
  /** The clause's negation, once asked (null: none). */
  private negated: { act: Hit; by: Hit } | null | undefined;

  all(cat: Category): Hit[] {
    let list = this.byCat.get(cat);
    if (!list) this.byCat.set(cat, (list = this.hits.filter((h) => h.cat === cat)));
    return list;
  }

  has(cat: Category): boolean {
    return this.all(cat).length > 0;
  }

  /** Sharing acts: strong verbs and nouns always; weak verbs ("give", "provide") only when information or a person is named. */
  acts(): Hit[] {
    return (this.actList ??= this.findActs());
  }

  private findActs(): Hit[] {
    const strong = this.hits.filter((h) => h.cat === 'share' || h.cat === 'shareNoun');
    if (!this.has('info')) return strong;
    const nouns = this.gateNouns();
    // "give permission" and "consent … be given" are consents, not shares
    const passive = (h: Hit): boolean => h.i > 0 && AUXILIARIES.has(this.tokens[h.i - 1]!.norm);
    // the consent is the verb's object when it follows at once or after a determiner ("give your permission"), not after "unless"
    const object = (h: Hit, n: Hit): boolean => n.i === h.j || (n.i === h.j + 1 && DETERMINERS.has(this.tokens[h.j]!.norm));
    const weak = this.all('shareWeak').filter((h) => !nouns.some((n) => object(h, n) || (h.i >= n.j && (h.i === n.j || (passive(h) && h.i - n.j <= 3)))));
    return [...strong, ...weak].sort((a, b) => a.i - b.i);
  }

  /** Consents and approvals that can gate sharing; "authorised staff" names a role (access control), not a gate. */
  gateNouns(): Hit[] {
    return (this.nounList ??= this.findGateNouns());
  }

  private findGateNouns(): Hit[] {
    const roles = this.all('accessRole');
    return this.hits.filter((h) => (h.cat === 'consent' || h.cat === 'approval') && !(h.cat === 'approval' && roles.some((r) => r.i === h.j)));
  }

  /** The words in `[from, to)` that are not auxiliaries or other linking words: "consent will need to be given" is near. */
  distance(from: number, to: number): number {
    let n = 0;
    for (let k = from; k < to; k++) if (!LINKING.has(this.tokens[k]!.norm) && !this.filler.has(this.tokens[k]!.norm)) n++;
    return n;
  }

  /** Tokens `[from, to)` are all fillers ("must not ever be"). */
  fillersOnly(from: number, to: number): boolean {
    if (to - from > 4) return false;
    for (let k = from; k < to; k++) if (!this.filler.has(this.tokens[k]!.norm)) return false;
    return true;
  }

  /** A sharing act governed by a negation: "must not be disclosed", "never divulge", "under a duty not to pass it on". */
  negatedAct(): Hit | undefined {
    return this.negation()?.act;
  }

  /** The negated sharing act and the negation that governs it. */
  negation(): { act: Hit; by: Hit } | undefined {
    if (this.negated === undefined) this.negated = this.findNegation() ?? null;
    return this.negated ?? undefined;
  }

  private findNegation(): { act: Hit; by: Hit } | undefined {
    const negations = this.all('negation');
    const acts = this.acts();
    // "unable to" governs a sharing verb ("unable to give out any information"), not "unable to do so", which says what cannot be done
    const governs = (n: Hit, act: Hit): boolean => n.j <= act.i && this.fillersOnly(n.j, act.i) && !(act.cat === 'shareNoun' && INABILITY.has(this.tokens[n.j - 2]?.norm ?? ''));
    for (const act of acts) {
      const by = negations.find((n) => governs(n, act));
      if (by) return { act, by };
      // "… be divulged or passed to": the second verb shares the first's negation
      const prev = acts.find((a) => a.j === act.i - 1 && ['or', 'and'].includes(this.tokens[a.j]!.norm));
      const byPrev = prev && negations.find((n) => governs(n, prev));
      if (byPrev) return { act, by: byPrev };
    }
    return undefined;
  }

  /** A sharing act that may happen with no negation, limit or gate in the clause: "may be passed to colleagues". */
  freeAct(): Hit | undefined {
    if (this.has('negation') || this.has('only') || this.has('gate') || this.has('needToKnow') || this.gateNouns().length || this.blanketAct()) return undefined;
    const modals = this.all('modal');
    return this.acts().find((a) => modals.some((m) => m.j <= a.i && this.fillersOnly(m.j, a.i)) || this.tokens.slice(Math.max(0, a.i - 3), a.i).some((t) => PERMITTING.has(t.norm)));
  }

  /** "may be shared without consent", "can disclose without their consent": a permission, not a gate. */
  permitsWithoutConsent(): boolean {
    // "no records may be shared without your consent": a negated subject bans what the modal seems to permit
    if (this.negatedAct() || this.blanketAct()) return false;
    // a share, or confidentiality broken ("can be broken without consent"), under a permission or an obligation
    const negations = this.all('negation');
    const breaks = this.all('breach').filter((b) => BREAKING.has(this.tokens[b.i]!.norm) && !negations.some((n) => n.j <= b.i && this.fillersOnly(n.j, b.i)));
    for (const act of [...this.acts(), ...breaks]) {
      const modal = this.tokens.slice(Math.max(0, act.i - 4), act.i).findIndex((t) => PERMITTING.has(t.norm) || OBLIGING.has(t.norm));
      if (modal < 0) continue;
      const after = this.tokens.slice(act.j, act.j + 6).map((t) => t.norm);
      const noun = this.gateNouns().find((n) => n.i >= act.j && n.i - act.j <= 6);
      if (!after.includes('without') || !noun) continue;
      // a share permitted without consent; a breach only when the sentence says why ("when someone is at risk"),
      // not "may be breached without consent in the following circumstances", which calls every such share a breach
      if (!breaks.includes(act) || this.tokens.slice(noun.j).some((t) => CONDITIONAL.has(t.norm))) return true;
    }
    return false;
  }

  /** A sharing act limited by "only" or "restricted to": "should only be shared", "shared only", "access is restricted to". */
  onlyAct(): Hit | undefined {
    const only = this.all('only');
    const keep = this.all('keep');
    for (const act of this.acts()) {
      if (only.some((o) => (o.j <= act.i && act.i - o.j <= 3) || (o.i >= act.j && o.i - act.j <= 1))) return act;
      if (keep.some((k) => k.i >= act.j && k.i - act.j <= 6)) return act;
    }
    return undefined;
  }

  /** A blanket ban or negated subject before a sharing act: "under no circumstances … shared", "no information … will be passed". */
  blanketAct(): Hit | undefined {
    const blankets = this.all('blanket');
    const acts = this.acts();
    for (const b of blankets) {
      // "no disclosure may take place": the ban names the act itself
      const named = acts.find((a) => a.i > b.i && a.j <= b.j);
      if (named) return named;
      // "no information … will be shared" (a negated subject needs a verb), "under no circumstances … shared"
      const first = this.tokens[b.i]!.norm;
      const person = first === 'nobody' || (first === 'no' && this.tokens[b.i + 1]!.norm === 'one');
      const subject = (first === 'no' || first === 'nothing' || first === 'none') && !person;
      const act = acts.find(
        (a) =>
          a.i >= b.j &&
          (!subject || this.tokens.slice(b.j, a.i).some((t) => AUXILIARIES.has(t.norm))) &&
          // "no one should share" (the act follows at once), not "nobody can tell who it is about"
          (!person || this.tokens.slice(b.j, a.i).every((t) => AUXILIARIES.has(t.norm) || this.filler.has(t.norm))),
      );
      if (act) return act;
    }
    // "no written information … should be shared": "no" before the information named, then a verb
    const infos = this.all('info');
    for (let k = 0; k < this.tokens.length; k++) {
      if (this.tokens[k]!.norm !== 'no' || this.tokens[k + 1]?.norm === 'one') continue;
      const info = infos.find((h) => h.i > k && h.i - k <= 3);
      const act = info && acts.find((a) => a.i > info.j && this.tokens.slice(info.j, a.i).some((t) => AUXILIARIES.has(t.norm)));
      if (act) return act;
    }
    const prohibited = this.all('prohibited');
    if (prohibited.length && acts.length) return acts[0];
    return undefined;
  }

  /**
   * The consent or approval that gates a share: "without the consent", "provided consent", "only if consent".
   * @param restricted a sharing act in the clause is negated or limited
   * @param guarded the clause restricts sharing or speaks of confidentiality or breach (enough for "without" and "unless")
   */
  gate(restricted: boolean, guarded: boolean): Hit | undefined {
    const gates = this.all('gate');
    const only = this.all('only');
    for (const noun of this.gateNouns()) {
      for (const g of gates) {
        if (g.j > noun.i || noun.i - g.j > 6) continue;
        const word = this.tokens[g.i]!.norm;
        if (NEEDS_RESTRICTION.has(word) && !guarded) continue;
        return noun;
      }
      if (only.length) {
        for (let k = Math.max(0, noun.i - 5); k < noun.i; k++) {
          if (CONDITIONAL.has(this.tokens[k]!.norm) && only.some((o) => o.i < k)) return noun;
        }
        // "access is restricted to those who have given permission"
        if (restricted && only.some((o) => o.i < noun.i && noun.i - o.j <= 8)) return noun;
      }
    }
    return undefined;
  }

  /**
   * A consent or approval made a requirement: a requirement verb next to the
   * noun ("obtain consent", "permission given"), after a modal ("must have
   * consent", "consent should be obtained", "will ask you to sign a form").
   */
  required(): Hit | undefined {
    const modals = this.all('modal');
    const verbs = this.all('requirement');
    const acts = this.acts();
    // "disclosure of any information requires the prior approval of the manager": "requires" is its own modal
    const negations = this.all('negation');
    for (const v of verbs) {
      if (!REQUIRES.has(this.tokens[v.i]!.norm) || negations.some((n) => n.j <= v.i && this.fillersOnly(n.j, v.i))) continue;
      const noun = this.gateNouns().find((n) => n.i >= v.j && this.distance(v.j, n.i) <= 2);
      if (noun && acts.some((a) => a.j <= v.i)) return noun;
    }
    if (!modals.length) return undefined;
    // "every disclosure must first be authorised by…": an approval made a requirement by the modal before it
    for (const noun of this.gateNouns()) {
      if (noun.cat !== 'approval') continue;
      const before = this.tokens.slice(Math.max(0, noun.i - 4), noun.i);
      if (before.some((t) => t.norm === 'be') && modals.some((m) => m.j <= noun.i && noun.i - m.j <= 3)) return noun;
    }
    // "the manager must sign off every disclosure": an approval verb after a modal, over every share
    for (const noun of this.gateNouns()) {
      if (noun.cat !== 'approval' || !modals.some((m) => m.j <= noun.i && this.fillersOnly(m.j, noun.i))) continue;
      const every = this.tokens.slice(noun.j, noun.j + 2).findIndex((t) => EVERY.has(t.norm));
      if (every >= 0 && acts.some((a) => a.i > noun.j + every && a.i - (noun.j + every) <= 3)) return noun;
    }
    for (const noun of this.gateNouns()) {
      // "consent to share records must be obtained": the consent's own complement does not part it from its verb
      const next = this.tokens[noun.j]?.norm;
      const complement = next === 'to' || next === 'for' ? acts.find((a) => a.i > noun.j && a.i - noun.j <= 2) : undefined;
      // its predicate is the first modal after the complement, with no verb of its own between ("consent to share a
      // person's records with another team must be obtained", not "consent to share records is implied, and staff must…")
      const predicate = complement && modals.find((m) => m.i >= complement.j && m.i - complement.j <= 8);
      const own = predicate && !this.tokens.slice(complement.j, predicate.i).some((t) => AUXILIARIES.has(t.norm));
      const from = own ? predicate.j : noun.j;
      for (const v of verbs) {
        const near = (v.j <= noun.i && noun.i - v.j <= 3) || (v.i >= noun.j && this.distance(from, v.i) <= 3);
        if (!near || v.i === noun.i) continue;
        if (modals.some((m) => m.i < v.i && m.i >= Math.min(v.i, noun.i) - 10)) return noun;
        // "we will ask you … so that we have your permission to share": a consent (not an authority) for a share, under a modal
        const forShare = (next === 'to' || next === 'for') && acts.some((a) => a.i > noun.j && a.i - noun.j <= 4);
        if (forShare && noun.cat === 'consent' && modals.some((m) => m.i < noun.i)) return noun;
      }
    }
    return undefined;
  }
}

/** The first hit of `cat` in `hits`, or undefined. */
const firstOf = (hits: readonly Hit[], cat: Category): Hit | undefined => hits.find((h) => h.cat === cat);

/**
 * True when a care-lifting context really keeps care open. It does not when it
 * is the very recipient a negated share shuts out: "must not divulge it to
 * direct care staff without consent".
 */
function careKeepsOpen(care: Hit, tokens: readonly Token[], negated: Hit | undefined): boolean {
  const before = tokens.slice(Math.max(0, care.i - 3), care.i).map((t) => t.norm);
  // "outside the care team" shuts care out; "information about your care" names a topic, not a purpose
  if (before.includes('outside') || before.at(-1) === 'about') return false;
  if (!negated || care.i < negated.j) return true;
  if (before.some((w) => EXCEPTING.has(w))) return true;
  return !(before.includes('to') || before.includes('with'));
}

/**
 * True when a beyond-care word names a recipient ("share with relatives"),
 * not whoever gives consent ("the consent of the resident or their family").
 */
function isRecipient(beyond: Hit, hits: readonly Hit[], tokens: readonly Token[], giverBefore: ReadonlySet<string>): boolean {
  // "once the family has given consent": the word is the one who consents
  if (hits.some((h) => h.cat === 'requirement' && h.i >= beyond.j && h.i - beyond.j <= 2)) return false;
  // the nearest marker before the word decides: "with relatives" (recipient), "their relatives", "about relatives"
  for (let k = beyond.i - 1; k >= Math.max(0, beyond.i - 6); k--) {
    const word = tokens[k]!.norm;
    if (word === 'to' || word === 'with') return true;
    if (!giverBefore.has(word)) continue;
    if (!['of', 'from', 'by'].includes(word)) return false;
    // "the consent of the resident or their family", "a confidence placed in you by a relative"
    const giver = hits.some((h) => (h.cat === 'consent' || h.cat === 'approval' || h.cat === 'confidential') && h.j <= k && k - h.j <= 3);
    return !giver;
  }
  return true;
}

/**
 * Finds a risk-averse shape in one sentence, or undefined.
 * @param text the document text (to find clause punctuation between tokens)
 */
export function findShape(c: CompiledShape, text: string, tokens: readonly Token[]): ShapeMatch | undefined {
  // Every form needs a restriction, a precondition, a sanction or an absolute: most sentences have none.
  if (!mayHaveShape(c, tokens)) return undefined;
  const hits = dropCovered(scan(c, tokens));
  // Sentence-wide lifts: wording that permits sharing or denies a barrier.
  if (hits.some((h) => h.cat === 'lift:permissive')) return undefined;
  // "the Caldicott principles say that…" quotes guidance; a reported sanction ("the contract states that a breach will end
  // your employment") still threatens the reader
  const reported = hits.some((h) => h.cat === 'lift:reported');
  const clauseOf = clauses(text, tokens);
  const { giverBefore } = c;
  const careRecipients = hits.filter((h) => h.cat === 'careRecipient');
  const beyondOnly = (h: Hit): boolean => !careRecipients.some((r) => Math.abs(r.i - h.i) <= 6);
  if (hits.some((h) => h.cat === 'lift:beyondCare' && isRecipient(h, hits, tokens, giverBefore) && beyondOnly(h))) return undefined;
  // "your care records" names records, not care: a care phrase followed by a record noun does not lift
  const careHits = hits.filter((h) => h.cat === 'lift:care' && !RECORD_HEADS.has(tokens[h.j]?.norm ?? ''));
  const byClause = new Map<number, Hit[]>();
  for (const h of hits) {
    const k = clauseOf[h.i]!;
    const list = byClause.get(k) ?? [];
    list.push(h);
    byClause.set(k, list);
  }
  let found: ShapeMatch | undefined;
  const clauseList = [...byClause.values()].map((list) => new Clause(list, tokens, c.filler));
  const matches = clauseList.map((clause) => matchClause(clause, tokens));
  if (!matches.some(Boolean)) return undefined;
  // "may be shared without consent when…": the sentence permits sharing
  if (clauseList.some((clause) => clause.permitsWithoutConsent())) return undefined;
  let freeShare: boolean | undefined;
  for (const [k, clause] of clauseList.entries()) {
    const match = matches[k];
    if (!match || (reported && match.form !== 'threat')) continue;
    // "improper disclosure", "knowingly disclosing", "anyone not entitled to it": the rule is about wrongful sharing (a threat still stands)
    if (match.form !== 'threat' && (clause.has('wrongful') || clause.has('mitigation'))) continue;
    // "confidential to the organisation and may be passed to colleagues": the sentence also lets sharing happen
    if ((match.form === 'internal-risk' || match.form === 'absolute') && (freeShare ??= clauseList.some((other) => Boolean(other.freeAct())))) continue;
    const negated = clause.negatedAct();
    if (careHits.some((care) => careKeepsOpen(care, tokens, negated))) return undefined;
    found ??= match;
  }
  return found;
}

/** The form rules, most specific first, for one clause. */
function matchClause(clause: Clause, tokens: readonly Token[]): ShapeMatch | undefined {
  const at = (form: RiskForm, hit: Hit, end?: Hit): ShapeMatch => ({ form, from: Math.min(hit.i, end?.i ?? hit.i), to: Math.max(hit.j, end?.j ?? hit.j) });
  const acts = clause.acts();
  const negated = clause.negatedAct();
  const onlyAct = clause.onlyAct();
  const blanket = clause.blanketAct();
  const restricted = Boolean(negated ?? onlyAct ?? blanket);
  const confidential = clause.has('confidential');
  const breach = clause.has('breach');

  // if-in-doubt: doubt as the reason not to share
  const doubt = firstOf(clause.hits, 'doubt');
  if (doubt && negated && doubt.i < negated.i) return at('if-in-doubt', doubt, negated);

  // threat: a sanction tied to sharing or breach, not limited to deliberate misuse
  for (const sanction of clause.all('sanction')) {
    const mitigated = [...clause.all('mitigation'), ...clause.all('proportionate')].some((m) => m.i < sanction.i || m.i - sanction.j <= 6);
    const negatedSanction = clause.all('negation').some((n) => (n.j <= sanction.i && sanction.i - n.j <= 2) || deniedAfter(n, sanction, tokens));
    if (mitigated || negatedSanction) continue;
    if (breach || acts.length || confidential) return at('threat', sanction);
  }

  // law-restricts: the law named as the barrier
  const law = firstOf(clause.hits, 'law');
  if (law) {
    // the law doing the blocking: "data protection law restricts…", "the duty of confidence, which requires consent", "because of GDPR"
    // a denied barrier is none: "the law does not require consent"
    const denied = (b: Hit): boolean => clause.all('negation').some((n) => n.j <= b.i && clause.fillersOnly(n.j, b.i));
    const barrier = clause.all('lawBarrier').find((b) => !denied(b) && clause.all('law').some((l) => b.i >= l.i - 3 && b.i - l.j <= 3));
    if (barrier && (acts.length || clause.has('consent'))) return at('law-restricts', law, barrier);
    if (negated && law.i < negated.i) return at('law-restricts', law);
    if (negated && clause.all('negation').some((n) => n.j <= law.i && law.i - n.j <= 2)) return at('law-restricts', law);
  }

  // absolute: a blanket ban, or confidentiality made absolute
  // a blanket ban on the occasion ("under no circumstances", "at no time") is absolute whatever follows
  const blanketWord = firstOf(clause.hits, 'blanket');
  const occasion = blanketWord && !['no', 'nobody', 'nothing', 'none'].includes(tokens[blanketWord.i]!.norm);
  if (blanketWord && blanket && occasion) return at('absolute', blanketWord);
  const absolute = firstOf(clause.hits, 'absolute');
  // "there are few circumstances where absolute confidentiality is offered" denies the absolute
  const deniedAbsolute = absolute && tokens.slice(Math.max(0, absolute.i - 4), absolute.i).some((t) => DENYING.has(t.norm));
  if (absolute && !deniedAbsolute && (acts.length || confidential)) return at('absolute', absolute);

  // consent-gate and approval-gate: consent or approval as the precondition (before "no information … will be shared", which is absolute)
  // "without/unless consent" gates a restriction, or confidentiality or a breach ("confidential unless they give permission")
  const gated = clause.gate(restricted, restricted || confidential || breach) ?? clause.required();
  if (gated && (acts.length || (breach && confidential))) {
    const advice = tokens[gated.i]!.norm === 'advice';
    // "if unsure, you should seek advice" is the good practice; advice is a gate only when it is mandatory ("will always be sought")
    if (advice && !clause.all('modal').some((m) => MANDATORY.has(tokens[m.i]!.norm))) return undefined;
    const approval = gated.cat === 'approval' || clause.has('approver');
    // approval for new or systematic arrangements is good practice, not a gate on care
    if (approval && clause.has('lift:arrangement')) return undefined;
    return at(approval ? 'approval-gate' : 'consent-gate', gated);
  }
  // only a named role may share or receive: "only to the Registered Manager", "only by a qualified person"
  const approver = clause.all('approver').find((h) => onlyAct && h.i > onlyAct.i);
  if (onlyAct && approver) return at('approval-gate', onlyAct, approver);
  // "must not be disclosed except where the law requires it": a ban whose only way out is a legal requirement
  if (negated) {
    const except = clause.all('gate').find((g) => g.i >= negated.j && g.i - negated.j <= 3 && ['except', 'unless'].includes(tokens[g.i]!.norm));
    const law = except && clause.all('law').find((l) => l.i >= except.j && l.i - except.j <= 3);
    const demands = law && tokens.slice(Math.max(except.j, law.i - 2), law.j + 2).some((t) => DEMANDS.has(t.norm));
    if (demands) return at('absolute', negated, law);
  }
  // a named role before every share: "you must speak to your line manager before sharing any records" (a rule, so it
  // needs a modal; "if unsure, speak to your manager before sharing" is advice, and a request from outside is not routine care)
  const request = tokens.some((t) => REQUESTS.has(t.norm));
  if (clause.has('modal') && !request && !clause.has('doubt') && !clause.has('lift:arrangement')) {
    for (const role of clause.all('approver')) {
      const until = clause.all('gate').find((g) => g.i >= role.j && g.i - role.j <= 2 && UNTIL.has(tokens[g.i]!.norm));
      const act = until && acts.find((a) => a.i >= until.j && a.i - until.j <= 4);
      if (act) return at('approval-gate', role, act);
    }
  }
  if (blanketWord && blanket) return at('absolute', blanketWord);
  // sharing without consent framed as a breach: "to divulge it without consent amounts to a breach"
  if (breach && clause.has('consent') && tokens.some((t, k) => t.norm === 'without' && clause.hits.some((h) => h.i === k))) {
    const noun = firstOf(clause.hits, 'consent')!;
    return at('consent-gate', noun);
  }

  // need-to-know as a bare restriction (a modal makes it a rule, not a quoted principle)
  const ntk = firstOf(clause.hits, 'needToKnow');
  // "only those with a legitimate need should access the record" limits looking, not sharing: access control
  const accessOnly = acts.length > 0 && acts.every((a) => ACCESS_VERBS.has(tokens[a.i]!.norm));
  if (ntk && !accessOnly && (clause.has('modal') || onlyAct || negated)) return at('need-to-know', ntk);

  // internal-risk: information kept inside the organisation or one person
  for (const keep of clause.all('keep')) {
    const inside = clause.all('internal').find((h) => h.i >= keep.j && h.i - keep.j <= 4);
    if (inside && (acts.length || confidential || clause.has('info'))) return at('internal-risk', keep, inside);
  }
  // sharing inside the organisation framed as trouble: "complaints are made when information is shared within the team"
  for (const frame of clause.all('riskFrame')) {
    if (['at', 'of'].includes(tokens[frame.i - 1]?.norm ?? '')) continue; // "at risk", "the risk of harm"
    const act = acts.find((a) => a.i > frame.j);
    const inside = act && clause.all('internal').find((h) => h.i > act.j && h.i - act.j <= 4 && INSIDE.has(tokens[h.i - 1]?.norm ?? ''));
    if (inside) return at('internal-risk', frame);
  }
  const barred = negated ?? blanket;
  if (barred) {
    const inside = clause.all('internal').find((h) => h.i > barred.i && ['outside', 'to', 'with', 'of'].some((w) => tokens[h.i - 1]?.norm === w || tokens[h.i]?.norm === w));
    if (inside) return at('internal-risk', barred, inside);
  }

  // absolute: a negated share to everyone ("will not be passed on to third parties"), or "never" with no exception
  if (barred) {
    const scope = clause.all('scope').find((h) => h.i > barred.i);
    if (scope) return at('absolute', barred, scope);
  }
  if (negated) {
    const by = clause.negation()!.by;
    if (tokens[by.i]!.norm === 'never') return at('absolute', by, negated);
    // "our promise not to share", "we guarantee that we will never disclose": a promise with no exception
    const promise = tokens.slice(Math.max(0, by.i - 4), by.i).findIndex((t) => PROMISES.has(t.norm));
    if (promise >= 0) return at('absolute', { cat: 'negation', i: Math.max(0, by.i - 4) + promise, j: by.j }, negated);
  }
  return undefined;
}

/**
 * True when a negation after a sanction denies it: "dismissal will not follow",
 * but not "misconduct will not be tolerated", which still threatens.
 */
function deniedAfter(n: Hit, sanction: Hit, tokens: readonly Token[]): boolean {
  if (n.i < sanction.j || n.i - sanction.j > 2) return false;
  for (let k = sanction.j; k < n.i; k++) if (!AUXILIARIES.has(tokens[k]!.norm)) return false;
  let k = n.j;
  while (k < tokens.length && ['be', 'ever', 'normally', 'usually', 'automatically', 'necessarily'].includes(tokens[k]!.norm)) k++;
  return k < tokens.length && !THREATENING.has(tokens[k]!.norm);
}
