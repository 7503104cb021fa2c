/** Labels and links shared by every page: how a source is named and how a sentence is cited. */
import type { Link } from 'mdast';
import type { Source } from '../schema/data.ts';
import { a } from './mdast.ts';
import { MONTH_NAMES } from '../text/months.ts';

/** Formats YYYY-MM-DD as "15 November 2025" and YYYY-MM as "November 2025"; null as "undated". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const [y, m, d] = iso.split('-');
  const month = MONTH_NAMES[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The first `count` words of `text` (runs of non-space), and whether more follow; the rest of a long text is not split. */
function openingWords(text: string, count: number): { words: string[]; more: boolean } {
  const words: string[] = [];
  for (const [word] of text.matchAll(/\S+/g)) {
    if (words.length === count) return { words, more: true };
    words.push(word);
  }
  return { words, more: false };
}

/** A title for any source: its headline, else its outlet and opening words ("The Atlantic: “By Donald Trump’s account, his campaign…”"). */
export function sourceTitle(src: Source): string {
  if (src.title) return src.title;
  const { words, more } = openingWords(src.text, 8);
  const opening = words.join(' ').replace(/[,;:.]$/, '');
  return `${src.outlet ?? 'Unknown outlet'}: “${opening}${more ? '…' : ''}”`;
}

/** A short human name for a source: its outlet, else its title, else its opening words. */
export function sourceName(src: Source): string {
  if (src.outlet ?? src.title) return (src.outlet ?? src.title)!;
  const { words } = openingWords(src.text, 6);
  return words.length ? `“${words.join(' ').replace(/[,;:.]$/, '')}…”` : src.id;
}

/** "The Wall Street Journal, 15 November 2025" — name and date, for citations. */
export function sourceLabel(src: Source): string {
  return `${sourceName(src)}, ${formatDate(src.published)}`;
}

/** URL of a source page, or of one sentence on it. */
export function sourceUrl(sourceId: string, sentenceId?: string): string {
  return `/sources/${sourceId}/${sentenceId ? `#${sentenceId}` : ''}`;
}

/** A citation link to the exact sentence a statement came from. */
export function cite(src: Source, sentenceId: string): Link {
  return a(sourceUrl(src.id, sentenceId), sourceLabel(src));
}

/** URL of an actor page. */
export function actorUrl(actorId: string): string {
  return `/actors/${actorId}/`;
}

/** Orders sources newest first; undated sources last, then by id for a stable order. */
export function compareSourcesNewestFirst(x: Source, y: Source): number {
  if (x.published !== y.published) {
    if (!x.published) return 1;
    if (!y.published) return -1;
    return x.published < y.published ? 1 : -1;
  }
  return x.id.localeCompare(y.id);
}

/** Orders sources oldest first; undated sources last, then by id for a stable order. */
export function compareSourcesOldestFirst(x: Source, y: Source): number {
  if (x.published !== y.published) {
    if (!x.published) return 1;
    if (!y.published) return -1;
    return x.published < y.published ? -1 : 1;
  }
  return x.id.localeCompare(y.id);
}
