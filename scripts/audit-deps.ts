/**
 * CLI: `npm audit` of the runtime dependencies; exits 1 on any high or critical advisory.
 * Registry mirrors often do not serve the audit endpoint: then it says so and exits 0, unless
 * SOURCEBOOK_AUDIT_REQUIRED=1 (set it where the public registry is reachable, e.g. GitHub CI).
 * Usage: tsx scripts/audit-deps.ts
 */
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report: {
  statusCode?: number;
  message?: string;
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
};
try {
  report = JSON.parse(run.stdout || '{}') as typeof report;
} catch {
  report = { message: run.stderr.trim() || 'npm audit printed no JSON' };
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const why = report.message ?? `npm audit exited with ${run.status}`;
  const required = process.env['SOURCEBOOK_AUDIT_REQUIRED'] === '1';
  console[required ? 'error' : 'warn'](
    `audit-deps: the registry's audit endpoint could not be used (${why}); ${required ? 'failing because SOURCEBOOK_AUDIT_REQUIRED=1' : 'skipped. Fix: run it where registry.npmjs.org is reachable'}`,
  );
  process.exit(required ? 1 : 0);
}
const serious = Object.entries(report.vulnerabilities ?? {}).filter(
  ([, v]) => v.severity === 'high' || v.severity === 'critical',
);
for (const [name, v] of serious) console.error(`audit-deps: ${name}: ${v.severity}`);
console.log(
  `audit-deps: ${Object.entries(counts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')} advisories in runtime dependencies; ${serious.length} high or critical`,
);
if (serious.length) process.exit(1);
