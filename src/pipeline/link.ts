// Entity linking: registry matching (longest match, folded spellings, case-sensitive acronyms),
// metonyms as actors vs places, discovery of unknown people and organizations, and surname
// coreference within one article.
import { findCandidates, givenName } from './discover.ts';
import { memoize } from './memo.ts';
import { toSlug } from './slug.ts';
import { isNameJoiner, tokenize, type Token } from './tokens.ts';
import type { Entity, EntityType, ExtractedArticle, Field, Mention, SeedOverrides } from './types.ts';

export type AliasKind = 'name' | 'alias' | 'demonym' | 'metonym' | 'override';

interface AliasEntry {
  entity: Entity;
  kind: AliasKind;
  /** Raw alias tokens, compared exactly where the alias token is an acronym (`US` ≠ `us`). */
  raw: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: AliasEntry[];
}

export interface Matcher {
  root: TrieNode;
  entities: Map<string, Entity>;
}

function newNode(): TrieNode {
  return { next: new Map(), entries: [] };
}

function addAlias(root: TrieNode, alias: string, entry: Omit<AliasEntry, 'raw'>): void {
  const tokens = tokenize(alias);
  if (tokens.length === 0) return;
  let node = root;
  for (const token of tokens) {
    let child = node.next.get(token.key);
    if (!child) {
      child = newNode();
      node.next.set(token.key, child);
    }
    node = child;
  }
  if (!node.entries.some((e) => e.entity.id === entry.entity.id && e.kind === entry.kind)) {
    node.entries.push({ ...entry, raw: tokens.map((t) => t.text) });
  }
}

/** Builds the token trie over every name, alias, demonym and metonym in the registry. */
export function buildMatcher(entities: Iterable<Entity>): Matcher {
  const root = newNode();
  const map = new Map<string, Entity>();
  for (const entity of entities) {
    map.set(entity.id, entity);
    addAlias(root, entity.name, { entity, kind: 'name' });
    for (const alias of entity.aliases) addAlias(root, alias, { entity, kind: 'alias' });
    for (const demonym of entity.demonyms ?? []) addAlias(root, demonym, { entity, kind: 'demonym' });
    for (const metonym of entity.metonyms ?? []) addAlias(root, metonym, { entity, kind: 'metonym' });
  }
  return { root, entities: map };
}

interface Span {
  first: number;
  last: number;
  entity: Entity;
  kind: AliasKind | 'discovered' | 'surname';
}

/** An alias token that is an acronym must match the text exactly; other tokens match by key. */
function tokenFits(aliasRaw: string, token: Token): boolean {
  if (/^\p{Lu}(?:\.?\p{Lu})+\.?$/u.test(aliasRaw) && aliasRaw.replace(/\./g, '').length <= 5) return token.text === aliasRaw;
  return true;
}

function matchAt(text: string, tokens: Token[], i: number, root: TrieNode): { last: number; entries: AliasEntry[] } | null {
  let node = root;
  let best: { last: number; entries: AliasEntry[] } | null = null;
  for (let j = i; j < tokens.length; j++) {
    const token = tokens[j]!;
    if (j > i) {
      const prev = tokens[j - 1]!;
      if (prev.possessive || !isNameJoiner(text.slice(prev.end, token.start))) break;
    }
    const child = node.next.get(token.key);
    if (!child) break;
    node = child;
    if (node.entries.length > 0) {
      const offset = j - i;
      const fitting = node.entries.filter((e) => e.raw.length === offset + 1 && e.raw.every((raw, k) => tokenFits(raw, tokens[i + k]!)));
      if (fitting.length > 0) best = { last: j, entries: fitting };
    }
  }
  return best;
}

const LOCATIVE_BEFORE = /(?:\b(?:in|at|near|outside|inside|across|around|throughout|downtown|via)|\b(?:visit|visits|visited|visiting|trip|travel|travelled|traveled|flew|flight|flights|journey|moved|returned|came|went|arrived|route|road)\s+(?:to|from))\s+(?:the\s+)?$/iu;
const PLACE_AFTER = /^(?:-based|\s+(?:city|airport|metro|region|oblast|province|suburbs?|streets?|residents?|mayor)\b)/u;

/**
 * A city standing for its state (`Washington’s goals`, `ties with Moscow`) is the country;
 * named as a location (`a base in Moscow`, `based in Almaty`) it is the place, or nothing.
 */
function isLocative(text: string, tokens: Token[], first: number, last: number): boolean {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  if (tokens[last]!.possessive) return false;
  return LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || PLACE_AFTER.test(text.slice(end, end + 20));
}

const TYPE_RANK: Record<EntityType, number> = { organization: 0, person: 1, country: 2, place: 3 };

function chooseEntry(text: string, tokens: Token[], first: number, last: number, entries: AliasEntry[], previous: Span | undefined): AliasEntry | null {
  const override = entries.find((e) => e.kind === 'override');
  if (override) return override;
  const metonyms = entries.filter((e) => e.kind === 'metonym');
  const places = entries.filter((e) => e.entity.type === 'place');
  if (metonyms.length > 0) {
    // `Moscow and Beijing`: the second conjunct reads like the first.
    const between = previous ? text.slice(tokens[previous.last]!.end, tokens[first]!.start) : '';
    const locative =
      previous && /^(?:\s+(?:and|or)\s+|,\s+)$/u.test(between) && (previous.kind === 'metonym' || previous.entity.type === 'place')
        ? previous.entity.type === 'place'
        : isLocative(text, tokens, first, last);
    if (locative) return places[0] ?? null;
    if (metonyms.length === 1) return metonyms[0]!;
    return null;
  }
  const distinct = new Map<string, AliasEntry>();
  for (const entry of entries) if (!distinct.has(entry.entity.id)) distinct.set(entry.entity.id, entry);
  if (distinct.size === 1) return entries[0]!;
  // Same surface for two entities: prefer a name over an alias, then the more specific type; else leave it.
  const named = [...distinct.values()].filter((e) => e.kind === 'name');
  if (named.length === 1) return named[0]!;
  const ranked = [...distinct.values()].sort((a, b) => TYPE_RANK[a.entity.type] - TYPE_RANK[b.entity.type]);
  if (TYPE_RANK[ranked[0]!.entity.type] < TYPE_RANK[ranked[1]!.entity.type]) return ranked[0]!;
  return null;
}

interface Segment {
  field: Field;
  index: number;
  text: string;
  tokens: Token[];
  spans: Span[];
}

export interface LinkResult {
  mentions: Mention[];
  /** Entities this article introduced that the registry does not know. */
  discovered: Entity[];
}

function isUnlinked(overrides: SeedOverrides | undefined, surface: string, entityId: string): boolean {
  return (overrides?.unlink ?? []).some((u) => u.surface === surface && (u.entity === undefined || u.entity === entityId));
}

const BYLINE_SPLIT = /\s*(?:,|;|\band\b|\bи\b|&)\s*/u;

/** Splits a byline into authors with their offsets: `A and B`, `A, B & C`. */
function bylineParts(text: string): { index: number; text: string }[] {
  const parts: { index: number; text: string }[] = [];
  let from = 0;
  for (const sep of text.matchAll(new RegExp(BYLINE_SPLIT.source, 'gu'))) {
    if (sep[0].length === 0) continue;
    parts.push({ index: from, text: text.slice(from, sep.index) });
    from = sep.index + sep[0].length;
  }
  parts.push({ index: from, text: text.slice(from) });
  return parts.filter((p) => p.text.trim().length > 0);
}

/** The tokens lying wholly inside [start, end), as an index range. */
function tokenRange(tokens: Token[], start: number, end: number): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  tokens.forEach((t, k) => {
    if (t.start >= start && t.end <= end) {
      if (first < 0) first = k;
      last = k;
    }
  });
  return first < 0 ? null : { first, last };
}

/** The key of a full name's last capitalised word (`Toal` of `Gerard Toal`); null for a single word. Asked for every person mention, so remembered. */
const surnameKey = memoize((name: string): string | null => {
  const tokens = tokenize(name).filter((t) => t.capitalized);
  return tokens.length < 2 ? null : tokens[tokens.length - 1]!.key;
}, 50_000);

/** Links every field of an extracted article against the registry matcher. */
export function linkArticle(article: ExtractedArticle, matcher: Matcher, overrides?: SeedOverrides): LinkResult {
  let root = matcher.root;
  if (overrides?.link?.length) {
    // Per-article forced links go into a private copy of the trie's top level.
    root = { next: new Map(matcher.root.next), entries: [] };
    for (const { surface, entity: id } of overrides.link) {
      const entity = matcher.entities.get(id);
      if (!entity) continue; // validated by the caller
      addAliasCopyOnWrite(root, surface, { entity, kind: 'override' });
    }
  }

  const segments: Segment[] = [];
  const addSegment = (field: Field, index: number, text: string | null) => {
    if (text) segments.push({ field, index, text, tokens: tokenize(text), spans: [] });
  };
  addSegment('title', 0, article.meta.titleGenerated ? null : article.meta.title);
  addSegment('byline', 0, article.meta.bylineText);
  addSegment('source', 0, article.meta.source);
  article.paragraphs.forEach((p, i) => addSegment('body', i, p));
  article.captions.forEach((c, i) => {
    addSegment('caption', i, c.text);
    addSegment('credit', i, c.credit);
  });

  const discovered = new Map<string, Entity>();
  const discoverEntity = (type: 'person' | 'organization', name: string): Entity => {
    const key = `${type}:${tokenize(name).map((t) => t.key).join(' ')}`;
    let entity = discovered.get(key);
    if (!entity) {
      let id = toSlug(name) || `${type}-${discovered.size + 1}`;
      if (matcher.entities.has(id)) id = `${id}-${type}`;
      entity = { id, type, name, aliases: [], wikidata: null, description: null, country: null, discovered: true };
      // A recorded given name's gender lets quote attribution resolve `she`/`he` for people the registry lacks.
      const first = type === 'person' ? givenName(name.split(/[\s-]/u)[0] ?? '') : null;
      if (first === 'male' || first === 'female') entity.gender = first;
      discovered.set(key, entity);
    } else if (entity.name !== name && !entity.aliases.includes(name)) {
      entity.aliases.push(name);
    }
    return entity;
  };

  // Pass 1: registry names; pass 2: discovery in what is left.
  for (const segment of segments) {
    const { text, tokens } = segment;
    const covered = new Array<boolean>(tokens.length).fill(false);
    const soft = new Array<boolean>(tokens.length).fill(false);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!token.capitalized) continue;
      const match = matchAt(text, tokens, i, root);
      if (!match) continue;
      const entry = chooseEntry(text, tokens, i, match.last, match.entries, segment.spans[segment.spans.length - 1]);
      if (entry) {
        segment.spans.push({ first: i, last: match.last, entity: entry.entity, kind: entry.kind });
        for (let k = i; k <= match.last; k++) {
          covered[k] = true;
          soft[k] = entry.entity.type === 'country' || entry.entity.type === 'place';
        }
      } else {
        for (let k = i; k <= match.last; k++) covered[k] = true; // a known name, deliberately left unlinked
      }
      i = match.last;
    }

    if (segment.field === 'byline') {
      // A byline is people by position: each author the registry did not know becomes a person.
      const written = bylineParts(text);
      const latin = (article.meta.byline ?? '').split(BYLINE_SPLIT);
      written.forEach((part, n) => {
        const inPart = tokenRange(tokens, part.index, part.index + part.text.length);
        if (!inPart || inPart.last - inPart.first < 1 || covered.slice(inPart.first, inPart.last + 1).some(Boolean)) return;
        const entity = discoverEntity('person', written.length === latin.length ? latin[n]!.trim() : part.text);
        if (entity.name !== part.text && !entity.aliases.includes(part.text)) entity.aliases.push(part.text);
        segment.spans.push({ first: inPart.first, last: inPart.last, entity, kind: 'discovered' });
      });
      continue;
    }
    if (segment.field === 'source') {
      if (segment.spans.length === 0 && tokens.length >= 1) {
        segment.spans.push({ first: 0, last: tokens.length - 1, entity: discoverEntity('organization', text), kind: 'discovered' });
      }
      continue;
    }
    if (segment.field === 'credit') {
      // `Name/Agency` or `Agency / Site`: each part that looks like a full personal name is a person.
      for (const part of text.matchAll(/[^/|,;]+/gu)) {
        const partStart = part.index;
        const partEnd = partStart + part[0].length;
        const range = tokenRange(tokens, partStart, partEnd);
        if (!range) continue;
        const { first, last } = range;
        const inPart = tokens.slice(first, last + 1);
        if (inPart.length < 2 || inPart.length > 4 || covered.slice(first, last + 1).some(Boolean)) continue;
        if (!inPart.every((t) => t.capitalized && !t.acronym) || inPart.some((t) => /\p{N}/u.test(t.text))) continue;
        const name = text.slice(tokens[first]!.start, tokens[last]!.end);
        segment.spans.push({ first, last, entity: discoverEntity('person', name), kind: 'discovered' });
        for (let k = first; k <= last; k++) covered[k] = true;
      }
      continue;
    }

    // Title-case headlines make every word look like a name: titles only get names found elsewhere (pass 3).
    if (segment.field === 'title' || segment.field === 'caption') continue;
    for (const candidate of findCandidates(text, tokens, covered, soft)) {
      // `Media Policy Institute (MPI)`: the acronym names the same organization later on.
      const acronym = /^\s+\((\p{Lu}[\p{Lu}\p{N}&/-]{1,9})\)/u.exec(text.slice(tokens[candidate.last]!.end));
      const name = text.slice(tokens[candidate.first]!.start, tokens[candidate.last]!.end).replace(/^The\s+/u, '');
      const entity = discoverEntity(candidate.type, name);
      if (acronym && candidate.type === 'organization' && !entity.aliases.includes(acronym[1]!)) entity.aliases.push(acronym[1]!);
      // An organization that swallowed a country token replaces that country mention.
      segment.spans = segment.spans.filter((s) => s.last < candidate.first || s.first > candidate.last);
      segment.spans.push({ first: candidate.first, last: candidate.last, entity, kind: 'discovered' });
    }
    segment.spans.sort((a, b) => a.first - b.first);
  }

  // Pass 3: names this article has already introduced, wherever else they appear: a person's surname alone
  // (`Toal` after `Gerard Toal`, when only one person has that surname), a discovered entity's name or the
  // acronym it was given (`the MPI`). Registry aliases were matched in pass 1.
  const local = newNode();
  const surnames = new Map<string, Entity | null>();
  for (const segment of segments) {
    for (const span of segment.spans) {
      if (span.entity.discovered) {
        for (const name of [span.entity.name, ...span.entity.aliases]) addAlias(local, name, { entity: span.entity, kind: 'alias' });
      }
      if (span.entity.type !== 'person') continue;
      for (const name of [span.entity.name, ...span.entity.aliases]) {
        const key = surnameKey(name);
        if (!key) continue;
        const known = surnames.get(key);
        if (known === undefined) surnames.set(key, span.entity);
        else if (known && known.id !== span.entity.id) surnames.set(key, null);
      }
    }
  }
  // `Ms. Usenova` discovered alone is the `Begaim Usenova` named elsewhere in the article.
  for (const segment of segments) {
    for (const span of segment.spans) {
      if (!span.entity.discovered || span.entity.type !== 'person' || span.first !== span.last) continue;
      const full = surnames.get(segment.tokens[span.first]!.key);
      if (full && full.id !== span.entity.id) span.entity = full;
    }
  }
  for (const [key, entity] of surnames) {
    if (!entity) continue;
    const node = local.next.get(key) ?? newNode();
    local.next.set(key, node);
    if (!node.entries.some((e) => e.entity.id === entity.id)) node.entries.push({ entity, kind: 'alias', raw: [key] });
  }
  for (const segment of segments) {
    if (segment.field === 'byline' || segment.field === 'source') continue;
    const { text, tokens } = segment;
    const used = new Array<boolean>(tokens.length).fill(false);
    for (const span of segment.spans) for (let k = span.first; k <= span.last; k++) used[k] = true;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (used[i] || !token.capitalized) continue;
      const match = matchAt(text, tokens, i, local);
      if (!match || used.slice(i, match.last + 1).some(Boolean)) continue;
      // A lone surname must not be the first word of a longer unknown name (`Toal Street`).
      const next = tokens[match.last + 1];
      const last = tokens[match.last]!;
      if (next && next.capitalized && !last.possessive && isNameJoiner(text.slice(last.end, next.start))) continue;
      const ids = new Set(match.entries.map((e) => e.entity.id));
      if (ids.size !== 1) continue;
      segment.spans.push({ first: i, last: match.last, entity: match.entries[0]!.entity, kind: 'surname' });
      i = match.last;
    }
    segment.spans.sort((a, b) => a.first - b.first);
  }

  const mentions: Mention[] = [];
  for (const segment of segments) {
    for (const span of segment.spans) {
      const start = segment.tokens[span.first]!.start;
      const end = segment.tokens[span.last]!.end;
      const surface = segment.text.slice(start, end);
      if (isUnlinked(overrides, surface, span.entity.id)) continue;
      mentions.push({ field: segment.field, index: segment.index, start, end, surface, entityId: span.entity.id, type: span.entity.type });
    }
  }
  const used = new Set(mentions.map((m) => m.entityId));
  return {
    mentions,
    discovered: [...discovered.values()].filter((e) => used.has(e.id)).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** Adds an alias to a trie whose nodes may be shared with the registry's: copies the path it touches. */
function addAliasCopyOnWrite(root: TrieNode, alias: string, entry: Omit<AliasEntry, 'raw'>): void {
  const tokens = tokenize(alias);
  if (tokens.length === 0) return;
  let node = root;
  for (const token of tokens) {
    const existing = node.next.get(token.key);
    const copy: TrieNode = existing ? { next: new Map(existing.next), entries: [...existing.entries] } : newNode();
    node.next.set(token.key, copy);
    node = copy;
  }
  node.entries.unshift({ ...entry, raw: tokens.map((t) => t.text) });
}
