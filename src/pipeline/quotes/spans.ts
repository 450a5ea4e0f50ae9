// Finding quotations: the spans between double quotation marks in a paragraph, and whether one runs on
// into the next paragraph. Whether a span is a quote, and whose, is attribute.ts's question.

/** A quotation-marked span of one paragraph, before it is judged to be a quote or a phrase. */
export interface QuotationSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark, or the paragraph length when the quote runs on. */
  end: number;
  innerStart: number;
  innerEnd: number;
  /** No closing mark: the quote continues in the next paragraph (which opens with a quotation mark). */
  runsOn: boolean;
}

// Opening mark → the marks that close it. Single quotes are never top-level quotes: a ‘…’ nested in a
// double quote is part of it, and a top-level one is a title or scare quote (the ‘Great Game’).
const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '"': '"',
  '«': '»',
  '„': '“”',
  '”': '”', // Swedish/Finnish style ”…”; only opens where an opening mark may stand
};
const OPENERS = Object.keys(CLOSERS);
// `"We didn’t have even one aircraft … UAVs,” president Japarov said`, `“flexibility [was] built into this commitment."`:
// a scrape may mix straight and curly marks. A curly closing mark ends a straight quote unless a curly quote
// opened inside it (`"the “reset” was over"`); a straight mark ends a curly quote only when no curly mark does
// (`“the "reset" was over”` stays whole).
const OTHER_CLOSERS: Readonly<Record<string, string>> = { '“': '"' };

/**
 * Finds the spans between double quotation marks (“…”, "…", «…», „…“). A mark left open at the end of
 * a paragraph runs on when the next paragraph opens with a quotation mark (the multi-paragraph
 * convention); otherwise it is a stray mark and is skipped so it cannot swallow the rest of the text.
 */
export function findQuotationSpans(paragraph: string, nextParagraph?: string): QuotationSpan[] {
  const spans: QuotationSpan[] = [];
  let i = 0;
  while (i < paragraph.length) {
    const mark = paragraph[i] ?? '';
    if (!OPENERS.includes(mark) || !canOpen(paragraph, i)) {
      i++;
      continue;
    }
    let close = closingMark(paragraph, i, CLOSERS[mark] ?? '', mark);
    if (close === -1 && OTHER_CLOSERS[mark] !== undefined) close = closingMark(paragraph, i, OTHER_CLOSERS[mark], mark);
    if (close > i + 1) {
      spans.push(span(paragraph, i, close + 1, i + 1, close, false));
      i = close + 1;
    } else if (close === -1 && runsOn(paragraph, i, nextParagraph)) {
      spans.push(span(paragraph, i, paragraph.length, i + 1, paragraph.length, true));
      break;
    } else {
      i++;
    }
  }
  return spans;
}

/** The first of `closers` after the mark opened at `i`, or -1 (see OTHER_CLOSERS for a straight quote's curly close). */
function closingMark(paragraph: string, i: number, closers: string, mark: string): number {
  if (mark !== '"' && closers.length === 1) return paragraph.indexOf(closers, i + 1);
  let curlyInside = false;
  for (let j = i + 1; j < paragraph.length; j++) {
    const ch = paragraph[j] ?? '';
    if (mark === '"' && (ch === '“' || ch === '”')) {
      if (ch === '”' && !curlyInside) return j;
      curlyInside = ch === '“';
      continue;
    }
    // A straight mark inside a straight quote that is followed by a word is a new opening, not ours.
    if (closers.includes(ch) && (mark !== '"' || !canOpen(paragraph, j) || j === paragraph.length - 1)) return j;
  }
  return -1;
}

/**
 * The multi-paragraph convention: an utterance opened at the start of the paragraph or of a sentence
 * (or after `said:`), left open, with the next paragraph opening a quotation mark again. A mark left
 * open mid-sentence (`the "reset was over.`) is a typo, not a run-on quote.
 */
function runsOn(paragraph: string, at: number, nextParagraph: string | undefined): boolean {
  if (nextParagraph === undefined || !/^\s*["“«„”]/u.test(nextParagraph)) return false;
  const before = paragraph.slice(0, at).trimEnd();
  return (before === '' || /[:.!?,]$/u.test(before)) && /^[\p{Lu}\p{N}]/u.test(paragraph.slice(at + 1).trimStart());
}

function span(text: string, start: number, end: number, innerStart: number, innerEnd: number, runsOn: boolean): QuotationSpan {
  // The inside without surrounding blanks, so `text` never starts or ends with a space.
  while (innerStart < innerEnd && /\s/u.test(text[innerStart] ?? '')) innerStart++;
  while (innerEnd > innerStart && /\s/u.test(text[innerEnd - 1] ?? '')) innerEnd--;
  return { start, end, innerStart, innerEnd, runsOn };
}

/** An opening mark stands at the start, after a blank or an opening bracket/dash, and before a non-blank. */
function canOpen(text: string, at: number): boolean {
  const before = at === 0 ? ' ' : (text[at - 1] ?? ' ');
  const after = text[at + 1] ?? '';
  if (after === '' || /\s/u.test(after)) return false;
  if (text[at] === '“' || text[at] === '«' || text[at] === '„') return true;
  return /[\s([{—–-]/u.test(before);
}
