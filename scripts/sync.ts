// Runs the upstream sync once, from the command line (cron, CI, a person):
//
//   npm run sync -- [--source lahella|ptv|all] [--full] [--quiet]
//
// Same job as GET /api/cron/sync, on the configured database (DATABASE_URL, or the embedded
// PGlite directory, which must not be in use by a running app). Exit status: 0 on success,
// 1 when a run failed, 2 when another sync is already running.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { disconnect } from '@/server/db';
import { ConfigError } from '@/server/env';
import { runSync, ALL_SOURCES, type SyncSummary } from '@/server/sync/run-sync';
import type { SourceKind } from '@/server/sync/types';
import { runCli } from './run-cli';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      source: { type: 'string', default: 'all' },
      full: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  const source = values.source?.toLowerCase();
  if (source !== 'lahella' && source !== 'ptv' && source !== 'all') {
    throw new ConfigError(`--source must be lahella, ptv or all (got ${values.source}).`);
  }
  const sources: readonly SourceKind[] = source === 'all' ? ALL_SOURCES : [source.toUpperCase() as SourceKind];

  const interactive = process.stderr.isTTY && !values.quiet;
  const bars = new cliProgress.MultiBar(
    { format: ' {source} [{bar}] {value}/{total} items', hideCursor: true, clearOnComplete: false, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  const barBySource = new Map<string, cliProgress.SingleBar>();
  try {
    const result = await runSync({
      sources,
      trigger: 'CLI',
      full: values.full,
      log: (message) => (interactive ? bars.log(`${message}\n`) : console.error(message)),
      onProgress: ({ source: kind, progress, total }) => {
        if (!interactive) return;
        let bar = barBySource.get(kind);
        if (!bar) {
          bar = bars.create(total ?? progress, 0, { source: kind.padEnd(7) });
          barBySource.set(kind, bar);
        }
        bar.setTotal(Math.max(total ?? progress, progress));
        bar.update(progress);
      },
    });
    bars.stop();
    if (result.status === 'already-running') {
      console.error(`A sync is already running (run ${result.runIds.join(', ') || 'starting'}); not starting another.`);
      process.exitCode = 2;
      return;
    }
    for (const s of result.summaries) console.log(describe(s));
    if (result.summaries.some((s) => s.status === 'FAILED')) process.exitCode = 1;
  } finally {
    bars.stop();
    await disconnect();
  }
}

function describe(s: SyncSummary): string {
  const counts = `fetched ${s.fetched}, created ${s.created}, updated ${s.updated}, unchanged ${s.unchanged}, archived ${s.archived}, restored ${s.restored}, skipped ${s.skipped}`;
  const lines = [`${s.source} ${s.status} (${s.mode}, ${(s.durationMs / 1000).toFixed(1)} s): ${counts}. Run ${s.runId}.`];
  if (s.conflicts > 0) lines.push(`  ${s.conflicts} override conflict(s) await review.`);
  if (s.unknownCodes.length > 0) {
    lines.push(`  Unknown codes (add them to SourceCodeMapping): ${s.unknownCodes.map((u) => `${u.field}:${u.code}×${u.count}`).join(', ')}`);
  }
  for (const e of s.errors) lines.push(`  Error: ${e}`);
  return lines.join('\n');
}

await runCli(main);
