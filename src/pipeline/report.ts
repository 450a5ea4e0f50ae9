// The review report of an annotate run: what a pull-request reviewer needs to see per new or changed
// article. The same facts render twice: Markdown for reports/annotate.md (posted as a PR comment) and
// plain text for the terminal.
import type { AnnotateOutput } from './generate.ts';
import { CONTAINMENT_THRESHOLD, findDuplicates, SHINGLE_SIZE, type DuplicateMatch } from './duplicates.ts';
import { missingMetadata } from './serialize.ts';
import type { AnnotatedArticle, RemovedLine } from './types.ts';
import { findUnlinkedNames, type UnlinkedName } from './unlinked.ts';

export interface Report {
  markdown: string;
  terminal: string;
}

/** Everything the report says about one article, computed once for both renderings. */
export interface ArticleReview {
  article: AnnotatedArticle;
  changed: boolean;
  linked: AnnotatedArticle['entities'];
  unlinked: UnlinkedName[];
  attributed: number;
  unattributed: number;
  /** `title` (generated), `date`, `source`, `byline`. */
  missing: string[];
  duplicates: DuplicateMatch[];
  removedGroups: RemovedGroup[];
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

export function reviewArticles(output: AnnotateOutput, changed: string[]): ArticleReview[] {
  const changedPaths = new Set(changed);
  const duplicates = findDuplicates(output.articles.map((a) => ({ file: a.file, text: a.paragraphs.join('\n\n') })));
  return output.articles.map((article) => {
    const discoveredIds = new Set(article.discovered.map((d) => d.id));
    const attributed = article.quotes.filter((q) => q.speaker !== null).length;
    return {
      article,
      changed: changedPaths.has(`articles/${article.meta.slug}.mdx`),
      linked: article.entities.filter((e) => !discoveredIds.has(e.id)),
      unlinked: findUnlinkedNames(article),
      attributed,
      unattributed: article.quotes.length - attributed,
      missing: missingMetadata(article),
      duplicates: duplicates.filter((d) => d.file === article.file),
      removedGroups: groupRemovedLines(article.removed),
    };
  });
}

// ── Markdown ─────────────────────────────────────────────────────────────────
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Inline code that survives any text: backticks inside become quotes. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\n/g, ' ')}\``;
}

function shortQuote(text: string): string {
  const words = text.split(/\s+/u);
  return words.length > QUOTE_WORDS ? `${words.slice(0, QUOTE_WORDS).join(' ')} …` : text;
}

function speakerName(article: AnnotatedArticle, id: string): string {
  return article.entities.find((e) => e.id === id)?.name ?? id;
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
  const { article } = review;
  const { meta } = article;
  const lines: string[] = [`### ${cell(meta.title)}`, ''];
  lines.push(`- seed: \`seeds/${article.file}\` → \`content/articles/${meta.slug}.mdx\``);
  for (const match of review.duplicates) lines.push(`- ⚠️ **possible duplicate**: ${duplicateLine(match)}`);
  lines.push(`- date: ${meta.date ?? '**missing**'} · source: ${meta.source ? cell(meta.source) : '**missing**'} · byline: ${meta.byline ? cell(meta.byline) : '**missing**'}`);
  const evidence = Object.entries(meta.evidence ?? {});
  if (evidence.length > 0) lines.push(`- found from: ${evidence.map(([field, how]) => `${field} ← ${code(how)}`).join(' · ')}`);
  if (review.missing.length > 0) {
    lines.push(`- **missing metadata**: ${missingText(review.missing)} (set it in \`seeds/${article.file.replace(/\.txt$/u, '.meta.yaml')}\`)`);
  }
  lines.push(`- linked (${review.linked.length}): ${review.linked.map((e) => `${cell(e.name)} (${e.type}, ${e.mentions})`).join(', ') || 'none'}`);
  if (article.discovered.length > 0) {
    const counts = new Map(article.entities.map((e) => [e.id, e.mentions]));
    lines.push(
      `- **discovered** (${article.discovered.length}, not in the registry): ` +
        article.discovered.map((e) => `${cell(e.name)} \`${e.id}\` (${e.type}, ${counts.get(e.id) ?? 0})`).join(', '),
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
  for (const quote of article.quotes) {
    const who = quote.speaker === null ? '_unattributed_' : `${cell(speakerName(article, quote.speaker))}${quote.cue ? ` (${quote.cue})` : ''}`;
    lines.push(`  - ${who}: “${cell(shortQuote(quote.text))}”`);
  }
  if (article.removed.length > 0) {
    lines.push(`- removed lines (${article.removed.length}):`);
    for (const group of review.removedGroups) {
      const where = group.first === group.last ? `line ${group.first}` : `lines ${group.first}–${group.last}`;
      const sample = group.lines.length > 1 ? `${code(group.lines[0]!.text)} … (${group.lines.length} lines)` : code(group.lines[0]!.text);
      lines.push(`  - ${where} (${group.reason}): ${sample}`);
    }
  } else {
    lines.push('- removed lines: none');
  }
  if (article.captions.length > 0) {
    lines.push(`- captions: ${article.captions.map((c) => `“${cell(c.text || '(no text)')}”${c.credit ? ` — ${cell(c.credit)}` : ''}`).join('; ')}`);
  }
  lines.push('');
  return lines;
}

function flags(review: ArticleReview): string[] {
  const out: string[] = [];
  if (review.duplicates.length > 0) out.push(`duplicate of ${review.duplicates.map((d) => d.other).join(', ')}`);
  if (review.article.discovered.length > 0) out.push(`${review.article.discovered.length} discovered`);
  if (review.missing.length > 0) out.push(missingText(review.missing));
  return out;
}

// ── the report ───────────────────────────────────────────────────────────────
export function renderReport(output: AnnotateOutput, changed: string[], stale: string[]): Report {
  const reviews = reviewArticles(output, changed);
  const changedReviews = reviews.filter((r) => r.changed);
  const duplicateCount = changedReviews.filter((r) => r.duplicates.length > 0).length;

  const md: string[] = ['# Annotate report', ''];
  md.push(
    `${output.articles.length} articles; **${changedReviews.length} new or changed**; ${stale.length} removed; ` +
      `${output.discovered.length} discovered entities; ${duplicateCount} possible duplicates.`,
    '',
  );
  if (stale.length > 0) md.push(`Removed (seed deleted): ${stale.map((s) => `\`${s}\``).join(', ')}`, '');
  if (output.discovered.length > 0) {
    md.push('## Discovered entities to review', '', 'Curate one with `npm run entity -- promote <id>`, or fold it into another with `npm run entity -- merge <id> <into>`.', '');
    md.push('| id | type | name | other spellings | why it is an entity |', '|---|---|---|---|---|');
    for (const e of output.discovered) md.push(`| \`${e.id}\` | ${e.type} | ${cell(e.name)} | ${cell(e.aliases.join(', '))} | ${cell((e.evidence ?? []).join(', '))} |`);
    md.push('');
  }
  const variants = output.records.filter((r) => r.variantOf);
  if (variants.length > 0) {
    md.push('## Spellings of registry people to confirm', '', 'Linked to the registry person; if right, add the spelling to their `aliases` in `content/entities/people.yaml`.', '');
    md.push('| spelling | linked to | articles |', '|---|---|---|');
    for (const r of variants) md.push(`| ${cell(r.name)} | \`${r.variantOf}\` | ${r.files.map((f) => `\`${f}\``).join(', ')} |`);
    md.push('');
  }
  const candidates = output.records.filter((r) => r.id === null);
  if (candidates.length > 0) {
    md.push('## Candidates without evidence (no page)', '', 'Named once, with no office, apposition, speech verb or head word to go on. Add one to the registry if it is an entity.', '');
    md.push('| name | type | cue | articles |', '|---|---|---|---|');
    for (const r of candidates) md.push(`| ${cell(r.name)} | ${r.type} | ${cell(r.evidence.join(', '))} | ${r.files.map((f) => `\`${f}\``).join(', ')} |`);
    md.push('');
  }
  md.push('## New or changed articles', '');
  if (changedReviews.length === 0) md.push('None: the generated content was already up to date.', '');
  for (const review of changedReviews) md.push(...articleMarkdown(review));
  md.push('## All articles', '', '| | article | linked | discovered | quotes attributed | lines removed | flags |', '|---|---|---|---|---|---|---|');
  for (const review of reviews) {
    const { article } = review;
    md.push(
      `| ${review.changed ? '✎' : ''} | \`${article.meta.slug}\` | ${review.linked.length} | ${article.discovered.length} | ` +
        `${review.attributed}/${article.quotes.length} | ${article.removed.length} | ${cell(flags(review).join('; '))} |`,
    );
  }
  md.push(
    '',
    `<sub>Duplicates: ${SHINGLE_SIZE}-word shingles; flagged when ≥ ${percent(CONTAINMENT_THRESHOLD)} of the shorter text is in the other (containment); Jaccard given for scale.</sub>`,
    '',
  );

  const term: string[] = [];
  term.push(`annotate: ${output.articles.length} articles, ${changedReviews.length} written, ${stale.length} removed, ${output.discovered.length} discovered entities`);
  for (const path of stale) term.push(`- ${path} removed (its seed is gone)`);
  for (const review of reviews) {
    const { article } = review;
    const summary = `${review.linked.length} linked, ${article.discovered.length} discovered, ${review.attributed}/${article.quotes.length} quotes attributed, ${article.removed.length} lines removed`;
    if (!review.changed) {
      term.push(`  ${article.meta.slug}: ${summary}${flags(review).length > 0 ? ` (${flags(review).join('; ')})` : ''}`);
      continue;
    }
    term.push(`* ${article.meta.slug} (seeds/${article.file}): ${summary}`);
    for (const match of review.duplicates) term.push(`    ! possible duplicate: ${duplicateLine(match).replace(/`/g, '')}`);
    if (review.missing.length > 0) term.push(`    missing: ${missingText(review.missing)}`);
    if (article.discovered.length > 0) term.push(`    discovered: ${article.discovered.map((e) => `${e.name} [${e.id}, ${e.type}]`).join(', ')}`);
    if (review.unlinked.length > 0) {
      const shown = review.unlinked.slice(0, TERMINAL_UNLINKED).map((u) => (u.count > 1 ? `${u.surface} ×${u.count}` : u.surface));
      const more = review.unlinked.length > TERMINAL_UNLINKED ? `, … ${review.unlinked.length - TERMINAL_UNLINKED} more in the report` : '';
      term.push(`    unlinked names: ${shown.join(', ')}${more}`);
    }
  }
  if (output.discovered.length > 0) {
    term.push(`discovered (review, then "npm run entity -- promote <id>" or "npm run entity -- merge <id> <into>"):`);
    for (const e of output.discovered) term.push(`  ${e.type.padEnd(12)} ${e.id}  (${e.name})`);
  }
  return { markdown: md.join('\n'), terminal: term.join('\n') };
}
