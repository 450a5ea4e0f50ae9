// An analysis (annotate.ts) as plain, compact data: what the annotation cache keeps per seed and what
// crosses between threads. Tokens are not kept (they are remade from the text in a few milliseconds and
// would be most of the size); registry entities are kept by id.
import type { Analysis } from './annotate.ts';
import type { CandidateMention, DraftSegment } from './link.ts';
import type { Matcher, Span } from './matcher.ts';
import { tokenize } from './tokens.ts';
import type { ExtractedArticle, Field, SeedOverrides } from './types.ts';

export interface CompactAnalysis {
  file: string;
  overrides: SeedOverrides | undefined;
  extracted: ExtractedArticle;
  fixedSlug: boolean;
  /** Each segment's field and index; its text is the extracted article's. */
  segments: [Field, number][];
  /** [segment, first token, last token, registry entity id, kind]. */
  spans: [number, number, number, string, Span['kind']][];
  candidates: CandidateMention[];
}

export function compactAnalysis(analysis: Analysis): CompactAnalysis {
  const { draft } = analysis;
  return {
    file: analysis.file,
    overrides: analysis.overrides,
    extracted: analysis.extracted,
    fixedSlug: analysis.fixedSlug,
    segments: draft.segments.map((s) => [s.field, s.index]),
    spans: draft.segments.flatMap((s, n) => s.spans.map((span): CompactAnalysis['spans'][number] => [n, span.first, span.last, span.entity.id, span.kind])),
    candidates: draft.candidates,
  };
}

/** The text of a segment, from the extracted article it was drafted from. */
export function segmentText(extracted: ExtractedArticle, field: Field, index: number): string {
  const { meta } = extracted;
  switch (field) {
    case 'title':
      return meta.title;
    case 'byline':
      return meta.bylineText ?? '';
    case 'source':
      return meta.source ?? '';
    case 'body':
      return extracted.paragraphs[index] ?? '';
    case 'caption':
      return extracted.captions[index]?.text ?? '';
    case 'credit':
      return extracted.captions[index]?.credit ?? '';
  }
}

/** Throws when the cache names an entity the registry no longer has (the caller then analyses afresh). */
export function expandAnalysis(compact: CompactAnalysis, matcher: Matcher): Analysis {
  const segments: DraftSegment[] = compact.segments.map(([field, index]) => {
    const text = segmentText(compact.extracted, field, index);
    return { field, index, text, tokens: tokenize(text), spans: [] };
  });
  for (const [segment, first, last, id, kind] of compact.spans) {
    const entity = matcher.entities.get(id);
    if (!entity) throw new Error(`cached analysis of ${compact.file} names "${id}", which the registry does not have`);
    segments[segment]!.spans.push({ first, last, entity, kind });
  }
  return {
    file: compact.file,
    overrides: compact.overrides,
    extracted: compact.extracted,
    fixedSlug: compact.fixedSlug,
    draft: { file: compact.file, segments, candidates: compact.candidates },
  };
}

