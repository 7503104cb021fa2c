/** public/_headers: security headers on every path, a long cache for content-hashed files only. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editUrl } from '../../src/lib/site-config.ts';
import { MAIN_BUNDLE, withArchiveHeaderRules } from '../../src/lib/search/shards.ts';

/** Parses the Netlify/Cloudflare `_headers` format: a path line, then indented `Name: value` lines. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else {
      const [name, ...value] = line.trim().split(':');
      current?.set((name ?? '').toLowerCase(), value.join(':').trim());
    }
  }
  return rules;
}

const headersText = readFileSync(join(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8');
const rules = parseHeaders(headersText);

describe('public/_headers', () => {
  it('sets the security headers on every path, and no CSP that would fight the pages’ own', () => {
    const all = rules.get('/*');
    expect(all?.get('x-content-type-options')).toBe('nosniff');
    expect(all?.get('referrer-policy')).toBeTruthy();
    expect(all?.get('permissions-policy')).toContain('camera=()');
    expect(all?.get('x-frame-options')).toBe('DENY');
    expect([...rules.values()].some((h) => h.has('content-security-policy'))).toBe(false);
  });

  it('caches for a year only the folders whose file names carry a content hash', () => {
    const immutable = [...rules].filter(([, h]) => h.get('cache-control')?.includes('immutable')).map(([p]) => p);
    expect(immutable.sort()).toEqual(['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*']);
    // Hosts combine matching rules: a Cache-Control on /* would be joined to the year-long one.
    expect(rules.get('/*')?.has('cache-control')).toBe(false);
  });
});

describe('withArchiveHeaderRules', () => {
  const shards = [
    { bundle: MAIN_BUNDLE, files: ['index.html'] },
    { bundle: `${MAIN_BUNDLE}-sources-1`, files: ['sources/a/index.html'] },
    { bundle: `${MAIN_BUNDLE}-sources-2`, files: ['sources/b/index.html'] },
  ];

  it('caches each archive bundle’s hashed folders for a year, and keeps every rule it was given', () => {
    const after = parseHeaders(withArchiveHeaderRules(headersText, shards));
    const immutable = [...after].filter(([, h]) => h.get('cache-control')?.includes('immutable')).map(([p]) => p);
    expect(immutable.sort()).toEqual(
      [
        '/_astro/*',
        '/pagefind/fragment/*',
        '/pagefind/index/*',
        '/pagefind-sources-1/fragment/*',
        '/pagefind-sources-1/index/*',
        '/pagefind-sources-2/fragment/*',
        '/pagefind-sources-2/index/*',
      ].sort(),
    );
    for (const [path, headers] of rules) expect(after.get(path)).toEqual(headers);
  });

  it('replaces the rules of an earlier run instead of adding them again', () => {
    const once = withArchiveHeaderRules(headersText, shards);
    expect(withArchiveHeaderRules(once, shards)).toBe(once);
    // Re-indexed with fewer bundles: the rules of the bundle that is gone go too.
    expect(withArchiveHeaderRules(once, shards.slice(0, 2))).not.toContain('pagefind-sources-2');
  });

  it('adds nothing when there is no archive bundle', () => {
    expect(parseHeaders(withArchiveHeaderRules(headersText, shards.slice(0, 1)))).toEqual(rules);
  });
});

describe('editUrl', () => {
  it('opens a file in the repository’s web editor, escaping each path segment', () => {
    expect(editUrl('content/generated/actors/jean noël.mdx', 'https://github.com/o/r/', 'main')).toBe(
      'https://github.com/o/r/edit/main/content/generated/actors/jean%20no%C3%ABl.mdx',
    );
  });
});
