/** Languages that content may be written in (the UI's locales too). */
export type ContentLanguage = 'fi' | 'sv' | 'en';

export type LocalizedValues = Partial<Record<ContentLanguage, string | null | undefined>>;

/** A text and the language it is written in, so that the element can carry `lang`. */
export interface LocalizedText {
  text: string;
  lang: ContentLanguage;
}

const FALLBACK_ORDER: readonly ContentLanguage[] = ['fi', 'sv', 'en'];

/**
 * The value in the page language, otherwise the first one found in Finnish, Swedish, English.
 * Blank strings count as missing: upstream sources often send "" for an untranslated field.
 */
export function pickLocalized(values: LocalizedValues, locale: string): LocalizedText | null {
  const order = [...new Set([locale, ...FALLBACK_ORDER])].filter(isContentLanguage);
  for (const lang of order) {
    const text = values[lang]?.trim();
    if (text) return { text, lang };
  }
  return null;
}

function isContentLanguage(value: string): value is ContentLanguage {
  return (FALLBACK_ORDER as readonly string[]).includes(value);
}

/** A taxonomy term's name in the page language; every term is named in all three. */
export function termName(term: { nameFi: string; nameSv: string; nameEn: string }, locale: string): string {
  return locale === 'sv' ? term.nameSv : locale === 'en' ? term.nameEn : term.nameFi;
}

/** A theme's or a service-path stage's description in the page language. */
export function termDescription(
  term: { descriptionFi: string; descriptionSv: string; descriptionEn: string },
  locale: string,
): string {
  return locale === 'sv' ? term.descriptionSv : locale === 'en' ? term.descriptionEn : term.descriptionFi;
}
