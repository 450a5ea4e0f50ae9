// Metadata: take the headline, date line, byline and dateline out of the cleaned blocks, find the
// outlet, and leave the article's paragraphs. Only the header (the short lines before the first
// sentence of prose) and the first paragraphs are looked at, so body text is never mistaken for a
// byline or a date.
import transliterate from '@sindresorhus/transliterate';
import { isProse, wordCount } from './clean.ts';
import { SLUG_PATTERN, toSlug } from './slug.ts';
import { PipelineError, type CleanedText, type ExtractedArticle, type SeedOverrides } from './types.ts';

const MAX_HEADER_BLOCKS = 6;
const MAX_TITLE_WORDS = 25;
const MAX_GENERATED_TITLE_CHARS = 80;
/** A generated title is cut at a clause boundary only when that leaves at least this much. */
const MIN_CLAUSE_TITLE_CHARS = 40;
/** How many leading paragraphs may name the outlet ("…, Qazinform News Agency reports."). */
const SOURCE_SEARCH_PARAGRAPHS = 3;
/** Per-paragraph window for source searches: keeps regexes off multi-megabyte paragraphs. */
const SOURCE_SEARCH_CHARS = 2000;

export function extractMetadata(doc: CleanedText, overrides: SeedOverrides = {}): ExtractedArticle {
  const header = readHeader(doc.blocks.map((block) => block.text));
  const paragraphs = header.body;

  let dateline: string | null = null;
  let datelineSource: string | null = null;
  let date = header.date;
  const first = paragraphs[0];
  if (first !== undefined) {
    const found = parseDateline(first);
    if (found) {
      dateline = found.dateline;
      datelineSource = found.source;
      date ??= findDate(found.dateline);
      if (found.rest === '') paragraphs.shift();
      else paragraphs[0] = found.rest;
    }
  }
  if (paragraphs.length === 0) {
    throw new PipelineError(doc.file, 'no article text left after removing the headline and page furniture');
  }

  const source =
    header.titleSource ?? datelineSource ?? header.bylineAgency ?? findReportingOutlet(paragraphs) ?? findCitedOutlet(paragraphs);

  let title = header.title;
  let titleGenerated = false;
  if (title === null) {
    title = titleFromFirstSentence(paragraphs[0]!);
    titleGenerated = true;
  }

  const meta: ExtractedArticle['meta'] = {
    title,
    titleGenerated,
    date: date?.iso ?? null,
    dateText: date?.text ?? null,
    source,
    bylineText: header.bylineText,
    byline: header.bylineText === null ? null : latinName(header.bylineText),
    dateline,
    slug: '',
  };
  applyOverrides(doc.file, meta, overrides);
  if (meta.slug === '') meta.slug = toSlug(meta.title) || toSlug(doc.file.replace(/\.[^.]+$/, ''));

  return { file: doc.file, meta, paragraphs, captions: doc.captions, removed: doc.removed };
}

function applyOverrides(file: string, meta: ExtractedArticle['meta'], overrides: SeedOverrides): void {
  if (overrides.title !== undefined) {
    if (overrides.title.trim() === '') throw new PipelineError(file, 'override title is empty');
    meta.title = overrides.title.trim();
    meta.titleGenerated = false;
  }
  if (overrides.date !== undefined) {
    if (overrides.date === null) {
      meta.date = null;
      meta.dateText = null;
    } else {
      if (!isIsoDate(overrides.date)) {
        throw new PipelineError(file, `override date "${overrides.date}" is not a real date in YYYY-MM-DD form`);
      }
      // Keep the written form only when it says the same day.
      if (meta.date !== overrides.date) meta.dateText = null;
      meta.date = overrides.date;
    }
  }
  if (overrides.source !== undefined) meta.source = overrides.source;
  if (overrides.byline !== undefined) {
    meta.byline = overrides.byline;
    if (overrides.byline === null) meta.bylineText = null;
  }
  if (overrides.slug !== undefined) {
    if (!SLUG_PATTERN.test(overrides.slug)) {
      throw new PipelineError(file, `override slug "${overrides.slug}" must be lowercase ASCII words joined by hyphens`);
    }
    meta.slug = overrides.slug;
  }
}

// ── header ─────────────────────────────────────────────────────────────────

interface Header {
  title: string | null;
  titleSource: string | null;
  date: FoundDate | null;
  bylineText: string | null;
  bylineAgency: string | null;
  body: string[];
}

/**
 * The header is the run of short, non-prose blocks at the top (at most six). In it: date lines,
 * bylines, and the headline (the first block that is neither). Everything else is body.
 */
function readHeader(blocks: string[]): Header {
  const header: Header = { title: null, titleSource: null, date: null, bylineText: null, bylineAgency: null, body: [] };
  const taken = new Set<number>();
  let titleSlotOpen = true;

  for (let i = 0; i < blocks.length && i < MAX_HEADER_BLOCKS; i++) {
    const text = blocks[i]!;
    // Prose ends the header; a question or exclamation still qualifies as the headline.
    const endsWithFullStop = /[.…]["”’»)\]]*$/.test(text);
    if (wordCount(text, MAX_TITLE_WORDS + 1) > MAX_TITLE_WORDS) break;
    if ((endsWithFullStop || !titleSlotOpen) && isProse(text)) break;

    const dateLine = parseDateLine(text);
    if (dateLine) {
      header.date ??= dateLine;
      taken.add(i);
      continue;
    }
    const byline = parseBylineLine(text, header.title !== null);
    if (byline && header.bylineText === null && header.bylineAgency === null) {
      header.bylineText = byline.name;
      header.bylineAgency = byline.agency;
      if (byline.date) header.date ??= byline.date;
      taken.add(i);
      continue;
    }
    if (titleSlotOpen) {
      titleSlotOpen = false;
      if (isHeadline(text)) {
        const split = splitOutletPrefix(text);
        header.title = split.title;
        header.titleSource = split.outlet;
        taken.add(i);
      }
    }
  }
  header.body = blocks.filter((_, i) => !taken.has(i));
  return header;
}

/** A short line that does not end like a sentence or a label: `?`, `!` or no final punctuation. */
function isHeadline(text: string): boolean {
  const words = wordCount(text, MAX_TITLE_WORDS + 1);
  return words >= 1 && words <= MAX_TITLE_WORDS && !/[.:;,…]["”’»)]*$/.test(text);
}

// ── outlets ────────────────────────────────────────────────────────────────

const KNOWN_OUTLETS = [
  'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'Bloomberg', 'TASS', 'Interfax', 'Kazinform',
  'Qazinform', 'Eurasianet', 'RFE/RL', 'Radio Free Europe/Radio Liberty', 'Radio Azattyq', 'Azattyq', 'Ozodi', 'Ozodlik',
  'Azathabar', 'BBC', 'CNN', 'Xinhua', 'Sputnik', 'RIA Novosti', 'Kommersant', 'Vedomosti', 'AKIpress', 'Trend', 'APA',
  'Anadolu', 'The Diplomat', 'Al Jazeera', 'AsiaNews', 'Kun.uz', 'Gazeta.uz', 'Daryo', 'Tengrinews', 'Vlast.kz', 'Orda.kz',
  'Kursiv', '24.kg', 'Asia-Plus', 'Caspian News', 'Politico', 'Axios', 'Foreign Policy', 'The Economist', 'Nikkei Asia',
  'Deutsche Welle', 'DW', 'Euronews', 'Fergana', 'UPI', 'dpa', 'Sabah', 'Daily Sabah', 'The Atlantic',
];
const KNOWN_OUTLET_SET = new Set(KNOWN_OUTLETS.map((name) => name.toLowerCase()));
/** The word an outlet's name ends with: `The New York Times`, `Qazinform News Agency`, `Sabah Daily`. */
const OUTLET_HEAD = /(?:^|\s|[a-z])(?:Times|News|Post|Agency|Journal|Daily|Press|Herald|Tribune|Gazette|Telegraph|Guardian|Chronicle|Observer|Monitor|Wire|Reuters|AP|AFP|TASS)$/;
/** Phrases shaped like outlet names that are labels instead: `Breaking News: …`. */
const NOT_OUTLETS = /^(breaking|latest|world|top|fake|good|bad|big|local|business|sports?|daily|live|more|other|the) news$|^(press|news|daily)$/i;
const NAME_TOKEN = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}&.'’/-]*`;

export function isOutletName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed === '' || NOT_OUTLETS.test(trimmed) || wordCount(trimmed) > 7) return false;
  if (KNOWN_OUTLET_SET.has(trimmed.toLowerCase()) || KNOWN_OUTLET_SET.has(trimmed.replace(/^the\s+/i, '').toLowerCase())) {
    return true;
  }
  // Every word capitalised (connectors aside), ending in an outlet head word.
  const capitalised = new RegExp(String.raw`^(?:The\s+)?${NAME_TOKEN}(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?${NAME_TOKEN})*$`, 'u');
  return capitalised.test(trimmed) && OUTLET_HEAD.test(trimmed);
}

/** `The New York Times: As They Draw Closer …` → outlet + headline. */
function splitOutletPrefix(text: string): { title: string; outlet: string | null } {
  const colon = text.indexOf(': ');
  if (colon > 0) {
    const prefix = text.slice(0, colon);
    const rest = text.slice(colon + 2).trim();
    if (rest !== '' && isOutletName(prefix)) return { title: rest, outlet: prefix };
  }
  return { title: text, outlet: null };
}

/** The first outlet name that `pattern` (group 1: a capitalised name run) finds early in the article. */
function firstOutletMatch(paragraphs: string[], pattern: RegExp): string | null {
  for (const paragraph of paragraphs.slice(0, SOURCE_SEARCH_PARAGRAPHS)) {
    for (const match of paragraph.slice(0, SOURCE_SEARCH_CHARS).matchAll(pattern)) {
      const outlet = longestOutletPrefix(match[1]!);
      if (outlet) return outlet;
    }
  }
  return null;
}

/** `…, Qazinform News Agency reports.` / `AsiaNews reported` in the first paragraphs. */
function findReportingOutlet(paragraphs: string[]): string | null {
  const pattern = new RegExp(
    String.raw`(?:^|[,;:—–(]\s*|[.!?]\s+|\s-\s)(?:the\s+)?(${NAME_TOKEN}(?:\s+(?:of\s+|the\s+)?${NAME_TOKEN}){0,5})\s+(?:reports|reported|has reported|is reporting|was reporting)\b`,
    'gu',
  );
  return firstOutletMatch(paragraphs, pattern);
}

/** `According to the Sabah Daily (Türkiye) on November 9, …` → `Sabah Daily`. */
function findCitedOutlet(paragraphs: string[]): string | null {
  const pattern = new RegExp(
    String.raw`\b(?:[Aa]ccording to|[Cc]iting|cited by|[Aa]s reported by|reported by|told)\s+(?:the\s+|a\s+(?:report|story|article)\s+(?:from|by|in)\s+(?:the\s+)?)?(${NAME_TOKEN}(?:\s+(?:of\s+|the\s+)?${NAME_TOKEN}){0,5})`,
    'gu',
  );
  return firstOutletMatch(paragraphs, pattern);
}

/** The longest leading run of words that is an outlet name: `Sabah Daily Türkiye` → `Sabah Daily`. */
function longestOutletPrefix(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const candidate = words.slice(0, n).join(' ').replace(/[.,;:'’]+$/, '');
    if (isOutletName(candidate)) return candidate;
  }
  return null;
}

// ── datelines ──────────────────────────────────────────────────────────────

const MONTH_NUMBERS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10,
  ноября: 11, декабря: 12,
};
/** Month names as written in lower, Capitalised or UPPER case; look up with `.toLowerCase()`. */
const MONTH = `(${Object.keys(MONTH_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .flatMap((m) => [m, m.charAt(0).toUpperCase() + m.slice(1), m.toUpperCase()])
  .join('|')})`;
/** `\b` only knows ASCII letters; these see Cyrillic too. */
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
const AGENCIES = String.raw`AP|Reuters|AFP|TASS|Bloomberg|Interfax|Xinhua|Kazinform|Qazinform|UPI|dpa|RFE\/RL|Trend|APA|AKIpress`;

interface FoundDateline {
  dateline: string;
  source: string | null;
  rest: string;
}

const DATELINE_PATTERNS: { pattern: RegExp; source: (m: RegExpExecArray) => string | null }[] = [
  // `CV NEWS FEED // As the U.S. …`
  { pattern: /^(([\p{Lu}\p{N}][\p{L}\p{N}.&' -]{1,40}?)\s*\/\/)\s*/u, source: (m) => m[2]!.trim() },
  // `WASHINGTON (AP) —`, `ALMATY, Kazakhstan (Reuters) -`, `ASTANA, Feb 25 (Reuters) -`
  {
    pattern: new RegExp(
      String.raw`^(\p{Lu}[\p{Lu}\p{L}.' -]*?(?:,\s*\p{Lu}[\p{L}.' -]*?)?(?:,?\s*${MONTH}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*\((${AGENCIES})\)\s*(?:--|[—–-]))\s*`,
      'u',
    ),
    source: (m) => m[3]!,
  },
  // `MOSCOW, February 25. /TASS/.`
  {
    pattern: new RegExp(String.raw`^(\p{Lu}[\p{Lu} -]+,\s*${MONTH}\s+\d{1,2}\.?\s*\/(TASS)\/\.?)\s*`, 'u'),
    source: (m) => m[3]!,
  },
  // `ASTANA. KAZINFORM – `
  { pattern: /^(\p{Lu}[\p{Lu} -]+\.\s*(KAZINFORM|QAZINFORM)\s*(?:--|[—–-]))\s*/u, source: (m) => titleCase(m[2]!) },
  // `ALMATY, Kazakhstan —`, `ALMATY --`: a place only, no outlet.
  {
    pattern: /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?\s*(?:--|—|–)|\s*--))\s*/u,
    source: () => null,
  },
];

function parseDateline(paragraph: string): FoundDateline | null {
  const head = paragraph.slice(0, 200);
  for (const { pattern, source } of DATELINE_PATTERNS) {
    const match = pattern.exec(head);
    if (match && match[1] && wordCount(match[1]) <= 8) {
      return { dateline: match[1].trim(), source: source(match), rest: paragraph.slice(match[0].length).trim() };
    }
  }
  return null;
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

// ── dates ──────────────────────────────────────────────────────────────────

interface FoundDate {
  iso: string;
  text: string;
}

const DATE_PATTERNS: { pattern: RegExp; parts: (m: RegExpExecArray) => [year: string, month: number, day: string] }[] = [
  {
    // 25 February 2025, 25 Feb. 2025, 25 февраля 2025 г.
    pattern: new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}\.?,?\s+(\d{4})(?:\s*(?:г\.|года))?`, 'u'),
    parts: (m) => [m[3]!, MONTH_NUMBERS[m[2]!.toLowerCase()]!, m[1]!],
  },
  {
    // February 25, 2025, Feb. 25 2025, February 25th, 2025
    pattern: new RegExp(String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'u'),
    parts: (m) => [m[3]!, MONTH_NUMBERS[m[1]!.toLowerCase()]!, m[2]!],
  },
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [m[1]!, Number(m[2]), m[3]!] },
  { pattern: /\b(\d{4})\/(\d{2})\/(\d{2})\b/, parts: (m) => [m[1]!, Number(m[2]), m[3]!] },
  // 25.02.2025 is day-first everywhere it is written with dots.
  { pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, parts: (m) => [m[3]!, Number(m[2]), m[1]!] },
];

/** The first full, real date (day, month and year) written in `text`. */
export function findDate(text: string): (FoundDate & { index: number }) | null {
  let best: (FoundDate & { index: number }) | null = null;
  for (const { pattern, parts } of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = parts(match);
    const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
    if (!isIsoDate(iso)) continue;
    if (best === null || match.index < best.index) best = { iso, text: match[0], index: match.index };
  }
  return best;
}

const WEEKDAYS = String.raw`monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье`;
const DATE_DECORATION = new RegExp(
  String.raw`${WORD_START}(?:${WEEKDAYS}|published|updated|posted|last updated|first published|date|on|at|опубликовано|обновлено|gmt|utc|est|edt|cet|cest|msk|almt|bst|am|pm|local time)${WORD_END}|\b[ap]\.m\.|\b\d{1,2}:\d{2}(?::\d{2})?\b|(?:utc|gmt)?[+-]\d{1,2}(?::?\d{2})?`,
  'giu',
);

/** A line that is only a date, optionally with weekday, time, zone and "Published/Updated". */
export function parseDateLine(text: string): FoundDate | null {
  const found = findDate(text);
  if (!found) return null;
  const rest = (text.slice(0, found.index) + ' ' + text.slice(found.index + found.text.length)).replace(DATE_DECORATION, ' ');
  return /^[\s\p{P}\p{S}]*$/u.test(rest) ? { iso: found.iso, text: found.text } : null;
}

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// ── bylines ────────────────────────────────────────────────────────────────

const BYLINE_LABEL = String.raw`exclusive|staff|staff writer|staff reporter|correspondent|special correspondent|senior correspondent|reporter|columnist|contributor|contributing writer|editor|opinion|analysis|эксклюзив|корреспондент|обозреватель`;
const BYLINE_PREFIX = /^(?:by|written by|words by|author|автор|текст)\s*[:：]?\s+/iu;
const BYLINE_LABEL_SUFFIX = new RegExp(String.raw`\s*(?:[,|/–—-]\s*)?${WORD_START}(?:${BYLINE_LABEL})\s*$`, 'iu');
const BYLINE_LABEL_PREFIX = new RegExp(String.raw`^(?:${BYLINE_LABEL})\s*[:|/–—-]?\s+`, 'iu');
const BYLINE_AGENCY_SUFFIX = new RegExp(String.raw`\s*(?:[,|/]|\bfor\b)\s*(?:the\s+)?(${AGENCIES}|Associated Press|Eurasianet)\s*$`, 'iu');
const NAME_SEPARATOR = /\s*(?:,|&|(?<!\p{L})(?:and|и)(?!\p{L}))\s*/u;
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'ul', 'le', 'la', 'da', 'dos', 'del', 'di']);
const PERSON_TOKEN = /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{Ll}]*[\p{Lu}][\p{Ll}]+)$/u;

interface FoundByline {
  /** Null for a staff byline that names only the outlet: `By RFE/RL's Kazakh Service`. */
  name: string | null;
  agency: string | null;
  date: FoundDate | null;
}

/**
 * `By Jane Doe`, `Арестова Татьяна Exclusive`, `Olzhas Auyezov / Reuters`, `By Jane Doe | 25 Feb 2025`.
 * A bare name (no `By`, label or agency) counts only once the headline has been seen.
 */
function parseBylineLine(text: string, allowBareName: boolean): FoundByline | null {
  let rest = text.trim();
  let marked = false;
  let date: FoundDate | null = null;

  // `By Jane Doe | February 25, 2025`: a date part beside the name.
  const parts = rest.split(/\s+[|·•]\s+|\s*\|\s*/);
  if (parts.length > 1) {
    const dateParts = parts.filter((part) => parseDateLine(part) !== null);
    if (dateParts.length > 0) {
      date = parseDateLine(dateParts[0]!);
      rest = parts.filter((part) => parseDateLine(part) === null).join(' ');
    }
  }

  let agency: string | null = null;
  for (let changed = true; changed; ) {
    changed = false;
    const before = rest;
    rest = rest.replace(BYLINE_PREFIX, '').replace(BYLINE_LABEL_SUFFIX, '').replace(BYLINE_LABEL_PREFIX, '').trim();
    const agencyMatch = BYLINE_AGENCY_SUFFIX.exec(rest);
    if (agencyMatch) {
      agency = agencyMatch[1]!;
      rest = rest.slice(0, agencyMatch.index).trim();
    }
    if (rest !== before) changed = marked = true;
  }
  if (!marked && !allowBareName) return null;
  if (isPersonNames(rest)) return { name: rest, agency, date };
  if (marked) {
    const service = /^(.+?)['’]s\s+(?:\p{Lu}[\p{L}-]*\s+)*(?:Service|Desk|Bureau|Staff|Team|Newsroom|Correspondents?)$/u.exec(rest);
    const outlet = service && isOutletName(service[1]!) ? service[1]! : isOutletName(rest) ? rest : null;
    if (outlet) return { name: null, agency: outlet, date };
  }
  return null;
}

function isPersonNames(text: string): boolean {
  if (text === '' || /[.!?]$/.test(text.replace(/\b\p{Lu}\.$/u, ''))) return false;
  const names = text.split(NAME_SEPARATOR).filter((name) => name !== '');
  if (names.length === 0 || names.length > 4) return false;
  return names.every((name) => {
    const tokens = name.split(/\s+/);
    if (tokens.length < 2 || tokens.length > 4) return false;
    return tokens.every((token) => NAME_PARTICLES.has(token.toLowerCase()) || PERSON_TOKEN.test(token));
  }) && PERSON_TOKEN.test(names[0]!.split(/\s+/)[0]!);
}

// Surname endings, checked on the name as written. Latin text gets only the unambiguous ones:
// `-in` would flip "Kevin Smith".
const CYRILLIC_SURNAME = /(ова|ева|ёва|ина|ына|ая|ов|ев|ёв|ин|ын|ский|ская|цкий|цкая|енко|ук|юк|чук|ич|ян|дзе|швили|улы|кызы)$/iu;
const LATIN_SURNAME = /(ova|eva|yova|ov|ev|yov|sky|skiy|skii|skaya|tskaya|enko|chuk|vich|shvili|dze|bayev|bayeva|uly|kyzy)$/i;
const GIVEN_NAMES_WITH_SURNAME_ENDINGS = new Set([
  'марина', 'ирина', 'галина', 'алина', 'полина', 'нина', 'карина', 'кристина', 'екатерина', 'валентина', 'зарина',
  'мадина', 'дина', 'регина', 'ангелина', 'арина', 'вениамин', 'лев', 'ая', 'lev', 'yakov', 'iakov',
]);

/** `Арестова Татьяна` → `Tatyana Arestova`: Latin script, given name first. */
export function latinName(written: string): string {
  return written
    .split(new RegExp(`(${NAME_SEPARATOR.source})`, 'u'))
    .map((part, i) => {
      if (i % 2 === 1) return part.trim() === 'и' ? ' and ' : part;
      const tokens = part.split(/\s+/);
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

// ── generated titles ───────────────────────────────────────────────────────

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'jr', 'sr', 'inc', 'ltd',
  'co', 'corp', 'no', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'dept', 'min', 'pres',
]);

export function firstSentence(paragraph: string): string {
  const window = paragraph.slice(0, 1000);
  for (const match of window.matchAll(/[.!?…]+["”’»)]*(?=\s+["“‘«(]?[\p{Lu}\p{N}]|$)/gu)) {
    const before = window.slice(0, match.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    if (match[0].startsWith('.') && (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^\p{Lu}$/u.test(lastWord))) continue;
    return window.slice(0, match.index + match[0].length);
  }
  return window;
}

const TRAILING_STOPWORDS = /\s+(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from|as|that|which|who|is|are|was|were|its|their|his|her)$/i;

/** First sentence, cut to ≤ 80 characters at a clause or word boundary, without end punctuation. */
export function titleFromFirstSentence(paragraph: string): string {
  let title = firstSentence(paragraph).trim();
  if (title.length > MAX_GENERATED_TITLE_CHARS) {
    const window = title.slice(0, MAX_GENERATED_TITLE_CHARS + 1);
    const clauseEnds = [...window.matchAll(/(?:,|;|:|\s[—–])\s/g)]
      .map((m) => m.index)
      .filter((at) => at >= MIN_CLAUSE_TITLE_CHARS && at <= MAX_GENERATED_TITLE_CHARS);
    if (clauseEnds.length > 0) {
      title = title.slice(0, clauseEnds[clauseEnds.length - 1]);
    } else {
      const space = window.lastIndexOf(' ');
      title = title.slice(0, space > 0 ? space : MAX_GENERATED_TITLE_CHARS);
      while (TRAILING_STOPWORDS.test(title)) title = title.replace(TRAILING_STOPWORDS, '');
    }
    // An aside opened by a dash and not closed reads as a cut-off: drop it.
    const dashes = title.match(/\s[—–]\s/g)?.length ?? 0;
    if (dashes % 2 === 1) title = title.slice(0, title.search(/\s[—–]\s(?!.*\s[—–]\s)/));
  }
  title = title.replace(/[\s.,;:!?…—–-]+$/u, '');
  // A quotation that is not closed within the title loses its opening mark.
  const opens = (title.match(/[“«]/g) ?? []).length;
  const closes = (title.match(/[”»]/g) ?? []).length;
  if (opens > closes) title = title.replace(/^[“«"]\s*/, '');
  return title;
}
