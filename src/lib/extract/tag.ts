/**
 * Reads text with wink-nlp once: sentence boundaries, and tokens with part of speech and lemma.
 * Segmenting and the clause analysis both need wink; reading each paragraph once for both costs
 * about half of reading it for sentences and then every sentence again for tags (wink's set-up
 * per call outweighs its per-token work on short texts).
 */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import { winkModel } from './wink-model.ts';
import { foldKeepLength, foldText } from '../text/fold.ts';

/** One word or punctuation token of a sentence. */
export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased, accent-free form. */
  lower: string;
  /** Lower-cased lemma ("suspended" → "suspend"). */
  lemma: string;
  /** Universal part-of-speech tag from wink (VERB, AUX, NOUN, PROPN, ADP, …). */
  pos: string;
  /** Offset in the text that was tagged. */
  start: number;
  /** Offset after the token in the text that was tagged. */
  end: number;
  /** Whether the token lies inside quotation marks. */
  quoted: boolean;
}

/** A text read by `tagText`: wink's sentences and the tokens, offsets in the text. */
export interface TaggedText {
  /** Sentence spans as wink finds them, whitespace trimmed, in order. */
  sentences: Array<{ start: number; end: number }>;
  /** Every token, in order. */
  tokens: Token[];
}

// wink-nlp is the splitter that made no wrong splits after abbreviations (U.S., Nov., Gerald R.)
// on the seed articles, and its lite model tags parts of speech and lemmas, which the clause
// heuristics and inflection-proof cue matching need. It is loaded once (the model takes ~100 ms to
// read). The entity, negation and sentiment steps are not used and do not feed the tagger.
let tagger: ReturnType<typeof winkNLP> | undefined;
const getTagger = (): ReturnType<typeof winkNLP> => (tagger ??= winkNLP(winkModel, ['sbd', 'pos']));

const CURLY_DOUBLE = /[\u201c\u201d]/;

/**
 * The text as wink reads it: accents stripped and apostrophes straightened, so tokens and lemmas
 * are uniform ("Türk", "Colombia’s"), with the same length, so offsets carry over. Curly double
 * quotes stay: wink ends a sentence before a straight closing quote (`using. "`) but not before a
 * curly one (`using. ”`), which belongs to the sentence it closes.
 */
function forWink(text: string): string {
  const folded = foldKeepLength(text);
  if (!CURLY_DOUBLE.test(text)) return folded;
  return folded.replace(/"/g, (q, at: number) => (CURLY_DOUBLE.test(text[at]!) ? text[at]! : q));
}

// The spans of wink's sentences in `text` (what wink read), whitespace trimmed.
function spansOf(sentences: string[], text: string): TaggedText['sentences'] {
  const spans: TaggedText['sentences'] = [];
  let cursor = 0;
  for (const s of sentences) {
    const trimmed = s.trim();
    if (!trimmed) continue;
    let at = text.indexOf(trimmed, cursor);
    // wink reproduces the text verbatim, so this only guards against surprises.
    if (at < 0) at = cursor;
    const end = Math.min(text.length, at + trimmed.length);
    spans.push({ start: at, end });
    cursor = end;
  }
  return spans;
}

/** Splits text into sentences and tagged tokens (part of speech, lemma, character offsets). */
export function tagText(text: string): TaggedText {
  const n = getTagger();
  const its = n.its;
  const folded = forWink(text);
  const doc = n.readDoc(folded);
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // The typings declare `lemma` with an extra addons argument that wink supplies itself.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  words.forEach((w, i) => {
    let at = folded.indexOf(w, cursor);
    if (at < 0) at = cursor;
    const end = Math.min(folded.length, at + w.length);
    tokens.push({
      text: text.slice(at, end),
      lower: foldText(w),
      lemma: foldText(lemmas[i] ?? w),
      pos: tags[i] ?? 'X',
      start: at,
      end,
      quoted: false,
    });
    cursor = end;
  });
  const sentences = spansOf(doc.sentences().out(), folded);
  return { sentences, tokens };
}

/** Splits text into tokens with part of speech, lemma and character offsets. */
export function tokenize(text: string): Token[] {
  return tagText(text).tokens;
}
