/**
 * The plain-text note a professional copies into the client and patient record: the date, the
 * activities referred and the guidance steps taken. Deliberately without the client's identity
 * and without the referral link (the record already identifies the client; the link is a key).
 */
import { formatClientDate } from './client-texts';
import { stepLabels } from './steps';
import type { Locale } from '@/i18n/routing';

export type UiLocale = Locale;

export interface RecordSummaryInput {
  locale: UiLocale;
  createdAt: Date;
  expiresAt: Date;
  clientLanguage: 'fi' | 'sv' | 'en';
  activities: readonly { title: string; organization?: string | null }[];
  stepCodes: readonly string[];
}

const TEXTS = {
  fi: {
    heading: 'Hyvinvointilähete (Polku)',
    date: 'Päivämäärä',
    activities: 'Ohjattu toimintaan',
    steps: 'Ohjauksen vaiheet',
    noSteps: 'Ei merkittyjä vaiheita',
    language: 'Lähetteen kieli',
    valid: (date: string) => `Lähete on voimassa ${date} asti.`,
    languages: { fi: 'suomi', sv: 'ruotsi', en: 'englanti' },
  },
  sv: {
    heading: 'Välbefinnanderemiss (Polku)',
    date: 'Datum',
    activities: 'Hänvisad till verksamhet',
    steps: 'Steg i handledningen',
    noSteps: 'Inga ikryssade steg',
    language: 'Remissens språk',
    valid: (date: string) => `Remissen gäller till ${date}.`,
    languages: { fi: 'finska', sv: 'svenska', en: 'engelska' },
  },
  en: {
    heading: 'Wellbeing referral (Polku)',
    date: 'Date',
    activities: 'Referred to activities',
    steps: 'Guidance steps',
    noSteps: 'No steps ticked',
    language: 'Language of the referral',
    valid: (date: string) => `The referral is valid until ${date}.`,
    languages: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
  },
} as const;

export function buildRecordSummary(input: RecordSummaryInput): string {
  const t = TEXTS[input.locale];
  const lines = [
    t.heading,
    `${t.date}: ${formatClientDate(input.createdAt, input.locale)}`,
    '',
    `${t.activities}:`,
    ...input.activities.map(
      (activity, index) => `${index + 1}. ${activity.title}${activity.organization ? ` (${activity.organization})` : ''}`,
    ),
    '',
    `${t.steps}:`,
  ];
  const steps = stepLabels(input.stepCodes, input.locale);
  lines.push(...(steps.length ? steps.map((step) => `- ${step}`) : [`- ${t.noSteps}`]));
  lines.push(
    '',
    `${t.language}: ${t.languages[input.clientLanguage]}`,
    t.valid(formatClientDate(input.expiresAt, input.locale)),
  );
  return lines.join('\n');
}
