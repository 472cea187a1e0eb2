import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { API_CSP, HSTS } from './src/lib/http/security-headers';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const nextConfig: NextConfig = {
  // A separate output directory lets a bundle measurement build beside a running `next start`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The container image (Dockerfile) runs the self-contained server in .next/standalone;
  // local builds keep `next start`, which does not support that output.
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' as const } : {}),
  // Database drivers and the embedded PostgreSQL (WASM) must stay as real Node modules.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'pg', '@prisma/adapter-pg'],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  experimental: {
    // The data cache's entries are keyed on the catalogue version (src/server/cache/), so every
    // change makes new ones: keep them in memory (cacheMaxMemorySize, 50 MB) rather than
    // writing each to .next/cache, where old versions would pile up.
    isrFlushToDisk: false,
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          // Location only for "nearest first", asked on the resident's click, on our own pages.
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(self)' },
          // Production is served over HTTPS only (behind the load balancer that ends TLS).
          ...(process.env.NODE_ENV === 'production' ? [{ key: 'Strict-Transport-Security', value: HSTS }] : []),
        ],
      },
      {
        // Embeds are meant for other sites' iframes (they send frame-ancestors *); pages send
        // frame-ancestors 'none' in their per-request CSP (src/proxy.ts).
        source: '/((?!embed(?:/|$)).*)',
        headers: [{ key: 'X-Frame-Options', value: 'DENY' }],
      },
      {
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: API_CSP }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
