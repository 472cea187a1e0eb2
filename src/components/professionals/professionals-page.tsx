import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { GUIDANCE_STEPS } from '@/lib/referral/steps';
import type { CountedField } from '@/server/professionals/queries';

/**
 * For professionals: per client field, what associations and parishes offer (live counts,
 * each a link to the matching search), then how to guide a client there and the referral tool.
 */
export async function ProfessionalsPage({ fields, locale }: { fields: CountedField[]; locale: Locale }) {
  const t = await getTranslations('Professionals');
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t('intro')}</p>
      <p className="mt-3 max-w-3xl">{t('introReferral')}</p>

      <nav aria-labelledby="fields-heading" className="mt-8 rounded-lg border border-line bg-white p-5">
        <h2 id="fields-heading" className="text-lg font-bold">
          {t('fieldsTitle')}
        </h2>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {fields.map((field) => (
            <li key={field.code}>
              <a href={`#${field.code}`}>{field.title}</a>
            </li>
          ))}
        </ul>
      </nav>

      {fields.map((field) => (
        <section key={field.code} aria-labelledby={field.code} className="mt-10" data-testid={`field-${field.code}`}>
          <h2 id={field.code} className="text-2xl font-bold">
            {field.title}
          </h2>
          <p className="mt-2 max-w-3xl">{field.intro}</p>
          <ul className="mt-4 grid gap-2 sm:grid-cols-2">
            {field.offers.map((offer) => (
              <li key={offer.label}>
                <Link
                  href={{ pathname: '/search', query: offer.query }}
                  className="flex min-h-11 items-center justify-between gap-3 rounded-md border border-line bg-white px-4 py-2 no-underline hover:border-primary"
                >
                  <span className="underline">{offer.label}</span>{' '}
                  <span className="shrink-0 text-sm font-semibold text-ink">{t('count', { count: offer.count })}</span>
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <Link href={{ pathname: '/search', query: field.query }} className="font-semibold">
              {t('allOfField', { count: field.count })}
            </Link>
          </p>
        </section>
      ))}

      <section aria-labelledby="guidance-heading" className="mt-12 rounded-lg border border-line bg-white p-6">
        <h2 id="guidance-heading" className="text-2xl font-bold">
          {t('guidanceTitle')}
        </h2>
        <p className="mt-2 max-w-3xl">{t('guidanceIntro')}</p>
        <ol className="mt-4 list-decimal space-y-2 pl-6">
          {GUIDANCE_STEPS.map((step) => (
            <li key={step.code}>
              {step.label[locale]}
              <span className="block text-sm text-muted">
                {step.groups.length === 4 ? t('forEveryone') : t('forThoseNeedingHelp')}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="referral-heading" className="mt-10">
        <h2 id="referral-heading" className="text-2xl font-bold">
          {t('referralTitle')}
        </h2>
        <p className="mt-2 max-w-3xl">{t('referralText')}</p>
        <p className="mt-4">
          <Link
            href="/referral"
            className="inline-flex min-h-12 items-center rounded-md bg-primary px-5 font-semibold text-on-primary no-underline hover:bg-primary-strong hover:text-on-primary"
          >
            {t('referralLink')}
          </Link>
        </p>
      </section>
    </div>
  );
}
