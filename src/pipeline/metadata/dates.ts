// Publication dates as news pages print them: `25 February 2025`, `Feb. 25, 2025`, `03rd February, 2022`,
// `25.02.2025`, `25-02-2025`, `2025-02-25`, `02/25/2025`, `25 февраля 2025 г.`. Only a full date with a
// year counts (a two-digit year only after `Published`, in a stamp with its time, or in a digest's `Source:`
// note); a year is never invented, and a numeric date whose day and month could be either way round
// (`03/04/2025`) is left unread rather than guessed.

import { isIsoDate } from '../iso-date.ts';

export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** The date as written. */
  text: string;
}

const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10,
  ноября: 11, декабря: 12,
  // Abbreviated, as date stamps print them (`26 фев 2021`).
  янв: 1, фев: 2, мар: 3, апр: 4, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, сент: 9, окт: 10, ноя: 11, дек: 12,
  // The region's own: Tajik (`26 май 2024`), Uzbek in Latin and Cyrillic, Kazakh.
  январ: 1, феврал: 2, апрел: 4, сентябр: 9, октябр: 10, ноябр: 11, декабр: 12,
  yanvar: 1, fevral: 2, mart: 3, aprel: 4, iyun: 6, iyul: 7, avgust: 8, sentabr: 9, oktabr: 10, noyabr: 11, dekabr: 12,
  қаңтар: 1, ақпан: 2, наурыз: 3, сәуір: 4, мамыр: 5, маусым: 6, шілде: 7, тамыз: 8, қыркүйек: 9, қараша: 11, желтоқсан: 12,
  // Malay and Indonesian (`19 Januari 2026`).
  januari: 1, februari: 2, mac: 3, maret: 3, mei: 5, juni: 6, julai: 7, juli: 7, ogos: 8, agustus: 8, oktober: 10, disember: 12, desember: 12,
};

/** Month names as written in lower, Capitalised or UPPER case; look up with `.toLowerCase()`. */
export const MONTH = `(${Object.keys(MONTH_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .flatMap((m) => [m, m.charAt(0).toUpperCase() + m.slice(1), m.toUpperCase()])
  .join('|')})`;

export function monthNumber(name: string): number | undefined {
  return MONTH_NUMBERS[name.toLowerCase()];
}

/** `\b` only knows ASCII letters; these see Cyrillic too. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
export const WORD_END = String.raw`(?![\p{L}\p{N}])`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;

type Parts = [year: string, month: number, day: string] | null;

/** Numeric `a<sep>b<sep>yyyy`: dots and dashes are day-first wherever they are written; a slash is read either way only when the numbers say which. */
function numericParts(a: string, b: string, year: string, separator: string): Parts {
  const [first, second] = [Number(a), Number(b)];
  if (separator !== '/') return [year, second, a];
  if (first > 12 && second <= 12) return [year, second, a];
  if (second > 12 && first <= 12) return [year, first, b];
  if (first === second) return [year, first, a];
  return null;
}

const DATE_PATTERNS: { pattern: RegExp; parts: (m: RegExpExecArray) => Parts }[] = [
  {
    // 25 February 2025, 25 Feb. 2025, 03rd February, 2022, 27, April, 2024, 25 февраля 2025 г., 10. October 2021 (German style)
    pattern: new RegExp(String.raw`${WORD_START}(\d{1,2})${ORDINAL}\.?,?\s+(?:of\s+)?${MONTH}\.?,?\s+(\d{4})(?:\s*(?:г\.|года))?${WORD_END}`, 'u'),
    parts: (m) => [m[3]!, monthNumber(m[2]!)!, m[1]!],
  },
  {
    // `2 March 202118:00`: a date with its time glued on, as some sites print it.
    pattern: new RegExp(String.raw`${WORD_START}(\d{1,2})\s+${MONTH}\.?,?\s+(\d{4})(?=\d{1,2}:\d{2})`, 'u'),
    parts: (m) => [m[3]!, monthNumber(m[2]!)!, m[1]!],
  },
  {
    // February 25, 2025, Feb. 25 2025, February 25th, 2025, NOVEMBER 10. 2022, Dec 15,2019, April, 20, 2009
    pattern: new RegExp(String.raw`${WORD_START}${MONTH}\.?,?\s+(\d{1,2})${ORDINAL}(?:[,.]?\s+|,)(\d{4})${WORD_END}`, 'u'),
    parts: (m) => [m[3]!, monthNumber(m[1]!)!, m[2]!],
  },
  {
    // `24.Jan .2023`, `24.Jan.2023`: the month's name between full stops.
    pattern: new RegExp(String.raw`${WORD_START}(\d{1,2})\.\s?${MONTH}\s?\.\s?(\d{4})${WORD_END}`, 'u'),
    parts: (m) => [m[3]!, monthNumber(m[2]!)!, m[1]!],
  },
  {
    // `09-Jul-2018`, `9-JUL-2018`, `18/Feb/2022`: the month's name between dashes or slashes.
    pattern: new RegExp(String.raw`${WORD_START}(\d{1,2})([-/])${MONTH}\2(\d{4})${WORD_END}`, 'u'),
    parts: (m) => [m[4]!, monthNumber(m[3]!)!, m[1]!],
  },
  {
    // `2025 June 9`: year, month's name, day, as some sites of the region print a date line.
    // (`2025, March 12`: a comma after the year too.)
    pattern: new RegExp(String.raw`${WORD_START}(\d{4}),?\s+${MONTH}\.?\s+(\d{1,2})(?![\d:.,])${WORD_END}`, 'u'),
    parts: (m) => [m[1]!, monthNumber(m[2]!)!, m[3]!],
  },
  // `2019年10月22日`: year, month and day marked in Japanese or Chinese.
  { pattern: /(?<!\d)(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/u, parts: (m) => [m[1]!, Number(m[2]), m[3]!] },
  { pattern: /(?<![\d.\/-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/u, parts: (m) => [m[1]!, Number(m[2]), m[3]!] },
  // (`Posted 2012/9/20`: a month and a day of one digit too.)
  { pattern: /(?<![\d.\/-])(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d\/])/u, parts: (m) => [m[1]!, Number(m[2]), m[3]!] },
  { pattern: /(?<![\d.\/-])(\d{4})\.(\d{2})\.(\d{2})(?![\d.]\d)/u, parts: (m) => [m[1]!, Number(m[2]), m[3]!] },
  // `2022 05 13` on a line of its own, as Lithuanian sites print a date (spaced numbers elsewhere are amounts).
  { pattern: /^\s*(\d{4}) (\d{2}) (\d{2})\s*$/u, parts: (m) => [m[1]!, Number(m[2]), m[3]!] },
  // `30 08 2023, 12:18` on a line of its own: day first, with the time or without.
  { pattern: /^\s*(\d{1,2}) (\d{2}) (\d{4})(?:,?\s+\d{1,2}:\d{2})?\s*$/u, parts: (m) => [m[3]!, Number(m[2]), m[1]!] },
  {
    pattern: /(?<![\d.\/-])(\d{1,2})([.\/-])(\d{1,2})\2(\d{4})(?![\d\/-]|\.\d)/u,
    parts: (m) => numericParts(m[1]!, m[3]!, m[4]!, m[2]!),
  },
  // `9:07:16 AM | 4/1/2024`: a twelve-hour clock beside a date of slashes says the American order, month first.
  { pattern: /(?<=\b\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M\s*\|\s*)(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d\/])/u, parts: (m) => [m[3]!, Number(m[1]), m[2]!] },
  // `16.09.22 15:10` on a line of its own: a site's stamp, day first with dots, a two-digit year and the time.
  { pattern: /^\s*(\d{1,2})\.(\d{2})\.(\d{2}) \d{1,2}:\d{2}\s*$/u, parts: (m) => numericParts(m[1]!, m[2]!, `20${m[3]!}`, '.') },
  // `Source: NYT (1/30/19)`: a digest's note of the paper a story ran in, and the day, in brackets.
  { pattern: /(?<=^\s*[Ss]ource\s*:\s*[^()]{1,40}\()(\d{1,2})\/(\d{1,2})\/(\d{2})(?=\)\s*$)/u, parts: (m) => numericParts(m[1]!, m[2]!, `20${m[3]!}`, '/') },
  {
    // `Published 11.12.23, 06:08 AM`: a two-digit year, read only after a publication label (this century's).
    pattern: /(?<=\b(?:[Pp]ublished|[Uu]pdated|[Pp]osted)(?: on)?\s*:?\s*)(\d{1,2})([.\/-])(\d{1,2})\2(\d{2})(?![\d\/.-])/u,
    parts: (m) => numericParts(m[1]!, m[3]!, `20${m[4]!}`, m[2]!),
  },
];

/** The first full, real date (day, month and year) written in `text`, with where it starts. */
export function findDate(text: string): (FoundDate & { index: number }) | null {
  let best: (FoundDate & { index: number }) | null = null;
  for (const { pattern, parts } of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const found = parts(match);
    if (!found) continue;
    const [year, month, day] = found;
    // (`26.11.2215:41`: a date glued to the time after it; no page of news is dated past this century.)
    if (Number(year) > 2099) continue;
    const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
    if (!isIsoDate(iso)) continue;
    if (best === null || match.index < best.index) best = { iso, text: match[0], index: match.index };
  }
  return best;
}

/** The days of the week in English, in lower case (match with the `i` flag) and as names are written. */
export const WEEKDAY_NAMES = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
export const TITLE_CASE_WEEKDAY_NAMES = WEEKDAY_NAMES.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, c: string) => bar + c.toUpperCase());
/** English weekdays written out or shortened (`Tue 23/06/2020`). */
export const ENGLISH_WEEKDAYS = `${WEEKDAY_NAMES}|mon|tue|tues|wed|thu|thurs|fri|sat|sun`;
// Then Russian, Tajik, Uzbek (Latin and Cyrillic), Kazakh and Kyrgyz, as the region's sites print a date line's weekday.
export const WEEKDAYS = String.raw`${ENGLISH_WEEKDAYS}|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|душанбе|сешанбе|чоршанбе|панҷшанбе|ҷумъа|шанбе|якшанбе|dushanba|seshanba|chorshanba|payshanba|juma|shanba|yakshanba|душанба|сешанба|чоршанба|пайшанба|жума|шанба|якшанба|дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі|дүйшөмбү|шейшемби|шаршемби|бейшемби|ишемби|жекшемби`;
/** What may stand around a date on a line that is only a date: weekday, time, zone, `Published`, `Updated`. */
export const DATE_DECORATION = new RegExp(
  String.raw`\bT\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?!\w)|(?<=\d{4})\d{1,2}:\d{2}|${WORD_START}(?:${WEEKDAYS}|published|publish|updated|posted|last updated|last update|first published|modified|date|on|at|опубликовано|обновлено|дата публикации|投稿日|更新日|公開日|掲載日|发布时间|发布日期|日期|gmt|utc|est|edt|cet|cest|msk|almt|bst|ist|pkt|jst|kst|cst|pst|pdt|am|pm|local time|print)${WORD_END}|\b[ap]\.m\.|\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]m)?\b|\b\d{1,2}:\d(?:\s*[ap]m)?\b|(?:utc|gmt)?[+-]\d{1,2}(?::?\d{2})?`,
  'giu',
);

/** A line that is only a date, optionally with weekday, time, zone and "Published/Updated". */
export function parseDateLine(written: string): FoundDate | null {
  // (`AccessTimeIconNov 12, 2021 at 6:26 p.m. UTC`: an icon's name the scrape glued before the date.)
  const text = written.replace(ICON_NAME_BEFORE, '');
  const found = findDate(text);
  if (!found) return null;
  // `POLITICS NOVEMBER 10. 2022 13:05`: a section's name in capitals before the date; `Politics
  // 2023-11-15T04:54:17+02:00`: a usual section's name as written, before a machine's time stamp.
  // (`No 22 August 11, 2008`: a bulletin's issue number before the date of the issue.)
  const before = text
    .slice(0, found.index)
    .replace(/^\s*(?:\p{Lu}{3,20}(?:\s\p{Lu}{3,20})?|Politics|Economy|Business|World|Society|Culture|Sports?|News|Opinion|Analysis|Region|Technology|Science)\s*[|:·•–—-]?\s*$/u, '')
    .replace(/^\s*(?:No\.?|№)\s?\d{1,4},?\s*$/u, '')
    // (`Astana Kazakhstan Sunday 10 August 2013`: where it was written, then the weekday, as a traveller's blog dates a post.)
    .replace(PLACE_BEFORE_WEEKDAY, '');
  // `2017-09-09 | Politics`: the section's name after a bar.
  // (`Published 17 Apr 2023   Follow @Junotane`: the writer's handle after it.)
  // (`June 9, 2023 (R47591)`: a report's number in brackets after it.)
  const after = text
    .slice(found.index + found.text.length)
    .replace(/\s*[|·•]\s*\p{Lu}\p{L}+(?:\s\p{L}+)?\s*$/u, '')
    .replace(/^\s+Follow\s+@[\p{L}\p{N}_]+\s*$/u, '')
    .replace(/^\s+\(\p{Lu}{1,4}[-\s]?\d{3,8}\)\s*$/u, '');
  const rest = (before + ' ' + after).replace(DATE_DECORATION, ' ');
  return /^[\s\p{P}\p{S}]*$/u.test(rest) ? { iso: found.iso, text: found.text } : null;
}

const ICON_NAME_BEFORE = /^\s*(?:\p{Lu}\p{Ll}+){1,4}Icon(?=\p{Lu}|\d)/u;
const PLACE_BEFORE_WEEKDAY = new RegExp(String.raw`^\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}\s+(?=(?:${TITLE_CASE_WEEKDAY_NAMES}),?\s*$)`, 'u');

/** A weekday after a scraped image and a view count, opening a stamp: `![]() 2896 Sunday, 18 September, …`. */
const STAMP_WEEKDAY = new RegExp(String.raw`^(?:!\[[^\]]*\]\([^)]*\)\s*)?(?:\d{1,7}\s+)?(?:${TITLE_CASE_WEEKDAY_NAMES}),?\s+`, 'u');

/**
 * A date stamp opening a line, with text after it: `date 2025-06-16 China's Xi in Kazakhstan…` (how
 * scraped pages carry their publication date), `Published: 12.03.2024 Tokayev meets…`. Returns the
 * date and what follows it.
 */
export function parseDateStamp(line: string): (FoundDate & { rest: string }) | null {
  const text = line.trimStart();
  // A label, or a weekday after a scraped image and a view count, with the time (`![]() 2896 Sunday, 18 September,
  // 2022, 22:24 The …`); a weekday's date alone is as often the site's clock.
  const labelled = /^(?:date|published|posted|updated|опубликовано)\s*[:：]?\s+/iu.exec(text);
  const match = labelled ?? STAMP_WEEKDAY.exec(text);
  if (!match) return null;
  // `date 2023-07 SAMARKAND, …`: a label's month alone, as a scrape's stamp gives it when the page printed no day.
  const month = labelled ? /^\d{4}-(?:0[1-9]|1[0-2])(?![\d-])/u.exec(text.slice(match[0].length)) : null;
  const after = text.slice(match[0].length, match[0].length + 40);
  let found = findDate(after) ?? (month ? { iso: month[0], text: month[0], index: 0 } : null);
  // `date 2017-04 7.4.2017 12:30 | …`: the month, then the day in that month; the stamp runs to the day.
  if (month && found && found.index > 0 && found.iso.startsWith(month[0]) && after.slice(month[0].length, found.index).trim() === '') {
    found = { iso: found.iso, text: after.slice(0, found.index + found.text.length), index: 0 };
  }
  if (!found || found.index !== 0) return null;
  let end = match[0].length + found.text.length;
  // A time after the date belongs to the stamp: `2024-09-02 09:20`, `12:50 AM`.
  const time = /^(?:,?\s*\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\(?(?:GMT|UTC|IST|MSK|ALMT)(?:[+-]\d{1,2})?\)?)?)/u.exec(text.slice(end));
  if (!labelled && !time) return null;
  if (time) end += time[0].length;
  // `… 12:24:27 (GMT+3) | Istanbul`: the place filed from, after a bar, is the stamp's too.
  // So is the publisher with its letters, in one language or two (`| Ulkoasiainministeriö (UM) / Utrikesministeriet`).
  const rest = text.slice(end).replace(/^\s*[|·•]\s*\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}\s*$/u, '').replace(/^\s*\|\s*\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3}\s*\(\p{Lu}{2,6}\)(?:\s*\/\s*\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3})?\s*$/u, '');
  return { iso: found.iso, text: found.text, rest: rest.replace(/^[\s|·•–—-]+/u, '') };
}

/**
 * A date line with the page's section label or view counter beside the date: `30.10.2022 - Press release`,
 * `2017-09-09 | Politics`, `International cooperation 27 February 2023 1622`, `16:18 05 April 2018 Jamiyat`,
 * `08.02.2019 77 просмотров`. The label is at most three words of letters, with no colon (`Deadline:` is
 * an event's date), so a headline or a sentence with a date in it is not one.
 */
const WEEKDAY_WORD = new RegExp(String.raw`\b(?:${WEEKDAY_NAMES})\b`, 'iu');
export function parseLabelledDateLine(line: string): FoundDate | null {
  // `June 27, 2014 Topic: Energy Region: Kazakhstan`: the page's topic and region labels after its date.
  // (`24 April 2019, Nur-Sultan (Нұр-Сұлтан)`: the place after the date, again in its own script in brackets.)
  const text = line.replace(/\s+(?:Topics?|Regions?|Tags?|Categor(?:y|ies)|Sections?|Rubrics?)\s*:.*$/u, '').replace(/(?<=\p{L})\s+\([\p{L}\s-]{2,40}\)\s*$/u, '');
  const found = findDate(text);
  if (!found) return null;
  // `9-15 Mar. 2005`: the last day of a range (an issue's week) is no publication date.
  if (/\d\s*[-–]\s*$/u.test(text.slice(0, found.index))) return null;
  // `Duration : December 1, 2016 - November 30, 2019`: nor the first day of a range of dates (a project's term).
  const afterDate = text.slice(found.index + found.text.length);
  if (/^\s*(?:[-–—]|to\b|until\b)/u.test(afterDate) && (findDate(afterDate)?.index ?? 99) <= 8) return null;
  // `Last close As at 17/06/2025`, `Rate as of …`: the date of a figure beside the story (a share's price).
  if (/\b(?:close|closing|price|prices|rate|rates|as at|as of)\b/iu.test(text.slice(0, found.index))) return null;
  // `Flag Saturday, 27 April 2024`: a weekday's date beside a label, with no time, is the site's clock
  // (not beside a writer's or a posting's label: `Written by on Tuesday, 18 September 2012`).
  if (WEEKDAY_WORD.test(text) && !/\d[:.]\d{2}/u.test(text.slice(found.index + found.text.length)) && !/^(?:written|posted|published)\s+(?:by\s+)?on\b/iu.test(text)) return null;
  const around = `${text.slice(0, found.index)} | ${text.slice(found.index + found.text.length)}`
    .replace(DATE_DECORATION, ' ')
    .replace(/(?<![\p{L}\p{N}])\d{1,7}(?:\s+(?:views?|reads?|просмотр(?:ов|а)?|comments?))?(?![\p{L}\p{N}])/giu, ' ');
  // A colon left alone by a removed label (`Last update:`) is no word; one on a word (`Deadline:`) is a label's.
  // (`14-07-2010 News Release 10/131`: a release's number, its slash too.)
  const words = around.split(/[\s|·•–—,\/-]+/u).filter((word) => word !== '' && !/^[:.]+$/u.test(word));
  if (words.length > 3) return null;
  return words.length === 0 || (words.every((word) => /^\p{L}+$/u.test(word)) && /^\P{Ll}/u.test(words[0]!)) ? { iso: found.iso, text: found.text } : null;
}
