import { getPathname } from '@/i18n/navigation';
import { getClientTexts } from '@/lib/referral/client-texts';

const texts = getClientTexts('en');

export default function EnglishReferralNotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 text-lg">
      <h1 className="text-3xl font-bold sm:text-4xl">{texts.notFoundTitle}</h1>
      <p className="mt-4">{texts.notFoundText}</p>
      <p className="mt-6">
        <a href={getPathname({ href: '/search', locale: 'fi' })}>{texts.searchLink}</a>
      </p>
    </div>
  );
}
