/** Runs the generate CLI on a work folder (content/, data/, cache/) and reads back what it wrote. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateNodeArgs } from '../../scripts/support/generate-command.ts';

const root = join(import.meta.dirname, '..', '..');

/** The project's Node (24, from the `node` devDependency), which runs the CLI as `npm run generate` does. */
export const projectNode = join(root, 'node_modules', '.bin', 'node');

/** Node arguments that run generate on `work` (its content/, data/ and cache/ folders) as `npm run generate` does. */
export const generateArgs = (work: string): string[] => [
  ...generateNodeArgs,
  '--content',
  join(work, 'content'),
  '--data-out',
  join(work, 'data'),
  '--cache',
  join(work, 'cache'),
];

/** Every generated file (pages, source pages, data) of `work`: path relative to it → text. */
export function generatedOutputs(work: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of [join(work, 'content', 'generated'), join(work, 'data')])
    for (const f of readdirSync(folder, { recursive: true, withFileTypes: true }))
      if (f.isFile())
        files.set(relative(work, join(f.parentPath, f.name)), readFileSync(join(f.parentPath, f.name), 'utf8'));
  return files;
}
