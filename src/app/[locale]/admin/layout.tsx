import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';

// The whole admin area, login included, stays out of search engines.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function AdminAreaLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={{ Error: messages.Error, Admin: messages.Admin, Login: messages.Login }}>
      {children}
    </NextIntlClientProvider>
  );
}
