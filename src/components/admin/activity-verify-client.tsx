'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { markVerifiedAction } from '@/server/admin/activities/actions';

/** "Mark verified": records who checked the listing and when. */
export function MarkVerifiedForm({ activityId }: { activityId: string }) {
  const t = useTranslations('Admin.activities');
  const [state, action, pending] = useActionState(markVerifiedAction, null);
  let text: string | null = null;
  if (state?.ok) text = t(`done.${state.done}`);
  else if (state) text = t(`errors.${state.code}`);
  return (
    <form action={action} className="mt-2 flex flex-wrap items-center gap-3">
      <input type="hidden" name="id" value={activityId} />
      <button type="submit" disabled={pending} className="rounded-md border border-gray-600 px-4 py-2 font-semibold disabled:opacity-70">
        {t('verify.button')}
      </button>
      <p role={state && !state.ok ? 'alert' : 'status'} className={state?.ok ? 'text-green-800' : 'font-semibold text-red-800'}>
        {text}
      </p>
    </form>
  );
}
