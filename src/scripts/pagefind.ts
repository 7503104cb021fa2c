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

/** The bundles listed in the main bundle's shards.json (source pages indexed apart); none if it is absent. */
async function otherBundles(): Promise<string[]> {
  try {
    const res = await fetch('/pagefind/shards.json');
    if (!res.ok) return [];
    const list: unknown = await res.json();
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Loads the Component UI script and stylesheet once, and sets the search options. */
export function loadPagefindUi(): Promise<void> {
  loading ??= (async () => {
    const script = '/pagefind/pagefind-component-ui.js';
    const [bundles] = await Promise.all([
      otherBundles(),
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
