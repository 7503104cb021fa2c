/** Extracts dated events for the timeline: one per (sentence, resolved date). */
import type { ArticleDoc } from './segment.ts';
import type { Topic } from '../schema/topic.ts';
import type { EventFinding } from '../schema/data.ts';
import { findDates } from './dates.ts';

const MAX_SUMMARY = 160;

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

// Non-restrictive relative clauses and parentheses are asides ("Petro, who until recently had
// been…, said"); dropping them shortens the line without changing what it says happened.
const ASIDE = /,\s+(?:who|whom|whose|which|where)\b[^,;:—–“”"()]*,|\s*\([^()]*\)/g;
// Strong clause boundaries inside a sentence.
// A colon that opens a quotation ("said on Thursday: 'We do not…'") joins the quote to its
// speaker, so it is no break; a spaced hyphen is the dash of wire copy ("BOGOTA (Reuters) - …").
const CLAUSE_BREAK = /\s*(?:;|\s[—–-]\s|—|\s--\s|:\s(?![“"‘']))\s*/g;
// Trailing attribution that does not say what happened.
const TRAILING_ACCORDING = /,\s+according to\b[^,;]*[.!?]?$/i;
const TRAILING_SAID = /,\s+(?:[\p{L}.’'-]+\s+){0,6}(?:said|says|reported|reports|told\s+[\p{L}\s]{1,30})\s*[.!?]?$/iu;

function removeSpans(text: string, date: Span, pattern: RegExp): { text: string; date: Span } {
  let out = '';
  let last = 0;
  let shift = 0;
  for (const m of text.matchAll(pattern)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, date)) continue;
    out += text.slice(last, span.start);
    if (span.end <= date.start) shift += span.end - span.start;
    last = span.end;
  }
  out += text.slice(last);
  return { text: out, date: { start: date.start - shift, end: date.end - shift } };
}

// Pieces of the text between breaks; a break inside the date words ("November 13, 2025") is ignored.
function pieces(text: string, breaks: RegExp, date: Span): Span[] {
  const out: Span[] = [];
  let last = 0;
  for (const m of text.matchAll(breaks)) {
    if (overlaps({ start: m.index, end: m.index + m[0].length }, date)) continue;
    out.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  out.push({ start: last, end: text.length });
  return out.filter((p) => p.end > p.start);
}

const wordCount = (s: string): number => (s.match(/\p{L}+/gu) ?? []).length;
// A piece that opens with a relative pronoun or conjunction leans on the piece before it.
const LEANS_BACK = /^(?:which|who|whom|whose|where|when|while|and|but|or|that)\b/;

// Grows the piece holding the date with its neighbours while the result fits the limit: only
// until it reads as a clause (6 words) at clause level, as far as possible at comma level.
// Neighbours are taken alternately, the one before first: a date in an attribution ("…, the
// minister said on Tuesday") or an aside ("The decision, taken in October, …") leans on what
// precedes it, while a lead-in date ("On Wednesday, he…") has nothing before it.
function grow(text: string, parts: Span[], at: number, limit: number, greedy: boolean): Span {
  let lo = at;
  let hi = at;
  const len = (a: number, b: number): number => parts[b]!.end - parts[a]!.start;
  const words = (a: number, b: number): number => wordCount(text.slice(parts[a]!.start, parts[b]!.end));
  const leansBack = (): boolean => LEANS_BACK.test(text.slice(parts[lo]!.start, parts[lo]!.end));
  let backTurn = true;
  while (greedy || words(lo, hi) < 6 || leansBack()) {
    const canBack = lo > 0 && len(lo - 1, hi) <= limit;
    const canForward = hi + 1 < parts.length && len(lo, hi + 1) <= limit;
    if (canBack && (backTurn || leansBack() || !canForward)) lo--;
    else if (canForward) hi++;
    else break;
    backTurn = !backTurn;
  }
  return { start: parts[lo]!.start, end: parts[hi]!.end };
}

// Cuts a window of whole words around the date, marking the cuts with an ellipsis.
function hardCut(text: string, date: Span, limit: number): string {
  let start = 0;
  if (date.end > limit - 2) {
    start = Math.max(0, date.start - Math.floor(limit / 3));
    const sp = text.indexOf(' ', start);
    start = sp >= 0 && sp < date.start ? sp + 1 : start;
  }
  let end = Math.min(text.length, start + limit - 2);
  if (end < text.length) {
    const sp = text.lastIndexOf(' ', end);
    if (sp > date.end) end = sp;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

// A clause cut out of a quotation gets the missing quotation mark, so the line never reads as
// the writer's own words; only punctuation is added.
function balanceQuotes(text: string): string {
  let depth = 0;
  let missingOpen = false;
  for (const ch of text) {
    if (ch === '“') depth++;
    else if (ch === '”') {
      if (depth === 0) missingOpen = true;
      else depth--;
    }
  }
  return `${missingOpen ? '“…' : ''}${text}${depth > 0 ? '…”' : ''}`;
}

/** One line saying what happened: the clause of the sentence that holds the date, asides and trailing attribution removed. */
export function summarize(sentence: string, dateSpan: Span): string {
  const trimmedStart = sentence.length - sentence.trimStart().length;
  let { text, date } = removeSpans(
    sentence.trim(),
    { start: dateSpan.start - trimmedStart, end: dateSpan.end - trimmedStart },
    ASIDE,
  );
  // Collapsing whitespace can shift offsets; re-find the date words.
  const dateWords = text.slice(date.start, date.end).replace(/\s+/g, ' ');
  text = text.replace(/\s+/g, ' ');
  const found = text.indexOf(dateWords);
  if (found >= 0) date = { start: found, end: found + dateWords.length };

  const clauses = pieces(text, CLAUSE_BREAK, date);
  const at = Math.max(
    0,
    clauses.findIndex((c) => c.start <= date.start && date.start < c.end),
  );
  const clause = grow(text, clauses, at, MAX_SUMMARY, false);
  let out = text.slice(clause.start, clause.end);
  let local: Span = { start: date.start - clause.start, end: date.end - clause.start };

  if (out.length > MAX_SUMMARY) {
    // Too long: keep the comma-separated pieces around the date (quote closings count as commas).
    const parts = pieces(out, /,[”"]?\s+|[”"]\s+/g, local);
    const i = Math.max(
      0,
      parts.findIndex((c) => c.start <= local.start && local.start < c.end),
    );
    const chosen = grow(out, parts, i, MAX_SUMMARY, true);
    const sub = out.slice(chosen.start, chosen.end);
    if (wordCount(sub) >= 6) {
      out = sub;
      local = { start: local.start - chosen.start, end: local.end - chosen.start };
    }
  }
  for (const tail of [TRAILING_ACCORDING, TRAILING_SAID]) {
    const m = tail.exec(out);
    if (m && m.index >= local.end && wordCount(out.slice(0, m.index)) >= 6) out = out.slice(0, m.index);
  }
  // A leading conjunction links to the previous sentence, which the line does not show.
  const lead = /^(?:But|And|Yet|So|However,|Meanwhile,|Still,)\s+/.exec(out);
  if (lead && local.start >= lead[0].length) {
    out = out.slice(lead[0].length);
    local = { start: local.start - lead[0].length, end: local.end - lead[0].length };
  }
  const before = out.length;
  out = out.replace(/^[\s,;:—–-]+/, '');
  local = { start: local.start - (before - out.length), end: local.end - (before - out.length) };
  out = out.replace(/[\s,;:—–-]+$/, '');
  if (out.length > MAX_SUMMARY) out = hardCut(out, local, MAX_SUMMARY - 4);
  return balanceQuotes(out);
}

// Month names and days without a year ("in September", "on October 24") that an undated
// article's own full dates place in a year; weekdays and "last month" need the article's date.
const YEARLESS = new Set(['month-name', 'month-day']);
const ABSOLUTE = new Set(['absolute:day', 'absolute:month']);

// The latest date an undated article states in full: the article was written on or after it.
function latestStatedDate(doc: ArticleDoc): string | null {
  let latest: string | null = null;
  for (const paragraph of doc.paragraphs)
    for (const sentence of paragraph.sentences)
      for (const d of findDates(sentence.text, null)) {
        // A month stands for its last day, so dates within it still come before the anchor.
        const day = d.precision === 'day' ? d.date : `${d.date}-${String(daysIn(d.date)).padStart(2, '0')}`;
        if (!latest || day > latest) latest = day;
      }
  return latest;
}

const daysIn = (ym: string): number => new Date(Date.UTC(+ym.slice(0, 4), +ym.slice(5, 7), 0)).getUTCDate();

/**
 * Finds the dated events of an article: each sentence's dates resolved against its publication
 * date. An undated article keeps its full dates, and its yearless month names and days are placed
 * in the year of the latest full date it states (never in an earlier year: that would be a guess).
 */
export function extractEvents(doc: ArticleDoc, _topic: Topic): EventFinding[] {
  const events: EventFinding[] = [];
  const anchor = doc.published ? null : latestStatedDate(doc);
  for (const paragraph of doc?.paragraphs ?? []) {
    for (const sentence of paragraph.sentences ?? []) {
      for (const d of findDates(sentence.text, doc.published ?? anchor)) {
        let rule = d.rule;
        if (anchor) {
          const base = d.rule.replace(/^since:/, '');
          if (YEARLESS.has(base) && d.date.slice(0, 4) === anchor.slice(0, 4)) rule = `${d.rule}:anchored`;
          else if (!ABSOLUTE.has(base)) continue;
        }
        events.push({
          date: d.date,
          precision: d.precision,
          summary: summarize(sentence.text, { start: d.start, end: d.end }),
          sentence: sentence.id,
          dateText: d.text,
          rule,
        });
      }
    }
  }
  return events;
}
