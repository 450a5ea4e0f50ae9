// Mention-in-context snippets: the sentence around a mention (sentence ends: src/pipeline/sentences.ts),
// cut to a window around the highlights when it is very long.
import { sentenceStarts } from '../pipeline/sentences.ts';

/** The [start, end) span of the sentence(s) covering text[start, end). */
export function sentenceSpan(text: string, start: number, end: number, starts: number[] = sentenceStarts(text)): [number, number] {
  let from = 0;
  let to = text.length;
  for (const s of starts) {
    if (s <= start) from = s;
    else if (s >= end) {
      to = s;
      break;
    }
  }
  return [from, to];
}

export interface Segment {
  text: string;
  highlight: boolean;
}

const maxSnippet = 320;

/**
 * The sentence around one or more highlighted spans of `text`, as segments; very long
 * sentences are cut to a window around the highlights, with an ellipsis, at word boundaries.
 */
export function snippet(text: string, spans: { start: number; end: number }[], starts?: number[]): Segment[] {
  if (spans.length === 0) return [{ text, highlight: false }];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  let [from, to] = sentenceSpan(text, first.start, last.end, starts);
  let lead = '';
  let tail = '';
  if (to - from > maxSnippet) {
    const room = Math.max(40, Math.floor((maxSnippet - (last.end - first.start)) / 2));
    if (first.start - from > room) {
      const cut = text.lastIndexOf(' ', first.start - room);
      from = cut > from ? cut + 1 : first.start - room;
      lead = '… ';
    }
    if (to - last.end > room) {
      const cut = text.indexOf(' ', last.end + room);
      to = cut !== -1 && cut < to ? cut : last.end + room;
      tail = ' …';
    }
  }
  const segments: Segment[] = [];
  let at = from;
  for (const span of sorted) {
    if (span.start < at) continue; // overlapping spans: keep the first
    if (span.start > at) segments.push({ text: text.slice(at, span.start), highlight: false });
    segments.push({ text: text.slice(span.start, span.end), highlight: true });
    at = span.end;
  }
  if (to > at) segments.push({ text: text.slice(at, to), highlight: false });
  const head = segments[0];
  if (head && !head.highlight) head.text = lead + head.text.trimStart();
  else if (lead) segments.unshift({ text: lead, highlight: false });
  const end = segments[segments.length - 1];
  if (end && !end.highlight) end.text = end.text.trimEnd() + tail;
  else if (tail) segments.push({ text: tail, highlight: false });
  return segments;
}
