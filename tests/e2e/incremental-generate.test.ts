/**
 * The generate CLI after one article changed, with its caches (extraction summaries and docs,
 * data-file parts, source pages, page memo): it rewrites only the files that depend on the article,
 * and what it leaves is byte for byte what a run without any cache gives.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/support/fs.ts';
import { generateNodeArgs } from '../../scripts/support/generate-command.ts';
import { generateArgs, generatedOutputs, projectNode } from '../support/generate-run.ts';

const root = join(import.meta.dirname, '..', '..');
let dir: string;

/** Runs generate on `work` (content/, data/, cache/); returns its output. */
const generate = (work: string, ...extra: string[]) =>
  execFileSync(projectNode, [...generateArgs(work), ...extra], { cwd: root, encoding: 'utf8', stdio: 'pipe' });

const outputs = generatedOutputs;

/** The files of `after` that are new or differ from `before`. */
const changed = (before: Map<string, string>, after: Map<string, string>) =>
  [...after].filter(([f, text]) => before.get(f) !== text).map(([f]) => f);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourcebook-incremental-'));
  for (const work of ['warm', 'cold']) {
    cpSync(join(root, 'content', 'articles'), join(dir, work, 'content', 'articles'), { recursive: true });
    cpSync(join(root, 'content', 'topic.yaml'), join(dir, work, 'content', 'topic.yaml'));
  }
  generate(join(dir, 'warm'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generate after one article changed', () => {
  const articles = () => readdirSync(join(dir, 'warm', 'content', 'articles')).sort();

  it('rewrites the article’s source page and the data files holding its text, and nothing it does not feed', () => {
    const name = articles()[0]!;
    const slug = name.replace(/\.md$/, '');
    const before = outputs(join(dir, 'warm'));
    // A sentence with no quote, figure, position, date or argument: only the text changes.
    appendFileSync(join(dir, 'warm', 'content', 'articles', name), '\nThe weather was mild that week.\n');
    const stdout = generate(join(dir, 'warm'));
    expect(stdout).toMatch(/1 extracted/);
    expect(changed(before, outputs(join(dir, 'warm'))).sort()).toEqual(
      [join('content', 'generated', 'sources', `${slug}.json`), join('data', 'sources.json')].sort(),
    );
  });

  it('leaves exactly what a run without a cache gives', () => {
    for (const name of articles())
      cpSync(join(dir, 'warm', 'content', 'articles', name), join(dir, 'cold', 'content', 'articles', name));
    generate(join(dir, 'cold'), '--no-cache');
    expect(outputs(join(dir, 'warm'))).toEqual(outputs(join(dir, 'cold')));
  });

  it('rebuilds the data files when their memo is corrupt, and still leaves the same files', () => {
    writeFileSync(join(dir, 'warm', 'cache', 'data-files.json'), '{"version": ');
    rmSync(join(dir, 'warm', 'data', 'quotes.json'));
    generate(join(dir, 'warm'));
    expect(outputs(join(dir, 'warm'))).toEqual(outputs(join(dir, 'cold')));
  });
});

describe('npm run generate', () => {
  it('starts Node as the dev server, the benchmark and the tests do (generateNodeArgs)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const [heap, flag, preload, script] = generateNodeArgs;
    expect(pkg.scripts.generate).toBe(
      `node ${heap} ${flag} ./${relative(root, fileURLToPath(preload!))} ${relative(root, script!)}`,
    );
  });

  it('keeps the modules it compiled in Node’s compile cache, so the next run does not compile them again', () => {
    // The preload puts the cache in the temporary folder (NODE_COMPILE_CACHE would turn the cache on
    // by itself), so a temporary folder of the test's own shows whether it did.
    const temp = join(dir, 'temp');
    mkdirSync(temp);
    const { NODE_COMPILE_CACHE: _unset, ...env } = process.env;
    execFileSync(projectNode, generateArgs(join(dir, 'warm')), {
      cwd: root,
      stdio: 'pipe',
      env: { ...env, TMPDIR: temp },
    });
    // One entry per module: the generator alone loads well over a hundred of them.
    expect(listFiles(join(temp, 'node-compile-cache'), '').length).toBeGreaterThan(100);
  });
});
