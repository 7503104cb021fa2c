/** public/_headers: security headers on every path, a long cache for content-hashed files only. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editUrl } from '../../src/lib/site-config.ts';

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

const rules = parseHeaders(readFileSync(join(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8'));

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

describe('editUrl', () => {
  it('opens a file in the repository’s web editor, escaping each path segment', () => {
    expect(editUrl('content/generated/actors/jean noël.mdx', 'https://github.com/o/r/', 'main')).toBe(
      'https://github.com/o/r/edit/main/content/generated/actors/jean%20no%C3%ABl.mdx',
    );
  });
});
