import fs from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareTemplate, type TemplateInfo } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseTemplate: TemplateInfo;
  }
}

/**
 * Builds one migrated database with taxonomies loaded, once per run; each test
 * file then starts from a copy of it (a PGlite snapshot, or a PostgreSQL template
 * database), which is much faster than migrating per file.
 */
export default async function setup(project: TestProject) {
  const snapshotDir = path.resolve('.data/test');
  await fs.mkdir(snapshotDir, { recursive: true });
  const { info, teardown } = await prepareTemplate(snapshotDir);
  project.provide('testDatabaseTemplate', info);
  return teardown;
}
