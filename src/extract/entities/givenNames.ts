import { GAZETTEER } from './gazetteer.ts';

/**
 * Common given names of one gender in the news this corpus reads (Armenian, Azerbaijani,
 * Russian, Georgian, Turkish, English, French): weak evidence, used only when the text says
 * nothing else. Names borne by both (Kelly, Jordan, Sasha, Zhenya) are left out.
 */
export const FEMALE_GIVEN = new Set(
  `anna ani anahit armine arpine astghik gayane gohar hasmik karine lilit lusine mariam marine naira narine
  nazeli nune ruzanna siranush sona susanna tatevik zaruhi shushan lena anush mane tamar ruzan
  aysel aynur leyla gunel gulnara sevda nigar nargiz lala konul aygun sabina shahla mehriban khadija elmira
  olga natalia natalya tatiana tatyana irina svetlana elena yelena maria marina ekaterina yekaterina anastasia
  lyudmila galina valentina larisa oksana yulia julia daria darya ksenia alla nina vera nadezhda maria
  mary elizabeth patricia jennifer linda barbara susan jessica sarah nancy lisa margaret betty sandra
  ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon
  cynthia kathleen amy shirley angela helen brenda pamela nicole samantha katherine christine emma catherine
  ruth hillary nikki kamala melania ivana ivanka ursula angela theresa marine annalena giorgia
  zeynep ayse fatma emine elif hatice nino ketevan tamara natela ellen hannah claire sophie camille isabelle
  anne marie julie kate katie megan lauren grace alice jane joan diane kathy eva sara lucy rose heather`.split(
    /\s+/,
  ),
);
export const MALE_GIVEN = new Set(
  `arman armen aram ara artur arthur ashot davit david edgar gagik garnik gevorg gor grigor hayk hovhannes
  levon mher narek nikol robert ruben samvel sargis serzh seyran tigran vahagn vahan vardan zohrab
  arayik ararat artak hrant kamo norayr vazgen
  ilham elchin rashad ramiz elmar hikmet jeyhun kamran mubariz farid fuad anar tural elnur orkhan ramil
  vugar zaur ali hasan hussein mammad rovshan emin elshad mahir nasimi ramin
  sergei sergey vladimir dmitry dmitri alexei alexey andrei andrey mikhail nikolai ivan igor oleg yuri
  viktor boris pavel maxim konstantin anatoly vyacheslav gennady valery rustam ruslan
  james john robert michael william richard joseph thomas charles christopher daniel matthew anthony mark
  donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
  jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank
  raymond patrick jack dennis jerry tyler aaron jose henry adam douglas nathan peter zachary kyle walter
  harold carl jeremy keith roger gerald ethan arthur terry christian sean lawrence austin joe noah
  bernie ted marco barack mike jeb rand antony emmanuel recep mevlut hakan josep charles olaf
  giorgi irakli levan zurab mustafa ahmet mehmet nikos
  josh tom tim jim bob dave steve ben dan matt nick rick greg jeff jon phil pete chuck mitt`.split(/\s+/),
);

/** A given name as transliterations spell it alike: "Sergei"/"Sergey", "Natalia"/"Natalya". */
function givenNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/kh/g, 'h')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/**
 * The given names of the gazetteer's people, each with the person's id: the spellings one
 * person's given name is written in ("Jeyhun", "Ceyhun"; "Davit", "David") are one name.
 */
let gazetteerGiven: Map<string, Set<string>> | null = null;

/** Words a gazetteer variant puts before a surname that are no given name: "President Sarkissian", "Le Drian". */
const NOT_GIVEN = new Set(
  'mr mrs ms dr sir secretary president speaker ambassador colonel general minister le de'.split(' '),
);

function givenNamesOfGazetteer(): Map<string, Set<string>> {
  if (gazetteerGiven) return gazetteerGiven;
  gazetteerGiven = new Map();
  for (const entry of GAZETTEER) {
    if (entry.kind !== 'person') continue;
    const first = entry.name.toLowerCase().split(/\s+/);
    if (first.length < 2) continue;
    // Every variant written as the canonical name's surname after one other word: "Ceyhun Bayramov".
    const surname = first[first.length - 1]!;
    for (const variant of [entry.name, ...entry.variants]) {
      const words = variant.toLowerCase().split(/\s+/);
      if (words.length !== 2 || words[1] !== surname || NOT_GIVEN.has(words[0]!.replace(/\.$/, ''))) continue;
      const ids = gazetteerGiven.get(words[0]!) ?? new Set();
      ids.add(entry.id);
      gazetteerGiven.set(words[0]!, ids);
    }
  }
  return gazetteerGiven;
}

/** A given name the corpus's news knows: a common one, or a gazetteer person's. */
function isKnownGivenName(word: string): boolean {
  return FEMALE_GIVEN.has(word) || MALE_GIVEN.has(word) || givenNamesOfGazetteer().has(word);
}

/**
 * Two known given names that are two names, not two spellings of one: "Arman" and "Armen",
 * "Anar" and "Anna". Spellings transliteration folds together, or that the gazetteer gives one
 * person ("Hikmet"/"Hikmat"), are one name.
 */
export function otherGivenNames(a: string, b: string): boolean {
  if (a === b || !isKnownGivenName(a) || !isKnownGivenName(b)) return false;
  if (givenNameKey(a) === givenNameKey(b)) return false;
  const of = givenNamesOfGazetteer();
  const [ia, ib] = [of.get(a), of.get(b)];
  return !(ia && ib && [...ia].some((id) => ib.has(id)));
}
