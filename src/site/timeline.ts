// Coverage over time: how many articles each month, as an inline SVG bar chart drawn at build time (no
// script, so it reads from file:// and in print), with a year-by-month table of the same numbers for
// screen readers and anyone who wants the figures. Undated articles cannot be placed: they are counted apart.
import { html, type Html } from './html.ts';
import { monthLabel } from './lists.ts';
import { archivePeriodPath, relativeHref } from './paths.ts';
import { plural } from './format.ts';

export interface MonthlyCounts {
  /** Every month from the first dated one to the last, gaps included (`2024-05`), oldest first. */
  months: { month: string; count: number }[];
  undated: number;
}

/** Counts per month of the given dates (`YYYY-MM-DD` or `YYYY-MM`, or null for undated), with the empty months between. */
export function monthlyCounts(dates: (string | null)[]): MonthlyCounts {
  const counts = new Map<string, number>();
  let undated = 0;
  for (const date of dates) {
    if (date === null) undated++;
    else counts.set(date.slice(0, 7), (counts.get(date.slice(0, 7)) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort();
  const months: MonthlyCounts['months'] = [];
  if (keys.length > 0) {
    let [year, month] = keys[0]!.split('-').map(Number) as [number, number];
    const last = keys[keys.length - 1]!;
    for (;;) {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      months.push({ month: key, count: counts.get(key) ?? 0 });
      if (key === last) break;
      month++;
      if (month > 12) [year, month] = [year + 1, 1];
    }
  }
  return { months, undated };
}

const WIDTH = 720;
const HEIGHT = 132;
const AXIS = 18;
const TOP = 6;

/**
 * The chart and its table. `from` is the page it is on; with `linkMonths`, each bar links to its month in
 * the archive. `what` names what is counted ("article", "article mentioning Tokayev" reads badly, so the
 * noun alone), `label` the chart for assistive technology.
 */
export function timelineHtml(from: string, counts: MonthlyCounts, options: { id: string; label: string; noun: string; linkMonths: boolean }): Html | null {
  const { months, undated } = counts;
  const undatedNote = undated > 0 ? html`<p class="small muted">${plural(undated, options.noun)} ${undated === 1 ? 'states' : 'state'} no date and ${undated === 1 ? 'is' : 'are'} not shown.</p>` : null;
  if (months.length === 0) return undatedNote;
  const max = Math.max(...months.map((m) => m.count));
  // A month is at most 30 units wide: a few months make a short chart in the middle, not a few slabs.
  const slot = Math.min(30, WIDTH / months.length);
  const left = (WIDTH - slot * months.length) / 2;
  const barWidth = Math.max(1, slot * 0.8);
  const plot = HEIGHT - AXIS - TOP;
  // An empty month is the gap between bars, drawn with nothing: a span of decades (an archive's old article)
  // would otherwise be hundreds of empty elements. The table below still has its zero.
  const bars = months.flatMap(({ month, count }, i) => {
    if (count === 0) return [];
    const height = Math.max(1.5, (count / max) * plot);
    const x = (left + i * slot + (slot - barWidth) / 2).toFixed(1);
    const y = (TOP + plot - height).toFixed(1);
    const rect = html`<rect x="${x}" y="${y}" width="${barWidth.toFixed(1)}" height="${height.toFixed(1)}"><title>${monthLabel(month)}: ${plural(count, options.noun)}</title></rect>`;
    return [
      options.linkMonths
        ? html`<a href="${relativeHref(from, archivePeriodPath(month))}" aria-label="${`${monthLabel(month)}: ${plural(count, options.noun)}`}">${rect}</a>`
        : rect,
    ];
  });
  // A year label under each January (and under the first month), when there is room for it.
  const yearLabels = months.flatMap(({ month }, i) =>
    (i === 0 || month.endsWith('-01')) && (i === 0 || i * slot > 28)
      ? [html`<text x="${(left + i * slot).toFixed(1)}" y="${HEIGHT - 4}">${month.slice(0, 4)}</text>`]
      : [],
  );
  // A year with no article at all has no row: its gap shows in the chart.
  const years = [...new Set(months.filter((m) => m.count > 0).map((m) => m.month.slice(0, 4)))];
  const byMonth = new Map(months.map((m) => [m.month, m.count]));
  const table = html`<details class="timeline__numbers"><summary>The numbers</summary><div class="table-wrap"><table><caption class="visually-hidden">${options.label}, by year and month</caption><thead><tr><th scope="col">Year</th>${[
    'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec',
  ].map((m) => html`<th scope="col" class="num">${m}</th>`)}<th scope="col" class="num">Total</th></tr></thead><tbody>${years.map((year) => {
    const cells = Array.from({ length: 12 }, (_, m) => byMonth.get(`${year}-${String(m + 1).padStart(2, '0')}`));
    const total = cells.reduce<number>((n, c) => n + (c ?? 0), 0);
    return html`<tr><th scope="row">${year}</th>${cells.map((c) => html`<td class="num">${c === undefined ? '' : String(c)}</td>`)}<td class="num">${String(total)}</td></tr>`;
  })}</tbody></table></div></details>`;
  const first = monthLabel(months[0]!.month);
  const last = monthLabel(months[months.length - 1]!.month);
  // With links, the chart is a group of named links (a role="img" would hide them from assistive technology).
  const name = `${options.label}, ${first} to ${last}; busiest month ${max}. The table below has the numbers.`;
  return html`<div class="timeline" id="${options.id}"><figure><svg class="timeline__chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="${options.linkMonths ? 'group' : 'img'}" aria-label="${name}"><line x1="0" y1="${TOP + plot + 0.5}" x2="${WIDTH}" y2="${TOP + plot + 0.5}" class="timeline__axis"></line>${bars}${yearLabels}</svg><figcaption class="small muted">${first === last ? first : `${first} – ${last}, by month`}; the busiest month has ${plural(max, options.noun)}.</figcaption></figure>${table}${undatedNote}</div>`;
}
