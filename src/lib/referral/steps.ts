/**
 * The referral guidance tool as data (source 004, "Miten ohjata yleishyödyllisen toiminnan
 * pariin"): four client groups and the recommended steps with the groups they apply to.
 * Codes are stable: referrals store the step codes the professional ticked.
 */
import type { Locale } from '@/i18n/routing';

export const CLIENT_GROUP_CODES = ['occasional-independent', 'occasional-supported', 'wide-independent', 'wide-supported'] as const;
export type ClientGroupCode = (typeof CLIENT_GROUP_CODES)[number];

export interface ClientGroup {
  code: ClientGroupCode;
  /** The letter in the source table, shown with the label so professionals recognise it. */
  sourceLetter: 'A' | 'B' | 'C' | 'D';
  /** The source table's column heading (source 004), for one client. */
  label: Record<Locale, string>;
}

export const CLIENT_GROUPS: readonly ClientGroup[] = [
  {
    code: 'occasional-independent',
    sourceLetter: 'A',
    label: {
      fi: 'Satunnaisia palveluja tarvitseva, palvelujärjestelmässä omatoimisesti toimiva asiakas',
      sv: 'Klient som behöver service då och då och klarar sig på egen hand i servicesystemet',
      en: 'Client who needs services now and then and manages in the service system on their own',
    },
  },
  {
    code: 'occasional-supported',
    sourceLetter: 'B',
    label: {
      fi: 'Satunnaisia palveluja tarvitseva, palvelujärjestelmässä toimimiseen tukea tarvitseva asiakas',
      sv: 'Klient som behöver service då och då och behöver stöd för att klara sig i servicesystemet',
      en: 'Client who needs services now and then and needs support to manage in the service system',
    },
  },
  {
    code: 'wide-independent',
    sourceLetter: 'C',
    label: {
      fi: 'Laaja-alaisesti tai paljon palveluja tarvitseva, palvelujärjestelmässä omatoimisesti toimiva asiakas',
      sv: 'Klient som behöver mångsidig eller mycket service och klarar sig på egen hand i servicesystemet',
      en: 'Client who needs wide-ranging or many services and manages in the service system on their own',
    },
  },
  {
    code: 'wide-supported',
    sourceLetter: 'D',
    label: {
      fi: 'Laaja-alaisesti tai paljon palveluja tarvitseva, palvelujärjestelmässä toimimiseen tukea tarvitseva asiakas',
      sv: 'Klient som behöver mångsidig eller mycket service och behöver stöd för att klara sig i servicesystemet',
      en: 'Client who needs wide-ranging or many services and needs support to manage in the service system',
    },
  },
];

export interface GuidanceStep {
  code: string;
  groups: readonly ClientGroupCode[];
  label: Record<Locale, string>;
  /** Shown when the basket is empty or nothing suitable was found. */
  whenNothingFits?: boolean;
}

const ALL: readonly ClientGroupCode[] = CLIENT_GROUP_CODES;
const NEEDS_HELP: readonly ClientGroupCode[] = ['occasional-supported', 'wide-supported'];

export const GUIDANCE_STEPS: readonly GuidanceStep[] = [
  {
    code: 'bring-up-activities',
    groups: ALL,
    label: {
      fi: 'Ota järjestöjen ja seurakuntien toiminta puheeksi asiakkaan kanssa',
      sv: 'Ta upp föreningarnas och församlingarnas verksamhet med klienten',
      en: 'Bring up the activities of associations and parishes with the client',
    },
  },
  {
    code: 'search-together',
    groups: ALL,
    label: {
      fi: 'Etsikää yhdessä sopivaa tukea tai toimintaa ja tulosta aineisto asiakkaalle',
      sv: 'Sök tillsammans efter lämpligt stöd eller lämplig verksamhet och skriv ut materialet åt klienten',
      en: 'Search together for suitable support or activities and print the material for the client',
    },
  },
  {
    code: 'contact-organiser-together',
    groups: NEEDS_HELP,
    label: {
      fi: 'Soittakaa tai lähettäkää viesti järjestäjälle yhdessä ja kysykää lisätietoja',
      sv: 'Ring eller skriv till arrangören tillsammans och be om mer information',
      en: 'Call or message the organiser together and ask for more information',
    },
  },
  {
    code: 'help-sign-up',
    groups: NEEDS_HELP,
    label: {
      fi: 'Auta asiakasta ilmoittautumaan toimintaan',
      sv: 'Hjälp klienten att anmäla sig till verksamheten',
      en: 'Help the client sign up for the activity',
    },
  },
  {
    code: 'association-adviser',
    groups: ALL,
    whenNothingFits: true,
    label: {
      fi: 'Jos sopivaa toimintaa ei löydy, ota yhteyttä järjestöneuvojaan tai sairaalassa OLKA-toimintaan. He auttavat löytämään sopivaa toimintaa.',
      sv: 'Om ingen lämplig verksamhet hittas, kontakta en organisationsrådgivare (järjestöneuvoja) eller OLKA på sjukhuset. De hjälper till att hitta lämplig verksamhet.',
      en: 'If no suitable activity is found, contact an association adviser (järjestöneuvoja) or, in hospital, the OLKA service. They help find a suitable activity.',
    },
  },
  {
    code: 'online-conversation-support',
    groups: NEEDS_HELP,
    whenNothingFits: true,
    label: {
      fi: 'Jos sopivaa keskusteluapua ei löydy, tutustukaa yhdessä valtakunnallisiin verkossa toimiviin keskusteluapupalveluihin',
      sv: 'Om inget lämpligt samtalsstöd hittas, titta tillsammans på nationella samtalsstödtjänster på nätet',
      en: 'If no suitable conversation support is found, look together at national online conversation-support services',
    },
  },
  {
    code: 'contact-representative',
    groups: NEEDS_HELP,
    label: {
      fi: 'Ota asiakkaan luvalla yhteyttä järjestön tai seurakunnan edustajaan tai kutsu hänet asiakkaan vastaanotolle',
      sv: 'Kontakta med klientens samtycke en företrädare för föreningen eller församlingen, eller bjud in hen till klientens besök',
      en: 'With the client’s consent, contact a representative of the association or parish, or invite them to the client’s appointment',
    },
  },
  {
    code: 'accompany',
    groups: NEEDS_HELP,
    label: {
      fi: 'Lähde asiakkaan mukaan tutustumaan toimintaan',
      sv: 'Följ med klienten för att bekanta sig med verksamheten',
      en: 'Go with the client to get to know the activity',
    },
  },
  {
    code: 'record-guidance',
    groups: ALL,
    label: {
      fi: 'Kirjaa annettu ohjaus, toimenpiteet ja suunnitelmat asiakas- ja potilastietoihin',
      sv: 'Dokumentera handledningen, åtgärderna och planerna i klient- och patientjournalen',
      en: 'Record the guidance given, the actions and the plans in the client and patient record',
    },
  },
];

export const STEP_CODES: readonly string[] = GUIDANCE_STEPS.map((step) => step.code);

export function isStepCode(code: string): boolean {
  return STEP_CODES.includes(code);
}

export function stepsForGroup(group: ClientGroupCode): GuidanceStep[] {
  return GUIDANCE_STEPS.filter((step) => step.groups.includes(group));
}

/** The other groups that get exactly the same steps (A and C, B and D in the source table). */
export function groupsWithSameSteps(group: ClientGroupCode): ClientGroup[] {
  const key = (code: ClientGroupCode) => stepsForGroup(code).map((step) => step.code).join(' ');
  return CLIENT_GROUPS.filter((other) => other.code !== group && key(other.code) === key(group));
}

export function clientGroup(code: ClientGroupCode): ClientGroup {
  return CLIENT_GROUPS.find((group) => group.code === code)!;
}

export function stepsWhenNothingFits(): GuidanceStep[] {
  return GUIDANCE_STEPS.filter((step) => step.whenNothingFits);
}

/** Labels of known step codes in the given order of the step list, unknown codes skipped. */
export function stepLabels(codes: readonly string[], locale: Locale): string[] {
  const wanted = new Set(codes);
  return GUIDANCE_STEPS.filter((step) => wanted.has(step.code)).map((step) => step.label[locale]);
}
