// Shared data shapes of the annotation pipeline.
// Stages: ingest → clean → metadata → link (registry + discovery) → quotes → serialize.
// Every stage is a pure function of its inputs; only scripts/ touch the file system.

export type { EntityType } from './entity-types.ts';
import type { EntityType } from './entity-types.ts';

/** A failure a maintainer can act on: rendered as one line, `<file>: <what is wrong>`. */
export class PipelineError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'PipelineError';
    this.file = file;
    this.reason = reason;
  }
}

// ── ingest ────────────────────────────────────────────────────────────────
export interface IngestedText {
  /** Seed file name, e.g. `000_9ad9ad3a1a2546d7.txt` (no directory). */
  file: string;
  /** Decoded, NFC-normalised text with `\n` line ends; lines trimmed, runs of blanks collapsed. */
  text: string;
  /** What the bytes were decoded as: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1251`. */
  encoding: string;
}

// ── clean ─────────────────────────────────────────────────────────────────
export interface RemovedLine {
  /** 1-based line number in the ingested text. */
  line: number;
  text: string;
  /** Short machine-readable reason, e.g. `ticker`, `share-bar`, `read-also`, `comment-prompt`, `suggested`, `sidebar`, `duplicate`, `empty-heading`. */
  reason: string;
}

export interface Caption {
  /** The caption as written, e.g. `C5+1 Multilateral Meeting in New York City`. */
  text: string;
  /** The credit, e.g. `Stephen M. Bland/Allexxandar` or `U.S. Department of State / Flickr`; null if none. */
  credit: string | null;
  line: number;
}

export interface CleanedText {
  file: string;
  /** Remaining lines of content, in order, one entry per non-empty line (still including headline, date and byline lines). */
  blocks: { line: number; text: string }[];
  captions: Caption[];
  removed: RemovedLine[];
}

// ── metadata ──────────────────────────────────────────────────────────────
export interface ArticleMetadata {
  title: string;
  /** True when the text had no headline line and the title was generated from the first sentence. */
  titleGenerated: boolean;
  /** ISO `YYYY-MM-DD` when the text states a full date, `YYYY-MM` when it gives a month only; never invented. */
  date: string | null;
  /** The date as written, e.g. `25 February 2025`. */
  dateText: string | null;
  /** Outlet that published or is cited as the source, e.g. `Qazinform News Agency`, `CV NEWS FEED`, `The New York Times`. */
  source: string | null;
  /** Author as written (`Арестова Татьяна`) … */
  bylineText: string | null;
  /** … and as a Latin-script name in given-name-first order (`Tatyana Arestova`). */
  byline: string | null;
  /** A leading dateline/source prefix removed from the first paragraph, e.g. `CV NEWS FEED //`. */
  dateline: string | null;
  slug: string;
  /** How each field was found, as written (`dateline: June 16, 2025`, `sidecar`): shown in the review report. */
  evidence?: Partial<Record<'title' | 'date' | 'source' | 'byline', string>>;
}

export interface ExtractedArticle {
  file: string;
  meta: ArticleMetadata;
  /** The cleaned article text: body paragraphs, in order. Joined with `\n\n` this is what the MDX body strips back to. */
  paragraphs: string[];
  captions: Caption[];
  removed: RemovedLine[];
}

// ── registry ──────────────────────────────────────────────────────────────
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  /** Every spelling other than `name`: other scripts, transliterations, short forms, acronyms. */
  aliases: string[];
  wikidata: string | null;
  description: string | null;
  /** Country entity id, for people, organizations and places. */
  country: string | null;
  /** True for entities found in an article but not (yet) in the curated registry. */
  discovered: boolean;
  /** People only, optional: lets quote attribution resolve `he`/`she` unambiguously. */
  gender?: 'female' | 'male' | undefined;
  /** People only, optional: offices held, with their dates as far as known (`2019`, `2019-06`, `2019-06-12`). */
  offices?: Office[] | undefined;
  // Countries only:
  iso2?: string | undefined;
  iso3?: string | undefined;
  flag?: string | undefined;
  capital?: string | undefined;
  demonyms?: string[] | undefined;
  /** Names that stand for the state when used as an actor: `Washington`, `the White House`, `the Kremlin`. */
  metonyms?: string[] | undefined;
  /** Historical states such as the Soviet Union. */
  historical?: boolean | undefined;
  /** Organizations only: a registry organization this one is part of (`united-nations` for the UN General Assembly). */
  parent?: string | undefined;
  /** Organizations only: the country a diplomatic mission sits in (`kazakhstan` for the U.S. Embassy in Astana), which
   * tells apart missions that share a spelling (`the U.S. Embassy`). */
  seat?: string | undefined;
  /** Discovered entities only: why the annotator took the name for an entity (`title ×2`, `2 articles`). */
  evidence?: string[] | undefined;
}

export interface Office {
  /** `Minister of Foreign Affairs of Kazakhstan`. */
  title: string;
  /** Country id the office belongs to; null for an international post. */
  country: string | null;
  from: string | null;
  to: string | null;
}

// ── linking ───────────────────────────────────────────────────────────────
/** Where a mention sits: a body paragraph, or a metadata field. */
export type Field = 'body' | 'title' | 'byline' | 'caption' | 'credit' | 'source';

export interface Mention {
  field: Field;
  /** Paragraph index for `body`, caption index for `caption` (its text) and `credit` (its credit), 0 otherwise. */
  index: number;
  /** UTF-16 offsets into that paragraph/field text; `text.slice(start, end) === surface`. */
  start: number;
  end: number;
  surface: string;
  entityId: string;
  type: EntityType;
}

// ── quotes ────────────────────────────────────────────────────────────────
export interface Quote {
  paragraph: number;
  /** Offsets of the quoted span in the paragraph, including the quotation marks. */
  start: number;
  end: number;
  /** The words inside the quotation marks. */
  text: string;
  /** Entity id of the speaker, or null when it cannot be attributed with confidence. */
  speaker: string | null;
  /** How the speaker was found, e.g. `said-after`, `colon-before`, `pronoun`; null when unattributed. */
  cue: string | null;
}

// ── overrides (seeds/<name>.meta.yaml) ────────────────────────────────────
export interface SeedOverrides {
  title?: string;
  date?: string | null;
  source?: string | null;
  byline?: string | null;
  slug?: string;
  /** "This mention is not that entity": surfaces (optionally only for one entity) never linked. */
  unlink?: { surface: string; entity?: string }[];
  /** Force a surface to link to an entity id. */
  link?: { surface: string; entity: string }[];
}

// ── the whole article ─────────────────────────────────────────────────────
export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  mentions: number;
  /** Distinct strings as written that were linked to this entity, in first-seen order. */
  surfaces: string[];
}

export interface AnnotatedArticle extends ExtractedArticle {
  mentions: Mention[];
  quotes: Quote[];
  entities: EntitySummary[];
  /** Entities found in this article that the registry does not know. */
  discovered: Entity[];
}
