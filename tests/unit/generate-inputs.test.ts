/** isGenerateInput: which files of the content folder generate (and so its watcher) reads. */
import { describe, expect, it } from 'vitest';
import { isGenerateInput } from '../../src/lib/article-slugs.ts';

describe('isGenerateInput', () => {
  it.each([
    ['topic.yaml', true],
    ['overrides.yaml', true],
    ['articles/some-story.md', true],
    ['articles/SOME-STORY.MD', true],
    ['articles/notes.txt', false],
    ['articles/draft.md~', false],
    ['articles/sub/some-story.md', false],
    ['generated/home.mdx', false],
    ['pages/about.mdx', false],
    ['topic.yml', false],
  ])('says whether %s is an input of generate (%s)', (path, expected) => {
    expect(isGenerateInput(path)).toBe(expected);
  });
});
