// The annotation cache's index: written whole, or as a log of the few entries a run changed.
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisPack, pruneAnalyses, readAnalysis, readIndex, writeIndex, type IndexEntry } from '../scripts/lib/annotate-cache.ts';
import type { CompactAnalysis } from '../src/pipeline/compact.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function entry(n: number): IndexEntry {
  return {
    key: `key-${n}`,
    analysis: { pack: 'pack.jsonl', offset: n * 100, length: 100 },
    slug: `article-${n}`,
    fixed: false,
    candidates: [{ type: 'person', name: `Jane Roe ${n}`, aliases: [], cue: 'title', strong: true, parent: null, corroborated: false }],
    nameKeys: `jane roe${n}`,
    sketch: { size: 40 + n, signature: Uint32Array.from({ length: 128 }, (_, i) => (i * 2654435761 + n) >>> 0) },
    output: null,
  };
}

describe('the cache index', () => {
  it('logs the few entries a run changed, and reads back what was written whole', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'dossier-cache-'));
    roots.push(root);
    const first = readIndex(root, 'v1');
    for (let n = 0; n < 50; n++) first.entries[`${n}.txt`] = entry(n);
    writeIndex(root, first);
    const logPath = path.join(root, '.cache', 'annotate', 'index.log');
    expect(existsSync(logPath)).toBe(false);

    const second = readIndex(root, 'v1');
    expect(second.entries).toEqual(first.entries);
    second.entries['7.txt'] = { ...entry(7), slug: 'moved' };
    second.dirty!.add('7.txt');
    delete second.entries['8.txt'];
    second.dirty!.add('8.txt');
    second.entries['50.txt'] = entry(50);
    second.dirty!.add('50.txt');
    const base = readFileSync(path.join(root, '.cache', 'annotate', 'index.json'), 'utf8');
    writeIndex(root, second);
    // Three entries: a line in the log, index.json untouched.
    expect(readFileSync(path.join(root, '.cache', 'annotate', 'index.json'), 'utf8')).toBe(base);
    expect(readFileSync(logPath, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(readIndex(root, 'v1').entries).toEqual(second.entries);

    // Past a tenth of the entries in the log, the index is written whole again.
    const third = readIndex(root, 'v1');
    for (let n = 0; n < 10; n++) {
      third.entries[`${n}.txt`] = { ...entry(n), slug: `again-${n}` };
      third.dirty!.add(`${n}.txt`);
    }
    writeIndex(root, third);
    expect(existsSync(logPath)).toBe(false);
    expect(readIndex(root, 'v1').entries).toEqual(third.entries);
  });

  it('starts afresh from a log line cut short, or another version', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'dossier-cache-'));
    roots.push(root);
    const index = readIndex(root, 'v1');
    for (let n = 0; n < 20; n++) index.entries[`${n}.txt`] = entry(n);
    writeIndex(root, index);
    expect(Object.keys(readIndex(root, 'v2').entries)).toEqual([]);
    writeIndex(root, index);
    appendFileSync(path.join(root, '.cache', 'annotate', 'index.log'), '{"set":{"1.txt":');
    expect(Object.keys(readIndex(root, 'v1').entries)).toEqual([]);
  });
});

/** A compact analysis as far as the pack cares: any JSON, here with text beyond ASCII. */
function analysis(n: number): CompactAnalysis {
  return { file: `${n}.txt`, note: `Öskemen — ${'ü'.repeat(n)}` } as unknown as CompactAnalysis;
}

describe('the analyses pack', () => {
  it('reads back each analysis from where it was appended, and prunes only the packs no entry uses', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'dossier-cache-'));
    roots.push(root);
    // Read first: a root with no index for this version starts with an empty cache.
    const index = readIndex(root, 'v1');
    const pack = new AnalysisPack(root);
    const refs = [0, 1, 7, 30].map((n) => pack.add(analysis(n)));
    pack.close();
    expect(new Set(refs.map((r) => r.pack)).size).toBe(1);
    expect(refs.map((r) => readAnalysis(root, r))).toEqual([0, 1, 7, 30].map(analysis));

    const other = new AnalysisPack(root);
    const orphan = other.add(analysis(2));
    other.close();
    expect(orphan.pack).not.toBe(refs[0]!.pack);
    const dir = path.join(root, '.cache', 'annotate', 'analyses');
    writeFileSync(path.join(dir, 'old-format.json'), '{}');

    index.entries['a.txt'] = { ...entry(1), analysis: refs[2]! };
    pruneAnalyses(root, index);
    expect(readdirSync(dir)).toEqual([refs[0]!.pack]);
    expect(readAnalysis(root, refs[2]!)).toEqual(analysis(7));
  });
});
