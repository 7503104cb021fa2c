/**
 * Where the site's source lives, in one place: every "Edit this page" link is built from it.
 * Point it at your fork; REPOSITORY_URL / REPOSITORY_BRANCH in the environment override it at build
 * time (the deploy workflow sets them from the repository it runs in).
 */

/** Repository that holds content/ (GitHub URL, no trailing slash). */
export const REPOSITORY_URL = 'https://github.com/sourcebook-news/sourcebook';
/** Branch that pull requests target. */
export const REPOSITORY_BRANCH = 'main';

/** The URL that opens `filePath` (relative to the repository root) in the host's web editor. */
export function editUrl(filePath: string, repository = REPOSITORY_URL, branch = REPOSITORY_BRANCH): string {
  const path = filePath.split('/').map(encodeURIComponent).join('/');
  return `${repository.replace(/\/+$/, '')}/edit/${encodeURIComponent(branch)}/${path}`;
}
