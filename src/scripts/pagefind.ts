/**
 * Loads Pagefind's Component UI on demand. Its files exist only after `npm run build` (the index
 * is made from the built site), so their URLs are variables that Vite leaves alone.
 */

/** The query parameter that carries search terms to a result page, where they are highlighted. */
export const HIGHLIGHT_PARAM = 'highlight';

interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): unknown;
}

let loading: Promise<void> | undefined;

function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`could not load ${href}`)));
    document.head.append(link);
  });
}

/** The query parameter that makes the search page search every source, not only the newest. */
export const ALL_SOURCES_PARAM = 'all';

/** What the main bundle's shards.json says (see src/lib/search/shards.ts ShardManifest). */
export interface SearchScope {
  /** URL paths of the archive bundles, merged when searching all sources. */
  bundles: string[];
  /** Source pages in the main bundle. */
  newest: number;
  /** Source pages in all. */
  total: number;
}

let scope: Promise<SearchScope> | undefined;

/** Reads the main bundle's shards.json once; a site without it has a single bundle. */
export function searchScope(): Promise<SearchScope> {
  scope ??= fetch('/pagefind/shards.json')
    .then((res): Promise<Partial<SearchScope>> | Partial<SearchScope> =>
      res.ok ? (res.json() as Promise<Partial<SearchScope>>) : {},
    )
    .catch((): Partial<SearchScope> => ({}))
    .then((m) => ({
      bundles: Array.isArray(m.bundles) ? m.bundles.filter((x): x is string => typeof x === 'string') : [],
      newest: typeof m.newest === 'number' ? m.newest : 0,
      total: typeof m.total === 'number' ? m.total : 0,
    }));
  return scope;
}

/**
 * Loads the Component UI script and stylesheet once, and sets the search options. With
 * `allSources` the archive bundles are merged in, so older source pages are searched too; without,
 * only the main bundle is, whose size does not grow with the number of sources.
 */
export function loadPagefindUi(allSources = false): Promise<void> {
  loading ??= (async () => {
    const script = '/pagefind/pagefind-component-ui.js';
    const [{ bundles }] = await Promise.all([
      allSources ? searchScope() : { bundles: [] },
      loadStylesheet('/pagefind/pagefind-component-ui.css'),
      import(/* @vite-ignore */ script),
    ]);
    const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
    const options = {
      highlightParam: HIGHLIGHT_PARAM,
      // A page whose title is the query (an actor's name) should beat the many quotes that
      // mention it: weight matches in the title meta, and let short pages count less as such.
      ranking: { metaWeights: { title: 8 }, pageLength: 0.5 },
    };
    // Pagefind applies options to the primary bundle only, so each merged bundle gets them too.
    components?.configureInstance('default', {
      ...options,
      mergeIndex: bundles.map((bundlePath) => ({ bundlePath, ...options })),
    });
  })();
  return loading;
}

/** Highlights the search terms on a page reached from a search result (`?highlight=…`). */
export async function highlightSearchTerms(): Promise<void> {
  if (!new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) return;
  const script = '/pagefind/pagefind-highlight.js';
  const mod = (await import(/* @vite-ignore */ script)) as {
    default: new (options: Record<string, unknown>) => unknown;
  };
  // addStyles: false: the highlight colours are in global.css (an injected <style> would break the CSP).
  new mod.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
}
