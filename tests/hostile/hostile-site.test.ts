/**
 * The hostile-input corpus through the real CLIs: `generate` over the bundled articles plus every
 * hostile case, then Astro and Pagefind over the result. Bad files stop the build with one line
 * each and cost the good ones nothing; the built pages show the hostile text literally, run none
 * of it, send a Content-Security-Policy, and have no broken link or anchor.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../src/lib/decode-text.ts';
import { checkLinks } from '../../src/lib/links/check-links.ts';
import { cleanArticle } from '../../src/lib/extract/clean.ts';
import { parseSourceFile } from '../../src/lib/source-file.ts';
import { slugify } from '../../src/lib/text/fold.ts';
import { listFiles } from '../../scripts/support/fs.ts';
import { loadHostileCases } from '../fixtures/hostile/make-fixtures.ts';
import { serveSiteToBrowser } from '../browser/support/browser.ts';
import { expectedLines } from './support.ts';

const root = join(import.meta.dirname, '..', '..');
const cases = loadHostileCases();
const ingested = cases.filter((c) => c.expected.outcome === 'ingested');
const refused = cases.filter((c) => c.expected.outcome === 'error');

let tmp: string;
let content: string;
let dist: string;
let firstRun: { status: number; stdout: string; stderr: string };
let generatedAfterFirstRun: Map<string, string>;

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  try {
    const stdout = execFileSync(cmd, args, {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, ...env },
    });
    return { status: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}
const generate = () =>
  run('npx', [
    'tsx',
    'scripts/generate.ts',
    '--content',
    content,
    '--data-out',
    join(tmp, 'public', 'data'),
    '--no-cache',
  ]);
const snapshot = (dir: string) => new Map(listFiles(dir, '').map((f) => [relative(dir, f), readFileSync(f, 'utf8')]));
const html = (url: string) => readFileSync(join(dist, url, 'index.html'), 'utf8');

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sourcebook-hostile-'));
  content = join(tmp, 'content');
  cpSync(join(root, 'content', 'articles'), join(content, 'articles'), { recursive: true });
  cpSync(join(root, 'content', 'pages'), join(content, 'pages'), { recursive: true });
  cpSync(join(root, 'content', 'topic.yaml'), join(content, 'topic.yaml'));
  for (const c of cases) for (const f of c.files) writeFileSync(join(content, 'articles', f.name), f.bytes);
  // The site's static files, with the data of this run instead of the project's public/data.
  cpSync(join(root, 'public'), join(tmp, 'public'), {
    recursive: true,
    filter: (src) => !/[/\\]public[/\\]data$/.test(src),
  });

  firstRun = generate();
  generatedAfterFirstRun = snapshot(join(content, 'generated'));

  // Astro builds the generated pages of the temporary content folder, with a cache of its own.
  dist = join(tmp, 'dist');
  const env = {
    SOURCEBOOK_CONTENT_DIR: content,
    SOURCEBOOK_PUBLIC_DIR: join(tmp, 'public'),
    SOURCEBOOK_CACHE_DIR: join(tmp, 'cache'),
  };
  const build = run('npx', ['astro', 'build', '--outDir', dist], env);
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
  run('npx', ['tsx', 'scripts/index-search.ts', '--site', dist]);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run generate over the hostile corpus', () => {
  it('exits 1 and names every refused file with its line, what is wrong and what to do', () => {
    expect(firstRun.status).toBe(1);
    const lines = firstRun.stderr.split('\n').filter((l) => /\. Fix: /.test(l));
    expect(lines).toHaveLength(
      refused.reduce((n, c) => n + (c.expected.outcome === 'error' ? (c.expected.files ?? 1) : 0), 0),
    );
    for (const c of refused) {
      const e = c.expected as { message: string; line?: number };
      const file = `articles/${c.files[0]!.name}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(firstRun.stderr).toMatch(
        new RegExp(`${file}${e.line ? `:${e.line}` : '(:\\d+)?'}: .*${e.message}.*\\. Fix: `),
      );
    }
  });

  it('still generates every other article, and a re-run after removing the bad files changes nothing', () => {
    for (const c of ingested) expect(generatedAfterFirstRun.has(`sources/${slugify(c.name)}.json`)).toBe(true);
    for (const c of refused) for (const f of c.files) rmSync(join(content, 'articles', f.name));
    const second = generate();
    expect(second.stderr).toBe('');
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/→ 0 changed, 0 removed/);
    expect(snapshot(join(content, 'generated'))).toEqual(generatedAfterFirstRun);
  });
});

describe('the site built from the hostile corpus', () => {
  it.each(ingested.map((c) => c.name))('shows %s on its source page exactly as written', (name) => {
    const c = ingested.find((x) => x.name === name)!;
    const file = `content/articles/${c.files[0]!.name}`;
    const { frontmatter, body } = parseSourceFile(decodeText(c.files[0]!.bytes, file), file);
    const doc = parseDocument(html(`sources/${slugify(name)}`), { decodeEntities: true });
    const main = DomUtils.findOne((el) => el.name === 'main', doc.children)!;
    const paragraphs = DomUtils.findAll((el) => el.attribs['class'] === 'paragraph', main.children);
    // Cleaning decides which lines are chrome; they must then be listed with their text.
    const { kept, removed } = expectedLines(body, cleanArticle(body, { title: frontmatter.title }).removed);
    expect(paragraphs.map((p) => DomUtils.textContent(p))).toEqual(kept);
    const text = DomUtils.textContent(main);
    for (const line of removed) expect(text).toContain(`“${line}”`);
    const h1 = DomUtils.findOne((el) => el.name === 'h1', main.children)!;
    if (frontmatter.title) expect(DomUtils.textContent(h1)).toBe(frontmatter.title);
  });

  it('runs nothing from the articles: no event-handler attribute, no javascript: address, every inline script hashed in the CSP', () => {
    const pages = listFiles(dist, '.html');
    expect(pages.length).toBeGreaterThan(ingested.length);
    for (const file of pages) {
      const doc = parseDocument(readFileSync(file, 'utf8'));
      const all = DomUtils.findAll(() => true, doc.children);
      const where = relative(dist, file);
      expect(
        all.flatMap((el) => Object.keys(el.attribs).filter((a) => /^on/i.test(a))),
        where,
      ).toEqual([]);
      const urls = all.flatMap((el) => [el.attribs['href'], el.attribs['src']]).filter((u): u is string => !!u);
      expect(
        urls.filter((u) => /^\s*(javascript|data|vbscript):/i.test(u)),
        where,
      ).toEqual([]);
      const csp = DomUtils.findOne((el) => el.attribs['http-equiv'] === 'content-security-policy', all)?.attribs[
        'content'
      ];
      expect(csp, `${where} has a CSP meta`).toBeDefined();
      for (const script of all.filter((el) => el.name === 'script')) {
        const src = script.attribs['src'];
        // A data block (JSON-LD) never runs; it must still be whole JSON, or article text broke out of it.
        if (/json/.test(script.attribs['type'] ?? ''))
          expect(() => JSON.parse(DomUtils.textContent(script)), `${where}: JSON script`).not.toThrow();
        else if (src) expect(src.startsWith('/'), `${where}: script from ${src}`).toBe(true);
        else {
          const hash = createHash('sha256').update(DomUtils.textContent(script)).digest('base64');
          expect(csp, `${where}: inline script is hashed`).toContain(`'sha256-${hash}'`);
        }
      }
    }
  });

  it('sends a CSP that allows this site and Pagefind only: no unsafe-inline, no other origin', () => {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html('search'))![1]!;
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('has no broken internal link or #anchor (citations to sentences included)', () => {
    const files = listFiles(dist, '').map((f) => relative(dist, f));
    const pages = new Map(
      files.filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(join(dist, f), 'utf8')]),
    );
    const report = checkLinks(pages, new Set(files), 'https://sourcebook.example.org');
    expect(report.broken).toEqual([]);
    expect(report.anchors).toBeGreaterThan(100);
  });
});

describe('the hostile site in Chromium', () => {
  const site = serveSiteToBrowser(() => dist);

  it('runs no script from an article, and the CSP blocks an injected inline script', async () => {
    const page = await site.browser().newPage();
    const dialogs: string[] = [];
    const violations: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    for (const name of ['script-tag', 'img-onerror', 'javascript-links', 'raw-html-block']) {
      await page.goto(`${site.url()}/sources/${name}/`, { waitUntil: 'load' });
      await expect.poll(() => page.locator('main p.paragraph').count()).toBeGreaterThan(0);
    }
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
    // The policy is enforced: an inline script added to the page is refused.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await page.close();
  });

  it('searches with Pagefind under the CSP without a violation', async () => {
    const page = await site.browser().newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${site.url()}/search/?q=Bogot%C3%A1`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('pagefind-results a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.close();
  });
});
