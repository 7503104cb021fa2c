/**
 * mergePage keeps contributors' edits when a page is regenerated. Each case in
 * tests/fixtures/merge/<case>/ holds the page on disk (existing.mdx: an earlier generated page
 * with a contributor's edit), the fresh generator output (generated.mdx, written as plain MDX) and
 * the expected result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors.ts';
import { isGeneratorsOwn, mergePage } from '../../src/lib/merge/merge-page.ts';
import { parseMdx, parsePage } from '../../src/lib/merge/parse-page.ts';
import { splitRegions } from '../../src/lib/merge/regions.ts';
import { h, p } from '../../src/lib/generate/mdast.ts';
import { pageFromMdx } from '../support/merge.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'merge');
const cases = readdirSync(dir)
  .sort()
  .map((name) => {
    const read = (f: string) => readFileSync(join(dir, name, f), 'utf8');
    return {
      name,
      existing: read('existing.mdx'),
      generated: pageFromMdx(read('generated.mdx')),
      expected: read('expected.mdx'),
    };
  });

describe.each(cases)('mergePage: $name', ({ existing, generated, expected }) => {
  it('produces the expected page', () => {
    expect(mergePage(generated, existing, 'page.mdx').text).toBe(expected);
  });
  it('is stable: merging its own output again changes nothing', () => {
    expect(mergePage(generated, expected, 'page.mdx').text).toBe(expected);
  });
});

const byName = (name: string) => {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`no merge fixture ${name}`);
  return { ...c, result: mergePage(c.generated, c.existing, 'page.mdx') };
};

describe('isGeneratorsOwn', () => {
  it("says a new page, and a page merged into the generator's own output, are the generator's own text", () => {
    const { generated } = byName('paragraph-added');
    const fresh = mergePage(generated, null, 'page.mdx').text;
    expect(isGeneratorsOwn(generated, fresh, null, 'page.mdx')).toBe(true);
    const again = mergePage(generated, fresh, 'page.mdx').text;
    expect(isGeneratorsOwn(generated, again, fresh, 'page.mdx')).toBe(true);
    const untouched = byName('untouched-page-refreshed');
    expect(isGeneratorsOwn(untouched.generated, untouched.result.text, untouched.existing, 'page.mdx')).toBe(true);
  });

  it.each(['paragraph-added', 'intro-rewritten', 'description-rewritten'])(
    "says a page holding a contributor's work (%s) is not",
    (name) => {
      const { generated, existing, result } = byName(name);
      expect(isGeneratorsOwn(generated, result.text, existing, 'page.mdx')).toBe(false);
    },
  );
});

describe('mergePage keeps what contributors write', () => {
  it('keeps an intro rewritten inside its markers, drops those markers and lists the region in owned', () => {
    const { result } = byName('intro-rewritten');
    expect(result.text).toContain(
      'Who said what about the boat strikes, in their own words.\n\nThe speakers are grouped',
    );
    expect(result.text).not.toContain('generated:intro');
    expect(result.text).toMatch(/^owned: \[ intro \]$/m);
    expect(result.notices.map((n) => n.message).join()).toMatch(/"intro" was edited inside its markers/);
  });

  it('keeps an added paragraph verbatim, in place, while the regions around it are refreshed', () => {
    const { result } = byName('paragraph-added');
    const added = 'Petro has repeated this line in *several* interviews; see also [the timeline](/timeline/).';
    expect(result.text).toContain(`{/* /generated:gustavo-petro */}\n\n${added}\n\n{/* generated:marco-rubio`);
    expect(result.text).toContain('“A crime against humanity”');
  });

  it('keeps sections in the order the contributor put them', () => {
    const { result } = byName('sections-reordered');
    expect(result.text.indexOf('## Marco Rubio')).toBeLessThan(result.text.indexOf('## Gustavo Petro'));
    expect(result.text).toContain('“A crime against humanity”');
  });

  it('does not resurrect a deleted region and records it in owned', () => {
    const { result } = byName('region-deleted');
    expect(result.text).not.toContain('## Figures');
    expect(result.text).toMatch(/^owned: \[ figures \]$/m);
  });

  it('leaves a region whose markers were removed to the contributor', () => {
    const { result } = byName('region-taken-over');
    expect(result.text).toContain('## Marco Rubio, Secretary of State');
    expect(result.text).not.toContain('generated:marco-rubio');
  });

  it('inserts a region for new data after the region that precedes it, keeping the contributor note', () => {
    const { result } = byName('new-region-inserted');
    const t = result.text;
    expect(t.indexOf('## Gustavo Petro')).toBeLessThan(t.indexOf('## Kaja Kallas'));
    expect(t.indexOf('## Kaja Kallas')).toBeLessThan(t.indexOf('## Marco Rubio'));
    expect(t).toContain('A note from the editors: quotes are checked against the original reporting.');
    expect(t).toContain('3 sources.');
  });

  it('keeps a rewritten description and refreshes the other generated fields', () => {
    const { result } = byName('description-rewritten');
    expect(result.text).toContain('description: "What the leaders said about the strikes, in their own words."');
    expect(result.text).toContain('title: Who said what');
  });

  it('treats reformatting (Prettier tables, other bullets) as no edit', () => {
    const { result } = byName('reformatted-is-not-an-edit');
    expect(result.notices).toEqual([]);
    expect(result.text).toContain('| [Source C](/sources/c/#s-5) | 80 |');
  });
});

const readable = (page: unknown) => JSON.stringify(page);

describe('markers survive Prettier', () => {
  // One case per distinct generated page.
  const distinct = cases.filter(
    (c, i) => cases.findIndex((d) => readable(d.generated) === readable(c.generated)) === i,
  );
  it.each(distinct.map((c) => [c.name, c.generated] as const))(
    'so a page formatted with Prettier (%s) merges back to the generated page, with no edit noticed',
    async (_, generated) => {
      const fresh = mergePage(generated, null, 'page.mdx').text;
      const pretty = await format(fresh, { parser: 'mdx' });
      const merged = mergePage(generated, pretty, 'page.mdx');
      expect(merged.notices).toEqual([]);
      expect(merged.text).toBe(fresh);
    },
  );
});

describe('parseMdx', () => {
  it('parses a text once when it is asked for the same text twice in a row (validate, then merge again)', () => {
    const text = '# Title\n\nSome [link](/sources/a/#s-1).\n';
    expect(parseMdx(text, 'x.mdx')).toBe(parseMdx(text, 'x.mdx'));
  });

  it('parses a different text, or the same text for another file, afresh', () => {
    const a = parseMdx('# One\n', 'x.mdx');
    expect(parseMdx('# Two\n', 'x.mdx')).not.toBe(a);
    expect(parseMdx('# One\n', 'y.mdx')).not.toBe(a);
    expect(parseMdx('# One\n', 'y.mdx')).toEqual(a);
  });
});

describe('mergePage serialises a region again only when its nodes change', () => {
  const page = () => ({
    path: 'p',
    frontmatter: { title: 'T' },
    body: [h(2, 'People killed'), p('At least 80.'), h(2, 'Strikes'), p('Twenty strikes.')],
  });

  it('gives the same text when the same page is merged twice, new and then against its own text', () => {
    const built = page();
    const first = mergePage(built, null, 'p.mdx').text;
    expect(mergePage(built, first, 'p.mdx').text).toBe(first);
    expect(first).toBe(mergePage(page(), null, 'p.mdx').text);
  });

  it('writes the new nodes of a region whose nodes were replaced since the page was last merged', () => {
    const built = page();
    const first = mergePage(built, null, 'p.mdx').text;
    built.body[1] = p('At least 83.');
    const second = mergePage(built, first, 'p.mdx').text;
    expect(second).toContain('At least 83.');
    expect(second).not.toContain('At least 80.');
    expect(second).toContain('Twenty strikes.');
  });
});

describe('parsePage', () => {
  const fresh = mergePage(
    { path: 'x', frontmatter: { title: 'T', description: 'D', kind: 'explainer' }, body: [p('a'), h(2, 'B'), p('b')] },
    null,
    'x.mdx',
  ).text;

  it('names the line of a region that is opened and never closed', () => {
    const broken = fresh.replace('{/* /generated:b */}', '');
    expect(() => parsePage(broken, 'x.mdx')).toThrow(InputError);
    try {
      parsePage(broken, 'x.mdx');
    } catch (e) {
      const [problem] = (e as InputError).problems;
      expect(problem?.message).toMatch(/"b" is opened here and never closed/);
      expect(problem?.line).toBe(fresh.split('\n').findIndex((l) => l.startsWith('{/* generated:b')) + 1);
    }
  });

  it('ignores marker-like text in a code block', () => {
    const withCode = fresh.replace('{/* /generated:b */}', '{/* /generated:b */}\n\n```\n{/* generated:b */}\n```');
    const blocks = parsePage(withCode, 'x.mdx').blocks;
    expect(blocks.filter((b) => b.kind === 'region').map((b) => b.kind === 'region' && b.id)).toEqual(['intro', 'b']);
  });

  it('reports invalid MDX with its line', () => {
    expect(() => parsePage('---\ntitle: T\n---\n\nok\n\n<div>\n', 'x.mdx')).toThrow(/x\.mdx:7: invalid MDX/);
  });
});

describe('splitRegions', () => {
  it('names regions after their level-2 headings and keeps ids unique', () => {
    const ids = splitRegions([p('x'), h(2, 'Jean-Noël Barrot'), p('y'), h(2, 'Jean-Noël Barrot'), h(2, 'Title')]).map(
      (r) => r.id,
    );
    expect(ids).toEqual(['intro', 'jean-noel-barrot', 'jean-noel-barrot-2', 'title-section']);
  });
});
