/**
 * One- and two-word quotations a speaker is clearly tied to: "Rubio has dismissed as “fake”",
 * "Turk called the attacks “unacceptable”", "“Unacceptable,” Turk said". extractQuotes leaves
 * them out (a quote there has three or more words); readers still search for them. Words no
 * speech or labelling verb ties to a speaker are scare quotes or names and are not emitted.
 */
import type { ArticleDoc } from './segment.ts';
import type { Topic } from '../schema/topic.ts';
import type { QuotedWordsFinding } from '../schema/data.ts';
import { countLetterWords, type QuoteSpan } from './quote-spans.ts';
import {
  isLabelContext,
  isSpeechVerb,
  resolveRef,
  sentenceSpan,
  type ArticleCtx,
  type ParaCtx,
  type SpeakerRef,
} from './speakers.ts';
import { afterAttribution, quoteContext, sentenceIdAt, subjectOfVerb } from './quotes.ts';

// "X called the attacks “…”", "X labelled it “…”": the verb, an object of a few words, the quote.
const CALLED =
  /\b(call(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|brand(?:s|ed|ing)?)((?:\s+[^\s,;:.!?“”"‘’]+){0,6}?)\s*$/iu;
// "X dismissed the report as “…”", "X described them as “…”": the verb, an object, "as", the quote.
const AS_VERB =
  /\b(dismiss(?:es|ed|ing)?|describ(?:e|es|ed|ing)|characteri[sz](?:e|es|ed|ing)|portray(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|reject(?:s|ed|ing)?|decr(?:y|ies|ied|ying)|derid(?:e|es|ed|ing)|ridicul(?:e|es|ed|ing))((?:\s+[^\s,;:.!?“”"‘’]+){0,8}?)\s+as\s*$/iu;
// Punctuation that may end the quoted words but is the writer's, not the speaker's.
const TRAILING = /[\s,.;:]+$/u;
// Writer's text before a quote that opens a clause: nothing, or an opening punctuation mark.
const CLAUSE_OPEN = /(?:^|[,:;—–])[\s“”"‘’]*$/u;

interface Tie {
  ref: SpeakerRef;
  rule: string;
  /** Where the writer's clause tying the words to the speaker starts and ends in the paragraph. */
  from: number;
  to: number;
}

// Capitalised words mid-sentence ("called the operation “Southern Spear”") name a thing.
const isNameLike = (text: string): boolean =>
  text
    .replace(TRAILING, '')
    .split(/\s+/)
    .every((w) => /^\p{Lu}/u.test(w));

// The quote stands after a labelling verb whose subject is the speaker.
function verbBefore(ctx: ArticleCtx, p: ParaCtx, sStart: number, localStart: number, span: QuoteSpan): Tie | null {
  const before = p.masked.slice(localStart, span.open);
  const m = AS_VERB.exec(before) ?? CALLED.exec(before);
  if (!m || isNameLike(span.text)) return null;
  const word = (m[1] ?? '').toLowerCase();
  const start = localStart + m.index;
  // A participle ties its words to the sentence's speaker only after a comma ("…, calling it “…”");
  // "which allies are condemning as “…”" has a subject of its own the participle rules cannot see.
  if (/ing$/.test(word) && !/,\s*$/u.test(p.masked.slice(sStart, start))) return null;
  const ref = subjectOfVerb(ctx, p, sStart, { word, start, end: start + word.length }, span.open);
  if (!ref) return null;
  const kind = AS_VERB.test(before) ? 'as' : 'called';
  return { ref, rule: `before:${kind}`, from: Math.min(ref.start, start), to: span.close + 1 };
}

// "“Unacceptable,” Turk said": the quote opens its clause, ends with a comma, and is signed after it.
function saidAfter(ctx: ArticleCtx, p: ParaCtx, localStart: number, span: QuoteSpan, to: number): Tie | null {
  if (!CLAUSE_OPEN.test(p.masked.slice(localStart, span.open))) return null;
  const signed = /[,!?]\s*$/u.test(span.text) || /^\s*,/u.test(p.text.slice(span.close + 1));
  if (!signed) return null;
  const after = afterAttribution(ctx, p, span.close + 1, Math.max(span.close + 1, to));
  if (!after?.adjacent) return null;
  // "…,” Petro said": the clause runs on to the verb that follows the speaker.
  const verb = /^\s+(\p{Ll}+)/u.exec(p.masked.slice(after.ref.end, to));
  const end = verb && isSpeechVerb(verb[1]!) ? after.ref.end + verb[0].length : after.ref.end;
  return { ref: after.ref, rule: 'after', from: span.open, to: end };
}

/** Extracts one- and two-word quotations with the speaker a speech or labelling verb ties them to. */
export function extractQuotedWords(doc: ArticleDoc, topic: Topic): QuotedWordsFinding[] {
  const { spans, ctx } = quoteContext(doc, topic);
  const out: QuotedWordsFinding[] = [];
  spans.forEach((span, qi) => {
    const n = countLetterWords(span.text);
    if (n < 1 || n > 2 || !span.closed || span.startPara !== span.endPara) return;
    const p = ctx.paras[span.startPara]!;
    const s = sentenceSpan(p, span.open);
    if (isLabelContext(p.masked.slice(s.start, span.open + 1))) return;
    const prev = spans[qi - 1];
    const localStart = prev && prev.endPara === span.startPara && prev.close >= s.start ? prev.close + 1 : s.start;
    const next = spans[qi + 1];
    const to = Math.min(s.end, next && next.startPara === span.startPara ? next.open : Infinity);
    const tie = verbBefore(ctx, p, s.start, localStart, span) ?? saidAfter(ctx, p, localStart, span, to);
    if (!tie) return;
    const resolved = resolveRef(ctx, tie.ref, () => null);
    if (!resolved?.speaker) return;
    out.push({
      speaker: resolved.speaker,
      speakerId: resolved.speakerId,
      text: span.text.replace(TRAILING, ''),
      phrase: p.text.slice(tie.from, tie.to).trim(),
      context: p.text.slice(s.start, s.end).trim(),
      sentence: sentenceIdAt(doc, span.startPara, span.open),
      rule: `${tie.rule}:${resolved.via}`,
    });
  });
  return out;
}
