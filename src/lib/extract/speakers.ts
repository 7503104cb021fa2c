/**
 * Speaker phrases in writer's text: names, pronouns, role phrases and unnamed sources ("a senior
 * official"), found next to speech verbs and resolved to topic actors or to the fullest name the
 * article gives. All word lists here are general English; story names come only from the topic.
 * Hand-written because no installed library does this: wink's lite model has no PERSON entities,
 * and no npm package attributed quotes usefully on the seeds (notes/extraction-libraries.md).
 */
import type { Topic } from '../schema/topic.ts';
import type { ArticleDoc } from './segment.ts';
import { actorById, findActorMentions, type ActorMention } from './actors.ts';
import { foldText, wordSet } from '../text/fold.ts';

/** Speech and attribution verbs, every inflected form that introduces reported words. */
export const SPEECH_VERBS = wordSet(`
  said says say saying told tells tell telling wrote writes write writing written added adds adding
  declared declares declare declaring stated stating noted notes noting argued argues argue arguing
  insisted insists insist insisting warned warns warn called calls calling described describes describe
  describing asked asks ask asking replied replies replying tweeted tweeting posted posting explained
  explains explain explaining claimed claiming asserted asserts asserting stressed stresses stressing
  emphasized emphasised emphasizes emphasises emphasizing emphasising clarified clarifies clarifying
  announced announces announcing acknowledged acknowledges acknowledging admitted admits admitting
  accused accuses accusing condemned condemns condemning denounced denounces denouncing dismissed
  dismisses dismissing rejected rejects rejecting urged urges urging vowed vows vowing pledged pledging
  recalled recalls recalling recounted recounting remarked remarking commented commenting concluded
  concludes concluding responded responds responding suggested suggests suggesting contended contends
  contending maintained maintains maintaining predicted predicting complained complains complaining
  lamented laments lamenting conceded concedes conceding confirmed confirming denied denies denying
  observed observing quipped joked retorted shouted testified testifying touted touts touting boasted
  boasting threatened threatening alleges alleging hailed hailing underscored underscores underscoring
  highlighted highlighting reiterated reiterates reiterating questioned wondered demanded demanding
  exclaimed cautioned cautioning texted emailed messaged blasted slammed criticized criticised
  criticizing criticising characterized characterised continued countered counters countering
  explains reasoned reasoning wrote opined insists pleaded
`);

// Verbs that, right after a quote, take the speaker after them ("…," said Todd Robinson).
const INVERTED_VERBS = wordSet(`
  said says added adds asked asks wrote writes replied continued explained declared noted recalled
  insisted argued warned concluded acknowledged stated tweeted posted observed responded countered
  remarked cautioned
`);

// Labels and designations: quoted words after these are names for things, not someone's words.
const LABEL_BEFORE =
  /(?:\bso-called|\bdubbed|\bnicknamed|\bknown\s+as|\btermed|\btitled|\bentitled|\bnamed|\bcodenamed|\breferred\s+to\s+as|\bthe\s+(?:term|phrase|word|slogan|label|motto|heading|headline|title|caption|banner|hashtag))\s+(?:(?:a|an|the)\s+)?[“"‘']?$/iu;
const LABEL_AS =
  /\b(?:designat|label|brand|classif|list|categori[sz]|treat)\w*\b[^.;:“”"]{0,80}?\bas\s+(?:(?:a|an|the)\s+)?[“"‘']?$/iu;
const CALLED_BEFORE = /(\S+)\s+call(?:ed|s)?\s+(?:(?:a|an|the)\s+)?[“"‘']?$/iu;

/** Returns true when the writer's text before a quote makes it a label or name rather than speech. */
export function isLabelContext(before: string): boolean {
  if (LABEL_BEFORE.test(before) || LABEL_AS.test(before)) return true;
  const m = CALLED_BEFORE.exec(before);
  // "a group called “…”" names a thing; "he calls a “…”" and "has called a “…”" report speech.
  if (m)
    return !(PRONOUNS.has((m[1] ?? '').toLowerCase()) || AUX.has((m[1] ?? '').toLowerCase()) || /ly$/.test(m[1] ?? ''));
  return false;
}

const PRONOUNS = wordSet('he she they it we i');
const AUX = wordSet(
  'has have had also further previously repeatedly then later again once already just still even would will could can may might should must never ever since long often first last now too not',
);

// Capitalised words that are not names: sentence openers, function words, days and months.
const STOPCAP = wordSet(`
  The A An But And Or Nor So Yet Still However In On At For From With Without By After Before While
  When Whenever Where As If Although Though Since Because Despite During Under Over Following Amid
  Amidst Among Between Against Toward Towards Into Through Across Meanwhile Separately Instead Earlier
  Later Asked Speaking This That These Those It Its He She They We I His Her Their Our My Your You
  Today Yesterday Tomorrow Tonight Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
  February March September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Some Many Most Several Other Others Another All Both Each Every No Not Now Then There Here What Which
  Who Whom Whose Why How Until Unless Whether Also Even Just Only According Last Next First Second
  Third One Two Three Four Five Six Seven Eight Nine Ten Such More Less Few Nearly Almost About Around
  Like Unlike Per Via Thus Indeed Moreover Furthermore Nevertheless Nonetheless Overall Finally
  Once Already Shortly Soon Elsewhere Notably Regardless Besides Similarly Likewise Therefore Hence
`);

// Titles and office words that precede a name ("French Foreign Minister Jean-Noël Barrot").
const TITLES = wordSet(`
  President Vice Prime Minister Secretary Sen Senator Rep Representative Gov Governor Mayor Adm Admiral
  Gen General Lt Lieutenant Col Colonel Maj Major Capt Captain Cmdr Commander Sgt Sergeant Cpl Pvt Dr
  Doctor Mr Mrs Ms Miss Mx Prof Professor Judge Justice Chief Ambassador Chancellor Deputy Director
  Chairman Chairwoman Chair Chairperson Speaker Leader King Queen Prince Princess Pope Rev Reverend
  Father Sheikh Sir Dame Lord Lady Foreign Defence Defense Interior Finance Treasury Trade Health Home
  State Attorney Solicitor Spokesman Spokeswoman Spokesperson Officer Inspector Superintendent
  Detective Commissioner Envoy Special Executive Head Assistant Under Acting Former Retired Ranking
  Majority Minority Whip Senior Supreme High Secretary-General Undersecretary President-elect Premier
  Emir Crown Archbishop Bishop Cardinal Imam Rabbi Marshal Brigadier Field Air Vice-President Economy
  Energy Security Intelligence Education Labor Labour Agriculture Environment Transport Communications
  Information Culture Immigration Legal Affairs Member MP Congressman Congresswoman Councillor Councilor
  Sheriff Dean Interim Navy Army
`);

// Words that make a capitalised sequence an organisation, place or work rather than a person.
const ORG_WORDS = wordSet(`
  Administration Agency Army Association Bank Board Bureau Cabinet Center Centre Church City Coast
  Command Commission Committee Company Congress Corporation Council County Court Department Embassy
  Force Forces Foundation Front Government Group Guard Hospital House Institute Island Islands Journal
  League Ministry Movement Navy Network News Office Organization Organisation Parliament Party Police
  Post Press Republic Senate Service Services Society State States Street Times Tribune Union
  University Nations Kingdom Ocean Sea Gulf Bay River Mountains Valley Province Region America
  Americas Africa Asia Europe Caribbean Pacific Atlantic Task Operation Cartel Intelligence Security
  Affairs Enforcement Investigations Homeland National International Federal Central Southern
  Northern Eastern Western North South East West Latin United Democratic Republican Social Truth Oval
  White Capitol Joint Interagency Drug Justice Treasury Foreign Trade Airport Station Base Fleet
  Brigade Division Regiment Battalion Squadron Unit Channel Reuters Associated Inc Corp Ltd Co LLC
  Watch Amnesty Human Rights Law School College Times Guardian Telegraph Independent Herald Globe
  Insider Magazine Review Daily Weekly Media Television Radio Street Avenue Road Square Park Plaza
  Hill Island Peninsula Strait Canal Desert Republic Emirates Federation Alliance Coalition Fund
  Program Programme Initiative Project Summit Conference Forum Act Bill Treaty Accord Agreement
  Convention Charter Protocol Resolution Declaration Constitution Code Article Section Chapter Order
`);

// Nouns that head an unnamed-source phrase ("a senior administration official", "the ministry").
const INSTITUTION_HEADS = wordSet(`
  spokesperson spokespersons spokesman spokesmen spokeswoman spokeswomen spokespeople ministry
  ministries department embassy government office agency command administration military army navy
  police commission committee council statement mission delegation authorities authority secretariat
  presidency palace cabinet
`);
const PERSON_HEADS = wordSet(`
  official officials source sources aide aides adviser advisers advisor advisors diplomat diplomats
  officer officers lawyer lawyers attorney attorneys analyst analysts expert experts critic critics
  activist activists resident residents witness witnesses leader leaders lawmaker lawmakers legislator
  legislators senator senators prosecutor prosecutors investigator investigators researcher
  researchers economist economists envoy envoys ambassador ambassadors minister ministers secretary
  president chief chiefs head director directors commander commanders admiral general generals captain
  judge judges professor professors scholar scholars historian historians journalist journalists
  survivor survivors relative relatives family families mother father wife husband brother sister son
  daughter fisherman fishermen victim victims person people man woman men women official
  representative representatives member members veteran veterans operative operatives agent agents
  negotiator negotiators group groups organization organisation organizations organisations company
  firm union coalition alliance bloc federation association watchdog regulator court tribunal
  campaigners campaigner strategist strategists consultant consultants observer observers
  author authors writer writers
`);
const STATEMENT_HEADS = wordSet(
  'statement statements remarks remark comments comment post message tweet speech address interview note release announcement video readout transcript',
);
const DOCUMENT_HEADS = wordSet(`
  memo memorandum report order resolution law ruling document filing opinion bill treaty charter
  article section statute complaint lawsuit indictment decision judgment brief motion guidance
  directive policy rule regulation convention constitution letter study
`);
const HEADS = new Set([...INSTITUTION_HEADS, ...PERSON_HEADS, ...STATEMENT_HEADS, ...DOCUMENT_HEADS]);
// Nouns a name can modify ("the Trump administration", "the Biden era"): the name is then not the speaker.
const MODIFIEES = new Set([
  ...HEADS,
  ...wordSet(
    'administration era campaign regime years team family doctrine plan government camp allies supporters loyalists',
  ),
]);
// Words that end a modifier run leftwards inside a noun phrase.
const NP_BREAK = wordSet(`
  of in on at for from with by to into about over under after before during between against via per as
  than and or but nor yet so that which who whom whose is was are were be been being has have had do
  does did will would can could may might must shall should not no he she they it we i you him her
  them us me this these those there here when while where if because although though said says told
`);
const DETERMINERS = wordSet(
  'a an the another one two three four several some many other its his her their our this that these those',
);
const INDEFINITE = wordSet('a an another one');
const INTRO = wordSet(`
  on in at after before while when whenever where although though as since because if despite during
  for from with without under following amid amidst still however yet meanwhile separately instead
  earlier later last this today yesterday speaking asked standing responding writing addressing
  unlike like besides also moreover furthermore nevertheless nonetheless similarly likewise indeed thus
  therefore now then once until by through across over among between to already shortly soon finally
  first second overall elsewhere regardless notably but and so according
`);
const SUBORDINATORS = wordSet(
  'and but while when as because although though after before since if so yet then whereas once until unless or nor',
);
const EMBEDDING = wordSet('that who which whom');
const PREPOSITIONS = wordSet('in of for at from on with');

const TOKEN = String.raw`[\p{Lu}][\p{L}\p{M}'’.]*(?:-[\p{L}][\p{L}\p{M}'’.]*)*`;
const PARTICLE = String.raw`(?:de|da|del|della|dei|di|do|dos|das|du|van|von|der|den|ter|la|le|y|bin|ibn|al|el)`;
const NAME_RUN = new RegExp(String.raw`(?<![\p{L}\p{M}'’.-])${TOKEN}(?:\s+(?:${PARTICLE}\s+)*${TOKEN})*`, 'gu');

/** A capitalised word sequence with its leading titles stripped. */
export interface NameRun {
  /** Offset of the whole sequence, titles included. */
  fullStart: number;
  /** Offset of the name after titles. */
  start: number;
  /** Offset after the name (a possessive ending excluded). */
  end: number;
  /** The name tokens. */
  tokens: string[];
  /** Whether a person title (President, Mr., Sen.) preceded the name. */
  titled: boolean;
  /** The title words before the name, lower-cased ("president", "minister"). */
  titles: string[];
  /** Whether the sequence ended in a possessive ('s). */
  possessive: boolean;
  /** Whether the sequence looks like an organisation, place or work. */
  orgLike: boolean;
}

/** A writer sentence: wink sentences merged where a boundary fell inside a quotation. */
export interface Span {
  start: number;
  end: number;
}

/** A person mention usable as a pronoun antecedent. */
interface PersonMention {
  start: number;
  end: number;
  ref: SpeakerRef;
  /** Subject position: sentence start, after a comma or a conjunction, or a quote's speaker. */
  subject: boolean;
  /** Not inside a that/who clause. */
  main: boolean;
}

/** Everything the attribution rules need about one paragraph. */
export interface ParaCtx {
  index: number;
  text: string;
  /** The text with every quotation's inside blanked out. */
  masked: string;
  sentences: Span[];
  mentions: ActorMention[];
  names: NameRun[];
  persons: PersonMention[];
}

/** Everything the attribution rules need about one article. */
export interface ArticleCtx {
  topic: Topic;
  paras: ParaCtx[];
  /** Person-like names of two or more words in the article, in order of first mention. */
  fullNames: string[][];
  /** Grammatical gender the article shows for a person (by person key), when it shows one. */
  gender: Map<string, 'm' | 'f'>;
}

/** A phrase in the writer's text that names who speaks. */
export interface SpeakerRef {
  kind: 'actor' | 'name' | 'pronoun' | 'noun';
  para: number;
  start: number;
  end: number;
  /** The phrase as written. */
  text: string;
  /** Topic actor, for kind actor. */
  actorId?: string;
  /** Whether the actor was matched by a role phrase. */
  viaRole?: boolean;
  /** Name tokens, for kind name. */
  tokens?: string[];
  /** Head noun, for kind noun. */
  head?: string;
  /** Whether a determiner-less "the <head>" with no modifiers (needs an antecedent). */
  bare?: boolean;
  /** Whether the phrase is a confident speaker (not a lone unknown capitalised word). */
  strong: boolean;
}

/** A speaker resolved to a display name. */
export interface Resolved {
  speaker: string | null;
  speakerId: string | null;
  /** How the speaker was named: name, role, pronoun, org, noun, statement. */
  via: string;
}

const bare = (tok: string): string => tok.replace(/\.$/, '');
const lower = (s: string): string => s.toLowerCase();

function nameRuns(masked: string, mentions: ActorMention[], topic: Topic): NameRun[] {
  const runs: NameRun[] = [];
  for (const m of masked.matchAll(NAME_RUN)) {
    const all: Array<{ t: string; at: number }> = [];
    for (const t of m[0].matchAll(new RegExp(TOKEN, 'gu'))) all.push({ t: t[0], at: m.index + t.index });
    // A full stop after an ordinary word ends the sentence, so it ends the run ("Venezuela. While Petro").
    let group: Array<{ t: string; at: number }> = [];
    for (const tok of all) {
      group.push(tok);
      if (/^\p{Lu}[\p{Ll}\p{M}'’-]{2,}\.$/u.test(tok.t) && !TITLES.has(bare(tok.t))) {
        tok.t = tok.t.slice(0, -1);
        pushRun(runs, group, mentions, topic);
        group = [];
      }
    }
    if (group.length) pushRun(runs, group, mentions, topic);
  }
  // "International Committee of the Red Cross": an organisation's name runs on across "of the".
  for (let i = runs.length - 2; i >= 0; i--) {
    const a = runs[i]!;
    const b = runs[i + 1]!;
    const gap = masked.slice(a.end, b.fullStart);
    if (!a.orgLike || a.possessive || !/^\s+(?:of|for|on)\s+(?:the\s+)?$/u.test(gap)) continue;
    const words = masked.slice(a.start, b.end).split(/\s+/);
    runs.splice(i, 2, { ...a, end: b.end, tokens: words, possessive: b.possessive, orgLike: true });
  }
  // "Mary Ellen O'Connell of Notre Dame", "a professor at Cardozo": the name after a person's
  // "of"/"at"/"from" is their affiliation, never a person a pronoun could refer to.
  for (let i = 1; i < runs.length; i++) {
    const a = runs[i - 1]!;
    const gap = masked.slice(a.end, runs[i]!.fullStart);
    if (!a.orgLike && !a.possessive && a.tokens.length >= 2 && /^,?\s+(?:of|at|from)\s+(?:the\s+)?$/u.test(gap))
      runs[i] = { ...runs[i]!, orgLike: true };
  }
  return runs;
}

function pushRun(
  runs: NameRun[],
  toks: Array<{ t: string; at: number }>,
  mentions: ActorMention[],
  topic: Topic,
): void {
  const last = toks[toks.length - 1]!;
  let possessive = false;
  if (/['’]s$/u.test(last.t) || /s['’]$/u.test(last.t)) {
    possessive = true;
    last.t = last.t.replace(/['’]s?$/u, '');
  }
  // Sentence openers and function words are not part of the phrase at all.
  let k = 0;
  while (k < toks.length && STOPCAP.has(bare(toks[k]!.t))) k++;
  const lead = k;
  let titled = false;
  while (k < toks.length) {
    const tok = toks[k]!;
    const b = bare(tok.t);
    const coveredByPlace = mentions.some(
      (x) => x.start <= tok.at && x.end >= tok.at + b.length && actorById(topic, x.actorId)?.type !== 'person',
    );
    const nextIsTitle = k + 1 < toks.length && TITLES.has(bare(toks[k + 1]!.t));
    const demonym = /(?:an|ian|ese|ish|ch|i)$/.test(b) && nextIsTitle;
    if (TITLES.has(b)) titled = true;
    if (
      STOPCAP.has(b) ||
      TITLES.has(b) ||
      coveredByPlace ||
      demonym ||
      (/['’]s$/u.test(tok.t) && k + 1 < toks.length)
    ) {
      k++;
      continue;
    }
    break;
  }
  // A title later in the sequence still introduces the name ("Conservative MP Tom Tugendhat").
  for (let j = toks.length - 2; j >= k; j--) {
    if (TITLES.has(bare(toks[j]!.t))) {
      titled = true;
      k = j + 1;
      break;
    }
  }
  const kept = toks.slice(k);
  if (kept.length === 0 || lead >= toks.length) return;
  const tokens = kept.map((x) => x.t);
  const orgLike =
    tokens.some((t) => ORG_WORDS.has(bare(t)) || (/^\p{Lu}{3,}$/u.test(bare(t)) && !/\./.test(t))) || tokens.length > 4;
  const titles = toks.slice(lead, k).map((x) => lower(bare(x.t)));
  runs.push({
    fullStart: toks[lead]!.at,
    start: kept[0]!.at,
    end: last.at + last.t.length,
    tokens,
    titled,
    titles,
    possessive,
    orgLike,
  });
}

function isPersonLike(run: NameRun, ctxFull: string[][] | null, topic: Topic, mentions: ActorMention[]): boolean {
  if (run.orgLike) return false;
  const m = mentions.find((x) => x.start <= run.start && x.end >= run.end);
  if (m) return actorById(topic, m.actorId)?.type === 'person';
  if (run.tokens.length >= 2) return run.tokens.every((t) => !STOPCAP.has(bare(t)));
  if (run.titled) return true;
  const key = foldText(run.tokens[0] ?? '');
  return !!ctxFull?.some((n) => foldText(n[n.length - 1] ?? '') === key);
}

/** Splits wink sentences' boundaries that fall inside quotations back together. */
function writerSentences(doc: ArticleDoc, p: number, masked: string, text: string): Span[] {
  const out: Span[] = [];
  for (const s of doc.paragraphs[p]?.sentences ?? []) {
    const prev = out[out.length - 1];
    // A boundary inside a quotation: the masked text there is blank where the original is not.
    const inside =
      prev && masked.slice(prev.end, s.start + 1).trim() === '' && text.slice(prev.end, s.start + 1).trim() !== '';
    if (prev && inside) prev.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  // wink keeps "…on X. “Nobody …" together after a one-letter word; a full stop outside quotes
  // followed by a quotation that opens with a capital starts a new sentence.
  const split: Span[] = [];
  for (const s of out) {
    let start = s.start;
    const re = /[.?!][”"’]?\s+(?=[“"‘])/gu;
    re.lastIndex = s.start;
    for (let m = re.exec(masked); m && m.index < s.end; m = re.exec(masked)) {
      const at = m.index + m[0].length;
      if (at >= s.end || !/\p{Lu}/u.test(text[at + 1] ?? '')) continue;
      if (/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Adm|Gov|St)\.$/u.test(masked.slice(start, m.index + 1))) continue;
      split.push({ start, end: m.index + m[0].trimEnd().length });
      start = at;
    }
    split.push({ start, end: s.end });
  }
  return split;
}

/** Builds the per-paragraph context: masked text, writer sentences, actor mentions, names, person mentions. */
export function buildContext(doc: ArticleDoc, topic: Topic, masked: string[]): ArticleCtx {
  const paras: ParaCtx[] = doc.paragraphs.map((p, i) => {
    const m = masked[i] ?? p.text;
    const mentions = findActorMentions(m, topic);
    return {
      index: i,
      text: p.text,
      masked: m,
      sentences: writerSentences(doc, i, m, p.text),
      mentions,
      names: nameRuns(m, mentions, topic),
      persons: [],
    };
  });
  const ctx: ArticleCtx = { topic, paras, fullNames: [], gender: new Map() };
  for (const p of paras)
    for (const r of p.names)
      if (
        r.tokens.length >= 2 &&
        isPersonLike(r, null, topic, p.mentions) &&
        !p.mentions.some((x) => x.start <= r.start && x.end >= r.end)
      )
        ctx.fullNames.push(r.tokens);
  for (const p of paras) p.persons = personMentions(ctx, p);
  ctx.gender = genders(ctx);
  return ctx;
}

const MALE = wordSet(
  'mr sir lord king prince father congressman chairman spokesman businessman man father husband widower son brother grandfather',
);
const FEMALE = wordSet(
  'ms mrs miss madam dame lady queen princess congresswoman chairwoman spokeswoman businesswoman woman mother wife widow daughter sister grandmother',
);
const SAYS_PRONOUN =
  /^(?:,[^,]{0,100},)?\s+(?:\p{Ll}+\s+){0,2}?(?:said|says|told|added|wrote|insisted|argued|noted|warned|explained|stressed|believes|believed|thinks|thought)\s+(?:\p{Ll}+\s+){0,3}?(he|his|him|she|her)\b/u;
const APPOSITIVE_NOUN = /^,\s+(?:a|an|the)\s+[^,]{0,60}?\b(\p{Ll}+)\b(?=[,.]|\s+(?:who|of|at|for|in)\b)/u;

// Who is "he" and who is "she": titles (Mr., Ms.), appositives ("a spokeswoman") and a pronoun right
// after the person's own speech verb ("Sheinbaum said her government …") give a person a gender.
function genders(ctx: ArticleCtx): Map<string, 'm' | 'f'> {
  const votes = new Map<string, number>();
  for (const p of ctx.paras)
    for (const m of p.persons) {
      const key = personKey(ctx, m.ref);
      if (!key) continue;
      let v = 0;
      const run = p.names.find((r) => r.start <= m.ref.start && r.end >= m.ref.end);
      for (const t of run?.titles ?? []) v += MALE.has(t) ? 1 : FEMALE.has(t) ? -1 : 0;
      const after = p.masked.slice(m.end, m.end + 200);
      const pron = SAYS_PRONOUN.exec(after)?.[1];
      if (pron) v += /^h(?:e|is|im)$/.test(pron) ? 1 : -1;
      const noun = APPOSITIVE_NOUN.exec(after)?.[1];
      if (noun) v += MALE.has(noun) ? 1 : FEMALE.has(noun) ? -1 : 0;
      if (v) votes.set(key, (votes.get(key) ?? 0) + v);
    }
  const out = new Map<string, 'm' | 'f'>();
  for (const [k, v] of votes) if (v) out.set(k, v > 0 ? 'm' : 'f');
  return out;
}

function personKey(ctx: ArticleCtx, ref: SpeakerRef): string | null {
  if (ref.kind === 'actor') return ref.actorId ?? null;
  if (ref.kind === 'name') return foldText(resolveName(ctx, ref).speaker ?? '');
  return null;
}

function sentenceAt(p: ParaCtx, pos: number): Span {
  for (const s of p.sentences) if (pos >= s.start && pos < s.end) return s;
  for (const s of p.sentences) if (pos < s.start) return { start: s.start, end: s.end };
  const last = p.sentences[p.sentences.length - 1];
  return last ?? { start: 0, end: p.text.length };
}

/** Returns the index of the writer sentence holding `pos`. */
export function sentenceIndex(p: ParaCtx, pos: number): number {
  for (let i = 0; i < p.sentences.length; i++) {
    const s = p.sentences[i]!;
    if (pos >= s.start && pos < s.end) return i;
    if (pos < s.start) return i;
  }
  return Math.max(0, p.sentences.length - 1);
}

/** Returns the writer sentence holding `pos`. */
export function sentenceSpan(p: ParaCtx, pos: number): Span {
  return sentenceAt(p, pos);
}

function personMentions(ctx: ArticleCtx, p: ParaCtx): PersonMention[] {
  const out: PersonMention[] = [];
  const { topic } = ctx;
  const taken: Span[] = [];
  for (const m of p.mentions) {
    const actor = actorById(topic, m.actorId);
    if (actor?.type !== 'person') continue;
    const before = p.masked.slice(Math.max(0, m.start - 12), m.start);
    if (m.via === 'role' && /\b(?:a|an|another)\s+$/i.test(before)) continue;
    // "Colombian Defense Minister Ivan Velasquez": the name that follows a role phrase wins.
    if (m.via === 'role' && p.names.some((r) => r.start > m.start && r.start <= m.end + 1 && r.end > m.end)) continue;
    const run = p.names.find((r) => r.start <= m.start && r.end >= m.start);
    if (m.via === 'name' && run && !mentionFitsRun(m, run, topic)) continue;
    const start = Math.min(m.start, run?.fullStart ?? m.start);
    taken.push({ start: m.start, end: m.end });
    out.push({ start, end: m.end, ref: actorRef(p, m), ...position(p, start) });
  }
  for (const r of p.names) {
    if (taken.some((t) => t.start < r.end && r.start < t.end)) continue;
    if (!isPersonLike(r, ctx.fullNames, topic, p.mentions)) continue;
    if (followsModifiee(p.masked, r.end)) continue;
    out.push({ start: r.fullStart, end: r.end, ref: nameRef(p, r), ...position(p, r.fullStart) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether an actor's alias found inside a longer name really is that actor: "Kelly" inside
 * "Kelly Ortega" is someone else; "Trump" inside "Donald J. Trump" is not.
 */
function mentionFitsRun(m: ActorMention, run: NameRun, topic: Topic): boolean {
  if (m.start <= run.start && m.end >= run.end) return true;
  if (m.end < run.end) return false;
  const actor = actorById(topic, m.actorId);
  const first = foldText(actor?.name.split(/\s+/)[0] ?? '');
  return foldText(run.tokens[0] ?? '') === first;
}

// "the Biden administration": a name followed by a noun it modifies.
function followsModifiee(masked: string, end: number): boolean {
  const m = /^\s+([\p{Ll}-]+)/u.exec(masked.slice(end));
  return !!m && MODIFIEES.has(m[1] ?? '');
}

function position(p: ParaCtx, start: number): { subject: boolean; main: boolean } {
  const s = sentenceAt(p, start);
  let before = p.masked.slice(s.start, start);
  // Step back over a role phrase or "the" directly before the name.
  before = before.replace(/(?:(?:[\p{Lu}][\p{L}.'’-]*|of|the|for)\s+)*$/u, '');
  const prevWord = /([\p{L}]+)\W*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  const tail = before.trimEnd();
  if (tail === '' || /[,;:(—–“”"‘’]$/u.test(tail)) return { subject: true, main: true };
  if (SUBORDINATORS.has(prevWord) || prevWord === 'by') return { subject: true, main: true };
  if (EMBEDDING.has(prevWord)) return { subject: true, main: false };
  if (SPEECH_VERBS.has(prevWord) && /[”"’]\s*,?\s*\S+\s*$/u.test(tail)) return { subject: true, main: true };
  return { subject: false, main: false };
}

function actorRef(p: ParaCtx, m: ActorMention): SpeakerRef {
  return {
    kind: 'actor',
    para: p.index,
    start: m.start,
    end: m.end,
    text: m.text,
    actorId: m.actorId,
    viaRole: m.via === 'role',
    strong: true,
  };
}

function nameRef(p: ParaCtx, r: NameRun): SpeakerRef {
  return {
    kind: 'name',
    para: p.index,
    start: r.start,
    end: r.end,
    text: p.text.slice(r.start, r.end),
    tokens: r.tokens,
    strong: true,
  };
}

// ---------- noun phrases ----------

interface Tok {
  t: string;
  start: number;
  end: number;
}

function tokensOf(text: string, offset: number): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’&-]*/gu)) {
    let t = m[0];
    // Keep U.S. and initials; drop a sentence-final full stop from an ordinary word.
    if (/^[\p{L}]{2,}\.$/u.test(t) && !/^\p{Lu}{1,3}\.$/u.test(t)) t = t.slice(0, -1);
    out.push({ t, start: offset + m.index, end: offset + m.index + t.length });
  }
  return out;
}

const headOf = (t: string): string | null => {
  const w = lower(t).replace(/['’]s$/u, '');
  return HEADS.has(w) ? w : null;
};

// A noun phrase whose head ends exactly at `end`: "a senior administration official".
function nounPhraseEndingAt(p: ParaCtx, from: number, end: number): SpeakerRef | null {
  const toks = tokensOf(p.masked.slice(from, end), from);
  const last = toks[toks.length - 1];
  if (!last || last.end !== end) return null;
  const head = headOf(last.t);
  if (!head) return null;
  let k = toks.length - 1;
  let modifiers = 0;
  while (k > 0 && modifiers < 6) {
    const prev = toks[k - 1]!;
    // Punctuation between words ends the phrase ("…, officials").
    if (p.masked.slice(prev.end, toks[k]!.start).trim() !== '') break;
    const w = lower(prev.t);
    if (DETERMINERS.has(w)) {
      k--;
      break;
    }
    if (NP_BREAK.has(w) || SPEECH_VERBS.has(w) || /ly$/.test(w) || /^\d/.test(w)) break;
    k--;
    modifiers++;
  }
  const first = toks[k]!;
  const det = DETERMINERS.has(lower(first.t)) ? lower(first.t) : null;
  return {
    kind: 'noun',
    para: p.index,
    start: first.start,
    end,
    text: p.text.slice(first.start, end),
    head,
    bare: modifiers === 0 && det !== null && !INDEFINITE.has(det),
    strong: true,
  };
}

// A noun phrase starting at `start`: determiner, modifiers, head, and a short "for/of/familiar with" tail.
function nounPhraseStartingAt(p: ParaCtx, start: number, limit: number): SpeakerRef | null {
  const toks = tokensOf(p.masked.slice(start, limit), start);
  let k = 0;
  if (toks[0] && DETERMINERS.has(lower(toks[0].t))) k = 1;
  for (let n = 0; k < toks.length && n < 7; k++, n++) {
    const tok = toks[k]!;
    if (k > 0 && p.masked.slice(toks[k - 1]!.end, tok.start).trim() !== '') return null;
    const head = headOf(tok.t);
    const next = toks[k + 1];
    // Take the last head in a compound ("White House press secretary"), not the first.
    if (head && !(next && headOf(next.t) && p.masked.slice(tok.end, next.start).trim() === '')) {
      let end = tok.end;
      // "the head of state" is a bare role noun for the president: as clear as its antecedent.
      const ofState = head === 'head' ? /^\s+of\s+state\b/iu.exec(p.masked.slice(end, limit)) : null;
      if (ofState && k === 1 && lower(toks[0]!.t) === 'the')
        return {
          kind: 'noun',
          para: p.index,
          start: toks[0]!.start,
          end: end + ofState[0].length,
          text: p.text.slice(toks[0]!.start, end + ofState[0].length),
          head: 'president',
          bare: true,
          strong: true,
        };
      const tail =
        /^\s+(?:familiar with|close to|briefed on|with knowledge of|for|from|of|at)\s+[^,;:.“”"()—]{1,60}/u.exec(
          p.masked.slice(end, limit),
        );
      if (tail) {
        // The phrase ends before a time or place adjunct ("… during an event in Barranquilla").
        const cut = tail[0].search(
          /\s(?:said|says|told|wrote|added|who|which|that|during|while|when|after|before|on|in)\b/,
        );
        end += cut >= 0 ? cut : tail[0].length;
      }
      const first = toks[0]!;
      const det = DETERMINERS.has(lower(first.t)) ? lower(first.t) : null;
      return {
        kind: 'noun',
        para: p.index,
        start: first.start,
        end,
        text: p.text.slice(first.start, end).trim(),
        head,
        bare: k === (det ? 1 : 0) && det !== null && !INDEFINITE.has(det) && end === tok.end,
        strong: true,
      };
    }
    const w = lower(tok.t);
    if (NP_BREAK.has(w) || SPEECH_VERBS.has(w) || PRONOUNS.has(w)) return null;
  }
  return null;
}

/** Strips auxiliaries, adverbs and time phrases between a subject and its verb ("Trump has also repeatedly"). */
function stripTrailing(text: string): string {
  let t = text;
  for (;;) {
    const before = t;
    t = t.replace(/\s+$/u, '');
    t = t.replace(
      /(?:^|\s)(?:on|last|this|earlier|late|early)\s+(?:\p{Lu}[\p{L}]+\.?(?:\s+\d{1,2})?|week|month|year|night|morning|afternoon|evening)$/u,
      '',
    );
    t = t.replace(/(?:^|\s)(?:yesterday|today|tonight)$/iu, '');
    const m = /(?:^|\s)([\p{Ll}]+)$/u.exec(t);
    if (m && (AUX.has(m[1]!) || /ly$/.test(m[1]!))) t = t.slice(0, m.index);
    if (t === before) return t;
  }
}

/** Returns the speaker phrase ending at `end` (after trailing spaces): a pronoun, a name, an actor or an unnamed source. */
export function npAtEnd(ctx: ArticleCtx, p: ParaCtx, from: number, end: number): SpeakerRef | null {
  const slice = p.masked.slice(from, end);
  const trimmed = slice.replace(/[\s,]+$/u, '');
  const e = from + trimmed.length;
  if (e <= from) return null;
  const pron = /(?:^|[^\p{L}])(he|she|they|it|we|i)$/iu.exec(trimmed);
  if (pron) {
    const start = e - (pron[1] ?? '').length;
    return { kind: 'pronoun', para: p.index, start, end: e, text: p.text.slice(start, e), strong: true };
  }
  const run = p.names.find((r) => r.end === e && r.start >= from);
  const mention = p.mentions.filter((m) => m.end === e && m.start >= from).sort((a, b) => a.start - b.start)[0];
  const noun = nounPhraseEndingAt(p, from, e);
  const { topic } = ctx;
  if (run && isPersonLike(run, ctx.fullNames, topic, p.mentions) && (!mention || mention.start >= run.start)) {
    if (mention && mention.start <= run.start) return actorRef(p, mention);
    return nameRef(p, run);
  }
  if (mention) {
    const actor = actorById(topic, mention.actorId);
    if (actor?.type === 'person') {
      if (mention.via === 'role' && /\b(?:a|an|another)\s+$/i.test(p.masked.slice(from, mention.start)))
        return (
          noun ?? {
            kind: 'noun',
            para: p.index,
            start: mention.start,
            end: e,
            text: mention.text,
            head: lower(mention.text.split(/\s+/).pop() ?? ''),
            strong: true,
          }
        );
      return actorRef(p, mention);
    }
    if (noun && noun.start < mention.start) return noun;
    return withHeadBeforePreposition(ctx, p, from, mention.start, actorRef(p, mention));
  }
  if (noun) return withHeadBeforePreposition(ctx, p, from, noun.start, noun);
  if (run) {
    const ref = nameRef(p, run);
    if (!run.orgLike && run.tokens.length === 1 && !run.titled) ref.strong = false;
    return withHeadBeforePreposition(ctx, p, from, run.fullStart, ref);
  }
  return null;
}

// "the embassy in Washington", "a spokesman for the ministry": the head before the preposition speaks.
function withHeadBeforePreposition(
  ctx: ArticleCtx,
  p: ParaCtx,
  from: number,
  start: number,
  ref: SpeakerRef,
): SpeakerRef {
  const before = p.masked.slice(from, start);
  const m = /\s([\p{Ll}]+)\s+(?:the\s+)?$/u.exec(before);
  if (!m || !PREPOSITIONS.has(m[1] ?? '')) return ref;
  const prepAt = from + m.index;
  const head = npAtEnd(ctx, p, from, prepAt);
  if (!head || head.kind === 'pronoun' || (head.kind === 'name' && !head.strong)) return ref;
  // "Professor Oona Hathaway of Yale Law School": the person, not the place.
  if (head.kind === 'name' || (head.kind === 'actor' && actorById(ctx.topic, head.actorId ?? '')?.type === 'person'))
    return head;
  return { ...head, end: ref.end, text: p.text.slice(head.start, ref.end), bare: false };
}

/** Returns the speaker phrase starting at `start` ("said Todd Robinson", "said a spokesman for the ministry"). */
export function npAtStart(ctx: ArticleCtx, p: ParaCtx, start: number, limit: number): SpeakerRef | null {
  const lead = /^[\s,]*(?:(?:and|but|yet|so)\s+)?/iu.exec(p.masked.slice(start, limit));
  const s = start + (lead?.[0].length ?? 0);
  const rest = p.masked.slice(s, limit);
  const pron = /^(he|she|they|it|we|i)\b/iu.exec(rest);
  if (pron) return { kind: 'pronoun', para: p.index, start: s, end: s + pron[1]!.length, text: pron[1]!, strong: true };
  const { topic } = ctx;
  const theLen = /^the\s+/iu.exec(rest)?.[0].length ?? 0;
  const run = p.names.find(
    (r) => r.fullStart === s || (r.fullStart === s + theLen && theLen > 0) || (r.fullStart <= s && r.start >= s),
  );
  const mention = p.mentions
    .filter((m) => m.start === s || m.start === s + theLen)
    .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  const noun = nounPhraseStartingAt(p, s, limit);
  if (
    run &&
    run.end <= limit &&
    isPersonLike(run, ctx.fullNames, topic, p.mentions) &&
    !followsModifiee(p.masked, run.end)
  ) {
    const covering = p.mentions.find((m) => m.start <= run.start && m.end >= run.end);
    if (covering && !(covering.end > run.end)) return actorRef(p, covering);
    if (!mention || mention.end <= run.end) return nameRef(p, run);
  }
  if (mention) {
    const actor = actorById(topic, mention.actorId);
    if (noun && noun.end > mention.end && actor?.type !== 'person') return appositiveName(ctx, p, noun, limit) ?? noun;
    return actorRef(p, mention);
  }
  if (noun) return appositiveName(ctx, p, noun, limit) ?? noun;
  if (run && run.end <= limit && !followsModifiee(p.masked, run.end)) {
    const ref = nameRef(p, run);
    if (!run.orgLike && run.tokens.length === 1 && !run.titled) ref.strong = false;
    return ref;
  }
  return null;
}

// "the country’s foreign minister, Yván Gil": a person's name in apposition names the speaker.
function appositiveName(ctx: ArticleCtx, p: ParaCtx, noun: SpeakerRef, limit: number): SpeakerRef | null {
  if (!PERSON_HEADS.has(noun.head ?? '') && !INSTITUTION_HEADS.has(noun.head ?? '')) return null;
  const m = /^\s*,?\s*/u.exec(p.masked.slice(noun.end, limit));
  const at = noun.end + (m?.[0].length ?? 0);
  const run = p.names.find((r) => r.fullStart === at && r.end <= limit);
  if (!run || !isPersonLike(run, ctx.fullNames, ctx.topic, p.mentions)) return null;
  const covering = p.mentions.find((x) => x.start <= run.start && x.end >= run.end);
  return covering ? actorRef(p, covering) : nameRef(p, run);
}

/** Splits [from, to) of the masked paragraph at top-level commas and dashes. */
function segments(masked: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let s = from;
  for (let i = from; i < to; i++) {
    const ch = masked[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && (ch === ',' || ch === '—' || ch === '–' || ch === ';')) {
      out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  out.push({ start: s, end: to });
  return out;
}

/** What `subjectBefore` found. */
export interface SubjectHit {
  ref: SpeakerRef;
  /** Whether nothing but punctuation stands between `from` and the subject phrase. */
  adjacent: boolean;
}

/**
 * Finds the subject of a verb at `verbStart`, looking left no further than `from`: the phrase
 * right before the verb, or past appositives ("Adam Cohen, a former head of X, told us") and
 * relative clauses ("Senator Rand Paul, who wrote"). Returns 'coordinated' for "… and said".
 */
export function subjectBefore(
  ctx: ArticleCtx,
  p: ParaCtx,
  from: number,
  verbStart: number,
): SubjectHit | 'coordinated' | 'passive' | null {
  const raw = p.masked.slice(from, verbStart);
  if (/(?:^|\s)(?:is|was|were|are|be|been|being)\s*$/u.test(raw)) return 'passive';
  const stripped = stripTrailing(raw);
  let end = from + stripped.length;
  const rel = /,?\s*\b(?:who|which)$/u.exec(stripped);
  if (rel) {
    end = from + rel.index;
    const ref = npAtEnd(ctx, p, from, end);
    return ref ? { ref, adjacent: false } : null;
  }
  const segs = segments(p.masked, from, end);
  const own = segs[segs.length - 1]!;
  const ownText = p.masked.slice(own.start, own.end);
  if (/^\s*(?:and|but|or|then|and\s+then)\s*$/iu.test(ownText)) return 'coordinated';
  // Only punctuation and a title ("Treasury Secretary", "Secretary of State") may precede the subject.
  const isFirst = (k: number, ref: SpeakerRef): boolean =>
    k === 0 &&
    /^[\s\p{P}]*(?:(?:[\p{Lu}][\p{L}.'’-]*|of|the)\s+)*$/u.test(
      p.masked.slice(from, ref.start).replace(/[“”"‘’]/gu, ''),
    );
  if (ownText.trim() !== '') {
    const ref = npAtEnd(ctx, p, own.start, own.end);
    if (!ref) return null;
    return { ref, adjacent: isFirst(segs.length - 1, ref) };
  }
  let fallback: SubjectHit | null = null;
  let example: SubjectHit | null = null;
  for (let k = segs.length - 2; k >= 0; k--) {
    const seg = segs[k]!;
    const t = p.masked.slice(seg.start, seg.end);
    const firstWord = /^[\s“”"‘’]*([\p{L}]+)/u.exec(t)?.[1] ?? '';
    // "Some, like Professor Oona Hathaway, have called …": the named example speaks.
    if (k > 0 && /^(?:like|including)$/i.test(firstWord)) {
      const ex = npAtEnd(ctx, p, seg.start, seg.end);
      if (ex && (ex.kind === 'name' || ex.kind === 'actor') && ex.strong) example ??= { ref: ex, adjacent: false };
      continue;
    }
    const appositive = /^\p{Ll}/u.test(firstWord) && !PRONOUNS.has(firstWord) && !(k === 0 && from === 0);
    if (k > 0 && appositive) continue;
    if (/^(?:who|whose|which)$/i.test(firstWord)) continue;
    if (t.trim() === '') continue;
    const ref = npAtEnd(ctx, p, seg.start, seg.end);
    if (!ref) break;
    const hit = { ref, adjacent: isFirst(k, ref) };
    if (ref.strong && !(example && ref.kind === 'noun')) return hit;
    fallback ??= hit;
  }
  return example ?? fallback;
}

/** Finds the main subject of the sentence starting at `start`, skipping introductory phrases ("On Wednesday,"). */
export function mainSubject(ctx: ArticleCtx, p: ParaCtx, start: number, limit: number): SpeakerRef | null {
  // A wire dateline ("LONDON, Nov 14 (Reuters) -", "BOGOTÁ. —") names where, not who.
  const dateline = DATELINE_OPENER.exec(p.masked.slice(start, limit));
  if (dateline) start += dateline[0].length;
  const segs = segments(p.masked, start, limit);
  let k = 0;
  while (k < segs.length - 1) {
    const t = p.masked.slice(segs[k]!.start, segs[k]!.end).trim();
    const first = lower(/^[“”"‘’]*([\p{L}\p{N}]+)/u.exec(t)?.[1] ?? '');
    if (INTRO.has(first) || /(?:ly|ing|ed)$/.test(first) || /^\d/.test(first) || t === '') k++;
    else break;
  }
  const seg = segs[k];
  if (!seg) return null;
  return npAtStart(ctx, p, seg.start, limit);
}

// ---------- resolution ----------

// Institutions a country speaks through: a quote from "the Spanish foreign ministry" is the
// ministry's, named as the article names it (a reader can find "Spanish" in the text, not "Spain").
const INSTITUTION_NAME =
  /^(?:the\s+)?(.{2,60}?\b(?:ministry|embassy|department|office|government|presidency|mission|delegation|foreign office)(?:\s+(?:in|of)\s+\p{Lu}[\p{L}.,' ]{1,30}?)?)$/iu;

function institutionName(text: string): string | null {
  const m = INSTITUTION_NAME.exec(text.trim().replace(/\s+/g, ' '));
  return m ? m[1]!.replace(/,$/, '') : null;
}

const DATELINE_OPENER =
  /^\s*\p{Lu}{3,}[\p{Lu}\p{M}.'’ ]*(?:,\s*[\p{L}\p{M} .]{2,30}?)?(?:,?\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[.,]?\s*[-—–]{1,2}\s*/u;

/** Resolves a speaker phrase to a display name and topic actor; null when it cannot be resolved. */
export function resolveRef(
  ctx: ArticleCtx,
  ref: SpeakerRef,
  previousSpeaker: (p: number, pos: number) => Resolved | null,
): Resolved | null {
  const { topic } = ctx;
  switch (ref.kind) {
    case 'actor': {
      const actor = actorById(topic, ref.actorId ?? '');
      if (!actor) return null;
      return {
        speaker: actor.type === 'person' ? actor.name : (institutionName(ref.text) ?? actor.name),
        speakerId: actor.id,
        via: ref.viaRole ? 'role' : actor.type === 'person' ? 'name' : 'org',
      };
    }
    case 'name':
      return resolveName(ctx, ref);
    case 'pronoun': {
      const w = lower(ref.text);
      if (w === 'he' || w === 'she') {
        const ante = antecedent(ctx, ref.para, ref.start);
        if (!ante) return null;
        const r = resolveRef(ctx, ante, previousSpeaker);
        return r && { ...r, via: 'pronoun' };
      }
      if (w === 'it' || w === 'they') {
        const ante = groupAntecedent(ctx, ref.para, ref.start, w === 'they');
        if (!ante) return null;
        const r = resolveRef(ctx, ante, previousSpeaker);
        return r && { ...r, via: 'pronoun' };
      }
      return null;
    }
    case 'noun':
      return resolveNoun(ctx, ref, previousSpeaker);
  }
}

function resolveName(ctx: ArticleCtx, ref: SpeakerRef): Resolved {
  const p = ctx.paras[ref.para]!;
  const covering = p.mentions.find((m) => m.start <= ref.start && m.end >= ref.end);
  if (covering) {
    const actor = actorById(ctx.topic, covering.actorId);
    if (actor) return { speaker: actor.name, speakerId: actor.id, via: actor.type === 'person' ? 'name' : 'org' };
  }
  const tokens = ref.tokens ?? [ref.text];
  const keys = tokens.map(foldText);
  // The fullest name in the article that ends with these words ("Brownfield" → "William Brownfield").
  let best: string[] | null = null;
  for (const n of ctx.fullNames) {
    if (n.length <= tokens.length) continue;
    const tail = n.slice(n.length - tokens.length).map(foldText);
    if (tail.every((t, i) => t === keys[i]) && (!best || n.length > best.length)) best = n;
  }
  return { speaker: (best ?? tokens).join(' '), speakerId: null, via: 'name' };
}

function resolveNoun(
  ctx: ArticleCtx,
  ref: SpeakerRef,
  previousSpeaker: (p: number, pos: number) => Resolved | null,
): Resolved | null {
  const head = ref.head ?? '';
  const p = ctx.paras[ref.para]!;
  if (STATEMENT_HEADS.has(head) || DOCUMENT_HEADS.has(head)) {
    // "the ministry’s statement", "Petro’s post": the possessor issued it.
    const poss = /['’]s?\s/u.exec(p.text.slice(ref.start, ref.end));
    if (poss) {
      const owner = npAtEnd(ctx, p, ref.start, ref.start + poss.index);
      if (owner && owner.kind !== 'pronoun') return resolveRef(ctx, owner, previousSpeaker);
    }
    // "a statement from the ministry": whoever comes after the preposition issued it.
    const tail = /\s(?:from|by|of)\s+/iu.exec(p.text.slice(ref.start, ref.end));
    if (tail) {
      const source = npAtStart(ctx, p, ref.start + tail.index + tail[0].length, ref.end);
      if (source && source.kind !== 'pronoun') return resolveRef(ctx, source, previousSpeaker);
    }
  }
  if (STATEMENT_HEADS.has(head) && /^(?:the|this|that|his|her|their|its)\s/iu.test(ref.text)) {
    // "The ministry issued a statement. “…,” the statement said." — else the statement just quoted.
    const intro = introducedStatement(ctx, ref, previousSpeaker);
    if (intro) return { ...intro, via: 'statement' };
    const prev = previousSpeaker(ref.para, ref.start);
    return prev && { ...prev, via: 'statement' };
  }
  if (STATEMENT_HEADS.has(head) || DOCUMENT_HEADS.has(head)) return null;
  const inside = p.mentions.filter((m) => m.start >= ref.start && m.end <= ref.end);
  if (INSTITUTION_HEADS.has(head)) {
    // "its foreign ministry", "their embassy": the institution of the country or body just named.
    const owned = /^(?:its|their)\s+(.+)$/iu.exec(ref.text);
    if (owned && !inside.length) {
      const ante = groupAntecedent(ctx, ref.para, ref.start, false);
      const owner = ante?.kind === 'actor' ? actorById(ctx.topic, ante.actorId ?? '') : undefined;
      if (owner && owner.type !== 'person')
        return { speaker: `${owner.name}’s ${owned[1]!}`, speakerId: owner.id, via: 'org' };
    }
    const indefinite = /^(?:a|an|another|one)\s/iu.test(ref.text);
    let m = inside.find((x) => actorById(ctx.topic, x.actorId)?.type !== 'person');
    // "a White House spokesperson" is not the one person whose role that is: the institution speaks.
    if (!m && indefinite) {
      const headAt = p.masked.slice(ref.start, ref.end).toLowerCase().lastIndexOf(head);
      const shorter = findActorMentions(p.masked.slice(ref.start, ref.start + Math.max(0, headAt)), ctx.topic);
      m = shorter.find((x) => actorById(ctx.topic, x.actorId)?.type !== 'person');
    }
    m ??= indefinite ? undefined : inside[0];
    const actor = m && actorById(ctx.topic, m.actorId);
    if (actor)
      return {
        speaker: actor.type === 'person' ? actor.name : (institutionName(ref.text) ?? actor.name),
        speakerId: actor.id,
        via: 'org',
      };
  }
  // "the Colombian leader", "Brazil's president": the country's head the article names, if only one.
  if (LEADER_HEADS.has(head)) {
    const country = inside.find((x) => actorById(ctx.topic, x.actorId)?.type === 'country');
    const named = country
      ? ctx.topic.actors.filter(
          (a) =>
            a.type === 'person' &&
            a.country === country.actorId &&
            HEAD_OF_GOVERNMENT.test(a.role ?? '') &&
            !/\b(?:vice|deputy)\b/i.test(a.role ?? '') &&
            ctx.paras.some((para) => para.mentions.some((m) => m.actorId === a.id)),
        )
      : [];
    if (named.length === 1) return { speaker: named[0]!.name, speakerId: named[0]!.id, via: 'role' };
  }
  if (ref.bare) {
    // "the official", "the president": only as clear as its antecedent.
    // An office noun no earlier phrase shares ("the minister" after "John Healey, speaking …"):
    // the person the paragraph is about, as for "he"/"she".
    const same = nounAntecedent(ctx, ref);
    const office = !same && OFFICE_HEADS.has(head) ? antecedent(ctx, ref.para, ref.start, 1) : null;
    if (office) {
      const r = resolveRef(ctx, office, previousSpeaker);
      return r && { ...r, via: 'office' };
    }
    const ante = same;
    if (!ante) return null;
    return ante.kind === 'noun'
      ? resolveNoun(ctx, { ...ante, bare: false }, previousSpeaker)
      : resolveRef(ctx, ante, previousSpeaker);
  }
  if (/^the\s/iu.test(ref.text) && PERSON_HEADS.has(head) && !/s$/.test(head)) {
    // "the former ambassador" after "John Feeley, a former ambassador to Panama".
    const named = appositiveAntecedent(ctx, ref, head);
    if (named) return resolveRef(ctx, named, previousSpeaker);
  }
  const text = ref.text
    .replace(/^(?:a|an|the|another|one)\s+/iu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { speaker: text, speakerId: null, via: 'noun' };
}

// The subject of the sentence (this or the one before) that introduced the statement ("The ministry issued a statement").
function introducedStatement(
  ctx: ArticleCtx,
  ref: SpeakerRef,
  previousSpeaker: (p: number, pos: number) => Resolved | null,
): Resolved | null {
  const p = ctx.paras[ref.para]!;
  const si = sentenceIndex(p, ref.start);
  for (let k = si; k >= 0 && k >= si - 1; k--) {
    const s = p.sentences[k]!;
    const limit = Math.min(s.end, ref.start);
    const text = p.masked.slice(s.start, limit);
    if (!new RegExp(String.raw`\b${ref.head ?? ''}\b`, 'iu').test(text)) continue;
    const subj = mainSubject(ctx, p, s.start, limit);
    if (
      !subj ||
      subj.kind === 'pronoun' ||
      (subj.kind === 'noun' && (STATEMENT_HEADS.has(subj.head ?? '') || DOCUMENT_HEADS.has(subj.head ?? '')))
    )
      continue;
    return resolveRef(ctx, subj, previousSpeaker);
  }
  return null;
}

// Nouns for a country's head and the roles that make a person one.
const LEADER_HEADS = wordSet('leader president premier head');
const HEAD_OF_GOVERNMENT = /\b(?:president|prime minister|premier|chancellor)\b/i;

// Singular offices whose holder a news story names just before calling them by the office alone.
const OFFICE_HEADS = wordSet('minister secretary president chancellor premier ambassador envoy senator governor mayor');

const ORG_HEADS = wordSet(
  'group organization organisation agency company union coalition alliance network movement party',
);

// "the official" → the most recent earlier phrase with the same head and some modifiers;
// "the group" → else the organisation named as a subject just before ("Amnesty International called …").
function nounAntecedent(ctx: ArticleCtx, ref: SpeakerRef): SpeakerRef | null {
  const head = ref.head ?? '';
  const same = sameHeadAntecedent(ctx, ref, head);
  if (same || !ORG_HEADS.has(head)) return same;
  const p = ctx.paras[ref.para]!;
  const si = sentenceIndex(p, ref.start);
  for (let pi = ref.para, k = si; pi >= 0 && pi >= ref.para - 1; pi--) {
    const para = ctx.paras[pi]!;
    if (pi !== ref.para) k = para.sentences.length - 1;
    for (; k >= 0; k--) {
      const s = para.sentences[k]!;
      const subj = mainSubject(ctx, para, s.start, pi === ref.para ? Math.min(s.end, ref.start) : s.end);
      if (!subj || (pi === ref.para && subj.start >= ref.start)) continue;
      const run = subj.kind === 'name' ? para.names.find((r) => r.start === subj.start) : undefined;
      if (
        (run && run.orgLike) ||
        (subj.kind === 'actor' && actorById(ctx.topic, subj.actorId ?? '')?.type === 'organisation')
      )
        return subj;
    }
  }
  return null;
}

// The latest person described in apposition with this head noun: "Todd Robinson, who served as ambassador", "Feeley, a former ambassador".
function appositiveAntecedent(ctx: ArticleCtx, ref: SpeakerRef, head: string): SpeakerRef | null {
  for (let pi = ref.para; pi >= 0 && pi >= ref.para - 8; pi--) {
    const p = ctx.paras[pi]!;
    const limit = pi === ref.para ? ref.start : p.masked.length;
    const hits = [...p.masked.slice(0, limit).matchAll(new RegExp(String.raw`\b${head}\b`, 'giu'))];
    for (let h = hits.length - 1; h >= 0; h--) {
      const at = hits[h]!.index;
      const s = sentenceAt(p, at);
      const lead = p.masked.slice(s.start, at);
      const m = /,\s+(?:(?:a|an|the|another|who\s+\S+(?:\s+as)?)\s+)[^,]{0,80}$/u.exec(lead);
      if (!m) continue;
      const run = p.names.find((r) => r.end === s.start + m.index);
      if (!run || !isPersonLike(run, ctx.fullNames, ctx.topic, p.mentions)) continue;
      const covering = p.mentions.find((x) => x.start <= run.start && x.end >= run.end);
      return covering ? actorRef(p, covering) : nameRef(p, run);
    }
  }
  return null;
}

function sameHeadAntecedent(ctx: ArticleCtx, ref: SpeakerRef, head: string): SpeakerRef | null {
  // "the president added": the latest person introduced with that title or holding that role.
  for (let pi = ref.para; pi >= 0 && pi >= ref.para - 3; pi--) {
    const p = ctx.paras[pi]!;
    const persons = p.persons.filter((m) => pi !== ref.para || m.end <= ref.start);
    for (let i = persons.length - 1; i >= 0; i--) {
      const m = persons[i]!;
      const run = p.names.find((r) => r.start <= m.ref.start && r.end >= m.ref.end);
      const actor = m.ref.kind === 'actor' ? actorById(ctx.topic, m.ref.actorId ?? '') : undefined;
      const roleWords = [actor?.role ?? '', ...(actor?.roles ?? []), m.ref.viaRole ? m.ref.text : '']
        .join(' ')
        .toLowerCase();
      if (run?.titles.includes(head) || new RegExp(String.raw`\b${head}\b`, 'u').test(roleWords)) return m.ref;
    }
  }
  for (let pi = ref.para; pi >= 0 && pi >= ref.para - 8; pi--) {
    const p = ctx.paras[pi]!;
    const limit = pi === ref.para ? ref.start : p.masked.length;
    const re = new RegExp(String.raw`\b${head}\b`, 'giu');
    const hits = [...p.masked.slice(0, limit).matchAll(re)];
    for (let h = hits.length - 1; h >= 0; h--) {
      const at = hits[h]!.index;
      const np = nounPhraseEndingAt(p, Math.max(0, at - 80), at + head.length);
      if (np && !np.bare && np.text.split(/\s+/).length > 1) return np;
    }
  }
  return null;
}

/** The person a he/she at `pos` refers to: the nearest subject mention, preferring main clauses, up to `paragraphsBack` paragraphs back. */
function antecedent(ctx: ArticleCtx, para: number, pos: number, paragraphsBack = 3): SpeakerRef | null {
  let seen = 0;
  const pron = lower(ctx.paras[para]?.masked.slice(pos, pos + 3) ?? '');
  const want = /^he\b/.test(pron) ? 'm' : /^she/.test(pron) ? 'f' : null;
  for (let pi = para; pi >= 0 && pi >= para - paragraphsBack; pi--) {
    const p = ctx.paras[pi]!;
    for (let si = p.sentences.length - 1; si >= 0; si--) {
      const s = p.sentences[si]!;
      if (pi === para && s.start >= pos) continue;
      const limit = pi === para ? Math.min(pos, s.end) : s.end;
      const cands = p.persons
        .filter((m) => m.start >= s.start && m.end <= limit)
        .map((m) => ({ m, g: ctx.gender.get(personKey(ctx, m.ref) ?? '') }))
        .filter(({ g }) => !g || !want || g === want)
        .reverse();
      // A person the article has shown to be "she" (or "he") beats a subject of unknown gender.
      const pick =
        (want ? (cands.find(({ m, g }) => g === want && m.subject) ?? cands.find(({ g }) => g === want)) : undefined) ??
        cands.find(({ m }) => m.subject && m.main) ??
        cands.find(({ m }) => m.subject);
      if (pick) return pick.m.ref;
      if (++seen >= 6) return null;
    }
  }
  return null;
}

// "it"/"they": the nearest organisation or country (or, for "they", a plural unnamed source) in subject position.
function groupAntecedent(ctx: ArticleCtx, para: number, pos: number, plural: boolean): SpeakerRef | null {
  const p = ctx.paras[para]!;
  const si = sentenceIndex(p, pos);
  for (let k = si; k >= 0 && k >= si - 1; k--) {
    const s = p.sentences[k]!;
    const limit = k === si ? pos : s.end;
    const subj = mainSubject(ctx, p, s.start, limit);
    if (!subj || subj.start >= pos) continue;
    if (subj.kind === 'actor' && actorById(ctx.topic, subj.actorId ?? '')?.type !== 'person' && !plural) return subj;
    if (subj.kind === 'noun' && plural && /s$/.test(subj.head ?? '') && PERSON_HEADS.has(subj.head ?? '')) return subj;
    if (subj.kind === 'noun' && !plural && INSTITUTION_HEADS.has(subj.head ?? '')) return subj;
  }
  return null;
}

/** Whether a word is a speech verb. */
export function isSpeechVerb(w: string): boolean {
  return SPEECH_VERBS.has(w);
}

/** Whether a speech verb can stand before its speaker right after a quote ("…," said X). */
export function isInvertedVerb(w: string): boolean {
  return INVERTED_VERBS.has(w);
}
