/**
 * Stand-ins for what Next's request context gives admin pages (translations, localized links,
 * the login check), so a test can render a page with the real queries. Use them as mock
 * factories, e.g. `vi.mock('next-intl/server', () => import('../support/admin-page-mocks').then((m) => m.nextIntlServer()))`.
 */

/** Finnish translations and Helsinki-time formatting. */
export async function nextIntlServer() {
  const { createTranslator, createFormatter } = await import('next-intl');
  const messages = (await import('../../messages/fi.json')).default;
  return {
    getTranslations: async (arg: string | { namespace: string }) =>
      createTranslator({ locale: 'fi', messages, namespace: (typeof arg === 'string' ? arg : arg.namespace) as never }),
    getFormatter: async () => createFormatter({ locale: 'fi', timeZone: 'Europe/Helsinki' }),
    setRequestLocale: () => {},
  };
}

/** Links render as anchors that show the href object they were given. */
export async function navigation() {
  const { createElement } = await import('react');
  return {
    Link: ({ children, href }: { children: unknown; href: unknown }) => createElement('a', { 'data-href': JSON.stringify(href) }, children as never),
  };
}

/** The real session module, with a coordinator always logged in for pages. */
export async function session(importOriginal: () => Promise<typeof import('@/server/auth/session')>) {
  return {
    ...(await importOriginal()),
    requireRole: async () => ({ id: '01900000-0000-7000-8000-0000000000ee', role: 'COORDINATOR', email: 'page@example.test', name: 'Page' }),
  };
}
