// The review report of an annotate run: what a pull-request reviewer needs to see per new or changed
// article. The same facts render twice: Markdown for reports/annotate.md (posted as a PR comment) and
// plain text for the terminal.
import type { DiscoveryRecord } from './discovered.ts';
import type { AnnotateOutput } from './generate.ts';
import { CONTAINMENT_THRESHOLD, findDuplicates, SHINGLE_SIZE, type DuplicateMatch } from './duplicates.ts';
import { missingMetadata } from './serialize.ts';
import type { AnnotatedArticle, Caption, Entity, EntitySummary, RemovedLine } from './types.ts';
import { findUnlinkedNames, type UnlinkedName } from './unlinked.ts';

export interface Report {
  markdown: string;
  terminal: string;
}

/** Everything the report says about one article: plain data, made where the article was finished. */
export interface ArticleReview {
  file: string;
  slug: string;
  title: string;
  date: string | null;
  source: string | null;
  byline: string | null;
  /** How each metadata field was found (metadata.ts). */
  evidence: Partial<Record<string, string>>;
  changed: boolean;
  linked: Pick<EntitySummary, 'id' | 'name' | 'type' | 'mentions'>[];
  discovered: Pick<EntitySummary, 'id' | 'name' | 'type' | 'mentions'>[];
  unlinked: UnlinkedName[];
  /** Quotes with the speaker's name (null when unattributed). */
  quotes: { speaker: string | null; cue: string | null; text: string }[];
  attributed: number;
  unattributed: number;
  /** `title` (generated), `date`, `source`, `byline`. */
  missing: string[];
  duplicates: DuplicateMatch[];
  removed: number;
  removedGroups: RemovedGroup[];
  captions: Caption[];
}

/** One line of the table of all articles (also kept for articles a run did not look at again). */
export interface ArticleRow {
  slug: string;
  title: string;
  linked: number;
  discovered: number;
  attributed: number;
  quotes: number;
  removed: number;
  missing: string[];
}

/** What a report is made from: the reviews of the articles looked at, and a row for every article. */
export interface ReportInput {
  reviews: ArticleReview[];
  /** Changed articles beyond the reviews: listed in the table only (a run that changes thousands). */
  unreviewed?: number;
  /** Every article, in file order, with whether it changed. */
  rows: (ArticleRow & { changed: boolean; duplicateOf: string[] })[];
  discovered: Entity[];
  records: DiscoveryRecord[];
  stale: string[];
}

/** Consecutive removed lines with one reason (a 38-line currency ticker is one group). */
export interface RemovedGroup {
  reason: string;
  first: number;
  last: number;
  lines: RemovedLine[];
}

/** Words of a quote shown in the report before it is cut with "…". */
const QUOTE_WORDS = 12;
/** Unlinked names listed per article in the terminal (the Markdown lists them all). */
const TERMINAL_UNLINKED = 8;
/** Above this many articles the table of all articles lists only the changed and the flagged ones. */
const FULL_TABLE_ARTICLES = 200;

export function groupRemovedLines(removed: RemovedLine[]): RemovedGroup[] {
  const groups: RemovedGroup[] = [];
  for (const line of removed) {
    const last = groups[groups.length - 1];
    // A blank line between two ticker lines does not split them (blank lines are never "removed").
    if (last && last.reason === line.reason && line.line - last.last <= 2) {
      last.last = line.line;
      last.lines.push(line);
    } else {
      groups.push({ reason: line.reason, first: line.line, last: line.line, lines: [line] });
    }
  }
  return groups;
}

function shortQuote(text: string): string {
  const words = text.split(/\s+/u);
  return words.length > QUOTE_WORDS ? `${words.slice(0, QUOTE_WORDS).join(' ')} …` : text;
}

/** The review of one finished article. */
export function reviewOf(article: AnnotatedArticle, changed: boolean, duplicates: DuplicateMatch[] = []): ArticleReview {
  const discoveredIds = new Set(article.discovered.map((d) => d.id));
  const pick = (e: EntitySummary) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions });
  const nameOf = (id: string) => article.entities.find((e) => e.id === id)?.name ?? id;
  const attributed = article.quotes.filter((q) => q.speaker !== null).length;
  return {
    file: article.file,
    slug: article.meta.slug,
    title: article.meta.title,
    date: article.meta.date,
    source: article.meta.source,
    byline: article.meta.byline,
    evidence: { ...(article.meta.evidence ?? {}) },
    changed,
    linked: article.entities.filter((e) => !discoveredIds.has(e.id)).map(pick),
    discovered: article.entities.filter((e) => discoveredIds.has(e.id)).map(pick),
    unlinked: findUnlinkedNames(article),
    quotes: article.quotes.map((q) => ({ speaker: q.speaker === null ? null : nameOf(q.speaker), cue: q.cue, text: shortQuote(q.text) })),
    attributed,
    unattributed: article.quotes.length - attributed,
    missing: missingMetadata(article),
    duplicates,
    removed: article.removed.length,
    removedGroups: groupRemovedLines(article.removed),
    captions: article.captions,
  };
}

/** An article's row without a full review (no unlinked names: the row does not show them). */
export function articleRow(article: AnnotatedArticle): ArticleRow {
  const discovered = new Set(article.discovered.map((d) => d.id));
  const attributed = article.quotes.filter((q) => q.speaker !== null).length;
  return {
    slug: article.meta.slug,
    title: article.meta.title,
    linked: article.entities.filter((e) => !discovered.has(e.id)).length,
    discovered: article.entities.filter((e) => discovered.has(e.id)).length,
    attributed,
    quotes: article.quotes.length,
    removed: article.removed.length,
    missing: missingMetadata(article),
  };
}

export function rowOf(review: ArticleReview): ArticleRow {
  return {
    slug: review.slug,
    title: review.title,
    linked: review.linked.length,
    discovered: review.discovered.length,
    attributed: review.attributed,
    quotes: review.attributed + review.unattributed,
    removed: review.removed,
    missing: review.missing,
  };
}

/** The report input of an in-memory annotation (every article at hand): duplicates compared exactly. */
export function reportInputOf(output: AnnotateOutput, changed: string[], stale: string[]): ReportInput {
  const changedPaths = new Set(changed);
  const duplicates = findDuplicates(output.articles.map((a) => ({ file: a.file, text: a.paragraphs.join('\n\n') })));
  const reviews = output.articles.map((article) =>
    reviewOf(article, changedPaths.has(`articles/${article.meta.slug}.mdx`), duplicates.filter((d) => d.file === article.file)),
  );
  return {
    reviews: reviews.filter((r) => r.changed),
    rows: reviews.map((r) => ({ ...rowOf(r), changed: r.changed, duplicateOf: r.duplicates.map((d) => d.other) })),
    discovered: output.discovered,
    records: output.records,
    stale,
  };
}

/** Every article's review (for tests and tools that look at all of them). */
export function reviewArticles(output: AnnotateOutput, changed: string[]): ArticleReview[] {
  const changedPaths = new Set(changed);
  const duplicates = findDuplicates(output.articles.map((a) => ({ file: a.file, text: a.paragraphs.join('\n\n') })));
  return output.articles.map((article) =>
    reviewOf(article, changedPaths.has(`articles/${article.meta.slug}.mdx`), duplicates.filter((d) => d.file === article.file)),
  );
}

// ── Markdown ─────────────────────────────────────────────────────────────────
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Inline code that survives any text: backticks inside become quotes. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\n/g, ' ')}\``;
}


function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

function duplicateLine(match: DuplicateMatch): string {
  const how = match.shorter ? 'a shorter version of' : match.containment >= 0.95 ? 'the same text as' : 'largely the same text as';
  return `${how} \`seeds/${match.other}\`: containment ${percent(match.containment)}, Jaccard ${percent(match.jaccard)}`;
}

const MISSING_HINT: Record<string, string> = {
  title: 'title generated from the first sentence',
  date: 'no date',
  source: 'no source',
  byline: 'no byline',
};

function missingText(missing: string[]): string {
  return missing.map((m) => MISSING_HINT[m] ?? `no ${m}`).join(', ');
}

function articleMarkdown(review: ArticleReview): string[] {
  const lines: string[] = [`### ${cell(review.title)}`, ''];
  lines.push(`- seed: \`seeds/${review.file}\` → \`content/articles/${review.slug}.mdx\``);
  for (const match of review.duplicates) lines.push(`- ⚠️ **possible duplicate**: ${duplicateLine(match)}`);
  lines.push(`- date: ${review.date ?? '**missing**'} · source: ${review.source ? cell(review.source) : '**missing**'} · byline: ${review.byline ? cell(review.byline) : '**missing**'}`);
  const evidence = Object.entries(review.evidence);
  if (evidence.length > 0) lines.push(`- found from: ${evidence.map(([field, how]) => `${field} ← ${code(how ?? '')}`).join(' · ')}`);
  if (review.missing.length > 0) {
    lines.push(`- **missing metadata**: ${missingText(review.missing)} (set it in \`seeds/${review.file.replace(/\.txt$/u, '.meta.yaml')}\`)`);
  }
  lines.push(`- linked (${review.linked.length}): ${review.linked.map((e) => `${cell(e.name)} (${e.type}, ${e.mentions})`).join(', ') || 'none'}`);
  if (review.discovered.length > 0) {
    lines.push(
      `- **discovered** (${review.discovered.length}, not in the registry): ` +
        review.discovered.map((e) => `${cell(e.name)} \`${e.id}\` (${e.type}, ${e.mentions})`).join(', '),
    );
  } else {
    lines.push('- discovered: none');
  }
  if (review.unlinked.length > 0) {
    lines.push(`- unlinked names (${review.unlinked.length}): ${review.unlinked.map((u) => `${code(u.surface)}${u.count > 1 ? ` ×${u.count}` : ''}`).join(', ')}`);
  } else {
    lines.push('- unlinked names: none');
  }
  lines.push(`- quotes: ${review.attributed} attributed, ${review.unattributed} unattributed`);
  for (const quote of review.quotes) {
    const who = quote.speaker === null ? '_unattributed_' : `${cell(quote.speaker)}${quote.cue ? ` (${quote.cue})` : ''}`;
    lines.push(`  - ${who}: “${cell(quote.text)}”`);
  }
  if (review.removed > 0) {
    lines.push(`- removed lines (${review.removed}):`);
    for (const group of review.removedGroups) {
      const where = group.first === group.last ? `line ${group.first}` : `lines ${group.first}–${group.last}`;
      const sample = group.lines.length > 1 ? `${code(group.lines[0]!.text)} … (${group.lines.length} lines)` : code(group.lines[0]!.text);
      lines.push(`  - ${where} (${group.reason}): ${sample}`);
    }
  } else {
    lines.push('- removed lines: none');
  }
  if (review.captions.length > 0) {
    lines.push(`- captions: ${review.captions.map((c) => `“${cell(c.text || '(no text)')}”${c.credit ? ` — ${cell(c.credit)}` : ''}`).join('; ')}`);
  }
  lines.push('');
  return lines;
}

function flags(row: ReportInput['rows'][number]): string[] {
  const out: string[] = [];
  if (row.duplicateOf.length > 0) out.push(`duplicate of ${row.duplicateOf.join(', ')}`);
  if (row.discovered > 0) out.push(`${row.discovered} discovered`);
  if (row.missing.length > 0) out.push(missingText(row.missing));
  return out;
}

function rowSummary(row: ArticleRow): string {
  return `${row.linked} linked, ${row.discovered} discovered, ${row.attributed}/${row.quotes} quotes attributed, ${row.removed} lines removed`;
}

// ── the report ───────────────────────────────────────────────────────────────
/** The report of an in-memory annotation: `changed` are the generated files written, `stale` the ones removed. */
export function renderReport(output: AnnotateOutput, changed: string[], stale: string[]): Report {
  return renderReportInput(reportInputOf(output, changed, stale));
}

export function renderReportInput(input: ReportInput): Report {
  const { reviews, rows, discovered, records, stale } = input;
  const changedCount = rows.filter((r) => r.changed).length;
  const duplicateCount = reviews.filter((r) => r.duplicates.length > 0).length;
  // Thousands of rows help nobody: past FULL_TABLE_ARTICLES, the table keeps the changed and flagged ones.
  const tableRows = rows.length <= FULL_TABLE_ARTICLES ? rows : rows.filter((r) => r.changed || r.duplicateOf.length > 0);

  const md: string[] = ['# Annotate report', ''];
  md.push(
    `${rows.length} articles; **${changedCount} new or changed**; ${stale.length} removed; ` +
      `${discovered.length} discovered entities; ${duplicateCount} possible duplicates.`,
    '',
  );
  if (stale.length > 0) md.push(`Removed (seed deleted): ${stale.map((s) => `\`${s}\``).join(', ')}`, '');
  if (discovered.length > 0) {
    md.push('## Discovered entities to review', '', 'Curate one with `npm run entity -- promote <id>`, or fold it into another with `npm run entity -- merge <id> <into>`.', '');
    md.push('| id | type | name | other spellings | why it is an entity |', '|---|---|---|---|---|');
    for (const e of discovered) md.push(`| \`${e.id}\` | ${e.type} | ${cell(e.name)} | ${cell(e.aliases.join(', '))} | ${cell((e.evidence ?? []).join(', '))} |`);
    md.push('');
  }
  const variants = records.filter((r) => r.variantOf);
  if (variants.length > 0) {
    md.push('## Spellings of registry people to confirm', '', 'Linked to the registry person; if right, add the spelling to their `aliases` in `content/entities/people.yaml`.', '');
    md.push('| spelling | linked to | articles |', '|---|---|---|');
    for (const r of variants) md.push(`| ${cell(r.name)} | \`${r.variantOf}\` | ${r.files.map((f) => `\`${f}\``).join(', ')} |`);
    md.push('');
  }
  const candidates = records.filter((r) => r.id === null);
  if (candidates.length > 0) {
    md.push('## Candidates without evidence (no page)', '', 'Named once, with no office, apposition, speech verb or head word to go on. Add one to the registry if it is an entity.', '');
    md.push('| name | type | cue | articles |', '|---|---|---|---|');
    for (const r of candidates) md.push(`| ${cell(r.name)} | ${r.type} | ${cell(r.evidence.join(', '))} | ${r.files.map((f) => `\`${f}\``).join(', ')} |`);
    md.push('');
  }
  md.push('## New or changed articles', '');
  if (reviews.length === 0) md.push('None: the generated content was already up to date.', '');
  for (const review of reviews) md.push(...articleMarkdown(review));
  if ((input.unreviewed ?? 0) > 0) md.push(`… and ${input.unreviewed} more new or changed articles, in the table below only.`, '');
  md.push(rows.length <= FULL_TABLE_ARTICLES ? '## All articles' : `## Changed or flagged articles (of ${rows.length})`, '');
  md.push('| | article | linked | discovered | quotes attributed | lines removed | flags |', '|---|---|---|---|---|---|---|');
  for (const row of tableRows) {
    md.push(
      `| ${row.changed ? '✎' : ''} | \`${row.slug}\` | ${row.linked} | ${row.discovered} | ` +
        `${row.attributed}/${row.quotes} | ${row.removed} | ${cell(flags(row).join('; '))} |`,
    );
  }
  md.push(
    '',
    `<sub>Duplicates: ${SHINGLE_SIZE}-word shingles; flagged when ≥ ${percent(CONTAINMENT_THRESHOLD)} of the shorter text is in the other (containment); Jaccard given for scale.</sub>`,
    '',
  );

  const term: string[] = [];
  term.push(`annotate: ${rows.length} articles, ${changedCount} written, ${stale.length} removed, ${discovered.length} discovered entities`);
  for (const path of stale) term.push(`- ${path} removed (its seed is gone)`);
  const reviewOfSlug = new Map(reviews.map((r) => [r.slug, r]));
  for (const row of rows.length <= FULL_TABLE_ARTICLES ? rows : tableRows) {
    const review = reviewOfSlug.get(row.slug);
    if (!review) {
      term.push(`  ${row.slug}: ${rowSummary(row)}${flags(row).length > 0 ? ` (${flags(row).join('; ')})` : ''}`);
      continue;
    }
    term.push(`* ${review.slug} (seeds/${review.file}): ${rowSummary(row)}`);
    for (const match of review.duplicates) term.push(`    ! possible duplicate: ${duplicateLine(match).replace(/`/g, '')}`);
    if (review.missing.length > 0) term.push(`    missing: ${missingText(review.missing)}`);
    if (review.discovered.length > 0) term.push(`    discovered: ${review.discovered.map((e) => `${e.name} [${e.id}, ${e.type}]`).join(', ')}`);
    if (review.unlinked.length > 0) {
      const shown = review.unlinked.slice(0, TERMINAL_UNLINKED).map((u) => (u.count > 1 ? `${u.surface} ×${u.count}` : u.surface));
      const more = review.unlinked.length > TERMINAL_UNLINKED ? `, … ${review.unlinked.length - TERMINAL_UNLINKED} more in the report` : '';
      term.push(`    unlinked names: ${shown.join(', ')}${more}`);
    }
  }
  if (discovered.length > 0) {
    term.push(`discovered (review, then "npm run entity -- promote <id>" or "npm run entity -- merge <id> <into>"):`);
    for (const e of discovered) term.push(`  ${e.type.padEnd(12)} ${e.id}  (${e.name})`);
  }
  return { markdown: md.join('\n'), terminal: term.join('\n') };
}
