/** Builds the site's navigation from page frontmatter: the main menu, breadcrumbs and previous/next links. */
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
export function buildBreadcrumbs(path: string, title: string, known: readonly NavItem[]): NavItem[] {
  if (path === '/') return [];
  const parts = path.split('/').filter(Boolean);
  const trail: NavItem[] = [{ href: '/', label: 'Home' }];
  for (let i = 1; i < parts.length; i++) {
    const href = `/${parts.slice(0, i).join('/')}/`;
    const page = known.find((k) => k.href === href);
    if (page) trail.push(page);
  }
  trail.push({ href: path, label: title });
  return trail;
}

/**
 * The reading sequence `path` belongs to and its neighbours in it: the menu's sections in menu
 * order, or the pages of the same kind under the same folder (actors, sources) by title.
 */
export function buildPager(
  path: string,
  pages: readonly NavPage[],
): { prev?: NavItem | undefined; next?: NavItem | undefined } {
  const current = pages.find((pg) => pageHref(pg.id) === path);
  if (!current || current.id === 'index') return {};
  const folder = (id: string) => id.split('/').slice(0, -1).join('/');
  const sequence =
    current.data.nav !== undefined
      ? buildNav(pages)
      : pages
          .filter((pg) => pg.data.kind === current.data.kind && folder(pg.id) === folder(current.id))
          .sort((x, y) => x.data.title.localeCompare(y.data.title))
          .map((pg) => ({ href: pageHref(pg.id), label: pg.data.navLabel ?? pg.data.title }));
  const i = sequence.findIndex((item) => item.href === path);
  if (i < 0) return {};
  return { prev: sequence[i - 1], next: sequence[i + 1] };
}
