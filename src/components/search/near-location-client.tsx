'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';

interface NearLocationProps {
  label: string;
  locating: string;
  failed: string;
}

/**
 * "Use my location": asks the browser only when clicked, rounds the point to about a
 * kilometre and puts it in the URL (nearest first). Nothing is sent anywhere else.
 */
export function NearLocationButton({ label, locating, failed }: NearLocationProps) {
  const router = useRouter();
  const [state, setState] = useState<'idle' | 'locating' | 'failed'>('idle');

  const locate = () => {
    setState('locating');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const url = new URL(window.location.href);
        url.searchParams.set('near', `${coords.latitude.toFixed(2)},${coords.longitude.toFixed(2)}`);
        url.searchParams.delete('sort');
        url.searchParams.delete('page');
        setState('idle');
        router.push(`${url.pathname}?${url.searchParams.toString()}`, { scroll: false });
      },
      () => setState('failed'),
      { maximumAge: 600_000, timeout: 15_000 },
    );
  };

  return (
    <div>
      <button
        type="button"
        onClick={locate}
        disabled={state === 'locating'}
        className="min-h-11 rounded-md border border-primary bg-white px-4 font-semibold text-primary hover:bg-tint"
      >
        {state === 'locating' ? locating : label}
      </button>
      <p role="status" className="text-sm">
        {state === 'failed' ? failed : ''}
      </p>
    </div>
  );
}
