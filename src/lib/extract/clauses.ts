/**
 * Light clause analysis shared by the stance and argument steps: tokens with part of speech,
 * cue-phrase matching on lemmas, quotation spans with their speakers, and — for a cue found in a
 * sentence — the actor who holds it (the clause subject or the quote's speaker, never an actor
 * merely mentioned as an object).
 */
import { sentenceTokens, type ArticleDoc, type Sentence } from './segment.ts';
import type { Topic } from '../schema/topic.ts';
import type { QuoteFinding } from '../schema/data.ts';
import { actorById, findActorMentions } from './actors.ts';
import { foldKeepLength, foldText, wordSet } from '../text/fold.ts';
import { tokenize, type Token } from './tag.ts';

// ---------------------------------------------------------------------------------------------
// Cue phrases

type CueStep = { kind: 'word'; forms: string[] } | { kind: 'gap'; max: number } | { kind: 'not'; forms: string[] };

/** A compiled cue phrase. */
export interface Cue {
  /** The phrase as written in the topic config. */
  phrase: string;
  /** Whether the phrase itself is negative ("not involved"), so a negation check must not cancel it. */
  negative: boolean;
  steps: CueStep[];
}

const GAP_MAX = 3;
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'cannot', 'none']);

/**
 * Compiles a cue phrase. Words match a token's surface form or lemma, so "suspend intelligence"
 * also matches "suspended intelligence". "…" (or "...") skips up to three words within a clause;
 * "!word" requires that the next token is not that word ("declined !to" skips "declined to comment");
 * "a|b|c" matches any one of those words ("criticize … strikes|attacks|operations").
 */
export function compileCue(phrase: string): Cue {
  const steps: CueStep[] = [];
  const parts = phrase.trim().split(/\s+/);
  let words: string[] = [];
  const flush = (): void => {
    if (!words.length) return;
    for (const t of tokenize(words.join(' '))) steps.push({ kind: 'word', forms: [...new Set([t.lower, t.lemma])] });
    words = [];
  };
  for (const p of parts) {
    if (p === '…' || p === '...') {
      flush();
      steps.push({ kind: 'gap', max: GAP_MAX });
    } else if (p.includes('|')) {
      // "strikes|attacks|killings": one word, any of these (each alternative one word).
      flush();
      const forms = p
        .split('|')
        .filter(Boolean)
        .flatMap((alt) => tokenize(alt).flatMap((t) => [t.lower, t.lemma]));
      steps.push({ kind: 'word', forms: [...new Set(forms)] });
    } else if (p.startsWith('!') && p.length > 1) {
      flush();
      const forms = tokenize(p.slice(1)).flatMap((t) => [t.lower, t.lemma]);
      steps.push({ kind: 'not', forms: [...new Set(forms)] });
    } else words.push(p);
  }
  flush();
  const negative = steps.some((s) => s.kind === 'word' && s.forms.some((f) => NEGATORS.has(f)));
  return { phrase, negative, steps };
}

/** A cue found in a sentence. */
export interface CueMatch {
  cue: Cue;
  /** Index of the first token. */
  from: number;
  /** Index after the last token. */
  to: number;
}

// A gap stays within a phrase: it never crosses clause punctuation (it may cross a scare quote).
const GAP_STOP = new Set(['.', ';', ':', '!', '?', ',', '(', ')']);

function matchAt(tokens: readonly Token[], steps: readonly CueStep[], si: number, ti: number): number {
  if (si === steps.length) return ti;
  const step = steps[si]!;
  if (step.kind === 'not') {
    const t = tokens[ti];
    if (t && (step.forms.includes(t.lower) || step.forms.includes(t.lemma))) return -1;
    return matchAt(tokens, steps, si + 1, ti);
  }
  if (step.kind === 'gap') {
    for (let k = 0; k <= step.max; k++) {
      if (k > 0) {
        const skipped = tokens[ti + k - 1];
        if (!skipped || GAP_STOP.has(skipped.lower)) break;
      }
      const end = matchAt(tokens, steps, si + 1, ti + k);
      if (end >= 0) return end;
    }
    return -1;
  }
  const t = tokens[ti];
  if (!t) return -1;
  if (!step.forms.includes(t.lower) && !step.forms.includes(t.lemma)) return -1;
  return matchAt(tokens, steps, si + 1, ti + 1);
}

/** Cue indexes by the words their first step accepts; cues starting otherwise are tried everywhere. */
interface CueIndex {
  byWord: Map<string, number[]>;
  anywhere: number[];
}

const cueIndexes = new WeakMap<ReadonlyArray<{ cue: Cue }>, CueIndex>();

function cueIndex(cues: ReadonlyArray<{ cue: Cue }>): CueIndex {
  let index = cueIndexes.get(cues);
  if (!index) {
    index = { byWord: new Map(), anywhere: [] };
    for (const [c, { cue }] of cues.entries()) {
      const first = cue.steps[0];
      if (!first) continue;
      if (first.kind !== 'word') index.anywhere.push(c);
      else for (const f of new Set(first.forms)) index.byWord.set(f, [...(index.byWord.get(f) ?? []), c]);
    }
    cueIndexes.set(cues, index);
  }
  return index;
}

/** Finds every match of the cues in the tokens; where matches overlap, the longer one is kept. */
export function findCues<K>(
  tokens: readonly Token[],
  cues: ReadonlyArray<{ key: K; cue: Cue }>,
): Array<CueMatch & { key: K }> {
  // Hundreds of cues against every token is most of the stance step's time; a cue whose first word
  // is not the token's form or lemma cannot match there, so only the cues indexed under those are tried.
  const { byWord, anywhere } = cueIndex(cues);
  // Each (cue, token) pair is tried once, packed as cue * 2^32 + token (exact in a double) so that
  // one numeric sort puts the tries in cue order, then token order: the order the sort below keeps
  // for equally long matches.
  const packed: number[] = [];
  const stamp = new Uint32Array(cues.length);
  const push = (list: readonly number[] | undefined, i: number): void => {
    if (!list) return;
    for (const c of list) {
      if (stamp[c] === i + 1) continue;
      stamp[c] = i + 1;
      packed.push(c * 0x100000000 + i);
    }
  };
  tokens.forEach((t, i) => {
    push(byWord.get(t.lower), i);
    push(byWord.get(t.lemma), i);
    push(anywhere, i);
  });
  const tries = Float64Array.from(packed).sort();
  const found: Array<CueMatch & { key: K }> = [];
  for (const code of tries) {
    const c = Math.floor(code / 0x100000000);
    const i = code % 0x100000000;
    const { key, cue } = cues[c]!;
    const end = matchAt(tokens, cue.steps, 0, i);
    if (end > i) found.push({ key, cue, from: i, to: end });
  }
  // The most specific phrase wins ("violation of international law" over "international law").
  found.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const kept: Array<CueMatch & { key: K }> = [];
  for (const m of found) {
    const clash = kept.some(
      (k) => m.from < k.to && k.from < m.to && (k.key !== m.key || (k.from <= m.from && m.to <= k.to)),
    );
    if (!clash) kept.push(m);
  }
  return kept.sort((a, b) => a.from - b.from);
}

// ---------------------------------------------------------------------------------------------
// General English word classes the clause heuristics rely on.

/** Lemmas of verbs that report speech, thought or a public act of judgement. */
export const SPEECH_LEMMAS = wordSet(
  'say tell state declare write add announce argue claim contend insist assert stress emphasize ' +
    'emphasise note warn clarify explain believe think deem consider cite suggest acknowledge ' +
    'confirm affirm reaffirm maintain call describe label brand term accuse allege complain vow ' +
    'pledge promise signal indicate point echo agree fear conclude determine decide urge express ' +
    'reiterate tweet post respond reply counter concede admit recount report reveal testify told ' +
    'said says stating saying arguing citing condemn denounce criticize criticise justify defend ' +
    'designate classify reject dispute question challenge deny dismiss hail praise blame',
);

// Nouns that, after a country or organisation name, stand for it ("U.S. officials", "Pentagon spokespeople").
const REPRESENTATIVE = wordSet(
  'official officials government governments ministry ministries minister embassy ambassador ' +
    'spokesperson spokespeople spokesman spokeswoman spokesmen diplomat diplomats authorities ' +
    'authority leader leaders leadership president presidency cabinet delegation mission ' +
    'representative representatives administration navy military army forces office secretary ' +
    'chief',
);

// Nouns whose "that"-clause is disputed content, not something the subject did ("suggestions that …").
const FRAME_NOUNS = wordSet(
  'suggestion report claim allegation rumor rumour speculation accusation notion assertion story idea',
);

// Words that leave a clause's commitment open: conditions, modals, deliberation.
const CONDITIONALS = new Set(['if', 'unless', 'whether']);
const MODAL_HEDGES = new Set(['might', 'may', 'could', 'should', 'must']);
const DEONTIC = new Set(['should', 'must']);
const DELIBERATION = new Set(['consider', 'weigh', 'mull', 'contemplate', 'threaten']);
// Verbs that cancel the action they govern ("refused to condemn", "failed to suspend").
const CANCELLING = new Set(['refuse', 'decline', 'fail', 'hesitate']);
// "refrained from condemning", "stopped short of condemning", "avoided condemning".
const REFRAINING = new Set(['refrain', 'abstain', 'short', 'avoid', 'shy']);

const PREPOSITION_LIKE = new Set([
  'including',
  'to',
  'than',
  'per',
  'via',
  'like',
  'unlike',
  'besides',
  'toward',
  'towards',
]);
const RELATIVE = new Set(['who', 'which']);
const NON_SUBJECT_PRONOUNS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'what',
  'whatever',
  'itself',
  'themselves',
  'himself',
  'herself',
]);
const TRANSPARENT_PRONOUNS = new Set(['it', 'its', 'they', 'them', 'there']);
const PERSON_PRONOUNS = new Set(['he', 'she']);
// Verbs after which "it" is a dummy subject ("it is unclear", "it seems").
const COPULAS = new Set(['be', 'seem', 'appear', 'remain', 'become']);

const isVerb = (t: Token | undefined): boolean => !!t && (t.pos === 'VERB' || t.pos === 'AUX');
const isNominal = (t: Token | undefined): boolean => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');
// A bare "-ing" form is a participle, not the finite verb that shows its noun is a subject.
const isFinite = (t: Token): boolean => t.pos === 'AUX' || !t.lower.endsWith('ing');
const isPossessive = (t: Token | undefined): boolean => !!t && (t.lower === "'s" || t.lower === "'" || t.lower === 's');

// ---------------------------------------------------------------------------------------------
// Quotations

/** A quotation span in a paragraph (offsets inside the marks) with its speaker. */
interface QuoteSpan {
  paragraphIndex: number;
  start: number;
  end: number;
  /** Actor id of the speaker, null when the speaker is not a topic actor, undefined when not yet known. */
  speakerId: string | null | undefined;
  rule: string;
}

/** The part of a quotation span inside one sentence, in sentence offsets. */
interface LocalQuote {
  start: number;
  end: number;
  span: QuoteSpan;
}

/** Finds “double”, "straight double" and ‘single’ quotation spans in a paragraph (offsets inside the marks). */
function findQuoteSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const folded = foldKeepLength(text);
  let open = -1;
  for (let i = 0; i < folded.length; i++) {
    if (folded[i] !== '"') continue;
    if (open < 0) open = i + 1;
    else {
      spans.push({ start: open, end: i });
      open = -1;
    }
  }
  // An unclosed quotation runs on to the paragraph's end (a quote continued in the next paragraph).
  if (open >= 0) spans.push({ start: open, end: folded.length });
  // British style: a single mark opens after a space and closes before a space or punctuation,
  // which keeps apostrophes ("Petro's", "officials'") out.
  const inside = (i: number): boolean => spans.some((s) => i >= s.start - 1 && i <= s.end);
  for (const m of folded.matchAll(/(^|[\s(\u2014])'(?=\p{L})/gu)) {
    const at = m.index + m[1]!.length;
    if (inside(at)) continue;
    const close = /(?<=[\p{L}\p{N}.,!?])'(?=[\s.,;:!?)\u2014]|$)/gu;
    close.lastIndex = at + 1;
    const c = close.exec(folded);
    if (!c || inside(c.index)) continue;
    if (folded.slice(at + 1, c.index).split(/\s+/).length < 2) continue;
    spans.push({ start: at + 1, end: c.index });
  }
  return spans.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Subjects

/** Who a subject refers to: topic actors, or null for a subject that is not a topic actor. */
export interface Subject {
  /** Topic actor ids (several for "Canada and Mexico"); null when the subject is not a topic actor. */
  actorIds: string[] | null;
  /** First token of the subject. */
  from: number;
  /** Token after the subject. */
  to: number;
  /** Index of its verb. */
  verb: number;
  /** How it was recognised: name, coordinated, possessive, representative, relative, agent, participle, inverted, pronoun. */
  kind: string;
  /** A pronoun subject not yet resolved (he, she, they, or an "it" opening its sentence). */
  pronoun?: string;
  /** A reporting aside ("…, CNN revealed,") that does not open a new clause for the cue. */
  aside?: boolean;
}

/** One sentence prepared for holder search. */
export interface SentenceView {
  sentence: Sentence;
  paragraphIndex: number;
  tokens: Token[];
  subjects: Subject[];
  /** Every actor mention group outside quotations, subject or not. */
  mentions: MentionGroup[];
  /** Quotation spans overlapping the sentence, in sentence offsets. */
  quotes: LocalQuote[];
}

/** Adjacent or coordinated actor mentions read as one noun phrase. */
export interface MentionGroup {
  actorIds: string[];
  from: number;
  to: number;
  persons: boolean;
  /** The group ends with an appositive naming the same actor, so a comma closes it. */
  appositive?: boolean;
}

function mentionGroups(text: string, tokens: readonly Token[], topic: Topic): MentionGroup[] {
  const raw: MentionGroup[] = [];
  for (const m of findActorMentions(text, topic)) {
    const from = tokens.findIndex((t) => t.end > m.start);
    let to = tokens.findIndex((t) => t.start >= m.end);
    if (to < 0) to = tokens.length;
    if (from < 0 || from >= to) continue;
    const first = tokens[from]!;
    const last = tokens[to - 1]!;
    // A mention inside a longer token ("UK-supplied") modifies that word; it is never a subject.
    if (first.start !== m.start || (last.end !== m.end && !/^'s?$/.test(foldText(text.slice(m.end, last.end)))))
      continue;
    if (first.quoted) continue;
    const actor = actorById(topic, m.actorId);
    raw.push({ actorIds: [m.actorId], from, to, persons: actor?.type === 'person' });
  }
  // Adjacent mentions are one noun phrase whose head is the last ("Colombian President" + "Gustavo Petro").
  const merged: MentionGroup[] = [];
  for (const g of raw) {
    const prev = merged[merged.length - 1];
    const between = prev ? tokens.slice(prev.to, g.from) : [];
    if (prev && between.every((t) => isPossessive(t))) {
      prev.to = g.to;
      prev.actorIds = g.actorIds;
      prev.persons = g.persons;
    } else merged.push({ ...g });
  }
  // Coordination: "Canada and Mexico", "the UK, France and the Netherlands".
  const coordinated: MentionGroup[] = [];
  for (const g of merged) {
    const prev = coordinated[coordinated.length - 1];
    const between = prev ? tokens.slice(prev.to, g.from).map((t) => t.lower) : [];
    const joined = between.filter((w) => w !== 'the').join(' ');
    // A place after a preposition and a comma opens the clause of what follows ("In London, the
    // British government …"): a fronted phrase, neither a list nor an appositive.
    const fronted = joined === ',' && prev !== undefined && tokens[prev.from - 1]?.pos === 'ADP';
    // "Kaja Kallas, the EU's foreign policy chief": an appositive naming the same actor again.
    if (
      prev &&
      !fronted &&
      joined === ',' &&
      g.actorIds.length === 1 &&
      prev.actorIds.length === 1 &&
      g.actorIds[0] === prev.actorIds[0]
    ) {
      prev.to = g.to;
      prev.appositive = true;
      continue;
    }
    if (
      prev &&
      !fronted &&
      between.length > 0 &&
      /^(,|and|, and|or|, or|as well as|nor|together with|along with)$/.test(joined)
    ) {
      prev.to = g.to;
      prev.actorIds = [...prev.actorIds, ...g.actorIds.filter((id) => !prev.actorIds.includes(id))];
      prev.persons = prev.persons && g.persons;
    } else coordinated.push({ ...g });
  }
  return coordinated;
}

// Skips adverbs and comma- or dash-bounded asides after a subject; returns the index of the verb,
// or -1. A relative "who"/"which" clause right after the subject also gives it a verb.
function verbAfter(tokens: readonly Token[], i: number, appositive = false): number {
  let j = i;
  for (let guard = 0; guard < 4 && j < tokens.length; guard++) {
    while (tokens[j] && tokens[j]!.pos === 'ADV' && !tokens[j]!.quoted) j++;
    const t = tokens[j];
    if (!t) return -1;
    if (isVerb(t) && !t.quoted) return isFinite(t) ? j : -1;
    // Tagging slip: a past tense read as an adjective ("just classified the organization").
    if (t.pos === 'ADJ' && t.lower.endsWith('ed') && ['DET', 'PRON'].includes(tokens[j + 1]?.pos ?? '')) return j;
    if (t.lower === ',' || t.lower === '\u2014' || t.lower === '-' || t.lower === '(') {
      const next = tokens[j + 1];
      // The close of an appositive already skipped: "Kallas, the EU's foreign policy chief, said".
      if (t.lower === ',' && (guard > 0 || appositive) && isVerb(next) && isFinite(next!)) return j + 1;
      if (next && RELATIVE.has(next.lower)) {
        let k = j + 2;
        while (tokens[k] && tokens[k]!.pos === 'ADV') k++;
        if (isVerb(tokens[k]) && isFinite(tokens[k]!)) return k;
        // Tagging slips ("which controls" read as a noun): treat the clause as an aside instead.
      }
      const closer = t.lower === '(' ? ')' : t.lower;
      let k = j + 1;
      for (; k < tokens.length && k < j + 30; k++) {
        const u = tokens[k]!;
        if (u.lower === closer || (closer === ',' && u.lower === '\u2014')) break;
        if (u.lower === '.' || u.lower === ';' || u.lower === '"' || u.quoted) return -1;
      }
      if (k >= tokens.length || k >= j + 30) return -1;
      j = k + 1;
      continue;
    }
    return -1;
  }
  return -1;
}

const capitalised = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text) && isNominal(t);

// Index of the token before position i, skipping determiners, adjectives, numbers and, before a
// person's name, titles ("to Director of National Intelligence Tulsi Gabbard" is governed by "to").
function governorBefore(tokens: readonly Token[], i: number, person: boolean): number {
  let j = i - 1;
  for (;;) {
    const t = tokens[j];
    if (!t) return j;
    if (['DET', 'ADJ', 'NUM'].includes(t.pos) || (person && capitalised(t))) j--;
    else if (person && t.lower === 'of' && capitalised(tokens[j - 1]) && capitalised(tokens[j + 1])) j--;
    else return j;
  }
}

// "its Coast Guard", "their ambassador": a name after a possessive pronoun is the possessor's own.
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

function classifyGroup(tokens: readonly Token[], g: MentionGroup): Subject | null {
  const base = { actorIds: g.actorIds, from: g.from, to: g.to };
  if (POSSESSIVE_PRONOUNS.has(tokens[g.from - 1]?.lower ?? '')) return null;
  const multi = g.actorIds.length > 1;
  const gi = governorBefore(tokens, g.from, g.persons);
  const gov = tokens[gi];
  const prepositional = !!gov && (gov.pos === 'ADP' || PREPOSITION_LIKE.has(gov.lower)) && gov.lower !== 'that';
  let after = g.to;
  let kind = multi ? 'coordinated' : 'name';
  if (isPossessive(tokens[after])) {
    // "Colombia's official position now appears …": the possessor owns the subject noun phrase.
    after++;
    let n = 0;
    while (n < 5 && tokens[after] && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[after]!.pos)) {
      after++;
      n++;
    }
    if (n === 0) return null;
    kind = 'possessive';
  } else if (tokens[after] && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[after]!.pos) && !tokens[after]!.quoted) {
    // "U.S. officials said" and "Colombian Foreign Minister Rosa Villavicencio said" stand for the
    // country; "U.S. strikes began" only modifies a noun.
    let k = after;
    let head = -1;
    while (k < after + 4 && tokens[k] && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[k]!.pos) && !tokens[k]!.quoted) {
      if (REPRESENTATIVE.has(tokens[k]!.lower) || REPRESENTATIVE.has(tokens[k]!.lemma)) head = k;
      k++;
    }
    if (head < 0) return null;
    // After the representative noun only a personal name may follow.
    let end = head + 1;
    while (end < head + 4 && tokens[end]?.pos === 'PROPN' && !tokens[end]!.quoted) end++;
    if (end < k) return null;
    after = end;
    kind = 'representative';
  }
  if (prepositional && gov) {
    const next = tokens[after];
    // "Officials in The Hague said", "diplomats in London warned": the capital's government
    // speaks; so does "the Government of Mexico".
    const holder = tokens[gi - 1];
    if (
      (gov.lower === 'in' || gov.lower === 'of') &&
      holder &&
      REPRESENTATIVE.has(holder.lower) &&
      (gov.lower === 'of' ? ['the', ''].includes(tokens[gi - 2]?.lower ?? '') : /s$/.test(holder.lower)) &&
      !['VERB', 'ADP'].includes(tokens[gi - 2]?.pos ?? '') &&
      !g.persons
    ) {
      const v = verbAfter(tokens, after);
      if (v >= 0) return { ...base, from: gi - 1, to: after, verb: v, kind: 'representative' };
    }
    // "statements from NATO pushing back on …": the participle's agent.
    if ((gov.lower === 'from' || gov.lower === 'by') && next && next.pos === 'VERB' && next.lower.endsWith('ing'))
      return { ...base, to: after, verb: after, kind: 'participle' };
    // "a rebuke from Senator Rand Paul, who wrote …": the subject of a relative clause.
    const v = verbAfter(tokens, after);
    if (v >= 0 && tokens[after]?.lower === ',' && RELATIVE.has(tokens[after + 1]?.lower ?? ''))
      return { ...base, to: after, verb: v, kind: 'relative' };
    // "… was clarified by Benedetti", "justified by Trump": the passive's agent.
    const beforeGov = tokens[gi - 1];
    if (gov.lower === 'by' && beforeGov && beforeGov.pos === 'VERB')
      return { ...base, to: after, verb: gi - 1, kind: 'agent' };
    return null;
  }
  // "the Colombian ambassador in Washington said": a prepositional phrase may follow the subject.
  // "the Venezuelan government of Nicolás Maduro said": "of" and a person name may follow too.
  const ofPerson = (k: number): boolean => {
    if (tokens[k]?.lower !== 'of' || g.persons) return false;
    let j = k + 1;
    while (tokens[j]?.pos === 'PROPN') j++;
    return j > k + 1;
  };
  if (
    !prepositional &&
    tokens[after]?.pos === 'ADP' &&
    (tokens[after]!.lower !== 'of' || ofPerson(after)) &&
    !tokens[after]!.quoted
  ) {
    let k = after + 1;
    while (
      k < after + 6 &&
      tokens[k] &&
      ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(tokens[k]!.pos) &&
      !tokens[k]!.quoted
    )
      k++;
    if (k > after + 1 && verbAfter(tokens, k) >= 0) after = k;
  }
  // "Its president, Gustavo Petro, has called …": a name in apposition to the subject.
  const v = verbAfter(tokens, after, g.appositive || gov?.lower === ',');
  // Inverted attribution: "…,” said President X."
  if (gov && gov.pos === 'VERB' && SPEECH_LEMMAS.has(gov.lemma) && v < 0) {
    const before = tokens[gi - 1];
    if (!before || before.lower === ',' || before.lower === '"' || before.quoted)
      return { ...base, to: after, verb: gi, kind: 'inverted' };
  }
  if (v < 0) return null;
  // The object of a verb is no subject, unless the verb reports a clause ("said Colombia would …").
  if (gov && gov.pos === 'VERB' && !SPEECH_LEMMAS.has(gov.lemma) && kind !== 'possessive') return null;
  return { ...base, to: after, verb: v, kind };
}

const NP_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);
const isPrepositionLike = (t: Token | undefined): boolean =>
  !!t && (t.pos === 'ADP' || PREPOSITION_LIKE.has(t.lower)) && t.lower !== 'that';

function phraseStart(tokens: readonly Token[], i: number): number {
  let s = i;
  while (s > 0 && NP_TAGS.has(tokens[s - 1]!.pos) && !tokens[s - 1]!.quoted) s--;
  return s;
}

// Subjects that are not topic actors: a noun or pronoun heading a phrase followed by its verb.
// `inSubject` marks tokens of actor subjects already found; `taken` marks every actor mention.
function otherSubjects(tokens: readonly Token[], taken: readonly boolean[], inSubject: readonly boolean[]): Subject[] {
  const out: Subject[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted || inSubject[i]) continue;
    const pronoun = t.pos === 'PRON' && !NON_SUBJECT_PRONOUNS.has(t.lower);
    if (!isNominal(t) && !pronoun) continue;
    if (isNominal(tokens[i + 1]) && !tokens[i + 1]!.quoted) continue; // not the head of its phrase
    const s = phraseStart(tokens, i);
    // "his interior minister said …" speaks for whoever "his" is.
    const owner = tokens[s - 1];
    if (
      owner &&
      (owner.lower === 'his' || owner.lower === 'her') &&
      (REPRESENTATIVE.has(t.lower) || REPRESENTATIVE.has(t.lemma))
    ) {
      const v = verbAfter(tokens, i + 1);
      if (v >= 0) {
        out.push({
          actorIds: null,
          from: s - 1,
          to: i + 1,
          verb: v,
          kind: 'owner',
          pronoun: owner.lower === 'his' ? 'he' : 'she',
        });
        continue;
      }
    }
    const gov = tokens[s - 1];
    const v = verbAfter(tokens, i + 1);
    if (!taken[i] && gov && gov.pos === 'VERB' && SPEECH_LEMMAS.has(gov.lemma) && isNominal(t) && v < 0) {
      // Inverted attribution: "…,” said Todd Robinson."
      const before = tokens[s - 2];
      if (!before || before.lower === ',' || before.lower === '"') {
        out.push({ actorIds: null, from: s, to: i + 1, verb: s - 1, kind: 'inverted' });
        continue;
      }
    }
    if (v < 0) continue;
    if (isPrepositionLike(gov)) {
      // "Lawyers within the Department of Defense have …": the verb belongs to the noun the
      // prepositional phrases hang on.
      let g = s - 1;
      let head = -1;
      let headStart = -1;
      while (g > 0 && isPrepositionLike(tokens[g])) {
        const h = g - 1;
        if (!isNominal(tokens[h]) || tokens[h]!.quoted) break;
        head = h;
        headStart = phraseStart(tokens, h);
        g = headStart - 1;
      }
      if (head < 0 || inSubject[head] || taken[head]) continue;
      const hg = tokens[headStart - 1];
      if (isPrepositionLike(hg) || (hg && hg.pos === 'VERB' && !SPEECH_LEMMAS.has(hg.lemma))) continue;
      out.push({ actorIds: null, from: headStart, to: i + 1, verb: v, kind: 'other' });
      continue;
    }
    if (taken[i]) continue;
    // The object of a verb is no subject, unless the verb reports a clause ("said the strikes …").
    if (gov && gov.pos === 'VERB' && !SPEECH_LEMMAS.has(gov.lemma)) continue;
    const verb = tokens[v]!;
    // "…, CNN revealed," and "…, officials said." report the clause; they do not replace its subject.
    const aside =
      SPEECH_LEMMAS.has(verb.lemma) &&
      gov?.lower === ',' &&
      (!tokens[v + 1] || [',', '.'].includes(tokens[v + 1]!.lower));
    const subject: Subject = { actorIds: null, from: s, to: i + 1, verb: v, kind: 'other', aside };
    if (pronoun && (PERSON_PRONOUNS.has(t.lower) || t.lower === 'they')) subject.pronoun = t.lower;
    // "It has stopped sharing …" opening a sentence speaks of the country or body just named;
    // an "it" before a copula ("It is unclear whether …") is no one.
    const opening = s === 0 || (s === 1 && tokens[0]!.pos === 'CCONJ');
    if (pronoun && t.lower === 'it' && opening && !COPULAS.has(tokens[v]?.lemma ?? '')) subject.pronoun = 'it';
    else if (pronoun && TRANSPARENT_PRONOUNS.has(t.lower) && t.lower !== 'they') subject.aside = true;
    out.push(subject);
  }
  return out;
}

function analyseSentence(
  sentence: Sentence,
  paragraphIndex: number,
  spans: readonly QuoteSpan[],
  topic: Topic,
): SentenceView {
  const tokens = sentenceTokens(sentence);
  const quotes: LocalQuote[] = spans
    .filter((q) => q.start < sentence.end && q.end > sentence.start)
    .map((span) => ({
      start: Math.max(0, span.start - sentence.start),
      end: Math.min(sentence.text.length, span.end - sentence.start),
      span,
    }));
  for (const t of tokens) t.quoted = quotes.some((q) => t.start >= q.start && t.end <= q.end);
  const subjects: Subject[] = [];
  const taken = new Array<boolean>(tokens.length).fill(false);
  const inSubject = new Array<boolean>(tokens.length).fill(false);
  const mentions = mentionGroups(sentence.text, tokens, topic);
  for (const g of mentions) {
    const s = classifyGroup(tokens, g);
    for (let i = g.from; i < g.to; i++) taken[i] = true;
    if (s) for (let i = s.from; i < s.to; i++) inSubject[i] = taken[i] = true;
    if (s) subjects.push(s);
  }
  subjects.push(...otherSubjects(tokens, taken, inSubject));
  subjects.sort((a, b) => a.from - b.from);
  return { sentence, paragraphIndex, tokens, subjects: onePerVerb(subjects, topic), mentions, quotes };
}

// A verb has one subject. A noun inside the subject's aside ("Petro, whose nation is Washington's
// closest partner, said") does not share its verb; a name in apposition ("Its president, Gustavo
// Petro, said"; "Venezuela's defence minister, Vladimir Padrino López, said") is the better subject.
function onePerVerb(subjects: Subject[], topic: Topic): Subject[] {
  const better = (a: Subject, b: Subject): boolean => {
    if (!a.actorIds !== !b.actorIds) return !!a.actorIds;
    if (!a.actorIds || !b.actorIds) return a.from < b.from;
    const aPerson = a.actorIds.length === 1 && actorById(topic, a.actorIds[0]!)?.type === 'person';
    const speaksFor = (p: Subject, o: Subject): boolean =>
      p.actorIds?.length === 1 &&
      o.actorIds?.length === 1 &&
      actorById(topic, p.actorIds[0]!)?.country === o.actorIds[0];
    if (aPerson && speaksFor(a, b)) return true;
    if (speaksFor(b, a)) return false;
    return a.from < b.from;
  };
  const byVerb = new Map<number, Subject>();
  for (const s of subjects) {
    if (s.kind === 'inverted') continue;
    const other = byVerb.get(s.verb);
    if (!other || better(s, other)) byVerb.set(s.verb, s);
  }
  return subjects.filter((s) => s.kind === 'inverted' || byVerb.get(s.verb) === s);
}

// ---------------------------------------------------------------------------------------------
// The document view

/** A prepared article: sentences in order with their subjects and quotation speakers. */
export interface DocView {
  topic: Topic;
  sentences: SentenceView[];
}

function isPersonSubject(topic: Topic, s: Subject, view: SentenceView): boolean {
  if (s.actorIds) return s.actorIds.length === 1 && actorById(topic, s.actorIds[0]!)?.type === 'person';
  const head = view.tokens[s.to - 1];
  return !!head && head.pos === 'PROPN' && !s.aside;
}

/** Resolves a he/she/they subject to actors, looking back through the sentence, then earlier ones. */
function resolvePronoun(dv: DocView, si: number, subject: Subject, depth = 0): string[] | null {
  const view = dv.sentences[si]!;
  const earlier = view.subjects.filter((s) => s.from < subject.from && !s.pronoun && !s.aside);
  if (subject.pronoun === 'it') {
    // The first subject of the sentence before, in the same paragraph, if it is one country or body.
    const prev = dv.sentences[si - 1];
    if (!prev || prev.paragraphIndex !== view.paragraphIndex || depth > 0) return null;
    const first = prev.subjects.find((s) => !s.aside && !s.pronoun);
    const ids = first?.actorIds;
    return ids && ids.length === 1 && actorById(dv.topic, ids[0]!)?.type !== 'person' ? ids : null;
  }
  if (subject.pronoun === 'they') {
    const prev = earlier[earlier.length - 1];
    if (prev?.actorIds && (prev.actorIds.length > 1 || prev.kind === 'representative')) return prev.actorIds;
    return null;
  }
  // Centering: a he/she refers to the main-clause person subject, in this sentence or before.
  const here = earlier.find((s) => isPersonSubject(dv.topic, s, view));
  if (here) return here.actorIds;
  for (let k = si - 1; k >= 0 && k >= si - 3 && depth < 3; k--) {
    const prev = dv.sentences[k]!;
    if (view.paragraphIndex - prev.paragraphIndex > 1) break;
    const first = prev.subjects.find(
      (s) => !s.aside && (s.pronoun ? PERSON_PRONOUNS.has(s.pronoun) : isPersonSubject(dv.topic, s, prev)),
    );
    if (!first) continue;
    return first.pronoun ? resolvePronoun(dv, k, first, depth + 1) : first.actorIds;
  }
  return null;
}

function subjectActors(dv: DocView, si: number, s: Subject): string[] | null {
  return s.pronoun ? resolvePronoun(dv, si, s) : s.actorIds;
}

/** Who holds a cue, and whether the clause commits them to it. */
export interface Holding {
  /** Actor ids holding the cue (the subject or the speaker); empty when none is a topic actor. */
  actorIds: string[];
  /** How the holder was found (for `rule`). */
  how: string;
  /** Whether a speech act or a quotation connects the holder to the cue. */
  spoken: boolean;
  /** The cue is negated ("did not suspend"). */
  negated: boolean;
  /** The cue is hedged ("might suspend", "if … suspends"). */
  hedged: boolean;
  /** Index of a disputed-content noun ("suggestions that …") between the holder and the cue, or -1. */
  frame: number;
  /** The subject that would hold the cue but for a disputed-content frame. */
  framedBy: string[];
  /** Who reports the holder's clause ("the administration insists that … the U.S. is in an armed conflict"). */
  reporter?: string[];
}

// Negation of the verb phrase a cue heads or completes: "did not suspend", "has not invoked
// national security", "refused to condemn", "stopped short of condemning", "no involvement".
function negatedAt(tokens: readonly Token[], from: number): boolean {
  let skippedVerb = false;
  for (let j = from - 1; j >= 0 && j >= from - 6; j--) {
    const t = tokens[j]!;
    if (NEGATORS.has(t.lower) || NEGATORS.has(t.lemma)) return true;
    if (t.lower === 'to' && tokens[j - 1] && CANCELLING.has(tokens[j - 1]!.lemma)) return true;
    if ((t.lower === 'of' || t.lower === 'from') && REFRAINING.has(tokens[j - 1]?.lemma ?? '')) return true;
    if (t.pos === 'VERB' && (REFRAINING.has(t.lemma) || CANCELLING.has(t.lemma))) return true;
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') continue;
    // One main verb may stand between a negation and a noun-phrase cue (its object).
    if (t.pos === 'DET' && !skippedVerb) continue;
    if (t.pos === 'VERB' && !skippedVerb && !SPEECH_LEMMAS.has(t.lemma)) {
      skippedVerb = true;
      continue;
    }
    break;
  }
  // A negated verb also negates what it predicates within its clause ("never described the
  // crews as enemy combatants"); "no" and "without" negate only the word they precede.
  for (let j = from - 1; j >= 0 && j >= from - 9; j--) {
    const t = tokens[j]!;
    if (
      [',', ';', ':', '"'].includes(t.lower) ||
      t.pos === 'SCONJ' ||
      t.pos === 'CCONJ' ||
      RELATIVE.has(t.lower) ||
      t.lower === 'that'
    )
      return false;
    if (t.lower === 'not' || t.lower === "n't" || t.lower === 'never') return true;
  }
  return false;
}

// `inner` is where a reported clause with its own subject starts ("said the use of force must
// comply …"): there an obligation is what was said, not a hedge on the speaker's stance.
function hedgedBetween(tokens: readonly Token[], from: number, to: number, inner = to): boolean {
  for (let j = Math.max(0, from); j < to; j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX' && MODAL_HEDGES.has(t.lower) && (j < inner || !DEONTIC.has(t.lower))) return true;
    // "considering suspending", "weighing whether to", "threatened to" — not "considers the strikes illegal".
    const next = tokens[j + 1];
    const open =
      next && (next.lower === 'to' || next.lower === 'whether' || (next.pos === 'VERB' && next.lower.endsWith('ing')));
    if (t.pos === 'VERB' && DELIBERATION.has(t.lemma) && open) return true;
  }
  // A condition opened before the cue and not yet closed by a comma covers it.
  for (let j = to - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.lower === ',' || t.lower === ';' || t.lower === ':') break;
    if (CONDITIONALS.has(t.lower)) return true;
  }
  return false;
}

// Whether a speech verb between `from` and `to` governs what follows: a later coordinated verb
// phrase of the same subject ("claimed …, but has provided little evidence") is not reported speech.
function spokenBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let spoken = false;
  for (let j = Math.max(0, from); j < to; j++) {
    const t = tokens[j]!;
    if (t.quoted) continue;
    if ((t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ') && SPEECH_LEMMAS.has(t.lemma)) spoken = true;
    else if (spoken && t.pos === 'CCONJ' && isVerb(tokens[j + 1] ?? tokens[j])) spoken = false;
  }
  return spoken;
}

function frameBetween(tokens: readonly Token[], from: number, to: number): number {
  for (let j = to - 2; j >= Math.max(0, from); j--) {
    const t = tokens[j]!;
    if (t.lower === ';') return -1;
    if (t.pos === 'NOUN' && FRAME_NOUNS.has(t.lemma) && tokens[j + 1]!.lower === 'that') return j;
  }
  return -1;
}

interface Found {
  subject: Subject;
  ids: string[];
}

/**
 * The nearest subject before token `from` that is a topic actor, or null when a subject that is not
 * one comes between (unless an actor reports it: "France said the strikes …"), or when a
 * disputed-content frame does ("pushing back on suggestions that …").
 */
function subjectBefore(
  dv: DocView,
  si: number,
  from: number,
  frames = true,
): { found: Found | null; frame: number; framedBy: string[] } {
  const view = dv.sentences[si]!;
  const tokens = view.tokens;
  // Content under a disputed-report noun belongs to no one; who disputes it is the subject before the noun.
  const frame = frames ? frameBetween(tokens, 0, from) : -1;
  if (frame >= 0) {
    const outer = subjectBefore(dv, si, frame);
    return { found: null, frame, framedBy: outer.found?.ids ?? [] };
  }
  const before = view.subjects.filter((s) => s.to <= from && !s.aside && !tokens[s.from]!.quoted).reverse();
  for (const s of before) {
    const ids = subjectActors(dv, si, s);
    if (!ids) {
      if (s.pronoun === 'they') continue;
      const reporter = before.find(
        (b) => b.from < s.from && subjectActors(dv, si, b) && spokenBetween(tokens, b.to, s.from),
      );
      if (reporter) continue;
      return { found: null, frame: -1, framedBy: [] };
    }
    return { found: { subject: s, ids }, frame: -1, framedBy: [] };
  }
  return { found: null, frame: -1, framedBy: [] };
}

function quoteStartToken(view: SentenceView, q: LocalQuote): number {
  const i = view.tokens.findIndex((t) => t.start >= q.start);
  return i < 0 ? 0 : i;
}

/** Finds the holder of the tokens [from, to) of sentence `si`: the quote's speaker or the clause subject. */
export function holderOf(dv: DocView, si: number, from: number, to: number): Holding {
  const view = dv.sentences[si]!;
  const tokens = view.tokens;
  const first = tokens[from]!;
  const negated = negatedAt(tokens, from);
  const q = view.quotes.find((x) => first.start >= x.start && first.start < x.end);
  if (q) {
    const id = q.span.speakerId;
    return {
      actorIds: id ? [id] : [],
      how: q.span.rule,
      spoken: true,
      negated,
      hedged: hedgedBetween(tokens, quoteStartToken(view, q), from),
      frame: -1,
      framedBy: [],
    };
  }
  // A noun cue names its source ("condemnation from France", "a denial by the Pentagon"), a
  // passive verb its agent ("were condemned by Brazil").
  const last = tokens[to - 1];
  const link = tokens[to];
  const passive = last?.pos === 'VERB' && tokens.slice(Math.max(0, from - 3), from).some((t) => t.lemma === 'be');
  if (
    link &&
    // Only a cue that is a noun phrase itself: in "recalled its ambassador from Washington" the
    // "from" tells where from, not who.
    ((last?.pos === 'NOUN' && tokens[from]?.pos !== 'VERB' && (link.lower === 'from' || link.lower === 'by')) ||
      (passive && link.lower === 'by'))
  ) {
    let k = to + 1;
    while (tokens[k] && ['DET', 'ADJ'].includes(tokens[k]!.pos)) k++;
    const source = view.mentions.find((g) => g.from === k);
    if (source)
      return {
        actorIds: source.actorIds,
        how: passive ? 'agent' : 'source',
        spoken: true,
        negated,
        hedged: hedgedBetween(tokens, 0, from),
        frame: -1,
        framedBy: [],
      };
  }
  const { found, frame, framedBy } = subjectBefore(dv, si, from);
  if (found) {
    const s = found.subject;
    const reporter = subjectBefore(dv, si, s.from).found;
    return {
      ...(reporter && spokenBetween(tokens, reporter.subject.to, s.from + 1) ? { reporter: reporter.ids } : {}),
      actorIds: found.ids,
      how: s.pronoun ? 'pronoun' : s.kind,
      spoken: spokenBetween(tokens, s.from, to),
      negated,
      hedged: hedgedBetween(
        tokens,
        s.from,
        from,
        view.subjects.find((o) => o.from >= s.to && o.from < from)?.from ?? from,
      ),
      frame: -1,
      framedBy: [],
    };
  }
  const none: Holding = {
    actorIds: [],
    how: frame >= 0 ? 'disputed' : 'no-subject',
    spoken: false,
    negated,
    hedged: hedgedBetween(tokens, 0, from),
    frame,
    framedBy,
  };
  if (frame >= 0 || view.subjects.some((s) => s.to <= from && !s.aside && !tokens[s.from]!.quoted)) return none;
  // No subject before the cue: a passive's agent right after it ("condemned by France"), or the
  // subject right after a fronted phrase ("Stressing that …, Canada said").
  const after = view.subjects.find((s) => s.from >= to && !s.aside && !tokens[s.from]!.quoted);
  if (after) {
    const ids = subjectActors(dv, si, after);
    const agent = after.kind === 'agent' && after.from - to <= 4;
    const fronted =
      after.kind !== 'agent' &&
      tokens.slice(to, after.from).some((t) => t.lower === ',') &&
      !tokens.slice(to, after.from).some((t) => isVerb(t) && isFinite(t) && !t.quoted);
    if (ids && (agent || fronted))
      return { ...none, actorIds: ids, how: `after-${after.kind}`, spoken: spokenBetween(tokens, to, after.verb + 1) };
  }
  return none;
}

// Speaker of a quotation span without an extracted quote: the attribution right after it
// ("…,” X said), else the subject before it in its sentence (X said: “…”), else the previous
// quotation's speaker when the span opens its sentence.
function fallbackSpeaker(
  dv: DocView,
  startSi: number,
  endSi: number,
  span: QuoteSpan,
  previous: QuoteSpan | undefined,
): { id: string | null; rule: string } | null {
  const endView = dv.sentences[endSi]!;
  const endLocal = span.end - endView.sentence.start;
  const endTok = endView.tokens.findIndex((t) => t.start >= endLocal);
  if (endTok >= 0) {
    const after = endView.subjects.find((s) => s.from >= endTok && !s.aside && s.from - endTok <= 3);
    if (after && SPEECH_LEMMAS.has(endView.tokens[after.verb]?.lemma ?? '')) {
      const ids = subjectActors(dv, endSi, after);
      return { id: ids?.[0] ?? null, rule: 'quote-after' };
    }
  }
  const view = dv.sentences[startSi]!;
  const local = view.quotes.find((q) => q.span === span);
  const startTok = local ? quoteStartToken(view, local) : 0;
  const before = view.subjects.filter((s) => s.to <= startTok && !view.tokens[s.from]!.quoted && !s.aside);
  if (before.length) {
    // The nearest subject of a speech verb ("Petro insisted that Colombia would not “…”") speaks.
    const speaker = [...before].reverse().find((s) => SPEECH_LEMMAS.has(view.tokens[s.verb]?.lemma ?? ''));
    if (speaker && subjectActors(dv, startSi, speaker))
      return { id: subjectActors(dv, startSi, speaker)?.[0] ?? null, rule: 'quote-before' };
    const { found } = subjectBefore(dv, startSi, startTok, false);
    return { id: found?.ids[0] ?? null, rule: 'quote-before' };
  }
  const continues = previous && previous.speakerId !== undefined && span.paragraphIndex - previous.paragraphIndex <= 1;
  if (continues && startTok <= 1) return { id: previous.speakerId ?? null, rule: 'quote-continued' };
  return null;
}

// `hay` is the paragraph folded and lower-cased once by the caller: folding it again for every
// quote made this step quadratic on long paragraphs with many quotations.
function locateQuote(hay: string, q: QuoteFinding, from: number): number {
  const needle = foldKeepLength(q.text).toLowerCase().trim();
  if (!needle) return -1;
  const at = hay.indexOf(needle, from);
  return at >= 0 ? at : hay.indexOf(needle);
}

// The stance and argument steps view the same article with the same quotes; tagging it once is enough.
const views = new WeakMap<ArticleDoc, { topic: Topic; quotes: readonly QuoteFinding[]; view: DocView }>();

/** Prepares an article for holder search: tokens, subjects and quotation speakers for every sentence. */
export function viewDocument(doc: ArticleDoc, topic: Topic, quotes: readonly QuoteFinding[]): DocView {
  const cached = views.get(doc);
  if (cached && cached.topic === topic && cached.quotes === quotes) return cached.view;
  const dv = buildView(doc, topic, quotes);
  views.set(doc, { topic, quotes, view: dv });
  return dv;
}

function buildView(doc: ArticleDoc, topic: Topic, quotes: readonly QuoteFinding[]): DocView {
  const dv: DocView = { topic, sentences: [] };
  doc.paragraphs.forEach((p, pi) => {
    const spans: QuoteSpan[] = findQuoteSpans(p.text).map((s) => ({
      ...s,
      paragraphIndex: pi,
      speakerId: undefined,
      rule: 'quote',
    }));
    // Extracted quotes name their speakers; they win over the fallback below.
    const hay = foldKeepLength(p.text).toLowerCase();
    const byId = new Map<string, (typeof p.sentences)[number]>();
    for (const s of p.sentences) if (!byId.has(s.id)) byId.set(s.id, s);
    for (const q of quotes) {
      const sentence = byId.get(q.sentence);
      if (q.sentence && !sentence) continue;
      const at = locateQuote(hay, q, sentence?.start ?? 0);
      if (at < 0) continue;
      const end = at + q.text.trim().length;
      const rule = `quote:${q.rule}`;
      const hit = spans.filter((s) => s.start < end && s.end > at);
      if (hit.length) for (const s of hit) Object.assign(s, { speakerId: q.speakerId, rule });
      else spans.push({ paragraphIndex: pi, start: at, end, speakerId: q.speakerId, rule });
    }
    spans.sort((a, b) => a.start - b.start);
    for (const s of p.sentences) dv.sentences.push(analyseSentence(s, pi, spans, topic));
  });
  // Fallback speakers, in reading order so a continued quotation can inherit its speaker.
  let previous: QuoteSpan | undefined;
  dv.sentences.forEach((view, si) => {
    for (const local of view.quotes) {
      const span = local.span;
      if (span.speakerId === undefined) {
        let endSi = si;
        while (
          dv.sentences[endSi + 1]?.paragraphIndex === view.paragraphIndex &&
          dv.sentences[endSi]!.sentence.end < span.end
        )
          endSi++;
        const found = fallbackSpeaker(dv, si, endSi, span, previous) ?? { id: null, rule: 'quote-unknown' };
        span.speakerId = found.id;
        span.rule = found.rule;
      }
      previous = span;
    }
  });
  return dv;
}
