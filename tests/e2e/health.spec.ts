import { expect, test } from '@playwright/test';

test('the health check reports the embedded database and that it answers', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('no-store');
  const body = await response.json();
  expect(body.status).toBe('ok');
  expect(body.database.mode).toBe('pglite');
  expect(body.database.ok).toBe(true);
  expect(body.database.migrations).toBeGreaterThan(0);
  expect(body.demoMode).toBe(true);
  expect(JSON.stringify(body)).not.toContain('.data');
});
