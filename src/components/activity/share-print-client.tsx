'use client';

import { useState, useSyncExternalStore } from 'react';

export interface SharePrintTexts {
  share: string;
  copy: string;
  copied: string;
  copyFailed: string;
  print: string;
}

interface SharePrintProps {
  title: string;
  url: string;
  texts: SharePrintTexts;
}

const noSubscription = () => () => {};
const hasShareSheet = () => typeof navigator.share === 'function';

const buttonClass =
  'inline-flex min-h-11 items-center gap-2 rounded-md border border-primary bg-white px-4 font-semibold text-primary hover:bg-tint';

/**
 * Share (the system's share sheet where there is one, else the link copied to the
 * clipboard) and print. Shown only once JavaScript runs: without it neither can work,
 * and the browser's own menu still prints and shares.
 */
export function SharePrint({ title, url, texts }: SharePrintProps) {
  // Null while rendered on the server (and during hydration), then whether a share sheet exists.
  const canShare = useSyncExternalStore(noSubscription, hasShareSheet, () => null);
  const [status, setStatus] = useState('');

  const share = async () => {
    if (canShare) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The visitor closed the sheet: nothing to say.
        if ((error as Error).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus(texts.copied);
    } catch {
      setStatus(texts.copyFailed);
    }
  };

  if (canShare === null) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden" data-testid="share-print">
      <button type="button" onClick={share} className={buttonClass}>
        {canShare ? texts.share : texts.copy}
      </button>
      <button type="button" onClick={() => window.print()} className={buttonClass}>
        {texts.print}
      </button>
      <p role="status" className="basis-full text-sm">
        {status === texts.copyFailed ? (
          <>
            {status} <span className="font-mono break-all select-all">{url}</span>
          </>
        ) : (
          status
        )}
      </p>
    </div>
  );
}
