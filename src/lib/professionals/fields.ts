/**
 * The professionals' page as data: the six client fields Pohde's "Järjestöt tutuiksi"
 * onboarding sessions are organised by (source 002), and for each the kinds of activity
 * associations and parishes offer, each as a search (URL parameters of the search page),
 * so that the page can show live counts and link to the matching results.
 */

type Text = { fi: string; sv: string; en: string };
export type OfferQuery = Record<string, string | string[]>;

export interface Offer {
  label: Text;
  query: OfferQuery;
}

export interface ClientField {
  code: string;
  title: Text;
  intro: Text;
  /** Everything for the field, the section's "all" link. */
  query: OfferQuery;
  offers: readonly Offer[];
}

const FAMILIES: OfferQuery = { group: 'families-with-children' };
const YOUNG: OfferQuery = { age: ['teens', 'young-adults'] };
const SENIORS: OfferQuery = { age: 'seniors' };
const DISABILITY: OfferQuery = { group: 'disability' };

export const CLIENT_FIELDS: readonly ClientField[] = [
  {
    code: 'families',
    title: { fi: 'Lapsiperheiden kanssa työskenteleville', sv: 'För dig som arbetar med barnfamiljer', en: 'For those working with families with children' },
    intro: {
      fi: 'Perheet saavat järjestöiltä ja seurakunnilta seuraa, vertaistukea ja apua arkeen. Moni toiminta on maksutonta, eikä siihen tarvitse ilmoittautua.',
      sv: 'Familjer får sällskap, kamratstöd och hjälp i vardagen av föreningar och församlingar. Mycket av verksamheten är avgiftsfri och kräver ingen anmälan.',
      en: 'Associations and parishes offer families company, peer support and help with everyday life. Much of it is free, and often there is no need to sign up.',
    },
    query: FAMILIES,
    offers: [
      { label: { fi: 'Perhekahvilat ja muut kohtaamispaikat', sv: 'Familjecaféer och andra mötesplatser', en: 'Family cafés and other meeting places' }, query: { ...FAMILIES, type: 'recreation' } },
      { label: { fi: 'Kerhot ja ryhmät lapsille', sv: 'Klubbar och grupper för barn', en: 'Clubs and groups for children' }, query: { age: ['small-children', 'school-age'], type: 'groups-clubs' } },
      { label: { fi: 'Vertaistuki vanhemmille', sv: 'Kamratstöd för föräldrar', en: 'Peer support for parents' }, query: { ...FAMILIES, type: 'peer-support' } },
      { label: { fi: 'Arjen apu ja ruoka-apu', sv: 'Hjälp i vardagen och mathjälp', en: 'Help with everyday life and food aid' }, query: { ...FAMILIES, type: 'everyday-support' } },
      { label: { fi: 'Leirit ja retket', sv: 'Läger och utflykter', en: 'Camps and trips' }, query: { ...FAMILIES, type: 'camps-trips' } },
    ],
  },
  {
    code: 'young-people',
    title: { fi: 'Nuorten kanssa työskenteleville', sv: 'För dig som arbetar med unga', en: 'For those working with young people' },
    intro: {
      fi: 'Nuorille on harrastuksia, ryhmiä ja keskusteluapua myös verkossa. Järjestöt tukevat myös opiskelua ja työelämään siirtymistä.',
      sv: 'För unga finns hobbyer, grupper och samtalsstöd, också på nätet. Föreningarna stöder också studier och steget ut i arbetslivet.',
      en: 'For young people there are hobbies, groups and someone to talk to, online too. Associations also support studying and the step into working life.',
    },
    query: YOUNG,
    offers: [
      { label: { fi: 'Harrastukset', sv: 'Hobbyer', en: 'Hobbies' }, query: { ...YOUNG, type: 'hobbies' } },
      { label: { fi: 'Ryhmät ja kerhot', sv: 'Grupper och klubbar', en: 'Groups and clubs' }, query: { ...YOUNG, type: 'groups-clubs' } },
      { label: { fi: 'Keskusteluapu ja ohjaus', sv: 'Samtalsstöd och handledning', en: 'Someone to talk to, and guidance' }, query: { ...YOUNG, type: 'guidance-crisis' } },
      { label: { fi: 'Vertaistuki', sv: 'Kamratstöd', en: 'Peer support' }, query: { ...YOUNG, type: 'peer-support' } },
      { label: { fi: 'Tuki opiskeluun ja työhön', sv: 'Stöd för studier och arbete', en: 'Support for studies and work' }, query: { ...YOUNG, theme: 'work' } },
    ],
  },
  {
    code: 'health-care',
    title: { fi: 'Sote-keskuksissa ja sairaaloissa työskenteleville', sv: 'För dig som arbetar på social- och hälsocentraler och sjukhus', en: 'For those working in health and social care centres and hospitals' },
    intro: {
      fi: 'Kun asiakas tai potilas saa diagnoosin tai hoito päättyy, järjestöjen tieto, vertaistuki ja ryhmät auttavat jaksamaan ja palaamaan arkeen.',
      sv: 'När en klient eller patient får en diagnos eller när vården tar slut hjälper föreningarnas information, kamratstöd och grupper personen att orka och komma tillbaka till vardagen.',
      en: 'When a client or patient is diagnosed or care ends, the information, peer support and groups of associations help them cope and get back to everyday life.',
    },
    query: { stage: ['contact-professional', 'in-care', 'care-ends'] },
    offers: [
      { label: { fi: 'Tietoa ja sopeutumisvalmennusta sairauden kanssa elämiseen', sv: 'Information och anpassningsträning för livet med en sjukdom', en: 'Information and adjustment courses for living with an illness' }, query: { group: 'long-term-illness', type: 'courses-training' } },
      { label: { fi: 'Vertaistuki pitkäaikaissairaille', sv: 'Kamratstöd för långtidssjuka', en: 'Peer support for people with a long-term illness' }, query: { group: 'long-term-illness', type: 'peer-support' } },
      { label: { fi: 'Toimintakykyä tukevat ryhmät', sv: 'Grupper som stöder funktionsförmågan', en: 'Groups that support functional ability' }, query: { theme: 'physical-health', type: ['group-activity', 'groups-clubs'] } },
      { label: { fi: 'Tukea, kun hoito päättyy', sv: 'Stöd när vården tar slut', en: 'Support when care ends' }, query: { stage: 'care-ends' } },
      { label: { fi: 'Ystävä- ja tukihenkilötoiminta', sv: 'Vän- och stödpersonsverksamhet', en: 'Befriending and support persons' }, query: { type: 'befriending' } },
    ],
  },
  {
    code: 'older-people',
    title: { fi: 'Ikäihmisten kanssa työskenteleville', sv: 'För dig som arbetar med äldre', en: 'For those working with older people' },
    intro: {
      fi: 'Ikäihmisille on tarjolla seuraa, liikuntaa ja virkistystä. Ne tukevat kotona asumista ja ehkäisevät yksinäisyyttä. Myös omaishoitajat ja muistisairaiden läheiset saavat tukea.',
      sv: 'För äldre finns sällskap, motion och rekreation som stöder boendet hemma och förebygger ensamhet. Också närståendevårdare och anhöriga till personer med minnessjukdom får stöd.',
      en: 'Older people can find company, exercise and recreation that support living at home and prevent loneliness. Family carers and relatives of people with dementia get support too.',
    },
    query: SENIORS,
    offers: [
      { label: { fi: 'Ystävätoiminta', sv: 'Vänverksamhet', en: 'Befriending' }, query: { ...SENIORS, type: 'befriending' } },
      { label: { fi: 'Liikunta ja toimintakykyä tukevat ryhmät', sv: 'Motion och grupper som stöder funktionsförmågan', en: 'Exercise and groups that support functional ability' }, query: { ...SENIORS, theme: 'food-exercise-rest' } },
      { label: { fi: 'Kohtaamispaikat ja virkistys', sv: 'Mötesplatser och rekreation', en: 'Meeting places and recreation' }, query: { ...SENIORS, type: 'recreation' } },
      { label: { fi: 'Muistikahvilat ja tuki muistisairaiden läheisille', sv: 'Minneskaféer och stöd för anhöriga till personer med minnessjukdom', en: 'Memory cafés and support for relatives of people with dementia' }, query: { group: 'memory-disorders' } },
      { label: { fi: 'Tuki omaishoitajille', sv: 'Stöd för närståendevårdare', en: 'Support for family carers' }, query: { group: 'family-carers' } },
    ],
  },
  {
    code: 'disabled-people',
    title: { fi: 'Vammaisten henkilöiden kanssa työskenteleville', sv: 'För dig som arbetar med personer med funktionsnedsättning', en: 'For those working with disabled people' },
    intro: {
      fi: 'Vammaisjärjestöt tarjoavat vertaistukea, harrastuksia ja neuvontaa. Hakusivulla voit rajata toimintaa myös esteettömyyden mukaan.',
      sv: 'Handikapporganisationerna erbjuder kamratstöd, hobbyer och rådgivning. På söksidan kan du också avgränsa verksamheten efter tillgänglighet.',
      en: 'Disability organisations offer peer support, hobbies and advice. On the search page you can also filter activities by accessibility.',
    },
    query: DISABILITY,
    offers: [
      { label: { fi: 'Vertaistuki', sv: 'Kamratstöd', en: 'Peer support' }, query: { ...DISABILITY, type: 'peer-support' } },
      { label: { fi: 'Harrastukset ja ryhmät', sv: 'Hobbyer och grupper', en: 'Hobbies and groups' }, query: { ...DISABILITY, type: ['hobbies', 'groups-clubs'] } },
      { label: { fi: 'Neuvonta ja ohjaus', sv: 'Rådgivning och handledning', en: 'Advice and guidance' }, query: { ...DISABILITY, type: 'guidance-crisis' } },
      { label: { fi: 'Toiminta, jossa on esteetön kulku pyörätuolilla', sv: 'Verksamhet med tillgänglig entré för rullstol', en: 'Activities with wheelchair access' }, query: { access: 'wheelchair' } },
      { label: { fi: 'Toiminta, jossa on selkokielistä materiaalia', sv: 'Verksamhet med material på lättläst språk', en: 'Activities with easy-to-read material' }, query: { access: 'easy-read' } },
    ],
  },
  {
    code: 'mental-health-substances',
    title: { fi: 'Mielenterveys- ja päihdepalveluissa työskenteleville', sv: 'För dig som arbetar inom mentalvårds- och missbrukartjänster', en: 'For those working in mental health and substance abuse services' },
    intro: {
      fi: 'Keskusteluapu, vertaistuki ja matalan kynnyksen kohtaamispaikat tukevat toipumista hoidon rinnalla ja sen jälkeen. Moneen voi tulla nimettömänä.',
      sv: 'Samtalsstöd, kamratstöd och mötesplatser med låg tröskel stöder återhämtningen vid sidan av vården och efter den. Till många kan man komma anonymt.',
      en: 'Someone to talk to, peer support and low-threshold meeting places support recovery alongside care and after it. Many can be visited anonymously.',
    },
    query: { theme: ['mental-wellbeing', 'substances-addictions'] },
    offers: [
      { label: { fi: 'Keskusteluapu ja kriisiauttaminen', sv: 'Samtalsstöd och krishjälp', en: 'Someone to talk to, and crisis help' }, query: { theme: 'mental-wellbeing', type: 'guidance-crisis' } },
      { label: { fi: 'Vertaistuki mielenterveyskuntoutujille', sv: 'Kamratstöd för personer i psykiatrisk rehabilitering', en: 'Peer support for people in mental health recovery' }, query: { group: 'mental-health-rehab' } },
      { label: { fi: 'Päihteettömät kohtaamispaikat ja vertaistuki', sv: 'Drogfria mötesplatser och kamratstöd', en: 'Substance-free meeting places and peer support' }, query: { theme: 'substances-addictions', type: ['peer-support', 'recreation'] } },
      { label: { fi: 'Tuki elämänkriisissä', sv: 'Stöd i en livskris', en: 'Support in a life crisis' }, query: { group: 'life-crisis' } },
      { label: { fi: 'Tuki yksinäisyyttä kokeville', sv: 'Stöd för personer som känner sig ensamma', en: 'Support for people who feel lonely' }, query: { group: 'lonely' } },
    ],
  },
];
