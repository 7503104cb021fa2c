/** Builds the main navigation from page frontmatter, so a new page joins the menu by setting `nav`. */
import type { PageFrontmatter } from './schema/page.ts';

/** One navigation link. */
export interface NavItem {
  href: string;
  label: string;
}

/** Returns the navigation items of the pages that set `nav`, in `nav` order. */
export function buildNav(pages: ReadonlyArray<{ id: string; data: PageFrontmatter }>): NavItem[] {
  return pages
    .filter((pg) => pg.data.nav !== undefined)
    .sort((x, y) => (x.data.nav ?? 0) - (y.data.nav ?? 0))
    .map((pg) => ({ href: pg.id === 'index' ? '/' : `/${pg.id}/`, label: pg.data.navLabel ?? pg.data.title }));
}
