/**
 * Checks the links of a built site: every internal link and every `#anchor` must resolve to a file
 * and an element id; external links must carry rel="noopener noreferrer"; `javascript:` and
 * `data:` addresses must not appear in links at all.
 */
import { Parser } from 'htmlparser2';

/** One link that does not resolve or is not allowed. */
export interface BrokenLink {
  /** The page holding the link, as a path in the built site ("sources/x/index.html"). */
  page: string;
  /** The tag and attribute the address was found in ("a href"). */
  where: string;
  /** The address as written. */
  url: string;
  /** What is wrong with it. */
  problem: string;
}

/** What the checker looked at and what it found broken. */
export interface LinkReport {
  /** HTML pages read. */
  pages: number;
  /** Internal links (href/src) that were resolved. */
  internal: number;
  /** Of those, links with a `#fragment` whose target element was looked up. */
  anchors: number;
  /** External links seen (not fetched: the checker works offline). */
  external: number;
  /** Every problem, in page order. */
  broken: BrokenLink[];
}

// Which attribute of which element holds an address.
const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};

interface PageScan {
  ids: Set<string>;
  links: Array<{ tag: string; attr: string; url: string; rel: string }>;
}

function scan(html: string): PageScan {
  const ids = new Set<string>();
  const links: PageScan['links'] = [];
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (attrs['id']) ids.add(attrs['id']);
        if (tag === 'a' && attrs['name']) ids.add(attrs['name']);
        for (const attr of URL_ATTRS[tag] ?? []) {
          const url = attrs[attr];
          if (url !== undefined) links.push({ tag, attr, url: url.trim(), rel: attrs['rel'] ?? '' });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { ids, links };
}

/** The URL path a built file is served at: "sources/x/index.html" → "/sources/x/". */
function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Checks every link in `pages` (path in the built site → HTML) against `files` (every path in the
 * built site). Absolute URLs on `origin` (the site's own address) count as internal.
 */
export function checkLinks(
  pages: ReadonlyMap<string, string>,
  files: ReadonlySet<string>,
  origin?: string,
): LinkReport {
  const scans = new Map([...pages].map(([file, html]) => [file, scan(html)]));
  const report: LinkReport = { pages: pages.size, internal: 0, anchors: 0, external: 0, broken: [] };
  const base = 'http://site.invalid';
  for (const [file, { links }] of scans) {
    for (const { tag, attr, url, rel } of links) {
      const broken = (problem: string) => report.broken.push({ page: file, where: `${tag} ${attr}`, url, problem });
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
      if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript') {
        broken(`${scheme}: addresses are not allowed`);
        continue;
      }
      if (scheme === 'mailto' || scheme === 'tel') continue;
      const onSite = origin !== undefined && (url === origin || url.startsWith(`${origin}/`));
      if (!onSite && (scheme !== undefined || url.startsWith('//'))) {
        report.external++;
        const rels = rel.toLowerCase().split(/\s+/);
        if (tag === 'a' && !(rels.includes('noopener') && rels.includes('noreferrer')))
          broken('external link without rel="noopener noreferrer"');
        continue;
      }
      report.internal++;
      const target = new URL(onSite ? url.slice(origin!.length) || '/' : url, `${base}${urlOf(file)}`);
      let path = decodeURIComponent(target.pathname).replace(/^\//, '');
      if (path === '' || path.endsWith('/')) path += 'index.html';
      if (!files.has(path)) {
        if (files.has(`${path}/index.html`)) path = `${path}/index.html`;
        else {
          broken(`no file ${path} in the built site`);
          continue;
        }
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (!fragment) continue;
      report.anchors++;
      const ids = scans.get(path)?.ids;
      if (!ids) broken(`#${fragment} points into ${path}, which is not an HTML page`);
      else if (!ids.has(fragment)) broken(`no element with id "${fragment}" on ${urlOf(path)}`);
    }
  }
  return report;
}
