/**
 * Splits a generated page body into regions: the part a contributor can take over or leave to the
 * generator. The text before the first level-2 heading is the region "intro"; each level-2 heading
 * starts a region named after its text ("People killed" → "people-killed"), so ids stay stable as
 * long as the heading does, and a page builder needs no extra code. A builder can pin an id by
 * setting `data.region` on the heading (`{ type: 'heading', data: { region: 'quotes' }, … }`).
 */
import type { Heading, PhrasingContent, RootContent } from 'mdast';
import { slugify } from '../text/fold.ts';

/** One generated region: a stable id and its nodes. */
export interface Region {
  /** Stable id used in the markers and in `owned`. */
  id: string;
  /** The region's mdast nodes. */
  nodes: RootContent[];
}

/** Frontmatter keys a region id must not equal, because `owned` lists field names and region ids together. */
export const RESERVED_IDS = new Set([
  'title',
  'description',
  'kind',
  'nav',
  'navLabel',
  'actorId',
  'sourceId',
  'outlet',
]);

const plain = (nodes: readonly PhrasingContent[]): string =>
  nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children) : '')).join('');

/** Returns the body's regions in order, with unique ids. */
export function splitRegions(body: readonly RootContent[]): Region[] {
  const regions: Region[] = [];
  const seen = new Map<string, number>();
  const start = (wanted: string): Region => {
    let id = RESERVED_IDS.has(wanted) ? `${wanted}-section` : wanted || 'section';
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) id = `${id}-${n}`;
    const region = { id, nodes: [] };
    regions.push(region);
    return region;
  };
  let current: Region | undefined;
  for (const node of body) {
    if (node.type === 'heading' && node.depth === 2) {
      const pinned = (node as Heading & { data?: { region?: string } }).data?.region;
      current = start(slugify(pinned ?? plain(node.children)));
    }
    current ??= start('intro');
    current.nodes.push(node);
  }
  return regions;
}
