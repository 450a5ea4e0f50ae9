// Bylines in the shapes news pages print them: `By Jane Doe`, `By JANE DOE`, `Арестова Татьяна Exclusive`,
// `Olzhas Auyezov / Reuters`, `By Jane Doe | 25 Feb 2025`, `By ANI | Updated: December 18, 2021 23:00 IST`,
// `by AFP Staff Writers`, `Fahad Shabbir (@FahadShabbir) Published February 03, 2022 | 12:50 AM`,
// `Jane Roe, Almaty`, `Jane Roe in Tashkent`, `(AFP / JANE ROE)`; and names written surname first in
// Cyrillic or Latin (`Арестова Татьяна` → `Tatyana Arestova`).
import transliterate from '@sindresorhus/transliterate';
import { ENGLISH_WEEKDAYS, findDate, parseDateLine, WORD_START, type FoundDate } from './dates.ts';
import { isAgencyName, isDomainName, isGluedBrand, isKnownOutlet, isOutletName, outletCase, unshouted } from './outlets.ts';
import { givenName } from '../discover.ts';
import { CYRILLIC_SURNAME, LATIN_SURNAME } from '../names.ts';

export interface FoundByline {
  /** The writer(s) as written; null for a staff or agency byline (`By RFE/RL's Kazakh Service`, `By ANI`). */
  name: string | null;
  agency: string | null;
  date: FoundDate | null;
}

const AGENCIES = String.raw`AP|Reuters|AFP|TASS|Bloomberg|Interfax|Xinhua|Kazinform|Qazinform|UPI|dpa|RFE\/RL|Trend|APA|AKIpress|ANI|IANS|PTI|Sputnik|Anadolu|AA|Yonhap|Kyodo|Eurasianet|Associated Press`;
const BYLINE_LABEL = String.raw`exclusive|staff|staff writers?|staff reporters?|correspondents?|special correspondent|senior correspondent|reporters?|columnist|contributor|contributing writer|editor|opinion|analysis|эксклюзив|корреспондент|обозреватель`;
/** `AsiaToday reporter Hong Sun-mi`: the outlet, the writer's role, the writer. */
export const OUTLET_REPORTER = /^(\S+(?:\s+\S+){0,3}?)\s+(?:staff\s+)?(?:reporter|correspondent|writer)\s+(\p{Lu}.*)$/u;

const NAME_PARTICLE_WORD = String.raw`(?:van|von|de|der|den|del|da|di|du|la|le|al|el|bin|ibn)`;
/** `Anna van Densky The Collective Security Council …`: a writer's name run into the first sentence after a dateline. */
const LEADING_BYLINE = new RegExp(
  String.raw`^(\p{Lu}\p{Ll}+(?:\s+${NAME_PARTICLE_WORD}){0,2}\s+\p{Lu}[\p{Ll}'’-]+)\s+(?=(?:The|A|An|In|On|At|As|After|Before|During|Following|According|Speaking|Amid|Despite|While|When|This|It|Last|On)\s)`,
  'u',
);

/** The writer's name opening `text`, run into its first sentence, and what follows; only a name that reads as a person's. */
export function splitLeadingByline(text: string): { name: string; rest: string } | null {
  const match = LEADING_BYLINE.exec(text);
  if (!match || !looksLikePersonName(match[1]!)) return null;
  return { name: match[1]!, rest: text.slice(match[0].length) };
}

/** A name that is an outlet's by its shape alone: a known agency or acronym, a domain, a glued brand (`AsiaToday`); never `Kazakh` or `Staff`. */
function isBrandName(name: string): boolean {
  return isAgencyName(name) || isDomainName(name) || isGluedBrand(name);
}

// `Writer's pictureAini Yeskhozhina`: a blog platform's author badge, its image's alt text glued to the name.
/** A style of address before a writer's name. */
const WRITERS_STYLE = /^(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+(?=\p{Lu})|^(?:Professor|Ustadh|Ustaz|His Excellency|Her Excellency|H\.\s?E\.)\s+(?=\p{Lu})/u;
// (`By Maj. Christopher Brautigam`, `By Staff Sgt. Jane Roe`: a service member's rank, abbreviated as armed forces' news prints it.)
const RANK = String.raw`(?:(?:1st|2nd|Staff|Master|Chief|Lt\.)\s+)?(?:Maj|Capt|Lt|Col|Gen|Sgt|Cpl|Spc|Pvt|Pfc|Cmdr|Adm)\.`;
const WRITERS_RANK = new RegExp(String.raw`^${RANK}\s+(?=\p{Lu})`, 'u');
/** The unit a service member writes for, after the name (`Virginia National Guard`, `3rd Infantry Division`). */
const MILITARY_UNIT = String.raw`(?:National Guard|Army|Navy|Air Force|Marine Corps|Command|Corps|Division|Brigade|Regiment|Battalion|Squadron|Wing)`;
// (`By Capt. Matt Nowak Virginia National Guard`: without a comma, only after a rank and a name of two words.)
const UNIT_AFTER_RANKED_NAME = new RegExp(String.raw`^((?:[Bb]y|[Ww]ritten by)\s+${RANK}\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}${MILITARY_UNIT}$`, 'u');
// (`By Sgt. Jane Roe, 3rd Infantry Division`: after a comma, any name.)
const UNIT_AFTER_COMMA = new RegExp(String.raw`^((?:[Bb]y|[Ww]ritten by)\s.+?\p{Ll}),\s+(?:[\p{Lu}\d][\p{L}\d.'’-]*\s+){0,4}(?:Guard|${MILITARY_UNIT})$`, 'u');
// (`Words MAXMILIAN WECHSLER`: a magazine's label for its writer.)
const BYLINE_PREFIX = /^(?:(?:by|written by|words by|words(?=\s+\p{Lu}\p{Lu})|author|autor|post(?:ed)? by|reporting by|(?:story|article|text|report|interview|commentary|analysis) by|автор|текст)\s*[:：]?\s+|(?:[•·▪]\s*)?writer['’]s picture\s*)/iu;
const BYLINE_LABEL_SUFFIX = new RegExp(String.raw`\s*(?:[,|/–—-]\s*)?${WORD_START}(?:${BYLINE_LABEL})\s*$`, 'iu');
/** `By Manuel Veth –`, `Daniel Kim Views`, `Jane Roe 12 comments`: a dash left open, a page's view or comment counter. */
// (`By BEN MAUK, Photographs and Video by ANDREA FRAZZETTA`: the photographer's credit after the writer's name.)
const BYLINE_TRAILER = /(?:\s+[–—-]|\s+(?:\d[\d,.]*\s+)?(?:views?|comments?)|,\s+(?:photo(?:graph)?s|photography|video|illustrations?)(?:\s+(?:and|&)\s+(?:video|photos|photographs|illustrations?))?\s+by\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/iu;
const BYLINE_LABEL_PREFIX = new RegExp(String.raw`^(?:${BYLINE_LABEL})\s*[:|/–—-]?\s+`, 'iu');
/**
 * `By: Logistics Middle East Staff`, `By Messenger Staff`, `NET Web Desk`, `By BosNewsLife News Center`: only a newsroom
 * signs as its staff, desk or news centre.
 */
const STAFF_BYLINE = /^((?:The\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4}?)\s+(?:Staff(?:\s+(?:Writers?|Reporters?))?|(?:News|Web|Online|Digital)\s+Desk|News\s+Cent(?:er|re)|Desk|Newsroom|Editorial\s+(?:Team|Board|Staff|Desk)|Team)$/u;
/** `5 min read` beside a byline's date. */
const READING_TIME = /^\d+\s*(?:min(?:ute)?s?|mins)\.?\s+read$/iu;
const BYLINE_AGENCY_SUFFIX = new RegExp(String.raw`\s*(?:[,|/]|\bfor\b)\s*(?:the\s+)?(${AGENCIES})\s*$`, 'iu');
/** `(@FahadShabbir)`, `@jroe`: a social handle beside the name. */
const HANDLE = /\s*\(?@[\p{L}\p{N}_]+\)?/gu;
/** `Jane Roe, Almaty` / `Jane Roe in Tashkent`: where the writer filed from. */
// (`Mabasa Sasa in Astana, Kazakhstan`: the city and its country.)
// (`By Gul’bara Tolomushova (Bishkek)`: the city in brackets too.)
const FILED_FROM = /(?:,\s*|\s+in\s+)\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?(?:,\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)?$|\s+\(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\)$/u;
const NAME_SEPARATOR = /\s*(?:,|&|(?<!\p{L})(?:and|и)(?!\p{L}))\s*/u;
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'ul', 'le', 'la', 'da', 'dos', 'del', 'di']);
const PERSON_TOKEN = /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{Ll}]*[\p{Lu}][\p{Ll}]+)$/u;
/** A word in capitals that may be part of a name in a credit (`JANE ROE`, `KWAN-SEOK`). */
const CAPS_TOKEN = /^\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]*)*$/u;

/** An office in an unmarked line: `Uzbekistani President Shavkat Mirziyoyev` is a photo's alt text, not a writer. */
const OFFICE_WORDS = /\b(?:president|prime|minister|secretary|ambassador|king|queen|emperor|chancellor|governor|mayor|senator|chairman|speaker)\b/iu;
/** Words of a section's label, never of a writer's name. */
const SECTION_WORDS = /\b(?:overview|summary|background|introduction|contents|country|profile|analysis|opinion|report|update|feature|editorial|commentary|interview|statement|transcript|highlights|briefing|factsheet|fact sheet)\b/iu;

/** `JANE ROE` → `Jane Roe`; names in mixed case stay as written. */
export function nameCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Splits a line into its name and any date beside it: `By Jane Doe | 25 Feb 2025`, `Name Published February 03, 2022 | 12:50 AM`. */
const OPENING_WEEKDAY = new RegExp(String.raw`^(?:${ENGLISH_WEEKDAYS}),?\s+`, 'iu');
/** A section's label before a date: a few words in capitals or split by a slash or a dash (`RUSSIA / FSU POLITICS - In Brief `). */
const SECTION_LABEL_BEFORE_DATE = /^(?=[^.!?,;:]{2,60}$)(?:\p{Lu}[\p{L}&]*\s+(?:[/|–—-]\s+)?){1,8}$/u;

function splitDate(text: string): { rest: string; date: FoundDate | null; parts?: string[] } {
  // `By Correspondent / April 8, 2010`: a spaced slash before the date.
  const slashed = /^(.+?)\s+\/\s+([^/]+)$/u.exec(text);
  const slashedDate = slashed ? parseDateLine(slashed[2]!) : null;
  if (slashed && slashedDate) return { rest: slashed[1]!, date: slashedDate };
  const parts = text.split(/\s+[|·•]\s+|\s*\|\s*/u);
  if (parts.length > 1) {
    const dated = parts.find((part) => parseDateLine(part) !== null);
    if (dated) {
      // Not a time, nor a reading time (`5 min read`).
      const undated = parts.filter((part) => parseDateLine(part) === null && !/^[\s\d:.]*(?:[ap]\.?m\.?)?\s*$/iu.test(part) && !READING_TIME.test(part));
      return { rest: undated.join(' '), date: parseDateLine(dated), parts: undated };
    }
  }
  // `25th May 2018 By: Jane Roe - Creamer Media Editor`: the date opening the line, perhaps after its
  // weekday (`Tue 23/06/2020 by Jane Roe`).
  // (`Posted on Jul 22, 2021 by Jane Roe`: the date under its label.)
  const weekday = (OPENING_WEEKDAY.exec(text) ?? /^(?:posted|published)\s+on\s+/iu.exec(text))?.[0].length ?? 0;
  const opening = findDate(text.slice(weekday));
  // `30.03.2021 Author: Jane Roe` too.
  if (opening && opening.index === 0 && /^\s+(?:by\b|author\s*[:：]|post(?:ed)?\s+by\b)/iu.test(text.slice(weekday + opening.text.length))) {
    return { rest: text.slice(weekday + opening.text.length).trim(), date: { iso: opening.iso, text: opening.text } };
  }
  // `RUSSIA / FSU POLITICS - In Brief 12 Jan 2022 by Alex Teddy`: a section's label, then the date and the writer.
  const labelled = opening && opening.index > 0 && weekday === 0 ? text.slice(0, opening.index) : '';
  if (labelled && SECTION_LABEL_BEFORE_DATE.test(labelled) && /^\s+by\s+\p{Lu}/u.test(text.slice(opening!.index + opening!.text.length))) {
    return { rest: text.slice(opening!.index + opening!.text.length).trim(), date: { iso: opening!.iso, text: opening!.text } };
  }
  // `Autor: Jane Roe 11.10.2010`: a labelled writer, then the date closing the line.
  const closing = BYLINE_PREFIX.test(text) ? findDate(text) : null;
  if (closing && closing.index > 0 && text.slice(closing.index + closing.text.length).trim() === '') {
    // (`by Nathan Hamm on 1/19/2007`: the date's `on` is no part of the name.)
    return { rest: text.slice(0, closing.index).trim().replace(/\s+on$/u, ''), date: { iso: closing.iso, text: closing.text } };
  }
  // `Michael Marray 5 Jan 2022`: two or three name words, then the date closing the line.
  const closingDate = findDate(text);
  const writer = closingDate && closingDate.index > 0 && text.slice(closingDate.index + closingDate.text.length).trim() === '' ? text.slice(0, closingDate.index).trim() : '';
  if (closingDate && /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u.test(writer) && looksLikePersonName(writer)) {
    return { rest: writer, date: { iso: closingDate.iso, text: closingDate.text } };
  }
  // `By Asia Education Review Team , Monday, 02 June 2025 09:57:33 AM`: the date after a comma closes the line.
  for (let comma = text.indexOf(','); comma > 0; comma = text.indexOf(',', comma + 1)) {
    const date = parseDateLine(text.slice(comma + 1));
    if (date) return { rest: text.slice(0, comma).trim(), date };
  }
  // `Name Published February 03, 2022` / `Name – Updated 25.02.2025`
  const stamp = /\s*(?:[|·•–—-]\s*)?\b(?:published|updated|posted)\b\s*[:：]?\s*/iu.exec(text);
  if (stamp) {
    // (`by Waheed Abbas Published: Thu 6 Jan 2022, 10:26 AM`: its weekday first.)
    const after = text.slice(stamp.index + stamp[0].length);
    const weekdayFirst = OPENING_WEEKDAY.exec(after)?.[0].length ?? 0;
    const date = findDate(after.slice(weekdayFirst));
    if (date && date.index === 0) return { rest: text.slice(0, stamp.index).trim(), date: { iso: date.iso, text: date.text } };
  }
  return { rest: text, date: null };
}

/** `Aug 8, 2022`, `August 8 2022`: a date as a byline line prints it, its month first. */
const MONTH_DAY_YEAR = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}{0,6}\.?\s+\d{1,2},?\s+\d{4}`;
/** `Reports Aug 8, 2022 | …`: the site's section before the date. */
const SECTION_BEFORE_DATE = new RegExp(String.raw`^(?:News|Reports?|Opinion|Analysis|Features?|Blogs?|Interviews?|Articles?|Commentary|Columns?)\s+(?=${MONTH_DAY_YEAR}\b)`, 'u');
/** `By Maj. Christopher BrautigamApril 27, 2016`: the date glued to the name. */
const DATE_GLUED_TO_NAME = new RegExp(String.raw`(?<=\p{Ll})(?=${MONTH_DAY_YEAR}$)`, 'u');

/**
 * A byline line, or null. A bare name (no `By`, label or agency) counts only once the headline has been
 * seen (`allowBareName`).
 */
export function parseBylineLine(text: string, allowBareName: boolean): FoundByline | null {
  // `… on .`: a date the page left empty.
  // (`by Elzbieta Maria Pron.`: a marked byline may close with a full stop.)
  // (`by Nathan Hamm on 1/19/2007 · 4 comments`: a blog's comment count after it.)
  // (`by Kevin Teeter | kevin@nwnews.com`: the writer's address after a bar.)
  const trimmed = text.trim();
  const line = (trimmed.includes('@') ? trimmed.replace(/\s*[|·•,]?\s*[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u, '') : trimmed)
    .replace(/\s*[·|•]\s*\d+\s+comments?$/iu, '')
    .replace(/\s+on\s*\.?$/u, '')
    // (`Jeanette Blain | News Editor | [email protected]`: the address as a page shields it from robots.)
    .replace(/\s*[|·•,]?\s*\[email(?:\s|&#160;)protected\]$/iu, '')
    // (`Nosirkhon Qodirov |`: a bar with nothing after it.)
    .replace(/\s+\|$/u, '')
    // (The writer's unit after the name, a comma or none between.)
    .replace(UNIT_AFTER_RANKED_NAME, '$1')
    .replace(UNIT_AFTER_COMMA, '$1')
    // (`Jane Roe | May 23, 2024 | 10:45 AM IST`: the time of day in the last cell, with its zone.)
    .replace(/\s*[|·•]\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:\p{Lu}{2,5})?$/u, '')
    .replace(SECTION_BEFORE_DATE, '')
    // (`Aug 8, 2022 | 11:34 PMby Colin McGourty`: the writer after the time of day, glued or not.)
    .replace(/(?<=\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)\s*(?=by\s+\p{Lu})/u, ' | ')
    // (`by Vladimir BelogolovskyPublished on : Nov 03, 2023`: the date's label glued to the name.)
    .replace(/(?<=\p{Ll})(?=(?:Published|Posted|Updated)\s+on\b)/u, ' | ')
    .replace(DATE_GLUED_TO_NAME, ' ')
    // (`• Author Dilnaz Abdirash`, `| By Ricky Becker`: a list's bullet or a bar before the label.)
    .replace(/^[•·▪|]\s*(?=(?:author|by|written by)\b)/iu, '')
    .replace(/^((?:by|written by)\s.*\p{Ll}{2})\.$/iu, '$1');
  // `S Reza Kazemi 10 min`: a blog's writer and the reading time mark the line as a byline (an initial
  // printed without its full stop is given one).
  const timed = /^(.*\p{L})\s+\d{1,2}\s*min(?:ute)?s?(?:\s+read)?$/iu.exec(line);
  if (timed && !/\d/u.test(timed[1]!)) {
    const name = timed[1]!.replace(/^(\p{Lu})\s+(?=\p{Lu}\p{Ll})/u, '$1. ');
    return isPersonNames(name) ? { name, agency: null, date: null } : null;
  }
  const split = splitDate(line);
  let { rest } = split;
  const { date } = split;
  // `December 22, 2006|By David Holley | David Holley,LOS ANGELES TIMES`: each part beside the date is read on
  // its own, the writer from the first that names one, the outlet from any.
  if (split.parts && split.parts.length > 1) {
    const read = split.parts.map((part) => parseBylineLine(part, false));
    const named = read.find((found) => found?.name);
    if (named) {
      // `David Holley,LOS ANGELES TIMES`: the writer, then the paper they write for.
      // (In capitals too: `LOS ANGELES TIMES`.)
      const paper = split.parts.map((part) => /^[^,]+,\s*(.+)$/u.exec(part)?.[1]?.trim()).find((after) => after !== undefined && (isOutletName(after) || isOutletName(outletCase(after))));
      const paperName = paper === undefined ? null : paper === unshouted(paper) ? outletCase(paper) : unshouted(paper);
      return { name: named.name, agency: read.find((found) => found?.agency)?.agency ?? paperName, date };
    }
  }
  let marked = date !== null;
  rest = rest.replace(HANDLE, '').trim();
  // `Jeanette Blain | News Editor`: the writer, then their post after a bar.
  const barPost = /^(.+?)\s+\|\s+(.+)$/u.exec(rest);
  if (barPost && isPersonNames(barPost[1]!) && looksLikePersonName(barPost[1]!) && WRITERS_POST.test(barPost[2]!)) return { name: barPost[1]!, agency: null, date };
  // `(AFP / JANE ROE)`: a credit in brackets.
  const bracketed = /^\((.+)\)$/u.exec(rest);
  if (bracketed) {
    rest = bracketed[1]!.trim();
    marked = true;
  }
  // `AFP / JANE ROE`: the agency first.
  let agency: string | null = null;
  const agencyFirst = new RegExp(String.raw`^(${AGENCIES})\s*\/\s*(.+)$`, 'iu').exec(rest);
  if (agencyFirst) {
    agency = outletCase(agencyFirst[1]!);
    rest = agencyFirst[2]!.trim();
    marked = true;
  }
  const reporter = OUTLET_REPORTER.exec(rest);
  if (reporter && isBrandName(reporter[1]!)) {
    agency = outletCase(reporter[1]!);
    rest = reporter[2]!.trim();
    marked = true;
  }
  // A newsroom signing as its staff; a writer's name before `Staff Writer` stays a name. (`by WorldTribune Staff /
  // 247 Real News`: the site it was carried by after a slash.)
  const staff = STAFF_BYLINE.exec(rest.replace(BYLINE_PREFIX, '').trim().replace(/\s+\/\s+[\p{Lu}\p{N}][\p{L}\p{N} &.'’-]{1,40}$/u, ''));
  // (`19Network Editorial Team`: the newsroom is `19Network`.)
  const newsroom = staff?.[1]!.replace(/\s+Editorial$/u, '');
  // (`News Desk`, `Web Desk` alone name no newsroom.)
  if (newsroom && !/^(?:News|Web|Online|Digital)$/iu.test(newsroom) && (isOutletName(newsroom) || !looksLikePersonName(newsroom))) return { name: null, agency: outletCase(newsroom), date };
  for (let changed = true; changed; ) {
    changed = false;
    const before = rest;
    rest = rest.replace(BYLINE_PREFIX, '').replace(BYLINE_LABEL_SUFFIX, '').replace(BYLINE_LABEL_PREFIX, '').replace(BYLINE_TRAILER, '').trim();
    // `By Dr. Jane Roe`, `By H. E. Xi Jinping`, `By: Ustadh Abdul Aziz Al-Uzbeki`: a style of address is no part of the name.
    if (marked || rest !== before) rest = rest.replace(WRITERS_STYLE, '').replace(WRITERS_RANK, '');
    const agencyMatch = BYLINE_AGENCY_SUFFIX.exec(rest);
    if (agencyMatch) {
      agency = outletCase(agencyMatch[1]!);
      rest = rest.slice(0, agencyMatch.index).trim();
    }
    if (rest !== before) changed = marked = true;
  }
  // `Story by Katie Marie Davies for The Beet. Edited by Eilish Hart.`: the writer, before whom they wrote
  // for and the editor's credit.
  if (marked) {
    const commissioned = /^(.+?)\s+for\s+(?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}(?:[.;]\s+(?:Edited|Translated|Produced|Fact-checked) by\s.*)?\.?$/u.exec(rest);
    if (commissioned && isPersonNames(commissioned[1]!)) rest = commissioned[1]!;
  }
  // `By Diplomacy Journal Lee Kap-soo`: the outlet's name, then its writer's, nothing between.
  if (marked && agency === null) {
    const words = rest.split(/\s+/u);
    for (let n = 2; n <= words.length - 2; n++) {
      const outlet = words.slice(0, n).join(' ');
      const name = words.slice(n).join(' ');
      if (isOutletName(outlet) && !isKnownOutlet(name) && isPersonNames(name)) {
        agency = outlet;
        rest = name;
        break;
      }
    }
  }
  // `By Ilan Greenberg The New York Times`: the other way round, the writer's name, then the paper's. (Unmarked under
  // the headline only with a paper the list knows: `Amie Ferris-Rotman and Rachel Chason The Washington Post`.)
  const paper = agency === null && (marked || allowBareName) ? /^(.+?),?\s+(The\s+\p{Lu}.*)$/u.exec(rest) : null;
  if (paper && isPersonNames(paper[1]!) && (marked ? isOutletName(paper[2]!) : isKnownOutlet(paper[2]!))) {
    agency = paper[2]!;
    rest = paper[1]!;
    marked = true;
  }
  // `Femida SelimovaFemida Selimova`: a name printed twice, glued (a badge and a caption).
  rest = rest.replace(/^(.{4,60}?)\1$/u, '$1');
  if (!marked && !allowBareName) return null;
  // `Shabbir Khan, SME News Service` under the headline: a writer's name, then the outlet's (of an outlet's shape).
  // (Marked too: `By David Holley, Los Angeles Times`.)
  // (`Amie Ferris-Rotman, Michael Brice-Saddler and Rachel Chason, The Washington Post`: several writers.)
  const writerOutlet = /^(.{3,160}),\s+([^,]{3,50})$/u.exec(rest);
  if (writerOutlet && isPersonNames(writerOutlet[1]!) && !isOutletName(writerOutlet[1]!) && isOutletName(writerOutlet[2]!)) {
    return { name: writerOutlet[1]!, agency: agency ?? outletCase(writerOutlet[2]!), date };
  }
  // `By Correspondent / April 8, 2010`: a staff label names no one, but the line still dates the story.
  if (rest === '' && (agency || date)) return { name: null, agency, date };
  // `By: Jane Roe - Creamer Media Deputy Editor`: the writer's role after a dash.
  // `By: Jane Roe – Jewish Voice News`: the outlet she writes for, when what follows the dash reads as one.
  const role = marked ? /^(.+?)\s+[-–—]\s+(\p{Lu}.*)$/u.exec(rest) : null;
  if (role && isPersonNames(role[1]!)) {
    const after = role[2]!.trim();
    return { name: role[1]!, agency: agency ?? (isOutletName(after) || isDomainName(after) ? outletCase(after) : null), date };
  }
  // `Yuichiro Urai/ Marubeni Corporation Tashkent Liaison Office`: the writer, then the body they write from.
  const from = /^(.+?)\s*\/\s*(.+)$/u.exec(rest);
  if (from && isPersonNames(from[1]!.trim()) && INSTITUTION_WORDS.test(from[2]!) && !isAgencyName(from[2]!.trim())) return { name: from[1]!.trim(), agency, date };
  // `By Jane Roe, Central Asia Researcher, Human Rights Watch`: the writer, then their post and employer.
  const post = marked ? /^(.+?),\s+(.+)$/u.exec(rest) : null;
  if (post && isPersonNames(post[1]!) && WRITERS_POST.test(post[2]!)) return { name: post[1]!, agency, date };
  // `By Gordon Feller, P&GJ Correspondent`: the writer, then the outlet's letters (its label taken off above).
  const letters = marked ? /^(.+?),\s+(\p{Lu}[\p{Lu}\p{N}&./-]{1,8})$/u.exec(rest) : null;
  if (letters && isPersonNames(letters[1]!)) return { name: letters[1]!, agency: agency ?? letters[2]!, date };
  // `Jane Roe, Almaty` / `Jane Roe in Tashkent`: only after a mark or the headline, and only if what is left is a name.
  const filed = FILED_FROM.exec(rest);
  if (filed && isPersonNames(rest.slice(0, filed.index)) && (marked || (looksLikePersonName(rest.slice(0, filed.index)) && !OFFICE_WORDS.test(rest)))) {
    return { name: rest.slice(0, filed.index), agency, date };
  }
  // A bare name, unmarked, must not be a section's label (`Country Overview`), and must read as a person's
  // (`Strategic Communications`, `Turkish Challenge in Central Asia` do not).
  if (isPersonNames(rest) && (marked || (!SECTION_WORDS.test(rest) && !OFFICE_WORDS.test(rest) && looksLikePersonName(rest)))) return { name: rest, agency, date };
  if (marked) {
    const service = /^(.+?)['’]s\s+(?:\p{Lu}[\p{L}-]*\s+)*(?:Service|Desk|Bureau|Staff|Team|Newsroom|Correspondents?)$/u.exec(rest);
    const outlet = service && isOutletName(service[1]!) ? service[1]! : isAgencyName(rest) ? rest : null;
    if (outlet) return { name: null, agency: outletCase(outlet), date };
  }
  return null;
}

/** A writer's post after their name and a comma. */
const WRITERS_POST = /\b(?:researcher|research fellow|fellow|editor|correspondent|reporter|director|analyst|professor|lecturer|journalist|writer|contributor|columnist|expert|associate|head|chief|founder|chairman|president|senior|programme|program|intern|advocate|leader|campaigner|coordinator|officer|manager|consultant|specialist|student|scholar|adviser|advisor)\b/iu;

/** Words that make a byline an institution's, not a person's: `Foreign Affairs Committee`, `News Desk`. */
const INSTITUTION_WORDS = /\b(?:committee|council|office|ministry|department|agency|service|staff|team|desk|bureau|board|group|institute|center|centre|news|press|editorial|newsroom|administration|commission|university|college|academy|foundation|endowment|corporation|company)\b/iu;

export function isPersonNames(text: string): boolean {
  // (`Dear Sadyr Nurgozhoevich,`: a letter's salutation names whom it is to, not its writer.)
  if (text === '' || /^Dear\s/u.test(text) || /[.!?]$/.test(text.replace(/\b\p{Lu}\.$/u, '')) || INSTITUTION_WORDS.test(text)) return false;
  const names = text.split(NAME_SEPARATOR).filter((name) => name !== '');
  if (names.length === 0 || names.length > 4) return false;
  const fits = (token: string) => NAME_PARTICLES.has(token.toLowerCase()) || PERSON_TOKEN.test(token) || CAPS_TOKEN.test(token);
  return (
    names.every((name) => {
      const tokens = name.split(/\s+/);
      // Names in capitals are read only when every word is in capitals: `JANE ROE`, not `NEWS Desk`.
      const caps = tokens.filter((t) => CAPS_TOKEN.test(t)).length;
      if (caps > 0 && caps < tokens.filter((t) => !NAME_PARTICLES.has(t.toLowerCase())).length) return false;
      // Particles aside (`Abdullah bin Salim Al Shueili`), two to four name words; a capitalised particle closing
      // the name is its surname (`Abhishek De`).
      const core = tokens.filter((t, n) => !NAME_PARTICLES.has(t.toLowerCase()) || (n === tokens.length - 1 && n > 0 && /^\p{Lu}/u.test(t))).length;
      return core >= 2 && core <= 4 && tokens.length <= 7 && tokens.every(fits);
    }) && !isAgencyName(names[0]!)
  );
}

const GIVEN_NAMES_WITH_SURNAME_ENDINGS = new Set([
  'марина', 'ирина', 'галина', 'алина', 'полина', 'нина', 'карина', 'кристина', 'екатерина', 'валентина', 'зарина',
  'мадина', 'дина', 'регина', 'ангелина', 'арина', 'вениамин', 'лев', 'ая', 'lev', 'yakov', 'iakov',
]);

/** `Арестова Татьяна` → `Tatyana Arestova`: Latin script, given name first; `JANE ROE` → `Jane Roe`. */
export function latinName(written: string): string {
  return written
    .split(new RegExp(`(${NAME_SEPARATOR.source})`, 'u'))
    .map((part, i) => {
      if (i % 2 === 1) return part.trim() === 'и' ? ' and ' : part;
      const tokens = nameCase(part).split(/\s+/);
      const flipped = isSurnameFirst(tokens) ? [...tokens.slice(1), tokens[0]!] : tokens;
      return flipped.map((token) => (/[^\p{Script=Latin}\p{P}\p{N}]/u.test(token) ? transliterate(token) : token)).join(' ');
    })
    .join('');
}

function isSurnameFirst(tokens: string[]): boolean {
  if (tokens.length < 2 || tokens.length > 3) return false;
  const [first, second] = [tokens[0]!, tokens[1]!];
  const cyrillic = /\p{Script=Cyrillic}/u.test(first);
  const surname = cyrillic ? CYRILLIC_SURNAME : LATIN_SURNAME;
  const isSurname = (token: string) =>
    token.length >= 4 && surname.test(token) && !GIVEN_NAMES_WITH_SURNAME_ENDINGS.has(token.toLowerCase());
  return isSurname(first) && !isSurname(second);
}

/**
 * Whether an unmarked name reads as a person's: a known given name (`Anna Machina`), a surname ending of
 * the region (`Aliya Karimova`, `Serikbay uly`) or an initial (`N. Ziyodullayeva`). A line such as `White
 * House`, `News Line` or `Strategic Communications` has none of these.
 */
export function looksLikePersonName(text: string): boolean {
  return text
    .split(/\s+/u)
    .some((token) => givenName(token) !== null || /^\p{Lu}\.$/u.test(token) || (token.length >= 4 && (LATIN_SURNAME.test(token) || CYRILLIC_SURNAME.test(token))));
}

/** A closing line that is only a writer's name, two or three words (`Alzhanova Raushan`, `Jane Roe`). */
export function isBylineOnlyName(line: string): boolean {
  // Three words at most: a paragraph is not split to find that out.
  if (line.length > 80) return false;
  const tokens = line.trim().split(/\s+/u);
  return tokens.length >= 2 && tokens.length <= 3 && tokens.every((t) => PERSON_TOKEN.test(t) || CAPS_TOKEN.test(t)) && !isAgencyName(line.trim());
}
