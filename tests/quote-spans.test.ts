// Finding quotations (src/pipeline/quotes/spans.ts): the spans between double quotation marks.
import { describe, expect, it } from 'vitest';
import { findQuotationSpans } from '../src/pipeline/quotes.ts';

describe('findQuotationSpans', () => {
  it('runs an unclosed quote to the paragraph end only when the next paragraph opens a quote', () => {
    const text = '“The first part of the plan.';
    expect(findQuotationSpans(text, '“The second part.”')).toEqual([{ start: 0, end: text.length, innerStart: 1, innerEnd: text.length, runsOn: true }]);
    expect(findQuotationSpans(text, 'He left the hall.')).toEqual([]);
    expect(findQuotationSpans(text)).toEqual([]);
  });
  it('does not take apostrophes or top-level single quotes for quotation marks', () => {
    expect(findQuotationSpans('Trump’s team revived the ‘Great Game’ idea.')).toEqual([]);
  });
  it('pairs straight marks by position, not by count', () => {
    const text = 'He said "yes" and she said "no."';
    expect(findQuotationSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['"yes"', '"no."']);
  });
  it('closes a straight opening mark with a curly closing one, as scrapes mix them', () => {
    const text = '"We didn’t have even one aircraft. Now, we will buy both,” president Japarov said.';
    expect(findQuotationSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['"We didn’t have even one aircraft. Now, we will buy both,”']);
  });
});
