import { getTranslations } from 'next-intl/server';
import { MAX_REFERRAL_ACTIVITIES } from '@/lib/referral/basket';
import { AddToReferralToggle } from './add-to-referral-client';

interface AddToReferralButtonProps {
  activityId: string;
  slug: string;
  title: string;
  /** Where it happens, to tell same-named activities apart in the button's label. */
  place?: string;
}

/** The "add to referral" toggle with its texts formatted here, on the server. */
export async function AddToReferralButton({ activityId, slug, title, place }: AddToReferralButtonProps) {
  const t = await getTranslations('ReferralBasket');
  return (
    <AddToReferralToggle
      activityId={activityId}
      slug={slug}
      title={title}
      texts={{ add: t('add'), label: t('addLabel', { title: place ? `${title}, ${place}` : title }), full: t('full', { max: MAX_REFERRAL_ACTIVITIES }) }}
    />
  );
}
