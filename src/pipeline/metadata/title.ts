// A title made from the article's first sentence, for articles printed without a headline.
const MAX_GENERATED_TITLE_CHARS = 80;
/** A generated title is cut at a clause boundary only when that leaves at least this much. */
const MIN_CLAUSE_TITLE_CHARS = 40;

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
    // `1. Kazakhstan and …`: a list number opening the paragraph is no sentence.
    if (/^\s*[\p{N}\p{L}]{1,3}$/u.test(before)) continue;
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
