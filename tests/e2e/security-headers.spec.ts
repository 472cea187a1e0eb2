import { expect, test, type APIResponse, type Page } from '@playwright/test';

function directives(response: APIResponse): Map<string, string> {
  const policy = response.headers()['content-security-policy'] ?? '';
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name!, values.join(' ')] as const;
      }),
  );
}

async function expectNoncedPage(response: APIResponse): Promise<void> {
  expect(response.status()).toBe(200);
  const csp = directives(response);
  const scriptSrc = csp.get('script-src') ?? '';
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  expect(nonce, 'a per-response nonce in script-src').toBeTruthy();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(csp.get('frame-ancestors')).toBe("'none'");
  expect(csp.get('object-src')).toBe("'none'");
  // Every script Next wrote into the page carries this response's nonce.
  const html = await response.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  expect(response.headers()['strict-transport-security']).toMatch(/max-age=\d{8,}/);
}

test.describe('security headers per kind of page', () => {
  test('public pages get a fresh nonce-based CSP, no framing, and HSTS', async ({ request }) => {
    const first = await request.get('/fi/haku?q=kuoro');
    await expectNoncedPage(first);
    const second = await request.get('/fi/haku?q=kuoro');
    expect(directives(second).get('script-src')).not.toBe(directives(first).get('script-src'));
    await expectNoncedPage(await request.get('/sv/tillganglighet'));
  });

  test('admin pages get the same policy', async ({ request }) => {
    await expectNoncedPage(await request.get('/fi/hallinta/kirjaudu'));
  });

  test('embeds may be framed by any site and run no scripts', async ({ request }) => {
    const response = await request.get('/embed/activities?locale=fi&limit=3');
    expect(response.status()).toBe(200);
    const csp = directives(response);
    expect(csp.get('frame-ancestors')).toBe('*');
    expect(csp.get('default-src')).toBe("'none'");
    expect(csp.has('script-src')).toBe(false);
    expect(response.headers()['x-frame-options']).toBeUndefined();
    expect(response.headers()['strict-transport-security']).toMatch(/max-age=\d{8,}/);
  });

  test('API answers may not be framed and run nothing', async ({ request }) => {
    const response = await request.get('/api/v1/activities?limit=1');
    expect(response.status()).toBe(200);
    const csp = directives(response);
    expect(csp.get('default-src')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(response.headers()['x-frame-options']).toBe('DENY');
    expect(response.headers()['strict-transport-security']).toMatch(/max-age=\d{8,}/);
  });
});

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('pages work in the browser under the policy: no violations, scripts run', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/fi/haku');
  // The search form's enhancement is a client component: typing updates the results without a
  // page load only when the app's scripts run.
  const search = page.getByRole('searchbox').first();
  await search.fill('kuoro');
  await search.press('Enter');
  await expect(page).toHaveURL(/q=kuoro/);
  await page.goto('/sv/sok');
  await page.goto('/fi/hallinta/kirjaudu');
  await expect(page.getByRole('button', { name: /kirjaudu/i })).toBeEnabled();
  await page.goto('/fi/saavutettavuus');
  expect(violations).toEqual([]);
});

test('a missing page and bad input get a server-rendered answer in the page language', async ({ request }) => {
  const missing = await request.get('/sv/verksamhet/finns-inte-alls');
  expect(missing.status()).toBe(404);
  const html = await missing.text();
  expect(html).toContain('<html lang="sv">');
  expect(html).toContain('Sidan hittades inte');
  expect(directives(missing).get('frame-ancestors')).toBe("'none'");

  const malformed = await request.get('/fi/toiminta/%E0%A4%A');
  expect(malformed.status()).toBe(400);
  expect(await malformed.text()).toContain('<html lang="fi">');
});
