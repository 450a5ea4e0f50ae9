// The annotation cache's index: written whole, or as a log of the few entries a run changed.
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readIndex, writeIndex, type IndexEntry } from '../scripts/lib/annotate-cache.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function entry(n: number): IndexEntry {
  return {
    key: `key-${n}`,
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
