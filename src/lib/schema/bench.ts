/** The results `npm run bench` writes to bench-results/bench.json. */
import { z } from 'astro/zod';

/** Time and peak memory of one build step, run as a child process. */
export const stepMeasureSchema = z.object({
  /** Wall-clock time in seconds. */
  seconds: z.number().nonnegative(),
  /** Peak resident memory of the step's largest process, in bytes; null where it cannot be measured. */
  peakRss: z.number().nonnegative().nullable(),
});

/** Everything measured for one corpus size. */
export const sizeResultSchema = z.object({
  /** Number of articles in the corpus. */
  articles: z.number().int().positive(),
  /** Extraction + page generation (`npm run generate`, cold cache). */
  generate: stepMeasureSchema,
  /** Articles extracted and generated per second, cold cache. */
  articlesPerSecond: z.number().nonnegative(),
  /** Regeneration with a warm cache and no change. */
  regenerate: stepMeasureSchema,
  /** `astro build`. */
  astro: stepMeasureSchema,
  /** Pagefind indexing (`scripts/index-search.ts`). */
  pagefind: stepMeasureSchema,
  /** Sum of the three steps' wall times, in seconds. */
  totalSeconds: z.number().nonnegative(),
  /** Largest peak RSS of any step, in bytes. */
  peakRss: z.number().nonnegative().nullable(),
  /** Size of dist/ in bytes. */
  distBytes: z.number().int().nonnegative(),
  /** HTML pages in dist/. */
  htmlPages: z.number().int().nonnegative(),
  /** Mean bytes of HTML per page. */
  htmlBytesPerPage: z.number().nonnegative(),
  /** Bytes of the largest HTML page, and its path. */
  largestPage: z.object({ path: z.string(), bytes: z.number().int().nonnegative() }),
  /** Bytes of Pagefind files the search page fetches for a first query, as stored; null if no browser was available. */
  searchBytes: z.number().int().nonnegative().nullable(),
  /** The same, as sent by a server that gzips files not compressed already (Pagefind's index files are). */
  searchBytesGzip: z.number().int().nonnegative().nullable(),
  /** Results the first query found (a check that the search worked). */
  searchResults: z.number().int().nonnegative().nullable(),
});

/** The incremental case: one article changed, the site regenerated. */
export const incrementalResultSchema = z.object({
  /** Size of the corpus the change was made in. */
  articles: z.number().int().positive(),
  /** Time and memory of the regeneration (the whole process, start-up included). */
  regenerate: stepMeasureSchema,
  /** The regeneration's own time, without process start-up and module loading, in seconds. */
  regenerateInProcessSeconds: z.number().nonnegative(),
  /** Articles re-extracted (the rest came from the cache). */
  extracted: z.number().int().nonnegative(),
  /** Files whose content changed, relative to the content folder or the data folder. */
  filesRewritten: z.array(z.string()),
  /**
   * The same one-off regeneration after the same kind of change to other articles, one at a time,
   * each a new process: one run alone is at the mercy of a shared machine's noise.
   */
  repeats: z.array(
    z.object({
      /** The whole process, start-up included, in seconds. */
      seconds: z.number().nonnegative(),
      /** Without process start-up and module loading, in seconds. */
      inProcessSeconds: z.number().nonnegative(),
    }),
  ),
  /** The same kind of change, made to other articles while `generate --watch` (the dev server's generator) runs. */
  watch: z
    .object({
      /** Seconds from saving each changed article to the watcher reporting its files written, in order. */
      seconds: z.array(z.number().nonnegative()),
      /** Files the watcher wrote for each change, in order. */
      filesWritten: z.array(z.number().int().nonnegative()),
      /** Peak RSS of the watching process, in bytes (null where it cannot be read). */
      peakRss: z.number().nonnegative().nullable(),
    })
    .nullable(),
});

/** The whole benchmark report. */
export const benchReportSchema = z.object({
  /** When the benchmark ran (ISO 8601). */
  date: z.string(),
  /** The corpus seed. */
  seed: z.number().int(),
  /** Logical cores available to the benchmark. */
  cores: z.number().int().positive(),
  /** CPU model, as the OS names it. */
  cpu: z.string(),
  /** Total memory of the machine, in bytes. */
  memoryBytes: z.number().nonnegative(),
  /** The first query the search measurement typed. */
  query: z.string(),
  /** Results per corpus size. */
  sizes: z.array(sizeResultSchema),
  /** The incremental case, when it ran. */
  incremental: incrementalResultSchema.nullable(),
});

/** Time and memory of one step. */
export type StepMeasure = z.infer<typeof stepMeasureSchema>;
/** Results for one corpus size. */
export type SizeResult = z.infer<typeof sizeResultSchema>;
/** The incremental case. */
export type IncrementalResult = z.infer<typeof incrementalResultSchema>;
/** The benchmark report. */
export type BenchReport = z.infer<typeof benchReportSchema>;
