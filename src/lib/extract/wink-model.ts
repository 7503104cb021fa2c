/**
 * wink's English lite model, with the same core model read in about half the time (about 60 ms
 * less). The package's reader deep-copies its 3 MB model through JSON.stringify and JSON.parse,
 * then decodes the 1.4 MB lexicon from base64 a character at a time; a one-off `npm run generate`
 * that extracts a single article pays for both before its first sentence. This reader copies the
 * objects and arrays but shares the (immutable) strings, and decodes with Buffer. A test checks
 * that it gives what the package's reader gives.
 */
import model from 'wink-eng-lite-web-model';
// The package has no "exports" map, so its files are addressable; the version is locked.
import coreJson from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' with { type: 'json' };

/** The part of the model file the reader touches; the rest passes through as it is. */
interface CoreModelFile {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: string[]; hash?: Record<string, number> } & Record<string, unknown>>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** Base64 text → its bytes as 32-bit words (what the package's reader gives, without the per-character loop). */
function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  // A view needs a 4-byte-aligned offset; a Buffer this large has its own memory, but check.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
}

/**
 * Item → its position in `list` (the last, for an item listed twice), as a plain object without a
 * prototype, as the package makes it. Filling it for the 87,000 words is most of what is left of
 * the read (about 35 ms); a Map behind a Proxy, though filled three times as fast, cost about
 * 0.9 ms an article in wink's 2,000 lookups, far more over a cold run.
 */
function indexOf(list: readonly string[]): Record<string, number> {
  const index = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) index[list[k]!] = k;
  return index;
}

/** A copy of parsed JSON: new objects and arrays (the reader and wink fill them in), the same strings and numbers. */
function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyJson);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) copy[k] = copyJson(v);
  return copy;
}

/**
 * The package's `core()` (read-core-model.js and load-core-model.js of version 1.8.1), step for
 * step, on a copy of the model JSON: the JSON is the package's own object too (Node shares a JSON
 * file between `import` and `require`), so it is never changed.
 */
function core(): unknown {
  const m = copyJson(coreJson) as CoreModelFile;
  const { packing, features, pos } = m;
  m.lexicon = words(m.lexicon as string);
  m.xpansions = words(m.xpansions as string);
  for (const f in packing.layout) {
    if (packing.layout[f]![3] !== 0) continue;
    features[f]!.hash = indexOf(features[f]!.list);
  }
  features['lexeme']!.hash = indexOf(features['lexeme']!.list);
  const clusters = features['posClusters']!.list as unknown as Array<string | Set<number>>;
  for (let k = 0; k < clusters.length; k++)
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
  // load-core-model.js: sizes and the list of extra features.
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      features[f]!['intrinsicSize'] = features[f]!.list.length;
      features[f]!['index'] = features[f]!.list.length;
      features[f]!['maxIndex'] = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features['lexeme']!['intrinsicSize'] = features['lexeme']!.list.length;
  features['lexeme']!['index'] = features['lexeme']!.list.length;
  return m;
}

/** wink-eng-lite-web-model with its core model read by the faster reader above; everything else is the package's. */
export const winkModel: typeof model = { ...model, core: core as typeof model.core };
