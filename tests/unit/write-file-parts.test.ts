import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataFilePartSpans, dataFileText, joinDataFileParts } from '../../src/lib/generate/data-files.ts';
import { WriteError, writeFileAtomic, writeFileAtomicParts } from '../../scripts/support/fs.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'write-parts-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('dataFileText', () => {
  it.each([[[]], [['']], [['  1', '', '  2']], [['', '  {\n    "a": "é"\n  }']]])(
    'gives, piece by piece, the JSON array text of its parts (%j)',
    (parts) => {
      const text = [...dataFileText(parts)].join('');
      expect(text).toBe(joinDataFileParts(parts));
      const items = parts.filter((p) => p !== '').map((p) => JSON.parse(p) as unknown);
      expect(text).toBe(items.length ? `${JSON.stringify(items, null, 2)}\n` : '[]\n');
    },
  );
});

describe('dataFilePartSpans', () => {
  it.each([[[]], [['']], [['  1', '', '  2']], [['', '  "“é”"', '', '  {\n    "a": "ü"\n  }', '']]])(
    'finds each part of the file dataFileText makes of them, by byte offsets (%j)',
    (parts) => {
      const bytes = Buffer.from(joinDataFileParts(parts));
      const spans = dataFilePartSpans(
        parts.map((p) => Buffer.byteLength(p)),
        bytes.length,
      );
      expect(spans?.map(([start, end]) => bytes.subarray(start, end).toString())).toEqual(parts);
    },
  );

  it.each([
    [[3, 4], 5],
    [[3, 4], 100],
    [[], 2],
    [[-1], 3],
    [[1.5], 5],
  ])('refuses lengths %j that cannot make a file of %i bytes', (lengths, size) => {
    expect(dataFilePartSpans(lengths, size)).toBeNull();
  });
});

describe('writeFileAtomicParts', () => {
  it('writes byte parts and string parts in order', () => {
    const dir = tempDir();
    const file = join(dir, 'out.json');
    const parts = ['[\n', Buffer.from('“bytes”'), 'ü', Buffer.from(''), Buffer.from('é'.repeat(600_000)), '\n]\n'];
    expect(writeFileAtomicParts(file, parts)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(parts.map((p) => p.toString()).join(''));
  });

  it('writes the parts joined, including multi-byte text, and leaves no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'out.json');
    const parts = ['[\n', 'a“b”', 'é'.repeat(300_000), '\n]\n'];
    expect(writeFileAtomicParts(file, parts)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(parts.join(''));
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('writes many parts that fill several write batches, in order, with none lost at a batch boundary', () => {
    const dir = tempDir();
    const file = join(dir, 'out.json');
    // About 3.4 million units in parts of uneven length, so batches end mid-sequence.
    const parts = Array.from({ length: 4000 }, (_, i) => `${i}:${'ü“'.repeat(i % 700)}\n`);
    expect(writeFileAtomicParts(file, parts)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(parts.join(''));
  });

  it('leaves a file that already holds the text untouched and says so', () => {
    const dir = tempDir();
    const file = join(dir, 'out.json');
    writeFileSync(file, 'same text');
    const before = statSync(file).mtimeMs;
    expect(writeFileAtomicParts(file, ['same ', 'text'])).toBe(false);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('replaces a file that holds other text of the same size', () => {
    const dir = tempDir();
    const file = join(dir, 'out.json');
    writeFileSync(file, 'abcd');
    expect(writeFileAtomicParts(file, ['ab', 'cx'])).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('abcx');
  });

  it('throws the error of a part that cannot be made, as it is, and leaves no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'out.json');
    const broken = new Error('a damaged cache entry');
    function* parts() {
      yield 'x'.repeat(2_000_000);
      throw broken;
    }
    expect(() => writeFileAtomicParts(file, parts())).toThrow(broken);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe.each([
  ['writeFileAtomic', (file: string) => writeFileAtomic(file, 'text')],
  ['writeFileAtomicParts', (file: string) => writeFileAtomicParts(file, ['te', 'xt'])],
])('%s on a file the system refuses', (_name, write) => {
  it('throws a WriteError naming the file and the code when a folder stands where the file should be', () => {
    const dir = tempDir();
    const file = join(dir, 'out.json');
    mkdirSync(join(file, 'inside'), { recursive: true });
    const thrown = (() => {
      try {
        write(file);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(WriteError);
    expect((thrown as WriteError).file).toBe(file);
    expect((thrown as WriteError).code).toBe('EISDIR');
    // The temporary file it wrote first is gone; the folder in the way is untouched.
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(readdirSync(file)).toEqual(['inside']);
  });

  it('throws a WriteError naming the file when a file stands where its folder should be', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), '');
    const file = join(dir, 'a-file', 'out.json');
    expect(() => write(file)).toThrow(WriteError);
    expect(() => write(file)).toThrow(`could not write ${file}`);
    expect(readdirSync(dir)).toEqual(['a-file']);
  });
});
