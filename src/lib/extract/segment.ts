/** Splits cleaned paragraphs into sentences with stable anchor ids. */
import { foldText, shortHash } from '../text/fold.ts';
import { tagText, type Token } from './tag.ts';

/** One sentence of a paragraph. */
export interface Sentence {
  /** Anchor id on the source page, derived from the sentence text so it survives edits elsewhere. */
  id: string;
  /** The sentence exactly as in the paragraph. */
  text: string;
  /** Offset of the first character in the paragraph text. */
  start: number;
  /** Offset after the last character in the paragraph text. */
  end: number;
}

/** One paragraph of cleaned article text. */
export interface Paragraph {
  /** Anchor id of the paragraph. */
  id: string;
  /** Paragraph text, exactly as in the article. */
  text: string;
  /** Its sentences, in order, covering the text except for whitespace between them. */
  sentences: Sentence[];
}

/** A cleaned, segmented article: the input of every extraction step. */
export interface ArticleDoc {
  /** Publication date YYYY-MM-DD, used to resolve relative dates; null when unknown. */
  published: string | null;
  /** Paragraphs in order. */
  paragraphs: Paragraph[];
}

// wink keeps "…the U.S. Officials said." together; a sentence-final abbreviation followed by a
// capitalised word that is not part of a name is a boundary in news copy.
const MISSED_BOUNDARY =
  /\b(U\.S\.|U\.K\.|U\.N\.|D\.C\.)\s+(?=(?:The|A|An|Officials|But|And|He|She|They|It|In|On|This|That|Its|Their|His|Her)\b)/g;

function splitParagraph(
  text: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const span of spans) {
    const piece = text.slice(span.start, span.end);
    let last = 0;
    for (const m of piece.matchAll(MISSED_BOUNDARY)) {
      const cut = m.index + m[1]!.length;
      out.push({ start: span.start + last, end: span.start + cut });
      last = m.index + m[0].length;
    }
    out.push({ start: span.start + last, end: span.end });
  }
  return cover(
    text,
    out.filter((s) => s.end > s.start),
  );
}

// wink may normalise characters it reads (U+FEFF, U+2028), so its sentences can miss the end of
// a text or leave a gap: stretch each span to the next one so no character of the paragraph is lost.
function cover(text: string, spans: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const lead = text.length - text.trimStart().length;
  const tail = text.trimEnd().length;
  if (spans.length === 0) return tail > lead ? [{ start: lead, end: tail }] : [];
  return spans.map((s, i) => {
    const start = i === 0 ? lead : s.start;
    const next = spans[i + 1]?.start ?? tail;
    const end = Math.max(s.end, start + text.slice(start, next).trimEnd().length);
    return { start, end: Math.min(end, next) };
  });
}

// The tokens wink found while segmenting, kept for the clause analysis so it need not read each
// sentence again. A side table, not a field: a doc is cached and published as JSON, and tokens
// would be most of its bytes.
const tagged = new WeakMap<Sentence, readonly Token[]>();

/**
 * The tagged tokens of a sentence, offsets in the sentence: those found while segmenting when the
 * sentence came from `segmentArticle` in this process, else tagged now (the same tokens).
 */
export function sentenceTokens(sentence: Sentence): Token[] {
  const known = tagged.get(sentence);
  // Copies: a caller may mark its tokens (`quoted`) without changing what the next caller gets.
  return known ? known.map((t) => ({ ...t })) : tagText(sentence.text).tokens;
}

/** Segments cleaned paragraph texts into an ArticleDoc with hash-based paragraph and sentence ids. */
export function segmentArticle(paragraphs: readonly string[], published: string | null): ArticleDoc {
  const used = new Set<string>();
  const unique = (base: string): string => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  return {
    published,
    paragraphs: paragraphs.map((text) => {
      const read = tagText(text);
      const id = unique(`p-${shortHash(foldText(text))}`);
      // wink tags each of its sentences on its own, so a sentence of ours that is exactly one of
      // wink's gets wink's tokens. One we cut (MISSED_BOUNDARY) or stretched (`cover`) is tagged
      // on its own when asked for, as `sentenceTokens` does for any sentence it does not know.
      const winks = new Set(read.sentences.map((w) => `${w.start}:${w.end}`));
      let next = 0;
      const sentences = splitParagraph(text, read.sentences).map(({ start, end }): Sentence => {
        const sentence = {
          id: unique(`s-${shortHash(foldText(text.slice(start, end)))}`),
          text: text.slice(start, end),
          start,
          end,
        };
        if (!winks.has(`${start}:${end}`)) return sentence;
        // Tokens and sentences are both in text order: one pass assigns them.
        const own: Token[] = [];
        while (next < read.tokens.length && read.tokens[next]!.start < start) next++;
        for (; next < read.tokens.length && read.tokens[next]!.end <= end; next++) {
          // Offsets move from the paragraph to the sentence; the tokens are this call's own.
          const t = read.tokens[next]!;
          t.start -= start;
          t.end -= start;
          own.push(t);
        }
        tagged.set(sentence, own);
        return sentence;
      });
      return { id, text, sentences };
    }),
  };
}
