// Prisma 6.19 configuration for offline migration authoring (see new-migration.mjs).
//
// Prisma 7's CLI needs a native schema engine that cannot be downloaded here; Prisma 6.19
// can run its WASM schema engine ("engine: js") through a driver adapter instead. Both the
// main and the shadow database are throwaway in-memory PGlite instances with the
// extensions our migrations create (pg_trgm, unaccent).
//
// Three defects of pglite-prisma-adapter@0.6.1 are patched here:
// - the schema engine sends each migration script to the shadow database as one parameterless
//   `executeRaw`, which PGlite runs as a prepared statement ("cannot insert multiple commands
//   into a prepared statement"); parameterless commands go through PGlite's `exec` (simple
//   query protocol, several statements, `$$` bodies intact) instead;
// - its shadow database is a bare PGlite without extensions, so CREATE EXTENSION fails;
// - its executeScript does not await PGlite's exec, so a failing script is reported as an
//   unhandled rejection instead of an error.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { defineConfig } from 'prisma/config';

async function newDatabase(): Promise<PGlite> {
  const db = new PGlite({ extensions: { pg_trgm, unaccent } });
  await db.waitReady;
  return db;
}

type Adapter = Awaited<ReturnType<PrismaPGlite['connect']>>;

function patchAdapter(adapter: Adapter, db: PGlite, ownsDb: boolean): Adapter {
  const onError = (adapter as unknown as { onError(e: unknown): never }).onError.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    try {
      const results = await db.exec(query.sql);
      return results.reduce((sum, r) => sum + (r.affectedRows ?? 0), 0);
    } catch (e) {
      return onError(e);
    }
  };
  adapter.executeScript = async (script: string) => {
    try {
      await db.exec(script);
    } catch (e) {
      onError(e);
    }
  };
  if (ownsDb) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      if (!db.closed) await db.close();
    };
  }
  return adapter;
}

class OfflinePGliteFactory extends PrismaPGlite {
  constructor(private readonly db: PGlite) {
    super(db);
  }

  override async connect(): Promise<Adapter> {
    // The main database lives as long as the CLI process.
    return patchAdapter(await super.connect(), this.db, false);
  }

  override async connectToShadowDb(): Promise<Adapter> {
    const shadow = await newDatabase();
    return patchAdapter(await new PrismaPGlite(shadow).connect(), shadow, true);
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  // new-migration.mjs passes the schema and the migrations folder explicitly.
  async adapter() {
    return new OfflinePGliteFactory(await newDatabase());
  },
});
