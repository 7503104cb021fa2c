/**
 * Watches what `generate` reads (content/topic.yaml, content/overrides.yaml, content/articles/*.md)
 * and calls back once per burst of changes: an editor saving a file, or `git checkout` replacing
 * many, fires several events in a few milliseconds, and they should make one run, not several.
 */
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { isGenerateInput } from '../../src/lib/article-slugs.ts';

/** How long the folders must stay quiet after a change before the callback runs. */
const SETTLE_MS = 40;

/** Starts watching `contentDir`; `onChange` runs after each burst of changes to its inputs. */
export function watchInputs(contentDir: string, onChange: () => void): { close: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, SETTLE_MS);
  };
  // Two folder watches, not one recursive watch: the generated/ folder, which every run writes,
  // is then never watched at all. Folder watches also see editors that save by renaming a new file
  // over the old one, which a watch on the file itself would lose.
  const watchers: FSWatcher[] = [
    [contentDir, ''],
    [join(contentDir, 'articles'), 'articles/'],
  ].map(([dir, prefix]) =>
    watch(dir!, (_event, name) => {
      // Some platforms omit the name: then anything may have changed.
      if (name === null || isGenerateInput(`${prefix}${name}`)) changed();
    }),
  );
  return {
    close: () => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
