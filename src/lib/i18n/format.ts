/**
 * Texts the site writes from data in each language, in one place, so that pages, the print
 * view, the PDF and the record text say the same thing once.
 */
import type { ContentLanguage } from './localized';

/** Lower case without punctuation or extra space: "Maksuton." and "maksuton" are the same. */
function normalized(text: string): string {
  return text
    .toLocaleLowerCase('fi')
    .replace(/[.!,;:]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The organiser's own price note when it adds something to the label ("Free of charge",
 * "There is a fee"), else null: a note that only repeats the label ("Avgiftsfri.") is not shown
 * again, so that nothing reads "Avgiftsfri. Avgiftsfri.".
 */
export function priceNoteBeyond(label: string, note: string | null | undefined): string | null {
  const text = note?.trim();
  if (!text) return null;
  return normalized(text) === normalized(label) ? null : text;
}

/**
 * Contact roles as upstream sources write them (in Finnish), in the page's language. Unknown
 * roles come back as they are, with their language, so that the page can mark them.
 */
const CONTACT_ROLES: Record<string, { sv: string; en: string }> = {
  koordinaattori: { sv: 'Koordinator', en: 'Coordinator' },
  toiminnanohjaaja: { sv: 'Verksamhetshandledare', en: 'Activity instructor' },
  'vapaaehtoistoiminnan ohjaaja': { sv: 'Handledare för frivilligverksamheten', en: 'Volunteer coordinator' },
  diakoniatyöntekijä: { sv: 'Diakoniarbetare', en: 'Deacon' },
  'nuoriso-ohjaaja': { sv: 'Ungdomsledare', en: 'Youth worker' },
  palveluohjaaja: { sv: 'Servicehandledare', en: 'Service adviser' },
  järjestösihteeri: { sv: 'Organisationssekreterare', en: 'Organisation secretary' },
  toiminnanjohtaja: { sv: 'Verksamhetsledare', en: 'Executive director' },
  yhteyshenkilö: { sv: 'Kontaktperson', en: 'Contact person' },
  puheenjohtaja: { sv: 'Ordförande', en: 'Chair' },
  sihteeri: { sv: 'Sekreterare', en: 'Secretary' },
  ohjaaja: { sv: 'Handledare', en: 'Instructor' },
  vastaava: { sv: 'Ansvarig', en: 'Person in charge' },
  vapaaehtoinen: { sv: 'Frivillig', en: 'Volunteer' },
  ilmoittautumiset: { sv: 'Anmälningar', en: 'Sign-ups' },
};

export function contactRole(label: string, locale: ContentLanguage): { text: string; lang: ContentLanguage | null } {
  const known = CONTACT_ROLES[normalized(label)];
  if (locale === 'fi') return { text: label, lang: known ? 'fi' : null };
  if (known) return { text: known[locale], lang: locale };
  // An unknown role is most likely Finnish, as the sources write it; say so only when sure.
  return { text: label, lang: null };
}
