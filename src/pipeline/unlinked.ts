// Mentions the annotator left unlinked that look like names: runs of capitalised words no mention covers.
// A reviewer reads this list to spot a person or organization the registry and discovery both missed.
// A heuristic, tuned to say little: capitalised function words that open a sentence ("The", "However"),
// words the article also writes in lower case ("Analysts" / "analysts"), titles ("President"), months
// and weekdays are not names.
import { tokenize, isNameJoiner, type Token } from './tokens.ts';
import type { Caption, Field, Mention } from './types.ts';

export interface UnlinkedName {
  /** The run as written, e.g. `Shanghai Cooperation Organisation`. */
  surface: string;
  /** How often this exact run occurs unlinked in the article. */
  count: number;
  /** Where it first occurs. */
  field: Field;
  index: number;
  start: number;
}

export interface UnlinkedInput {
  paragraphs: string[];
  captions: Caption[];
  mentions: Mention[];
}

// Words that open sentences without naming anything.
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those there here it its it’s they them their he she his her him we our us you your i my me ' +
    'and but or nor so yet for of in on at by to from with without into onto over under after before during since until ' +
    'while when where why how what which who whom whose whether if then than as because although though unless ' +
    'however meanwhile moreover furthermore also still instead indeed thus hence therefore nevertheless nonetheless ' +
    'all any both each every few many most much more less some such no not none one two three several other another ' +
    'is are was were be been being has have had do does did will would shall should can could may might must ' +
    'according despite amid among between against about above below beyond through throughout toward towards upon ' +
    'yes now today yesterday tomorrow last next first second third finally earlier later once only even just already ' +
    'in’s let let’s like unlike perhaps maybe overall'
  ).split(' '),
);

// Titles and roles: part of how a person is introduced, not the name itself.
const TITLE_WORDS = new Set(
  (
    'mr mrs ms miss dr prof professor sir lady lord president vice deputy prime minister foreign secretary state senator ' +
    'sen rep representative gov governor mayor ambassador chairman chairwoman chair general gen director chief executive ' +
    'ceo spokesman spokeswoman spokesperson king queen pope former acting first lady sheikh emir envoy special adviser advisor'
  ).split(' '),
);

const CALENDAR_WORDS = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

// Lower-case words that may sit inside a name: "Ministry of Foreign Affairs", "Bank of America", "Deere & Company".
// Not "and"/"the": "Tokayev and Mirziyoyev" is two names.
const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'der', 'van', 'von', 'al', 'bin', 'la', 'le', 'du', '&']);

function lower(text: string): string {
  return text.toLocaleLowerCase('en');
}

/** The token opens a sentence: nothing but opening punctuation between it and a sentence end or the text's start. */
function opensSentence(text: string, token: Token): boolean {
  // Scanned backwards from the token: slicing the text before it would make a paragraph quadratic.
  let i = token.start;
  while (i > 0 && (OPENING.has(text[i - 1]!) || /\s/u.test(text[i - 1]!))) i--;
  if (i === 0) return true;
  while (i > 0 && CLOSING.has(text[i - 1]!)) i--;
  return i > 0 && SENTENCE_ENDS.has(text[i - 1]!);
}
const OPENING = new Set([...'“"‘\'([«—–-']);
const CLOSING = new Set([...'"”’)]»']);
const SENTENCE_ENDS = new Set([...'.!?…:;']);

/** A name-like word: capitalised, starting with a letter (years and figures are not names). */
function isNameWord(token: Token): boolean {
  return token.capitalized && /^\p{L}/u.test(token.text);
}

interface ArticleWords {
  /** Words the article writes in lower case somewhere ("analysts"). */
  lowerCase: ReadonlySet<string>;
  /** Words the article capitalises somewhere other than at a sentence start ("Tokayev", not "Recently"). */
  capitalisedMidSentence: ReadonlySet<string>;
}

function runsIn(text: string, covered: (start: number, end: number) => boolean, words: ArticleWords): { surface: string; start: number }[] {
  const tokens = tokenize(text);
  const runs: { surface: string; start: number }[] = [];
  let run: Token[] = [];

  const flush = () => {
    // Trailing connectors belong to the sentence, not the name.
    while (run.length > 0 && !isNameWord(run[run.length - 1]!)) run.pop();
    let kept = run;
    run = [];
    // A sentence-initial function word ("The", "However") or a word written in lower case elsewhere ("Analysts").
    const first = kept[0];
    if (!first) return;
    const initial = opensSentence(text, first);
    if (initial && (FUNCTION_WORDS.has(lower(first.text)) || words.lowerCase.has(lower(first.text)))) {
      kept = kept.slice(1);
      while (kept.length > 0 && !isNameWord(kept[0]!)) kept = kept.slice(1);
    }
    // A leading title is how the person is introduced, not part of the name: "Dr Aigerim Bekova".
    while (kept.length > 1 && TITLE_WORDS.has(lower(kept[0]!.text)) && kept.slice(1).some(isNameWord)) {
      kept = kept.slice(1);
      while (kept.length > 0 && !isNameWord(kept[0]!)) kept = kept.slice(1);
    }
    const names = kept.filter(isNameWord);
    if (names.length === 0) return;
    // One capitalised word opening a sentence ("Recently", "Given") is a name only if the article also
    // capitalises it mid-sentence, or it is an acronym.
    if (names.length === 1 && kept[0] === first && initial && !first.acronym && !words.capitalisedMidSentence.has(first.text)) return;
    if (names.every((t) => TITLE_WORDS.has(lower(t.text)) || CALENDAR_WORDS.has(lower(t.text)) || FUNCTION_WORDS.has(lower(t.text)))) return;
    const start = kept[0]!.start;
    runs.push({ surface: text.slice(start, kept[kept.length - 1]!.end), start });
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = run[run.length - 1];
    // A possessive ends a run (it flushes below), so `previous` is never possessive here.
    // A slash joins acronyms (`RFE/RL`) but separates names (`Stephen M. Bland/Allexxandar`, a photo credit).
    const between = previous ? text.slice(previous.end, token.start) : '';
    const joins = previous !== undefined && isNameJoiner(between) && (between !== '/' || (previous.acronym && token.acronym));
    if (covered(token.start, token.end)) {
      flush();
      continue;
    }
    if (isNameWord(token)) {
      if (run.length > 0 && !joins) flush();
      run.push(token);
    } else if (run.length > 0 && joins && CONNECTORS.has(lower(token.text))) {
      run.push(token);
    } else {
      flush();
    }
    if (token.possessive) flush();
  }
  flush();
  return runs;
}

/** A headline left in the body ("Leaders of Former Soviet Republics Limit Their Dependence"): every word is capitalised. */
function isTitleCase(text: string): boolean {
  const words = tokenize(text).filter((t) => /^\p{L}/u.test(t.text));
  if (words.length < 5) return false;
  const capitalised = words.filter((t) => t.capitalized).length;
  return capitalised / words.length >= 0.7;
}

/** Capitalised runs in the body and captions that no mention covers, grouped by surface, most frequent first. */
export function findUnlinkedNames(article: UnlinkedInput): UnlinkedName[] {
  const texts: { field: Field; index: number; text: string }[] = [
    ...article.paragraphs.map((text, index) => ({ field: 'body' as const, index, text })),
    ...article.captions.flatMap((caption, index) => [
      { field: 'caption' as const, index, text: caption.text },
      ...(caption.credit ? [{ field: 'credit' as const, index, text: caption.credit }] : []),
    ]),
  ];
  const lowerCase = new Set<string>();
  const capitalisedMidSentence = new Set<string>();
  for (const { text } of texts) {
    for (const token of tokenize(text)) {
      if (/^\p{Ll}/u.test(token.text)) lowerCase.add(token.text);
      else if (isNameWord(token) && !opensSentence(text, token)) capitalisedMidSentence.add(token.text);
    }
  }

  const byField = new Map<string, Mention[]>();
  for (const mention of article.mentions) {
    const key = `${mention.field}:${mention.index}`;
    const list = byField.get(key);
    if (list) list.push(mention);
    else byField.set(key, [mention]);
  }

  const found = new Map<string, UnlinkedName>();
  for (const { field, index, text } of texts) {
    if (isTitleCase(text)) continue;
    const mentions = byField.get(`${field}:${index}`) ?? [];
    const covered = (start: number, end: number) => mentions.some((m) => start < m.end && end > m.start);
    for (const run of runsIn(text, covered, { lowerCase, capitalisedMidSentence })) {
      const known = found.get(run.surface);
      if (known) known.count++;
      else found.set(run.surface, { surface: run.surface, count: 1, field, index, start: run.start });
    }
  }
  // Map order is first-seen order, so the sort is stable on reading order for equal counts.
  return [...found.values()].sort((a, b) => b.count - a.count);
}
