/**
 * content/overrides.yaml is read through the same decoder as articles and topic.yaml: saved as
 * UTF-16 with a byte-order mark it is read, saved as binary or as UTF-16 without a mark it stops
 * the build with the decoder's message (file, line, fix), not a YAML parse error.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs `generate` on one good article with the given bytes as overrides.yaml. */
function generateWithOverrides(bytes: Buffer): { status: number; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sourcebook-overrides-'));
  dirs.push(dir);
  const content = join(dir, 'content');
  mkdirSync(join(content, 'articles'), { recursive: true });
  cpSync(
    join(root, 'tests', 'fixtures', 'generate-cli', 'one-bad-article', 'articles', 'good.md'),
    join(content, 'articles', 'good.md'),
  );
  cpSync(join(root, 'content', 'topic.yaml'), join(content, 'topic.yaml'));
  writeFileSync(join(content, 'overrides.yaml'), bytes);
  const args = [
    'tsx',
    'scripts/generate.ts',
    '--content',
    content,
    '--data-out',
    join(dir, 'data'),
    '--cache',
    join(dir, 'cache'),
  ];
  try {
    execFileSync('npx', args, { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stderr: string };
    return { status: err.status, stderr: err.stderr };
  }
}

const overrides = readFileSync(join(root, 'content', 'overrides.yaml'), 'utf8');

describe('an overrides.yaml not saved as UTF-8', () => {
  it('reads UTF-16 with a byte-order mark like UTF-8', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(overrides, 'utf16le')]);
    const result = generateWithOverrides(utf16);
    expect(result.stderr).not.toMatch(/overrides\.yaml/);
    expect(result.status).toBe(0);
  }, 120_000);

  it('refuses UTF-16 without a byte-order mark with the decoder’s message, file and fix', () => {
    const result = generateWithOverrides(Buffer.from(`quotes: []\n${overrides}`, 'utf16le'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/overrides\.yaml:1: expected UTF-8 text, found NUL bytes between the letters.*Fix: /);
    expect(result.stderr).not.toMatch(/YAML/);
  }, 120_000);
});
