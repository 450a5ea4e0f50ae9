// Datelines opening the first paragraph: `WASHINGTON (AP) —`, `ALMATY, Kazakhstan (Reuters) -`,
// `ASTANA –`, `TASHKENT:`, `Washington, DC -`, `NEW YORK–(BUSINESS WIRE)–`, `ISTANBUL (AA) -`,
// `MOSCOW, February 25. /TASS/.`, `LONDON, February 14. /“Dunyo” IA/.` (IA: a news agency), `ASTANA. KAZINFORM –`, `ASHGABAT (UrduPoint News / Sputnik - 03rd
// February, 2022)`, `CV NEWS FEED //`, and a dateline standing on a line of its own (`Astana,
// Kazakhstan (AFP) June 16, 2025`). The place is never a mention; the agency is the source; a date with
// a year is the publication date.
import { wordCount } from '../clean.ts';
import { findDate, MONTH, TITLE_CASE_WEEKDAY_NAMES, type FoundDate } from './dates.ts';
import { isAgencyName, isDomainName, isGluedBrand, isKnownOutlet, isOutletName, outletCase } from './outlets.ts';

export interface Dateline {
  /** The dateline as written. */
  dateline: string;
  source: string | null;
  date: FoundDate | null;
  /** The paragraph after it. */
  rest: string;
}

/** Words in capitals that open a paragraph as a label, not a place: `UPDATE:`, `EXCLUSIVE -`. */
const LABEL_WORDS = new Set(['update', 'updated', 'exclusive', 'breaking', 'watch', 'read', 'analysis', 'opinion', 'editorial', 'video', 'photos', 'live', 'note', 'editor', 'correction', 'factbox', 'explainer', 'interview', 'commentary']);

/** Offices that announce a speaker in a transcript's capitals (`FOREIGN MINISTER TILEUBERDI:`); no place is named with them. */
const SPEAKERS_OFFICE = /(?<![\p{L}.])(?:MR|MRS|MS|DR|SECRETARY|MINISTER|ADMINISTRATOR|PRESIDENT|AMBASSADOR|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|CHAIRMAN|CHAIRWOMAN|MODERATOR|SENATOR)(?![\p{L}])/u;
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}.'’]+(?:[ -]\p{Lu}[\p{Lu}.'’]+){0,3}`;
/** A caps place that is a domain (`AKIPRESS.COM`): the outlet's own mark. */
const WEEKDAY_NAME = String.raw`(?:${TITLE_CASE_WEEKDAY_NAMES})\b`;
const TITLE_PLACE = String.raw`(?!${WEEKDAY_NAME})\p{Lu}[\p{Ll}.'’]+(?:[ -](?!${WEEKDAY_NAME})\p{Lu}[\p{Ll}.'’]+){0,2}`;
// `Tashkent, the Republic of Uzbekistan, February 27, 2020 –`: a state's formal name is a region too.
// Never a weekday: `Flag Saturday, 27 April 2024` is a site's clock beside a flag's icon, not `Place, Region, date`.
const NOT_REGION = String.raw`(?!${MONTH}\b|${WEEKDAY_NAME})`;
const REGION = String.raw`(?:the\s+(?:Republic|Kingdom|State)\s+of\s+\p{Lu}[\p{L}.'’]*|${NOT_REGION}\p{Lu}[\p{L}.'’]*(?:\s${NOT_REGION}\p{Lu}[\p{L}.'’]*){0,2})`;
const DAY_MONTH = String.raw`(?:${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s*\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\.?(?:,?\s*\d{4})?|\d{1,2}[./-]\d{1,2}[./-]\d{4})`;
/** `06.01.2022`: a numeric date with its year. */
const NUMERIC_DATE = String.raw`\d{1,2}[./-]\d{1,2}[./-]\d{4}(?!\d)`;
// `(EFE).-`: Spanish-language agencies close the dateline with a full stop and a dash.
const SEPARATOR = String.raw`(?:\.[—–-]|--|[—–-]|:|\/\/)`;

/** The whole dateline grammar: place[, region][, date][ (agency…)][ /AGENCY/.][ date] separator. */
const DATELINE = new RegExp(
  // (`New Delhi : Raksha Mantri …`: a title-case place with a spaced colon, as Indian government releases write it.)
  // (`DUSHANBE/BUDAPEST (BosNewsLife)–`: two places in capitals joined by a slash, before the agency's bracket.)
  String.raw`^(?<place>${CAPS_PLACE}\/${CAPS_PLACE}(?=\s*\()|${CAPS_PLACE}|${TITLE_PLACE}(?=\s*[,(]|\s+${NUMERIC_DATE}|\s+:\s))` +
    String.raw`(?:,\s*(?<region>${REGION}))?` +
    // `SAMARKAND, Wednesday, October 22, 2025 (WNP):` names the weekday before the date.
    // (`Herat, Afghanistan – February 1, 2026 – In a …`: a dash between the place and the date too.)
    String.raw`(?:(?:[,.]?\s*|\s+[—–-]\s+)(?:${WEEKDAY_NAME},?\s+)?(?<date1>${DAY_MONTH}))?` +
    // (`KABUL: (MEP) – A ceremony …`: a colon after the place, before the agency's bracket.)
    String.raw`(?:[.,:]?\s*(?:[—–-]\s*)?(?<agencyBlock>\((?<agency>[^()]{1,80})\)))?` +
    String.raw`(?:\.?\s*\/\s?[“"«]?(?<slashAgency>\p{Lu}[\p{L}-]{1,20}|\p{Ll}{3,5}(?=\/))[”"»]?(?:\s(?:IA|NA))?\s?\/\.?|\s+\/\s+(?<afterSlash>\p{Lu}{2,8})(?=\s*$|\s+(?:--|[—–-])\s))?` +
    String.raw`(?:\s*(?<date2>${DAY_MONTH}))?` +
    // (`YEREVAN, JULY 13, ARMENPRESS. Kazakhstan’s …`: a full stop may close the agency's name.)
    String.raw`(?:,\s*(?<agencyTail>\p{Lu}{3,}(?:[ -]\p{Lu}{2,})?)(?=\s*$|\s*(?:--|[—–-])\s|\.\s+\p{Lu}))?` +
    // `DUSHANBE (Realist English). Russian …`: after an agency's bracket, a full stop separates too.
    String.raw`(?:\s*(?<sep>${SEPARATOR}|(?<=\)|,\s*\p{Lu}{3,})\.)(?=\s|\p{Lu}|\())?`,
  'u',
);

// (`8/17/2022 – After the closing ceremony …`: a numeric date with its year too; `Tuesday, February 22, 2022 – The …`: the
// weekday before it.)
const DATE_DASH = new RegExp(String.raw`^(?:${WEEKDAY_NAME},?\s+)?(?<date>${MONTH}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH}\.?,?\s+\d{4}|${NUMERIC_DATE})\s+[—–-]\s+(?=\p{Lu})`, 'u');
/** `24 January, 2017Trade union rights are …`: a full date glued to the story's first word. */
const DATE_GLUED = new RegExp(String.raw`^(?<date>${MONTH}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH}\.?,?\s+\d{4})(?=\p{Lu}\p{Ll})`, 'u');
// (`Paris-Geneva, March 18, 2024. On March 14 …`: with its year too.)
const PLACE_DAY_STOP = new RegExp(String.raw`^(?<place>${TITLE_PLACE}),\s+(?<date>${MONTH}\.?\s+\d{1,2}(?:,\s+\d{4})?)\.\s+(?=\p{Lu}\p{Ll})`, 'u');
/**
 * `October 9, 2024. Astana. The oldest temple …`: a full date and a place, each closed by a full stop (`1 March 2023,
 * WASHINGTON, DC. The Republic …`: or a comma after the date, the place in capitals and its state's letters).
 */
const DATE_STOP_PLACE_STOP = new RegExp(String.raw`^(?<date>${MONTH}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH}\.?,?\s+\d{4})(?:\.\s+(?<place>${TITLE_PLACE})|,\s+${CAPS_PLACE}(?:,\s+\p{Lu}\.?\p{Lu}\.?)?)\.\s+(?=\p{Lu}\p{Ll})`, 'u');
/** `April, 20, 2009. Krasnoye Sormovo Shipyard and …`: a full date alone opening the story, closed by a full stop. */
const DATE_STOP = new RegExp(String.raw`^(?<date>${MONTH}\.?,?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH}\.?,?\s+\d{4})\.\s+(?=\p{Lu}\p{Ll})`, 'u');
/** `New Delhi, September 5, 2017: A new law …`: a place and a full date, then a colon. */
const PLACE_DATE_COLON = new RegExp(String.raw`^(?<place>${CAPS_PLACE}|${TITLE_PLACE}),\s+(?<date>${MONTH}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH}\.?,?\s+\d{4}):\s+(?=\p{Lu})`, 'u');

/** `ASTANA. KAZINFORM –`: a place, a full stop and the agency in capitals. */
const PLACE_DOT_AGENCY = /^(?<place>\p{Lu}[\p{Lu} -]{2,})\.\s+(?<agency>\p{Lu}{3,}(?: \p{Lu}{2,})*)\s*(?:--|[—–-])/u;
/** `Astana. January 27. Silkroadnews - Most of …`: a place, the day and the agency, each closed by a stop or a dash. */
const PLACE_DAY_AGENCY = new RegExp(String.raw`^(?<place>${TITLE_PLACE})\.\s+(?<date>${DAY_MONTH})\.\s+(?<agency>\p{Lu}[\p{L}\p{N}.&-]{2,30})\s+(?:--|[—–-])\s+(?=\p{Lu})`, 'u');
/** `Iran Press/ Iran news: The President …`, `Shafaq News/ Official …`: the outlet's name opening the story, before a colon or a slash. */
const OUTLET_COLON = /^(?<agency>\p{Lu}[\p{L}\p{N}.&' -]{1,40}?)(?:(?:\s*\/\s*[\p{L}\p{N}.&' -]{1,30}?)?:|\/)\s+(?=[\p{Lu}"“«])/u;
/** Outlets named with words a section's label uses. */
const LABEL_LIKE_OUTLETS = new Set(['foreign policy', 'report', 'trend', 'analysis', 'opinion', 'politics', 'economy', 'business', 'world']);
/**
 * `Ashgabat, The Gulf Observer: A series …`, `Washington, April 24, 2024, The Europe Today: According to …`: the
 * place (and the date), then the outlet where an agency's bracket would stand.
 */
const PLACE_COMMA_OUTLET = new RegExp(
  String.raw`^(?<place>${CAPS_PLACE}|${TITLE_PLACE}),\s+(?:(?<date>${DAY_MONTH}),\s+)?(?<agency>(?:The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})\s*(?::|--|[—–-])\s+(?=[\p{Lu}"“«])`,
  'u',
);
// (`(LWI) - "When you meet …`: a spaced hyphen for the dash too.)
const AGENCY_BRACKET_UNDASHED = /^\((?:(?<named>\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,3})\s+[–—-]\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?|(?<agency>[\p{L}\p{N}.-]{2,30}))\)\s+(?=\p{Lu})/u;
/** Words in capitals that a bracket opening a story may hold and that name no agency, beyond LABEL_WORDS. */
const BRACKET_LABELS = new Set(['LEAD', 'PHOTO', 'AUDIO', 'LISTEN', 'CORRECTED', 'REFILE', 'RPT', 'NEWS', 'PR', 'AD', 'PDF', 'FILE', 'EN', 'RU', 'UZ', 'KZ']);
const AGENCY_BRACKET_FIRST = new RegExp(String.raw`^\((?<agency>\p{Lu}[\p{L}\p{N}.&' -]{1,30})\)\s*(?<date>${DAY_MONTH})?\s*(?:--|[—–-])\s+(?=[\p{Lu}"“«])`, 'u');
/** `AMN / SAMARKAND` on a line of its own: an agency's acronym, then the place it files from (a person's name after an agency's slash is a byline). */
const AGENCY_SLASH_PLACE = /^(?<agency>\p{Lu}{2,4})\s*\/\s*(?<place>\p{Lu}{5,}(?:\s\p{Lu}{2,}){0,2})$/u;
/** `(Agencies):`, `(Wires) –` opening the story: the wires at large, no one outlet. */
const WIRES_AT_LARGE = /^\((?:[Aa]gencies|[Nn]ews [Aa]gencies|[Ww]ires|[Ww]ire [Ss]ervices)\)\s*(?:--|[—–:-])\s*(?=[\p{Lu}"“«])/u;
/** `Kyiv • UNN` on a line of its own: the place, a bullet and the agency's acronym. */
const PLACE_BULLET_AGENCY = new RegExp(String.raw`^(?<place>${TITLE_PLACE}|${CAPS_PLACE})\s+[•·]\s+(?<agency>\p{Lu}{2,8})$`, 'u');
/** `ASTANA, November 21 – RIA Novosti. Early …`, `MOSCOW, Nov 21 - TASS. …`: the place, the day, a dash and the agency's sentence. */
const PLACE_DAY_DASH_AGENCY = new RegExp(String.raw`^(?<place>${CAPS_PLACE}|${TITLE_PLACE}),\s+(?<date>${DAY_MONTH})\s+[—–-]\s+(?<agency>\p{Lu}[\p{L}./-]{1,20}(?:\s+\p{Lu}[\p{L}./-]{1,20}){0,2})\.\s+(?=\p{Lu})`, 'u');
const PLACE_DASH_AGENCY = new RegExp(String.raw`^(?!By\s)(?<place>${TITLE_PLACE}|${CAPS_PLACE})\s+[—–-]\s+(?<agency>\p{Lu}[\p{L}./-]{1,30})$`, 'u');
/** `Russia and the CIS (bbabo.net) - …`: a section's label, then the site's domain in brackets. */
const SECTION_DOMAIN_DASH = /^(?:\p{L}+(?:\s+\p{L}+){0,4}\s+)?\((?<agency>[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)\)\s*(?:--|[—–-])\s+(?=\p{Lu})/u;
/** `Web Desk; Uzbekistan has …`: the newsroom's desk signing the story, before its first word. */
// (`PTC Web Desk: India and …`: the outlet's name before its desk's.)
const DESK_SIGNATURE = /^(?:(?<outlet>\p{Lu}[\p{Lu}\p{N}&]{1,7})\s+)?(?:Web|News|Online|Sports|Business|Monitoring|Foreign|International)\s+Desk\s*[;:—–-]\s+(?=\p{Lu})/u;
const BRACKETED_DATE_FIRST = new RegExp(String.raw`^\((?<date>${NUMERIC_DATE}|${DAY_MONTH})\)\s+(?=\p{Lu}\p{Ll})`, 'u');
/** `20-5-2024 (KUALA LUMPUR) Prime Minister …`: a full date, then the place in capitals in brackets. */
const DATE_THEN_PLACE_BRACKET = new RegExp(String.raw`^(?<date>${NUMERIC_DATE}|${MONTH}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH}\.?,?\s+\d{4})\s*\((?<place>\p{Lu}[\p{Lu}\s.'-]{2,30})\)\s*(?:--|[—–:-])?\s+(?=[\p{Lu}"“«])`, 'u');
// `May 26, 2014 (newstodate): Kyrgyzstan hopes …`: a colon after the bracket, a site's name in lower case.
const DATE_THEN_AGENCY_BRACKET = new RegExp(String.raw`^(?<date>${DAY_MONTH})\s*\((?<agency>\p{L}[\p{L}\p{N}.&' -]{1,30})\)\s*(?:--|[—–:-])\s+(?=[\p{Lu}"“«])`, 'u');
/** `October 8, Fineko/abc.az. The UAE …`: the day, the agency and the site that carries it, then the story. */
const DATE_AGENCY_SITE = new RegExp(String.raw`^(?:${TITLE_PLACE},\s+)?(?<date>${DAY_MONTH}),\s+(?<agency>\p{Lu}[\p{L}\p{N}-]{1,20})\/(?<site>[\p{L}\p{N}-]+\.[a-z]{2,6})\.\s+(?=\p{Lu})`, 'u');
const DATE_DASH_OUTLET = new RegExp(
  String.raw`^(?<date>${DAY_MONTH})\s*(?:--|[—–-])\s*(?<agency>(?:The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})\s*(?:--|[—–-])(?=\s|$)`,
  'u',
);
/** `Bayan News – The Ministry of Foreign Affairs …`: an outlet's name (of an outlet's shape) and a dash opening the story. */
const OUTLET_DASH = /^(?<agency>(?:The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\s+(?:--|[–—])\s+(?=[\p{Lu}"“«])/u;
/** `OREANDA-NEWSThe next meeting …`: a masthead in capitals glued to the first word. */
const GLUED_MASTHEAD = /^(?<agency>\p{Lu}[\p{Lu}\p{N}.&-]{2,}(?: \p{Lu}[\p{Lu}\p{N}.&-]+)*)(?=\p{Lu}\p{Ll})/u;
/** `Tengrinews.kz – There are …`: the site's domain opening the story before a dash. */
const DOMAIN_DASH = /^(?<agency>[\p{L}\p{N}][\p{L}\p{N}.-]*\.[\p{L}]{2,6})\s*(?:--|[—–-])\s+(?=[\p{Lu}"“«])/u;
const GLUED_HYPHEN_OUTLET = new RegExp(String.raw`^(?<agency>\p{Lu}[\p{L}\p{N}.&'’]+(?: \p{Lu}[\p{L}\p{N}.&'’]*){0,2})(?:,\s*${MONTH}\.?\s+\d{1,2})?-\s+(?=[\p{Lu}"“«])`, 'u');
/**
 * `ALWAGHT- Iran is …`, `TABNAK, Dec. 22- Iran and …`: an outlet's name (or its day) with a hyphen glued to it
 * and a space after, opening the story; not a masthead's staff (`EDITOR IN CHIEF- ABDULLAH BIN SALIM …`).
 */
function gluedOutlet(head: string): RegExpExecArray | null {
  const glued = GLUED_HYPHEN_OUTLET.exec(head);
  return glued && !STAFF_ROLE.test(glued.groups!['agency']!) ? glued : null;
}
/** Whether the paragraph opens with an outlet's name and a glued hyphen (gluedOutlet). */
export function opensWithGluedOutlet(paragraph: string): boolean {
  return gluedOutlet(paragraph.slice(0, 240)) !== null;
}
const STAFF_ROLE = /\b(?:editor|chief|director|publisher|manager|minister|president)\b/iu;
const THE_CAPS_DASH = /^The\s+(?<agency>\p{Lu}{3,}(?:\s+\p{Lu}{2,}){0,2})\s*(?:--|[—–])\s+(?=\p{Lu})/u;
/** `CV NEWS FEED //`: an outlet's own dateline mark. */
const OUTLET_SLASHES = /^(?<agency>[\p{Lu}\p{N}][\p{L}\p{N}.&' -]{1,40}?)\s*\/\//u;

/** ISO codes of the currencies a page's ticker quotes in the region. */
const CURRENCY_CODES = new Set(['UZS', 'KZT', 'KGS', 'TJS', 'TMT', 'RUB', 'USD', 'EUR', 'GBP', 'CNY', 'JPY', 'TRY', 'AZN', 'AFN', 'IRR', 'PKR', 'INR', 'AED', 'CHF']);
/** The international wires other agencies carry, by the names they sign with. */
const INTERNATIONAL_WIRE = /^(?:dpa|DPA|AFP|Reuters|AP|Xinhua|TASS|RIA|Interfax|Anadolu|AA|EFE|ANSA|Kyodo|Yonhap|IANS|PTI|ANI|UNI|Sputnik|Bloomberg|UPI)$/u;
function agencyOf(block: string, lenient = false): { source: string | null; date: FoundDate | null } {
  // `UrduPoint News / Sputnik - 03rd February, 2022`, `BUSINESS WIRE`, `AP Photo` is not an agency line.
  const date = findDate(block);
  // `11/10/2021 11:00, Gaudium Press`: a date or time the date finder leaves (a day and month either way round) names no one.
  const names = (date ? block.slice(0, date.index) : block)
    .split(/\s*(?:\/|,|\s-\s)\s*/u)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^[\d\s:./-]+$/u.test(part));
  // `(dpa/GNA)`: a wire and the agency carrying it, glued by a slash; which published the page, the order
  // does not say (`MNA/Shana.ir` puts the publisher first, `dpa/GNA` last).
  // (Unless one of the two is an international wire and the other is not: then the other carried it, `dpa/GNA`.)
  const glued = /^[\p{L}.-]+\/[\p{L}.-]+$/u.test(block.trim());
  const carrier = glued ? names.filter((name) => !INTERNATIONAL_WIRE.test(name)) : [];
  const first = glued ? (carrier.length === 1 && names.length === 2 ? carrier[0] : undefined) : names[0];
  // Framed as `PLACE, date (Agency) –`, any short capitalised name is the agency (`NIAT Khovar`).
  // `Currency Rates (UZS) 17.08.2016`: a currency's code in brackets is no agency.
  const agencyLike =
    // (`WASHINGTON (dpa-AFX) -`: a wire's service written after its name in lower case.)
    first !== undefined && !CURRENCY_CODES.has(first) && (isAgencyName(first) || (lenient && (/^\p{Lu}[\p{L}.&' -]{1,30}$/u.test(first) || (/^\p{Ll}{2,5}-\p{Lu}{2,6}$/u.test(first) && isKnownOutlet(first.split('-')[0]!))) && first.split(/\s+/u).length <= 3));
  return { source: agencyLike ? outletCase(first!) : null, date: date ? { iso: date.iso, text: date.text } : null };
}

/** Whether `acronym` is made of the initials of `name`'s capitalised words (`UN`, `United Nations`). */
export function isAcronymOf(acronym: string, name: string): boolean {
  const initials = name.split(/[\s-]+/u).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
  return initials.length > 1 && initials === acronym.replace(/[^\p{L}]/gu, '');
}

export function parseDateline(paragraph: string): Dateline | null {
  // `Tashkent [Uzbekistan], August 23 (ANI): …`: the place's country in square brackets, as Indian wires write it, is
  // read as part of the place.
  // (Tried only when a bracket opens near the start: this runs on every paragraph.)
  const bracket = paragraph.indexOf(' [');
  const region = bracket > 0 && bracket <= 32 ? /^(\p{Lu}[\p{L}.'’ -]{1,30}?)(\s\[\p{Lu}[\p{L} .'’-]{1,30}\])(?=,)/u.exec(paragraph) : null;
  if (region) {
    const inner = parseDateline(region[1]! + paragraph.slice(region[0].length));
    if (inner) return { ...inner, dateline: region[0] + inner.dateline.slice(region[1]!.length) };
  }
  const head = paragraph.slice(0, 240);


  const agencyPlace = AGENCY_SLASH_PLACE.exec(paragraph.trim());
  if (agencyPlace) return { dateline: agencyPlace[0], source: agencyPlace.groups!['agency']!, date: null, rest: '' };
  const placeAgency = PLACE_BULLET_AGENCY.exec(paragraph.trim());
  if (placeAgency) return { dateline: placeAgency[0], source: placeAgency.groups!['agency']!, date: null, rest: '' };
  // (`Dushanbe - AFP` with a dash instead: only a wire the outlets list knows, as a dash joins many two things.)
  const placeDashAgency = PLACE_DASH_AGENCY.exec(paragraph.trim());
  if (placeDashAgency && isKnownOutlet(placeDashAgency.groups!['agency']!)) return { dateline: placeDashAgency[0], source: placeDashAgency.groups!['agency']!, date: null, rest: '' };
  // (A known agency only: a dash after a day opens many a sentence, `MOSCOW, Nov 21 - Officials said.`)
  const dayDashAgency = PLACE_DAY_DASH_AGENCY.exec(head);
  if (dayDashAgency && (isKnownOutlet(dayDashAgency.groups!['agency']!) || isAgencyName(dayDashAgency.groups!['agency']!))) {
    const dated = findDate(dayDashAgency.groups!['date']!);
    return { dateline: dayDashAgency[0].trim(), source: dayDashAgency.groups!['agency']!, date: dated ? { iso: dated.iso, text: dated.text } : null, rest: paragraph.slice(dayDashAgency[0].length).trim() };
  }
  const sectionDomain = SECTION_DOMAIN_DASH.exec(head);
  if (sectionDomain && isDomainName(sectionDomain.groups!['agency']!)) {
    return { dateline: sectionDomain[0].trim(), source: sectionDomain.groups!['agency']!, date: null, rest: paragraph.slice(sectionDomain[0].length).trim() };
  }
  const desk = DESK_SIGNATURE.exec(head);
  if (desk) return { dateline: desk[0].trim(), source: desk.groups?.['outlet'] ?? null, date: null, rest: paragraph.slice(desk[0].length).trim() };
  const stop = head.indexOf('. ');
  const dayAgency = stop > 1 && stop < 32 ? PLACE_DAY_AGENCY.exec(head) : null;
  if (dayAgency) {
    const dated = findDate(dayAgency.groups!['date']!);
    return { dateline: dayAgency[0].trim(), source: dayAgency.groups!['agency']!, date: dated ? { iso: dated.iso, text: dated.text } : null, rest: paragraph.slice(dayAgency[0].length).trim() };
  }
  const dotted = PLACE_DOT_AGENCY.exec(head);
  if (dotted && wordCount(dotted[0]) <= 6) {
    return { dateline: dotted[0].trim(), source: outletCase(dotted.groups!['agency']!), date: null, rest: paragraph.slice(dotted[0].length).trim() };
  }
  const domain = DOMAIN_DASH.exec(head);
  if (domain && isDomainName(domain.groups!['agency']!)) {
    return { dateline: domain[0].trim(), source: domain.groups!['agency']!, date: null, rest: paragraph.slice(domain[0].length).trim() };
  }
  // The outlet signing the story with a glued hyphen (no place's dateline in the blind set is written so).
  const glued = gluedOutlet(head);
  // `Tehran- IRAF- Citing …`: the place, then the agency in capitals, each with its glued hyphen.
  const agencyAfter = glued ? /^(?<agency>\p{Lu}{2,8})-\s+(?=[\p{Lu}"“«])/u.exec(head.slice(glued[0].length)) : null;
  if (glued && agencyAfter) {
    const dateline = head.slice(0, glued[0].length + agencyAfter[0].length);
    return { dateline: dateline.trim(), source: agencyAfter.groups!['agency']!, date: null, rest: paragraph.slice(dateline.length).trim() };
  }
  if (glued) {
    // `Shafaqna English`: the site's edition in a language is the site.
    const outlet = outletCase(glued.groups!['agency']!.replace(/\s+English$/u, ''));
    return { dateline: glued[0].trim(), source: outlet, date: null, rest: paragraph.slice(glued[0].length).trim() };
  }
  // `The FINANCIAL — The EBRD …`: the paper's name in capitals after `The`, then a dash (a place in capitals has no `The`).
  const masthead = THE_CAPS_DASH.exec(head);
  if (masthead) {
    const name = `The ${masthead.groups!['agency']!.replace(/\p{Lu}+/gu, (word) => (word.length > 3 ? word.charAt(0) + word.slice(1).toLowerCase() : word))}`;
    return { dateline: masthead[0].trim(), source: name, date: null, rest: paragraph.slice(masthead[0].length).trim() };
  }
  const slashes = OUTLET_SLASHES.exec(head);
  if (slashes) {
    return { dateline: slashes[0].trim(), source: slashes.groups!['agency']!.trim(), date: null, rest: paragraph.slice(slashes[0].length).trim() };
  }

  for (const pattern of [OUTLET_COLON, GLUED_MASTHEAD, OUTLET_DASH]) {
    const found = pattern.exec(head);
    const name = found ? outletCase(found.groups!['agency']!.trim()) : null;
    // `Foreign Policy: …`, `Report: …`, `The report: …` before a colon alone are a section's label: an outlet of that name
    // opens the story with its slash (`Report/ …`).
    if (found && name && pattern === OUTLET_COLON && !found[0].includes('/') && LABEL_LIKE_OUTLETS.has(name.toLowerCase().replace(/^the\s+/u, ''))) continue;
    // (`RoydadNaft – Kazakhstan issued …`: a glued brand before the dash too.)
    if (found && name && (isOutletName(name) || isKnownOutlet(name) || (pattern === OUTLET_DASH && isGluedBrand(name)))) {
      return { dateline: found[0].trim(), source: name, date: null, rest: paragraph.slice(found[0].length).trim() };
    }
  }

  const placeOutlet = PLACE_COMMA_OUTLET.exec(head);
  if (placeOutlet && isOutletName(placeOutlet.groups!['agency']!) && !LABEL_WORDS.has(placeOutlet.groups!['place']!.toLowerCase())) {
    const written = placeOutlet.groups!['date'];
    const dated = written ? findDate(written) : null;
    const date = dated ? { iso: dated.iso, text: dated.text } : null;
    return { dateline: placeOutlet[0].trim(), source: placeOutlet.groups!['agency']!, date, rest: paragraph.slice(placeOutlet[0].length).trim() };
  }
  // `(ATF) Canada warned …`, `(lubavitch.com) Karaganda …`, `(London Post – Astana) The Prime Minister …`: with no dash,
  // only an acronym (not a label: `(VIDEO)`, `(LEAD)`), a site's address, or a name and the place it files from.
  const undashed = AGENCY_BRACKET_UNDASHED.exec(head);
  if (undashed) {
    const agency = undashed.groups!['agency']!;
    const named = undashed.groups!['named'];
    if (named !== undefined || (isDomainName(agency) || (/^\p{Lu}{2,6}$/u.test(agency) && !LABEL_WORDS.has(agency.toLowerCase()) && !BRACKET_LABELS.has(agency)))) {
      return { dateline: undashed[0].trim(), source: named ?? agency, date: null, rest: paragraph.slice(undashed[0].length).trim() };
    }
  }
  // `(Yicai) Feb. 21 --`, `Dec. 6 (UPI) --`: the agency in brackets and the date, before the story.
  // `(Agencies): Pope Francis arrived …`: a credit to the wires at large opens the story, naming no outlet.
  const wires = WIRES_AT_LARGE.exec(head);
  if (wires) return { dateline: wires[0].trim(), source: null, date: null, rest: paragraph.slice(wires[0].length).trim() };
  const bracketed = AGENCY_BRACKET_FIRST.exec(head) ?? DATE_THEN_AGENCY_BRACKET.exec(head);
  if (bracketed) {
    const written = bracketed.groups!['date'];
    const dated = written ? findDate(written) : null;
    return {
      dateline: bracketed[0].trim(),
      // `(Yicai) Feb. 21 --`: with a date, any short name; `(Washington) –` alone is a place.
      source: agencyOf(bracketed.groups!['agency']!, written !== undefined).source,
      date: dated ? { iso: dated.iso, text: dated.text } : null,
      rest: paragraph.slice(bracketed[0].length).trim(),
    };
  }
  // `(13.11.2014) In a surprising turn of events, …`: the story's date in brackets opening it.
  const bracketDate = BRACKETED_DATE_FIRST.exec(head);
  const openingDate = bracketDate ? findDate(bracketDate.groups!['date']!) : null;
  if (bracketDate && openingDate && /\d{4}/u.test(openingDate.text)) {
    return { dateline: bracketDate[0].trim(), source: null, date: { iso: openingDate.iso, text: openingDate.text }, rest: paragraph.slice(bracketDate[0].length).trim() };
  }
  const placeBracket = DATE_THEN_PLACE_BRACKET.exec(head);
  const placeDated = placeBracket ? findDate(placeBracket.groups!['date']!) : null;
  if (placeBracket && placeDated) {
    return { dateline: placeBracket[0].trim(), source: null, date: { iso: placeDated.iso, text: placeDated.text }, rest: paragraph.slice(placeBracket[0].length).trim() };
  }
  const agencySite = head.includes('/') ? DATE_AGENCY_SITE.exec(head) : null;
  const siteDated = agencySite ? findDate(agencySite.groups!['date']!) : null;
  if (agencySite) {
    return { dateline: agencySite[0].trim(), source: agencySite.groups!['site']!, date: siteDated ? { iso: siteDated.iso, text: siteDated.text } : null, rest: paragraph.slice(agencySite[0].length).trim() };
  }
  // `September 26, 2025 - TRA Newswire -`: the date first, then the outlet, between dashes.
  const dateOutlet = DATE_DASH_OUTLET.exec(head);
  if (dateOutlet && isOutletName(dateOutlet.groups!['agency']!)) {
    const dated = findDate(dateOutlet.groups!['date']!);
    if (dated) return { dateline: dateOutlet[0].trim(), source: dateOutlet.groups!['agency']!, date: { iso: dated.iso, text: dated.text }, rest: paragraph.slice(dateOutlet[0].length).trim() };
  }

  // `October 20, 2025 – The National Leader …`: the date alone, then a dash; `Moscow, March 1. Uzbekistan and …`:
  // a place and a day, then a full stop.
  const opening = DATE_DASH.exec(head) ?? DATE_GLUED.exec(head) ?? PLACE_DAY_STOP.exec(head) ?? PLACE_DATE_COLON.exec(head) ?? DATE_STOP_PLACE_STOP.exec(head) ?? DATE_STOP.exec(head);
  if (opening) {
    const found = findDate(opening.groups!['date']!);
    if (found || opening.groups!['place']) {
      return { dateline: opening[0].trim(), source: null, date: found ? { iso: found.iso, text: found.text } : null, rest: paragraph.slice(opening[0].length).trim() };
    }
  }

  const match = DATELINE.exec(head);
  if (!match) return null;
  // `Antonella Bassani, World Bank Vice-President …`: a hyphen inside a word separates nothing.
  if (/\p{L}[-‐‑]$/u.test(match[0]) && /^\p{L}/u.test(head.slice(match[0].length))) return null;
  const g = match.groups!;
  const place = g['place']!;
  if (LABEL_WORDS.has(place.toLowerCase().replace(/[.'’]/gu, ''))) return null;
  // `ADMINISTRATOR SAMANTHA POWER: Thank you.`, `SECRETARY BLINKEN:`: a transcript's speaker, announced by office, no place.
  if (SPEAKERS_OFFICE.test(place) && g['sep'] === ':') return null;
  const caps = !/\p{Ll}/u.test(place);
  // `AKIPRESS.COM - …`: the site's own name where a place would stand is the source.
  if (isDomainName(place) && g['sep']) {
    const rest = paragraph.slice(match[0].length).trim();
    return { dateline: match[0].trim(), source: place, date: null, rest };
  }
  // (`/tass/`: a wire's letters in lower case between the slashes are its acronym.)
  const slashAgency = g['slashAgency'] !== undefined && /^\p{Ll}+$/u.test(g['slashAgency']) ? g['slashAgency'].toUpperCase() : g['slashAgency'];
  const agencyBlock = g['agency'] ?? slashAgency ?? g['afterSlash'] ?? g['agencyTail'] ?? null;
  const written = [g['date1'], g['date2']].find((d) => d !== undefined);
  // `Dushanbe, July 13 (IBNS) Indian Prime Minister …`: a place, a date and an agency's letters in brackets.
  // (`Uzbekistan (MNN/Forum 18) — …`: the agency's letters, then the source it passes on after a slash.)
  const bracketAcronym = g['agency'] !== undefined && /^\p{Lu}{2,6}(?:\s*\/\s*\p{Lu}[\p{L}\p{N} .&-]{0,30})?$/u.test(g['agency'].trim());
  // (`Tashkent, March 2 (Hibya) – …`: a date and a dash frame any short name in brackets as the agency.)
  // (`LONDON, February 14. /“Dunyo” IA/.`: so do a date and the slashes around the name.)
  // (`Kazakhstan (Next Media) – Scientists …`: an outlet's name in brackets, then a dash, with no date too.)
  const dashAfter = g['sep'] !== undefined && /^(?:--|[—–-])$/u.test(g['sep']);
  const outletBracket = g['agency'] !== undefined && dashAfter && isOutletName(g['agency'].trim());
  const agency = agencyBlock ? agencyOf(agencyBlock, (caps && g['sep'] !== undefined) || outletBracket || (written !== undefined && (bracketAcronym || slashAgency !== undefined || (g['agency'] !== undefined && dashAfter)))) : null;
  // A full stop after a bracket ends a dateline only when the bracket holds an agency, not what the
  // capitals stand for (`NATO (North Atlantic Treaty Organization). The alliance …`).
  if (g['sep'] === '.' && (!agency?.source || isAcronymOf(place, agency.source))) return null;
  // A title-case place must be framed like a dateline: a known agency, a region before the separator, or a
  // line of its own with a full date (`Brussels, 23 October 2023`); `External Affairs Minister (EAM) S
  // Jaishankar` is prose.
  const wholeLine = paragraph.slice(match[0].length).trim() === '';
  const datedLine = wholeLine && [g['date1'], g['date2']].some((d) => d !== undefined && /\d{4}/u.test(d));
  const withYear = written !== undefined && /\d{4}/u.test(written);
  // `Tokyo, Dec. 20 (Jiji Press)–Japan …`: a date and an agency's name in brackets before the separator.
  // So does one whose bracket names no single agency (`Beijing, May 18, (dpa/GNA) –`).
  const datedAgency = agencyBlock !== null && written !== undefined && g['sep'] !== undefined && (agency?.source != null || g['agency'] !== undefined);
  // `Brussels 06.01.2022 The Council …`: a place and a numeric date with its year, nothing between them.
  const numericDated = !caps && g['region'] === undefined && g['date1'] !== undefined && new RegExp(`^${NUMERIC_DATE}$`, 'u').test(g['date1']);
  // `Stockholm, January 16, 2024 — Kyrgyz …`: a press release's place and full date before a dash.
  const datedDash = withYear && g['date1'] !== undefined && g['sep'] !== undefined && /^(?:--|[—–-])$/u.test(g['sep']);
  // `Ulaanbaatar, October 29, 2024 /MONTSAME/.`: the agency between slashes closes the dateline itself.
  const datedSlashes = slashAgency !== undefined && written !== undefined && agency?.source != null;
  // `Newsroom (11/10/2021 11:00, Gaudium Press) Following …`: a bracket holding a date and the outlet.
  const bracketDated = g['agency'] !== undefined && agency?.source != null && /\d{1,2}[:/.]\d{1,2}/u.test(g['agency']);
  // `Geneva (ICRC) – Following …`: a place, an agency's letters in brackets and a dash.
  const acronymDash = bracketAcronym && g['sep'] !== undefined && /^(?:--|[—–-])$/u.test(g['sep']);
  const datedAcronym = bracketAcronym && written !== undefined && agency?.source != null;
  // `New Delhi : Raksha Mantri …`: a place alone with a spaced colon, as Indian government releases write it.
  // (Not a field's label before its value: `Duration : December 1, 2016 - November 30, 2019`.)
  const spacedColon = g['sep'] === ':' && g['region'] === undefined && written === undefined && agencyBlock === null && /\s:$/u.test(match[0]) && findDate(paragraph.slice(match[0].length).trimStart())?.index !== 0;
  // `Washington, DC (STL.News) The below …`: a place, its region and an outlet's name in brackets frame a dateline without a separator.
  const regionOutlet = g['region'] !== undefined && g['agency'] !== undefined && agency?.source != null && isOutletName(agency.source);
  if (!caps && !(agency?.source && (isKnownOutlet(agency.source) || g['agencyTail'] || outletBracket)) && !(g['region'] && (g['sep'] || regionOutlet)) && !datedLine && !datedAgency && !numericDated && !datedDash && !datedSlashes && !bracketDated && !spacedColon && !acronymDash && !datedAcronym) return null;
  // Capitals alone make a dateline only with a separator, an agency or a date with its year
  // (`BEIJING, June 16, 2025 Chinese President …`): `NATO said` is prose.
  if (caps && !g['sep'] && !agency?.source && !withYear) return null;
  if (caps && place.replace(/[^\p{L}]/gu, '').length < 3 && !agency?.source) return null;
  // An agency block that is not an agency (`ALMATY (Kazakhstan)`) still frames a dateline only with a separator.
  if (agencyBlock && !agency?.source && !g['sep']) return null;
  const rest = paragraph.slice(match[0].length).trim();
  // The paragraph must go on as a sentence (or end here: a dateline on its own line).
  if (rest !== '' && !/^[\p{Lu}\p{N}"“«‘'(]/u.test(rest)) return null;
  const dated = written ? findDate(written) : null;
  const date = dated ? { iso: dated.iso, text: dated.text } : (agency?.date ?? null);
  // `HRWF (26.02.2021) – On 24 February …`: letters with no vowel where the place would stand, the date in brackets
  // after them, are the organization publishing the story (no town is spelt so).
  const signedBy = caps && agency?.source == null && date !== null && /^\p{Lu}{3,6}$/u.test(place) && !/[AEIOUY]/u.test(place) ? place : null;
  return { dateline: match[0].trim(), source: agency?.source ?? (slashAgency ? outletCase(slashAgency) : null) ?? signedBy, date, rest };
}
