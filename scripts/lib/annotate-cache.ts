// The annotation cache, under .cache/annotate/ (not committed): what lets `npm run annotate` redo only
// what changed (src/pipeline/incremental.ts says what an article depends on).
//   index.json, index.log one entry per seed (the log: entries changed since index.json was written): its analysis key, what the global step reads of it
//                        (slug, candidates, capitalised words, duplicate sketch), and what was written for
//                        it last (finish key, visible digest, file, digest, size and time, the report's
//                        row); and the discovered entities of the last run (incremental.ts)
//   analyses/*.jsonl     the seeds' analyses in compact form (src/pipeline/compact.ts), one line each,
//                        in one pack per batch a thread analysed: creating 10,000 small files cost this
//                        disk more than the analysing (7 s of a worker's 32 s); an entry says where its
//                        line is. A pack no entry points into is deleted (pruneAnalyses).
//   registry.json        the curated registry as parsed (read back far faster than the YAML is parsed)
//   staged/              generated files of the run in progress, moved into content/ when it is applied
// The whole cache belongs to one version of the annotator (its code, dependencies and registry): a
// different version starts afresh. Deleting the folder is always safe.
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { CompactAnalysis } from '../../src/pipeline/compact.ts';
import type { Sketch } from '../../src/pipeline/duplicates.ts';
import type { ResolutionSummary } from '../../src/pipeline/incremental.ts';
import type { CandidateMention } from '../../src/pipeline/link.ts';
import type { Entity } from '../../src/pipeline/types.ts';
import { writeAtomic } from './project.ts';

export const CACHE_DIR = join('.cache', 'annotate');
const INDEX_FORMAT = 4;

/** What the report lists of an article it does not look at again. */
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

/** Where an analysis is: its line of a pack under analyses/. */
export interface AnalysisRef {
  pack: string;
  offset: number;
  length: number;
}

export interface IndexEntry {
  /** analysisKey (incremental.ts). */
  key: string;
  analysis: AnalysisRef;
  /** The slug the headline makes, and whether the sidecar fixes it. */
  slug: string;
  fixed: boolean;
  candidates: Omit<CandidateMention, 'segment' | 'first' | 'last'>[];
  /** nameKeysOf the analysis (incremental.ts): its capitalised words' keys and pairs, space-separated. */
  nameKeys: string;
  sketch: Sketch;
  /** What was written for it last: null until its article is finished. */
  output: {
    finishKey: string;
    /** visibleDigest of its name keys when it was finished (incremental.ts). */
    visible: string;
    path: string;
    digest: string;
    size: number;
    mtimeMs: number;
    discovered: string[];
    row: ArticleRow;
  } | null;
}

export interface CacheIndex {
  format: number;
  version: string;
  entries: Record<string, IndexEntry>;
  /** The discovered entities the outputs' finish keys were made with (null: none yet). */
  summary: ResolutionSummary | null;
  /** Whether summary differs from what index.json and index.log hold. */
  summaryChanged: boolean;
  /** Files whose entries this run set or removed; null when the index on disk is not this one's base. */
  dirty: Set<string> | null;
  /** Entries the log on disk holds beyond the base. */
  logged: number;
}

export function hasCache(root: string): boolean {
  return existsSync(join(root, CACHE_DIR, 'index.json'));
}

/** An entry as stored: the sketch's signature as base64 of its 32-bit words. */
type StoredEntry = Omit<IndexEntry, 'sketch'> & { sketch: { size: number; signature: string } };
/** A line of index.log: entries set and files removed since the base index.json was written. */
type LogLine = { set: Record<string, StoredEntry>; removed: string[]; summary?: ResolutionSummary };

function storedEntry(entry: IndexEntry): StoredEntry {
  const words = entry.sketch.signature;
  const signature = Buffer.from(words.buffer, words.byteOffset, words.byteLength).toString('base64');
  return { ...entry, sketch: { size: entry.sketch.size, signature } };
}

function entryOf(stored: StoredEntry): IndexEntry {
  // Copied into an array of its own: a decoded Buffer may share a pool at an offset words cannot start
  // at. The words are in this machine's byte order, as storedEntry wrote them (the cache is local).
  const signature = new Uint32Array(Uint8Array.from(Buffer.from(stored.sketch.signature, 'base64')).buffer);
  return { ...stored, sketch: { size: stored.sketch.size, signature } };
}

const indexPath = (root: string) => join(root, CACHE_DIR, 'index.json');
const logPath = (root: string) => join(root, CACHE_DIR, 'index.log');

/**
 * The cache index: index.json, then the lines of index.log applied in order. A run that changed a few
 * entries appends them to the log rather than writing 10,000 entries again (writeIndex).
 */
export function readIndex(root: string, version: string): CacheIndex {
  if (existsSync(indexPath(root))) {
    try {
      const stored = JSON.parse(readFileSync(indexPath(root), 'utf8')) as Pick<CacheIndex, 'format' | 'version' | 'summary'> & { entries: Record<string, StoredEntry> };
      if (stored.format === INDEX_FORMAT && stored.version === version) {
        const raw = stored.entries;
        let summary = stored.summary ?? null;
        let logged = 0;
        if (existsSync(logPath(root))) {
          for (const line of readFileSync(logPath(root), 'utf8').split('\n')) {
            if (line === '') continue;
            const change = JSON.parse(line) as LogLine;
            for (const file of change.removed) delete raw[file];
            Object.assign(raw, change.set);
            if (change.summary) summary = change.summary;
            logged += change.removed.length + Object.keys(change.set).length;
          }
        }
        const entries: Record<string, IndexEntry> = {};
        for (const [file, entry] of Object.entries(raw)) entries[file] = entryOf(entry);
        return { format: stored.format, version, entries, summary, summaryChanged: false, dirty: new Set(), logged };
      }
    } catch {
      // A damaged index (or a log line cut short) is no index: start afresh.
    }
  }
  // Another version's analyses are of no use: drop them with the index.
  rmSync(join(root, CACHE_DIR), { recursive: true, force: true });
  return { format: INDEX_FORMAT, version, entries: {}, summary: null, summaryChanged: false, dirty: null, logged: 0 };
}

/** The log grows to at most this share of the entries before the whole index is written again. */
const MAX_LOG_SHARE = 0.1;

/** Saves the index: the dirty entries appended to index.log when they are few, else everything afresh. */
export function writeIndex(root: string, index: CacheIndex): void {
  mkdirSync(join(root, CACHE_DIR), { recursive: true });
  const count = Object.keys(index.entries).length;
  const dirty = index.dirty;
  if (dirty !== null && existsSync(indexPath(root)) && index.logged + dirty.size <= count * MAX_LOG_SHARE) {
    if (dirty.size === 0 && !index.summaryChanged) return;
    const change: LogLine = { set: {}, removed: [] };
    for (const file of [...dirty].sort()) {
      const entry = index.entries[file];
      if (entry) change.set[file] = storedEntry(entry);
      else change.removed.push(file);
    }
    if (index.summaryChanged && index.summary) change.summary = index.summary;
    appendFileSync(logPath(root), `${JSON.stringify(change)}\n`);
    index.logged += dirty.size;
    index.summaryChanged = false;
    dirty.clear();
    return;
  }
  const entries: Record<string, StoredEntry> = {};
  for (const [file, entry] of Object.entries(index.entries)) entries[file] = storedEntry(entry);
  writeAtomic(indexPath(root), JSON.stringify({ format: index.format, version: index.version, summary: index.summary, entries }));
  rmSync(logPath(root), { force: true });
  index.summaryChanged = false;
  index.dirty = new Set();
  index.logged = 0;
}

/**
 * The curated registry as this version parsed it: parsing the YAML and the country data takes most of a
 * second, reading it back as JSON a few milliseconds. Read after readIndex, which clears another
 * version's cache.
 */
export function cachedRegistry(root: string, version: string, load: () => Entity[]): Entity[] {
  const path = join(root, CACHE_DIR, 'registry.json');
  if (existsSync(path)) {
    try {
      const cached = JSON.parse(readFileSync(path, 'utf8')) as { version: string; entities: Entity[] };
      if (cached.version === version) return cached.entities;
    } catch {
      // Damaged: parse the registry again.
    }
  }
  const entities = load();
  mkdirSync(join(root, CACHE_DIR), { recursive: true });
  writeAtomic(path, JSON.stringify({ version, entities }));
  return entities;
}

/** Generated files wait here, until the run is applied, or dropped (annotate-run.ts). */
export function stagingDir(root: string): string {
  return join(root, CACHE_DIR, 'staged');
}

/** Writes a generated file's text to the staging folder; returns where. */
export function stageFile(root: string, path: string, text: string): string {
  const staged = join(stagingDir(root), path);
  mkdirSync(dirname(staged), { recursive: true });
  writeFileSync(staged, text);
  return staged;
}

const analysesDir = (root: string) => join(root, CACHE_DIR, 'analyses');

/** Appends analyses to a new pack, one line each, and says where each went. */
export class AnalysisPack {
  readonly #name = `${randomUUID()}.jsonl`;
  readonly #root: string;
  #fd: number | null = null;
  #offset = 0;

  constructor(root: string) {
    this.#root = root;
  }

  add(compact: CompactAnalysis): AnalysisRef {
    if (this.#fd === null) {
      mkdirSync(analysesDir(this.#root), { recursive: true });
      this.#fd = openSync(join(analysesDir(this.#root), this.#name), 'w');
    }
    const bytes = Buffer.from(`${JSON.stringify(compact)}\n`);
    writeSync(this.#fd, bytes);
    const ref = { pack: this.#name, offset: this.#offset, length: bytes.length - 1 };
    this.#offset += bytes.length;
    return ref;
  }

  close(): void {
    if (this.#fd !== null) closeSync(this.#fd);
    this.#fd = null;
  }
}

export function packExists(root: string, ref: AnalysisRef): boolean {
  return existsSync(join(analysesDir(root), ref.pack));
}

export function readAnalysis(root: string, ref: AnalysisRef): CompactAnalysis {
  const fd = openSync(join(analysesDir(root), ref.pack), 'r');
  try {
    const bytes = Buffer.alloc(ref.length);
    if (readSync(fd, bytes, 0, ref.length, ref.offset) !== ref.length) throw new Error(`analysis cut short in ${ref.pack}`);
    return JSON.parse(bytes.toString('utf8')) as CompactAnalysis;
  } finally {
    closeSync(fd);
  }
}

/** Whether the file written last is still there as written (size and time; a hand edit changes one). */
export function stillWritten(root: string, output: NonNullable<IndexEntry['output']>): boolean {
  try {
    const stat = statSync(join(root, 'content', output.path));
    return stat.size === output.size && stat.mtimeMs === output.mtimeMs;
  } catch {
    return false;
  }
}

/**
 * Deletes the packs no entry points into (a pack of an interrupted run, or whose articles were all
 * analysed again). A pack some entries still use stays whole: its dead lines are one per seed edited
 * since, and a new annotator version starts the cache afresh.
 */
export function pruneAnalyses(root: string, index: CacheIndex): void {
  if (!existsSync(analysesDir(root))) return;
  const used = new Set(Object.values(index.entries).map((e) => e.analysis.pack));
  for (const name of readdirSync(analysesDir(root))) if (!used.has(name)) rmSync(join(analysesDir(root), name), { force: true });
}
