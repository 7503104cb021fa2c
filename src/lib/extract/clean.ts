/**
 * Removes web chrome (comment prompts, share and related blocks, datelines, bylines, credits,
 * newsletter prompts, teasers, repeated headlines) from a pasted plain-text article. Article
 * lines are never rewritten: a line is either kept as it is (trimmed) or dropped with a reason.
 *
 * Readability/trafilatura-style extractors need HTML; a pasted text only has lines, so the
 * signals here are the ones that survive in plain text: marker words, position (top zone before
 * the first prose paragraph, tail after a comments/related header), line length, repetition
 * and terminal punctuation.
 */
// The English parsers only: the package's main entry also loads its fifteen other languages,
// 215 more modules, which took about a seventh of a one-off regeneration.
import * as chrono from 'chrono-node/en';
import { countWords, foldText, wordSet } from '../text/fold.ts';

/** Result of cleaning: the article's paragraphs and what was removed, with why. */
export interface CleanResult {
  paragraphs: string[];
  removed: Array<{ line: number; text: string; reason: string }>;
}

/** One non-empty line of the body with the reason it was removed, or null when it is article text. */
export interface LineVerdict {
  /** 1-based line number in the body. */
  line: number;
  /** The line, trimmed. */
  text: string;
  /** Why the line is chrome, or null when it is kept. */
  reason: string | null;
}

/** A date read from a line, and the label it carried ("Published", "Updated", "Today"). */
export interface DatelineInfo {
  /** YYYY-MM-DD. */
  date: string;
  label: 'published' | 'updated' | 'today' | null;
}

/** Names in a byline, and the other parts (outlet, role) that followed them. */
export interface Byline {
  names: string[];
  affiliations: string[];
}

// ---------------------------------------------------------------------------------------------
// Small text helpers

const wordsOf = (s: string): string[] => s.split(/\s+/).filter(Boolean);

// Lines longer than this are article text (or junk) and skip the line heuristics, which are
// meant for short lines and would otherwise cost time on pathological input.
const LONG_LINE = 1000;

/** Folded comparison key of a line: lower case, no accents, letters and digits only. */
export function lineKey(s: string): string {
  return foldText(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Words that stay lower case in a Title Case headline.
const MINOR_WORDS = wordSet(
  'a an the and or but nor of in on at to for by with from as vs via over into onto amid after before about against between than per up off out is are was be its it their his her',
);

/** Share (0–1) of a line's non-minor words that start with a capital letter or digit. */
export function titleCaseRatio(s: string): number {
  if (s.length > LONG_LINE) return 0;
  const tokens = wordsOf(s)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0 && !MINOR_WORDS.has(w.toLowerCase()));
  if (tokens.length === 0) return 0;
  const caps = tokens.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return caps / tokens.length;
}

/** True for a short line shaped like a headline: capitalised start, 2–20 words, no sentence-final period. */
export function isHeadingLike(s: string): boolean {
  if (s.length > 300) return false;
  const n = countWords(s, 21);
  if (n < 2 || n > 20) return false;
  if (/[.;,]$/.test(s) || /(\.\.\.|…)$/.test(s)) return false;
  return /^[\p{Lu}\p{N}"'“‘]/u.test(s);
}

const endsWithEllipsis = (s: string): boolean => /(\.\.\.|…)\s*$/.test(s);

/** True for a line that reads as article prose: a full sentence ending in terminal punctuation, or a long line. */
export function isProse(s: string): boolean {
  const n = countWords(s, 25);
  if (n >= 25) return true;
  if (n < 8 || endsWithEllipsis(s)) return false;
  return /[.!?"”’)\]]$/.test(s);
}

// ---------------------------------------------------------------------------------------------
// Dates and bylines (also used by the metadata step)

// Fixed reference so chrono never reads the clock; only dates with an explicit year are
// accepted, so the reference never leaks into a result.
const CHRONO_REF = new Date(Date.UTC(2000, 0, 1));

// Words that may stand next to a date on a dateline ("Today : Nov 12, 2025", "Published … ET").
const DATELINE_WORDS = wordSet(
  'today date published updated posted last first modified on at am pm a.m. p.m. et est edt ct cst cdt pt pst pdt mt gmt utc bst cet cest ist jst aest z',
);

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Reads a line that is only a date, optionally with a label, a time or a place
 * ("Nov. 15, 2025", "Today : Nov 12, 2025", "London-UK, November 13, 2025",
 * "Published Nov. 12, 2025 5:00 am ET"); null for anything else, including sentences that contain a date.
 */
export function parseDateline(line: string): DatelineInfo | null {
  const text = line.trim();
  if (text.length === 0 || text.length > 120) return null;
  let results: chrono.ParsedResult[];
  try {
    results = chrono.strict.parse(text, CHRONO_REF);
  } catch {
    return null;
  }
  const full = results.find((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'));
  if (!full) return null;
  // "12/11/2025" is 12 November in Europe and 11 December in the U.S.: do not guess.
  const numeric = /^(\d{1,2})[/.](\d{1,2})[/.]\d{4}$/.exec(full.text.trim());
  if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2]) return null;

  let rest = text;
  for (const r of results) rest = rest.replace(r.text, ' ');
  const leftover = wordsOf(
    rest
      .replace(/\b\d{1,2}[:.]\d{2}\b/g, ' ')
      .replace(/[,:;|•·()[\]/\\–—-]+/g, ' ')
      .trim(),
  ).filter((w) => !DATELINE_WORDS.has(w.toLowerCase()));
  // What remains may only be a place name ("London-UK", "WASHINGTON"), never a sentence.
  if (leftover.length > 3 || leftover.some((w) => !/^\p{Lu}/u.test(w))) return null;

  const label = /\b(updated|modified)\b/i.test(text)
    ? 'updated'
    : /\b(published|posted)\b/i.test(text)
      ? 'published'
      : /\btoday\b/i.test(text)
        ? 'today'
        : null;
  const s = full.start;
  return { date: `${s.get('year')}-${pad(s.get('month') ?? 1)}-${pad(s.get('day') ?? 1)}`, label };
}

// Name particles that stay lower case inside a person's name.
const NAME_PARTICLES = wordSet('de da del della der den di du la le van von bin ibn al el dos das do y ter ten st');
// Words that mark a byline part as an organisation or a role, not a person.
const ORG_OR_ROLE_WORDS =
  /\b(press|news|times|post|journal|reuters|agency|agencies|media|network|service|daily|herald|tribune|telegraph|guardian|magazine|radio|tv|television|broadcasting|wire|bureau|staff|correspondents?|reporters?|writers?|editors?|contributors?|columnist|desk|board|team|group|online|associated|international|foundation|institute|university|the)\b/i;

/** True for a person's name as bylines write it: 2–5 capitalised tokens, initials and particles allowed, no possessive. */
export function isPersonName(s: string): boolean {
  const tokens = wordsOf(s);
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (/['’]s$/i.test(s)) return false;
  if (ORG_OR_ROLE_WORDS.test(s)) return false;
  let capitalised = 0;
  for (const t of tokens) {
    if (NAME_PARTICLES.has(t.toLowerCase()) && t === t.toLowerCase()) continue;
    if (!/^(\p{Lu}\.)+$|^\p{Lu}[\p{L}'’.-]*$/u.test(t)) return false;
    capitalised++;
  }
  return capitalised >= 2 && /^\p{Lu}/u.test(tokens[0] ?? '');
}

/** Writes an ALL-CAPS name in Title Case ("JEAN-NOËL O'BRIEN" → "Jean-Noël O'Brien"); mixed-case names are kept as they are. */
export function normalizeName(s: string): string {
  return wordsOf(s)
    .map((t) =>
      t.length > 1 && t === t.toUpperCase() && /\p{Lu}{2}/u.test(t)
        ? t.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
        : t,
    )
    .join(' ');
}

/**
 * Reads a byline line ("By Jane Doe and John Roe", "By JANE DOE, Reuters", "By Jane Doe | Nov. 12, 2025");
 * null when the line is a sentence that merely starts with "By" ("By Donald Trump's account, …").
 */
export function parseByline(line: string): Byline | null {
  const text = line.trim();
  if (text.length > 160 || countWords(text, 25) > 24) return null;
  const m = /^(?:(?:words|written|story|text|reported|posted)\s+)?by\s*:?\s+(.+?)\s*$/i.exec(text);
  if (!m?.[1]) return null;
  // Blogs sign "Posted by Jane Roe on November 17, 2025": the date is a segment of its own.
  const signed = /^(.+?)\s+on\s+(.+)$/.exec(m[1]);
  const body = signed?.[1] && signed[2] && parseDateline(signed[2]) ? `${signed[1]} | ${signed[2]}` : m[1];
  const segments = body.split(/\s+[|•·]\s+|\s+[—–-]{1,2}\s+/);
  const head = segments[0] ?? '';
  // A byline does not end like a sentence; "By then, the ministers had left." does.
  if (/[.!?]$/.test(head) && !/\b\p{Lu}\.$/u.test(head)) return null;
  const parts = head
    .split(/\s*[,;]\s*|\s+and\s+|\s*&\s*/i)
    .map((p) => p.replace(/\s+in\s+\p{Lu}[\p{L} .'-]*$/u, '').trim())
    .filter(Boolean);
  const names: string[] = [];
  const affiliations: string[] = [];
  for (const [i, part] of parts.entries()) {
    if (isPersonName(part)) {
      names.push(normalizeName(part));
    } else if (i > 0 && titleCaseRatio(part) >= 0.5 && countWords(part, 7) <= 6) {
      // "Reuters", "Staff Writer", "The Associated Press" after the names.
      affiliations.push(part);
    } else if (i > 0 && /^(staff|special|senior|chief|foreign|contributing|national)\b[\p{L} ]*$/iu.test(part)) {
      affiliations.push(part);
    } else {
      return null;
    }
  }
  for (const seg of segments.slice(1)) {
    if (parseDateline(seg) === null && titleCaseRatio(seg) >= 0.5 && countWords(seg, 7) <= 6)
      affiliations.push(seg.trim());
  }
  return names.length > 0 ? { names, affiliations } : null;
}

// ---------------------------------------------------------------------------------------------
// Marker phrases. Each pattern matches a whole (trimmed) line; they are generic site furniture,
// not phrases of any one article.

// Trailing punctuation a header may carry ("Share post:", "Popular »"). A loop rather than a
// /[…]+$/ regex, which backtracks quadratically on long runs of those characters.
const TRAILING = new Set([...' \t:!.|•·>»›-']);
const STRIP_END = (s: string): string => {
  let end = s.length;
  while (end > 0 && TRAILING.has(s[end - 1] ?? '')) end--;
  return s.slice(0, end).trim();
};

// Headers that start the comments section: everything after them is reader comments.
const COMMENTS_MARKER =
  /^(leave a (reply|comment)|post a comment|add a comment|write a comment|join the (conversation|discussion|debate)|comments?( \(\d+\))?|\d+ comments?|show comments|view comments|reader comments|comments are closed|please enter your (comment|name)( here)?|you must be logged in to post a comment|cancel reply)$/i;

// Headers of related/popular link lists that pages append after the article.
const TAIL_MARKER =
  /^(more like this|more (stories|news|articles|coverage|from [\p{L}\p{N} &'’.-]{1,40})|(most )?(popular|read|viewed|shared|watched)( (now|today|stories|articles|posts|this week))?|trending( now| stories| articles)?|you (may|might) (also )?(like|enjoy|be interested in)|recommended( for you| stories| articles| reading)?|read next|up next|what to read next|latest (news|stories|posts|articles)|related (posts|articles|stories|content|coverage|reading|news|topics)|further reading|in other news|top stories|editor['’]?s picks|don['’]t miss|must read|explore more on these topics|more on this story|also on [\p{L}\p{N} &'’.-]{1,30})$/iu;

// A bare "Related" header, which sites also put inline before one or two links.
const RELATED_HEADER = /^(related|see also|also read|read more|more on this( story| topic)?)$/i;

// Inline link lines: "Read more: Headline", "Related: Headline", "See also: Headline".
const RELATED_LINK =
  /^(read more|related( coverage)?|see also|also read|read also|more|more on this|recommended|watch|listen|read|further reading)\s*[:|»›>–—-]\s*\S/i;

// Single-line furniture: advertising, share buttons, navigation, reading-time badges.
const FURNITURE =
  /^(advertisement|advertising|ad|ads|sponsored( content)?|skip (advertisement|ad|to (main )?content|navigation)|story continues (below|after) (this )?(advertisement|ad)|continue reading( (below|the main story|this article))?|scroll (down )?to continue( with content)?|listen to (this )?(article|story)[\s\S]{0,30}|\d+ min(ute)?s? (read|listen)|read more|show more|load more|see more|view more|click here( to [\p{L} ]{1,40})?|image caption|media caption|image source[\s\S]{0,60}|close|menu|search|home|print|save( (article|story|for later))?|copy link( to clipboard)?|gift (this )?(article|story)|share( (this|the) (article|story|post|page))?( on [\p{L} ]{1,20})?|share post|share on [\p{L} ]{1,20}|share via [\p{L} ]{1,20}|tweet|email|e-mail|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|bluesky|threads|messenger|sign in|log in|register|subscribe|subscribe now|sign up|follow( us)?|reuse this content|back to top|top of page|toggle (menu|navigation)|font size|text size|audio|video|watch|photos?|getty images)$/iu;

// Relative timestamps ("Updated 2 hours ago"): page furniture, and no date can be read from them.
const RELATIVE_TIME =
  /^((updated|published|posted|last updated)\s*:?\s*)?(\d+|an?|one)\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i;

// Topic and tag lists under a story ("Tags: international law, armed conflict").
const TAGS = /^(tags?|topics?|filed under|categor(y|ies)|keywords|more on)\s*:\s*[^.!?]{1,200}$/i;

// Lines that are only a label with nothing after it ("Date:", "Tags:").
const LABEL_ONLY =
  /^(date|dated|published|updated|posted|last updated|time|author|authors|by|source|sources|tags?|categor(y|ies)|filed under|topics?|section|share|share this|location|dateline)\s*:?$/i;

// Newsletter, subscription and paywall prompts.
const NEWSLETTER =
  /^(to continue reading|create a free account|sign up|subscribe|get (our|the) [\p{L} ]{0,40}newsletter|already (a subscriber|have an account|subscribed)|become a (member|subscriber)|support (our|independent) journalism|this article is for subscribers)\b|\bnewsletter\b[\s\S]*\b(sign up|subscribe|inbox)\b|\b(sign up|subscribe)\b[\s\S]*\b(newsletter|inbox)\b|\bdelivered (straight |directly )?to your inbox\b|\b(subscribe|log in|sign in|register) to (continue|keep) reading\b/iu;

// Cookie and consent banners.
const CONSENT =
  /^(we use cookies|this (web)?site uses cookies|we and our partners|accept( all)?( cookies)?|reject all|cookie (settings|policy|preferences)|manage (cookies|preferences|consent)|privacy (policy|settings))\b/i;

// Contact footers and credits at the end of stories.
const CONTACT =
  /^(write to|contact|email|e-mail|reach)\b[\s\S]*@[\w-]+\.[\w.-]+|^contact the (author|writer|reporter)s?\b|^follow [\s\S]{1,60} on (twitter|x|facebook|instagram|bluesky|threads|linkedin|mastodon)\b|^@\w{2,}$/i;
const CREDITS =
  /^((additional )?reporting|writing|editing|edited|compiled|research|graphics|produced|translated|fact-checked) by\b/i;
const COPYRIGHT = /^(copyright\s*(©|\(c\)|\d{4}|by\b)|©|\(c\)\s*\d{4})|\ball rights reserved\b/i;
const PRINT_EDITION =
  /\bappeared in the [\s\S]{0,80}\bprint edition\b|^(this (article|story) (was )?(originally|first) (published|appeared)|this (article|story) is republished from|republished (with permission )?from)\b/i;
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(is|was|are)\s+(a|an|the)\b[\s\S]{0,120}\b(reporter|correspondent|writer|editor|columnist|contributor|journalist|bureau chief|staff writer)\b/u;

// Photo captions and credits: a label at the start, or the slash-style agency credit.
const PHOTO_LABEL =
  /^(photo|photos|photograph|photography|image|picture|illustration|caption|credit|video)\s*(by|credit)?\s*[:|]|^(image|media|video) (caption|source)\s*[:,]/i;
const PHOTO_CREDIT =
  /(\bgetty images\b|\bap photo\b|\bshutterstock\b|\bphoto by\b|\/\s*(reuters|afp|ap|epa|bloomberg|getty)\b|\b(reuters|afp|epa|efe)\s*\/\s*\p{Lu})/iu;

// A wire dateline standing alone ("WASHINGTON (Reuters) -").
const WIRE_DATELINE_ALONE =
  /^\p{Lu}[\p{Lu} .'’-]+(,\s*[\p{L} .]+)?\s*\((reuters|ap|afp|bloomberg|upi|xinhua|dpa|efe|ansa|cnn)\)\s*[-–—]*$/iu;

// Section names a site prints above a headline ("World News", "Latin America", "Opinion").
const SECTION_WORDS = wordSet(
  'news world us u.s. uk u.k. politics business opinion opinions analysis explainer sport sports economy markets tech technology science health climate environment culture lifestyle investigations investigation national international local breaking latest live exclusive video videos podcast podcasts americas america europe asia africa pacific middle east latin north south central global defense defence security law justice military diplomacy foreign policy region regional home features feature commentary editorial editorials world-news top stories story the and &',
);

/** True for a short line made only of section words ("World News") or a breadcrumb ("World › Americas"). */
export function isSectionLabel(s: string): boolean {
  if (/[›>»|/]/.test(s)) {
    const parts = s.split(/\s*[›>»|/]\s*/).filter(Boolean);
    return parts.length >= 2 && parts.every((p) => countWords(p, 4) <= 3 && /^\p{Lu}/u.test(p));
  }
  const ws = wordsOf(STRIP_END(s));
  return ws.length >= 1 && ws.length <= 4 && ws.every((w) => SECTION_WORDS.has(w.toLowerCase()));
}

// ---------------------------------------------------------------------------------------------
// Line classification

function singleLineReason(text: string, words: number): string | null {
  const bare = STRIP_END(text);
  if (LABEL_ONLY.test(text)) return 'label';
  if (words <= 8 && FURNITURE.test(bare)) return 'furniture';
  if (words <= 8 && RELATIVE_TIME.test(bare)) return 'dateline';
  if (words <= 30 && TAGS.test(text)) return 'tags';
  if (COMMENTS_MARKER.test(bare)) return 'comments';
  if (words <= 40 && NEWSLETTER.test(text)) return 'newsletter';
  if (words <= 40 && CONSENT.test(text)) return 'consent';
  if (words <= 60 && CONTACT.test(text)) return 'contact';
  // "Research by the institute found …" is prose; credit lines are short or list roles with ";".
  if (words <= 60 && CREDITS.test(text) && (words <= 12 || text.includes(';') || !isProse(text))) return 'credits';
  if (words <= 40 && COPYRIGHT.test(text)) return 'copyright';
  if (words <= 60 && PRINT_EDITION.test(text)) return 'print-edition';
  if (words <= 30 && PHOTO_LABEL.test(text)) return 'photo-credit';
  if (words <= 40 && PHOTO_CREDIT.test(text) && (words <= 12 || /\)\s*$|[^.!?"”]$/.test(text))) return 'photo-credit';
  if (words <= 40 && /@[\w-]+\.[\w.-]+/.test(text) && !isProse(text)) return 'contact';
  if (parseByline(text)) return 'byline';
  // A blog's post line ("Posted by Admin | November 17, 2025 | 4 comments") is furniture even
  // when the poster is no person's name.
  if (words <= 24 && /^(?:posted|published)\s+(?:by|on|in)\b/i.test(text) && !/[.!?]$/.test(text)) return 'byline';
  if (WIRE_DATELINE_ALONE.test(text)) return 'dateline';
  if (words <= 20 && RELATED_LINK.test(text) && !isProse(text)) return 'related-link';
  return null;
}

/** What classifying a body finds before the title is known: the verdicts of steps 1–3, which lines are prose, and their keys. */
interface LineFacts {
  body: string;
  lines: readonly LineVerdict[];
  prose: boolean[];
  keys: string[];
}

// The metadata step and the cleaning step classify the same body one after the other, with and
// without the title; the title only matters from step 4 on, so steps 1–3 run once for both.
let lastFacts: LineFacts | undefined;

/** Classifies every non-empty line of the body as article text (reason null) or chrome (with the reason). */
export function classifyLines(body: string, opts: { title?: string | null } = {}): LineVerdict[] {
  const facts = lastFacts?.body === body ? lastFacts : (lastFacts = lineFacts(body));
  const lines = facts.lines.map((l) => ({ ...l }));
  if (lines.length === 0) return lines;
  const { prose, keys } = facts;
  const mark = (i: number, reason: string): void => {
    const l = lines[i];
    if (l && l.reason === null) l.reason = reason;
  };

  // 4. Headline repeats: the title line, headline-like lines repeated in the article, duplicated paragraphs.
  const titleKey = opts.title ? lineKey(opts.title) : '';
  const counts = new Map<string, number>();
  for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  const seen = new Set<string>();
  for (const [i, l] of lines.entries()) {
    const k = keys[i]!;
    if (!k) continue;
    const repeated = (counts.get(k) ?? 0) > 1;
    if (titleKey && k === titleKey && !prose[i]) mark(i, 'title');
    else if (repeated && isHeadingLike(l.text) && countWords(l.text, 3) >= 3) mark(i, 'repeated-headline');
    else if (repeated && seen.has(k) && countWords(l.text, 8) >= 8) mark(i, 'duplicate');
    seen.add(k);
  }

  // 5. Teasers: short title-like lines ending in "...", and the headline line a teaser repeats.
  for (const [i, l] of lines.entries()) {
    if (l.reason !== null) continue;
    if (!endsWithEllipsis(l.text) || countWords(l.text, 21) > 20) continue;
    const prev = i > 0 ? lines[i - 1] : undefined;
    const prevKey = prev ? keys[i - 1]! : '';
    const repeatsPrev = prevKey.length > 0 && keys[i]!.startsWith(prevKey);
    if (repeatsPrev || titleCaseRatio(l.text) >= 0.6) {
      mark(i, 'teaser');
      if (repeatsPrev && prev && isHeadingLike(prev.text)) mark(i - 1, 'teaser');
    }
  }
  return lines;
}

/** Steps 1–3 of classifyLines, which do not depend on the title. */
function lineFacts(body: string): LineFacts {
  const raw = body.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const lines: LineVerdict[] = [];
  for (const [i, l] of raw.entries()) {
    const text = l.trim();
    if (text) lines.push({ line: i + 1, text, reason: null });
  }
  if (lines.length === 0) return { body, lines, prose: [], keys: [] };

  const prose = lines.map((l) => isProse(l.text));
  const firstProse = prose.indexOf(true);
  const secondProse = firstProse < 0 ? -1 : prose.indexOf(true, firstProse + 1);
  const lastProse = prose.lastIndexOf(true);
  // The top zone holds headline, kicker, byline and dateline; datelines may also follow a standfirst.
  const topEnd = firstProse < 0 ? Math.min(lines.length, 12) : firstProse;
  const datelineZoneEnd = secondProse < 0 ? topEnd : secondProse;
  const mark = (i: number, reason: string): void => {
    const l = lines[i];
    if (l && l.reason === null) l.reason = reason;
  };

  // 1. Tail cut: a comments header, or a related/popular header after which there is less prose than before.
  const proseChars = lines.map((l, i) => (prose[i] ? l.text.length : 0));
  const total = proseChars.reduce((a, b) => a + b, 0);
  let before = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    const bare = STRIP_END(text);
    if (countWords(bare, 11) <= 10 && i > firstProse && firstProse >= 0) {
      const after = total - before;
      const cutReason = COMMENTS_MARKER.test(bare)
        ? 'tail:comments'
        : TAIL_MARKER.test(bare) && before >= after
          ? 'tail:related'
          : null;
      if (cutReason) {
        for (let j = i; j < lines.length; j++) mark(j, cutReason);
        break;
      }
    }
    before += proseChars[i] ?? 0;
  }

  // 2. Inline related blocks: a "Related" header and the link lines right after it.
  for (let i = 0; i < lines.length; i++) {
    const bare = STRIP_END(lines[i]?.text ?? '');
    if (lines[i]?.reason !== null || !(RELATED_HEADER.test(bare) || TAIL_MARKER.test(bare))) continue;
    mark(i, 'related');
    for (let j = i + 1; j < lines.length && !prose[j]; j++) {
      const t = lines[j]?.text ?? '';
      if (isHeadingLike(t) || endsWithEllipsis(t) || countWords(t, 13) <= 12) mark(j, 'related');
      else break;
    }
  }

  // 3. Single-line markers.
  for (const [i, l] of lines.entries()) {
    if (l.reason !== null || l.text.length > LONG_LINE) continue;
    // singleLineReason and the author-bio check compare the count with 60 at most.
    const words = countWords(l.text, 61);
    const reason = singleLineReason(l.text, words);
    if (reason) {
      mark(i, reason);
      continue;
    }
    if ((i < datelineZoneEnd || i > lastProse) && parseDateline(l.text)) mark(i, 'dateline');
    else if (i < topEnd && isSectionLabel(l.text)) mark(i, 'section-label');
    else if (i >= lines.length - 3 && i >= lastProse && words <= 40 && AUTHOR_BIO.test(l.text)) mark(i, 'author-bio');
  }

  return { body, lines, prose, keys: lines.map((l) => lineKey(l.text)) };
}

/** Removes web chrome from a pasted article; never throws and never rewrites a kept line. */
export function cleanArticle(body: string, opts: { title?: string | null } = {}): CleanResult {
  const verdicts = classifyLines(typeof body === 'string' ? body : '', opts);
  return {
    paragraphs: verdicts.filter((v) => v.reason === null).map((v) => v.text),
    removed: verdicts
      .filter((v) => v.reason !== null)
      .map((v) => ({ line: v.line, text: v.text, reason: v.reason ?? '' })),
  };
}
