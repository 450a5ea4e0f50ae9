// npm run check:html -- [dist-dir] [--sample]
// Validates the built HTML with html-validate (html-validate:recommended, relaxed only where noted
// below). By default every page is checked; with --sample, one page of each type: home, search,
// each section's index pages, and the first item page of each section (an article, a person, a
// country, an organization…). Prints errors grouped by page and a count per rule; exits 1 on any
// error. Warnings are printed but do not fail the gate.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, Rule, StaticConfigLoader, type ConfigData, type Message, type RuleDocumentation } from 'html-validate';
import { htmlFilesIn, siteCheckArgs } from './lib/site-check-cli.ts';

/**
 * `dossier/no-inline-handler`: no `on*` event-handler attributes. The Content-Security-Policy
 * forbids inline script that is not hashed, and a handler attribute can never be hashed, so one
 * would be a dead control for readers (and a sign that markup leaked from an article).
 */
class NoInlineHandler extends Rule {
  override documentation(): RuleDocumentation {
    return { description: 'Inline event handlers (onclick=…) are not allowed; attach listeners from a script file.' };
  }
  override setup(): void {
    this.on('attr', (event) => {
      if (/^on/i.test(event.key)) this.report(event.target, `inline event handler "${event.key}" is not allowed`, event.keyLocation);
    });
  }
}

/**
 * The rules the site is held to: html-validate:recommended as it is, plus no inline event
 * handlers. Nothing is relaxed today, since the built pages need no exception. A relaxation goes
 * in `rules` with a comment saying why the rule does not fit generated pages (never to hide a bug).
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  plugins: [{ name: 'dossier', rules: { 'dossier/no-inline-handler': NoInlineHandler } }],
  extends: ['html-validate:recommended'],
  elements: ['html5'],
  rules: { 'dossier/no-inline-handler': 'error' },
};

export interface PageResult {
  page: string;
  errors: Message[];
  warnings: Message[];
}

export interface HtmlReport {
  results: PageResult[];
  errorCount: number;
  warningCount: number;
  /** Error count per rule id, most frequent first. */
  byRule: [string, number][];
}


/**
 * One page of each type. A section's own pages (`people/index.html`, `people/by-mentions/index.html`)
 * are listings and are all kept; of its item pages (`people/<id>/index.html`) the first is kept.
 * A page two levels deep counts as a listing when the same sub-folder name exists in another
 * section (`by-mentions`), since item ids are never shared across sections.
 */
export function samplePages(pages: string[]): string[] {
  const shape = (page: string) => page.split('/');
  const secondLevel = new Map<string, Set<string>>();
  for (const page of pages) {
    const parts = shape(page);
    if (parts.length === 3) {
      const sections = secondLevel.get(parts[1]!) ?? new Set<string>();
      sections.add(parts[0]!);
      secondLevel.set(parts[1]!, sections);
    }
  }
  const isListing = (parts: string[]) => parts.length <= 2 || (parts.length === 3 && (secondLevel.get(parts[1]!)?.size ?? 0) > 1);
  const chosen: string[] = [];
  const itemSeen = new Set<string>();
  for (const page of pages) {
    const parts = shape(page);
    if (isListing(parts)) {
      chosen.push(page);
      continue;
    }
    // Items: one per section and depth (articles/<slug>/, people/<id>/, …).
    const key = `${parts[0]}/${parts.length}`;
    if (!itemSeen.has(key)) {
      itemSeen.add(key);
      chosen.push(page);
    }
  }
  return chosen;
}

export async function checkHtml(dist: string, options: { sample?: boolean; config?: ConfigData } = {}): Promise<HtmlReport> {
  const validator = new HtmlValidate(new StaticConfigLoader(options.config ?? HTML_VALIDATE_CONFIG));
  const all = htmlFilesIn(dist);
  const pages = options.sample ? samplePages(all) : all;
  const results: PageResult[] = [];
  const rules = new Map<string, number>();
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(path.join(dist, page), 'utf8'), page);
    const messages = report.results.flatMap((r) => r.messages);
    const errors = messages.filter((m) => m.severity === 2);
    for (const error of errors) rules.set(error.ruleId, (rules.get(error.ruleId) ?? 0) + 1);
    results.push({ page, errors, warnings: messages.filter((m) => m.severity === 1) });
  }
  return {
    results,
    errorCount: results.reduce((n, r) => n + r.errors.length, 0),
    warningCount: results.reduce((n, r) => n + r.warnings.length, 0),
    byRule: [...rules].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  };
}

export function formatHtmlReport(report: HtmlReport, label: string): string {
  const lines: string[] = [];
  for (const result of report.results) {
    if (result.errors.length + result.warnings.length === 0) continue;
    lines.push(result.page);
    for (const m of [...result.errors, ...result.warnings]) {
      lines.push(`  ${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId}: ${m.message}`);
    }
  }
  if (report.byRule.length > 0) lines.push(`errors by rule: ${report.byRule.map(([rule, n]) => `${rule} ${n}`).join(', ')}`);
  lines.push(`check-html: ${label}: ${report.results.length} pages, ${report.errorCount} errors, ${report.warningCount} warnings`);
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const args = siteCheckArgs<{ sample?: boolean }>('check-html', argv, { sample: { type: 'boolean' } }, '--sample');
  if (!args.ok) return args.code;
  const { dist } = args;
  const sample = args.values.sample ?? false;
  const report = await checkHtml(dist, { sample });
  const text = formatHtmlReport(report, `${dist}${sample ? ' (one page of each type)' : ''}`);
  if (report.errorCount > 0) console.error(text);
  else console.log(text);
  return report.errorCount > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
