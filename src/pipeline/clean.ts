// Clean: drop page furniture (tickers, share bars, "Read also", comment prompts, ads, newsletter
// and cookie prompts, navigation), pull photo captions/credits out of the body, drop repeated lines.
//
// The guiding rule is "never lose a sentence of the article": furniture patterns match whole
// label-like lines, never words inside prose, and a line of ≥ 8 words ending in sentence
// punctuation is body text whatever words it contains. The only exceptions are notices that are
// never article prose: cookie notices, copyright footers and "follow us / subscribe to our …"
// self-promotion.
//
// Removal reasons: ticker, share-bar, read-also, suggested (and the link titles listed under a
// read-also/suggested label in the body), sidebar, comment-prompt, advertisement, subscribe,
// cookie, copyright, tags, reading-time, navigation, media-ui, page-ui, separator, teaser, duplicate.
import { givenName } from './discover.ts';
import type { Caption, CleanedText, IngestedText, RemovedLine } from './types.ts';

/** Lines longer than this are never furniture or captions: keeps every regex off 2 MB lines. */
const MAX_FURNITURE_CHARS = 300;
/** A caption with its credit in closing brackets (`… (PHOTO / XINHUA)`) may run this long: agencies write long captions. */
const MAX_CREDITED_CAPTION_CHARS = 1200;
/** Repeated lines shorter than this are kept: a transcript may repeat "Q:" or a speaker label. */
const MIN_DUPLICATE_WORDS = 4;

interface Line {
  line: number;
  text: string;
}

export function clean(doc: IngestedText): CleanedText {
  const lines: Line[] = unwrapLines(doc.text.split('\n'));

  // Pass 1: furniture and unambiguous captions.
  type Kind = { kind: 'body' } | { kind: 'caption'; caption: Caption } | { kind: 'removed'; reason: string };
  const kinds: Kind[] = lines.map(({ line, text }, i): Kind => {
    const reason = furnitureReason(text);
    if (reason) return { kind: 'removed', reason };
    // `© CABAR - …` opening the page is the site's mark, not a photo's credit: the header reads the outlet off it.
    if (i === 0 && /^©/u.test(text.trim())) return { kind: 'body' };
    const caption = parseCaption(text);
    if (caption) return { kind: 'caption', caption: { ...caption, line } };
    return { kind: 'body' };
  });

  // Pass 1b: below a "Related" / "Suggested Articles" label in the body, the short link-title
  // lines that follow are links to other articles. Not in the header: there a stray label can
  // sit right above the article's own headline.
  let afterFirstProse = false;
  kinds.forEach((kind, i) => {
    const { text } = lines[i]!;
    if (kind.kind === 'body' && isProse(text)) afterFirstProse = true;
    if (!afterFirstProse || kind.kind !== 'removed' || !LINK_LIST_LABELS.has(kind.reason) || !isBareLabel(text)) return;
    // A feed of stamped items (`Read next` / `08:12` / `Senior diplomats from Iran … gathered …`): once a
    // bare time stands under the label, each item is a sentence or two of another story.
    let feed = false;
    for (let j = i + 1, taken = 0; j < kinds.length && taken < MAX_LINK_LIST_LINES; j++) {
      const next = kinds[j]!;
      if (next.kind === 'removed') continue;
      const text = lines[j]!.text;
      // (`15 mins ago`: a relative stamp does the same.)
      if (next.kind === 'body' && /^(?:\d{1,2}:\d{2}|\d{1,2}\s+(?:mins?|minutes?|hrs?|hours?|days?)\s+ago)$/iu.test(text.trim())) feed = true;
      // `Read also:` / `- Landslide claims seven lives, …`: a bulleted item under the label is a link, sentence or not.
      const bulleted = /^[-•–]\s+\p{Lu}/u.test(text.trim()) && wordCount(text, MAX_FEED_ITEM_WORDS + 1) <= MAX_FEED_ITEM_WORDS;
      // `Prime Minister … breaching the 90-metre mark at…`: a teaser's excerpt, cut with an ellipsis.
      const excerpt = /(?:…|\.\.\.)$/u.test(text.trim()) && wordCount(text, MAX_FEED_ITEM_WORDS + 1) <= MAX_FEED_ITEM_WORDS;
      if (next.kind !== 'body' || !(isLinkTitle(text) || bulleted || excerpt || (feed && wordCount(text, MAX_FEED_ITEM_WORDS + 1) <= MAX_FEED_ITEM_WORDS))) break;
      kinds[j] = { kind: 'removed', reason: kind.reason };
      taken++;
    }
  });

  // Pass 1c: `Contact Us` over an office's name, its address, telephone and e-mail: the block under the label, when
  // a telephone or an e-mail line is in it, is the page's contact box (its office is no masthead, its street no
  // paragraph).
  kinds.forEach((kind, i) => {
    if (kind.kind === 'caption' || !/^contacts?(?: us)?\s*:?$/iu.test(lines[i]!.text.trim()) || i + 1 >= lines.length) return;
    let end = i + 1;
    while (end + 1 < lines.length && end - i < MAX_CONTACT_LINES && lines[end + 1]!.line === lines[end]!.line + 1) end++;
    const box = lines.slice(i + 1, end + 1);
    if (!box.some(({ text }) => CONTACT_LINE.test(text.trim())) || box.some(({ text }) => isProse(text))) return;
    for (let k = i + 1; k <= end; k++) kinds[k] = { kind: 'removed', reason: 'contact' };
  });

  // Pass 2: "<text> by <Credit> / <Site>" captions, which only count before the first body
  // paragraph or next to another caption, so that prose containing "by" is never taken.
  let seenProse = false;
  kinds.forEach((kind, i) => {
    const { text, line } = lines[i]!;
    if (kind.kind !== 'body') return;
    const nextToCaption = kinds[i - 1]?.kind === 'caption' || kinds[i + 1]?.kind === 'caption';
    if (!seenProse || nextToCaption) {
      const caption = parseByCreditCaption(text);
      if (caption) {
        kinds[i] = { kind: 'caption', caption: { ...caption, line } };
        return;
      }
    }
    if (isProse(text)) seenProse = true;
  });

  // Pass 2b: headlines of other articles trailing the text (`Australia Moves Forward With Teen Social
  // Media Ban`): lines in headline case after the last paragraph of prose.
  const lastProse = kinds.findLastIndex((kind, i) => kind.kind === 'body' && isProse(lines[i]!.text));
  if (lastProse >= 0) {
    // (`… from the following countries …:` / `Andorra | Cyprus | Italy |` …: the rows a line ending in a colon
    // introduces are the article's own list or table, in headline case as names are.)
    // (The introducing line ends in a colon, not a full stop: it may be the line after the last one of prose.)
    const intro = [lastProse, lastProse + 1].find((k) => k < kinds.length && kinds[k]!.kind === 'body' && /:\s*$/u.test(lines[k]!.text));
    let introducedEnd = intro === undefined ? lastProse + 1 : intro + 1;
    if (intro !== undefined) while (introducedEnd < kinds.length && kinds[introducedEnd]!.kind === 'body') introducedEnd++;
    const lastLine = lines.findLastIndex(({ text }) => text.trim() !== '');
    for (let i = introducedEnd; i < kinds.length; i++) {
      const kind = kinds[i]!;
      const cutOff = i === lastLine && isCutMidSentence(lines[i]!.text);
      if (kind.kind === 'body' && isHeadlineCase(lines[i]!.text) && isLinkTitle(lines[i]!.text) && !cutOff) kinds[i] = { kind: 'removed', reason: 'teaser' };
      // `© New Eastern Outlook` alone on a line: the site's rights, no picture's credit (`© Reuters / Pavel Mikheyev`,
      // an agency and its photographer, is one).
      if (kind.kind === 'caption' && kind.caption.text === '' && /^©\s*\p{Lu}[^.!?©/]{1,60}$/u.test(lines[i]!.text.trim())) kinds[i] = { kind: 'removed', reason: 'copyright' };
    }
    // In sentence case too when they come as a list: three or more unpunctuated short lines in a row
    // (`Tajikistan, Iran reaffirm commitment…` / `Tajikistan, Italy discuss…`) are not the article's,
    // unless a line ending in a colon introduces them.
    for (let i = lastProse + 1; i < kinds.length; ) {
      let end = i;
      while (end < kinds.length && kinds[end]!.kind === 'body' && isLinkTitle(lines[end]!.text)) end++;
      const introduced = i > 0 && /:\s*$/.test(lines[i - 1]!.text); // `Documents signed:` opens the article's own list
      if (end - i >= MIN_TEASER_LIST && !introduced) for (let k = i; k < end; k++) kinds[k] = { kind: 'removed', reason: 'teaser' };
      i = Math.max(end, i + 1);
    }
  }

  // Pass 3: exact repeats of kept lines (scrapers repeat headlines and paragraphs).
  const seen = new Set<string>();
  const blocks: CleanedText['blocks'] = [];
  const captions: Caption[] = [];
  const removed: RemovedLine[] = [];
  kinds.forEach((kind, i) => {
    const { line, text } = lines[i]!;
    if (kind.kind === 'removed') {
      removed.push({ line, text, reason: kind.reason });
      return;
    }
    if (wordCount(text, MIN_DUPLICATE_WORDS) >= MIN_DUPLICATE_WORDS) {
      if (seen.has(text)) {
        removed.push({ line, text, reason: 'duplicate' });
        return;
      }
      seen.add(text);
    }
    if (kind.kind === 'caption') captions.push(kind.caption);
    else blocks.push({ line, text });
  });

  return { file: doc.file, blocks, captions, removed };
}

/** A contact box's lines: at most this many under its label. */
const MAX_CONTACT_LINES = 10;
/** A telephone or an e-mail line of a contact box (`Phone: 1-307-766-3677`, `Email: global@uwyo.edu`). */
const CONTACT_LINE = /^(?:(?:tel|phone|telephone|fax|e-?mail)\.?\s*:?\s*\S.*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/iu;

/**
 * Non-empty lines with their 1-based numbers. A paragraph hard-wrapped at a fixed width (lines of about
 * the same length, ending mid-sentence, with no blank line between) is joined back into one line, numbered
 * by its first: otherwise names broken across lines (`Kassym-Jomart` / `Tokayev`) are never found.
 */
function unwrapLines(texts: string[]): Line[] {
  const lines: Line[] = [];
  let i = 0;
  while (i < texts.length) {
    if (texts[i] === '') {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < texts.length && texts[end + 1] !== '') end++;
    const block = texts.slice(i, end + 1);
    const paragraphs = reflow(block);
    if (paragraphs) for (const { first, text } of paragraphs) lines.push({ line: i + first + 1, text });
    else block.forEach((text, k) => lines.push({ line: i + k + 1, text }));
    i = end + 1;
  }
  return joinDropCaps(lines).map((line) => (GLUED_IMAGE_NAME.test(line.text) ? { ...line, text: line.text.replace(GLUED_IMAGE_NAME, '') } : line));
}

/** `synagogue_almaty.jpgWith Borat on the minds …`: a picture's file name glued before the paragraph it stood above. */
const GLUED_IMAGE_NAME = /^[\p{L}\p{N}_-]+\.(?:jpe?g|png|gif|webp|JPE?G|PNG)(?=\p{Lu}\p{Ll})/u;

/** `T` / `he inaugural summit …`: a drop cap the scrape set on a line of its own, put back on its word. */
function joinDropCaps(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let k = 0; k < lines.length; k++) {
    const next = lines[k + 1];
    if (next && /^\p{Lu}$/u.test(lines[k]!.text.trim()) && /^\p{Ll}/u.test(next.text)) {
      out.push({ line: lines[k]!.line, text: lines[k]!.text.trim() + next.text });
      k++;
    } else out.push(lines[k]!);
  }
  return out;
}

/**
 * A block hard-wrapped at one width, as paragraphs: three or more lines, all different, at most 100
 * characters; most of them (three in five) within a fifth of the longest, most ending mid-sentence, and at
 * least one break falling inside a phrase (after `of the`, or before a word in lower case): a heading
 * repeated over three lines is not one. A line short of the width that ends a sentence ends its paragraph
 * (paragraphs may follow one another with no blank line); a short line that breaks mid-phrase (`Kazakhstan,
 * a` / `leader in uranium …`, where the scrape began mid-line) runs on. Null when the block is not wrapped.
 */
function reflow(block: string[]): { first: number; text: string }[] | null {
  if (block.length < 3 || new Set(block).size < block.length) return null;
  const body = block.slice(0, -1);
  const longest = Math.max(...body.map((l) => l.length));
  if (longest > 100 || longest < 40) return null;
  const full = (l: string) => l.length >= 40 && l.length >= longest * 0.8;
  if (body.filter(full).length < body.length * 0.6) return null;
  const breaksMidPhrase = (k: number) => MID_PHRASE_END.test(block[k]!) || /^\p{Ll}/u.test(block[k + 1] ?? '');
  const open = body.filter((l) => !/[.!?:]["”’»)]*$/u.test(l)).length;
  if (open < body.length * 0.6 || !body.some((_, k) => breaksMidPhrase(k))) return null;
  // Each paragraph with the index of the line it starts on.
  const paragraphs: { first: number; text: string }[] = [];
  let first = 0;
  // Short lines opening the block before any line of full width are its header's, one to a line (a headline, a
  // date stamp, the outlet's name over a wrapped story), unless they break mid-phrase.
  const headerEnd = block.findIndex(full);
  block.forEach((line, k) => {
    const ends = k === block.length - 1 || (!full(line) && !breaksMidPhrase(k) && (/[.!?:]["”’»)]*$/u.test(line) || k < headerEnd));
    if (ends) {
      paragraphs.push({ first, text: block.slice(first, k + 1).join(' ') });
      first = k + 1;
    }
  });
  return paragraphs;
}
const MID_PHRASE_END = /\b(?:the|of|a|an|and|or|to|in|on|for|with|by|at|from|as|that|is|was|were|are|be)$/iu;

const LINK_LIST_LABELS = new Set(['read-also', 'suggested']);
/** An item of a stamped feed under a link-list label runs to this many words at most. */
const MAX_FEED_ITEM_WORDS = 80;
const MAX_LINK_LIST_LINES = 10;

function isBareLabel(text: string): boolean {
  return wordCount(text) <= 4 && !/[:：»>→|]\s*\S/.test(text.replace(/^[\s•·*▪►▶]+/u, ''));
}

/** A headline-like line: short, no sentence punctuation at the end, not a "Reporting by …" credit. */
/** Unpunctuated lines in a row below the text that make a list of other articles' headlines. */
const MIN_TEASER_LIST = 3;

function isLinkTitle(text: string): boolean {
  // `Source: Kuwait News Agency` closing the story is its credit, not a teaser.
  return wordCount(text) <= 20 && !/[.…:;,]["'”’»)\]]*$/.test(text) && !/;|\b(?:reporting|writing|editing) by\b/i.test(text) && !/^(?:source|via)\s*[:：]/iu.test(text);
}

/**
 * `According to Russian Foreign Minister Sergei Lavrov, the T` closing the page: its text cut off mid-sentence (a
 * small word left dangling, or one letter after `the`), the story's own last paragraph, no other story's headline
 * (unless it is a list's item: `- Melting Reserves of Power: Mongolia’s Glaciers and the Future of`).
 */
function isCutMidSentence(text: string): boolean {
  return /\s(?:the|a|an|of|to|and|or|in|on|at|for|with|by|from|that|which|who|whose)$|\sthe\s\p{Lu}$/u.test(text.trim()) && !/^\s*[-•–]\s/u.test(text);
}

// ── shared helpers ─────────────────────────────────────────────────────────

/** The share of a text's letters in the Latin script (1 for a text with no letters). */
export function latinShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters === 0 ? 1 : (text.match(/\p{Script=Latin}/gu)?.length ?? 0) / letters;
}

/**
 * Words: runs that start with a letter or digit and may continue with `'’.&+-` (so `U.S.` and
 * `Kassym-Jomart` are one word each). A char-code scan rather than a Unicode regex, since it runs
 * on every line of multi-megabyte inputs; stops counting at `limit`.
 */
export function wordCount(text: string, limit = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < limit; i++) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      if (!inWord) count++;
      inWord = true;
    } else if (!(inWord && (c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x26 || c === 0x2b || c === 0x2d))) {
      inWord = false;
    }
  }
  return count;
}

/** ASCII letters and digits, and anything from Latin-1 letters up except punctuation/symbol blocks. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return c === 0xaa || c === 0xb5 || c === 0xba;
  return !((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f));
}

/** A sentence ending, allowing closing quotes/brackets after the punctuation. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;

/** "≥ ~8 words ending in sentence punctuation": always article text. */
export function isProse(text: string): boolean {
  return SENTENCE_END.test(text) && wordCount(text, 8) >= 8;
}

/** Words that stay in lower case inside a title-case headline. */
const TITLE_CASE_MINOR = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'over', 'per', 'than', 'up', 'off', 'out',
  // Prepositions that style guides keep in lower case too (`Development through Education`).
  'through', 'about', 'after', 'amid', 'among', 'between', 'within', 'without', 'under', 'across', 'towards', 'toward', 'during', 'since', 'until', 'upon',
]);

/**
 * A line in headline case (`Ashgabat, Beijing Cooperating To Increase Turkmen Gas Deliveries To China`):
 * at least four words, not prose, and at most one word other than the minor ones starting in lower case.
 * Every word of such a line looks like a name, so it is no source of new names.
 */
export function isHeadlineCase(text: string): boolean {
  // A line ending in a full stop is a sentence, however many names it holds.
  // So is one ending in a colon, which introduces a quotation or a list (`According to Jane Roe, General Director:`).
  // And one ending in a semicolon is an item of a list (`1. Gulnar Abisheva, Deputy Chair of the … Commission;`).
  if (isProse(text) || text.length > MAX_FURNITURE_CHARS || /[.:;,]["”’»)]*$/u.test(text)) return false;
  // Nor one whose sentence ends before a credit or another sentence (`… at the White House. (Kevin Lamarque / Reuters)`).
  if (/\p{Ll}{3,}\.\s+[(\p{Lu}]/u.test(text)) return false;
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu) ?? [];
  // A run of 30 words or more with no verb in lower case is a list of names cut off mid-sentence (`…, Chairman
  // of the Civil Aviation Committee … Mr. Lastaev, Ambassador of Kazakhstan in India …`), not a headline.
  if (words.length < 4 || words.length >= 30) return false;
  let lower = 0;
  let capitalised = 0;
  for (const word of words) {
    if (/^\p{Lu}/u.test(word)) capitalised++;
    else if (/^\p{Ll}/u.test(word) && !TITLE_CASE_MINOR.has(word.toLowerCase())) lower++;
  }
  // One lower-case word is allowed in a long headline (`Ashgabat, Beijing Cooperating … said`), none in a short one.
  return lower <= (words.length >= 12 ? 1 : 0) && capitalised >= 3 && capitalised >= words.length / 2;
}

/** Lower-cased line without bullets, trailing colons/arrows and surrounding quotes, for label matching. */
function labelOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\s•·*▪►▶»>|\-–—]+/u, '')
    .replace(/[\s:：.…»>→|\-–—]+$/u, '')
    .replace(/\s+/g, ' ');
}

// ── furniture ──────────────────────────────────────────────────────────────

const SHARE_WORDS = new Set(
  [
    'share', 'shares', 'shared', 'tweet', 'print', 'email', 'e-mail', 'mail', 'copy', 'link', 'copied', 'save', 'gift',
    'vk', 'vkontakte', 'x', 'ok', 'odnoklassniki', 'whatsapp', 'telegram', 'facebook', 'twitter', 'linkedin', 'reddit',
    'pinterest', 'viber', 'messenger', 'pocket', 'flipboard', 'tumblr', 'threads', 'bluesky', 'mastodon', 'sms',
    'wechat', 'weibo', 'line', 'skype', 'instagram', 'youtube', 'tiktok', 'mix', 'digg', 'livejournal', 'whatsapp.',
    // filler that share bars use around the network names
    'this', 'article', 'story', 'page', 'on', 'via', 'to', 'the', 'with', 'options', 'more', 'sharing', 'friends',
    'send', 'a', 'friend', 'url', 'show', 'close', 'hide', 'button', 'buttons', 'icon',
  ],
);
const SHARE_NETWORKS_OR_VERBS = /\b(share|sharing|tweet|print|e-?mail|vk|whatsapp|telegram|facebook|twitter|linkedin|reddit|pinterest|viber|messenger|odnoklassniki|flipboard|tumblr|bluesky|threads|mastodon|copy link)\b/;

/** Whole-line labels (after `labelOf`), per reason. */
const LABELS: [reason: string, pattern: RegExp][] = [
  ['read-also', /^(read|see|also read|also see|read next|read this|further reading|more on this( story| topic)?|related( link| story| article)?)( also| more| too| next)?$/],
  ['suggested', /^(suggested( articles?| stories| reading| news| content| posts| videos| for you)?|recommended( for you| articles?| stories| reading| news| videos)?|you (may|might) (also )?(like|be interested in|have missed)|don'?t miss|most (read|popular|viewed|shared|commented)( this week| today| stories| articles| news)?|trending( now| stories| news| topics)?|top (stories|news|headlines)|editor'?s'? (picks?|choice)|popular( now| stories| articles| news| posts)?|latest( news| stories| articles| headlines| posts)?|last (news|stories|articles|posts)|recent (posts|news|stories|articles)|more (stories|news|articles|headlines|videos)( from [\p{L}\p{N} .&-]{1,30})?|more from [\p{L}\p{N} .&-]{1,30}|other (news|stories|articles)|related (articles|stories|news|posts|topics|coverage|content|reading|materials)|what to read next|in other news|news feed|explore|explore more|more to explore|also on [\p{L}\p{N} .&-]{1,30})$/u],
  ['sidebar', /^(sidebar|side bar|aside)$/],
  ['comment-prompt', /^((write|leave|add|post|submit) (a |your )?(comment|reply|response)s?|(\d+ )?comments?( \(\d+\))?|show comments|view comments|hide comments|join the (conversation|discussion)|discussion|reply|комментарии|оставить комментарий|написать комментарий)$/],
  ['advertisement', /^(advertisement|advertising|ad|ads|sponsored( content| links?)?|promoted( content)?|partner content|paid content|(story|article|text) continues (below|after (the )?(advertisement|ad))( advertisement)?|continue reading( below| the main story)?|scroll (down )?to continue( reading| with content)?|реклама|[\w.&' -]{2,40} is (sponsored|presented|powered) by [\w.&' -]{2,40})$/],
  ['subscribe', /^(subscribe( now| today| here)?|(subscribe )?i('m| am) already a subscriber|sign up|sign in|log in|register|newsletter|get the newsletter|subscribe to (our|the) newsletter|(sign up for|join) (our|the) (newsletter|e-?mail list|mailing list)|donate( now)?|support us|stay (up to date|updated|informed)( with (the latest|our) (news|updates|stories))?|subscribe to (our|the) (telegram|whatsapp|youtube|viber) channel)$/],
  ['navigation', /^(menu|main menu|navigation|skip to( main)? content|skip navigation|back to top|go to top|home|back|search|close|close (this )?search( box| form)?|next|previous|next article|previous article|load more|show more|view all|all news|more)$/],
  ['media-ui', /^(photo gallery|gallery|video|watch( the)? video|play video|listen( to (this|the) (article|story))?|audio|enlarge( image| photo)?|expand|toggle caption|hide caption|show caption|view image|click to enlarge|open image)$/],
  ['tags', /^(tags|topics|keywords|categories|filed under)$/],
  // (`Make Kitco Your Homepage`; `This Web page has been archived on the Web`, a government site's notice.)
  ['page-ui', /^(make [\w.&' -]{2,30} your home ?page|set as (your )?home ?page|this (web )?page has been archived( on the web)?|loading|please wait|please enable javascript.*|javascript is (disabled|required).*|your browser does not support.*|print this page|report (an? )?(error|typo|correction)|found (a|an) (typo|mistake|error)\??.*)$/],
];

/** Labels that may be followed by a linked headline on the same line: `Read also: Tokayev meets …`. */
const LABEL_WITH_TAIL: [reason: string, pattern: RegExp][] = [
  ['read-also', /^(read|see|also read|also see|read next|more|related|more on this( story)?|further reading)( also| more| too)?(?:\s*[:：»>→|]|\s+[–—-])\s*\S/i],
  ['tags', /^(tags|topics|keywords|categories|filed under)\s*[:：]\s*\S/i],
  ['comment-prompt', /^comments?\s*\(\d+\)$/i],
  ['page-ui', /^our standards\s*:/i],
];

const LEGAL_PAGE = String.raw`(?:terms (?:&|and) conditions|terms of (?:use|service)|privacy (?:statement|policy|notice)|cookie(?:s| policy)|legal notice|disclaimer|imprint|accessibility|sitemap|contact(?: us)?)`;
/** A line of links to the site's legal pages only, two or more, set apart by bars or dots. */
const LEGAL_LINKS = new RegExp(String.raw`^${LEGAL_PAGE}(?:\s*[|·•]\s*${LEGAL_PAGE})+$`, 'iu');

export function furnitureReason(text: string): string | null {
  // `Notice: Function _load_textdomain_just_in_time was called incorrectly. …`: the site's software
  // complaining, however long its message (`• warning: Parameter 2 to … on line 2968.`: bulleted, in lower case).
  if (text.length < 1000 && /^\s*(?:[•·*]\s*)?(?:Notice|Warning|Deprecated|Fatal error|Parse error)\s*:\s+.{0,300}\b(?:called incorrectly|on line \d+|in \/\S+\.php)\b/iu.test(text)) return 'page-ui';
  if (text.length < 3000 && text.includes(' | ') && isHeadlineTicker(text)) return 'ticker';
  // `In January 1993, EUNET launched … led by Eric Bach, Teus Hagen,...  Read more`: a blurb cut short with a
  // link to the rest, about the site or another story.
  if (text.length < 3000 && /(?:more|MORE|reading|[»›→])$/u.test(text.slice(-8)) && /(?:\.{3}|…)\s*(?:Read more|Read More|READ MORE|Continue reading)\s*[»›→]?$/u.test(text.slice(-30))) return 'teaser';
  // `In order to ensure the highest quality of our services, we use small files called cookies. …`: a cookie notice
  // of several sentences.
  if (text.length <= 3 * MAX_FURNITURE_CHARS && text.length > MAX_FURNITURE_CHARS && (text.includes('ookies') || text.includes('OOKIES')) && isCookieNotice(text) && /\b(?:your (?:browser|device|consent)|(?:our|this) (?:website|site))\b/iu.test(text)) return 'cookie';
  if (text.length < 5000 && text.includes(';') && isScriptCode(text)) return 'script';
  // `Information identified as archived is provided for reference, …`: the rest of an archived page's notice.
  if (text.length < 1000 && /^Information identified as archived is provided for reference\b/u.test(text)) return 'page-ui';
  // `This archival content was written … prior to LAist's acquisition … may not align with SCPR's current editorial standards.`
  if (text.length < 1000 && /^This archival (?:content|article|material)\b/u.test(text) && /\b(?:prior to|may not (?:align|reflect))\b/u.test(text)) return 'age-warning';
  // `Every dollar matched up to $50,000 until December 31! Give today.`: a fundraising appeal.
  if (text.length < 200 && /[.!]\s+(?:Give|Donate)\s+(?:today|now)[.!]?$/u.test(text)) return 'subscribe';
  // `… We count on readers like you to protect our nonprofit newsroom. Become a monthly member …`: a newsroom's appeal.
  if (text.length < 400 && /\breaders like you\b/iu.test(text) && /\b(?:newsroom|journalism|member|donat\w*)\b/iu.test(text)) return 'subscribe';
  // `You are using software which is blocking our advertisements (adblocker).`, `So please disable your adblocker …`:
  // an ad-blocker wall, in sentences.
  if (text.length < 400 && /\bad-?\s?block(?:er|ers|ing)?\b/iu.test(text)) return 'advertisement';
  if (text.length > MAX_FURNITURE_CHARS) return null;

  // Notices that are furniture even when written as full sentences.
  if (isCookieNotice(text)) return 'cookie';
  if (isArchiveNotice(text)) return 'age-warning';
  if (isCopyrightFooter(text)) return 'copyright';
  if (isSelfPromotion(text) || isSocialPrompt(text)) return 'subscribe';
  // `You will be redirected back to your article in seconds`: a sign-in wall's notice.
  if (/^you will be redirected\b/iu.test(text) && wordCount(text, 21) <= 20) return 'page-ui';
  // `Нашли ошибку? Выделите её мышью и нажмите Ctrl + Enter.`: a typo-report prompt, in whatever language.
  if (/\bctrl\s*\+\s*enter\b/iu.test(text) && wordCount(text, 21) <= 20) return 'page-ui';

  if (isProse(text)) return null;

  if (isTickerLine(text)) return 'ticker';
  // `Terms & Conditions | Privacy Statement`: the footer's links to the site's legal pages.
  if (LEGAL_LINKS.test(text.trim())) return 'navigation';
  if (/^[\s\p{P}\p{S}]+$/u.test(text) && !/[\p{L}\p{N}]/u.test(text)) return 'separator';
  if (isShareBar(text)) return 'share-bar';
  // (`5 minutes reading time (1069 words)`: a blog theme's count of the words too.)
  if (/^\d+\s*(?:min|mins|minutes?)(?:\s+read(?:ing\s+time)?)?(?:\s*\(\d[\d,]*\s+words\))?$|^reading time\b/i.test(text.trim())) return 'reading-time';

  if (IMAGE_LABEL.test(text.trim()) && wordCount(text, 9) <= 8) return 'media-ui';
  const label = labelOf(text);
  for (const [reason, pattern] of LABELS) if (pattern.test(label)) return reason;
  if (wordCount(text, 31) <= 30) {
    const bare = text.replace(/^[\s•·*▪►▶]+/u, '');
    for (const [reason, pattern] of LABEL_WITH_TAIL) if (pattern.test(bare)) return reason;
  }
  if (isFollowPrompt(label)) return 'subscribe';
  return null;
}

/**
 * `Aviation Media Logo`, `Logo "GFZ German research centre …"`, `RVA App Promo Image`, `Featured Image`: an image's
 * label (its alt text) on a line of its own. (Longer, `Logo of the news outlet Kloop, which …`, it is a caption.)
 */
const IMAGE_LABEL = /^(?:Logo(?:\s.*)?|.{1,50}\s(?:Logo|Promo|Banner)(?:\s+Image)?|(?:Featured|Header|Cover|Hero|Banner|Promo)\s+Image)$/u;

/** Marks of JavaScript that prose never has. */
const SCRIPT_MARKS = [/\bfunction\b[\w$\s]*\(/u, /\b(?:var|let|const)\s+[\w$]+\s*=/u, /\b(?:document|window)\.[\w$]+/u, /=>/u, /\)\s*\{/u, /\w\[\w+\]/u];

/**
 * `m[i].l=1*new Date(); for (var j = 0; j < document.scripts.length; j++) {…}`: a page's script (an analytics
 * tag) the scrape kept as text: semicolons and braces, and three marks of code at least.
 */
export function isScriptCode(text: string): boolean {
  if ((text.match(/[;{}]/gu)?.length ?? 0) < 4) return false;
  return SCRIPT_MARKS.filter((mark) => mark.test(text)).length >= 3;
}

/** `KGS/USD = 0.01144 0%`, `USD 92.57 ▲`, `Brent $82.10 +0.5%`: a line made only of quotes. */
const TICKER_ITEM =
  /(?:\b[A-Z]{2,6}(?:\s*\/\s*[A-Z]{2,6})?\b|\b(?:Brent|WTI|Gold|Silver|Oil|Bitcoin|BTC|Nasdaq|Dow|S&P 500)\b)\s*(?:=|:)?\s*[$€£₽₸¥]?\s*[-+−]?\d[\d.,]*(?:\s*[-+−]?\d[\d.,]*\s*%)?(?:\s*[▲▼↑↓△▽]\s*[-+−]?[\d.,]*%?)?/gu;

export function isTickerLine(text: string): boolean {
  let items = 0;
  let strongItems = 0;
  const rest = text.replace(TICKER_ITEM, (item) => {
    items++;
    // A bare "NATO 2024" is not a quote; a pair, an '=', a % change or an arrow makes it one.
    if (/\/|=|%|[▲▼↑↓△▽]/u.test(item)) strongItems++;
    return ' ';
  });
  if (items === 0 || strongItems === 0) return false;
  const leftoverLetters = rest.match(/\p{L}/gu)?.length ?? 0;
  return leftoverLetters <= 2;
}

/** `'Nobody will hire them': Supreme Court says … | Rupee sinks to record low … | …`: four or more other
 * stories' headlines run together on one line, a bar between each. (A table's row has short cells.) */
export function isHeadlineTicker(text: string): boolean {
  const items = text.split(' | ');
  return items.length >= 4 && items.every((item) => {
    const words = wordCount(item, 26);
    return words >= 3 && words <= 25 && !/[.!?]["'’”]?$/u.test(item.trim());
  });
}

export function isShareBar(text: string): boolean {
  const tokens = text
    .toLowerCase()
    .split(/[\s|,·•/]+/u)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    // `facebook-white sharing button`: an icon's name with its colour.
    .map((t) => t.replace(/-(?:white|black|colou?r|grey|gray|square|circle|round|icon|logo)$/u, ''))
    .filter((t) => t !== '' && !/^\d+[km]?$/.test(t)); // share counts: "Share 12", "1.2k"
  if (tokens.length === 0 || tokens.length > 16) return false;
  return tokens.every((t) => SHARE_WORDS.has(t)) && SHARE_NETWORKS_OR_VERBS.test(tokens.join(' '));
}

function isCookieNotice(text: string): boolean {
  return (
    /\bcookies?\b/i.test(text) &&
    /\b(we use|this (web)?site uses|uses cookies|accept|consent|by (continuing|using)|privacy (policy|settings)|cookie (policy|settings|preferences))\b/i.test(text)
  );
}

/** `Content on this archived webpage is NOT UPDATED, and external links may not function.` */
function isArchiveNotice(text: string): boolean {
  return /\barchived (?:web ?)?(?:page|content|site|article)\b/iu.test(text) && /\b(?:not updated|no longer (?:updated|maintained)|may not (?:function|work)|for reference only)\b/iu.test(text);
}

function isCopyrightFooter(text: string): boolean {
  // `[Copyright The Jiji Press, Ltd.]`: a wire's credit in brackets closing the story.
  // `저작권자 © The Korea Post 무단전재 및 재배포 금지`: a Korean site's footer, its formula in Hangul around the name.
  // `© Agenzia Nova - Reproduction reserved`: the Italian formula in English.
  // `Text © The Aviation Oracle`: the rights to the words, closing a repost.
  if (/^(?:text|article|words|story)\s+©\s+\p{Lu}[^.!?]{2,60}$/iu.test(text.trim())) return true;
  // `PEN International © 2017`: the owner's name first, then the mark and the year.
  if (/^\p{Lu}[^©.!?]{1,60}?\s*©\s*\d{4}(?:\s*[-–]\s*\d{4})?$/u.test(text.trim())) return true;
  return /\ball rights reserved\b|^©.{2,60}\breproduction reserved\b/i.test(text) || /^(©|\(c\)|copyright)\s*(\(c\)\s*)?(\d{4}|©)/i.test(text.trim().replace(MENU_LINK_BEFORE_COPYRIGHT, '')) || /^\[(?:©|copyright)\s[^\]]{2,80}\]$/i.test(text.trim()) || KOREAN_COPYRIGHT.test(text.trim());
}
/** `Privacy© 2025 Semafor Inc.`: the footer's last menu link glued before the copyright mark. */
export const MENU_LINK_BEFORE_COPYRIGHT = /^(?:Privacy(?: Policy)?|Terms(?: of (?:Use|Service))?|Cookies?(?: Policy)?|Contact(?: Us)?|About(?: Us)?|Sitemap)\s*(?=©\s*\d{4})/u;
export const KOREAN_COPYRIGHT = /^저작권자\s*(?:\(c\)|©)\s*(.+?)\s+무단\s*전재/u;

/** "Follow us on Telegram …", "Subscribe to our channel …": first-person self-promotion. */
function isSelfPromotion(text: string): boolean {
  // `Unlock the Editor’s Digest for free` / `Roula Khalaf, Editor of the FT, selects her favourite stories in
  // this weekly newsletter.`: a newsletter's sign-up box above the story.
  if (/^unlock\s/iu.test(text) && wordCount(text, 9) <= 8) return true;
  if (/\b(?:in|from|with) (?:this|our) (?:weekly |daily |free )?newsletter\b/iu.test(text) && wordCount(text, 26) <= 25) return true;
  return (
    /^(please )?(follow|subscribe to|join|sign up (for|to)|download|support|like|get) (us|our)\b/i.test(text) &&
    /\b(telegram|channel|newsletter|app|facebook|twitter|x|instagram|youtube|tiktok|whatsapp|vk|social (media|networks)|page|journalism|work|updates|news|community)\b/i.test(text)
  );
}

/**
 * `Subscribe to Pravda.Ru Telegram channel, Facebook, RSS!`: a prompt naming the outlet's social networks;
 * `Add Fertilizer Daily to your followed sources to get market news first`: a news reader's prompt.
 */
function isSocialPrompt(text: string): boolean {
  if (/^add\s.{2,40}\sto your (?:followed|preferred|favou?rite) sources\b/iu.test(text) && wordCount(text, 21) <= 20) return true;
  // `Find us on Instagram (Link opens a new window)Find us on Facebook (Link opens a new window)…`: the networks' links
  // glued in a row, each with its screen reader's hint.
  if (/^(?:(?:find|follow) us on (?:instagram|facebook|twitter|x|youtube|linkedin|telegram|tiktok|vk|threads|bluesky)\s*(?:\(link opens (?:in )?a new (?:window|tab)\)\s*)?)+$/iu.test(text.trim())) return true;
  return (
    /^(?:subscribe to|follow|join)\s/iu.test(text) &&
    /\b(?:telegram|facebook|twitter|instagram|youtube|rss|whatsapp|vk|tiktok|threads|bluesky)\b/iu.test(text) &&
    wordCount(text, 13) <= 12
  );
}

function isFollowPrompt(label: string): boolean {
  return /^(follow (us|\p{L}+)( on [\p{L} ,&]+)?|find us on [\p{L} ,&]+|subscribe to [\p{L}\p{N} ’'.-]{1,40}|sign up for [\p{L}\p{N} ’'.-]{1,40})$/u.test(label) && wordCount(label) <= 10;
}

// ── captions ───────────────────────────────────────────────────────────────

const MAX_CAPTION_WORDS = 25;
const CREDIT_LABEL = String.raw`(?:photo(?:graph)?s?|image|picture|pic|illustration|credit|photo credit|image credit|photo courtesy|courtesy|фото|источник фото)`;
const CREDIT_ONLY = new RegExp(String.raw`^${CREDIT_LABEL}\s*(?:by\s+|[:：]\s*|courtesy of\s+)(.+)$`, 'iu');
const TEXT_THEN_CREDIT = new RegExp(String.raw`^(.+?)\s*(?:\||•|·|—|–|\.)\s*${CREDIT_LABEL}\s*(?:by\s+|[:：]\s*)(.+)$`, 'iu');
/**
 * `(Photo by X/Agency)`, `(AP Photo/Name)`, `(Reuters/Name)`, `(Getty Images)`, `(file photo)` closing a
 * line. Agencies need the `/Name` part: a bare `(Reuters)` can close a sentence of prose.
 */
// (`… co-operation (with photos)`: a government release's note that pictures follow, no credit.)
const TRAILING_CREDIT = /^(.*?)\s*\(((?!with (?:photos?|videos?)\))(?:[\p{L}.&' -]{1,30} )?(?:photo|photograph|image|picture|illustration|credit)s?\b[^()]*|(?:AP|AFP|Reuters|EPA|TASS|Sputnik|Anadolu|Xinhua|Shutterstock)\s*\/\s*[^()]+|Getty Images)\)$/iu;
const POST_SIGNATURE = /^[—–-]\s*(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})\s*\(@[\p{L}\p{N}_]+\)\s*(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})?$/u;
// Not a line a date stamp opens (`date 2023-06-13 The plant … Credit: Masdar.`): the header reads the date off it first.
// (`… the Baikonur Cosmodrome. Photograph by Alex Zelenko / Wikicommons`: `by` in place of the colon.)
const CLOSING_LABELLED_CREDIT = new RegExp(String.raw`^(?!(?:date|published|posted|updated)\s*[:：]?\s+\d)(.+?[.!?"”)])\s*(?:(?:Photo(?:graph)?s?|Image|Picture|Credit|Photo credit)\s*[:：]|(?:Photo(?:graph)?s?|Image|Picture)\s+by\s|©)\s*(\p{Lu}[^.:;]{1,60}?)\.?$`, 'u');
const GLUED_CREDIT = /^(.+?\p{Ll})(?:Image|Photo|Picture)\s*[:：]\s*(\p{Lu}[^.:;]{1,60}?)$/u;
/** A parenthetical that says "this is a photo" without naming anyone. */
const NO_CREDIT = /^(?:file|illustrative|archive|stock|representative)? ?(?:photo|image|picture|illustration)s?$/i;
const AGENCY_CREDIT = /^(?:(?:AP|AFP|Reuters|EPA(?:-EFE)?|TASS|RIA Novosti|Sputnik|Anadolu|Xinhua|Shutterstock|iStock)(?: Photo| Images)?\s*\/\s*[^/]{2,60}|Getty Images|[\p{L} .'-]{2,40} via Getty Images)$/u;

type ParsedCaption = Omit<Caption, 'line'>;

/** Captions that are recognisable on their own, wherever they sit. */
export function parseCaption(text: string): ParsedCaption | null {
  if (text.length > MAX_CREDITED_CAPTION_CHARS) return null;
  const trailing = text.endsWith(')') ? TRAILING_CREDIT.exec(text) : null;
  if (!trailing && text.length > MAX_FURNITURE_CHARS) return null;
  const words = wordCount(text, MAX_CAPTION_WORDS + 1);
  if (trailing) {
    const credit = stripCreditLabel(trailing[2]!);
    return { text: trailing[1]!.trim(), credit: credit === '' || NO_CREDIT.test(credit) ? null : credit };
  }
  // `… on Oct. 28. [PARK SANG-MOON]`, `… [YONHAP]`: Korean papers credit a photo in square brackets, in capitals.
  // `… in Astana. [Jane Roe]`: the same in a name's own case, a known given name and a surname or two.
  const named = /^(.*[.!?]["”’]?)\s*\[(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s\p{Lu}[\p{Ll}\p{M}'’-]+){1,2})\]$/u.exec(text);
  const bracketed = /^(.*[.!?]["”’]?)\s*\[(\p{Lu}[\p{Lu}\p{M} .'’-]{2,40})\]$/u.exec(text) ?? (named && givenName(named[2]!.split(' ')[0]!) !== null ? named : null);
  if (bracketed && words <= MAX_CAPTION_WORDS + 15) return { text: bracketed[1]!.trim(), credit: bracketed[2]!.trim() };
  // `Cotton pickers in Uzbekistan © Jane Roe`: a short caption with no full stop, its copyright after it.
  // (`… Nursultan Nazarbayev Copyright: GPO/Haim Zach`: the word and its colon say it of a longer caption too.)
  const copyrighted = /^(\p{Lu}[^©.!?]{2,240}?\p{L})\s+(©|Copyright\s*[:：])\s*(\p{Lu}[^.:;©]{1,60}?)$/u.exec(text);
  if (copyrighted && wordCount(copyrighted[1]!, 41) <= (copyrighted[2] === '©' ? 15 : 40) && wordCount(copyrighted[3]!, 9) <= 8) return { text: copyrighted[1]!.trim(), credit: copyrighted[3]!.trim() };
  // `— Igor Sushko (@igorsushko) March 27, 2024`: an embedded post's signature credits its author.
  const signature = POST_SIGNATURE.exec(text);
  if (signature) return { text: '', credit: signature[1]! };
  // A caption of any length closed by its labelled credit: `… September 5, 2019. Photo: Reuters/Mohammad
  // Ismail`, `… in November 2022. © Francois Mori/AP`. The credit is a name or two, not a clause.
  const closed = CLOSING_LABELLED_CREDIT.exec(text);
  if (closed && wordCount(closed[2]!, 9) <= 8) return { text: closed[1]!.trim(), credit: closed[2]!.trim() };
  // `… met in Astana this weekImage: Jens Büttner/dpa/picture alliance`: DW's caption, its credit glued on.
  const glued = GLUED_CREDIT.exec(text);
  if (glued && wordCount(glued[2]!, 9) <= 8) return { text: glued[1]!.trim(), credit: glued[2]!.trim() };
  // `Photo courtesy of Stuart Public Library.`, `Photo by Jane Roe.`: a credit alone, closed by a full stop.
  const creditSentence = /^(?:photo(?:graph)?s?|image|picture|illustration)\s+(?:courtesy of|by)\s+(\p{Lu}[^.!?]{1,60}?)\.$/iu.exec(text);
  if (creditSentence && wordCount(creditSentence[1]!, 8) <= 6) return { text: '', credit: creditSentence[1]!.trim() };
  if (words > MAX_CAPTION_WORDS || /[.]$/.test(text.replace(/\b[A-Z]\.$/, ''))) {
    // Long lines, or lines ending in a full stop, are prose unless they carry an explicit credit above.
    if (!/^©/.test(text)) return null;
  }
  // `Courtesy of Emad Hajjaj, Cartoon Movement`: a picture's credit alone.
  const courtesy = /^courtesy of\s+(\p{Lu}[^.!?]{1,60}?)\.?$/iu.exec(text);
  if (courtesy && wordCount(courtesy[1]!, 9) <= 8) return { text: '', credit: courtesy[1]!.trim() };
  const creditOnly = CREDIT_ONLY.exec(text);
  if (creditOnly) return { text: '', credit: creditOnly[1]!.trim() };
  const copyright = /^©\s*(.+)$/u.exec(text);
  if (copyright && wordCount(text) <= 12) return { text: '', credit: copyright[1]!.trim() };
  const withCredit = TEXT_THEN_CREDIT.exec(text);
  if (withCredit) return { text: withCredit[1]!.trim(), credit: withCredit[2]!.trim() };
  if (words <= 10 && AGENCY_CREDIT.test(text)) return { text: '', credit: text };
  return null;
}

function stripCreditLabel(credit: string): string {
  return credit.replace(new RegExp(String.raw`^${CREDIT_LABEL}\s*(?:by\s+|[:：]\s*)`, 'iu'), '').trim();
}

/** `C5+1 Multilateral Meeting in New York City by U.S. Department of State / Flickr`. */
export function parseByCreditCaption(text: string): ParsedCaption | null {
  if (text.length > MAX_FURNITURE_CHARS || wordCount(text, MAX_CAPTION_WORDS + 1) > MAX_CAPTION_WORDS) return null;
  if (/[.!?…]["”’»)]*$/.test(text) && !/\b[A-Z]\.$/.test(text)) return null;
  const at = text.lastIndexOf(' by ');
  if (at <= 0) return null;
  const caption = text.slice(0, at).trim();
  const credit = text.slice(at + 4).trim();
  // The credit is "<Author> / <Site>": short, capitalised on both sides of the slash.
  const sides = credit.split(/\s*\/\s*/);
  if (sides.length !== 2 || wordCount(credit) > 10) return null;
  const capitalised = /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:\s+(?:(?:of|the|and|for|de|du|la|von|van|al)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*)*$/u;
  if (!sides.every((side) => capitalised.test(side))) return null;
  if (caption === '' || /[,;:]$/.test(caption)) return null;
  return { text: caption, credit };
}
