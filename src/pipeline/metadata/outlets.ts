// The outlet an article names as its publisher or source: a masthead line (`UrduPoint.com`), a
// headline prefix (`The New York Times: …`), an agency in the dateline (`ISTANBUL (AA) -`), a byline
// agency (`By ANI`), a wire credit (`MNA/Shana.ir`, `Source: UzA`), or the first paragraphs'
// `…, Qazinform News Agency reports` / `reported Kazinform`.
import { KOREAN_COPYRIGHT, MENU_LINK_BEFORE_COPYRIGHT, wordCount } from '../clean.ts';
import { givenName } from '../discover.ts';
import { CYRILLIC_SURNAME, LATIN_SURNAME } from '../names.ts';

const KNOWN_OUTLETS = [
  'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'Bloomberg', 'TASS', 'Interfax', 'Kazinform',
  'Qazinform', 'Eurasianet', 'RFE/RL', 'Radio Free Europe/Radio Liberty', 'Radio Azattyq', 'Azattyq', 'Ozodi', 'Ozodlik',
  'Azathabar', 'BBC', 'CNN', 'Xinhua', 'Sputnik', 'RIA Novosti', 'Kommersant', 'Vedomosti', 'AKIpress', 'Trend', 'APA',
  'Anadolu', 'The Diplomat', 'Al Jazeera', 'AsiaNews', 'Kun.uz', 'Gazeta.uz', 'Daryo', 'Tengrinews', 'Vlast.kz', 'Orda.kz',
  'Kursiv', '24.kg', 'Asia-Plus', 'Caspian News', 'Politico', 'Axios', 'Foreign Policy', 'The Economist', 'Nikkei Asia',
  'Deutsche Welle', 'DW', 'Euronews', 'Fergana', 'UPI', 'dpa', 'Sabah', 'Daily Sabah', 'The Atlantic', 'ANI', 'IANS',
  'PTI', 'Yonhap', 'Kyodo', 'UzA', 'Kabar', 'KazTAG', 'Khovar', 'TDH', 'Report', 'MNA', 'IRNA', 'Shana', 'CGTN', 'CCTV',
  'Global Times', "People's Daily", 'China Daily', 'Business Wire', 'PR Newswire', 'Globe Newswire', 'EIN Presswire',
  'Mehr News Agency', 'Tehran Times', 'Kaktus.media', 'Asia-Plus', 'Times of Central Asia', 'The Astana Times',
  'Jiji Press', 'Jiji', 'Kyodo News', 'NHK', 'Anadolu Agency', 'AA', 'WAM', 'SPA', 'QNA', 'BSS', 'Bernama', 'Antara',
  'Forbes', 'Meduza', 'Mediazona', 'Izvestia', 'Novaya Gazeta', 'RBC', 'SCMP', 'Nikkei', 'Caixin', 'Inter Press Service',
  // The big papers and broadcasters whose stories others carry and cite.
  'The New York Times', 'The Washington Post', 'The Wall Street Journal', 'The Guardian', 'Financial Times', 'Los Angeles Times',
  'USA Today', 'NPR', 'Voice of America', 'VOA', 'CNBC', 'NBC News', 'CBS News', 'ABC News', 'Fox News', 'Newsweek',
  'The New Yorker', 'The Independent', 'The Telegraph', 'The Times', 'South China Morning Post', 'Le Monde', 'Der Spiegel',
];
const KNOWN_OUTLET_SET = new Set(KNOWN_OUTLETS.map((name) => name.toLowerCase()));
/** The word an outlet's name ends with: `The New York Times`, `Qazinform News Agency`, `Sabah Daily`; after another word, `Mainstream Weekly`, `Eurasia Review`, `The Europe Today`. */
const OUTLET_HEAD = /(?:^|[\s-]|[a-z])(?:Times|News|Post|Agency|Journal|Daily|Press|Herald|Tribune|Gazette|Telegraph|Guardian|Chronicle|Observer|Monitor|Wire|Newswire|Presswire|Reuters|AP|AFP|TASS)$|\s(?:Mail|Express|Courier|Bulletin|Standard)$|[a-z](?:wire|news|press)$|\sNews\s+(?:Network|Service)$|\s(?:Weekly|Magazine|Review|Today|Media|Newspaper|Online)$/;
/** Phrases shaped like outlet names that are labels instead: `Breaking News: …`. */
const NOT_OUTLETS = /^(breaking|latest|world|top|fake|good|bad|big|local|business|sports?|daily|live|more|other|the|all|related|national|international|regional|economic|political) news$|^(press|news|daily|wire)$|^(social|mass|news|new|digital|local|state|foreign|western|russian|chinese|independent|online|print|the|our) media$|^(company|corporate|steel|energy|oil|gas|mining|metals?|markets?|industry|tech|technology|science|health|education|culture|travel|region|country|eurasia|europe|asia|africa|americas?|chess|football|soccer|tennis|hockey|boxing|wrestling|cycling|olympic|lifestyle|entertainment) news$|^world report$|^(?:read|watch|listen|apply|shop|buy|view|available|published|pay|register|subscribe|order|book|learn|study|play|stream|live|go|news|games?|courses?|services?|now|also|only|more|first|exclusively) online$/i;
export const NAME_TOKEN = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}&.'’/-]*`;
const CAPITALISED_NAME = new RegExp(String.raw`^(?:The\s+)?${NAME_TOKEN}(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?${NAME_TOKEN})*$`, 'u');
/** A site's own name as its masthead prints it: `UrduPoint.com`, `Kun.uz`, `24.kg`. */
const DOMAIN_NAME = /^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|news|kz|uz|kg|tj|tm|ru|az|ir|cn|in|pk|tr|am|ge|by|ua|eu|co\.uk|uk|de|fr|pl|it|es|nl|be|ch|at|cz|hu|ro|bg|lt|lv|ee|fi|se|no|dk|jp|kr|mn|af|ae|qa|my|sg|io|media|asia|aero|tv|online|global)$/iu;

/** `AsiaToday`, `TurkicWorld`, `QazMonitor`: words glued into one brand, capitals inside; not a surname's prefix (`McCain`, `DeSantis`). */
export function isGluedBrand(name: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{N}]+(?:\p{Lu}[\p{Ll}\p{N}]*)+$/u.test(name) && !/^(?:Mc|Mac|De|Di|Du|Le|La|Van|Von|Al|El)\p{Lu}/u.test(name);
}

export function isDomainName(name: string): boolean {
  return DOMAIN_NAME.test(name.trim());
}

export function isKnownOutlet(name: string): boolean {
  const trimmed = name.trim();
  return KNOWN_OUTLET_SET.has(trimmed.toLowerCase()) || KNOWN_OUTLET_SET.has(trimmed.replace(/^the\s+/iu, '').toLowerCase());
}

export function isOutletName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed === '' || NOT_OUTLETS.test(trimmed) || wordCount(trimmed) > 7) return false;
  if (isKnownOutlet(trimmed) || DOMAIN_NAME.test(trimmed)) return true;
  // `The Daily Tar Heel`, `The Weekly Standard`: a paper named for how often it comes out, then a word or two.
  if (/^The\s+(?:Daily|Weekly|Sunday|Evening|Morning)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u.test(trimmed)) return true;
  // Every word capitalised (connectors aside), ending in an outlet head word.
  return CAPITALISED_NAME.test(trimmed) && OUTLET_HEAD.test(trimmed);
}

/** `POST Online Media Lite Edition`: the edition of the site a masthead names after the site's name. */
const EDITION_TAG = /\s+(?:Lite|Mobile|Print|Digital|International|English|Online|Web|Global|Asia|Europe|US|UK)\s+Edition$/u;

/**
 * A line that is only the site's name: `UrduPoint.com`, `Kazinform`, `The Astana Times`, or a name of
 * an outlet's shape up to four words (`Tribune News Network`).
 */
export function mastheadOutlet(line: string): string | null {
  const trimmed = line.trim().replace(EDITION_TAG, '');
  if (wordCount(trimmed) > 5) return null;
  // `Pakistan's Premier Multilingual News Agency`: a tagline describing the outlet, not its name.
  if (/^\p{Lu}[\p{L}-]+['’]s\s/u.test(trimmed)) return null;
  if (DOMAIN_NAME.test(trimmed) || isKnownOutlet(trimmed)) return trimmed;
  if (wordCount(trimmed) <= 4 && isOutletName(trimmed) && !HEADLINE_VERB.test(trimmed)) return trimmed;
  return null;
}

/** `The Kabul times` → `The Kabul Times`: each word's first letter in capitals, the rest as written. */
export function capitalizeWords(text: string): string {
  return text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase());
}

/** `LOS ANGELES TIMES` → `Los Angeles Times`: a name printed in capitals, in title case; any other name as it is. */
export function unshouted(name: string): string {
  return name === name.toUpperCase() && /\p{Lu}/u.test(name) ? capitalizeWords(name.toLowerCase()) : name;
}

/**
 * A masthead with something beside it, above the headline: a section's slug after a slash (`ETV Bharat /
 * bharat`), or a tagline after a comma (`The Kabul times, Afghanistan Trustable News Agency.`) or a dash.
 */
export function mastheadWithTag(line: string): string | null {
  const trimmed = line.trim();
  // `KIMA - Korea International Medical Association`: the site's acronym, a dash and the name it stands for.
  const spelled = /^(\p{Lu}{2,8})\s+[-–—|]\s+(\p{Lu}[\p{L}&'’-]*(?:\s+[\p{L}&'’-]+){1,7})$/u.exec(trimmed);
  if (spelled && spelled[2]!.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('') === spelled[1]) return spelled[2]!;
  // `Afghanistan Analysts Network – English`, `Supercruise Aviation - Article`: the site's name and its edition's
  // language or the page's kind, as a page's title tag gives them; `KinoKultura: Issue 37 (2012)`: a journal's
  // name and its issue. A headline ends in neither (so `Analysts` here is no verb).
  const edition = /^(\p{Lu}[\p{L}\p{N}.&'’]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’]*|of|in|for|on|and|the)){0,4})(?:\s+[-–—|]\s+(?:English|Article|Home|Homepage)|:\s+(?:Issue|Vol\.?|Volume|No\.)\s+\d+(?:\s+\(\d{4}\))?)$/u.exec(trimmed);
  if (edition) return edition[1]!;
  const slug = /^(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\s+\/\s+\p{Ll}[\p{Ll}\p{N}-]{1,24}$/u.exec(trimmed);
  if (slug) return slug[1]!;
  // `Arzuw NEWS - Turkmenistan news`: the masthead, a dash, what the site is (not a headline and its site).
  const dashed = /^(\p{Lu}[\p{L}.&'’]*(?:\s+\p{Lu}[\p{L}.&'’]*){0,3})\s+[-–—|]\s+(\p{Lu}[^-–—|]{2,60})$/u.exec(trimmed);
  if (dashed && wordCount(dashed[2]!) <= 6 && !isOutletName(dashed[2]!) && /\s\p{Ll}/u.test(dashed[2]!)) {
    // An outlet word in capitals (`NEWS`) in its usual case.
    const name = dashed[1]!.replace(/(\p{Lu})(\p{Lu}{3,})/gu, (_, first: string, rest: string) => first + rest.toLowerCase());
    if (isOutletName(name) && !HEADLINE_VERB.test(name)) return name;
  }
  const tagged = /^((?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+[\p{L}.&'’-]+){0,3}),\s+([^,]{3,80}?)\.?$/u.exec(trimmed);
  if (tagged && wordCount(tagged[2]!) <= 8) {
    // Its own words in their printed case (`The Kabul times`): the outlet's shape is judged capitalised.
    const capitalised = capitalizeWords(tagged[1]!);
    if (isOutletName(capitalised) && !HEADLINE_VERB.test(capitalised)) return tagged[1]!;
  }
  return null;
}

/**
 * A word before the last in headline-case verb form: `Kyrgyzstan Restricts Foreign Press` is a headline
 * ending in an outlet word, not a masthead (outlet names' inner words are nouns: `Gulf News Network`).
 */
export const HEADLINE_VERB = /\b(?!(?:News|Times|Affairs|Economics|Politics|Arabs|Nations|States|Emirates|Express)\b)\p{Lu}\p{Ll}+[^s\s]s\s+\S/u;

/** `The New York Times: As They Draw Closer …` → outlet + headline. */
export function splitOutletPrefix(text: string): { title: string; outlet: string | null } {
  const colon = text.indexOf(': ');
  if (colon > 0) {
    const prefix = text.slice(0, colon);
    const rest = text.slice(colon + 2).trim();
    // (`News: Turkmenistan Airlines banned from Europe`: the section's label, taken off, names no outlet.)
    if (/^(?:breaking |latest )?news$/iu.test(prefix) && wordCount(rest, 3) >= 3) return { title: rest, outlet: null };
    if (rest !== '' && isOutletName(prefix)) return { title: rest, outlet: prefix };
  }
  return { title: text, outlet: null };
}

/** An agency as a dateline or byline writes it, in its usual case: `BUSINESS WIRE` → `Business Wire`, `OREANDA-NEWS` → `Oreanda-News`; `AA`, `AFP` stay. */
export function outletCase(name: string): string {
  const trimmed = name.trim();
  if (!/\p{Ll}/u.test(trimmed) && /[\s-]/u.test(trimmed)) {
    const known = KNOWN_OUTLETS.find((o) => o.toLowerCase() === trimmed.toLowerCase());
    if (known) return known;
    // Each part in its own case: a known outlet as it is known, a short acronym kept (`AFP-JIJI` → `AFP-Jiji`).
    return trimmed.replace(/[^\s/-]+/gu, (part) => {
      const knownPart = KNOWN_OUTLETS.find((o) => o.toLowerCase() === part.toLowerCase());
      if (knownPart) return knownPart;
      if (part.length <= 3 && !/^(?:THE|OF|AND|FOR|NEW|DAY|SUN|STAR|BAY)$/u.test(part)) return part;
      return part.charAt(0) + part.slice(1).toLowerCase();
    });
  }
  return KNOWN_OUTLETS.find((o) => o.toLowerCase() === trimmed.toLowerCase()) ?? trimmed;
}

/** An agency's name or acronym: a known outlet, a capitalised name ending in an outlet word, or an acronym (`AA`, `ANI`, `MNA`). */
export function isAgencyName(name: string): boolean {
  const trimmed = name.trim();
  return isOutletName(trimmed) || (/^\p{Lu}[\p{Lu}\p{N}&-]{1,7}$/u.test(trimmed) && !ROLE_ACRONYMS.has(trimmed));
}
/** Acronyms of a person's role or degree, which follow a name the way an agency does (`Jane Roe, CEO`). */
const ROLE_ACRONYMS = new Set(['CEO', 'CFO', 'COO', 'CTO', 'CIO', 'MP', 'MEP', 'MD', 'PM', 'VP', 'EVP', 'SVP', 'GM', 'MBA', 'PHD', 'MA', 'MSC', 'BSC', 'OBE', 'MBE', 'CBE', 'KC', 'QC', 'JR', 'SR', 'USA', 'UK', 'US']);

/** How many leading paragraphs may name the outlet ("…, Qazinform News Agency reports."). */
const SOURCE_SEARCH_PARAGRAPHS = 3;
/** How many leading paragraphs may show the newsroom at work (`Quartz talked to some shoppers`). */
const OWN_REPORTING_PARAGRAPHS = 12;
/** Per-paragraph window for source searches: keeps regexes off multi-megabyte paragraphs. */
const SOURCE_SEARCH_CHARS = 2000;
const NAME_RUN = String.raw`(?!(?:As|And|But|Meanwhile|Earlier|Also)\s)(${NAME_TOKEN}(?:\s+(?:of\s+|the\s+)?${NAME_TOKEN}){0,5})`;

/** The longest leading run of words that is an outlet name: `Sabah Daily Türkiye` → `Sabah Daily`. */
function longestOutletPrefix(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const candidate = words.slice(0, n).join(' ').replace(/[.,;:'’]+$/, '');
    if (isOutletName(candidate)) return candidate;
  }
  return null;
}

/** The first outlet name that `pattern` (group 1: a capitalised name run) finds early in the article. */
function firstOutletMatch(paragraphs: string[], pattern: RegExp, count = SOURCE_SEARCH_PARAGRAPHS): string | null {
  for (const [index, paragraph] of paragraphs.slice(0, count).entries()) {
    for (const match of paragraph.slice(0, SOURCE_SEARCH_CHARS).matchAll(pattern)) {
      if (isCitation(match[0], index, paragraph.slice(match.index! + match[0].length, match.index! + match[0].length + 40))) continue;
      // `Mehr news reports`: a name the text itself calls news is an outlet, whatever its shape; `the press
      // service of the Kazakh MFA reports`: the institution publishes it.
      // `TurkicWorld reports`: a glued brand names itself. `…, reports Adyrna.` closing the opening paragraph:
      // one word after the verb is the outlet whatever its shape (a person there has two names); further
      // down it is as often another outlet's news passed on (`…, reports EURACTIV.`).
      const oneWord = index === 0 && pattern === REPORTING_BEFORE && /^,\s+(?:reports|informs)\s/u.test(match[0]) && /^\p{Lu}[\p{L}\p{N}.&-]+$/u.test(match[1]!.trim());
      const outlet =
        match[2] || oneWord || /\bservice\s+of\s/u.test(match[0]) ? match[1]!.trim() : (longestOutletPrefix(match[1]!) ?? (isGluedBrand(match[1]!.trim()) ? match[1]!.trim() : null));
      if (outlet) return outlet;
    }
  }
  return null;
}

/**
 * A past-tense report is another outlet's news passed on, not this article's publisher: `the press service
 * of Akorda reported` (a release's own present tense is `… reports`), `…, RFE/RL reported.` after the
 * opening paragraph, and `…, as the Financial Times writes`. `As Shana reported, …` and `…, reported
 * Kazinform.` still credit the source.
 */
function isCitation(match: string, paragraphIndex: number, after: string): boolean {
  // `…, as the Financial Times writes.`: a digest passing on another outlet's story.
  if (/\bas\s+the\s[^,]*\bwrites\s*$/u.test(match)) return true;
  // `…, Bloomberg reported on Monday.`: when another outlet reported it; a newsroom's own credit has no day.
  if (/\breported\s*$/u.test(match) && /^\s+(?:on\s+\p{Lu}\p{Ll}+day|last\s+(?:week|month|year|night)|earlier\s+this|yesterday|this\s+(?:week|month|morning))\b/u.test(after)) return true;
  if (!/\b(?:reported|was reporting)\s*$/u.test(match) || /^\W*[Aa]s\s/u.test(match)) return false;
  return /\bservice\s+of\s/u.test(match) || paragraphIndex > 0;
}

const REPORTING_AFTER = new RegExp(
  String.raw`(?:^|[,;:—–(]\s*|[.!?]\s+|\s-\s|\b(?:bureau|correspondent|office)\s+of\s+|\b[Aa]s\s+|\b(?:press\s+)?service\s+of\s+)(?:the\s+)?${NAME_RUN}(\s+(?:news(?:\s+agency)?|agency))?\s+(?:(?:previously|earlier|already|also|first)\s+)?(?:reports|reported|has reported|is reporting|was reporting|informs|writes)\b`,
  'gu',
);
/** `… This was reported by Zamin.uz.`: the story's own opening paragraph says where it comes from. */
const REPORTED_BY = new RegExp(String.raw`\b(?:[Tt]his|[Ii]t|[Tt]he news|[Tt]he report)\s+(?:was|has been|is)\s+reported\s+by\s+(?:the\s+)?${NAME_RUN}\s*[.;]`, 'gu');
/**
 * `…, reported Kazinform.`: the verb first, the outlet closing the sentence. Or the paragraph, a teaser's ellipsis before
 * the verb (`… for the region….reports Asian Lite News`); or the outlet's source after it (`…, writes The Washington
 * Post, citing US officials.`).
 */
const REPORTING_BEFORE = new RegExp(String.raw`(?:,\s+|(?:…|\.{3})\.?\s*)(?:reports|reported|writes|informs)\s+(?:the\s+)?${NAME_RUN}(?:\s*[.;]|,\s+citing\s|(?<![.])\s*$)`, 'gu');

/**
 * `…, Qazinform News Agency reports.` / `reported Kazinform.` / `the Kazakh bureau of Report informs` in the
 * first paragraphs, `This was reported by Zamin.uz.` in the first, or a wire's present-tense credit closing
 * the story (`…in 2005 and 2006, the AP reports.`).
 */
/**
 * `…, ElDala informed.`, `…, Kazinform has learnt from the EC's website.`, `…, XQ informs via Kyrgyz media.`: one
 * word before a newsroom's verb closing the opening paragraph names the outlet, whatever its shape (a person
 * there would say, not inform).
 */
const ONE_WORD_CREDIT = /,\s+(\p{Lu}[\p{L}\p{N}.&-]+)\s+(?:informs|informed|has (?:learnt|learned)|reports|reported)(?:\s+(?:from|via)\s[^.!?]{1,80})?\.\s*$/u;
function openingCredit(paragraphs: string[]): string | null {
  const opening = paragraphs[0]?.slice(0, SOURCE_SEARCH_CHARS) ?? '';
  const sentenceEnd = /[.!?]["”’]?\s+\p{Lu}/u.exec(opening);
  const first = sentenceEnd ? opening.slice(0, sentenceEnd.index + 1) : opening;
  return ONE_WORD_CREDIT.exec(first)?.[1] ?? null;
}

export function findReportingOutlet(paragraphs: string[]): string | null {
  return (
    firstOutletMatch(paragraphs, REPORTING_AFTER) ??
    openingCredit(paragraphs) ??
    // (`…, reports Eurasianet.` further down cites another outlet's story: only the opening paragraph's names the source.)
    firstOutletMatch(paragraphs, REPORTING_BEFORE, 1) ??
    firstOutletMatch(paragraphs, REPORTED_BY, 1) ??
    domainReporting(paragraphs) ??
    closingReportOutlet(paragraphs) ??
    welcomingSite(paragraphs)
  );
}

/** `I am very pleased to welcome you to the official website of the Medical Tourism Association of …!`: the site names itself. */
const OFFICIAL_SITE_WELCOME = /\bwelcome (?:you )?to the official (?:web)?(?:site|portal) of (?:the )?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|the|and|for|\p{Lu}[\p{L}'’&.-]*)){0,10})/u;
function welcomingSite(paragraphs: string[]): string | null {
  for (const paragraph of paragraphs.slice(0, SOURCE_SEARCH_PARAGRAPHS)) {
    const found = paragraph.includes('official') ? OFFICIAL_SITE_WELCOME.exec(paragraph.slice(0, SOURCE_SEARCH_CHARS)) : null;
    if (found) return found[1]!.replace(/(?:\s+(?:of|the|and|for))+$/u, '');
  }
  return null;
}

/**
 * `Izvestia investigated the extent …`, `BC learned in the Embassy …`, `The Insider spoke with those who …`, `The BigChilli
 * interviewed the Consul General`: what only the page's own newsroom does. Not a person doing it: a known given name, a
 * surname's form, a title, or a word the text also prints as the last of a longer name (`Haruhiko Kuroda` … `Kuroda asked`).
 */
const OWN_REPORTING = new RegExp(
  String.raw`(?:^|[.!?]["”’]?\s+|,\s+)((?:The\s+)?${NAME_TOKEN}(?:\s+${NAME_TOKEN}){0,3})\s+(?:has\s+)?(?:(?:learnt|learned)\s*(?:[.,;]|(?:that|in|from)\b)|investigated|interviewed|talked\s+(?:to|with)|spoke\s+(?:to|with)|reached\s+out\s+to)\b`,
  'gu',
);
const OWN_REPORTING_VERBS = /learn|investigated|interviewed|talked|spoke|reached out/u;
// (`Lessons learned from Laos …`: the idiom, no newsroom.)
const NOT_A_NEWSROOM = /^(?:He|She|We|They|It|I|You|This|That|These|Those|There|When|Then|After|Before|While|President|Minister|Ambassador|Mr|Ms|Mrs|Dr|Prof|Professor|Secretary|Senator|General|Lessons)\b/u;
/** A name a newsroom may have: no pronoun, title or idiom opening it, no word of it a given name or a surname's form. */
function mayBeNewsroom(name: string): boolean {
  return !NOT_A_NEWSROOM.test(name) && !name.split(/\s+/u).some((word) => givenName(word) !== null || LATIN_SURNAME.test(word) || CYRILLIC_SURNAME.test(word));
}
function ownReporting(paragraphs: string[]): string | null {
  for (const paragraph of paragraphs.slice(0, OWN_REPORTING_PARAGRAPHS)) {
    // The pattern backtracks at every capital; most paragraphs have none of its verbs.
    if (!OWN_REPORTING_VERBS.test(paragraph)) continue;
    for (const match of paragraph.slice(0, SOURCE_SEARCH_CHARS).matchAll(OWN_REPORTING)) {
      const name = match[1]!.trim();
      if (!mayBeNewsroom(name)) continue;
      if (!/\s/u.test(name) && printedAfterAName(paragraphs, name)) continue;
      return name;
    }
  }
  return null;
}

/**
 * Whether the article prints `word` as the last of a longer name (`Haruhiko Kuroda` … `Kuroda asked`). Joined only
 * here, for the rare one-word newsroom; a capitalised word closing the paragraph before counts too.
 */
function printedAfterAName(paragraphs: string[], word: string): boolean {
  return new RegExp(String.raw`\p{Lu}[\p{L}.'’-]*\s+${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\b`, 'u').test(paragraphs.join('\n'));
}

/** `…, lsm.kz reports.`: a site's domain in lower case, which the capitalised patterns do not see. */
const DOMAIN_REPORTS = /(?:^|[,;:]\s+|[.!?]\s+)([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6})\s+(?:reports|informs|writes)\b/gu;
function domainReporting(paragraphs: string[]): string | null {
  for (const paragraph of paragraphs.slice(0, SOURCE_SEARCH_PARAGRAPHS)) {
    for (const match of paragraph.slice(0, SOURCE_SEARCH_CHARS).matchAll(DOMAIN_REPORTS)) if (isDomainName(match[1]!)) return match[1]!;
  }
  return null;
}

/**
 * `Source: lsm.kz`, `SOURCE: RIA Novosti` on a line of its own near the top or the end of the story (not
 * under a chart: the name must read as an outlet's or a site's, not any acronym).
 */
export function labelledSourceLine(paragraphs: string[]): string | null {
  const near = [...paragraphs.slice(0, SOURCE_SEARCH_PARAGRAPHS), ...paragraphs.slice(-SOURCE_SEARCH_PARAGRAPHS)];
  for (const paragraph of near) {
    // One source named; `Sources: The Diplomat, Eurasianet` lists what a digest drew on.
    // (`Source: Kazakhstan: Zim’s ‘new frontier’ | Sunday Mail (Top Stories)`: the story's headline, then its outlet and section.)
    const piped = /^source\s*[:：]\s*.{3,200}\s\|\s+([^|()]{2,60}?)(?:\s*\([^()]{1,40}\))?\.?$/iu.exec(paragraph.trim());
    const match = piped ?? /^source\s*[:：]\s*([^,;]+?)\.?$/iu.exec(paragraph.trim());
    const name = match?.[1]?.split(/\s*\/\s*/u)[0]?.trim();
    // (`Source: Wadsam` closing the story: one capitalised word there names the outlet whatever its shape.)
    const closing = paragraph === paragraphs[paragraphs.length - 1] && name !== undefined && /^\p{Lu}[\p{Ll}\p{N}]{2,20}$/u.test(name);
    if (name && wordCount(name) <= 5 && (isKnownOutlet(name) || isOutletName(name) || isDomainName(name) || isGluedBrand(name) || closing)) return outletCase(name);
  }
  return null;
}

/**
 * `…, HT has learnt.` / `Newsweek has contacted Russia's Foreign Ministry for comment`: the newsroom speaking
 * of itself, anywhere in the story. The name must read as an outlet's, or be an acronym, unless it asks for comment.
 */
const SELF_REFERENCE = new RegExp(
  String.raw`(?:^|[,;:]\s+|[.!?]\s+)(?:the\s+)?${NAME_RUN}\s+(?:has|had)\s+(?:(?:learnt|learned)\s*(?:[.,;]|that\b)|(contacted|reached out to|asked)\b[^.!?]{0,100}\bfor (?:a )?comment\b)`,
  'gu',
);
const SELF_REFERENCE_VERBS = /\bha[sd] (?:learnt|learned|contacted|reached out|asked)\b/u;
export function selfReference(paragraphs: string[]): string | null {
  for (const paragraph of paragraphs) {
    // The pattern backtracks at every capital; most paragraphs have none of its verbs.
    if (!SELF_REFERENCE_VERBS.test(paragraph)) continue;
    for (const match of paragraph.slice(0, SOURCE_SEARCH_CHARS * 5).matchAll(SELF_REFERENCE)) {
      const name = match[1]!.trim();
      // Only a newsroom asks for comment: then any short name is the outlet's.
      if (isAgencyName(name) || isGluedBrand(name) || (match[2] && wordCount(name) <= 3)) return name;
    }
  }
  return ownReporting(paragraphs) ?? earlierOwnReport(paragraphs);
}

/**
 * `As EcoPolitic reported before`, `as SteelOrbis previously reported`, `KazakhZerno reported earlier`, `EastFruit wrote
 * about …`: a newsroom pointing to its own earlier story. Not a wire or big outlet others cite (`as Reuters reported
 * earlier`), nor a person (`Jennifer Abrahamson wrote about`).
 */
const EARLIER_NAME = String.raw`((?:the\s+)?${NAME_TOKEN}(?:\s+${NAME_TOKEN}){0,3})`;
const EARLIER_REPORT = new RegExp(
  String.raw`\b[Aa]s\s+${EARLIER_NAME}(?:\s+(?:news\s+)?agency)?\s+(?:has\s+)?(?:earlier|previously|already)\s+(?:reported|wrote)\b|\b[Aa]s\s+${EARLIER_NAME}\s+(?:reported|wrote)\s+(?:before|earlier|previously)\b|(?:^|[.!?]\s+)${EARLIER_NAME}\s+(?:(?:reported|wrote)\s+(?:earlier|before|previously)|wrote\s+about)\b`,
  'gu',
);
function earlierOwnReport(paragraphs: string[]): string | null {
  for (const paragraph of paragraphs) {
    if (!/\b(?:reported|wrote)\b/u.test(paragraph)) continue;
    for (const match of paragraph.matchAll(EARLIER_REPORT)) {
      const name = (match[1] ?? match[2] ?? match[3]!).trim().replace(/^the\s+/u, '');
      if (mayBeNewsroom(name) && !isKnownOutlet(name) && !isKnownOutlet(`The ${name}`)) return name;
    }
  }
  return null;
}

function closingReportOutlet(paragraphs: string[]): string | null {
  if (paragraphs.length <= SOURCE_SEARCH_PARAGRAPHS) return null;
  const last = paragraphs[paragraphs.length - 1]!;
  const tail = last.slice(-200);
  for (const match of tail.matchAll(REPORTING_AFTER)) {
    if (!/\b(?:reports|informs|writes)$/u.test(match[0]) || !/^\s*\.?\s*$/u.test(tail.slice(match.index + match[0].length))) continue;
    const outlet = match[2] ? match[1]!.trim() : longestOutletPrefix(match[1]!);
    if (outlet && (match[2] || isKnownOutlet(outlet) || isAgencyName(outlet))) return outlet;
  }
  return null;
}

/**
 * A page's calls to action name the site itself: `Why you can trust SCMP`, `Skip to more DW sites`,
 * `Subscribe to Big Asia Newsletters`, `Visit Pakistan Updates for more.`, `Donate to TOL!`, `Download
 * the Kun.uz app`, `Follow Daryo on Telegram`. `More from Forbes` only with a name of an outlet's
 * shape, since `More from Asia` is a section; not `Support Ukraine`, a cause.
 */
const CTA_NAME = String.raw`((?:the\s+)?${NAME_TOKEN}(?:\s+${NAME_TOKEN}){0,3})`;
const CALLS_TO_ACTION = [
  String.raw`why you can trust ${CTA_NAME}\??`,
  String.raw`(?:\d+\.\s*)?skip to more ${CTA_NAME} sites`,
  String.raw`(?:subscribe|sign up)(?: to| for)? ${CTA_NAME}(?:['’]s)? (?:newsletters?|daily digest|briefing)`,
  // `Subscribe to receive updates from Registan`.
  String.raw`(?:subscribe|sign up)(?: to| for)? (?:receive|get) (?:updates|news|posts|emails) from ${CTA_NAME}[.!]?`,
  String.raw`visit ${CTA_NAME} for more(?: news)?[.!]?`,
  // `Discover more from The Realistic Optimist`: a newsletter platform's prompt under its post.
  String.raw`discover more from ${CTA_NAME}`,
  String.raw`donate to ${CTA_NAME}[.!]?`,
  String.raw`download the ${CTA_NAME} app`,
  String.raw`follow ${CTA_NAME} on (?:Telegram|Twitter|X|Facebook|Instagram|WhatsApp|YouTube|Google News)[.!]?`,
  String.raw`add ${CTA_NAME} to your (?:followed|preferred|favou?rite) sources\b.{0,60}`,
  // `PSN is sponsored by Beaver County Auto`: the site names itself beside its sponsor.
  String.raw`${CTA_NAME} is (?:sponsored|presented|powered) by \p{Lu}.{1,40}`,
].map((body) => new RegExp(`^${body}$`, 'iu'));
const CTA_OPENING = /^(?:why|\d|skip|subscribe|sign|visit|donate|download|follow|add|more|discover)\b|\bis (?:sponsored|presented|powered) by\b/iu;
const MORE_FROM = new RegExp(String.raw`^more from ${CTA_NAME}$`, 'iu');
/** Words a call to action may address that are not a site's name: `Subscribe to Our Newsletter`. */
const NOT_A_SITE = /^(?:our|my|your|us|this|the|all|free|daily|weekly|premium)$/iu;
export function callToActionOutlet(line: string): string | null {
  const trimmed = line.trim();
  // The patterns' opening words, or a sponsor's line: most lines have none, and skip the patterns.
  if (!CTA_OPENING.test(trimmed) || wordCount(trimmed) > 14) return null;
  for (const pattern of CALLS_TO_ACTION) {
    // The patterns ignore case for their own words; the name must still be written as one.
    // (`Sign up for MoneyWeek's newsletters`: the name without its possessive.)
    const name = pattern.exec(trimmed)?.[1]?.replace(/^the\s+/iu, '').replace(/['’]s$/u, '');
    if (name && /^[\p{Lu}\p{N}]/u.test(name) && !NOT_A_SITE.test(name.split(/\s+/u)[0]!)) return name;
  }
  const more = MORE_FROM.exec(trimmed)?.[1];
  return more && (isOutletName(more) || isKnownOutlet(more) || isDomainName(more) || isGluedBrand(more)) ? more : null;
}

/** `N. Ziyodullayeva, UzA`: the writer and the agency closing the article. */
export function namedCreditLine(line: string, isName: (text: string) => boolean): { name: string; outlet: string; photographer: string | null } | null {
  // (`Erkin Yodgorov, photo by Tohir Istatov, UzA`: the photographer's credit between the writer and the agency.)
  const match = /^([^,]{3,40}),\s*(?:photos?\s+by\s+([^,]{3,40}),\s*)?([^,]{2,40}?)\.?$/iu.exec(line.trim());
  if (!match || !isName(match[1]!.trim())) return null;
  const outlet = match[3]!.trim();
  return isAgencyName(outlet) || DOMAIN_NAME.test(outlet) ? { name: match[1]!.trim(), outlet: outletCase(outlet), photographer: match[2]?.trim() ?? null } : null;
}

/**
 * A credit line at the end of the article naming where it came from: `MNA/Shana.ir`, `Source: UzA`,
 * `(Reporting by Jane Roe; Editing by …)` is a byline, not this. Returns the first outlet of the line.
 */
export function creditLineOutlet(line: string): string | null {
  const trimmed = line.trim();
  if (wordCount(trimmed) > 8) return null;
  const labelled = /^(?:source|sources|via|from)\s*[:：]\s*(.+?)\.?$/iu.exec(trimmed);
  const body = labelled ? labelled[1]! : trimmed;
  const parts = body.split(/\s*\/\s*/u);
  if (!labelled && parts.length < 2) return null;
  // `DS/AK`, `SNC/PK`: the initials of the staff who wrote and checked a government release, no wire's.
  if (!labelled && parts.every((part) => /^\p{Lu}{1,3}$/u.test(part.trim()) && !isKnownOutlet(part))) return null;
  const first = parts[0]!.trim();
  return isAgencyName(first) || DOMAIN_NAME.test(first) ? outletCase(first) : null;
}

/**
 * `… accompanying the Prime Minister. - Bernama`, `… the grand mosque closely. –Malaysia World News`: the wire or the
 * site credited after a dash closing one of the story's last paragraphs (a person's name there signs a quotation).
 */
const DASH_CREDIT = /[.!?"”’]\s+[-–—]{1,2}\s*(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\s*$/u;
export function closingDashCredit(paragraphs: string[]): string | null {
  for (const paragraph of paragraphs.slice(-SOURCE_SEARCH_PARAGRAPHS)) {
    const name = DASH_CREDIT.exec(paragraph)?.[1];
    // (An agency's name: any outlet's, a known one's or a site's address included, or a wire's acronym.)
    if (name !== undefined && isAgencyName(name)) return name;
  }
  return null;
}

/** `(With PTI Inputs)`, `(With inputs from ANI)`: an Indian site's credit for the wire copy it used. */
export function inputsCredit(line: string): string | null {
  const match =
    /^\(?\s*with\s+inputs?\s+from\s+(?:the\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}?)\s*\)?\.?$/iu.exec(line.trim()) ??
    /^\(?\s*with\s+(?:the\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}?)\s+inputs?\s*\)?\.?$/iu.exec(line.trim());
  return match && isAgencyName(match[1]!) ? outletCase(match[1]!) : null;
}

/** `(Izturgan Aldauyev/For The Washington Post)`: a photographer working for the outlet that publishes the story. */
export function commissioningOutlet(captions: { credit: string | null }[]): string | null {
  for (const { credit } of captions) {
    const match = credit ? /\/\s*[Ff]or\s+((?:The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})$/u.exec(credit.trim()) : null;
    if (match && isOutletName(match[1]!)) return match[1]!;
  }
  return null;
}

/** `Illustrated by Jane Roe for Politics Today`: the artist's credit names the outlet that commissioned the work. */
export function commissionedCreditLine(line: string): string | null {
  const match = /^(?:illustrated|illustration|illustrations|photo(?:graph)?s?|image|images|graphics?|video)\s+by\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s+for\s+((?:The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\.?$/iu.exec(line.trim());
  return match && /^\p{Lu}/u.test(match[1]!) ? match[1]! : null;
}

/**
 * `© 2024 The Astana Times. All rights reserved.`, `Copyright © 2025 Kun.uz`: the page's own copyright line
 * names its publisher, when the name reads as an outlet's.
 */
export function copyrightOutlet(line: string): string | null {
  const korean = KOREAN_COPYRIGHT.exec(line.trim());
  // `© Inter Press Service (2010) — All Rights Reserved. Original source: …`: the year in brackets, and
  // whatever follows the reservation, are no part of the name.
  const plain = (korean ? `© ${korean[1]!}` : line.trim().replace(MENU_LINK_BEFORE_COPYRIGHT, '').replace(/^\[(.*)\]$/u, '$1').replace(/^(?:text|article|words|story)\s+(?=©)/iu, ''))
    .replace(/(\ball rights reserved)\b.*$/iu, '$1')
    .replace(/\breproduction reserved\b.*$/iu, 'all rights reserved')
    // `Bulgarian National Radio © 2025 All Rights Reserved`, `PEN International © 2017`: the name before the mark.
    .replace(/^([^©]{3,60}?)\s*©\s*(\d{4}(?:\s*[-–]\s*\d{4})?)\s*(?=all rights reserved|$)/iu, '© $2 $1 ')
    .replace(/\s*\(\d{4}(?:\s*[-–]\s*\d{4})?\)/u, '')
    .replace(/\s*[—–-]\s*(?=all rights reserved)/iu, '. ')
    // (`© Human Rights Watch -`: a dash left of a footer's line.)
    .replace(/\s+[—–|-]$/u, '');
  const match = /^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[,.]?\s*)?(.+?)\s*[.,;]?\s*(?:all rights reserved\.?)?$/iu.exec(plain);
  // `The Jiji Press, Ltd.`: the company's legal form is no part of the outlet's name.
  const name = match?.[1]?.replace(/[.,;]+$/u, '').replace(/,?\s+(?:Ltd|Inc|LLC|Co|Corp|Limited)\.?$/iu, '').trim();
  if (!name || wordCount(name) > 6) return null;
  // (Any short capitalised name holds the page's rights, `© Agenzia Nova`; a photo library's holds a picture's.)
  const owner = /^\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3}$/u.test(name) && !/\b(?:Photo|Photos|Images|Getty|Shutterstock|iStock|Alamy|Pixabay|Unsplash)\b/u.test(name);
  return isOutletName(name) || isDomainName(name) || isGluedBrand(name) || owner ? name : null;
}

/** `… in 1967. Copyright 2025 Alliance News Ltd. All Rights Reserved.`: a rights notice closing the story's last paragraph. */
export function closingCopyright(paragraphs: string[]): string | null {
  const notice = /(?:^|[.!?]["”’]?\s+)((?:©|Copyright)\s*(?:©\s*)?\d{4}\b[^©]{2,80}?\ball rights reserved\.?)\s*$/iu.exec(paragraphs.at(-1) ?? '');
  return notice ? copyrightOutlet(notice[1]!) : null;
}

/**
 * `The post … appeared first on Khaama Press.`: a republished blog feed's closing line names the site the
 * story came from.
 */
export function appearedFirstOn(paragraphs: string[]): string | null {
  for (const paragraph of paragraphs.slice(-SOURCE_SEARCH_PARAGRAPHS)) {
    const match = /\bappeared first on\s+((?:the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){0,4})\.?\s*$/u.exec(paragraph.trim());
    if (match) return match[1]!.replace(/\.$/u, '');
  }
  return null;
}

// (`Spil’ne`: an apostrophe inside a word, a soft sign transliterated, but not a possessive's `’s`.)
const REPOST_WORD = String.raw`\p{Lu}[\p{L}\p{N}.&-]*(?:['’](?!s\b)\p{Ll}+)?`;
const REPOST_NAME = String.raw`(?:the\s+)?${REPOST_WORD}(?:\s+${REPOST_WORD}){0,4}`;
/**
 * `This story was originally published by the Guardian`, `This article originally appeared on Gavi’s VaccinesWork
 * website`, `This story first appeared in The Beet, a weekly email dispatch from Meduza`: a repost's note naming
 * where the words were first published.
 */
export const REPOST_NOTE = new RegExp(
  String.raw`\b(?:[Tt]his|[Tt]he)\s+(?:story|article|statement|piece|interview|post|report|op-ed|column|commentary|essay|analysis)\s+(?:was\s+|is\s+)?(?:originally|first)\s+(?:published|appeared|ran)\s+(?:on|in|by|at)\s+(${REPOST_NAME}|[\p{Ll}\p{N}][\p{L}\p{N}-]*\.[a-z]{2,6}\b)(?:['’]s\s+(${REPOST_NAME})\s+(?:website|site|blog|newsletter|magazine|platform))?(?:,\s+an?\s+[\p{Ll}\s-]{0,40}?\b(?:from|of|by)\s+(${REPOST_NAME}))?`,
  'u',
);

/** The outlet a repost's note names: a newsletter's publisher, a site's name before `website`, else the name after `by`/`on`/`in`. */
export function repostSource(lines: string[]): string | null {
  for (const line of lines) {
    // (A cheap test first: the note's pattern would be tried at every `the` of the story.)
    if (!line.includes(' originally ') && !line.includes(' first ')) continue;
    const note = REPOST_NOTE.exec(line);
    if (note) return (note[3] ?? note[2] ?? note[1]!).replace(/[.,]$/u, '').replace(/^the\s+/u, 'The ');
  }
  return null;
}

/**
 * `An article published in Forbes`, `Article published on the rus.azattyq.org website`, `Published in the weekly
 * Steppe Courier`, `Read more on investmentweek.co.uk`, `Read at www.dw.com`: a reprint's line of its own naming the
 * outlet its words come from. The name must read as an outlet's or a site's, or follow a kind of publication
 * (`Published in News` is a section's label); `An edited version is published on Global Voices …`, a sentence
 * anywhere, names the outlet that publishes this version.
 */
const REPRINT_SITE = String.raw`(?:www\.)?[\p{Ll}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}`;
const REPRINT_LINE = new RegExp(
  String.raw`^(?:(?:(?:[Aa]n?|[Tt]he|[Tt]his)\s+)?([Aa]rticle|[Ss]tory|[Ii]nterview)\s+(?:was\s+|is\s+)?(?:(?:first|originally)\s+)?published|(?:(?:First|Originally)\s+)?[Pp]ublished|[Rr]ead(?:\s+more|\s+the\s+full\s+(?:story|article|report))?)\s+(?:in|on|at|by)\s+(?:the\s+)?(?:(?:\p{Ll}+\s+)?(newspaper|magazine|daily|weekly|journal|website|portal)\s+)?(${REPRINT_SITE}|${REPOST_NAME})(?:\s+(?:website|site|portal))?\.?$`,
  'u',
);
const EDITED_VERSION = new RegExp(String.raw`\b[Aa]n?\s+(?:edited|abridged|shorter|translated|English)\s+version\s+(?:of\s+(?:this|the)\s+\p{Ll}+\s+)?(?:is|was|has\s+been)\s+(?:re)?published\s+(?:on|in|by)\s+(${REPOST_NAME})`, 'u');
export function reprintCredit(lines: string[]): string | null {
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed.length > 120) {
      if (trimmed.includes(' version ')) {
        const edited = EDITED_VERSION.exec(trimmed)?.[1];
        if (edited && (isOutletName(edited) || isKnownOutlet(edited) || wordCount(edited) <= 3)) return edited.replace(/^the\s+/u, 'The ');
      }
      continue;
    }
    const match = REPRINT_LINE.exec(trimmed);
    if (!match) continue;
    const name = match[3]!.replace(/^www\./u, '').replace(/^the\s+/u, 'The ');
    // A line opened by `Published` or `Read` alone names an outlet only by its shape or a kind of publication before it.
    const shaped = isDomainName(name) || isKnownOutlet(name) || isOutletName(name) || isGluedBrand(name);
    if (shaped || match[2] || (match[1] && wordCount(name) <= 4)) return name;
  }
  return null;
}

/**
 * `…, Gupta told Deccan Chronicle.`, `Speaking to Times of Oman, the minister …`, `he told GlacierHub`: whom the
 * people of the story spoke to is the newsroom that wrote it, when the name reads as an outlet's (a paper's head
 * word, a glued brand, a site's address) and is not a wire or big outlet that other newsrooms cite (`told
 * Reuters`, `told the BBC`). The last resort: any other mark of the outlet comes first.
 */
const TOLD_OUTLET = new RegExp(String.raw`\b(?:told|[Ss]peaking to|in an interview (?:with|to))\s+(?:the\s+)?(${NAME_TOKEN}(?:\s+(?:of\s+)?${NAME_TOKEN}){0,3})(?=\s*(?:[.,;:)]|$|\s+(?:on|in|that|last|this|by|via|after|before|during|ahead|earlier|recently|\p{Ll}+day|they|he|she|we|it)\b))`, 'gu');
export function toldOutlet(paragraphs: string[]): string | null {
  for (const paragraph of paragraphs) {
    if (!/\b(?:told|[Ss]peaking to|interview)\b/u.test(paragraph)) continue;
    for (const match of paragraph.matchAll(TOLD_OUTLET)) {
      const name = match[1]!.replace(/\.+$/u, '').replace(/['’]s$/u, '');
      if (isKnownOutlet(name) || isKnownOutlet(`The ${name}`) || /^(?:The\s+)?Times$/u.test(name)) continue;
      // (`Times of Oman`: a paper named for its country, its head word first.)
      if (isOutletName(name) || isGluedBrand(name) || isDomainName(name) || /^(?:Times|News|Voice|Gazette|Herald)\s+of\s+\p{Lu}\p{Ll}+$/u.test(name)) return name;
    }
  }
  return null;
}
