// What an article's output depends on, as digests: so that an annotate run re-does only what changed.
//
// An article's analysis (annotate.ts) depends on its seed, its sidecar and the annotator (code and
// registry): `analysisKey`. Its finished form depends on that analysis, its final slug, and the part of
// the global resolution it can see: the entities its own candidates became, and the discovered names
// from other articles that could occur in its text: `finishKey`. When neither key changed, the article's generated file is what it was.
//
// Which discovered names an article could contain is the costly part at 10,000 articles (a lookup per
// capitalised word), so it is its own digest (`visibleDigest`), kept with the article's output and
// worked out again only for an article that could see an entity that is new, gone or changed since the
// last run (`changedVisibilityKeys`, from the `ResolutionSummary` that run left). A name of two words or
// more can occur only where its first two words stand side by side (its first three, when the second is
// a joining word: `Council of Heads …`), so an article keeps its capitalised words' pairs and such triples
// too (`nameKeysOf`): a new `Erlan Idrisov` does not send back to be finished every article that names some
// other Erlan, nor a new `China National Petroleum` every article that names China, nor a new `Council of
// Heads of State of …` every article with a `Council of`.
import { createHash } from 'node:crypto';
import { candidateKey, type Resolution } from './discovered.ts';
import type { CandidateMention } from './link.ts';
import { aliasKeys, edgeKey, isNameComma } from './matcher.ts';
import type { Token } from './tokens.ts';
import type { Entity } from './types.ts';
import { byCodeUnit } from './order.ts';

export function digest(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}\u0000`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/**
 * What identifies a seed's analysis, given the annotator's version (code, dependencies, registry): the
 * seed as the SHA-256 of its bytes (hex), which the manifest's inputs digest uses too.
 */
export function analysisKey(version: string, seedDigest: string, sidecar: string | null): string {
  return digest(version, seedDigest, sidecar ?? '\u0000none');
}

/**
 * The fields of a discovered (or registry) entity that an article's output shows or uses, as a short
 * digest: finishKey joins one per visible entity for each of 10,000 articles, so it is kept small.
 */
function entityFingerprint(entity: Entity): string {
  const fields = JSON.stringify([entity.id, entity.type, entity.name, entity.aliases, entity.gender ?? null, entity.parent ?? null]);
  return createHash('sha256').update(fields).digest('base64');
}

/**
 * A pair of trie keys as nameKeysOf keeps it: `~` (which no key holds), then 24 bits of an FNV-1a hash of
 * the two keys in four base64url characters. The cache holds some 160 pairs for each of 10,000 articles,
 * so they are kept short; two pairs with one hash only make a name visible where it is not, which costs a
 * finish, never a wrong file.
 */
const PAIR_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function pairKey(first: string, second: string): string {
  let hash = 0x811c9dc5;
  const text = `${first} ${second}`;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  let digits = '~';
  for (let shift = 0; shift < 24; shift += 6) digits += PAIR_DIGITS[(hash >>> shift) & 63];
  return digits;
}

/**
 * The keys of an article's capitalised words, and for each the pairs it forms with the word after it (and
 * the triple with the next two, after a joining word) as the matcher walks them (matcher.ts, matchAt: a
 * possessive's edge key, a comma written inside a name),
 * sorted and space-separated: which discovered names from elsewhere could occur in it. One string,
 * because the cache holds 10,000 of them and a run splits only the few it must look into.
 */
export function nameKeysOf(segments: { text: string; tokens: Token[] }[]): string {
  const keys = new Set<string>();
  for (const { text, tokens } of segments) {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!token.capitalized) continue;
      keys.add(token.key);
      const next = tokens[i + 1];
      if (!next) continue;
      const comma = isNameComma(text.slice(token.end, next.start)) ? ',' : '';
      keys.add(pairKey(edgeKey(token), comma + next.key));
      if (next.possessive) keys.add(pairKey(edgeKey(token), comma + edgeKey(next)));
      // `Council of Heads …`: after a joining word, the word after it too (what visibilityKey asks such a name for).
      const third = tokens[i + 2];
      if (!third || !JOINING_WORDS.has(next.key)) continue;
      const second = comma + next.key;
      const thirdComma = isNameComma(text.slice(next.end, third.start)) ? ',' : '';
      keys.add(tripleKey(edgeKey(token), second, thirdComma + third.key));
      if (third.possessive) keys.add(tripleKey(edgeKey(token), second, thirdComma + edgeKey(third)));
    }
  }
  return [...keys].sort().join(' ');
}

/**
 * Words that join a name's first word to the rest (`Council of …`, `Tamim bin …`): the pair of a name's first two
 * words is among a thousand articles' when the second is one of them, so such a name is looked for by its first
 * three (nameKeysOf keeps them after these words only).
 */
const JOINING_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'to', 'in', 'at', 'de', 'du', 'des', 'del', 'da', 'di', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der']);
function tripleKey(first: string, second: string, third: string): string {
  return pairKey(first, `${second} ${third}`);
}

/** What a name must find among an article's name keys to occur in it (matched from its first word, capitalised). */
function visibilityKey(tokens: Token[], keys: string[]): string {
  if (tokens.length === 1) return tokens[0]!.key;
  if (tokens.length >= 3 && JOINING_WORDS.has(keys[1]!)) return tripleKey(keys[0]!, keys[1]!, keys[2]!);
  return pairKey(keys[0]!, keys[1]!);
}


/** The resolution indexed for finishKey. */
export interface ResolutionIndex {
  resolution: Resolution;
  /** By what each name must find among an article's name keys (visibilityKey): what visibleDigest looks up. */
  byVisibilityKey: Map<string, Entity[]>;
  discovered: Map<string, Entity>;
  /** entityFingerprint of each discovered entity, made once (asked for per article). */
  fingerprints: Map<Entity, string>;
  /** Each discovered entity's place in id order, so that visibleDigest sorts numbers, not ids. */
  rank: Map<Entity, number>;
  /** The fingerprints in id order (rank → fingerprint). */
  fingerprintsByRank: string[];
}

export function indexResolution(resolution: Resolution): ResolutionIndex {
  const byVisibilityKey = new Map<string, Entity[]>();
  const note = (map: Map<string, Entity[]>, key: string, entity: Entity) => {
    const list = map.get(key) ?? [];
    if (!list.includes(entity)) list.push(entity);
    map.set(key, list);
  };
  for (const entity of resolution.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const { tokens, keys } = aliasKeys(name);
      if (tokens.length === 0) continue;
      note(byVisibilityKey, visibilityKey(tokens, keys), entity);
    }
  }
  const fingerprints = new Map(resolution.entities.map((e) => [e, entityFingerprint(e)]));
  const inIdOrder = [...resolution.entities].sort((a, b) => byCodeUnit(a.id, b.id));
  return {
    resolution,
    byVisibilityKey,
    discovered: new Map(resolution.entities.map((e) => [e.id, e])),
    fingerprints,
    rank: new Map(inIdOrder.map((e, i) => [e, i])),
    fingerprintsByRank: inIdOrder.map((e) => fingerprints.get(e)!),
  };
}

/**
 * The discovered entities with a name whose visibility key (its one word, or its first two or three words side by
 * side) is among an article's name keys (nameKeysOf), as one digest.
 */
export function visibleDigest(nameKeys: string, index: ResolutionIndex): string {
  const visible = new Set<number>();
  for (const key of nameKeys === '' ? [] : nameKeys.split(' ')) {
    const entities = index.byVisibilityKey.get(key);
    if (entities) for (const entity of entities) visible.add(index.rank.get(entity)!);
  }
  const parts = Int32Array.from(visible).sort();
  return createHash('sha256').update(Array.from(parts, (rank) => index.fingerprintsByRank[rank]!).join('\u0000')).digest('base64');
}

/** Each discovered entity's fingerprint with the visibility keys of its names: what the next run compares. */
export type ResolutionSummary = Record<string, string[]>;

export function resolutionSummary(index: ResolutionIndex): ResolutionSummary {
  const summary: ResolutionSummary = {};
  for (const [key, entities] of [...index.byVisibilityKey].sort((a, b) => byCodeUnit(a[0], b[0]))) {
    for (const entity of entities) (summary[index.fingerprints.get(entity)!] ??= []).push(key);
  }
  return summary;
}

/**
 * The visibility keys (visibilityKey: a one-word name's word, a longer name's first two or three) of every entity that is
 * new, gone or changed between the `previous` run's summary (null: no earlier run to compare with) and the
 * `current` one. An article whose name keys hold none of them sees the same discovered entities as then: an
 * unchanged entity has the same fingerprint, so the same names.
 */
export function changedVisibilityKeys(previous: ResolutionSummary | null, current: ResolutionSummary): Set<string> | null {
  if (previous === null) return null;
  const changed = new Set<string>();
  for (const [fingerprint, keys] of Object.entries(current)) if (!Object.hasOwn(previous, fingerprint)) for (const key of keys) changed.add(key);
  for (const [fingerprint, keys] of Object.entries(previous)) if (!Object.hasOwn(current, fingerprint)) for (const key of keys) changed.add(key);
  return changed;
}

/**
 * The digest of everything an article's finished form depends on beyond its analysis: its slug, who its
 * candidates turned out to be, and which discovered names from anywhere could occur in it (`visible`,
 * its visibleDigest).
 */
export function finishKey(
  analysis: string,
  slug: string,
  candidates: Pick<CandidateMention, 'type' | 'name'>[],
  visible: string,
  index: ResolutionIndex,
): string {
  const parts: string[] = [analysis, slug, visible];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const key = candidateKey(candidate);
    if (seen.has(key)) continue;
    seen.add(key);
    const id = index.resolution.byKey[key];
    const entity = id === undefined ? undefined : index.discovered.get(id);
    parts.push(`${key}=${entity ? index.fingerprints.get(entity)! : (id ?? '-')}`);
  }
  // One string hashed once: the parts are JSON, keys or base64, none holds a NUL.
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

/** A test of whether an article's name keys (space-separated) hold any of `keys`: one scan of the string. */
export function holdsAnyOf(keys: Set<string>): (nameKeys: string) => boolean {
  if (keys.size === 0) return () => false;
  const escaped = [...keys].sort().map((key) => key.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'));
  const pattern = new RegExp(`(?:^| )(?:${escaped.join('|')})(?= |$)`, 'u');
  return (nameKeys) => pattern.test(nameKeys);
}
