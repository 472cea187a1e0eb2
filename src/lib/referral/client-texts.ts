/**
 * Texts of the client's referral page and PDF in the referral's language. Finnish and Swedish
 * come from the message files (namespace ReferralClient); English lives here, because the UI
 * itself has no English locale. The type keeps all three key-for-key equal.
 */
import fi from '../../../messages/fi.json';
import sv from '../../../messages/sv.json';
import type { ClientLanguage } from './occurrence-text';

export type ClientTexts = typeof fi.ReferralClient;

const en: ClientTexts = {
  metaTitle: 'Wellbeing referral',
  heading: 'Activities for you',
  intro: 'This page lists the activities you talked about with a professional. You can save the address of this page or print it.',
  createdOn: 'Referral made on {date}.',
  validUntil: 'This page is available until {date}.',
  messageHeading: 'A message for you',
  organizer: 'Organiser',
  when: 'When',
  nextTimes: 'Next times',
  noTimes: 'Ask the organiser about the times.',
  where: 'Where',
  online: 'Online',
  byPhone: 'By phone',
  remote: 'You can take part remotely.',
  howToJoin: 'How to join',
  registrationRequired: 'Sign up in advance.',
  noRegistration: 'No need to sign up. You can just come along.',
  signUpOnline: 'Sign up online',
  contacts: 'Contact details',
  email: 'Email',
  phone: 'Phone',
  web: 'Website',
  price: 'Price',
  free: 'Free of charge',
  notFree: 'There is a fee',
  endedNotice: 'This activity has ended. Ask the professional or the organiser whether there is something else instead.',
  archivedNotice: 'This activity is no longer listed in Polku. The details may be out of date.',
  removedTitle: 'Removed activity',
  removedNotice: 'This activity has been removed from Polku.',
  print: 'Print',
  downloadPdf: 'Download PDF',
  qrAlt: 'QR code that opens this page',
  qrCaption: 'Open this page on your phone by scanning the QR code or typing the address:',
  expiredTitle: 'This referral has expired',
  expiredText: 'This wellbeing referral is no longer available. You can search for activities in Polku yourself or ask a professional for a new referral.',
  notFoundTitle: 'Referral not found',
  notFoundText: 'Check the address. If the referral is old, it may already have been deleted.',
  searchLink: 'Search for activities in Polku (in Finnish and Swedish)',
  footer: 'Polku – wellbeing near you, North Ostrobothnia',
  mailSubject: 'Wellbeing referral',
  mailBody: 'Hello,\n\nThis link takes you to the activities we talked about:\n{url}\n\nThe link works until {date}.',
  pdfFileName: 'wellbeing-referral',
};

const TEXTS: Record<ClientLanguage, ClientTexts> = { fi: fi.ReferralClient, sv: sv.ReferralClient, en };

export function getClientTexts(language: ClientLanguage): ClientTexts {
  return TEXTS[language];
}

/** Fills `{name}` placeholders; these texts use no plural or select forms. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The date as people write it in the client's language: 12.3.2027, or 12 March 2027 in English. */
export function formatClientDate(date: Date, language: ClientLanguage): string {
  if (language === 'en') {
    return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  }
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Helsinki',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${Number(get('day'))}.${Number(get('month'))}.${get('year')}`;
}
