/** Where the site's content lives; SOURCEBOOK_CONTENT_DIR moves it (the benchmark builds synthetic corpora elsewhere). */
import { resolve } from 'node:path';

/** Absolute path of the content folder (topic.yaml, articles/, pages/, generated/). */
export const contentDir = resolve(process.env.SOURCEBOOK_CONTENT_DIR ?? 'content');
