/** Builds the site's navigation from page frontmatter: the main menu, breadcrumbs and previous/next links. */
import { Parser } from 'htmlparser2';
import type { PageFrontmatter } from './schema/page.ts';

/** One navigation link. */
export interface NavItem {
  href: string;
  label: string;
}

/** A page as navigation sees it: its collection id (its URL path) and frontmatter. */
export type NavPage = { id: string; data: PageFrontmatter };

/** The URL of a page from its collection id ("index" is the home page). */
export const pageHref = (id: string): string => (id === 'index' ? '/' : `/${id}/`);

/** Returns the navigation items of the pages that set `nav`, in `nav` order. */
export function buildNav(pages: readonly NavPage[]): NavItem[] {
  return pages
    .filter((pg) => pg.data.nav !== undefined)
    .sort((x, y) => (x.data.nav ?? 0) - (y.data.nav ?? 0))
    .map((pg) => ({ href: pageHref(pg.id), label: pg.data.navLabel ?? pg.data.title }));
}

/**
 * The trail from the home page to `path`: one link per ancestor path that is a known page
 * (`/sources/x/` → Home › Sources), ending with the current page; empty on the home page.
 */
export function buildBreadcrumbs(path: string, title: string, known: ReadonlyMap<string, NavItem>): NavItem[] {
  if (path === '/') return [];
  const parts = path.split('/').filter(Boolean);
  const trail: NavItem[] = [{ href: '/', label: 'Home' }];
  for (let i = 1; i < parts.length; i++) {
    const page = known.get(`/${parts.slice(0, i).join('/')}/`);
    if (page) trail.push(page);
  }
  trail.push({ href: path, label: title });
  return trail;
}

/** A page's neighbours in its reading sequence. */
export interface Neighbours {
  prev?: NavItem | undefined;
  next?: NavItem | undefined;
}

/**
 * The previous and next page of every page, by URL: the menu's sections follow menu order; the
 * other pages follow the pages of the same kind under the same folder (actors, sources) by title.
 * Built once for the whole site, so a site of thousands of pages sorts each sequence once.
 */
export function buildPagerIndex(pages: readonly NavPage[]): Map<string, Neighbours> {
  const index = new Map<string, Neighbours>();
  const link = (sequence: NavItem[]) =>
    sequence.forEach((item, i) => index.set(item.href, { prev: sequence[i - 1], next: sequence[i + 1] }));
  link(buildNav(pages));
  const folder = (id: string) => id.split('/').slice(0, -1).join('/');
  const groups = new Map<string, NavPage[]>();
  for (const pg of pages) {
    if (pg.id === 'index' || pg.data.nav !== undefined) continue;
    const key = `${pg.data.kind} ${folder(pg.id)}`;
    const group = groups.get(key);
    if (group) group.push(pg);
    else groups.set(key, [pg]);
  }
  for (const group of groups.values())
    link(
      group
        .sort((x, y) => x.data.title.localeCompare(y.data.title))
        .map((pg) => ({ href: pageHref(pg.id), label: pg.data.navLabel ?? pg.data.title })),
    );
  return index;
}

/** A heading for the table of contents (the shape of Astro's MarkdownHeading). */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The headings with ids in an HTML fragment, for pages rendered from HTML rather than Markdown. */
export function headingsFromHtml(html: string): Heading[] {
  const headings: Heading[] = [];
  let open: Heading | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      const depth = /^h([1-6])$/.exec(name)?.[1];
      if (depth && attrs['id']) open = { depth: Number(depth), slug: attrs['id'], text: '' };
    },
    ontext(text) {
      if (open) open.text += text;
    },
    onclosetag(name) {
      if (open && name === `h${open.depth}`) {
        headings.push({ ...open, text: open.text.trim() });
        open = undefined;
      }
    },
  });
  parser.write(html);
  parser.end();
  return headings;
}
