/**
 * Synthetic corpora for the benchmark: new articles made by recombining the paragraphs of real
 * ones, with names, numbers and dates varied, so that extraction meets realistic quotes, figures,
 * dates and actors at any corpus size. Pure and deterministic: the same seed gives the same corpus.
 */
import type { SourceFile } from '../source-file.ts';
import { MONTH_NAMES } from '../text/months.ts';

/** What the synthesiser recombines: real articles and the names it may swap in them. */
export interface CorpusMaterial {
  /** Parsed articles whose paragraphs are recombined. */
  templates: readonly SourceFile[];
  /** Names (people, places) that may stand in for one another in the recombined text. */
  names: readonly string[];
}

/** One synthetic article: its slug and its parsed source file. */
export interface SyntheticArticle extends SourceFile {
  /** File name without `.md`. */
  slug: string;
}

// A seeded PRNG is needed so that corpora are reproducible; Math.random cannot be seeded.
// mulberry32: small, fast and well distributed enough for test data.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a corpus seed and an article index into one 32-bit seed, so each article is independent of the others. */
function mixSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The slug of the synthetic article with this index (`synthetic-00042`). */
export function syntheticSlug(index: number): string {
  return `synthetic-${String(index).padStart(5, '0')}`;
}

/**
 * Builds the synthetic article number `index` of the corpus with this seed: paragraphs drawn from
 * the templates until a length drawn from the templates' own range, counts rescaled, month names
 * rotated, names swapped, a publication date in the year after the earliest template date.
 */
export function synthesizeArticle(material: CorpusMaterial, seed: number, index: number): SyntheticArticle {
  const rnd = mulberry32(mixSeed(seed, index));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const { templates, names } = material;
  if (templates.length === 0) throw new Error('synthesizeArticle: expected at least one template article, found none');

  const paragraphs = templates.map((t) => t.body.split('\n').filter((l) => l.trim().length > 0));
  const lengths = templates.map((t) => t.body.length);
  const minLen = Math.min(...lengths);
  const maxLen = Math.max(...lengths);
  const target = minLen + rnd() * (maxLen - minLen);

  // Start from the opening of one template (so the lead reads like a lead), then mix in others.
  const base = Math.floor(rnd() * templates.length);
  const chosen: string[] = [];
  let length = 0;
  let cursor = 0;
  const used = new Set<string>();
  for (let tries = 0; length < target && tries < 1000; tries++) {
    const fromBase = rnd() < 0.5 && cursor < paragraphs[base]!.length;
    const para = fromBase ? paragraphs[base]![cursor++]! : pick(pick(paragraphs) ?? [''])!;
    // A real article does not repeat a paragraph.
    if (!para || used.has(para)) continue;
    used.add(para);
    chosen.push(para);
    length += para.length + 1;
  }

  // Swap names: each name maps to another one, consistently within the article.
  const swap = new Map<string, string>();
  for (const name of names) if (rnd() < 0.3) swap.set(name, pick(names));
  const monthShift = Math.floor(rnd() * 12);
  const scale = 0.5 + rnd() * 2;
  const vary = (text: string): string => {
    let out = text;
    if (swap.size) {
      const re = new RegExp(`\\b(${[...swap.keys()].map(escapeRe).join('|')})\\b`, 'g');
      out = out.replace(re, (m) => swap.get(m) ?? m);
    }
    out = out.replace(new RegExp(`\\b(${MONTH_NAMES.join('|')})\\b`, 'g'), (m) => {
      return MONTH_NAMES[(MONTH_NAMES.indexOf(m) + monthShift) % 12]!;
    });
    // Counts (not years, not ordinals' digits inside words) are rescaled.
    return out.replace(/\b\d{1,3}(?:,\d{3})*\b(?![-/]\d)/g, (m) => {
      const n = Number(m.replace(/,/g, ''));
      if (n < 2) return m;
      return Math.max(2, Math.round(n * scale)).toLocaleString('en-US');
    });
  };

  const body = chosen.map(vary).join('\n');
  const tpl = templates[base]!;
  const outlets = templates.map((t) => t.frontmatter.outlet).filter((o): o is string => o !== null);
  const authors = templates.flatMap((t) => t.frontmatter.authors);
  const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(rnd() * 365) * 86_400_000).toISOString().slice(0, 10);
  const words = (chosen[0] ?? '').split(/\s+/).slice(0, 9).join(' ');
  const slug = syntheticSlug(index);
  return {
    slug,
    frontmatter: {
      // Some fields are left null, as in real pasted articles, so inference runs too.
      title: rnd() < 0.8 ? vary(tpl.frontmatter.title ?? words.replace(/[,;:.]$/, '')) : null,
      outlet: outlets.length && rnd() < 0.85 ? pick(outlets) : null,
      url: rnd() < 0.7 ? `https://news.example.org/${slug}` : null,
      published: rnd() < 0.9 ? day : null,
      authors: authors.length && rnd() < 0.6 ? [pick(authors)] : [],
    },
    body: `${body}\n`,
  };
}
