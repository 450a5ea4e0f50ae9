// A title made from the article's first sentence, for articles printed without a headline.
import { firstSentence } from '../sentences.ts';
const MAX_GENERATED_TITLE_CHARS = 80;
/** A generated title is cut at a clause boundary only when that leaves at least this much. */
const MIN_CLAUSE_TITLE_CHARS = 40;

const TRAILING_STOPWORDS = /\s+(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from|as|that|which|who|is|are|was|were|its|their|his|her)$/i;

/**
 * `Brussels – Three years of …`, `Riyadh: The Kingdom …`: one or two title-case words and a spaced dash or
 * a colon opening the story are its dateline or a label (the dateline reader leaves them, as it cannot
 * tell a title-case place from a name); so is a section's label in capitals and a bar (`COMMENT | After …`).
 * The title starts after them when enough of the sentence is left.
 */
const LEADING_PLACE_DASH = /^(?:\p{Lu}[\p{Ll}'’.-]+(?:\s\p{Lu}[\p{Ll}'’.-]+)?(?:\s+[—–-]|:)|\p{Lu}{3,12}\s+\|)\s+(?=\p{Lu})/u;

/** First sentence, cut to ≤ 80 characters at a clause or word boundary, without end punctuation. */
export function titleFromFirstSentence(paragraph: string): string {
  // `<p>Into the slowly rising waters …`: a tag the scrape left in the text is none of the title.
  // `1.     What are your priority goals …?`: an interview's first question; its number is none of the title.
  // `- Prime Minister Sanae Takaichi opened …`: nor is a list's bullet.
  const afterPlace = paragraph
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/giu, '')
    .trim()
    .replace(LEADING_PLACE_DASH, '')
    .replace(/^\d{1,2}\.\s+(?=\p{Lu})/u, '')
    .replace(/^[-–—•*·▪]\s+(?=\p{Lu})/u, '')
    // `“… When they want to negotiate …`: a quotation taken up mid-speech; its ellipsis ends no sentence.
    .replace(/^([“"«]?)\s*(?:…|\.\.\.)\s*(?=\p{L})/u, '$1');
  let title = firstSentence(afterPlace.length >= MIN_CLAUSE_TITLE_CHARS ? afterPlace : paragraph).trim();
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
  // Never an empty title: the paragraph's first words, its marks aside, when its first sentence left none.
  return title !== '' ? title : paragraph.replace(/[^\p{L}\p{N}\s'’-]+/gu, ' ').trim().split(/\s+/u).slice(0, 12).join(' ');
}
