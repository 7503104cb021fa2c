/**
 * wink's English lite model, with the same core model read in about a fifth of the time. The
 * package's reader deep-copies its 3 MB model through JSON.stringify and JSON.parse, decodes the
 * 1.4 MB lexicon from base64 a character at a time and adds 87,000 words to an object one by one;
 * a one-off `npm run generate` that extracts a single article pays for all of it before its first
 * sentence. This reader copies the objects and arrays but shares the (immutable) strings, decodes
 * with Buffer, and keeps the words in a Map behind an object's interface. A test checks that it
 * gives what the package's reader gives.
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
 * An object whose properties live in `map`, for the lexicon's word → index table (87,000 words):
 * filling a Map takes about a third of the time V8 takes to add as many properties to an object,
 * which is most of reading the model. wink only reads and writes `hash[word]` (about 2,000 times
 * an article), and every other operation on an object is mapped too, so it behaves as one.
 */
function mapBackedRecord(map: Map<string, number>): Record<string, number> {
  const own = (key: string | symbol): key is string => typeof key === 'string' && map.has(key);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === 'string' ? map.get(key) : undefined),
    set: (_, key, value: number) => typeof key === 'string' && (map.set(key, value), true),
    defineProperty: (_, key, { value }) => typeof key === 'string' && (map.set(key, value as number), true),
    has: (_, key) => own(key),
    deleteProperty: (_, key) => !own(key) || map.delete(key),
    ownKeys: () => [...map.keys()],
    getOwnPropertyDescriptor: (_, key) =>
      own(key) ? { value: map.get(key), writable: true, enumerable: true, configurable: true } : undefined,
  });
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
    const hash: Record<string, number> = Object.create(null) as Record<string, number>;
    features[f]!.list.forEach((item, k) => (hash[item] = k));
    features[f]!.hash = hash;
  }
  const lexemes = new Map<string, number>();
  features['lexeme']!.list.forEach((item, k) => lexemes.set(item, k));
  features['lexeme']!.hash = mapBackedRecord(lexemes);
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
