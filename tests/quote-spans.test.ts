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
  it('closes a quote with the other kind of mark, as scrapes mix them, only where its own kind never closes it', () => {
    const text = '"We didn’t have even one aircraft. Now, we will buy both,” president Japarov said.';
    expect(findQuotationSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['"We didn’t have even one aircraft. Now, we will buy both,”']);
    // (The page cut off before the next quote closes.)
    const curly = 'The CEO said that “flexibility [was] built into this commitment." The airline can “adjust its flee';
    expect(findQuotationSpans(curly).map((s) => curly.slice(s.start, s.end))).toEqual(['“flexibility [was] built into this commitment."']);
    const twice = '"I am proud of the relationship,” he said. “We were one of the first to recognize them."';
    expect(findQuotationSpans(twice).map((s) => twice.slice(s.start, s.end))).toEqual(['"I am proud of the relationship,”', '“We were one of the first to recognize them."']);
    // A word in the other kind of marks inside a quote stays inside it.
    const nested = 'He said: “The "reset" was over, and we knew it.”';
    expect(findQuotationSpans(nested).map((s) => nested.slice(s.start, s.end))).toEqual(['“The "reset" was over, and we knew it.”']);
    const straight = 'He said: "The “reset” was over, and we knew it."';
    expect(findQuotationSpans(straight).map((s) => straight.slice(s.start, s.end))).toEqual(['"The “reset” was over, and we knew it."']);
  });
});
