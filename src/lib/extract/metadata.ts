/**
 * Infers an article's title, publication date, authors and outlet from what its pasted text shows:
 * the headline and dateline at the top, the byline, a contact footer's e-mail domain, a wire credit
 * or a copyright line. Nothing is guessed from the clock or from dates deep in the body.
 */
import {
  classifyLines,
  isHeadingLike,
  isPersonName,
  isProse,
  lineKey,
  normalizeName,
  parseByline,
  parseDateline,
  titleCaseRatio,
  type DatelineInfo,
} from './clean.ts';

/** Metadata the text itself shows; null or empty where it shows nothing. */
export interface InferredMetadata {
  title: string | null;
  published: string | null;
  authors: string[];
  outlet: string | null;
  /** The rule that produced each inferred field, so a wrong value can be traced. */
  rules: Partial<Record<'title' | 'published' | 'authors' | 'outlet', string>>;
}

/** A well-known news outlet: its usual name, web/e-mail domains and other names it is credited under. */
interface Outlet {
  name: string;
  domains: string[];
  aliases: string[];
}

// General news knowledge (which domain and credit belong to which publication), not story knowledge.
const OUTLETS: Outlet[] = [
  { name: 'The Wall Street Journal', domains: ['wsj.com', 'dowjones.com'], aliases: ['Wall Street Journal', 'WSJ'] },
  {
    name: 'The New York Times',
    domains: ['nytimes.com'],
    aliases: ['New York Times', 'The New York Times Company', 'NYT'],
  },
  { name: 'The Washington Post', domains: ['washingtonpost.com', 'washpost.com'], aliases: ['Washington Post'] },
  { name: 'Reuters', domains: ['reuters.com', 'thomsonreuters.com'], aliases: ['Thomson Reuters'] },
  { name: 'The Associated Press', domains: ['apnews.com', 'ap.org'], aliases: ['Associated Press', 'AP'] },
  { name: 'AFP', domains: ['afp.com'], aliases: ['Agence France-Presse', 'Agence France Presse'] },
  { name: 'BBC News', domains: ['bbc.co.uk', 'bbc.com'], aliases: ['BBC', 'British Broadcasting Corporation'] },
  {
    name: 'The Guardian',
    domains: ['theguardian.com', 'guardian.co.uk'],
    aliases: ['Guardian', 'Guardian News & Media', 'Guardian News and Media'],
  },
  { name: 'The Atlantic', domains: ['theatlantic.com'], aliases: ['Atlantic', 'The Atlantic Monthly Group'] },
  { name: 'CNN', domains: ['cnn.com'], aliases: ['Cable News Network'] },
  { name: 'NBC News', domains: ['nbcnews.com', 'nbcuni.com'], aliases: [] },
  { name: 'CBS News', domains: ['cbsnews.com'], aliases: [] },
  { name: 'ABC News', domains: ['abcnews.go.com', 'abcnews.com'], aliases: [] },
  { name: 'NPR', domains: ['npr.org'], aliases: ['National Public Radio'] },
  { name: 'Fox News', domains: ['foxnews.com'], aliases: [] },
  { name: 'Al Jazeera', domains: ['aljazeera.com', 'aljazeera.net'], aliases: [] },
  { name: 'Financial Times', domains: ['ft.com'], aliases: ['The Financial Times', 'FT'] },
  { name: 'The Economist', domains: ['economist.com'], aliases: ['Economist', 'The Economist Newspaper'] },
  { name: 'Politico', domains: ['politico.com', 'politico.eu'], aliases: ['POLITICO'] },
  { name: 'Bloomberg', domains: ['bloomberg.com', 'bloomberg.net'], aliases: ['Bloomberg News', 'Bloomberg L.P.'] },
  { name: 'Le Monde', domains: ['lemonde.fr'], aliases: [] },
  { name: 'El País', domains: ['elpais.com'], aliases: ['El Pais'] },
  { name: 'Los Angeles Times', domains: ['latimes.com'], aliases: ['LA Times'] },
  { name: 'USA Today', domains: ['usatoday.com'], aliases: [] },
  { name: 'Axios', domains: ['axios.com'], aliases: [] },
  { name: 'The Hill', domains: ['thehill.com'], aliases: [] },
  { name: 'The New Yorker', domains: ['newyorker.com'], aliases: ['New Yorker'] },
  { name: 'Time', domains: ['time.com'], aliases: ['TIME'] },
  { name: 'Newsweek', domains: ['newsweek.com'], aliases: [] },
  { name: 'Vox', domains: ['vox.com'], aliases: [] },
  { name: 'ProPublica', domains: ['propublica.org'], aliases: [] },
  { name: 'The Intercept', domains: ['theintercept.com'], aliases: [] },
  { name: 'The Conversation', domains: ['theconversation.com'], aliases: [] },
  { name: 'Foreign Policy', domains: ['foreignpolicy.com'], aliases: [] },
  { name: 'Lawfare', domains: ['lawfaremedia.org', 'lawfareblog.com'], aliases: [] },
  { name: 'Just Security', domains: ['justsecurity.org'], aliases: [] },
  { name: 'CNBC', domains: ['cnbc.com'], aliases: [] },
  { name: 'MSNBC', domains: ['msnbc.com'], aliases: [] },
  { name: 'Miami Herald', domains: ['miamiherald.com'], aliases: ['The Miami Herald'] },
  { name: 'The Telegraph', domains: ['telegraph.co.uk'], aliases: ['Daily Telegraph', 'The Daily Telegraph'] },
  { name: 'The Independent', domains: ['independent.co.uk'], aliases: [] },
  { name: 'The Times', domains: ['thetimes.co.uk', 'thetimes.com'], aliases: [] },
  { name: 'Sky News', domains: ['news.sky.com', 'sky.com'], aliases: [] },
  { name: 'DW', domains: ['dw.com'], aliases: ['Deutsche Welle'] },
  { name: 'France 24', domains: ['france24.com'], aliases: [] },
  { name: 'Der Spiegel', domains: ['spiegel.de'], aliases: ['Spiegel'] },
  { name: 'CBC News', domains: ['cbc.ca'], aliases: ['CBC'] },
  { name: 'The Globe and Mail', domains: ['theglobeandmail.com'], aliases: ['Globe and Mail'] },
  { name: 'El Tiempo', domains: ['eltiempo.com'], aliases: [] },
  { name: 'Semafor', domains: ['semafor.com'], aliases: [] },
  { name: 'The Hindu', domains: ['thehindu.com'], aliases: [] },
  { name: 'South China Morning Post', domains: ['scmp.com'], aliases: ['SCMP'] },
  { name: 'ABC News (Australia)', domains: ['abc.net.au'], aliases: [] },
  { name: 'UPI', domains: ['upi.com'], aliases: ['United Press International'] },
  { name: 'Xinhua', domains: ['xinhuanet.com', 'news.cn'], aliases: ['Xinhua News Agency'] },
  { name: 'dpa', domains: ['dpa.com'], aliases: ['Deutsche Presse-Agentur'] },
  { name: 'EFE', domains: ['efe.com'], aliases: ['Agencia EFE'] },
];

/** The outlet that uses a web or e-mail domain ("news.wsj.com" → The Wall Street Journal), or null. */
export function outletForDomain(domain: string): string | null {
  const d = domain
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  for (const o of OUTLETS) if (o.domains.some((od) => d === od || d.endsWith(`.${od}`))) return o.name;
  return null;
}

/** The outlet a credit names ("Associated Press", "The Guardian"), or null if it is not a known outlet. */
export function outletForName(name: string): string | null {
  const k = lineKey(name);
  if (!k) return null;
  for (const o of OUTLETS) if ([o.name, ...o.aliases].some((n) => lineKey(n) === k)) return o.name;
  return null;
}

// Suffixes that show a copyright holder is a company, not a masthead ("Dow Jones & Company, Inc.").
const CORPORATE =
  /\b(inc|company|co|corp|corporation|ltd|limited|llc|plc|gmbh|holdings|group|media|enterprises|s\.a)\b\.?/i;

// Wire credit opening a story: "WASHINGTON (Reuters) -", "BOGOTÁ, Colombia (AP) —".
const WIRE_CREDIT = /^\p{Lu}[\p{L}\p{N} .,'’/-]{1,60}\(([\p{L} .-]{2,30})\)\s*[-–—]/u;

const EMAIL_AT = /([^,;:]+?)\s+at\s+([\w.+-]+@([\w-]+(?:\.[\w-]+)+))/g;

/** Names and e-mail domains of a contact footer ("Write to A at a@x.com, B at b@x.com and C at c@x.com"). */
export function parseContactFooter(line: string): { names: string[]; domains: string[] } | null {
  // Footers are short; the length cap also bounds the lazy name pattern below.
  if (line.length > 600) return null;
  const m = /^(?:write to|contact|reach|email|e-mail)\s+(.+)$/i.exec(line.trim());
  if (!m?.[1] || !m[1].includes('@')) return null;
  const names: string[] = [];
  const domains: string[] = [];
  for (const hit of m[1].matchAll(EMAIL_AT)) {
    const name = (hit[1] ?? '').replace(/^\s*(and|&)\s+/i, '').trim();
    if (isPersonName(name)) names.push(normalizeName(name));
    if (hit[3]) domains.push(hit[3]);
  }
  // "Contact us at news@x.com": a domain without names still names the outlet.
  if (domains.length === 0) for (const d of m[1].matchAll(/@([\w-]+(?:\.[\w-]+)+)/g)) if (d[1]) domains.push(d[1]);
  return names.length > 0 || domains.length > 0 ? { names, domains } : null;
}

// Names in a wire-style credit line ("Reporting by Jane Doe in Bogotá; Editing by John Roe").
function creditNames(line: string): string[] {
  const names: string[] = [];
  if (line.length > 600 || !/\b(reporting|writing) by\b/i.test(line)) return names;
  for (const seg of line.split(/\s*;\s*/)) {
    const m = /^(?:reporting|writing)\s+by\s+(.+)$/i.exec(seg.trim());
    if (!m?.[1]) continue;
    for (const part of m[1].split(/\s*,\s*|\s+and\s+|\s*&\s*/i)) {
      const name = part
        .replace(/\s+in\s+\p{Lu}[\p{L} .'-]*$/u, '')
        .replace(/[.]$/, '')
        .trim();
      if (isPersonName(name)) names.push(normalizeName(name));
    }
  }
  return names;
}

// Which evidence for the outlet wins when lines disagree.
const OUTLET_RULE_PRIORITY = [
  'contact-email-domain',
  'byline-credit',
  'wire-credit',
  'title-suffix',
  'copyright',
  'url-domain',
  'copyright:unlisted',
];

/** The holder named by a copyright line ("© 2025 The Associated Press. All rights reserved." → "The Associated Press"), or null. */
export function copyrightHolder(line: string): string | null {
  const t = line.trim();
  if (t.length > 120 || !/^(copyright\s*(©|\(c\)|\d{4}|by\b)|©|\(c\)\s*\d{4})/i.test(t)) return null;
  const holder = t
    .replace(/^(copyright|©|\(c\)|\s|\d{4}|[-–,])+/i, '')
    .replace(/^by\s+/i, '')
    .split(/\.\s|\s[|•·]\s|\ball rights reserved\b/i)[0]
    // "Guardian News & Media Limited or its affiliated companies" → "Guardian News & Media".
    ?.replace(/,?\s+(inc|ltd|limited|llc|plc|gmbh)\b[\s\S]*$/i, '')
    .replace(/[.,\s]+$/, '')
    .trim();
  return holder ? holder : null;
}

const uniq = (xs: string[]): string[] => [...new Set(xs)];

/** Infers metadata from the text: null or empty for anything the text does not show. */
export function inferMetadata(body: string): InferredMetadata {
  const out: InferredMetadata = { title: null, published: null, authors: [], outlet: null, rules: {} };
  const verdicts = classifyLines(typeof body === 'string' ? body : '', {});
  if (verdicts.length === 0) return out;
  const texts = verdicts.map((v) => v.text);
  const firstProse = texts.findIndex(isProse);
  const secondProse = firstProse < 0 ? -1 : texts.findIndex((t, i) => i > firstProse && isProse(t));
  const topEnd = firstProse < 0 ? Math.min(texts.length, 12) : firstProse;
  // Datelines and bylines may sit under a standfirst, so their zone reaches to the second prose paragraph.
  const headerEnd = Math.min(secondProse < 0 ? texts.length : secondProse, 15);
  const tailStart = Math.max(0, texts.length - 6);

  // --- published: a dateline near the top; "Published" beats a plain date, which beats "Today" and "Updated".
  const rank: Record<string, number> = { published: 0, none: 1, today: 2, updated: 3 };
  let best: (DatelineInfo & { rank: number }) | null = null;
  for (let i = 0; i < headerEnd; i++) {
    const line = texts[i] ?? '';
    // A dateline is short; long lines are prose and would only cost time here.
    if (line.length > 300) continue;
    // "Posted by Jane Roe on November 17, 2025": a signed post line carries the date after "on".
    for (const seg of line.split(/\s+[|•·]\s+|(?<=^(?:posted|published)\b.{0,60})\s+on\s+(?=\S)/i)) {
      const d = parseDateline(seg);
      if (!d) continue;
      const r = rank[d.label ?? 'none'] ?? 1;
      if (!best || r < best.rank) best = { ...d, rank: r };
    }
  }
  // Wire copy opens its first paragraph with the dateline: "WASHINGTON, Dec. 3, 2025 — Members of…".
  const lead = firstProse >= 0 ? /^(.{3,80}?)\s+[—–-]{1,2}\s/.exec(texts[firstProse] ?? '') : null;
  const leadDate = !best && lead?.[1] ? parseDateline(lead[1]) : null;
  if (leadDate) best = { ...leadDate, rank: 1 };
  if (best) {
    out.published = best.date;
    out.rules.published = `dateline:${best.label ?? (leadDate ? 'wire' : 'date')}`;
  }

  // --- authors and outlet from bylines, contact footers and credits.
  const bylineNames: string[] = [];
  const footerNames: string[] = [];
  const creditList: string[] = [];
  const outletHints: Array<[string, string]> = [];
  for (const [i, t] of texts.entries()) {
    if (i < headerEnd || i >= tailStart) {
      const b = parseByline(t);
      if (b) {
        for (const n of b.names) {
          // "By Associated Press" reads like a name; the outlet table knows better.
          const asOutlet = outletForName(n);
          if (asOutlet) outletHints.push([asOutlet, 'byline-credit']);
          else bylineNames.push(n);
        }
        for (const a of b.affiliations) {
          const o = outletForName(a.replace(/^for\s+/i, ''));
          if (o) outletHints.push([o, 'byline-credit']);
        }
      }
    }
    const footer = parseContactFooter(t);
    if (footer) {
      footerNames.push(...footer.names);
      for (const d of footer.domains) {
        const o = outletForDomain(d);
        if (o) outletHints.push([o, 'contact-email-domain']);
      }
    }
    if (i >= tailStart) creditList.push(...creditNames(t));
    const holder = copyrightHolder(t);
    if (holder) {
      const known = outletForName(holder);
      if (known) outletHints.push([known, 'copyright']);
      else if (!CORPORATE.test(holder) && titleCaseRatio(holder) >= 0.75 && holder.split(/\s+/).length <= 5)
        outletHints.push([holder, 'copyright:unlisted']);
    }
    const url = /^https?:\/\/([^/\s:?#]+)\S*$/.exec(t);
    if (url?.[1]) {
      const o = outletForDomain(url[1]);
      if (o) outletHints.push([o, 'url-domain']);
    }
  }
  const wire = firstProse >= 0 ? WIRE_CREDIT.exec(texts[firstProse] ?? '') : null;
  if (wire?.[1]) {
    const o = outletForName(wire[1]);
    if (o) outletHints.push([o, 'wire-credit']);
  }

  if (bylineNames.length > 0) {
    out.authors = uniq(bylineNames);
    out.rules.authors = 'byline';
  } else if (footerNames.length > 0) {
    out.authors = uniq(footerNames);
    out.rules.authors = 'contact-footer';
  } else if (creditList.length > 0) {
    out.authors = uniq(creditList);
    out.rules.authors = 'reporting-credit';
  }

  // --- title: a headline-like line above the first prose paragraph, preferably one the page repeats.
  const CONSENT_BANNER = /\b(?:privacy|cookies?|consent|subscribe|newsletter|sign in|log in)\b/i;
  const counts = new Map<string, number>();
  for (const t of texts) {
    const k = lineKey(t);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const candidates: Array<{ text: string; i: number; repeated: boolean }> = [];
  for (let i = 0; i < topEnd; i++) {
    const v = verdicts[i];
    if (!v) continue;
    const chrome = v.reason !== null && v.reason !== 'repeated-headline';
    if (chrome || !isHeadingLike(v.text) || v.text.split(/\s+/).length < 3) continue;
    // A line in capitals is a masthead or section banner, and consent banners sit above
    // everything: neither is the headline.
    if (v.text === v.text.toUpperCase() || CONSENT_BANNER.test(v.text)) continue;
    candidates.push({ text: v.text, i, repeated: (counts.get(lineKey(v.text)) ?? 0) > 1 });
  }
  const pick =
    candidates.find((c) => c.repeated) ??
    candidates.find((c) => titleCaseRatio(c.text) >= 0.75) ??
    // A sentence-case headline is recognisable only as the first line that is not chrome: a
    // breadcrumb, a section label or a blog's name (a masthead of three words or fewer) may stand above it.
    candidates.find((c) =>
      verdicts
        .slice(0, c.i)
        .every((v) => !v || (v.reason !== null && v.reason !== 'repeated-headline') || v.text.split(/\s+/).length <= 3),
    );
  if (pick) {
    let title = pick.text;
    // Page titles often carry the masthead: "Headline | BBC News", "Headline - The Guardian".
    const split = /^(.*\S)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(title);
    const suffixOutlet = split?.[2] ? outletForName(split[2]) : null;
    if (split?.[1] && suffixOutlet) {
      title = split[1];
      outletHints.push([suffixOutlet, 'title-suffix']);
    }
    out.title = title;
    out.rules.title = pick.repeated
      ? 'headline:repeated'
      : titleCaseRatio(pick.text) >= 0.75
        ? 'headline:title-case'
        : 'headline:first-line';
  }

  // Stronger evidence first; the order of lines breaks ties.
  const hint = outletHints
    .map((h, i) => ({ h, i, p: OUTLET_RULE_PRIORITY.indexOf(h[1]) }))
    .sort((a, b) => a.p - b.p || a.i - b.i)[0]?.h;
  if (hint) {
    out.outlet = hint[0];
    out.rules.outlet = hint[1];
  }
  return out;
}
