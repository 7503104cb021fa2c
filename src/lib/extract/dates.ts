/**
 * Finds date expressions in one sentence and resolves them the way news copy means them:
 * weekdays to the most recent past one, month names to the most recent such month, periods,
 * anchored offsets, bare years and future dates dropped.
 */
// The English parsers only (chrono.parse is chrono.en.parse): the package's main entry also loads
// its fifteen other languages, 215 more modules, which took about a seventh of a one-off regeneration.
import * as chrono from 'chrono-node/en';

/** How precisely a resolved date is known. */
export type DatePrecision = 'day' | 'month';

/** One resolved date expression in a sentence. */
export interface DateMention {
  /** Offset of the date words in the sentence. */
  start: number;
  /** Offset after the date words. */
  end: number;
  /** The words that date it, with their preposition and modifier ("in late October"). */
  text: string;
  /** YYYY-MM-DD (day precision) or YYYY-MM (month precision). */
  date: string;
  precision: DatePrecision;
  /** How the date was derived ("absolute:day", "weekday:past", "month-name", …). */
  rule: string;
}

/** A calendar day as numbers (month 1–12). */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MONTH_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
// Only full weekday names: "Sun", "Wed" and friends are newspaper names and abbreviations far
// more often than dates in running prose.
const WEEKDAY_WORD = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

// Every date `classify` accepts contains one of these (a month's first three letters, "day" of a
// weekday, today or yesterday, …). Most sentences contain none, and chrono is the costliest part of
// the events step, so it is not called on them. No word boundaries: a chrono match may start or end
// inside a word of the sentence; "iu" so that any letter a case-insensitive test folds is covered.
const DATE_WORDS = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|tonight|week|month|morning|afternoon|evening/iu;

// Words inside chrono's match that tie the date to another event or make it a span
// ("five days before", "a week after", "two years ago", "the past five years", "next Tuesday").
const ANCHORED_OR_SPAN =
  /\b(?:before|after|ago|later|earlier|next|coming|following|past|within|from now|weekend|same|tomorrow|since|until|now)\b/i;

// Modifiers between a preposition and the date that narrow it within the month, never to a day.
const MODIFIER_BEFORE =
  /(?:\b(?:early|late|mid|earlier|later|the (?:end|beginning|start|middle) of|(?:the )?(?:first|second|third|last|final) (?:week|weeks|days|half) of)[\s-]*)$/i;
// Prepositions that introduce a point in time; kept in the date words.
const POINT_PREP_BEFORE = /\b(?:in|on|during|at|of)\s+$/i;
// Prepositions that make the date one end of a period or a deadline rather than an event.
const PERIOD_BEFORE =
  /\b(?:since|until|till|through|throughout|by|before|after|from|between|starting|beginning|as of|ahead of|prior to|up to|not until)\s+(?:the\s+)?$/i;
// Words that can stand right before a month name used as a date ("in September", "a September
// letter", "Trump's September order"); a bare capitalised "June" or "March" is too often a name or verb.
const MONTH_CONTEXT_BEFORE =
  /(?:\b(?:in|of|during|since|until|till|by|from|through|throughout|between|and|to|a|an|the|last|this|early|late|mid)|['’]s)[\s-]+$/i;
// A connector between two dates of one period ("January 2024 and June 2025").
const RANGE_GAP = /^\s*(?:and|to|through|until|till|[-–—])\s*$/i;

// Modal and planning words that put the clause in the future or in a hypothetical. Case-sensitive
// on purpose: capitalised "May" is the month.
const FUTURE_CUE =
  /\b(?:will|would|shall|could|might|may|plans? to|planning to|planned to|expected to|set to|due (?:to|on|in)|scheduled|intends? to|going to|hopes? to|upcoming|next|if|unless)\b|\b(?:Will|If|Unless)\b/;
// "today" means "nowadays" as often as "on the publication day"; only a verb right before it
// ("said today", "announced today") makes it a date.
const VERB_BEFORE_TODAY = /\b(?:said|says|told|wrote|announced|confirmed|declared|met|\w+ed)\s+$/i;
// Header lines of article pages ("Published: Nov. 12, 2025", "Today : Nov 12, 2025").
const HEADER_LABEL = /^\s*(?:published|updated|last updated|first published|posted|date|today|dateline)\b/i;
// Wire datelines: "WASHINGTON, Nov 15 (Reuters) -".
const WIRE_DATELINE_BEFORE = /^\s*[A-Z][A-Z .'-]+,\s*(?:[A-Z][\w.'-]*\s*,\s*)?$/;
const WIRE_DATELINE_AFTER = /^\s*(?:\([^)]{1,30}\)\s*)?[-–—]/;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const ymdKey = (v: Ymd): number => v.y * 10000 + v.m * 100 + v.d;
const dayString = (v: Ymd): string => `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
const monthString = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;

// Calendar arithmetic in UTC on explicit components, so the machine's time zone never matters.
function addDays(v: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(v.y, v.m - 1, v.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
function weekdayOf(v: Ymd): number {
  return new Date(Date.UTC(v.y, v.m - 1, v.d)).getUTCDay();
}
function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Parses a YYYY-MM-DD publication date; anything else is no reference at all. */
export function parseReference(published: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDay(y, mo, d) ? { y, m: mo, d } : null;
}

/** The most recent given weekday (0 = Sunday) on or before the reference: news reports the past. */
export function pastWeekday(ref: Ymd, weekday: number, strictlyBefore = false): Ymd {
  let delta = (weekdayOf(ref) - weekday + 7) % 7;
  if (delta === 0 && strictlyBefore) delta = 7;
  return addDays(ref, -delta);
}

// A month name up to this many months ahead of the article is an upcoming date ("talks in
// December" in a November article), not last year's month.
const SOON_MONTHS = 2;

// The year of a month named without one: the most recent such month not after the article.
function monthYear(m: number, ref: Ymd | null): number | null {
  if (!ref) return null;
  if (m <= ref.m) return ref.y;
  return m - ref.m <= SOON_MONTHS ? null : ref.y - 1;
}

type Kind =
  | { kind: 'day'; m: number; d: number; y: number | null; monthOnly: boolean }
  | { kind: 'month'; m: number; y: number | null }
  | { kind: 'weekday'; weekday: number; last: boolean }
  | { kind: 'relative'; what: 'yesterday' | 'today' | 'last-week' | 'this-week' | 'last-month' | 'this-month' };

function startsUpper(sentence: string, at: number, re: RegExp): boolean {
  const m = re.exec(sentence.slice(at));
  if (!m) return false;
  const ch = m[0][0] ?? '';
  return ch !== ch.toLowerCase();
}

function classify(r: chrono.ParsedResult, text: string, sentence: string): Kind | null {
  const lower = text.toLowerCase().replace(/^on\s+/, '');
  if (/^yesterday$/.test(lower)) return { kind: 'relative', what: 'yesterday' };
  if (/^(?:today|tonight|this (?:morning|afternoon|evening))$/.test(lower)) return { kind: 'relative', what: 'today' };
  const rel = /^(last|this) (week|month)$/.exec(lower);
  if (rel) return { kind: 'relative', what: `${rel[1] as 'last' | 'this'}-${rel[2] as 'week' | 'month'}` };
  if (ANCHORED_OR_SPAN.test(lower)) return null;

  const s = r.start;
  const hasMonth = MONTH_WORD.test(text);
  if (hasMonth && s.isCertain('month')) {
    // Month names are capitalised in news copy; "march" and "may" in lower case are verbs.
    if (!startsUpper(sentence, r.index, MONTH_WORD)) return null;
    const m = s.get('month');
    if (m === null) return null;
    const y = s.isCertain('year') ? s.get('year') : null;
    if (s.isCertain('day')) {
      const d = s.get('day');
      if (d === null) return null;
      // "the end of October" comes back as the 31st; the article only places it in the month.
      const monthOnly = /\b(?:end|beginning|start|middle) of\b/i.test(text);
      return { kind: 'day', m, d, y, monthOnly };
    }
    return { kind: 'month', m, y };
  }
  if (WEEKDAY_WORD.test(text) && s.isCertain('weekday') && !s.isCertain('day') && !s.isCertain('month')) {
    if (!startsUpper(sentence, r.index, WEEKDAY_WORD)) return null;
    const weekday = s.get('weekday');
    if (weekday === null) return null;
    if (/^(?:this|next|coming)\b/.test(lower)) return null;
    return { kind: 'weekday', weekday, last: /^last\b/.test(lower) };
  }
  return null;
}

function clauseBefore(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  const cut = Math.max(...[',', ';', ':', '—', '–', '“', '”', '"', '('].map((c) => before.lastIndexOf(c)));
  return before.slice(cut + 1);
}

function clauseAfter(sentence: string, at: number): string {
  const after = sentence.slice(at);
  const m = /[;:—–“”"(.]/.exec(after);
  return m ? after.slice(0, m.index) : after;
}

// A date in an introductory phrase ("On Friday, ministers will meet") is governed by the clause
// after it; otherwise by the words before it in its own clause.
function isFuture(sentence: string, start: number, end: number): boolean {
  if (FUTURE_CUE.test(clauseBefore(sentence, start))) return true;
  const rest = sentence.slice(end);
  if (/^\s*,/.test(rest) && clauseBefore(sentence, start).trim() === '') {
    const next = clauseAfter(sentence, end + (rest.indexOf(',') + 1));
    if (FUTURE_CUE.test(next.split(/\s+/).slice(0, 10).join(' '))) return true;
  }
  return false;
}

// A line that is only a date with a label or place ("London-UK, November 13, 2025") is page
// furniture, not a report of something that happened.
function isHeaderLine(sentence: string, spans: Array<{ start: number; end: number }>): boolean {
  if (HEADER_LABEL.test(sentence) && !/[.!?]["”’)]?\s*$/.test(sentence)) return true;
  let rest = '';
  let last = 0;
  for (const sp of [...spans].sort((a, b) => a.start - b.start)) {
    rest += sentence.slice(last, Math.max(last, sp.start)) + ' ';
    last = Math.max(last, sp.end);
  }
  rest += sentence.slice(last);
  const words = rest.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length <= 5 && !/[.!?]["”’)]?\s*$/.test(sentence.trim());
}

function resolve(
  kind: Kind,
  ref: Ymd | null,
  sentence: string,
  start: number,
): Omit<DateMention, 'start' | 'end' | 'text'> | null {
  switch (kind.kind) {
    case 'day': {
      if (kind.monthOnly) {
        if (kind.y !== null) return { date: monthString(kind.y, kind.m), precision: 'month', rule: 'absolute:month' };
        const y = monthYear(kind.m, ref);
        if (y === null) return null;
        return { date: monthString(y, kind.m), precision: 'month', rule: 'month-name' };
      }
      if (kind.y !== null) {
        if (!isRealDay(kind.y, kind.m, kind.d)) return null;
        return { date: dayString({ y: kind.y, m: kind.m, d: kind.d }), precision: 'day', rule: 'absolute:day' };
      }
      if (!ref) return null;
      // Without a year, "September 2" is the most recent September 2 not after the article,
      // unless it lies just ahead: "the vote is on November 20" in a mid-November article.
      const sameYear = { y: ref.y, m: kind.m, d: kind.d };
      let y = ref.y;
      if (ymdKey(sameYear) > ymdKey(ref)) {
        if (kind.m - ref.m <= SOON_MONTHS) return null;
        y = ref.y - 1;
      }
      if (!isRealDay(y, kind.m, kind.d)) return null;
      return { date: dayString({ y, m: kind.m, d: kind.d }), precision: 'day', rule: 'month-day' };
    }
    case 'month': {
      if (kind.y !== null) return { date: monthString(kind.y, kind.m), precision: 'month', rule: 'absolute:month' };
      const y = monthYear(kind.m, ref);
      if (y === null) return null;
      return { date: monthString(y, kind.m), precision: 'month', rule: 'month-name' };
    }
    case 'weekday': {
      if (!ref) return null;
      const v = pastWeekday(ref, kind.weekday, kind.last);
      return { date: dayString(v), precision: 'day', rule: kind.last ? 'weekday:last' : 'weekday:past' };
    }
    case 'relative': {
      if (!ref) return null;
      switch (kind.what) {
        case 'yesterday':
          return { date: dayString(addDays(ref, -1)), precision: 'day', rule: 'relative:yesterday' };
        case 'today':
          if (!VERB_BEFORE_TODAY.test(sentence.slice(0, start))) return null;
          return { date: dayString(ref), precision: 'day', rule: 'relative:today' };
        case 'this-month':
          return { date: monthString(ref.y, ref.m), precision: 'month', rule: 'relative:this-month' };
        case 'last-month': {
          const v = addDays({ y: ref.y, m: ref.m, d: 1 }, -1);
          return { date: monthString(v.y, v.m), precision: 'month', rule: 'relative:last-month' };
        }
        case 'this-week': {
          // Monday up to the article's day; a week that started in the previous month gives no month.
          const monday = addDays(ref, -((weekdayOf(ref) + 6) % 7));
          if (monday.m !== ref.m) return null;
          return { date: monthString(ref.y, ref.m), precision: 'month', rule: 'relative:this-week' };
        }
        case 'last-week': {
          const monday = addDays(ref, -((weekdayOf(ref) + 6) % 7) - 7);
          const sunday = addDays(monday, 6);
          if (monday.m !== sunday.m) return null;
          return { date: monthString(monday.y, monday.m), precision: 'month', rule: 'relative:last-week' };
        }
      }
    }
  }
}

function safeParse(sentence: string, ref: Ymd | null): chrono.ParsedResult[] {
  // Without a publication date chrono still needs some reference; a fixed one keeps it
  // deterministic, and only components the text states are ever used in that case.
  const instant = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  try {
    return chrono.parse(sentence, { instant, timezone: 0 }, { forwardDate: false });
  } catch {
    return [];
  }
}

/**
 * Finds the dates in one sentence that mark when something happened, resolved against the
 * article's publication date (YYYY-MM-DD or null: then only dates that carry a year count).
 */
export function findDates(sentence: string, published: string | null): DateMention[] {
  if (typeof sentence !== 'string' || sentence.trim() === '') return [];
  if (!DATE_WORDS.test(sentence)) return [];
  const ref = parseReference(published);
  const results = safeParse(sentence, ref).sort((a, b) => a.index - b.index);

  interface Candidate {
    start: number;
    end: number;
    coreStart: number;
    kind: Kind | null;
    skip: boolean;
    /** The date opens a span reported up to now ("since September"). */
    since: boolean;
  }
  const candidates: Candidate[] = [];
  for (const r of results) {
    const core = r.text.replace(/[\s,;:]+$/, '');
    if (!core) continue;
    const coreStart = r.index;
    const coreEnd = r.index + core.length;
    // Extend left over "late", "mid-", "the end of", then over "in"/"on", so the date words read
    // as in the article ("in late October").
    let start = coreStart;
    const mod = MODIFIER_BEFORE.exec(sentence.slice(0, start));
    if (mod) start -= mod[0].length;
    // chrono keeps "end of" in its match but leaves the article's "at the" outside it.
    if (!mod && /^(?:end|beginning|start|middle) of\b/i.test(core)) {
      const the = /\bthe\s+$/i.exec(sentence.slice(0, start));
      if (the) start -= the[0].length;
    }
    const prep = POINT_PREP_BEFORE.exec(sentence.slice(0, start));
    if (prep && !/^on\s/i.test(core)) start -= prep[0].length;
    const before = sentence.slice(0, start);
    const after = sentence.slice(coreEnd);

    const kind = classify(r, core, sentence);
    // chrono reports a range ("January 2024 to June 2025") with an end: a period, not an event.
    let skip = kind === null || r.end != null;
    // "since September" dates the start of what the sentence reports (a campaign, a tally): an
    // event at that date, unlike "until", "by" or "before", which give a deadline or an end.
    const sinceStart = /\bsince\s+(?:the\s+)?$/i.test(before) && (kind?.kind === 'month' || kind?.kind === 'day');
    if (!skip && PERIOD_BEFORE.test(before) && !sinceStart) skip = true;
    // The second date of "between January 2024 and June 2025" belongs to the same period.
    const prev = candidates.at(-1);
    if (!skip && prev?.skip && prev.kind !== null && RANGE_GAP.test(sentence.slice(prev.end, start))) skip = true;
    // Truncated teaser text ("… London-UK, November...") is a link to another page.
    if (!skip && /^\s*(?:\.\.\.|…)/.test(after)) skip = true;
    if (!skip && WIRE_DATELINE_BEFORE.test(sentence.slice(0, coreStart)) && WIRE_DATELINE_AFTER.test(after))
      skip = true;
    if (
      !skip &&
      kind?.kind === 'month' &&
      kind.y === null &&
      !mod &&
      !MONTH_CONTEXT_BEFORE.test(sentence.slice(0, coreStart))
    )
      skip = true;
    if (!skip && isFuture(sentence, start, coreEnd)) skip = true;
    candidates.push({ start, end: coreEnd, coreStart, kind, skip, since: sinceStart });
  }

  if (candidates.length > 0 && isHeaderLine(sentence, candidates)) return [];

  const out: DateMention[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (c.skip || c.kind === null) continue;
    const resolved = resolve(c.kind, ref, sentence, c.start);
    if (!resolved) continue;
    // A resolved date after the article's own date is a plan or a hypothetical, not an event.
    if (ref && resolved.date > (resolved.precision === 'day' ? dayString(ref) : monthString(ref.y, ref.m))) continue;
    const key = `${resolved.date}|${resolved.precision}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const rule = c.since ? `since:${resolved.rule}` : resolved.rule;
    out.push({ start: c.start, end: c.end, text: sentence.slice(c.start, c.end), ...resolved, rule });
  }
  return out;
}
