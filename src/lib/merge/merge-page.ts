/**
 * Merges a freshly generated page into the page on disk, so a contributor's edits survive
 * regeneration. The rules (also in CONTRIBUTING.md):
 * - Text outside the marker pairs is the contributor's: kept verbatim, in the contributor's order.
 * - A region whose marker pair is intact and whose text is as generated is replaced by fresh output.
 * - A region edited inside its markers becomes the contributor's: the edit is kept, the markers go,
 *   and its id is added to `owned` (nothing anyone writes is ever lost).
 * - A region whose markers are gone (deleted, or taken over by deleting the markers) is recorded in
 *   `owned` and never written again. Remove the id from `owned` to get the generated text back.
 * - A new region (new data) is inserted after the region that precedes it in the generated page.
 * - Frontmatter fields the generator writes are refreshed unless the contributor changed one (it then
 *   joins `owned`) or listed it in `owned`; fields the generator does not write are never touched.
 * Edits are recognised with fingerprints of what was generated, kept in the `generator` frontmatter
 * field; a region that was only reformatted (e.g. by Prettier) is no edit.
 */
import type { RootContent } from 'mdast';
import { Document, isMap, parseDocument } from 'yaml';
import { InputError, type Problem } from '../errors.ts';
import { serializeNodes, type GeneratedPage } from '../generate/serialize.ts';
import { shortHash } from '../text/fold.ts';
import { closeMarker, markerNode, openMarker } from './markers.ts';
import { parseMdx, parsePage, type ParsedPage } from './parse-page.ts';
import { splitRegions, type Region } from './regions.ts';

/** What merging produced for one page. */
export interface MergeResult {
  /** The page's new MDX text. */
  text: string;
  /** Things the contributor should know (a region became theirs); not errors. */
  notices: Problem[];
  /** What in the existing page is the contributor's, described for messages; empty for an untouched page. */
  contributions: string[];
}

/** Fingerprints of what the generator last wrote, stored in the page's `generator` field. */
interface Fingerprints {
  fields: Record<string, string>;
  regions: Record<string, string>;
}

const fingerprint = (value: unknown) => shortHash(JSON.stringify(value) ?? 'undefined');

/**
 * Whether region text is what the generator wrote, given the fingerprint of that text. The exact
 * text is compared first (cheap, and the usual case); otherwise the text is parsed and re-serialised,
 * so a region that was only reformatted (e.g. by Prettier) still counts as unedited.
 */
const isAsGenerated = (mdx: string, recorded: string, file: string) =>
  shortHash(mdx) === recorded ||
  shortHash(serializeNodes(parseMdx(mdx, file).children.filter((n) => n.type !== 'yaml'))) === recorded;

const asRecord = (v: unknown): Record<string, string> =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : {};

function readFrontmatter(parsed: ParsedPage, file: string): Document {
  const doc = parseDocument(parsed.yaml ?? '', { uniqueKeys: true });
  if (doc.errors.length)
    throw new InputError(
      doc.errors.map((e) => ({
        file,
        // The YAML starts on line 2, after the opening `---`.
        line: e.linePos?.[0].line === undefined ? undefined : e.linePos[0].line + 1,
        message: `invalid YAML in the frontmatter: ${e.message.split('\n')[0]}`,
        fix: 'correct the YAML syntax: check indentation and colons, and quote text containing : # or quotes',
      })),
    );
  if (doc.contents !== null && !isMap(doc.contents))
    throw new InputError([
      { file, line: 2, message: 'the frontmatter is not a list of fields', fix: 'write one `field: value` per line' },
    ]);
  return doc;
}

// The serialised regions of the pages merged in this process. Generate merges a page more than
// once (into the file on disk, then on its own to see whether the result is the generator's own
// text, or against the text written to record what the next run will find) and serialising is most
// of a merge. A region is looked up by its page and id and its nodes compared by identity, so a page
// built again, or a region given other nodes, is serialised again (nodes are never changed in place).
const serialised = new WeakMap<GeneratedPage, Map<string, { nodes: readonly RootContent[]; content: string }>>();

function regionText(page: GeneratedPage, region: Region): string {
  let byId = serialised.get(page);
  if (!byId) serialised.set(page, (byId = new Map()));
  const known = byId.get(region.id);
  if (known?.nodes.length === region.nodes.length && known.nodes.every((n, i) => n === region.nodes[i]))
    return known.content;
  const content = serializeNodes(region.nodes);
  byId.set(region.id, { nodes: region.nodes, content });
  return content;
}

/** Merges `page` into `existing` (the file's current text, or null for a new page); pure and deterministic. */
export function mergePage(page: GeneratedPage, existing: string | null, file: string): MergeResult {
  const regions = splitRegions(page.body);
  const notices: Problem[] = [];
  const notice = (message: string, fix: string, line?: number) => notices.push({ file, line, message, fix });

  let parsed = existing === null ? null : parsePage(existing, file);
  let doc = parsed ? readFrontmatter(parsed, file) : new Document({});
  let data = (doc.toJS() ?? {}) as Record<string, unknown>;
  // A page written before regions existed carries no fingerprints and no markers: it is regenerated whole.
  if (parsed && data.generated === true && !('generator' in data) && parsed.blocks.every((b) => b.kind === 'text')) {
    parsed = null;
    doc = new Document({});
    data = {};
  }
  const recorded: Fingerprints = {
    fields: asRecord((data.generator as Record<string, unknown> | undefined)?.fields),
    regions: asRecord((data.generator as Record<string, unknown> | undefined)?.regions),
  };
  const owned: string[] = Array.isArray(data.owned) ? data.owned.map(String) : [];
  const own = (id: string) => {
    if (!owned.includes(id)) owned.push(id);
  };
  const next: Fingerprints = { fields: {}, regions: {} };

  // Frontmatter.
  for (const [key, value] of Object.entries(page.frontmatter)) {
    if (owned.includes(key)) continue;
    const was = recorded.fields[key];
    if (parsed && was !== undefined && (!(key in data) || fingerprint(data[key]) !== was)) {
      own(key);
      notice(
        `frontmatter field "${key}" was ${key in data ? 'changed' : 'removed'} by hand, so it is now yours and no longer generated`,
        `nothing to do; to get the generated value back, remove "${key}" from owned`,
      );
      continue;
    }
    doc.set(key, value);
    next.fields[key] = fingerprint(value);
  }
  // A field the generator no longer writes goes, unless the contributor changed it.
  const contributions: string[] = [];
  for (const [key, was] of Object.entries(recorded.fields)) {
    if (key in page.frontmatter || owned.includes(key) || !(key in data)) continue;
    if (fingerprint(data[key]) === was) doc.delete(key);
    else contributions.push(`your value of "${key}"`);
  }

  // Body.
  type Out = { kind: 'text'; text: string } | { kind: 'region'; id: string };
  const out: Out[] = [];
  const fresh = new Map(regions.map((r) => [r.id, r]));
  for (const block of parsed?.blocks ?? []) {
    if (block.kind === 'text') {
      out.push(block);
      contributions.push(`your text "${block.text.slice(0, 40).replace(/\s+/g, ' ')}…"`);
      continue;
    }
    const { id, content, line } = block;
    const was = recorded.regions[id];
    const edited = was !== undefined && !isAsGenerated(content, was, file);
    if (owned.includes(id)) {
      // Listed as the contributor's but still marked: the text stays and the stale markers go.
      if (content) out.push({ kind: 'text', text: content });
    } else if (edited) {
      own(id);
      if (content) out.push({ kind: 'text', text: content });
      notice(
        `generated region "${id}" was edited inside its markers, so the edit is kept and the region is now yours (listed in owned)`,
        `nothing to do; to get generated updates back, move your text outside the markers, restore the generated text and remove "${id}" from owned`,
        line,
      );
    } else if (fresh.has(id) && !out.some((o) => o.kind === 'region' && o.id === id)) {
      out.push({ kind: 'region', id });
    }
    // Otherwise the region is no longer generated (its data is gone) and was not edited: it is dropped.
  }
  for (const [i, region] of regions.entries()) {
    const { id } = region;
    if (owned.includes(id) || out.some((o) => o.kind === 'region' && o.id === id)) continue;
    if (parsed && recorded.regions[id] !== undefined) {
      own(id);
      notice(
        `generated region "${id}" was deleted or its markers were removed, so it is now yours and will not be regenerated (listed in owned)`,
        `nothing to do; to get the generated text back, remove "${id}" from owned`,
      );
      continue;
    }
    // New data: place it after the nearest earlier generated region that is on the page, else before
    // the nearest later one, else at the end.
    const at = (rid: string) => out.findIndex((o) => o.kind === 'region' && o.id === rid);
    const before = regions
      .slice(0, i)
      .reverse()
      .map((r) => at(r.id))
      .find((x) => x >= 0);
    const after = regions
      .slice(i + 1)
      .map((r) => at(r.id))
      .find((x) => x >= 0);
    out.splice(before !== undefined ? before + 1 : (after ?? out.length), 0, { kind: 'region', id });
  }
  for (const id of owned) contributions.push(`"${id}" (in owned)`);

  const body = out.map((o) => {
    if (o.kind === 'text') return o.text;
    const content = regionText(page, fresh.get(o.id) ?? { id: o.id, nodes: [] });
    next.regions[o.id] = shortHash(content);
    // Serialised separately and joined at block boundaries (safe: each part is complete MDX), so the
    // text between the markers is exactly `content` and the exact-text check above finds it.
    return `${serializeNodes([markerNode(openMarker(o.id))])}\n\n${content ? `${content}\n\n` : ''}${serializeNodes([markerNode(closeMarker(o.id))])}`;
  });

  // `generator` always goes last, `owned` just before it when it is new, so the fields people edit come first.
  doc.delete('generator');
  if (owned.length) doc.set('owned', doc.createNode(owned, { flow: true }));
  else doc.delete('owned');
  const gen = doc.createNode(next);
  gen.commentBefore = ' Fingerprints of what npm run generate last wrote, used to notice your edits. Leave as is.';
  doc.set('generator', gen);
  const front = doc.toString({ lineWidth: 0 }).trimEnd();
  return { text: `---\n${front}\n---\n\n${body.join('\n\n')}\n`, notices, contributions };
}

/**
 * Whether `text`, what merging `page` into `existing` gave, is exactly what the generator alone
 * writes for the page: no contributor's text, field or region in it (a new page always is).
 */
export function isGeneratorsOwn(page: GeneratedPage, text: string, existing: string | null, file: string): boolean {
  // Merging the page again is cheap: its regions' serialisations are kept (see `serialised`).
  return existing === null || text === mergePage(page, null, file).text;
}
