'use client';

import { createContext, useContext, type ReactNode } from 'react';

export interface ErrorTexts {
  title: string;
  text: string;
  retry: string;
  homeLink: string;
  /** The front page's public path. */
  homeHref: string;
}

const ErrorTextsContext = createContext<ErrorTexts | null>(null);

/**
 * The error page's texts, from the layout: an error boundary (error.tsx) is a client component
 * without props of its own, and the public pages carry no message formatter to the browser.
 */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = useContext(ErrorTextsContext);
  if (!texts) throw new Error('useErrorTexts needs an ErrorTextsProvider (src/app/[locale]/layout.tsx).');
  return texts;
}
