// Loads the taxonomies from prisma/data and writes the demo catalogue.
// Usage: tsx --conditions=react-server prisma/seed.ts [--count N] [--seed S] [--reset]
import { parseArgs } from 'node:util';

import cliProgress from 'cli-progress';
import { z } from 'zod';

import { seedDemoUsersInto } from '@/server/auth/demo-users';
import { openDatabase } from '@/server/db/connection';
import { applyLongStatementTimeout } from '@/server/db/limits';
import { getEnv } from '@/server/env';
import { DEFAULT_DEMO_COUNT, DEFAULT_DEMO_SEED } from '@/server/demo/factory';
import { clearDemoData, hasDemoData, writeDemoCatalogue } from '@/server/demo/write';
import { loadTaxonomies } from '@/server/taxonomies/load';

const integer = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return fallback;
      const n = Number(value);
      if (!/^\d+$/.test(value) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `--${name} must be a whole number from ${min} to ${max}, not "${value}"` });
        return z.NEVER;
      }
      return n;
    });

const argsSchema = z.object({
  count: integer('count', 0, 1_000_000, DEFAULT_DEMO_COUNT),
  seed: integer('seed', 0, 2 ** 32 - 1, DEFAULT_DEMO_SEED),
  reset: z.boolean().default(false),
});

function parseCliArgs() {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      options: {
        count: { type: 'string' },
        seed: { type: 'string' },
        reset: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const result = argsSchema.safeParse(values);
  if (!result.success) throw new UsageError(result.error.issues.map((i) => i.message).join('; '));
  return result.data;
}

class UsageError extends Error {}

async function main(): Promise<void> {
  const args = parseCliArgs();
  const started = performance.now();
  applyLongStatementTimeout();
  const db = await openDatabase();
  try {
    const taxonomies = await loadTaxonomies(db.executor);
    const taxonomySummary = `${taxonomies.municipalities} municipalities, ${taxonomies.themes} themes, ${taxonomies.sourceCodeMappings} code mappings`;
    // Demo logins (listed in the README) exist only in demo mode, never on a real installation.
    if (getEnv().demoMode) console.log(`Seed: ${await seedDemoUsersInto(db)} demo users created.`);

    if (await hasDemoData(db.executor)) {
      if (!args.reset) {
        console.log(
          `Seed: taxonomies loaded (${taxonomySummary}); demo data already exists in ${db.describe}, left as is (use --reset to replace it).`,
        );
        return;
      }
      const cleared = await clearDemoData(db.executor);
      console.log(`Removed ${cleared.activities} demo activities and ${cleared.organizations} demo organisations.`);
    }

    const bar = new cliProgress.SingleBar(
      { format: 'Demo activities {bar} {value}/{total} ({percentage}%) {eta_formatted} left', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(args.count, 0);
    const result = await writeDemoCatalogue(db.executor, {
      count: args.count,
      seed: args.seed,
      // Two connections keep both cores busy with the search triggers on a server.
      concurrency: db.mode === 'postgres' && args.count >= 10_000 ? 2 : 1,
      onProgress: (done) => bar.update(done),
    });
    bar.stop();

    const seconds = (performance.now() - started) / 1000;
    const rate = result.milliseconds > 0 ? Math.round(result.activities / (result.milliseconds / 1000)) : result.activities;
    console.log(
      `Seed: ${taxonomySummary}; ${result.organizations} demo organisations, ${result.activities} demo activities, ` +
        `${result.occurrences} occurrences (seed ${args.seed}) in ${db.describe} in ${seconds.toFixed(1)} s (${rate} activities/s).`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\nUsage: tsx --conditions=react-server prisma/seed.ts [--count N] [--seed S] [--reset]`);
    process.exitCode = 2;
  } else if (error instanceof Error && error.name === 'ConfigError') {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
});
