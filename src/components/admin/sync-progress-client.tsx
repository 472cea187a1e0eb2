'use client';

import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';
import { Link, useRouter } from '@/i18n/navigation';

const POLL_INTERVAL_MS = 2000;

const noSubscription = () => () => undefined;

type Status = 'RUNNING' | 'SUCCEEDED' | 'PARTIAL' | 'FAILED' | 'INTERRUPTED';

const COUNT_KEYS = ['fetched', 'created', 'updated', 'unchanged', 'archived', 'restored', 'skipped'] as const;
type Counts = Record<(typeof COUNT_KEYS)[number], number>;

export interface SyncProgressState {
  status: Status;
  progress: number;
  total: number | null;
  counts: Counts;
}

interface SyncProgressProps {
  runId: string;
  initial: SyncProgressState;
}

/**
 * Live progress of a running sync: polls the progress route every 2 s, shows a progress bar
 * and the counts, and announces a change of status (not every tick) in a polite live region.
 * When the run ends it re-renders the page, which then shows errors and skipped items.
 * Without JavaScript the server-rendered "refresh" link stays.
 */
export function SyncProgress({ runId, initial }: SyncProgressProps) {
  const t = useTranslations('Admin.sync');
  const router = useRouter();
  const id = useId();
  const [state, setState] = useState(initial);
  const [announcement, setAnnouncement] = useState('');
  // False in the server's HTML (so the refresh link is there without JavaScript), true once hydrated.
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const lastStatus = useRef(initial.status);
  // After router.refresh() the server sends fresh figures: take them, keep the announcement.
  const initialKey = `${initial.status}:${initial.progress}:${JSON.stringify(initial.counts)}`;
  const [seenKey, setSeenKey] = useState(initialKey);
  if (seenKey !== initialKey) {
    setSeenKey(initialKey);
    setState(initial);
  }

  useEffect(() => {
    if (initial.status !== 'RUNNING') return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(`/api/admin/sync/runs/${encodeURIComponent(runId)}`, {
          cache: 'no-store',
          headers: { accept: 'application/json' },
        });
        // Logged out or the run is gone: stop, the refresh link still works.
        if (response.status === 401 || response.status === 403 || response.status === 404) return;
        if (response.ok) {
          const next = (await response.json()) as SyncProgressState;
          if (stopped) return;
          setState({ status: next.status, progress: next.progress, total: next.total, counts: next.counts });
          if (next.status !== lastStatus.current) {
            lastStatus.current = next.status;
            setAnnouncement(t('statusChanged', { status: t(`status.${next.status}`) }));
          }
          if (next.status !== 'RUNNING') {
            router.refresh();
            return;
          }
        }
      } catch {
        // A network hiccup: try again on the next tick.
      }
      if (!stopped) timer = setTimeout(poll, POLL_INTERVAL_MS);
    };
    timer = setTimeout(poll, POLL_INTERVAL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [runId, initial.status, router, t]);

  const running = state.status === 'RUNNING';
  const label =
    state.total === null
      ? t('progressNoTotal', { progress: state.progress })
      : t('progressLabel', { progress: state.progress, total: state.total });
  return (
    <div>
      {running ? (
        <div className="mt-3">
          <label htmlFor={`${id}-progress`} className="block font-semibold">
            {label}
          </label>
          {state.total === null ? (
            <progress id={`${id}-progress`} className="mt-1 w-full max-w-md">
              {label}
            </progress>
          ) : (
            <progress id={`${id}-progress`} value={state.progress} max={Math.max(state.total, 1)} className="mt-1 w-full max-w-md">
              {label}
            </progress>
          )}
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="mt-2 font-semibold">
        {announcement}
      </p>
      <dl className="mt-3 grid max-w-md grid-cols-2 gap-x-4 gap-y-1">
        {COUNT_KEYS.map((key) => (
          <div key={key} className="contents">
            <dt>{t(`counts.${key}`)}</dt>
            <dd className="text-right tabular-nums">{state.counts[key]}</dd>
          </div>
        ))}
      </dl>
      {running && !scripted ? (
        <p className="mt-3">
          <Link href={{ pathname: '/admin/sync/[id]', params: { id: runId } }} className="underline">
            {t('refresh')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
