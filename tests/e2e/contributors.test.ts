/**
 * The contributor workflow through the generate CLI, on a temporary copy of a small content
 * folder: corrections in overrides.yaml reach pages and data, edits survive regeneration, output
 * is deterministic, `--check` catches stale pages, and bad pages stop the build with file:line.
 * The steps share one folder and run in order, as a contributor's session would.
 */
import { spawnSync } from 'node:child_process';
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
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
let dir: string;

function setUp(name: string): string {
  const content = join(dir, name, 'content');
  cpSync(join(root, 'tests', 'fixtures', 'generate-cli', 'contributors'), content, { recursive: true });
  cpSync(join(root, 'content', 'topic.yaml'), join(content, 'topic.yaml'));
  return content;
}

function generate(name: string, ...extra: string[]) {
  const args = [
    'tsx',
    'scripts/generate.ts',
    '--content',
    join(dir, name, 'content'),
    '--data-out',
    join(dir, name, 'data'),
  ];
  const r = spawnSync('npx', [...args, ...extra], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under a folder, path → content. */
function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name))
      .sort()
      .map((f) => [f.slice(folder.length), readFileSync(f, 'utf8')]),
  );
}

let first: ReturnType<typeof generate>;
const page = (p: string) => join(dir, 'a', 'content', 'generated', p);
const data = (f: string) =>
  JSON.parse(readFileSync(join(dir, 'a', 'data', f), 'utf8')) as Array<Record<string, unknown>>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourcebook-contrib-'));
  setUp('a');
  first = generate('a');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a correction in overrides.yaml', () => {
  it('reaches the published data', () => {
    expect(first.status).toBe(0);
    const quote = data('quotes.json').find((q) => String(q.text).startsWith('Interdiction'));
    expect(quote).toMatchObject({ speaker: 'Kaja Kallas', speakerId: 'kaja-kallas', rule: 'override' });
    expect(data('figures.json').find((f) => f.sentence === 's-0u6f20n' && f.metric === 'people_killed')?.value).toBe(
      81,
    );
  });

  it('reaches every page: the new speaker has the quote, the old one lost it', () => {
    expect(readFileSync(page('actors/kaja-kallas.mdx'), 'utf8')).toContain('Interdiction doesn’t work');
    expect(readFileSync(page('actors/marco-rubio.mdx'), 'utf8')).not.toContain('Interdiction doesn’t work');
    const quotes = readFileSync(page('quotes.mdx'), 'utf8');
    const kallas = quotes.slice(quotes.indexOf('## [Kaja Kallas]'));
    expect(kallas.slice(0, kallas.indexOf('{/* /generated:')).includes('Interdiction doesn’t work')).toBe(true);
  });

  it('that matches nothing is reported with its line', () => {
    expect(first.stderr).toMatch(/overrides\.yaml:7: override quotes\[1\] matches nothing in the articles\. Fix: /);
  });
});

describe('generation', () => {
  it('is deterministic: a second run in a fresh folder gives byte-identical pages and data', () => {
    setUp('b');
    expect(generate('b').status).toBe(0);
    expect(snapshot(join(dir, 'b', 'content', 'generated'))).toEqual(snapshot(join(dir, 'a', 'content', 'generated')));
    expect(snapshot(join(dir, 'b', 'data'))).toEqual(snapshot(join(dir, 'a', 'data')));
  });

  it('changes nothing when run again over its own output', () => {
    const before = snapshot(join(dir, 'a', 'content'));
    expect(generate('a').stdout).toMatch(/→ 0 changed, 0 removed/);
    expect(snapshot(join(dir, 'a', 'content'))).toEqual(before);
  });
});

describe('a contributor edit', () => {
  const note = 'Editors’ note: these quotes were checked against the recordings.';
  it('survives regeneration, and --check then passes', () => {
    const file = page('quotes.mdx');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('{/* /generated:intro */}', `{/* /generated:intro */}\n\n${note}`));
    expect(generate('a').status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(`{/* /generated:intro */}\n\n${note}\n\n{/* generated:`);
    expect(generate('a', '--check').status).toBe(0);
  });

  it('survives a new article, while the generated regions take in its data', () => {
    const name = 'colombia-us-intelligence-walk-back.md';
    cpSync(join(root, 'content', 'articles', name), join(dir, 'a', 'content', 'articles', name));
    expect(generate('a').status).toBe(0);
    const quotes = readFileSync(page('quotes.mdx'), 'utf8');
    expect(quotes).toContain(`{/* /generated:intro */}\n\n${note}\n\n{/* generated:`);
    expect(quotes).toContain('We will continue working as this Government has done');
    rmSync(join(dir, 'a', 'content', 'articles', name));
    expect(generate('a').status).toBe(0);
  });
});

describe('generate --check', () => {
  it('fails when an article changed, naming the stale files and the command that fixes it', () => {
    const article = join(dir, 'a', 'content', 'articles', 'good.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('Mexico summoned', 'Mexico recalled'));
    const result = generate('a', '--check');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/generated[/\\]sources[/\\]good\.json/);
    expect(result.stderr).toContain('run npm run generate and commit the result');
    // --check writes nothing.
    expect(readFileSync(page('sources/good.json'), 'utf8')).not.toContain('Mexico recalled');
  });
});

describe('a page that links to a source that does not exist', () => {
  it('stops the build with file:line and leaves that page as it was', () => {
    const file = page('figures.mdx');
    appendFileSync(file, '\nSee also [the other report](/sources/no-such-article/#s-1).\n');
    const edited = readFileSync(file, 'utf8');
    const line = edited.split('\n').findIndex((l) => l.includes('no-such-article')) + 1;
    const result = generate('a');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`figures\\.mdx:${line}: links to source "no-such-article" .*which does not exist\\. Fix: `),
    );
    expect(readFileSync(file, 'utf8')).toBe(edited);
    writeFileSync(file, edited.replace('\nSee also [the other report](/sources/no-such-article/#s-1).\n', ''));
  });
});

describe('a hand-written page with bad frontmatter', () => {
  it('stops the build with one message per problem, each with file, line and fix', () => {
    const folder = join(dir, 'a', 'content', 'pages');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'note.mdx'), '---\ndescription: A note.\nkind: blog\n---\n\nText.\n');
    const result = generate('a');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/pages[/\\]note\.mdx:2: "title": .*Fix: add the field "title"/);
    expect(result.stderr).toMatch(/pages[/\\]note\.mdx:3: "kind": .*Fix: use one of: home, explainer/);
    rmSync(join(folder, 'note.mdx'));
  });
});

describe('a page that is no longer generated but holds contributor text', () => {
  it('is not deleted: the build stops and says what to do', () => {
    const file = page('actors/kaja-kallas.mdx');
    appendFileSync(file, '\nA paragraph a contributor wrote.\n');
    rmSync(join(dir, 'a', 'content', 'articles', 'good.md'));
    const result = generate('a');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /actors[/\\]kaja-kallas\.mdx: this page is no longer generated .*holds your edits.*Fix: /,
    );
    expect(readFileSync(file, 'utf8')).toContain('A paragraph a contributor wrote.');
    // Nothing else is removed while the build is stopped.
    expect(readFileSync(page('sources/good.json'), 'utf8')).toContain('"sourceId": "good"');
  });
});
