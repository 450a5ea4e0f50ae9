// What an article's output depends on, as digests: so that an annotate run re-does only what changed.
//
// An article's analysis (annotate.ts) depends on its seed, its sidecar and the annotator (code and
// registry): `analysisKey`. Its finished form depends on that analysis, its final slug, and the part of
// the global resolution it can see: the entities its own candidates became, and the discovered names
// from other articles that could occur in its text (their first word is one of its capitalised words):
// `finishKey`. When neither key changed, the article's generated file is what it was.
import { createHash } from 'node:crypto';
import { candidateKey, type Resolution } from './discovered.ts';
import type { CandidateMention } from './link.ts';
import { tokenize } from './tokens.ts';
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

/** What identifies a seed's analysis, given the annotator's version (code, dependencies, registry). */
export function analysisKey(version: string, bytes: Uint8Array, sidecar: string | null): string {
  return digest(version, bytes, sidecar ?? '\u0000none');
}

/**
 * The fields of a discovered (or registry) entity that an article's output shows or uses, as a short
 * digest: finishKey joins one per visible entity for each of 10,000 articles, so it is kept small.
 */
function entityFingerprint(entity: Entity): string {
  const fields = JSON.stringify([entity.id, entity.type, entity.name, entity.aliases, entity.gender ?? null, entity.parent ?? null]);
  return createHash('sha256').update(fields).digest('base64');
}

/** The resolution indexed for finishKey: discovered entities by the first word of every name they are matched by. */
export interface ResolutionIndex {
  resolution: Resolution;
  byFirstKey: Map<string, Entity[]>;
  discovered: Map<string, Entity>;
  /** entityFingerprint of each discovered entity, made once (finishKey asks for them per article). */
  fingerprints: Map<Entity, string>;
  /** Each discovered entity's place in id order, so that finishKey sorts numbers, not ids. */
  rank: Map<Entity, number>;
  /** The fingerprints in id order (rank → fingerprint). */
  fingerprintsByRank: string[];
}

export function indexResolution(resolution: Resolution): ResolutionIndex {
  const byFirstKey = new Map<string, Entity[]>();
  for (const entity of resolution.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const first = tokenize(name)[0];
      if (!first) continue;
      const list = byFirstKey.get(first.key) ?? [];
      if (!list.includes(entity)) list.push(entity);
      byFirstKey.set(first.key, list);
    }
  }
  const fingerprints = new Map(resolution.entities.map((e) => [e, entityFingerprint(e)]));
  const inIdOrder = [...resolution.entities].sort((a, b) => byCodeUnit(a.id, b.id));
  return {
    resolution,
    byFirstKey,
    discovered: new Map(resolution.entities.map((e) => [e.id, e])),
    fingerprints,
    rank: new Map(inIdOrder.map((e, i) => [e, i])),
    fingerprintsByRank: inIdOrder.map((e) => fingerprints.get(e)!),
  };
}

/**
 * The digest of everything an article's finished form depends on beyond its analysis: its slug, who its
 * candidates turned out to be, and which discovered names from anywhere could occur in it.
 */
export function finishKey(
  analysis: string,
  slug: string,
  candidates: Pick<CandidateMention, 'type' | 'name'>[],
  nameKeys: string[],
  index: ResolutionIndex,
): string {
  const parts: string[] = [analysis, slug];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const key = candidateKey(candidate);
    if (seen.has(key)) continue;
    seen.add(key);
    const id = index.resolution.byKey[key];
    const entity = id === undefined ? undefined : index.discovered.get(id);
    parts.push(`${key}=${entity ? index.fingerprints.get(entity)! : (id ?? '-')}`);
  }
  const visible = new Set<number>();
  for (const key of nameKeys) {
    const entities = index.byFirstKey.get(key);
    if (entities) for (const entity of entities) visible.add(index.rank.get(entity)!);
  }
  for (const rank of Int32Array.from(visible).sort()) parts.push(index.fingerprintsByRank[rank]!);
  // One string hashed once: the parts are JSON or keys, none holds a NUL.
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}
