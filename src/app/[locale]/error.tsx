'use client';

import { useEffect } from 'react';
import Link from 'next/link';
import { useErrorTexts } from '@/components/layout/error-texts-client';

interface ErrorPageProps {
  error: Error & { digest?: string };
  retry: () => void;
}

// Never shows the error itself: its message could reveal internals. The digest in the
// server log identifies it.
export default function LocaleError({ error, retry }: ErrorPageProps) {
  const t = useErrorTexts();

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-4 text-lg">{t.text}</p>
      <div className="mt-6 flex flex-wrap items-center gap-6">
        <button
          type="button"
          onClick={() => retry()}
          className="inline-flex min-h-12 items-center rounded-md bg-primary px-6 py-3 text-lg font-semibold text-on-primary hover:bg-primary-strong"
        >
          {t.retry}
        </button>
        <Link href={t.homeHref} className="text-lg">
          {t.homeLink}
        </Link>
      </div>
    </div>
  );
}
