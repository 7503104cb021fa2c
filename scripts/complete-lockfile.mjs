#!/usr/bin/env node
/**
 * Adds lockfile entries for platform-specific optional dependencies that npm left out.
 *
 * Why: npm records an optional platform package (e.g. @pagefind/darwin-arm64) only if it can
 * fetch its manifest, and the registry mirror of our build machines carries only Linux builds.
 * `npm ci` then refuses the lockfile ("Missing: … from lock file"; npm/cli#4828, #7961). A stub
 * entry with the version the parent pins lets `npm ci` skip the package on this platform and
 * install it from the registry on the platform that needs it.
 *
 * Run after any `npm install` that changes package-lock.json: `node scripts/complete-lockfile.mjs`.
 * Plain JavaScript so that it runs on the host's Node before dependencies are installed.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages ?? {};
let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    packages[`node_modules/${name}`] = { version, dev: meta.dev, optional: true };
    added++;
  }
}
if (added > 0) {
  lock.packages = Object.fromEntries(
    Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
  );
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}
console.log(`complete-lockfile: ${added} optional platform package(s) added to package-lock.json`);
