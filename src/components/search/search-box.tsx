import { getTranslations } from 'next-intl/server';

/** The search box with its visible label; part of a GET form to the search page. */
export async function SearchBox({ defaultValue = '', id = 'search-q' }: { defaultValue?: string; id?: string }) {
  const t = await getTranslations('Search');
  return (
    <div role="search">
      <label htmlFor={id} className="block text-lg font-semibold">
        {t('queryLabel')}
      </label>
      <p id={`${id}-hint`} className="text-muted">
        {t('queryHint')}
      </p>
      <div className="mt-2 flex max-w-2xl gap-2">
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={200}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          className="min-h-12 min-w-0 flex-1 rounded-md border-2 border-muted bg-white px-3 text-lg"
        />
        <button
          type="submit"
          className="min-h-12 rounded-md bg-primary px-6 text-lg font-semibold text-on-primary hover:bg-primary-strong"
        >
          {t('submit')}
        </button>
      </div>
    </div>
  );
}
