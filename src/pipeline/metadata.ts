// Metadata: take the headline, date, byline, masthead and dateline out of the cleaned blocks, find the
// outlet, and leave the article's paragraphs. Only the header (the short lines before the first
// sentence of prose), the first paragraphs and a closing credit line are looked at, so body text is
// never mistaken for a byline or a date. Each part lives in metadata/: header.ts (headline and the
// lines around it), dates.ts, datelines.ts, bylines.ts, outlets.ts, title.ts (titles made from the
// first sentence).
import { isBylineOnlyName, isPersonNames, latinName, looksLikePersonName, parseBylineLine, splitLeadingByline } from './metadata/bylines.ts';
import { MONTH, monthNumber, parseDateLine, type FoundDate } from './metadata/dates.ts';
import { isStoredDate } from './iso-date.ts';
import { parseDateline } from './metadata/datelines.ts';
import { headlineOverByline, isBulletPoint, isPreamble, isSeriesNote, readHeader, withoutReadingTime } from './metadata/header.ts';
import { appearedFirstOn, callToActionOutlet, closingCopyright, closingDashCredit, commissionedCreditLine, commissioningOutlet, copyrightOutlet, creditLineOutlet, findReportingOutlet, inputsCredit, isDomainName, isKnownOutlet, isOutletName, labelledSourceLine, mastheadOutlet, namedCreditLine, reprintCredit, repostSource, selfReference, toldOutlet } from './metadata/outlets.ts';
import { latinShare, wordCount } from './clean.ts';
import { titleFromFirstSentence } from './metadata/title.ts';
import { SLUG_PATTERN, toSlug } from './slug.ts';
import { PipelineError, type Caption, type CleanedText, type ExtractedArticle, type RemovedLine, type SeedOverrides } from './types.ts';

export { findDate, parseDateLine } from './metadata/dates.ts';
export { isIsoDate } from './iso-date.ts';
export { latinName } from './metadata/bylines.ts';
export { titleFromFirstSentence } from './metadata/title.ts';

/** How many leading paragraphs may hold the dateline. */
const DATELINE_PARAGRAPHS = 3;
/** How many leading paragraphs may hold a header line the header did not reach (`PTI`, a date line). */
const STRAY_HEADER_PARAGRAPHS = 5;
/** A name in brackets standing alone (`(dpa)`): the name; any other line as it is. */
function unbracketed(line: string): string {
  return /^\((.+)\)$/u.exec(line)?.[1] ?? line;
}

/** How the metadata was found, for the review report: field → the evidence, as written. */
export type MetadataEvidence = Partial<Record<'title' | 'date' | 'source' | 'byline', string>>;

/** The blocks whose next line was the same text again, dropped by clean as a duplicate (a page's title and heading). */
function printedTwice(doc: CleanedText): Set<number> {
  const twice = new Set<number>();
  for (const copy of doc.removed) {
    if (copy.reason !== 'duplicate') continue;
    // The last block above the copy (blocks are in line order).
    let [low, high] = [0, doc.blocks.length - 1];
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (doc.blocks[mid]!.line < copy.line) low = mid;
      else high = mid - 1;
    }
    const above = doc.blocks[low];
    if (above !== undefined && above.line < copy.line && above.text === copy.text) twice.add(low);
  }
  return twice;
}

/** A headline's next line that carries it on: lower case, short, unpunctuated, and no byline's or credit's label. */
const HEADLINE_CONTINUATION = /^(?!(?:by|via|posted|published|updated|written|photo|photos|image|images|source|read|more|share|tweet|comments?|min)\b)\p{Ll}[^.!?:;|]*$/u;

/**
 * A headline the page wrapped over lines of its own, with no blank line between (`An alpine style` /
 * `attempt on Peak Lenin 7134m`): the lines below that carry it on, in lower case, are part of it.
 */
function joinWrappedHeadline(blocks: CleanedText['blocks'], header: ReturnType<typeof readHeader>): void {
  if (header.titleLine === null || header.title === null) return;
  const at = blocks.findIndex((block, i) => block.text === header.titleLine && header.taken.has(i));
  if (at < 0) return;
  let title = header.title;
  for (let k = at + 1; k <= at + 2 && k < blocks.length; k++) {
    const line = blocks[k]!.text.trim();
    // (A short line in lower case may have been read as a section's label: `in September in Kazakhstan`.)
    const label = header.furniture.findIndex((f) => f.index === k && f.reason === 'section-label');
    if ((header.taken.has(k) && label < 0) || blocks[k]!.line !== blocks[k - 1]!.line + 1 || !HEADLINE_CONTINUATION.test(line)) break;
    // (Three words at least: one or two are a tag or a button, `trans-caspian`, `free consultation`.)
    const words = wordCount(line, 11);
    if (words > 10 || words < 3 || wordCount(`${title} ${line}`, 26) > 25) break;
    if (label >= 0) header.furniture.splice(label, 1);
    title = `${title} ${line}`;
    header.taken.add(k);
  }
  header.title = title;
}

export function extractMetadata(doc: CleanedText, overrides: SeedOverrides = {}): ExtractedArticle {
  const blockTexts = doc.blocks.map((block) => block.text);
  const header = readHeader(blockTexts, printedTwice(doc));
  // A page whose only paragraph the header read as its headline (`Uzbek representatives warned … [More background]`):
  // the paragraph is the story, and the title is made from it.
  // (A headline alone, `Tokayev meets Trump`, is still a page with no story.)
  if (header.title !== null && wordCount(header.title, 26) > 25 && doc.blocks.every((_, i) => header.taken.has(i))) {
    const headline = doc.blocks.findIndex((block) => block.text === header.titleLine);
    if (headline >= 0) {
      header.taken.delete(headline);
      header.rewritten.delete(headline);
      header.title = null;
      header.titleLine = null;
    }
  }
  joinWrappedHeadline(doc.blocks, header);
  const evidence: MetadataEvidence = {};
  const removed: RemovedLine[] = [...doc.removed];
  for (const { index, reason } of header.furniture) {
    const block = doc.blocks[index]!;
    removed.push({ line: block.line, text: block.text, reason });
  }
  removed.sort((a, b) => a.line - b.line);
  const paragraphs = doc.blocks.flatMap((block, i) => (header.taken.has(i) ? [] : [header.rewritten.get(i) ?? block.text]));

  let dateline: string | null = null;
  let datelineByline: string | null = null;
  let datelineSource: string | null = null;
  let date: (FoundDate & { how: string }) | null = header.date;
  // The dateline opens the story; a deck or a summary of it may stand above (`BEIJING, June 18 (Xinhua) --`
  // as the third paragraph).
  for (let k = 0; k < Math.min(DATELINE_PARAGRAPHS + 2, paragraphs.length); k++) {
    // `By Raza Khan ISLAMABAD, April 06 (INP-WealthPK): …`: the writer's byline glued before the dateline.
    const signed = header.bylineText === null ? /^By\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s+(?=\p{Lu}{3,}[\s,])/u.exec(paragraphs[k]!) : null;
    const found = parseDateline(signed ? paragraphs[k]!.slice(signed[0].length) : paragraphs[k]!);
    if (!found) continue;
    if (signed) datelineByline = signed[1]!;
    // Further down, below captions (`… arrested in Kazakhstan. (By Associated Press)` / `TAIPEI (Taiwan News) —`),
    // only a dateline that names its agency or date.
    if (k >= DATELINE_PARAGRAPHS && found.source === null && found.date === null) continue;
    dateline = found.dateline;
    datelineSource = found.source;
    if (found.date) date ??= { ...found.date, how: 'dateline' };
    let rest = found.rest;
    // `Brussels 06.01.2022 Anna van Densky The Council …`: the writer's name between the dateline and the story.
    const glued = found.date && header.bylineText === null ? splitLeadingByline(rest) : null;
    if (glued) {
      datelineByline = glued.name;
      rest = glued.rest;
    }
    if (rest === '') paragraphs.splice(k, 1);
    else paragraphs[k] = rest;
    break;
  }

  // Header lines the header did not reach, below a deck or a caption: a wire's name alone (`PTI`, or in brackets:
  // `(dpa)`), a date line with its place (`Samarkand | Published 11.12.23, 06:08 AM`).
  let wireLine: string | null = null;
  for (let k = 0; k < Math.min(STRAY_HEADER_PARAGRAPHS, paragraphs.length) && paragraphs.length > 1; k++) {
    const line = withoutReadingTime(paragraphs[k]!.trim());
    if (wordCount(line, 9) > 8) continue;
    const placed = /^\p{Lu}[\p{L} .'’-]{1,30}?\s*[|·•]\s*(.+)$/u.exec(line);
    const stamp = parseDateLine(placed ? placed[1]! : line);
    const wire = unbracketed(line);
    if (stamp && (date === null || date.iso === stamp.iso)) {
      date ??= { ...stamp, how: 'date line' };
      paragraphs.splice(k--, 1);
    } else if (isKnownOutlet(wire)) {
      wireLine ??= wire;
      paragraphs.splice(k--, 1);
    }
  }

  // `(With PTI Inputs)` among the last lines: the wire the story was written from.
  let inputsSource: string | null = null;
  for (let k = paragraphs.length - 1; k >= Math.max(1, paragraphs.length - 3); k--) {
    inputsSource = inputsCredit(paragraphs[k]!);
    if (inputsSource) {
      paragraphs.splice(k, 1);
      break;
    }
  }

  // A closing credit: `MNA/Shana.ir`, `Source: UzA`, `N. Ziyodullayeva, UzA`, or the writer's name alone
  // (`Alzhanova Raushan`).
  let creditSource: string | null = null;
  let closingByline: string | null = null;
  /** The photographer a closing credit names beside the writer, kept as a picture's credit. */
  let closingPhotoCredit: Caption | null = null;
  const last = paragraphs[paragraphs.length - 1];
  if (last !== undefined && paragraphs.length > 1) {
    creditSource = creditLineOutlet(last);
    const named = creditSource === null ? namedCreditLine(last, isBylineOnlyName) : null;
    if (named) {
      creditSource = named.outlet;
      if (header.bylineText === null) closingByline = named.name;
      const line = doc.blocks.findLast((block) => block.text.trim() === last.trim())?.line;
      if (named.photographer && line !== undefined) closingPhotoCredit = { text: '', credit: named.photographer, line };
    }
    if (creditSource === null && header.bylineText === null && isBylineOnlyName(last) && looksLikePersonName(last)) closingByline = last;
    // (`Written by Brian Pinelli` closing the story: its writer, signed at the end.)
    if (creditSource === null && header.bylineText === null && closingByline === null && SIGNED_BY.test(last.trim())) closingByline = parseBylineLine(last, false)?.name ?? null;
    if (creditSource !== null || closingByline !== null) paragraphs.pop();
  }
  // `December 12 2014, 10:47` closing the story: the date stamp some sites print under it, with its time
  // (below it, at most a footer mostly in another script).
  let closingStamp: FoundDate | null = null;
  let stampAt = paragraphs.length - 1;
  if (date === null) {
    while (stampAt > 1 && paragraphs.length - stampAt <= 3 && isForeignFooter(paragraphs[stampAt]!)) stampAt--;
    const closing = stampAt > 0 ? paragraphs[stampAt]!.trim() : '';
    closingStamp = closingStampOf(closing);
  }
  if (closingStamp) {
    date = { ...closingStamp, how: 'closing date stamp' };
    paragraphs.splice(stampAt, 1);
  }
  // (`30 08 2023, 12:18` / `photo source: …` / `1 2 3 … 10`: the stamp heading the lines clean set aside after the
  // story, when below it is only a picture's credit or the pages' numbers; over teasers it is another story's.)
  if (date === null && doc.blocks.length > 0) {
    const lastBlock = doc.blocks[doc.blocks.length - 1]!.line;
    const [below, ...rest] = doc.removed.filter((r) => r.line > lastBlock).sort((a, b) => a.line - b.line);
    const onlyCredits = rest.every((r) => /^(?:photo|image|picture)?\s*(?:source|credit)s?\b/iu.test(r.text.trim()) || /^[\d\s.…]+$/u.test(r.text.trim()));
    const stamp = below?.reason === 'teaser' && onlyCredits ? closingStampOf(below.text.trim()) : null;
    if (stamp) date = { ...stamp, how: 'closing date stamp' };
  }
  // `Ends/Monday, August 4, 2025`: a government press release's closing mark with the day it was issued.
  if (date === null) {
    const ends = [...doc.removed.map((r) => r.text), ...paragraphs.slice(-3)].map((line) => ENDS_MARK.exec(line.trim())?.[1]).find((rest) => rest !== undefined);
    const stamp = ends === undefined ? null : parseDateLine(ends);
    if (stamp) date = { ...stamp, how: 'closing mark of a press release' };
  }
  // `21.11.2024` on a line of its own further down the page, the page's only such line: the story's stamp.
  // (Not the site's clock, nor a teaser's date: those lines are furniture of their own.)
  if (date === null) date = onlyDateLine([...removed.filter((r) => !NOT_STAMPS.has(r.reason)).map((r) => r.text), ...paragraphs]);
  // `Date` / `2025.01.22 / 09:35`: a date's label on a line of its own, the date on the next, wherever the page
  // prints the pair (even in a block clean took for another story's teaser).
  if (date === null) date = labelledDatePair([...doc.blocks, ...doc.removed].sort((a, b) => a.line - b.line).map((l) => l.text));
  // `Global | Publication | April 2018`, `September 2022, Vol. 249, No. 9` near the top: a month and no day.
  if (date === null) date = onlyMonthLine([...doc.blocks, ...doc.removed].sort((a, b) => a.line - b.line).slice(0, MONTH_LINE_SEARCH).map((l) => l.text));
  if (paragraphs.length === 0) {
    throw new PipelineError(doc.file, 'no article text left after removing the headline and page furniture');
  }

  // A credit the cleaner set aside with the closing teasers: `By Charles Kennedy for Oilprice.com`,
  // `Mi’raj News Agency (MINA)`.
  let teaserSource: string | null = null;
  let teaserByline: string | null = null;
  for (const { text, reason } of doc.removed) {
    if (reason !== 'teaser') continue;
    const line = text.trim();
    const commissioned = /^By\s+(.+?)\s+for\s+(\S.*?)\.?$/u.exec(line);
    // (`Written by Brian Pinelli`, set aside with the site's lines under the story: its writer.)
    if (SIGNED_BY.test(line)) teaserByline ??= parseBylineLine(line, false)?.name ?? null;
    else if (commissioned && isPersonNames(commissioned[1]!) && (isOutletName(commissioned[2]!) || isDomainName(commissioned[2]!))) {
      teaserByline ??= commissioned[1]!;
      teaserSource ??= commissioned[2]!;
    } else {
      const name = line.replace(/\s*\(\p{Lu}{2,8}\)$/u, '');
      if (mastheadOutlet(name) !== null && /\s\(\p{Lu}{2,8}\)$|\.[a-z]{2,6}$/u.test(line)) teaserSource ??= name;
    }
  }

  // In order of trust; each read only when those before it found nothing.
  const pageLines = [...removed.map((r) => r.text), ...paragraphs];
  const sources: [() => string | null, string][] = [
    [() => header.source, 'masthead or headline prefix'],
    [() => datelineSource, 'dateline'],
    [() => wireLine, 'wire credit line'],
    [() => header.bylineAgency, 'byline'],
    [() => creditSource, 'closing credit'],
    [() => closingDashCredit(paragraphs), 'wire credit after a dash closing a paragraph ("… - Bernama")'],
    [() => labelledSourceLine(paragraphs), 'source line'],
    [() => inputsSource, 'wire inputs credit'],
    [() => appearedFirstOn(paragraphs), 'a feed\'s closing line ("appeared first on …")'],
    [() => repostSource(pageLines), 'a repost\'s note ("originally published by …")'],
    // (Its line may be the one taken as the headline or the date: `An article published in Forbes` under a date.)
    [() => reprintCredit([...doc.blocks.filter((_, i) => header.taken.has(i)).map((b) => b.text), ...pageLines]), 'a reprint\'s line ("An article published in …", "Read more on …")'],
    [() => teaserSource, 'closing credit line'],
    // The site's own furniture naming it outranks a body's `… reports`, which may pass on another's news.
    [() => firstNonNull(pageLines, callToActionOutlet), 'call to action ("Subscribe to …", "More from …")'],
    [() => findReportingOutlet(paragraphs), '"… reports"'],
    [() => selfReference(paragraphs), 'the newsroom of itself ("… has learnt", "… has contacted … for comment", "… investigated", "… interviewed")'],
    [() => commissioningOutlet([...doc.captions, ...header.captions]) ?? firstNonNull(pageLines, commissionedCreditLine), 'photo credit'],
    // (A rights notice closing a sentence of the story, the line kept or taken off as furniture.)
    [() => firstNonNull(doc.removed.filter((r) => r.reason === 'copyright').map((r) => r.text), (line) => copyrightOutlet(line) ?? closingCopyright([line])) ?? closingCopyright(paragraphs), 'copyright line'],
    [() => toldOutlet(paragraphs), 'whom the story\'s people spoke to ("… told Deccan Chronicle")'],
  ];
  let source: string | null = null;
  let sourceHow = '';
  for (const [read, how] of sources) {
    source = read();
    if (source !== null) {
      sourceHow = how;
      break;
    }
  }

  // `www.whitecase.com`: a site's address without its `www.`, as a reader names it.
  if (source !== null) source = source.replace(/^www\./iu, '');

  let title = header.title ?? headlineOverByline(blockTexts, header);
  let titleGenerated = false;
  if (title === null) {
    title = titleFromFirstSentence(paragraphs.find((p, k) => !isSeriesNote(p) && !isPreamble(p) && !isBulletPoint(p) && !isRepeatedFragment(paragraphs, k) && !isPhotoCaption(paragraphs, k)) ?? paragraphs[0]!);
    titleGenerated = true;
  }
  const bylineText = header.bylineText ?? datelineByline ?? closingByline ?? teaserByline;

  if (!titleGenerated) evidence.title = header.titleLine ?? title;
  if (date) evidence.date = `${date.how}: ${date.text}`;
  if (source) evidence.source = `${sourceHow}: ${source}`;
  if (bylineText) evidence.byline = `${header.bylineText ? 'byline line' : datelineByline ? 'after the dateline' : 'closing credit'}: ${bylineText}`;

  const meta: ExtractedArticle['meta'] = {
    title,
    titleGenerated,
    date: date?.iso ?? null,
    dateText: date?.text ?? null,
    source,
    bylineText,
    byline: bylineText === null ? null : latinName(bylineText),
    dateline,
    slug: '',
    evidence,
  };
  applyOverrides(doc.file, meta, overrides);
  if (meta.slug === '') meta.slug = toSlug(meta.title) || toSlug(doc.file.replace(/\.[^.]+$/, ''));

  const pictured = closingPhotoCredit ? [...doc.captions, closingPhotoCredit] : doc.captions;
  const captions = header.captions.length === 0 ? pictured : [
    ...pictured,
    ...header.captions.map(({ index, text, credit }) => ({ text, credit, line: doc.blocks[index]!.line })),
  ].sort((a, b) => a.line - b.line);
  return { file: doc.file, meta, paragraphs, captions, removed };
}

/** `Written by Brian Pinelli` under the story: its writer's signature. */
const SIGNED_BY = /^(?:written|reported|story|text)\s+by\s+\p{Lu}/iu;

/** A date stamp with its time, a few words at most (`December 12 2014, 10:47`), as a site prints one under the story. */
function closingStampOf(line: string): FoundDate | null {
  return /\d{1,2}:\d{2}/u.test(line) && wordCount(line, 9) <= 8 ? parseDateLine(line) : null;
}

/** `Ends/Monday, August 4, 2025`: the mark closing a press release, the day it was issued after it. */
const ENDS_MARK = /^Ends\s*\/\s*(\S.{5,40})$/u;

/** Furniture whose dates are not the story's: the site's clock, an event's dates, other stories' teasers and lists. */
const NOT_STAMPS = new Set(['site-clock', 'event-date', 'teaser', 'read-also', 'suggested', 'issue-dates', 'breadcrumb']);

/** A publication date's label alone on a line (`Date`, `Published`, `Publication date:`). */
const DATE_LABEL_LINE = /^(?:date|published|posted|publication date|date published|date of publication|published on|posted on)\s*:?$/iu;

/** The date on the line after a date's label on its own (labels: DATE_LABEL_LINE), or null. */
function labelledDatePair(lines: string[]): (FoundDate & { how: string }) | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!DATE_LABEL_LINE.test(lines[i]!.trim())) continue;
    const date = parseDateLine(lines[i + 1]!.trim());
    if (date) return { ...date, how: `labelled date (${lines[i]!.trim()})` };
  }
  return null;
}

function onlyDateLine(lines: string[]): (FoundDate & { how: string }) | null {
  let found: FoundDate | null = null;
  for (const line of lines) {
    const text = line.trim();
    if (text.length > 60 || !/\d{4}/u.test(text)) continue;
    const stamp = parseDateLine(text);
    if (!stamp) continue;
    if (found) return null;
    found = stamp;
  }
  return found ? { ...found, how: 'the page’s only date line' } : null;
}

/** How many of the page's first lines may give its month. */
const MONTH_LINE_SEARCH = 20;
/**
 * A short line ending in a month and a year after a separator, or opening a magazine's issue line;
 * a bimonthly's `September-October 2009` gives its first month.
 */
const MONTH_LINE = new RegExp(String.raw`(?:^|[|–—-]\s*)${MONTH}\s+((?:19|20)\d\d)(?:,\s*(?:Vol(?:ume)?|Issue|No)\.?\s.*)?$`, 'u');
/** The month opening a range, right before the dash of MONTH_LINE. */
const RANGE_OPENING = new RegExp(String.raw`${MONTH}\s*$`, 'u');

/** `This item appears on page 18 of the August 2010 issue.`: the magazine issue a story appeared in. */
const ISSUE_MONTH = new RegExp(String.raw`\b(?:the|its|our)\s+${MONTH}\s+((?:19|20)\d\d)\s+(?:issue|edition)\b`, 'u');

function onlyMonthLine(lines: string[]): (FoundDate & { how: string }) | null {
  const months = new Map<string, string>();
  for (const line of lines) {
    const text = line.trim();
    if (wordCount(text, 13) > 12) continue;
    const match = MONTH_LINE.exec(text);
    const issue = match ? null : ISSUE_MONTH.exec(text);
    if (!match && !issue) continue;
    const opening = match && /^[–—-]/u.test(match[0]) ? RANGE_OPENING.exec(text.slice(0, match.index)) : null;
    const [name, year] = match ? [opening?.[1] ?? match[1]!, match[2]!] : [issue![1]!, issue![2]!];
    const month = monthNumber(name);
    if (month !== undefined) months.set(`${year}-${String(month).padStart(2, '0')}`, `${name} ${year}`);
  }
  if (months.size !== 1) return null;
  const [[iso, text]] = [...months];
  return { iso: iso!, text: text!, how: 'a month line (no day given)' };
}

/** A short closing line mostly in another script than the page's Latin one: a site's footer in its own language. */
function isForeignFooter(text: string): boolean {
  return text.length <= 400 && latinShare(text) < 0.5;
}

function applyOverrides(file: string, meta: ExtractedArticle['meta'], overrides: SeedOverrides): void {
  const evidence = (meta.evidence ??= {});
  if (overrides.title !== undefined) {
    if (overrides.title.trim() === '') throw new PipelineError(file, 'override title is empty');
    meta.title = overrides.title.trim();
    meta.titleGenerated = false;
    evidence.title = 'sidecar';
  }
  if (overrides.date !== undefined) {
    if (overrides.date === null) {
      meta.date = null;
      meta.dateText = null;
      delete evidence.date;
    } else {
      if (!isStoredDate(overrides.date)) {
        throw new PipelineError(file, `override date "${overrides.date}" is not a real date in YYYY-MM-DD form (or a month, YYYY-MM)`);
      }
      // Keep the written form only when it says the same day.
      if (meta.date !== overrides.date) meta.dateText = null;
      meta.date = overrides.date;
      evidence.date = 'sidecar';
    }
  }
  if (overrides.source !== undefined) {
    meta.source = overrides.source;
    if (overrides.source === null) delete evidence.source;
    else evidence.source = 'sidecar';
  }
  if (overrides.byline !== undefined) {
    meta.byline = overrides.byline;
    if (overrides.byline === null) {
      meta.bylineText = null;
      delete evidence.byline;
    } else evidence.byline = 'sidecar';
  }
  if (overrides.slug !== undefined) {
    if (!SLUG_PATTERN.test(overrides.slug)) {
      throw new PipelineError(file, `override slug "${overrides.slug}" must be lowercase ASCII words joined by hyphens`);
    }
    meta.slug = overrides.slug;
  }
}

function firstNonNull<T>(items: string[], read: (item: string) => T | null): T | null {
  for (const item of items) {
    const found = read(item);
    if (found !== null) return found;
  }
  return null;
}

/**
 * `will become closer from Sunday (July 2, 2017), with …` above `The capitals … will become closer from
 * Sunday …`: a teaser cut mid-sentence (it opens in lower case) from a paragraph printed in full below.
 */
/**
 * A photo's caption opening the story: printed twice in a row (`A U.S. KC-135 Stratotanker maintenance crew performs …`
 * over itself), or over its photographer's credit (`A general view of the Kumtor mine …` / `Vladimir Pirogov/Reuters`).
 */
function isPhotoCaption(paragraphs: string[], index: number): boolean {
  const text = paragraphs[index]!.trim();
  // The photographer's credit itself: `Vladimir Pirogov/Reuters`.
  if (PHOTO_CREDIT_LINE.test(text)) return true;
  if (wordCount(text, 61) > 60) return false;
  // `… stand in Astana, on Saturday, April 14, 2018. Photograph: Taylor Weidman/Bloomberg`: closed by its credit's label.
  if (CLOSING_PHOTO_LABEL.test(text)) return true;
  const next = (paragraphs[index + 1] ?? '').trim();
  const previous = (paragraphs[index - 1] ?? '').trim();
  // (The second copy may carry the credit: `… in this August 2012 photo. (Clay Lancaster/U.S. Air Force)`.)
  const captioned = (line: string) => /\bphoto\b|\bpictured\b|\([^()]{3,60}\/[^()]{2,40}\)$/iu.test(line);
  const copy = (other: string) => other !== '' && (other === text || other.startsWith(text) || text.startsWith(other)) && (captioned(other) || captioned(text));
  return copy(next) || copy(previous) || PHOTO_CREDIT_LINE.test(next);
}
const CLOSING_PHOTO_LABEL = /[.!?]["”’]?\s+(?:Photo(?:graph)?|Photographer|Image|Picture)s?\s*:\s*\p{Lu}[^.:!?]{1,60}(?:\s+Photographer:\s*\p{Lu}[^.:!?]{1,60})?$/u;
const PHOTO_CREDIT_LINE = /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}\s?\/\s?\p{Lu}[\p{L}.&-]{1,30}$/u;

function isRepeatedFragment(paragraphs: string[], index: number): boolean {
  const text = paragraphs[index]!.trim();
  if (!/^\p{Ll}/u.test(text)) return index === 0 && isCaptionRepeatedLater(paragraphs);
  const probe = text.slice(0, 60);
  return probe.length >= 20 && paragraphs.some((other, k) => k > index && other.includes(probe));
}

/**
 * `Both leaders also witnessed the signing … at the Ak Orda Presidential Palace.` opening the page and printed
 * again, word for word, as a sentence of a later paragraph: a photo's caption or a teaser drawn from the story,
 * not its lead. (A page scraped twice repeats its second paragraph too, and keeps its first.)
 */
function isCaptionRepeatedLater(paragraphs: string[]): boolean {
  const text = paragraphs[0]!.trim();
  if (text.length < 40) return false;
  const later = paragraphs.findIndex((other, k) => k > 1 && other.includes(text));
  if (later < 0) return false;
  const second = (paragraphs[1] ?? '').trim();
  return second.length < 20 || !paragraphs.slice(later).some((other) => other.includes(second));
}
