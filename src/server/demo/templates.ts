import 'server-only';

/**
 * Building blocks of the demo catalogue: activity templates in Finnish, Swedish and
 * English, plus the small phrase lists that give the generated texts variety.
 * Every code here must exist in prisma/data; the factory checks that on start.
 */

export type Text3 = readonly [fi: string, sv: string, en: string];
export type ProviderType = 'ASSOCIATION' | 'PARISH' | 'POHDE' | 'MUNICIPALITY';
export type TemplateMode = 'place' | 'online' | 'phone' | 'hybrid';
export type TemplateSchedule =
  | 'weekly'
  | 'biweekly'
  | 'monthly'
  | 'daily'
  | 'course'
  | 'oneoff'
  | 'camp'
  | 'period';
export type ImageKey =
  | 'coffee'
  | 'walking'
  | 'food'
  | 'family'
  | 'youth'
  | 'nature'
  | 'group'
  | 'phone'
  | 'course'
  | 'camp'
  | 'music'
  | 'gym'
  | 'reading';

export interface ActivityTemplate {
  /** Base of the slug, ASCII. */
  key: string;
  titles: readonly Text3[];
  summary: Text3;
  body: Text3;
  themes: readonly string[];
  stages: readonly string[];
  types: readonly string[];
  ages: readonly string[];
  special?: readonly string[];
  providers: readonly ProviderType[];
  mode: TemplateMode;
  schedule: TemplateSchedule;
  /** Local start and end times to choose from. */
  slots: readonly (readonly [string, string])[];
  /** Probability that the activity is free of charge. */
  free: number;
  price?: Text3;
  registration: boolean;
  image: ImageKey;
  /** Relative frequency in the catalogue. */
  weight: number;
  /** Languages the activity may also be held in, besides the text languages. */
  extraLanguages?: readonly string[];
}

const morning = [['09:30', '11:00'], ['10:00', '11:30'], ['10:00', '12:00']] as const;
const afternoon = [['12:30', '14:00'], ['13:00', '14:30'], ['14:00', '15:30']] as const;
const evening = [['17:00', '18:30'], ['17:30', '19:00'], ['18:00', '19:30'], ['18:00', '20:00']] as const;

export const activityTemplates: readonly ActivityTemplate[] = [
  {
    key: 'muistikahvila',
    titles: [
      ['Muistikahvila', 'Minneskafé', 'Memory café'],
      ['Muistikahvila muistisairaille ja läheisille', 'Minneskafé för personer med minnessjukdom och deras närstående', 'Memory café for people with memory disorders and their families'],
    ],
    summary: ['Rento kahvihetki muistisairaille ja heidän läheisilleen.', 'En avslappnad kaffestund för personer med minnessjukdom och deras närstående.', 'A relaxed coffee hour for people with memory disorders and their families.'],
    body: ['Muistikahvilassa jutellaan, lauletaan ja vaihdetaan kuulumisia. Paikalla on muistiasioihin perehtynyt ohjaaja, jolta voi kysyä neuvoa.', 'På minneskaféet pratar vi, sjunger och byter nyheter. En handledare som kan minnesfrågor är på plats och svarar på frågor.', 'At the memory café we chat, sing and catch up. A counsellor who knows about memory issues is there to answer questions.'],
    themes: ['mental-wellbeing', 'relationships-participation'], stages: ['worry-arises', 'in-care'],
    types: ['peer-support', 'recreation'], ages: ['adults', 'seniors'], special: ['memory-disorders', 'family-carers'],
    providers: ['ASSOCIATION', 'PARISH'], mode: 'place', schedule: 'monthly', slots: afternoon, free: 0.9,
    price: ['Kahvi 2 €.', 'Kaffe 2 €.', 'Coffee €2.'], registration: false, image: 'coffee', weight: 4,
  },
  {
    key: 'omaishoitajien-vertaisryhma',
    titles: [
      ['Omaishoitajien vertaisryhmä', 'Kamratgrupp för närståendevårdare', 'Peer group for family carers'],
      ['Omaishoitajien olohuone', 'Vardagsrum för närståendevårdare', "Family carers' living room"],
    ],
    summary: ['Vertaistukea ja jaksamista omaista tai läheistä hoitaville.', 'Kamratstöd och ork för dig som vårdar en anhörig eller närstående.', 'Peer support and strength for people caring for a relative or someone close.'],
    body: ['Ryhmässä voit puhua arjestasi ihmisten kanssa, jotka tietävät, millaista omaishoitajan elämä on. Saat myös tietoa tuista ja palveluista.', 'I gruppen kan du tala om din vardag med människor som vet hur livet som närståendevårdare är. Du får också information om stöd och tjänster.', 'In the group you can talk about your everyday life with people who know what being a family carer is like. You also get information about support and services.'],
    themes: ['mental-wellbeing', 'relationships-participation'], stages: ['in-care', 'contact-professional'],
    types: ['peer-support', 'group-activity'], ages: ['adults', 'seniors'], special: ['family-carers'],
    providers: ['ASSOCIATION', 'PARISH'], mode: 'place', schedule: 'biweekly', slots: [...afternoon, ...evening], free: 1,
    registration: false, image: 'group', weight: 4,
  },
  {
    key: 'omaishoitajien-virkistyspaiva',
    titles: [
      ['Omaishoitajien virkistyspäivä', 'Rekreationsdag för närståendevårdare', 'Respite day for family carers'],
      ['Hengähdystauko omaishoitajille', 'Andrum för närståendevårdare', 'A breather for family carers'],
    ],
    summary: ['Päivä omaa aikaa, hyvää ruokaa ja mukavaa seuraa omaishoitajille.', 'En dag med egen tid, god mat och trevligt sällskap för närståendevårdare.', 'A day of time for yourself, good food and pleasant company for family carers.'],
    body: ['Ohjelmassa on lounas, rentoutusta ja yhteistä tekemistä. Voit kysyä meiltä, miten läheisesi hoito järjestyy päivän ajaksi.', 'Programmet innehåller lunch, avslappning och gemensamma aktiviteter. Fråga oss hur vården av din närstående kan ordnas under dagen.', 'The programme includes lunch, relaxation and doing things together. Ask us how care for your loved one can be arranged for the day.'],
    themes: ['leisure-culture', 'mental-wellbeing'], stages: ['in-care', 'everyday-works'],
    types: ['recreation', 'events-lectures'], ages: ['adults', 'seniors'], special: ['family-carers'],
    providers: ['ASSOCIATION', 'PARISH', 'POHDE'], mode: 'place', schedule: 'oneoff', slots: [['10:00', '15:00'], ['11:00', '16:00']], free: 0.4,
    price: ['Omavastuuosuus 15 €, sisältää lounaan.', 'Självriskandel 15 €, inklusive lunch.', 'Contribution €15, lunch included.'], registration: true, image: 'coffee', weight: 2,
  },
  {
    key: 'kavelyryhma',
    titles: [
      ['Kävelyryhmä', 'Promenadgrupp', 'Walking group'],
      ['Kävellen kuntoon – ulkoiluryhmä', 'Promenera dig i form – utegrupp', 'Walk yourself fit – outdoor group'],
      ['Sauvakävelyryhmä', 'Stavgångsgrupp', 'Nordic walking group'],
    ],
    summary: ['Kävelemme yhdessä omaan tahtiin ja juttelemme samalla.', 'Vi promenerar tillsammans i egen takt och pratar samtidigt.', 'We walk together at our own pace and chat along the way.'],
    body: ['Lenkki kestää noin tunnin, ja reitti valitaan porukan mukaan. Pue säähän sopivat vaatteet ja hyvät kengät.', 'Rundan tar ungefär en timme och rutten väljs efter gruppen. Klä dig efter vädret och ta bra skor.', 'The walk takes about an hour and the route is chosen to suit the group. Dress for the weather and wear good shoes.'],
    themes: ['food-exercise-rest', 'physical-health'], stages: ['all-well-at-home', 'everyday-works'],
    types: ['group-activity', 'hobbies'], ages: ['adults', 'seniors'],
    providers: ['ASSOCIATION', 'MUNICIPALITY', 'PARISH'], mode: 'place', schedule: 'weekly', slots: [...morning, ...evening], free: 1,
    registration: false, image: 'walking', weight: 5,
  },
  {
    key: 'ruoka-apu',
    titles: [
      ['Ruoka-apu', 'Mathjälp', 'Food aid'],
      ['Ruokajakelu', 'Matutdelning', 'Food distribution'],
      ['Yhteinen ateria ja ruoka-apu', 'Gemensam måltid och mathjälp', 'Shared meal and food aid'],
    ],
    summary: ['Ruokakasseja ja yhteinen ateria niille, joilla rahat ovat tiukalla.', 'Matkassar och en gemensam måltid för dig som har det knappt med pengar.', 'Food bags and a shared meal for people who are short of money.'],
    body: ['Jaamme kauppojen ylijäämäruokaa. Jakoon ei tarvitse ilmoittautua eikä tuloja kysytä. Ota oma kassi mukaan.', 'Vi delar ut överskottsmat från butiker. Du behöver inte anmäla dig och vi frågar inte om dina inkomster. Ta med en egen kasse.', 'We hand out surplus food from shops. No need to sign up, and we do not ask about your income. Bring your own bag.'],
    themes: ['money'], stages: ['worry-arises', 'contact-professional'],
    types: ['everyday-support'], ages: ['young-adults', 'adults', 'seniors'], special: ['unemployed', 'reduced-capacity-social'],
    providers: ['PARISH', 'ASSOCIATION'], mode: 'place', schedule: 'weekly', slots: [['10:00', '12:00'], ['12:00', '14:00']], free: 1,
    registration: false, image: 'food', weight: 4,
  },
  {
    key: 'velkaneuvonta',
    titles: [
      ['Velka- ja raha-asioiden neuvonta', 'Rådgivning om skulder och pengar', 'Debt and money advice'],
      ['Talousneuvonta puhelimessa', 'Ekonomisk rådgivning per telefon', 'Money advice by phone'],
    ],
    summary: ['Maksutonta apua, kun laskut kasautuvat tai velat huolettavat.', 'Avgiftsfri hjälp när räkningarna hopar sig eller skulderna oroar.', 'Free help when bills pile up or debts worry you.'],
    body: ['Käymme yhdessä läpi tilanteesi ja mietimme, mistä aloittaa. Neuvonta on luottamuksellista, eikä sinun tarvitse tietää etukäteen, mitä kysyä.', 'Vi går tillsammans igenom din situation och funderar på var du kan börja. Rådgivningen är konfidentiell och du behöver inte veta i förväg vad du ska fråga.', 'We go through your situation together and work out where to start. The advice is confidential, and you do not need to know in advance what to ask.'],
    themes: ['money'], stages: ['worry-arises', 'contact-professional'],
    types: ['guidance-crisis'], ages: ['young-adults', 'adults', 'seniors'],
    providers: ['ASSOCIATION', 'MUNICIPALITY'], mode: 'hybrid', schedule: 'period', slots: morning, free: 1,
    registration: true, image: 'reading', weight: 3,
  },
  {
    key: 'perhekahvila',
    titles: [
      ['Perhekahvila', 'Familjecafé', 'Family café'],
      ['Avoin perhekahvila', 'Öppet familjecafé', 'Open family café'],
    ],
    summary: ['Kohtaamispaikka vauvaperheille ja pienten lasten vanhemmille.', 'En mötesplats för bebisfamiljer och föräldrar med små barn.', 'A meeting place for families with babies and young children.'],
    body: ['Lapset leikkivät ja aikuiset juovat kahvia ja vaihtavat kuulumisia. Tarjolla on välipalaa pientä maksua vastaan. Ovi on auki kaikille.', 'Barnen leker medan de vuxna dricker kaffe och pratar. Mellanmål finns mot en liten avgift. Dörren är öppen för alla.', 'Children play while the adults have coffee and catch up. Snacks are available for a small fee. Everyone is welcome.'],
    themes: ['relationships-participation', 'learning-growth'], stages: ['all-well-at-home'],
    types: ['recreation', 'groups-clubs'], ages: ['babies', 'small-children', 'adults'], special: ['families-with-children'],
    providers: ['PARISH', 'ASSOCIATION', 'MUNICIPALITY'], mode: 'place', schedule: 'weekly', slots: morning, free: 0.8,
    price: ['Välipala 1 €.', 'Mellanmål 1 €.', 'Snack €1.'], registration: false, image: 'family', weight: 4,
  },
  {
    key: 'vauvamuskari',
    titles: [['Vauvamuskari', 'Babyrytmik', 'Baby music group'], ['Laulu- ja loruhetki vauvoille', 'Sång- och ramsstund för bebisar', 'Songs and rhymes for babies']],
    summary: ['Laulua, loruja ja liikettä vauvoille ja heidän aikuisilleen.', 'Sång, ramsor och rörelse för bebisar och deras vuxna.', 'Songs, rhymes and movement for babies and their grown-ups.'],
    body: ['Muskari sopii noin 3–12 kuukauden ikäisille vauvoille. Hetki kestää puoli tuntia, ja sen jälkeen voi jäädä juttelemaan.', 'Rytmiken passar bebisar i åldern cirka 3–12 månader. Stunden tar en halvtimme och efteråt kan du stanna och prata.', 'The group suits babies aged about 3–12 months. It lasts half an hour, and you can stay and chat afterwards.'],
    themes: ['leisure-culture', 'learning-growth'], stages: ['all-well-at-home'],
    types: ['hobbies', 'groups-clubs'], ages: ['babies'], special: ['families-with-children'],
    providers: ['PARISH', 'MUNICIPALITY', 'ASSOCIATION'], mode: 'place', schedule: 'course', slots: morning, free: 0.6,
    price: ['Kausimaksu 25 €.', 'Terminsavgift 25 €.', 'Term fee €25.'], registration: true, image: 'music', weight: 2,
  },
  {
    key: 'nuorten-ilta',
    titles: [['Nuorten avoin ilta', 'Öppen kväll för unga', 'Open evening for young people'], ['Nuorisotalon iltavuoro', 'Kvällsöppet på ungdomsgården', 'Youth centre open evening']],
    summary: ['Paikka hengailla, pelata ja jutella turvallisen aikuisen kanssa.', 'En plats att hänga, spela och prata med en trygg vuxen.', 'A place to hang out, play games and talk with a trusted adult.'],
    body: ['Tule yksin tai kavereiden kanssa. Voit pelata, tehdä läksyjä tai vain olla. Ohjaajalle voi puhua myös asioista, jotka mietityttävät.', 'Kom ensam eller med kompisar. Du kan spela, göra läxor eller bara vara. Du kan också prata med ledaren om saker som du funderar på.', 'Come alone or with friends. You can play games, do homework or just be. You can also talk to the youth worker about things on your mind.'],
    themes: ['relationships-participation', 'leisure-culture'], stages: ['all-well-at-home', 'worry-arises'],
    types: ['recreation'], ages: ['teens'],
    providers: ['MUNICIPALITY', 'PARISH', 'ASSOCIATION'], mode: 'place', schedule: 'weekly', slots: evening, free: 1,
    registration: false, image: 'youth', weight: 4,
  },
  {
    key: 'sururyhma',
    titles: [['Sururyhmä', 'Sorggrupp', 'Grief group'], ['Sururyhmä läheisensä menettäneille', 'Sorggrupp för dig som mist en närstående', 'Grief group for the bereaved']],
    summary: ['Pienryhmä, jossa voit käsitellä menetystä muiden samaa kokeneiden kanssa.', 'En liten grupp där du kan bearbeta förlusten tillsammans med andra som varit med om samma sak.', 'A small group where you can work through your loss with others who have been through the same.'],
    body: ['Ryhmä kokoontuu kahdeksan kertaa. Sitä ohjaa kaksi koulutettua ohjaajaa, ja kaikki mitä ryhmässä kerrotaan, jää ryhmään.', 'Gruppen träffas åtta gånger. Den leds av två utbildade ledare och allt som sägs i gruppen stannar i gruppen.', 'The group meets eight times. It is led by two trained leaders, and everything said in the group stays in the group.'],
    themes: ['mental-wellbeing'], stages: ['worry-arises', 'care-ends'],
    types: ['peer-support', 'group-activity'], ages: ['young-adults', 'adults', 'seniors'], special: ['bereaved', 'life-crisis'],
    providers: ['PARISH', 'ASSOCIATION'], mode: 'place', schedule: 'course', slots: evening, free: 1,
    registration: true, image: 'group', weight: 3,
  },
  {
    key: 'kielikahvila',
    titles: [['Kielikahvila', 'Språkcafé', 'Language café'], ['Suomen kielen kielikahvila', 'Språkcafé på finska', 'Finnish language café']],
    summary: ['Harjoittele suomea rennosti kahvikupin ääressä.', 'Öva finska i lugn och ro över en kopp kaffe.', 'Practise Finnish in a relaxed way over a cup of coffee.'],
    body: ['Puhumme arkisista asioista selkeällä suomella. Kaikki tasot ovat tervetulleita, myös aivan aloittelijat. Vapaaehtoiset auttavat tarvittaessa.', 'Vi pratar om vardagliga saker på tydlig finska. Alla nivåer är välkomna, också nybörjare. Frivilliga hjälper till vid behov.', 'We talk about everyday things in clear Finnish. All levels are welcome, including complete beginners. Volunteers help when needed.'],
    themes: ['learning-growth', 'relationships-participation'], stages: ['all-well-at-home'],
    types: ['recreation', 'courses-training'], ages: ['young-adults', 'adults'], special: ['immigrants'],
    providers: ['ASSOCIATION', 'MUNICIPALITY', 'PARISH'], mode: 'place', schedule: 'weekly', slots: [...afternoon, ...evening], free: 1,
    registration: false, image: 'coffee', weight: 3, extraLanguages: ['uk', 'ar', 'ru', 'so', 'fa', 'ku', 'th', 'et'],
  },
  {
    key: 'digiapu',
    titles: [['Digiapua ikäihmisille', 'Digihjälp för äldre', 'Digital help for older people'], ['Digitupa – apua puhelimen ja tabletin käyttöön', 'Digistuga – hjälp med telefon och surfplatta', 'Digi corner – help with phones and tablets']],
    summary: ['Apua älypuhelimen, tabletin ja verkkopalvelujen käyttöön.', 'Hjälp med smarttelefon, surfplatta och nättjänster.', 'Help with smartphones, tablets and online services.'],
    body: ['Ota oma laite mukaan. Opastamme esimerkiksi Omakannan, pankkitunnusten ja videopuheluiden käytössä. Kiirettä ei ole, ja tyhmiä kysymyksiä ei ole.', 'Ta med din egen apparat. Vi hjälper dig till exempel med Mina Kanta-sidor, bankkoder och videosamtal. Det är ingen brådska och det finns inga dumma frågor.', 'Bring your own device. We help with things like My Kanta, online banking codes and video calls. There is no rush and no question is silly.'],
    themes: ['learning-growth'], stages: ['digital-channels', 'all-well-at-home'],
    types: ['everyday-support', 'courses-training'], ages: ['seniors'],
    providers: ['ASSOCIATION', 'MUNICIPALITY', 'PARISH'], mode: 'place', schedule: 'weekly', slots: [...morning, ...afternoon], free: 1,
    registration: false, image: 'reading', weight: 3,
  },
  {
    key: 'viittomakielinen-kahvila',
    titles: [['Viittomakielinen kahvila', 'Teckenspråkigt kafé', 'Sign language café']],
    summary: ['Kahvihetki viittomakielisille ja viittomakielestä kiinnostuneille.', 'En kaffestund för teckenspråkiga och alla som är intresserade av teckenspråk.', 'A coffee hour for sign language users and anyone interested in sign language.'],
    body: ['Kahvilassa keskustellaan suomalaisella viittomakielellä. Mukaan voi tulla myös opettelemaan, ja paikalla on tarvittaessa tulkki.', 'På kaféet samtalar vi på finskt teckenspråk. Du kan också komma för att lära dig, och en tolk finns på plats vid behov.', 'At the café we talk in Finnish Sign Language. You can also come to learn, and an interpreter is there when needed.'],
    themes: ['relationships-participation'], stages: ['all-well-at-home'],
    types: ['recreation'], ages: ['adults', 'seniors'], special: ['disability'],
    providers: ['ASSOCIATION'], mode: 'place', schedule: 'monthly', slots: afternoon, free: 1,
    registration: false, image: 'coffee', weight: 1, extraLanguages: ['fse'],
  },
  {
    key: 'kriisipuhelin',
    titles: [['Kriisipuhelin', 'Kristelefon', 'Crisis phone line'], ['Keskusteluapua puhelimessa', 'Samtalsstöd per telefon', 'Someone to talk to by phone']],
    summary: ['Voit soittaa, kun mieli on raskas tai elämä on yllättäen mennyt sekaisin.', 'Du kan ringa när du mår tungt eller när livet plötsligt har vänts upp och ner.', 'You can call when you feel low or when life has suddenly been turned upside down.'],
    body: ['Puhelimeen vastaavat koulutetut vapaaehtoiset ja ammattilaiset. Voit soittaa nimettömänä. Hätätilanteessa soita aina 112.', 'Telefonen besvaras av utbildade frivilliga och yrkespersoner. Du kan ringa anonymt. I en nödsituation ska du alltid ringa 112.', 'Calls are answered by trained volunteers and professionals. You can call anonymously. In an emergency, always call 112.'],
    themes: ['mental-wellbeing', 'safety'], stages: ['worry-arises', 'digital-channels'],
    types: ['guidance-crisis'], ages: ['teens', 'young-adults', 'adults', 'seniors'], special: ['life-crisis'],
    providers: ['ASSOCIATION'], mode: 'phone', schedule: 'daily', slots: [['16:00', '22:00'], ['17:00', '21:00']], free: 1,
    registration: false, image: 'phone', weight: 1,
  },
  {
    key: 'nuorten-chat',
    titles: [['Chat-keskusteluapu nuorille', 'Chatt för unga', 'Chat support for young people']],
    summary: ['Nimetön chat, jossa voit kirjoittaa mistä tahansa mieltä painavasta.', 'En anonym chatt där du kan skriva om vad som helst som tynger dig.', 'An anonymous chat where you can write about anything that weighs on your mind.'],
    body: ['Chatissa vastaavat nuorten kanssa työtä tekevät aikuiset. Et tarvitse tunnuksia, eikä keskustelua tallenneta nimelläsi.', 'I chatten svarar vuxna som arbetar med unga. Du behöver inga koder och samtalet sparas inte med ditt namn.', 'The chat is answered by adults who work with young people. You need no account, and the conversation is not stored under your name.'],
    themes: ['mental-wellbeing'], stages: ['digital-channels', 'worry-arises'],
    types: ['guidance-crisis', 'peer-support'], ages: ['teens', 'young-adults'],
    providers: ['ASSOCIATION', 'PARISH'], mode: 'online', schedule: 'weekly', slots: evening, free: 1,
    registration: false, image: 'phone', weight: 1,
  },
  {
    key: 'ystavatoiminta',
    titles: [['Ystävätoiminta', 'Vänverksamhet', 'Befriending'], ['Ystävä ikäihmiselle', 'En vän för en äldre person', 'A friend for an older person']],
    summary: ['Saat vapaaehtoisen ystävän, joka tulee kylään tai lähtee kanssasi ulos.', 'Du får en frivillig vän som kommer på besök eller följer med dig ut.', 'You get a volunteer friend who visits you or comes out with you.'],
    body: ['Ystävä on koulutettu vapaaehtoinen, joka sitoutuu tapaamaan sinua säännöllisesti. Kerro meille, millaista seuraa toivot, niin etsimme sopivan parin.', 'Vännen är en utbildad frivillig som förbinder sig att träffa dig regelbundet. Berätta vilket slags sällskap du önskar, så letar vi upp en lämplig vän.', 'The friend is a trained volunteer who commits to meeting you regularly. Tell us what kind of company you would like, and we will find a good match.'],
    themes: ['relationships-participation'], stages: ['everyday-works', 'all-well-at-home'],
    types: ['befriending'], ages: ['seniors', 'adults'], special: ['lonely'],
    providers: ['ASSOCIATION', 'PARISH'], mode: 'place', schedule: 'period', slots: morning, free: 1,
    registration: true, image: 'walking', weight: 3,
  },
  {
    key: 'tukihenkilo-nuorelle',
    titles: [['Tukihenkilö nuorelle', 'Stödperson för unga', 'Support person for young people']],
    summary: ['Aikuinen tukihenkilö kulkee rinnalla, kun elämässä on vaikeaa.', 'En vuxen stödperson går vid din sida när livet känns svårt.', 'An adult support person walks alongside you when life is hard.'],
    body: ['Tukihenkilö on koulutettu vapaaehtoinen. Tapaatte sovitusti esimerkiksi kerran viikossa ja teette yhdessä asioita, joista pidät.', 'Stödpersonen är en utbildad frivillig. Ni träffas enligt överenskommelse, till exempel en gång i veckan, och gör saker som du tycker om.', 'The support person is a trained volunteer. You meet as agreed, for example once a week, and do things you enjoy.'],
    themes: ['relationships-participation', 'mental-wellbeing'], stages: ['worry-arises', 'care-ends'],
    types: ['befriending'], ages: ['school-age', 'teens'],
    providers: ['ASSOCIATION', 'MUNICIPALITY'], mode: 'place', schedule: 'period', slots: afternoon, free: 1,
    registration: true, image: 'youth', weight: 2,
  },
  {
    key: 'paihteettomien-vertaisryhma',
    titles: [['Päihteettömien vertaisryhmä', 'Kamratgrupp för ett liv utan rusmedel', 'Peer group for a life without substances'], ['Raitis olohuone', 'Nyktert vardagsrum', 'Sober living room']],
    summary: ['Vertaistukea päihteettömään arkeen, ilman ajanvarausta.', 'Kamratstöd för en vardag utan rusmedel, utan tidsbokning.', 'Peer support for everyday life without substances, no appointment needed.'],
    body: ['Ryhmässä kuunnellaan ja jaetaan kokemuksia. Voit tulla myös, jos vasta mietit omaa käyttöäsi. Tilaan tullaan päihteettömänä.', 'I gruppen lyssnar vi och delar erfarenheter. Du kan också komma om du först nu funderar på ditt eget bruk. Man kommer nykter till lokalen.', 'In the group we listen and share experiences. You can also come if you are only starting to think about your own use. Please come sober.'],
    themes: ['substances-addictions'], stages: ['in-care', 'care-ends'],
    types: ['peer-support'], ages: ['young-adults', 'adults'], special: ['substance-recovery'],
    providers: ['ASSOCIATION', 'PARISH'], mode: 'place', schedule: 'weekly', slots: evening, free: 1,
    registration: false, image: 'group', weight: 2,
  },
  {
    key: 'rahapelaajien-laheisten-ryhma',
    titles: [['Rahapelaajien läheisten verkkoryhmä', 'Nätgrupp för anhöriga till personer som spelar om pengar', 'Online group for family of people who gamble']],
    summary: ['Vertaistukea verkossa, kun läheisen pelaaminen huolettaa.', 'Kamratstöd på nätet när en närståendes spelande oroar dig.', "Online peer support when someone close to you gambles."],
    body: ['Ryhmä kokoontuu videoyhteydellä joka toinen viikko. Linkin saat ilmoittautuessasi. Voit osallistua myös ilman kameraa.', 'Gruppen träffas via videolänk varannan vecka. Du får länken när du anmäler dig. Du kan också delta utan kamera.', 'The group meets by video call every other week. You get the link when you sign up. You can also take part without a camera.'],
    themes: ['substances-addictions', 'money'], stages: ['digital-channels', 'worry-arises'],
    types: ['peer-support'], ages: ['adults'],
    providers: ['ASSOCIATION'], mode: 'online', schedule: 'biweekly', slots: evening, free: 1,
    registration: true, image: 'phone', weight: 1,
  },
  {
    key: 'kuntosaliryhma',
    titles: [['Kuntosaliryhmä ikäihmisille', 'Gymgrupp för äldre', 'Gym group for older people'], ['Voimaa vanhuuteen -kuntosalivuoro', 'Styrka för äldre – gympass', 'Strength in old age – gym session']],
    summary: ['Ohjattua lihaskuntoharjoittelua omaan tahtiin.', 'Handledd styrketräning i egen takt.', 'Guided strength training at your own pace.'],
    body: ['Ohjaaja neuvoo laitteiden käytössä ja tekee sinulle sopivan ohjelman. Lihasvoima auttaa pysymään liikkeellä ja ehkäisee kaatumisia.', 'Handledaren visar hur apparaterna fungerar och gör ett program som passar dig. Muskelstyrka hjälper dig att röra dig och förebygger fall.', 'The instructor shows you how to use the equipment and makes a programme that suits you. Muscle strength keeps you moving and helps prevent falls.'],
    themes: ['physical-health', 'food-exercise-rest'], stages: ['everyday-works', 'care-ends'],
    types: ['group-activity'], ages: ['seniors'],
    providers: ['MUNICIPALITY', 'ASSOCIATION'], mode: 'place', schedule: 'weekly', slots: [...morning, ...afternoon], free: 0.3,
    price: ['Kausimaksu 30 €.', 'Terminsavgift 30 €.', 'Term fee €30.'], registration: true, image: 'gym', weight: 3,
  },
  {
    key: 'sopeutumisvalmennus-diabetes',
    titles: [['Sopeutumisvalmennuskurssi diabetesta sairastaville', 'Anpassningskurs för personer med diabetes', 'Adjustment course for people with diabetes'], ['Elämää diabeteksen kanssa – kurssi', 'Livet med diabetes – kurs', 'Living with diabetes – course']],
    summary: ['Tietoa, vertaistukea ja keinoja arkeen, kun sairaus on todettu hiljattain.', 'Kunskap, kamratstöd och verktyg för vardagen när sjukdomen nyligen har konstaterats.', 'Information, peer support and practical tools when you have recently been diagnosed.'],
    body: ['Kurssilla puhutaan ruoasta, liikunnasta, lääkityksestä ja jaksamisesta. Mukana on terveydenhuollon ammattilaisia ja kokemusasiantuntija.', 'På kursen pratar vi om mat, motion, medicinering och ork. Med finns yrkespersoner från hälso- och sjukvården och en erfarenhetsexpert.', 'The course covers food, exercise, medication and coping. Health professionals and an expert by experience take part.'],
    themes: ['physical-health'], stages: ['contact-professional', 'in-care'],
    types: ['courses-training'], ages: ['adults', 'seniors'], special: ['long-term-illness'],
    providers: ['ASSOCIATION', 'POHDE'], mode: 'place', schedule: 'camp', slots: [['09:00', '15:00']], free: 0.5,
    price: ['Kurssimaksu 20 €.', 'Kursavgift 20 €.', 'Course fee €20.'], registration: true, image: 'course', weight: 2,
  },
  {
    key: 'kodin-turvallisuusilta',
    titles: [['Kodin turvallisuusilta', 'Kväll om säkerhet i hemmet', 'Home safety evening'], ['Turvallisesti kotona – infoilta', 'Trygg hemma – infokväll', 'Safe at home – information evening']],
    summary: ['Käytännön vinkkejä palovaroittimista, sähkökatkoihin varautumisesta ja kaatumisten ehkäisystä.', 'Praktiska tips om brandvarnare, beredskap för elavbrott och hur man förebygger fall.', 'Practical tips on smoke alarms, preparing for power cuts and preventing falls.'],
    body: ['Illan vetävät pelastusalan vapaaehtoiset. Lopuksi voit kysyä omasta kodistasi ja kokeilla sammutuspeitettä.', 'Kvällen leds av frivilliga inom räddningsbranschen. I slutet kan du ställa frågor om ditt eget hem och prova en brandfilt.', 'The evening is led by volunteers from the rescue sector. At the end you can ask about your own home and try a fire blanket.'],
    themes: ['safety'], stages: ['all-well-at-home'],
    types: ['events-lectures'], ages: ['adults', 'seniors'],
    providers: ['ASSOCIATION', 'MUNICIPALITY'], mode: 'place', schedule: 'oneoff', slots: evening, free: 1,
    registration: false, image: 'course', weight: 2,
  },
  {
    key: 'ensiapukurssi',
    titles: [['Ensiapukurssi', 'Första hjälpen-kurs', 'First aid course'], ['Hätäensiavun peruskurssi', 'Grundkurs i första hjälpen', 'Basic first aid course']],
    summary: ['Opit toimimaan, kun joku loukkaantuu tai sairastuu äkillisesti.', 'Du lär dig vad du ska göra när någon skadas eller plötsligt insjuknar.', 'Learn what to do when someone is injured or suddenly falls ill.'],
    body: ['Harjoittelemme elvytystä, tajuttoman auttamista ja hätäilmoitusta. Kurssi on käytännönläheinen, eikä aiempaa osaamista tarvita.', 'Vi övar återupplivning, hur man hjälper en medvetslös och hur man gör en nödanmälan. Kursen är praktisk och du behöver inga förkunskaper.', 'We practise CPR, helping an unconscious person and making an emergency call. The course is hands-on and needs no previous knowledge.'],
    themes: ['safety', 'learning-growth'], stages: ['all-well-at-home'],
    types: ['courses-training'], ages: ['teens', 'young-adults', 'adults'],
    providers: ['ASSOCIATION'], mode: 'place', schedule: 'oneoff', slots: [['09:00', '15:00'], ['17:00', '20:00']], free: 0.2,
    price: ['Kurssimaksu 35 €, opiskelijat 20 €.', 'Kursavgift 35 €, studerande 20 €.', 'Course fee €35, students €20.'], registration: true, image: 'course', weight: 2,
  },
  {
    key: 'lasten-luontokerho',
    titles: [['Lasten luontokerho', 'Naturklubb för barn', "Children's nature club"], ['Metsämörri-kerho', 'Skogsknytte-klubb', 'Forest explorers club']],
    summary: ['Retkeilyä, leikkejä ja luonnon tutkimista koululaisille.', 'Utflykter, lekar och naturupptäckter för skolbarn.', 'Outings, games and exploring nature for school children.'],
    body: ['Kerho kokoontuu ulkona säällä kuin säällä. Opettelemme tunnistamaan kasveja ja eläinten jälkiä ja paistamme välillä makkaraa.', 'Klubben träffas utomhus i alla väder. Vi lär oss känna igen växter och djurspår och grillar ibland korv.', 'The club meets outdoors in all weathers. We learn to recognise plants and animal tracks, and sometimes grill sausages.'],
    themes: ['housing-nature', 'leisure-culture'], stages: ['all-well-at-home'],
    types: ['groups-clubs', 'hobbies'], ages: ['school-age'],
    providers: ['ASSOCIATION', 'PARISH', 'MUNICIPALITY'], mode: 'place', schedule: 'weekly', slots: [['14:00', '15:30'], ['15:00', '16:30']], free: 0.5,
    price: ['Kausimaksu 20 €.', 'Terminsavgift 20 €.', 'Term fee €20.'], registration: true, image: 'nature', weight: 2,
  },
  {
    key: 'asumisneuvonta',
    titles: [['Asumisneuvonta', 'Boenderådgivning', 'Housing advice']],
    summary: ['Apua, kun vuokra on rästissä tai asuminen muuten huolettaa.', 'Hjälp när hyran är obetald eller boendet annars oroar.', 'Help when rent is overdue or your housing worries you.'],
    body: ['Asumisneuvoja auttaa vuokranmaksuun, asunnon hakemiseen ja naapuririitoihin liittyvissä asioissa. Yhdessä etsimme ratkaisun ennen kuin tilanne kärjistyy.', 'Boenderådgivaren hjälper till med hyresbetalning, bostadssökande och grannkonflikter. Tillsammans söker vi en lösning innan situationen förvärras.', 'The housing adviser helps with paying rent, finding a home and disputes with neighbours. Together we look for a solution before things get worse.'],
    themes: ['housing-nature', 'money'], stages: ['worry-arises', 'contact-professional'],
    types: ['guidance-crisis', 'everyday-support'], ages: ['young-adults', 'adults', 'seniors'],
    providers: ['MUNICIPALITY', 'POHDE'], mode: 'hybrid', schedule: 'period', slots: morning, free: 1,
    registration: true, image: 'reading', weight: 2,
  },
  {
    key: 'kuntouttava-tyotoiminta',
    titles: [['Kuntouttava työtoiminta', 'Arbetsverksamhet i rehabiliteringssyfte', 'Rehabilitative work activity'], ['Työpaja – kuntouttava työtoiminta', 'Verkstad – arbetsverksamhet i rehabiliteringssyfte', 'Workshop – rehabilitative work activity']],
    summary: ['Mielekästä tekemistä ja rytmiä arkeen työpajalla.', 'Meningsfulla sysslor och rytm i vardagen i en verkstad.', 'Meaningful things to do and a rhythm to your days at a workshop.'],
    body: ['Työpajalla tehdään esimerkiksi puutöitä, kierrätystä ja kahvilatyötä. Aloitus sovitaan yhdessä sosiaaliohjaajan kanssa.', 'I verkstaden gör vi till exempel träarbeten, återvinning och kaféarbete. Starten avtalas tillsammans med en socialhandledare.', 'At the workshop we do things like woodwork, recycling and café work. The start is agreed together with a social counsellor.'],
    themes: ['work'], stages: ['contact-professional', 'in-care'],
    types: ['everyday-support', 'group-activity'], ages: ['young-adults', 'adults'], special: ['unemployed', 'reduced-capacity-social'],
    providers: ['ASSOCIATION', 'MUNICIPALITY', 'POHDE'], mode: 'place', schedule: 'weekly', slots: [['08:30', '14:30'], ['09:00', '14:00']], free: 1,
    registration: true, image: 'group', weight: 2,
  },
  {
    key: 'tyonhakuklinikka',
    titles: [['Työnhakuklinikka', 'Jobbsökarklinik', 'Job search clinic'], ['CV-paja', 'CV-verkstad', 'CV workshop']],
    summary: ['Apua työhakemukseen, ansioluetteloon ja työhaastatteluun valmistautumiseen.', 'Hjälp med jobbansökan, CV och förberedelser inför anställningsintervjun.', 'Help with job applications, your CV and preparing for interviews.'],
    body: ['Ota mukaan oma kone tai käytä meidän koneitamme. Vapaaehtoiset rekrytoinnin ammattilaiset antavat palautetta ja vinkkejä.', 'Ta med din egen dator eller använd våra. Frivilliga rekryteringsexperter ger respons och tips.', 'Bring your own laptop or use ours. Volunteer recruitment professionals give feedback and tips.'],
    themes: ['work', 'learning-growth'], stages: ['all-well-at-home', 'care-ends'],
    types: ['guidance-crisis', 'courses-training'], ages: ['young-adults', 'adults'], special: ['unemployed', 'immigrants'],
    providers: ['ASSOCIATION', 'MUNICIPALITY'], mode: 'place', schedule: 'biweekly', slots: afternoon, free: 1,
    registration: false, image: 'course', weight: 2,
  },
  {
    key: 'perheleiri',
    titles: [['Perheleiri', 'Familjeläger', 'Family camp'], ['Perheiden viikonloppuleiri', 'Veckoslutsläger för familjer', 'Weekend camp for families']],
    summary: ['Viikonloppu yhdessä tekemistä, ulkoilua ja lepoa koko perheelle.', 'Ett veckoslut med gemensamma aktiviteter, friluftsliv och vila för hela familjen.', 'A weekend of doing things together, outdoor fun and rest for the whole family.'],
    body: ['Leirillä on ohjattua ohjelmaa lapsille ja aikuisille sekä yhteisiä hetkiä. Ruokailut sisältyvät hintaan. Kerro ilmoittautuessasi ruokavaliot.', 'På lägret finns ledd verksamhet för barn och vuxna samt gemensamma stunder. Måltiderna ingår i priset. Berätta om specialdieter när du anmäler dig.', 'The camp has guided activities for children and adults and time together. Meals are included. Tell us about special diets when you sign up.'],
    themes: ['leisure-culture', 'relationships-participation'], stages: ['all-well-at-home', 'everyday-works'],
    types: ['camps-trips'], ages: ['small-children', 'school-age', 'adults'], special: ['families-with-children'],
    providers: ['PARISH', 'ASSOCIATION'], mode: 'place', schedule: 'camp', slots: [['16:00', '14:00']], free: 0.1,
    price: ['Leirin hinta 60 € aikuiselta ja 30 € lapselta. Kysy tarvittaessa tukea maksuun.', 'Lägret kostar 60 € per vuxen och 30 € per barn. Fråga om stöd för avgiften vid behov.', 'The camp costs €60 per adult and €30 per child. Ask us if you need help with the fee.'],
    registration: true, image: 'camp', weight: 2,
  },
  {
    key: 'nuorten-leiri',
    titles: [['Nuorten leiri', 'Läger för unga', 'Camp for young people'], ['Kesäleiri 10–15-vuotiaille', 'Sommarläger för 10–15-åringar', 'Summer camp for ages 10–15']],
    summary: ['Leirillä tutustut uusiin kavereihin, liikut ja vietät aikaa luonnossa.', 'På lägret lär du känna nya kompisar, rör på dig och vistas i naturen.', 'At camp you make new friends, get active and spend time in nature.'],
    body: ['Ohjelmassa on saunomista, uintia, pelejä ja iltahartaus tai iltanuotio. Leirillä ovat mukana koulutetut ohjaajat.', 'Programmet innehåller bastu, simning, spel och kvällsandakt eller lägereld. Utbildade ledare är med på lägret.', 'The programme includes sauna, swimming, games and an evening campfire. Trained leaders are at the camp.'],
    themes: ['leisure-culture'], stages: ['all-well-at-home'],
    types: ['camps-trips'], ages: ['school-age', 'teens'],
    providers: ['PARISH', 'ASSOCIATION', 'MUNICIPALITY'], mode: 'place', schedule: 'camp', slots: [['10:00', '15:00']], free: 0.1,
    price: ['Leirimaksu 70 €, sisarukset 50 €.', 'Lägeravgift 70 €, syskon 50 €.', 'Camp fee €70, siblings €50.'], registration: true, image: 'camp', weight: 2,
  },
  {
    key: 'mielenterveysluento',
    titles: [['Luento: Mielen hyvinvointi arjessa', 'Föreläsning: Psykiskt välbefinnande i vardagen', 'Talk: Mental wellbeing in everyday life'], ['Yleisöluento unesta ja stressistä', 'Publik föreläsning om sömn och stress', 'Public talk on sleep and stress']],
    summary: ['Avoin luento siitä, miten voi pitää huolta omasta ja läheisten mielestä.', 'En öppen föreläsning om hur du kan ta hand om ditt eget och dina närståendes psykiska välbefinnande.', "An open talk on looking after your own and your family's mental wellbeing."],
    body: ['Luennon jälkeen on aikaa kysymyksille. Paikalla on myös järjestöjen esittelypöytiä, joista saat tietoa tuesta alueella.', 'Efter föreläsningen finns tid för frågor. På plats finns också föreningarnas bord där du får information om stöd i regionen.', 'There is time for questions after the talk. Associations have information tables where you can learn about support in the area.'],
    themes: ['mental-wellbeing'], stages: ['all-well-at-home', 'worry-arises'],
    types: ['events-lectures'], ages: ['young-adults', 'adults'],
    providers: ['ASSOCIATION', 'POHDE', 'MUNICIPALITY'], mode: 'hybrid', schedule: 'oneoff', slots: evening, free: 1,
    registration: false, image: 'course', weight: 2,
  },
  {
    key: 'omaishoitajan-opas',
    titles: [['Opas omaishoitajalle', 'Guide för närståendevårdare', 'Guide for family carers']],
    summary: ['Tietoa tuista, palveluista ja omasta jaksamisesta yhdessä paikassa.', 'Information om stöd, tjänster och den egna orken på ett ställe.', 'Information about support, services and your own wellbeing in one place.'],
    body: ['Oppaan voi lukea verkossa tai tilata paperisena maksutta. Se on saatavilla myös selkokielellä.', 'Guiden kan läsas på nätet eller beställas gratis i pappersform. Den finns också på lättläst språk.', 'The guide can be read online or ordered free of charge on paper. It is also available in easy-read form.'],
    themes: ['mental-wellbeing', 'relationships-participation'], stages: ['digital-channels', 'contact-professional'],
    types: ['guides-publications'], ages: ['adults', 'seniors'], special: ['family-carers'],
    providers: ['ASSOCIATION', 'POHDE'], mode: 'online', schedule: 'period', slots: morning, free: 1,
    registration: false, image: 'reading', weight: 1,
  },
  {
    key: 'selkoopas-raha-asiat',
    titles: [['Selkokielinen opas: Mistä apua raha-asioihin?', 'Lättläst guide: Var får jag hjälp med pengar?', 'Easy-read guide: Where can I get help with money?']],
    summary: ['Helppolukuinen opas siitä, mistä saa apua, kun rahat eivät riitä.', 'En lättläst guide om var du får hjälp när pengarna inte räcker till.', 'An easy-read guide on where to get help when money is short.'],
    body: ['Oppaassa kerrotaan lyhyesti toimeentulotuesta, velkaneuvonnasta ja ruoka-avusta. Opas on tehty yhdessä kokemusasiantuntijoiden kanssa.', 'Guiden berättar kort om utkomststöd, skuldrådgivning och mathjälp. Guiden har gjorts tillsammans med erfarenhetsexperter.', 'The guide briefly explains social assistance, debt advice and food aid. It was made together with experts by experience.'],
    themes: ['money'], stages: ['digital-channels'],
    types: ['guides-publications'], ages: ['young-adults', 'adults', 'seniors'],
    providers: ['ASSOCIATION', 'POHDE'], mode: 'online', schedule: 'period', slots: morning, free: 1,
    registration: false, image: 'reading', weight: 1,
  },
  {
    key: 'kuoro',
    titles: [['Laulukuoro', 'Kör', 'Choir'], ['Seniorikuoro', 'Seniorkör', 'Senior choir']],
    summary: ['Laulamme yhdessä tuttuja ja uusia lauluja. Nuotinlukutaitoa ei tarvita.', 'Vi sjunger tillsammans kända och nya sånger. Du behöver inte kunna läsa noter.', 'We sing familiar and new songs together. No need to read music.'],
    body: ['Kuoro esiintyy pari kertaa vuodessa, mutta esiintyminen on vapaaehtoista. Laulaminen tekee hyvää mielelle ja keholle.', 'Kören uppträder ett par gånger om året, men det är frivilligt att uppträda. Att sjunga gör gott för både själ och kropp.', 'The choir performs a couple of times a year, but performing is optional. Singing is good for body and mind.'],
    themes: ['leisure-culture'], stages: ['all-well-at-home', 'everyday-works'],
    types: ['hobbies', 'groups-clubs'], ages: ['adults', 'seniors'],
    providers: ['PARISH', 'ASSOCIATION', 'MUNICIPALITY'], mode: 'place', schedule: 'weekly', slots: evening, free: 0.6,
    price: ['Kausimaksu 25 €.', 'Terminsavgift 25 €.', 'Term fee €25.'], registration: false, image: 'music', weight: 3,
  },
  {
    key: 'luontoretki',
    titles: [['Päiväretki luontoon', 'Dagsutflykt ut i naturen', 'Day trip into nature'], ['Retki kansallispuistoon', 'Utflykt till nationalparken', 'Trip to a national park']],
    summary: ['Yhteinen retki lähiluontoon, kuljetus ja eväät järjestetty.', 'En gemensam utflykt i naturen, med transport och matsäck.', 'A shared trip into nature, with transport and packed lunch arranged.'],
    body: ['Kävelemme lyhyen, helppokulkuisen reitin ja pysähdymme nuotiolle. Retki sopii myös niille, jotka liikkuvat hitaammin.', 'Vi går en kort och lättframkomlig led och stannar vid en lägereld. Utflykten passar också dig som rör dig långsammare.', 'We walk a short, easy trail and stop at a campfire. The trip also suits people who move more slowly.'],
    themes: ['housing-nature', 'leisure-culture'], stages: ['everyday-works'],
    types: ['camps-trips'], ages: ['adults', 'seniors'],
    providers: ['ASSOCIATION', 'PARISH', 'MUNICIPALITY'], mode: 'place', schedule: 'oneoff', slots: [['09:00', '16:00']], free: 0.3,
    price: ['Retken hinta 15 €, sisältää kuljetuksen ja eväät.', 'Utflykten kostar 15 €, inklusive transport och matsäck.', 'The trip costs €15, including transport and packed lunch.'], registration: true, image: 'nature', weight: 2,
  },
  {
    key: 'mielenterveyskuntoutujien-ryhma',
    titles: [['Mielenterveyskuntoutujien vertaisryhmä', 'Kamratgrupp för personer i psykiatrisk rehabilitering', 'Peer group for people in mental health recovery'], ['Toipujien kohtaamispaikka', 'Mötesplats för personer som återhämtar sig', 'Recovery meeting place']],
    summary: ['Vertaistukea ja yhdessäoloa mielenterveyden haasteiden kanssa eläville.', 'Kamratstöd och gemenskap för dig som lever med psykisk ohälsa.', 'Peer support and company for people living with mental health challenges.'],
    body: ['Ryhmää ohjaa kokemusasiantuntija. Voit tulla kuuntelemaan, eikä sinun tarvitse kertoa itsestäsi enempää kuin haluat.', 'Gruppen leds av en erfarenhetsexpert. Du kan komma och lyssna och behöver inte berätta mer om dig själv än du vill.', 'The group is led by an expert by experience. You can come and listen, and you do not have to say more about yourself than you want.'],
    themes: ['mental-wellbeing'], stages: ['in-care', 'care-ends'],
    types: ['peer-support'], ages: ['young-adults', 'adults'], special: ['mental-health-rehab'],
    providers: ['ASSOCIATION'], mode: 'place', schedule: 'weekly', slots: [...afternoon, ...evening], free: 1,
    registration: false, image: 'group', weight: 2,
  },
  {
    key: 'koululaisten-kerho',
    titles: [['Koululaisten iltapäiväkerho', 'Eftermiddagsklubb för skolbarn', 'After-school club'], ['Pelikerho koululaisille', 'Spelklubb för skolbarn', 'Games club for school children']],
    summary: ['Leikkiä, askartelua ja välipala koulupäivän jälkeen.', 'Lek, pyssel och mellanmål efter skoldagen.', 'Play, crafts and a snack after the school day.'],
    body: ['Kerhossa on turvallinen aikuinen ja kavereita. Kerho on tarkoitettu 1.–4.-luokkalaisille.', 'I klubben finns en trygg vuxen och kompisar. Klubben är avsedd för elever i årskurs 1–4.', 'The club has a trusted adult and other children. It is for pupils in years 1–4.'],
    themes: ['learning-growth', 'leisure-culture'], stages: ['all-well-at-home'],
    types: ['groups-clubs'], ages: ['school-age'],
    providers: ['PARISH', 'ASSOCIATION', 'MUNICIPALITY'], mode: 'place', schedule: 'weekly', slots: [['13:00', '15:00'], ['14:00', '16:00']], free: 0.7,
    price: ['Välipalamaksu 2 € kerralta.', 'Mellanmålsavgift 2 € per gång.', 'Snack fee €2 per session.'], registration: true, image: 'youth', weight: 3,
  },
  {
    key: 'kehonhuoltoryhma',
    titles: [['Kehonhuolto- ja venyttelyryhmä', 'Grupp för kroppsvård och stretching', 'Stretching and mobility group'], ['Tuolijumppa', 'Stolgympa', 'Chair exercise']],
    summary: ['Rauhallista liikettä, joka sopii myös pitkäaikaissairaille.', 'Lugn rörelse som passar också dig som är långtidssjuk.', 'Gentle exercise that also suits people with a long-term illness.'],
    body: ['Liikkeet tehdään istuen tai seisten, ja ohjaaja neuvoo kevyemmät vaihtoehdot. Ota mukaan vesipullo ja joustavat vaatteet.', 'Rörelserna görs sittande eller stående och ledaren visar lättare alternativ. Ta med en vattenflaska och bekväma kläder.', 'Exercises are done sitting or standing, and the instructor shows easier options. Bring a water bottle and comfortable clothes.'],
    themes: ['physical-health'], stages: ['care-ends', 'everyday-works'],
    types: ['group-activity'], ages: ['adults', 'seniors'], special: ['long-term-illness', 'disability'],
    providers: ['ASSOCIATION', 'MUNICIPALITY'], mode: 'place', schedule: 'weekly', slots: [...morning, ...afternoon], free: 0.5,
    price: ['Kausimaksu 20 €.', 'Terminsavgift 20 €.', 'Term fee €20.'], registration: false, image: 'gym', weight: 3,
  },
  {
    key: 'sateenkaarinuorten-ilta',
    titles: [['Sateenkaarinuorten ilta', 'Regnbågskväll för unga', 'Rainbow youth evening']],
    summary: ['Turvallinen tila seksuaali- ja sukupuolivähemmistöihin kuuluville nuorille.', 'Ett tryggt rum för unga som hör till sexuella minoriteter eller könsminoriteter.', 'A safe space for LGBTIQ+ young people.'],
    body: ['Illassa jutellaan, pelataan ja tehdään yhdessä. Voit tulla sellaisena kuin olet, eikä sinun tarvitse määritellä itseäsi.', 'Vi pratar, spelar och gör saker tillsammans. Du kan komma som du är och behöver inte definiera dig själv.', 'We chat, play games and do things together. You can come as you are, with no need to label yourself.'],
    themes: ['relationships-participation', 'mental-wellbeing'], stages: ['all-well-at-home', 'worry-arises'],
    types: ['recreation', 'peer-support'], ages: ['teens', 'young-adults'], special: ['lgbtiq'],
    providers: ['ASSOCIATION', 'MUNICIPALITY'], mode: 'place', schedule: 'biweekly', slots: evening, free: 1,
    registration: false, image: 'youth', weight: 1,
  },
  {
    key: 'diakoniavastaanotto',
    titles: [['Diakoniatyön vastaanotto', 'Diakonimottagning', 'Diaconal drop-in'], ['Diakonian päivystys', 'Diakonijour', 'Diaconal advice desk']],
    summary: ['Keskusteluapua ja tukea elämän eri tilanteisiin, myös taloudelliseen ahdinkoon.', 'Samtalsstöd och hjälp i livets olika situationer, också vid ekonomiska svårigheter.', 'Someone to talk to and support in many situations in life, including money troubles.'],
    body: ['Diakoniatyöntekijän luo voi tulla kuka tahansa seurakunnan jäsenyydestä riippumatta. Keskustelut ovat luottamuksellisia.', 'Vem som helst kan komma till diakoniarbetaren, oberoende av medlemskap i församlingen. Samtalen är konfidentiella.', 'Anyone can come to see the diaconal worker, whether or not they are a member of the parish. Conversations are confidential.'],
    themes: ['money', 'mental-wellbeing'], stages: ['worry-arises', 'contact-professional'],
    types: ['guidance-crisis', 'everyday-support'], ages: ['young-adults', 'adults', 'seniors'], special: ['life-crisis', 'reduced-capacity-social'],
    providers: ['PARISH'], mode: 'place', schedule: 'weekly', slots: morning, free: 1,
    registration: false, image: 'coffee', weight: 3,
  },
  {
    key: 'vapaaehtoisinfo',
    titles: [['Vapaaehtoiseksi? Infotilaisuus', 'Bli frivillig? Infotillfälle', 'Become a volunteer? Information session']],
    summary: ['Kuule, millaisiin tehtäviin voit lähteä vapaaehtoiseksi omalla paikkakunnallasi.', 'Hör vilka uppgifter du kan ta dig an som frivillig på din hemort.', 'Find out what volunteer roles you can take on where you live.'],
    body: ['Esittelemme ystävätoimintaa, tapahtuma-apua ja lukumummi- ja -vaari-toimintaa. Voit tulla vain kuuntelemaan.', 'Vi presenterar vänverksamhet, hjälp vid evenemang och läsfarmor- och läsmorfarverksamhet. Du kan komma bara för att lyssna.', 'We present befriending, helping at events and reading grandparents. You are welcome just to listen.'],
    themes: ['relationships-participation'], stages: ['everyday-works', 'all-well-at-home'],
    types: ['events-lectures'], ages: ['young-adults', 'adults', 'seniors'],
    providers: ['ASSOCIATION', 'MUNICIPALITY', 'PARISH'], mode: 'place', schedule: 'oneoff', slots: evening, free: 1,
    registration: false, image: 'group', weight: 2,
  },
];

/** Closing sentences, aligned fi/sv/en. */
export const closings: readonly Text3[] = [
  ['Tervetuloa mukaan!', 'Välkommen med!', 'You are welcome to join!'],
  ['Voit tulla yksin tai yhdessä läheisen kanssa.', 'Du kan komma ensam eller tillsammans med en närstående.', 'You can come alone or with someone close to you.'],
  ['Ota yhteyttä, jos haluat tietää lisää.', 'Kontakta oss gärna om du vill veta mer.', 'Get in touch if you would like to know more.'],
  ['Voit tulla myös vain kokeilemaan.', 'Du kan också komma bara för att prova.', 'You are welcome to come just to try it out.'],
];

export const demoNotice: Text3 = [
  'Tämä on demoaineistoa: toimintaa ei ole oikeasti olemassa.',
  'Detta är demodata: verksamheten finns inte på riktigt.',
  'This is demo data: the activity does not really exist.',
];

export const registrationNotes: readonly Text3[] = [
  ['Ilmoittaudu viimeistään viikkoa ennen.', 'Anmäl dig senast en vecka innan.', 'Please sign up at least a week before.'],
  ['Ilmoittaudu puhelimitse tai sähköpostilla. Paikkoja on rajoitetusti.', 'Anmäl dig per telefon eller e-post. Antalet platser är begränsat.', 'Sign up by phone or e-mail. Places are limited.'],
  ['Ilmoittautuminen verkossa. Kerro samalla, jos tarvitset apua tilaan pääsemisessä.', 'Anmälan på nätet. Berätta samtidigt om du behöver hjälp att ta dig till lokalen.', 'Sign up online. Let us know if you need help getting to the venue.'],
];

export const freeNote: Text3 = ['Maksuton.', 'Avgiftsfri.', 'Free of charge.'];

export const periodNotes: Record<string, Text3> = {
  default: ['Ajanvarauksella arkisin.', 'Enligt tidsbokning på vardagar.', 'By appointment on weekdays.'],
  befriending: ['Voit ilmoittautua mukaan milloin vain.', 'Du kan anmäla dig när som helst.', 'You can sign up at any time.'],
  guide: ['Opas on luettavissa verkossa.', 'Guiden kan läsas på nätet.', 'The guide can be read online.'],
};

/** Alt texts of the demo illustrations in public/demo/images/<key>.svg: each says what is drawn. */
export const imageAlts: Record<ImageKey, Text3> = {
  coffee: ['Piirroskuva: kaksi kahvikuppia ja pulla pöydällä, sivuilla kaksi ihmistä.', 'Illustration: två kaffekoppar och en bulle på ett bord, vid sidorna två personer.', 'Illustration: two coffee cups and a bun on a table, with two people at the sides.'],
  walking: ['Piirroskuva: kolme ihmistä kävelee polulla syksyisten puiden välissä.', 'Illustration: tre personer promenerar på en stig mellan höstfärgade träd.', 'Illustration: three people walking on a path between autumn trees.'],
  food: ['Piirroskuva: kaksi ruokakassia, joissa on leipää, tomaatti, maitopurkki ja vihanneksia.', 'Illustration: två matkassar med bröd, en tomat, ett mjölkpaket och grönsaker.', 'Illustration: two food bags with bread, a tomato, a carton of milk and vegetables.'],
  family: ['Piirroskuva: aikuinen ja pieni lapsi leikkivät palikoilla.', 'Illustration: en vuxen och ett litet barn leker med klossar.', 'Illustration: an adult and a small child playing with blocks.'],
  youth: ['Piirroskuva: kolme nuorta istuu sohvalla, edessä lautapeli.', 'Illustration: tre unga sitter i en soffa med ett sällskapsspel framför sig.', 'Illustration: three young people on a sofa with a board game in front of them.'],
  nature: ['Piirroskuva: nuotio järven rannalla, taustalla havumetsää.', 'Illustration: en lägereld vid en sjöstrand, i bakgrunden barrskog.', 'Illustration: a campfire on a lake shore with conifer forest behind.'],
  group: ['Piirroskuva: tuoleja piirissä valoisassa huoneessa.', 'Illustration: stolar i en ring i ett ljust rum.', 'Illustration: chairs in a circle in a bright room.'],
  phone: ['Piirroskuva: käsi pitää puhelinta, näytöllä keskusteluviestejä.', 'Illustration: en hand håller en telefon med chattmeddelanden på skärmen.', 'Illustration: a hand holding a phone with chat messages on screen.'],
  course: ['Piirroskuva: ohjaaja seisoo taulun vieressä, edessä kuulijoita.', 'Illustration: en handledare står vid en tavla med åhörare framför sig.', 'Illustration: an instructor standing by a board with listeners in front.'],
  camp: ['Piirroskuva: punainen leirimökki koivujen keskellä.', 'Illustration: en röd lägerstuga bland björkar.', 'Illustration: a red camp cabin among birch trees.'],
  music: ['Piirroskuva: piano ja kaksi nuottitelinettä salissa.', 'Illustration: ett piano och två notställ i en sal.', 'Illustration: a piano and two music stands in a hall.'],
  gym: ['Piirroskuva: ihminen kuntosalilaitteessa, ohjaaja seisoo vieressä.', 'Illustration: en person i en gymmaskin, handledaren står bredvid.', 'Illustration: a person on a gym machine with an instructor standing beside.'],
  reading: ['Piirroskuva: avoin kirja ja kahvikuppi pöydällä.', 'Illustration: en öppen bok och en kaffekopp på ett bord.', 'Illustration: an open book and a cup of coffee on a table.'],
};

/** Venue names by provider; {gen} = Finnish genitive, {sv} = Swedish name. */
export const venues: Record<ProviderType, readonly Text3[]> = {
  PARISH: [
    ['{gen} seurakuntatalo', 'Församlingshemmet i {sv}', '{en} parish hall'],
    ['{gen} seurakuntakeskus', 'Församlingscentret i {sv}', '{en} parish centre'],
  ],
  ASSOCIATION: [
    ['Järjestötalo Aittakulma', 'Föreningshuset Aittakulma', 'Aittakulma association house'],
    ['Kylätalo Koivula', 'Byagården Koivula', 'Koivula village hall'],
    ['Monitoimitalo Tupa', 'Allaktivitetshuset Tupa', 'Tupa community centre'],
    ['Yhdistysten olohuone', 'Föreningarnas vardagsrum', "Associations' living room"],
  ],
  MUNICIPALITY: [
    ['{gen} kirjasto', 'Biblioteket i {sv}', '{en} library'],
    ['{gen} nuorisotila', 'Ungdomslokalen i {sv}', '{en} youth centre'],
    ['{gen} liikuntahalli', 'Idrottshallen i {sv}', '{en} sports hall'],
  ],
  POHDE: [
    ['{gen} sote-keskus', 'Social- och hälsocentralen i {sv}', '{en} health and social services centre'],
    ['{gen} hyvinvointipiste', 'Välfärdspunkten i {sv}', '{en} wellbeing point'],
  ],
};

export const streets: readonly string[] = [
  'Kirkkokatu', 'Koulutie', 'Rantatie', 'Puistokatu', 'Asemakatu', 'Torikatu', 'Kauppatie',
  'Myllytie', 'Urheilutie', 'Terveystie', 'Pappilantie', 'Kyläraitti', 'Seurantie', 'Kotikuja',
];

export const contactRoles: readonly string[] = [
  'Toiminnanohjaaja', 'Koordinaattori', 'Vapaaehtoistoiminnan ohjaaja', 'Diakoniatyöntekijä',
  'Nuoriso-ohjaaja', 'Palveluohjaaja', 'Järjestösihteeri',
];
