/** checkLinks over small hand-made sites: what resolves, what is reported broken, and why. */
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/links/check-links.ts';

const ORIGIN = 'https://site.example';

function check(pages: Record<string, string>, extraFiles: string[] = []) {
  const map = new Map(Object.entries(pages));
  return checkLinks(map, new Set([...map.keys(), ...extraFiles]), ORIGIN);
}

describe('checkLinks', () => {
  it('resolves relative, absolute and on-site links, directory URLs and #anchors by id or name', () => {
    const report = check(
      {
        'index.html': `<a href="/sources/x/#s-1">a</a><a href="sources/x/">b</a><a href="#top">c</a><a id="top"></a>
          <link rel="canonical" href="${ORIGIN}/"><script type="module" src="/_astro/app.js"></script>
          <img src="/favicon.svg"><a href="/sources/x">no slash</a><a href="#">top</a><a href="mailto:a@b.c">mail</a>`,
        'sources/x/index.html': `<p><span id="s-1">One.</span></p><a name="legacy"></a><a href="../../#top">up</a><a href="/sources/x/#legacy">l</a>`,
      },
      ['_astro/app.js', 'favicon.svg'],
    );
    expect(report.broken).toEqual([]);
    expect(report.pages).toBe(2);
    expect(report.internal).toBe(10);
    expect(report.anchors).toBe(4);
  });

  it('reports a missing page, a missing anchor and an anchor into a non-HTML file, naming page and link', () => {
    const report = check(
      {
        'index.html': `<a href="/nowhere/">x</a><a href="/sources/x/#s-9">y</a><a href="/data.json#a">z</a><a href="#gone">w</a>`,
        'sources/x/index.html': `<span id="s-1"></span>`,
      },
      ['data.json'],
    );
    expect(report.broken.map((b) => [b.page, b.url, b.problem])).toEqual([
      ['index.html', '/nowhere/', 'no file nowhere/index.html in the built site'],
      ['index.html', '/sources/x/#s-9', 'no element with id "s-9" on /sources/x/'],
      ['index.html', '/data.json#a', '#a points into data.json, which is not an HTML page'],
      ['index.html', '#gone', 'no element with id "gone" on /'],
    ]);
  });

  it('refuses javascript: and data: addresses and external links without rel="noopener noreferrer"', () => {
    const report = check({
      'index.html': `<a href=" JavaScript:alert(1)">x</a><a href="data:text/html,x">y</a>
        <a href="https://other.example/" rel="noopener noreferrer">ok</a><a href="https://other.example/b">bad</a>
        <a href="//cdn.example/x" rel="noopener">half</a><link rel="preconnect" href="https://fonts.example">`,
    });
    expect(report.external).toBe(4);
    expect(report.broken.map((b) => b.problem)).toEqual([
      'javascript: addresses are not allowed',
      'data: addresses are not allowed',
      'external link without rel="noopener noreferrer"',
      'external link without rel="noopener noreferrer"',
    ]);
  });

  it('decodes entities and percent-escapes before resolving', () => {
    const report = check({
      'index.html': `<a href="/caf%C3%A9/#a&amp;b">x</a>`,
      'café/index.html': `<span id="a&amp;b"></span>`,
    });
    expect(report.broken).toEqual([]);
    expect(report.anchors).toBe(1);
  });
});
