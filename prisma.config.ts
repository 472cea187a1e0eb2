// Prisma CLI configuration. The app itself never reads this file: src/server/db.ts
// chooses PostgreSQL (DATABASE_URL) or embedded PGlite at run time.
// `env()` from prisma/config throws on an unset variable, so read process.env directly.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
  },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/polku',
  },
});
