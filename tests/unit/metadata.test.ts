import { describe, expect, it } from 'vitest';
import { copyrightHolder, inferMetadata, outletForDomain, outletForName } from '../../src/lib/extract/metadata.ts';
import { parseByline, parseDateline } from '../../src/lib/extract/clean.ts';
import { loadFixtures } from '../support/fixtures.ts';

interface Expected {
  title: string | null;
  published: string | null;
  authors: string[];
  outlet: string | null;
}

describe('inferMetadata reads what the text shows and nothing more', () => {
  it.each(loadFixtures<Expected>('metadata'))('$name', ({ input, expected }) => {
    const got = inferMetadata(input);
    expect({ title: got.title, published: got.published, authors: got.authors, outlet: got.outlet }).toEqual(expected);
  });

  it('names the rule behind every inferred field', () => {
    const got = inferMetadata(
      'Nov. 15, 2025\nA sentence of article text that is long enough to count as prose here.\nWrite to Jane Doe at jane.doe@wsj.com',
    );
    expect(got.rules).toEqual({
      published: 'dateline:date',
      authors: 'contact-footer',
      outlet: 'contact-email-domain',
    });
  });

  it.each([
    ['empty input', ''],
    ['whitespace only', ' \n\r\n\t'],
    ['a very long line', 'By '.repeat(50_000)],
    ['a long run of spaces inside a line', `a${' '.repeat(100_000)}b`],
    ['a contact line with a huge name', `Contact ${'a'.repeat(100_000)}@`],
  ])('returns nothing and does not throw on %s', (_name, body) => {
    expect(inferMetadata(body)).toMatchObject({ title: null, published: null, authors: [], outlet: null });
  });
});

describe('parseDateline reads a line that is only a date', () => {
  it.each([
    ['Nov. 15, 2025', '2025-11-15', null],
    ['Today : Nov 12, 2025', '2025-11-12', 'today'],
    ['London-UK, November 13, 2025', '2025-11-13', null],
    ['12 November 2025', '2025-11-12', null],
    ['2025-11-12', '2025-11-12', null],
    ['Published Nov. 12, 2025 5:00 am ET', '2025-11-12', 'published'],
    ['Updated November 12, 2025 at 3:14 p.m. EST', '2025-11-12', 'updated'],
  ])('%s → %s', (line, date, label) => {
    expect(parseDateline(line)).toEqual({ date, label });
  });

  it.each([
    'On November 9, 2025, the president met the family.',
    'November 2025',
    'Date:',
    'WASHINGTON, Nov 12 (Reuters) -',
    '03/04/2025',
  ])('rejects %s', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});

describe('parseByline tells bylines from sentences that start with "By"', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe'], []],
    ['By JANE DOE, Reuters', ['Jane Doe'], ['Reuters']],
    ['By Jane Doe, John Roe and Ann van der Berg', ['Jane Doe', 'John Roe', 'Ann van der Berg'], []],
    ['By Jane Doe in Bogotá | The Guardian', ['Jane Doe'], ['The Guardian']],
  ])('%s', (line, names, affiliations) => {
    expect(parseByline(line)).toEqual({ names, affiliations });
  });

  it.each([
    "By Donald Trump's account, the campaign is aimed at cartels.",
    'By then, the ministers had left.',
    'By Land and Sea',
    'Bystanders said the boat sank.',
  ])('rejects %s', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('the outlet table maps domains, credits and copyright lines', () => {
  it('maps subdomains of a known domain', () => {
    expect(outletForDomain('news.bbc.co.uk')).toBe('BBC News');
    expect(outletForDomain('example.com')).toBeNull();
  });
  it('maps credit names case- and accent-insensitively', () => {
    expect(outletForName('associated press')).toBe('The Associated Press');
    expect(outletForName('El Pais')).toBe('El País');
  });
  it('reads the holder of a copyright line', () => {
    expect(copyrightHolder('Copyright ©2025 Dow Jones & Company, Inc. All Rights Reserved.')).toBe(
      'Dow Jones & Company',
    );
    expect(copyrightHolder('© 2025 The Associated Press. All rights reserved.')).toBe('The Associated Press');
    expect(copyrightHolder('The copyright dispute was settled.')).toBeNull();
  });
});
