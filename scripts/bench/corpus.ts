/**
 * Writes a synthetic content folder (topic.yaml, pages/, articles/) for the benchmark, recombining
 * the bundled articles. Usage: tsx scripts/bench/corpus.ts --size 1000 --seed 1 --out DIR
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseTopic } from '../../src/lib/config/parse-topic.ts';
import { cleanArticle } from '../../src/lib/extract/clean.ts';
import { parseSourceFile, serializeSourceFile } from '../../src/lib/source-file.ts';
import { synthesizeArticle, type CorpusMaterial } from '../../src/lib/bench/synthetic-corpus.ts';
import { writeFileAtomic } from '../support/fs.ts';

const root = join(import.meta.dirname, '..', '..');

/** Reads the bundled articles and topic names that synthetic articles are made from. */
export function readMaterial(contentDir = join(root, 'content')): CorpusMaterial {
  const dir = join(contentDir, 'articles');
  // Recombined from the cleaned text: a line of web chrome (a comments header) in the middle of a
  // synthetic article would make the cleaner drop everything after it.
  const templates = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parseSourceFile(readFileSync(join(dir, f), 'utf8'), join(dir, f)))
    .map(({ frontmatter, body }) => ({
      frontmatter,
      body: cleanArticle(body, { title: frontmatter.title }).paragraphs.join('\n'),
    }));
  const topicFile = join(contentDir, 'topic.yaml');
  const topic = parseTopic(readFileSync(topicFile, 'utf8'), topicFile);
  // Only people's full names are swapped: swapping countries would break the aliases' demonyms.
  const names = topic.actors.filter((a) => a.type === 'person').map((a) => a.name);
  return { templates, names };
}

/** Writes a content folder with `size` synthetic articles into `out`; returns the article files written. */
export function writeCorpus(out: string, size: number, seed: number, material = readMaterial()): string[] {
  cpSync(join(root, 'content', 'topic.yaml'), join(out, 'topic.yaml'));
  cpSync(join(root, 'content', 'pages'), join(out, 'pages'), { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < size; i++) {
    const art = synthesizeArticle(material, seed, i);
    const file = join(out, 'articles', `${art.slug}.md`);
    writeFileAtomic(file, serializeSourceFile(art));
    files.push(file);
  }
  return files;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '100' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('corpus: expected --out DIR, found none. Fix: pass the folder to write into');
  const files = writeCorpus(values.out, Number(values.size), Number(values.seed));
  console.log(`corpus: ${files.length} articles written to ${values.out}`);
}
