import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export interface PathStage {
  code: string;
  number: number;
  name: string;
  slug: string;
}

/** The service-path stages in order, drawn as a connected path; each step links to its page. */
export async function ServicePath({ stages, current }: { stages: PathStage[]; current?: string }) {
  const t = await getTranslations('Stages');
  return (
    <ol aria-label={t('pathLabel')} className="mt-6 grid gap-0 md:grid-cols-7 md:gap-2">
      {stages.map((stage, index) => {
        const isCurrent = stage.code === current;
        const last = index === stages.length - 1;
        return (
          <li key={stage.code} className="relative flex gap-3 pb-4 md:flex-col md:items-center md:pb-0 md:text-center">
            {/* The connecting line: down on small screens, across on wide ones. */}
            {!last ? (
              <span
                aria-hidden="true"
                className="absolute top-10 bottom-0 left-5 w-1 -translate-x-1/2 bg-primary/40 md:top-5 md:right-[-50%] md:bottom-auto md:left-1/2 md:h-1 md:w-auto md:translate-x-0 md:-translate-y-1/2"
              />
            ) : null}
            <span
              aria-hidden="true"
              className={`relative z-10 flex size-10 shrink-0 items-center justify-center rounded-full border-2 border-primary text-lg font-bold ${
                isCurrent ? 'bg-primary text-on-primary' : 'bg-white text-primary'
              }`}
            >
              {stage.number}
            </span>
            <Link
              href={{ pathname: '/stages/[slug]', params: { slug: stage.slug } }}
              aria-current={isCurrent ? 'step' : undefined}
              className={`inline-flex min-h-11 items-center font-semibold md:items-start ${isCurrent ? 'text-ink' : ''}`}
            >
              <span>
                <span className="sr-only">{stage.number}. </span>
                {stage.name}
                {isCurrent ? <span className="sr-only"> {t('current')}</span> : null}
              </span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
