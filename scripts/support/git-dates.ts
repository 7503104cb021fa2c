/** Last-commit dates of files from git, for the "last updated" line on every page. */
import { execFileSync } from 'node:child_process';

const cache = new Map<string, Map<string, string>>();

/**
 * Returns path (relative to `cwd`, the project root, `/`-separated) → ISO date of the last commit that
 * touched it, for the files under `folder`. One `git log` for the whole history rather than one per page, so large sites stay fast.
 * Outside a git checkout, or in a shallow clone's missing history, files are simply absent: the page
 * then shows no date rather than a wrong one (CI checks out with fetch-depth: 0 for this reason).
 */
export function lastCommitDates(folder = 'content', cwd = process.cwd()): Map<string, string> {
  const known = cache.get(folder);
  if (known) return known;
  const dates = new Map<string, string>();
  cache.set(folder, dates);
  let log: string;
  try {
    // --first-parent: "last updated" is when a change reached this branch, so a merge that changes a
    // file (e.g. regenerated pages) is its date, not the side commit's; --diff-merges=first-parent
    // makes such merges list the files they change (by default merges list none).
    log = execFileSync(
      'git',
      [
        'log',
        '--format=@%cI',
        '--name-only',
        '--relative',
        '--no-renames',
        '--first-parent',
        '--diff-merges=first-parent',
        '--',
        folder,
      ],
      { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 },
    );
  } catch {
    return dates;
  }
  let date = '';
  // Newest commit first, so the first date seen for a file is its last change.
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) date = line.slice(1);
    else if (line && date && !dates.has(line)) dates.set(line, date);
  }
  return dates;
}
