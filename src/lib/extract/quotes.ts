/**
 * Direct quotations and their speakers. Spans come from quote-spans.ts; speakers from attribution
 * rules tried from the most to the least reliable shape, each naming itself in `rule`. A quote
 * whose speaker cannot be found with confidence is kept with speaker null rather than guessed.
 */
import type { ArticleDoc } from './segment.ts';
import type { Topic } from '../schema/topic.ts';
import type { QuoteFinding } from '../schema/data.ts';
import { countLetterWords, findQuoteSpans, maskQuotes, type QuoteSpan } from './quote-spans.ts';
import {
  buildContext,
  isInvertedVerb,
  isLabelContext,
  isSpeechVerb,
  mainSubject,
  npAtStart,
  resolveRef,
  sentenceIndex,
  sentenceSpan,
  subjectBefore,
  type ArticleCtx,
  type ParaCtx,
  type Resolved,
  type SpeakerRef,
} from './speakers.ts';

interface Attribution {
  ref: SpeakerRef | null;
  /** Speaker inherited from another quote, when no phrase of its own names it. */
  inherited?: Resolved | null;
  rule: string;
  partial: boolean;
}

interface Done {
  span: QuoteSpan;
  resolved: Resolved | null;
}

const VERB_RE = /(?<![\p{L}-])([Aa]ccording\s+to|[\p{Ll}]+)(?![\p{L}-])/gu;

// "was quoted as saying" reports speech by the subject of the passive, so it counts as one finite verb.
const QUOTED_AS = /\b(?:was|were|is|are|has\s+been|have\s+been)\s+quoted\s+as\s+saying\b/gu;

function speechVerbs(masked: string, from: number, to: number): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  const text = masked.slice(from, to);
  for (const m of text.matchAll(QUOTED_AS))
    out.push({ word: 'quoted as saying', start: from + m.index, end: from + m.index + m[0].length });
  // "As one diplomat put it: “…”"
  for (const m of text.matchAll(/\bput\s+it\b/gu))
    out.push({ word: 'put it', start: from + m.index, end: from + m.index + m[0].length });
  // "In the words of one diplomat, “…”" names its speaker after the phrase, like "according to".
  for (const m of text.matchAll(/\b[Ii]n\s+the\s+words\s+of\b/gu))
    out.push({ word: 'according to', start: from + m.index, end: from + m.index + m[0].length });
  for (const m of text.matchAll(VERB_RE)) {
    const w = (m[1] ?? '').replace(/\s+/g, ' ').toLowerCase();
    const start = from + m.index;
    if (out.some((v) => v.word === 'quoted as saying' && start >= v.start && start < v.end)) continue;
    if (w === 'according to' || isSpeechVerb(w)) out.push({ word: w, start, end: start + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

const isParticiple = (w: string): boolean => /^[a-z]+ing$/.test(w);

// The subject of a participle ("…, saying that"): the subject of the sentence's finite speech verb, else its main subject.
function participleSubject(ctx: ArticleCtx, p: ParaCtx, sStart: number, pos: number): SpeakerRef | null {
  const verbs = speechVerbs(p.masked, sStart, pos).filter((v) => !isParticiple(v.word) && v.word !== 'according to');
  for (let i = verbs.length - 1; i >= 0; i--) {
    const hit = subjectBefore(ctx, p, sStart, verbs[i]!.start);
    if (hit && typeof hit === 'object') return hit.ref;
  }
  return mainSubject(ctx, p, sStart, pos);
}

/** The speaker phrase a speech verb at `verb` belongs to: its subject, a passive's agent, or what "according to" names. */
export function subjectOfVerb(
  ctx: ArticleCtx,
  p: ParaCtx,
  sStart: number,
  verb: { word: string; start: number; end: number },
  limit: number,
): SpeakerRef | null {
  if (verb.word === 'according to') return npAtStart(ctx, p, verb.end, limit);
  if (isParticiple(verb.word)) return participleSubject(ctx, p, sStart, verb.start);
  const hit = subjectBefore(ctx, p, sStart, verb.start);
  if (hit === 'coordinated') return participleSubject(ctx, p, sStart, verb.start);
  if (hit === 'passive') {
    // "The strikes were described by Petro as …": the agent speaks.
    const by = /^\s+by\s+/u.exec(p.masked.slice(verb.end, limit));
    return by ? npAtStart(ctx, p, verb.end + by[0].length, limit) : null;
  }
  return hit ? hit.ref : null;
}

// "…," said Todd Robinson / "…," Petro said / "…" between X and Y, John Tobon, a former …, told us.
/** The attribution that follows a quotation's closing mark in `from`..`to`, or null when none does. */
export function afterAttribution(
  ctx: ArticleCtx,
  p: ParaCtx,
  from: number,
  to: number,
): { ref: SpeakerRef; adjacent: boolean; inverted: boolean } | null {
  const text = p.masked.slice(from, to);
  // "“…” — Gustavo Petro, in a post on X": a dash and a name sign the quote.
  const dash = /^\s*[—–-]{1,2}\s*/u.exec(text);
  if (dash) {
    const ref = npAtStart(ctx, p, from + dash[0].length, to);
    if (ref && (ref.kind === 'name' || ref.kind === 'actor') && ref.strong)
      return { ref, adjacent: true, inverted: true };
  }
  const lead = /^[\s,;:—–-]*/u.exec(text)?.[0].length ?? 0;
  const first = /^(according\s+to|[\p{Ll}]+)\b/u.exec(text.slice(lead));
  if (first && (isInvertedVerb(first[1] ?? '') || /^according/.test(first[1] ?? ''))) {
    const ref = npAtStart(ctx, p, from + lead + first[0].length, to);
    if (ref) return { ref, adjacent: true, inverted: true };
  }
  for (const v of speechVerbs(p.masked, from, to)) {
    if (isParticiple(v.word)) continue;
    if (v.word === 'according to') {
      const ref = npAtStart(ctx, p, v.end, to);
      return ref ? { ref, adjacent: false, inverted: true } : null;
    }
    const hit = subjectBefore(ctx, p, from, v.start);
    if (!hit || typeof hit !== 'object') return null;
    return { ref: hit.ref, adjacent: hit.adjacent, inverted: false };
  }
  return null;
}

// Sentence text before the quote ends with an attribution: "Petro declared, “", "Hegseth wrote on X: “".
function introducedBefore(ctx: ArticleCtx, p: ParaCtx, sStart: number, open: number): Attribution | null {
  const text = p.masked.slice(sStart, open);
  const m = /([,:])\s*$/u.exec(text);
  if (!m) return null;
  const colon = m[1] === ':';
  const verbs = speechVerbs(p.masked, sStart, open);
  const last = verbs[verbs.length - 1];
  if (last) {
    const tail = p.masked.slice(last.end, sStart + m.index);
    const tailWords = tail.trim() === '' ? 0 : tail.trim().split(/\s+/).length;
    if (
      tailWords <= 8 &&
      !/[,;:“”"]/u.test(tail) &&
      !/\bthat\b/.test(tail) &&
      !(last.word === 'according to' && tailWords === 0)
    ) {
      const ref = subjectOfVerb(ctx, p, sStart, last, sStart + m.index);
      if (ref) return { ref, rule: colon ? 'before:colon' : 'before:comma', partial: false };
    }
  }
  if (colon) {
    const ref = mainSubject(ctx, p, sStart, sStart + m.index);
    if (ref && ref.strong) return { ref, rule: 'before:colon-subject', partial: false };
  }
  return null;
}

// The quote sits inside the writer's sentence: the nearest speech verb before it names the speaker.
function embedded(ctx: ArticleCtx, p: ParaCtx, sStart: number, open: number): Attribution | null {
  const verbs = speechVerbs(p.masked, sStart, open);
  for (let i = verbs.length - 1; i >= 0; i--) {
    const ref = subjectOfVerb(ctx, p, sStart, verbs[i]!, open);
    if (ref) return { ref, rule: 'partial:verb-subject', partial: true };
  }
  return null;
}

// "…, Rubio “emphasized the need for …”": the sentence's subject stands right before a quote that
// continues with its verb, so the quoted words are the subject's own.
function quoteAsPredicate(ctx: ArticleCtx, p: ParaCtx, sStart: number, span: QuoteSpan): Attribution | null {
  if (
    !/^\p{Ll}+(?:ed|s)?\b/u.test(span.text) ||
    !/^(?:\p{Ll}+ed|will|would|has|have|had|is|was|are|were|must|should|can|could)\b/u.test(span.text)
  )
    return null;
  const ref = mainSubject(ctx, p, sStart, span.open);
  if (!ref || !ref.strong || ref.kind === 'noun') return null;
  if (p.masked.slice(ref.end, span.open).trim() !== '') return null;
  return { ref, rule: 'partial:quote-subject', partial: true };
}

const EMPTY_BEFORE = /^[\s“”"‘’]*(?:(?:and|but|yet|so|or)\s*)?$/iu;
const ATTRIBUTION_BEFORE = /\b[\p{Ll}]+\b[^,:;]{0,60}[,:]\s*$/u;

function isTitleCase(text: string): boolean {
  const toks = text
    .replace(/[,.;:!?]+$/u, '')
    .split(/\s+/)
    .filter(Boolean);
  if (toks.length > 8 || /[.!?]/.test(text.replace(/[.!?,]+\s*$/u, ''))) return false;
  const content = toks.filter((t) => /\p{L}{4,}/u.test(t));
  return content.length >= 2 && content.every((t) => /^[“"‘']?\p{Lu}/u.test(t));
}

// The quotation and quoted-word steps read the same spans and speaker context; built once per article.
const contexts = new WeakMap<ArticleDoc, { topic: Topic; spans: QuoteSpan[]; ctx: ArticleCtx }>();

/** An article's quotation spans and the speaker context over its quote-masked text, shared by the steps that read them. */
export function quoteContext(doc: ArticleDoc, topic: Topic): { spans: QuoteSpan[]; ctx: ArticleCtx } {
  const cached = contexts.get(doc);
  if (cached && cached.topic === topic) return cached;
  const texts = doc.paragraphs.map((p) => p.text);
  const spans = findQuoteSpans(texts);
  const built = { topic, spans, ctx: buildContext(doc, topic, maskQuotes(texts, spans)) };
  contexts.set(doc, built);
  return built;
}

/** Extracts every direct quotation of three or more words with its speaker, or speaker null when unclear. */
export function extractQuotes(doc: ArticleDoc, topic: Topic): QuoteFinding[] {
  const { spans, ctx } = quoteContext(doc, topic);
  const done: Done[] = [];
  const out: QuoteFinding[] = [];

  // Speaker of the latest emitted quote that ends just before (para, pos): for "The statement …".
  const previousSpeaker = (para: number, pos: number): Resolved | null => {
    const p = ctx.paras[para]!;
    for (let i = done.length - 1; i >= 0; i--) {
      const d = done[i]!;
      if (d.span.endPara > para || (d.span.endPara === para && d.span.close >= pos)) continue;
      if (!d.resolved) return null;
      if (d.span.endPara === para)
        return sentenceIndex(p, d.span.close) >= sentenceIndex(p, pos) - 1 ? d.resolved : null;
      return d.span.endPara === para - 1 && sentenceIndex(p, pos) === 0 ? d.resolved : null;
    }
    return null;
  };

  for (let qi = 0; qi < spans.length; qi++) {
    const span = spans[qi]!;
    const nWords = countLetterWords(span.text);
    if (nWords < 3) continue;
    const p = ctx.paras[span.startPara]!;
    const pe = ctx.paras[span.endPara]!;
    const s = sentenceSpan(p, span.open);
    const beforeText = p.masked.slice(s.start, span.open);
    // The writer's words since the previous quote in this sentence.
    const prevSpan = spans[qi - 1];
    const localStart =
      prevSpan && prevSpan.endPara === span.startPara && prevSpan.close >= s.start ? prevSpan.close + 1 : s.start;
    const beforeLocal = p.masked.slice(localStart, span.open);
    const label = isLabelContext(p.masked.slice(s.start, span.open + 1));

    let after: ReturnType<typeof afterAttribution> = null;
    let nextSentence: ReturnType<typeof afterAttribution> = null;
    if (span.closed) {
      const s2 = sentenceSpan(pe, span.close);
      const next = spans[qi + 1];
      const nextOpen = next && next.startPara === span.endPara ? next.open : Infinity;
      const to = Math.min(s2.end, nextOpen);
      after = afterAttribution(ctx, pe, span.close + 1, Math.max(span.close + 1, to));
      // “Are you going to strike?” Hannity asked. — the sentence ended with the quote; the next one may sign it.
      const following = pe.sentences.find((x) => x.start > span.close);
      if (!after && s2.end <= span.close + 2 && following && following.start < nextOpen) {
        const hit = afterAttribution(ctx, pe, span.close + 1, Math.min(following.end, nextOpen));
        const short = pe.masked.slice(following.start, following.end).trim().split(/\s+/).length <= 10;
        if (hit?.adjacent && (short || /[?!]\s*$/u.test(span.text))) nextSentence = hit;
      }
    }

    let attr: Attribution | null = null;
    if (after?.adjacent) {
      const partial =
        /[\p{L}\p{N}]/u.test(beforeLocal) &&
        !EMPTY_BEFORE.test(beforeLocal) &&
        !(localStart > s.start && ATTRIBUTION_BEFORE.test(beforeLocal));
      attr = { ref: after.ref, rule: after.inverted ? 'after:inverted' : 'after', partial };
    }
    if (!attr && !label) attr = introducedBefore(ctx, p, s.start, span.open);
    if (!attr && !label) attr = quoteAsPredicate(ctx, p, s.start, span);
    if (!attr && !label) attr = embedded(ctx, p, s.start, span.open);
    if (!attr && after) attr = { ref: after.ref, rule: 'after:distant', partial: true };
    if (!attr && nextSentence) attr = { ref: nextSentence.ref, rule: 'after:next-sentence', partial: false };
    if (!attr && EMPTY_BEFORE.test(beforeText))
      attr = continuation(ctx, done, span, p) ?? previousSentenceSubject(ctx, span, p);
    if (label || (isTitleCase(span.text) && !after?.adjacent)) continue;

    let resolved: Resolved | null = null;
    if (attr?.inherited !== undefined) resolved = attr.inherited;
    else if (attr?.ref) resolved = resolveRef(ctx, attr.ref, previousSpeaker);
    // Short spans no speech verb ties to anyone are scare quotes, not quotations.
    if (!attr && nWords <= 4) continue;

    const sentence = sentenceIdAt(doc, span.startPara, span.open);
    const rule = attr ? (resolved?.speaker ? `${attr.rule}:${resolved.via}` : `${attr.rule}:unresolved`) : 'none';
    out.push({
      speaker: resolved?.speaker ?? null,
      speakerId: resolved?.speaker ? resolved.speakerId : null,
      text: span.text,
      partial: attr ? attr.partial : /[\p{L}\p{N}]/u.test(beforeLocal) && !EMPTY_BEFORE.test(beforeLocal),
      sentence,
      rule,
    });
    done.push({ span, resolved: resolved?.speaker ? resolved : null });
  }
  return out;
}

// A quote with no attribution of its own that continues the previous speaker's words:
// "“A,” he said. “B.”", a quote paragraph after an attributed one, or after a paragraph ending "said:".
function continuation(ctx: ArticleCtx, done: Done[], span: QuoteSpan, p: ParaCtx): Attribution | null {
  const si = sentenceIndex(p, span.open);
  const prev = done[done.length - 1];
  if (prev && prev.span.endPara === p.index && sentenceIndex(p, prev.span.close) >= si - 1)
    return { ref: null, inherited: prev.resolved, rule: 'split:continuation', partial: false };
  if (si !== 0 || p.index === 0) return null;
  const pp = ctx.paras[p.index - 1]!;
  const lastSentence = pp.sentences.length - 1;
  if (prev && prev.span.endPara === pp.index && sentenceIndex(pp, prev.span.close) === lastSentence)
    return { ref: null, inherited: prev.resolved, rule: 'split:next-paragraph', partial: false };
  if (/:\s*$/u.test(pp.masked)) {
    const s = pp.sentences[lastSentence];
    if (!s) return null;
    const intro = introducedBefore(ctx, pp, s.start, pp.masked.trimEnd().length);
    if (intro) return { ...intro, rule: 'before:colon-paragraph' };
  }
  return null;
}

// "Petro went further. “The United States is killing fishermen.”": a short sentence introducing a
// person right before a standalone quote names its speaker.
function previousSentenceSubject(ctx: ArticleCtx, span: QuoteSpan, p: ParaCtx): Attribution | null {
  const si = sentenceIndex(p, span.open);
  const prev = p.sentences[si - 1];
  if (!prev) return null;
  const text = p.masked.slice(prev.start, prev.end);
  if (/[“”"‘]/u.test(text) || text.trim().split(/\s+/).length > 15) return null;
  const ref = mainSubject(ctx, p, prev.start, prev.end);
  if (!ref || !ref.strong) return null;
  const person =
    ref.kind === 'pronoun'
      ? /^(?:he|she)$/i.test(ref.text)
      : ref.kind === 'name' ||
        (ref.kind === 'actor' && ctx.topic.actors.find((a) => a.id === ref.actorId)?.type === 'person');
  return person ? { ref, rule: 'prev-sentence:subject', partial: false } : null;
}

/** Anchor id of the sentence holding offset `pos` of paragraph `para`. */
export function sentenceIdAt(doc: ArticleDoc, para: number, pos: number): string {
  const sentences = doc.paragraphs[para]?.sentences ?? [];
  const hit =
    sentences.find((s) => pos >= s.start && pos < s.end) ??
    sentences.find((s) => s.start > pos) ??
    sentences[sentences.length - 1];
  return hit?.id ?? doc.paragraphs[para]?.id ?? '';
}
