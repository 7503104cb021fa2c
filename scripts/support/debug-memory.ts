/**
 * Logs the process's memory at a phase boundary when SOURCEBOOK_DEBUG_MEMORY is set (to find what
 * a large run holds). With `--expose-gc` in NODE_OPTIONS it collects first, so `heapUsed` is what
 * is live, not what is live plus garbage not yet collected.
 */
const enabled = Boolean(process.env.SOURCEBOOK_DEBUG_MEMORY);
const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;

/** Prints rss, heap used/total, external and array buffers after `label`, when enabled. */
export function logMemory(label: string): void {
  if (!enabled) return;
  const before = process.memoryUsage().rss;
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  console.error(
    `memory ${label}: rss ${mb(before)} (${mb(m.rss)} after gc), heap ${mb(m.heapUsed)} / ${mb(m.heapTotal)}, external ${mb(m.external)}, array buffers ${mb(m.arrayBuffers)}`,
  );
}
