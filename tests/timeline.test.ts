// Coverage over time (src/site/timeline.ts): counts per month with the empty months between, undated apart,
// and a chart whose bars and table say the same numbers.
import { describe, expect, it } from 'vitest';
import { monthlyCounts, timelineHtml } from '../src/site/timeline.ts';

describe('timeline', () => {
  const counts = monthlyCounts(['2024-11-03', '2025-01-20', '2025-01-02', null, '2024-11-30', null]);

  it('counts articles per month, fills the months between, and counts undated ones apart', () => {
    expect(counts).toEqual({
      months: [
        { month: '2024-11', count: 2 },
        { month: '2024-12', count: 0 },
        { month: '2025-01', count: 2 },
      ],
      undated: 2,
    });
    expect(monthlyCounts([null])).toEqual({ months: [], undated: 1 });
  });

  it('draws a bar per month with articles, linked to its month in the archive, with a table of the same numbers', () => {
    const chart = String(timelineHtml('', counts, { id: 't', label: 'Articles per month', noun: 'article', linkMonths: true }));
    expect(chart.match(/<rect /g)).toHaveLength(2);
    // An empty month is a gap: no bar, no link; the table has its zero.
    expect(chart).toContain('<a href="archive/2024-11/index.html" aria-label="November 2024: 2 articles"><rect');
    expect(chart).not.toContain('archive/2024-12/');
    expect(chart).not.toContain('December 2024');
    expect(chart).toContain('role="group" aria-label="Articles per month, November 2024 to January 2025; busiest month 2.');
    // The table: a row per year, a cell per month (empty outside the range), a total.
    expect(chart).toContain('<tr><th scope="row">2024</th><td class="num"></td>');
    expect(chart).toContain('<td class="num">2</td><td class="num">0</td><td class="num">2</td></tr>');
    expect(chart).toContain('2 articles state no date and are not shown.');
  });

  it('is a picture without links on an entity page, and only a note when nothing is dated', () => {
    const chart = String(timelineHtml('people/x/', counts, { id: 't', label: 'Mentions', noun: 'article', linkMonths: false }));
    expect(chart).toContain('role="img"');
    expect(chart).not.toContain('<a ');
    expect(String(timelineHtml('', monthlyCounts([null]), { id: 't', label: 'x', noun: 'article', linkMonths: true }))).toBe(
      '<p class="small muted">1 article states no date and is not shown.</p>',
    );
    expect(timelineHtml('', monthlyCounts([]), { id: 't', label: 'x', noun: 'article', linkMonths: true })).toBeNull();
  });

  it('stays small over a span of decades: no element for an empty month, no table row for an empty year', () => {
    const chart = String(timelineHtml('', monthlyCounts(['1999-03-06', '2025-05-10', '2025-06-01']), { id: 't', label: 'x', noun: 'article', linkMonths: false }));
    expect(chart.match(/<rect /g)).toHaveLength(3);
    expect(chart.match(/<tr><th scope="row">/g)).toHaveLength(2);
    expect(chart).toContain('March 1999 – June 2025, by month');
  });
});
