// Edits of the hand-curated registry behind `npm run entity`: promote a discovered entity, merge one entity
// into another. Pure: registry file texts in, changed texts out. Edits go through the yaml Document API, so
// comments, field order and flow lists (`aliases: [A, B]`) survive; only the touched entries change.
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseRegistry, type Registry } from './registry.ts';
import { PipelineError, type Entity, type EntityType } from './types.ts';

/** Registry file name (`people.yaml`, …, `discovered.yaml`) → its text. */
export type RegistryTexts = ReadonlyMap<string, string>;

export interface RegistryEdit {
  /** Only the files whose text changed: file name → new text. */
  files: Map<string, string>;
  /** One line saying what was done, for the terminal. */
  summary: string;
}

/** A refused edit; the message is one line a maintainer can act on. */
export class RegistryEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegistryEditError';
  }
}

export const CURATED_FILE: Readonly<Record<Exclude<EntityType, 'country'>, string>> = {
  person: 'people.yaml',
  organization: 'organizations.yaml',
  place: 'places.yaml',
};
export const DISCOVERED_FILE = 'discovered.yaml';
const REGISTRY_DIR = 'content/entities';

// Exactly how the hand-edited files are written: no padding inside `[...]`, no re-wrapping of long lines.
const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

function parseAll(texts: RegistryTexts): Registry {
  return parseRegistry([...texts].map(([name, text]) => ({ path: `${REGISTRY_DIR}/${name}`, text })));
}

/** The registry as the edit leaves it must still parse; otherwise nothing is written. */
function validateAfter(texts: RegistryTexts, files: Map<string, string>): void {
  const merged = new Map(texts);
  for (const [name, text] of files) merged.set(name, text);
  try {
    parseAll(merged);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new RegistryEditError(`the edit would leave the registry invalid, so nothing was changed: ${message}`);
  }
}

function loadRegistry(texts: RegistryTexts): Registry {
  try {
    return parseAll(texts);
  } catch (error) {
    if (error instanceof PipelineError) throw new RegistryEditError(`fix the registry first: ${error.message}`);
    throw error;
  }
}

function openDocument(name: string, text: string | undefined): Document.Parsed {
  const doc = parseDocument(text ?? '');
  if (doc.errors.length > 0) throw new RegistryEditError(`${REGISTRY_DIR}/${name}: YAML syntax error; fix it first`);
  return doc;
}

function entries(doc: Document): YAMLSeq<YAMLMap> {
  if (doc.contents === null) doc.contents = doc.createNode([]) as never;
  if (!isSeq(doc.contents)) throw new RegistryEditError('a registry file must be a YAML list of entries');
  return doc.contents as YAMLSeq<YAMLMap>;
}

function findEntry(doc: Document, id: string): { seq: YAMLSeq<YAMLMap>; index: number; node: YAMLMap } | null {
  if (doc.contents === null) return null;
  const seq = entries(doc);
  const index = seq.items.findIndex((item) => isMap(item) && item.get('id') === id);
  return index < 0 ? null : { seq, index, node: seq.items[index]! };
}

/**
 * Removes an entry. A comment above it (often a section heading such as `# ── United States ──`) and the
 * blank line before it move to the next entry, or to the end of the list, so they are not lost.
 */
function removeEntry(seq: YAMLSeq<YAMLMap>, index: number): void {
  const [removed] = seq.items.splice(index, 1);
  if (!removed?.commentBefore) return;
  const next = seq.items[index];
  if (next) {
    next.commentBefore = next.commentBefore ? `${removed.commentBefore}\n${next.commentBefore}` : removed.commentBefore;
    next.spaceBefore = next.spaceBefore || removed.spaceBefore;
  } else {
    seq.comment = seq.comment ? `${removed.commentBefore}\n${seq.comment}` : removed.commentBefore;
  }
}

function flowList(doc: Document, values: string[]): YAMLSeq {
  const node = doc.createNode(values) as YAMLSeq;
  node.flow = true;
  return node;
}

/** Appends an entry at the end of the list, after a blank line, the way the hand-edited entries are laid out. */
function appendEntry(doc: Document, fields: Record<string, unknown>): void {
  const seq = entries(doc);
  const node = doc.createNode({}) as YAMLMap;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    node.set(key, Array.isArray(value) ? flowList(doc, value as string[]) : value);
  }
  node.spaceBefore = seq.items.length > 0;
  seq.items.push(node);
}

function stringList(node: YAMLMap, key: string): string[] {
  const value = node.get(key);
  return isSeq(value) ? value.items.map((item) => String(isScalar(item) ? item.value : item)) : [];
}

/** Adds spellings to a list field, creating it (as a flow list, right after `name`) when absent. */
function addToList(doc: Document, node: YAMLMap, key: string, values: string[]): string[] {
  const existing = node.get(key);
  if (values.length === 0) return [];
  if (isSeq(existing)) {
    for (const value of values) existing.add(doc.createNode(value));
    return values;
  }
  const at = node.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === 'name');
  node.items.splice(at < 0 ? node.items.length : at + 1, 0, doc.createPair(key, flowList(doc, values)));
  return values;
}

/**
 * The document as text. The yaml printer writes an inline comment one space after its value; each comment
 * is given back the spacing it was written with (`aliases: [A]  # note` keeps its two spaces).
 */
function render(doc: Document, original: string): string {
  const INLINE_COMMENT = /^(.*?\S)(\s+)(#.*)$/u;
  const spacing = new Map<string, string>();
  for (const line of original.split('\n')) {
    const match = INLINE_COMMENT.exec(line);
    if (match && !match[1]!.trimStart().startsWith('#')) spacing.set(match[3]!, match[2]!);
  }
  return doc
    .toString(STRINGIFY)
    .split('\n')
    .map((line) => {
      const match = INLINE_COMMENT.exec(line);
      const written = match ? spacing.get(match[3]!) : undefined;
      return match && written !== undefined ? `${match[1]}${written}${match[3]}` : line;
    })
    .join('\n');
}

function where(entity: Entity): string {
  return entity.discovered ? DISCOVERED_FILE : entity.type === 'country' ? 'countries.yaml' : CURATED_FILE[entity.type];
}

function requireEntity(registry: Registry, id: string): Entity {
  const entity = registry.get(id);
  if (!entity) {
    const near = registry.all().filter((e) => e.type !== 'country' && (e.id.includes(id) || id.includes(e.id))).slice(0, 3).map((e) => e.id);
    throw new RegistryEditError(`unknown id "${id}"${near.length > 0 ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '; ids are listed in content/entities/*.yaml'}`);
  }
  return entity;
}

/** Moves a discovered entity, with its aliases, from discovered.yaml to the curated file of its type. */
export function promoteEntity(texts: RegistryTexts, id: string): RegistryEdit {
  const registry = loadRegistry(texts);
  const entity = requireEntity(registry, id);
  if (!entity.discovered) throw new RegistryEditError(`"${id}" is already curated in ${where(entity)}; nothing to promote`);
  if (entity.type === 'country') throw new RegistryEditError(`"${id}" is a country; curate countries in countries.yaml by iso2`);
  const target = CURATED_FILE[entity.type];

  const discovered = openDocument(DISCOVERED_FILE, texts.get(DISCOVERED_FILE));
  const found = findEntry(discovered, id);
  if (!found) throw new RegistryEditError(`"${id}" is not in ${DISCOVERED_FILE}`);
  const curated = openDocument(target, texts.get(target));
  appendEntry(curated, {
    id,
    name: entity.name,
    aliases: entity.aliases.length > 0 ? [...entity.aliases] : undefined,
    country: entity.country ?? undefined,
    gender: entity.gender,
  });
  removeEntry(found.seq, found.index);

  const files = new Map([
    [target, render(curated, texts.get(target) ?? '')],
    [DISCOVERED_FILE, render(discovered, texts.get(DISCOVERED_FILE) ?? '')],
  ]);
  validateAfter(texts, files);
  const aliases = entity.aliases.length > 0 ? ` with ${entity.aliases.length} alias${entity.aliases.length === 1 ? '' : 'es'}` : '';
  return { files, summary: `promoted ${entity.type} "${id}" (${entity.name})${aliases} to ${target}` };
}

/** Fields copied from the merged entry when the surviving one lacks them. */
const FILLED_FIELDS = ['wikidata', 'description', 'country', 'gender'] as const;
/** The order the hand-edited files list fields in; a copied field is put in its place. */
const FIELD_ORDER = ['id', 'name', 'aliases', 'shared_aliases', ...FILLED_FIELDS];

function setInOrder(doc: Document, node: YAMLMap, key: string, value: unknown): void {
  const rank = FIELD_ORDER.indexOf(key);
  const before = node.items.findIndex((pair) => isScalar(pair.key) && FIELD_ORDER.indexOf(String(pair.key.value)) > rank);
  const pair = doc.createPair(key, value);
  if (before < 0) node.items.push(pair);
  else node.items.splice(before, 0, pair);
}

/**
 * Makes `from` a spelling of `into`: its name and aliases are appended to `into`'s aliases, and `from`'s
 * entry is removed. Countries are refused: other entries reference countries by id.
 */
export function mergeEntities(texts: RegistryTexts, from: string, into: string): RegistryEdit {
  if (from === into) throw new RegistryEditError(`cannot merge "${from}" into itself`);
  const registry = loadRegistry(texts);
  const source = requireEntity(registry, from);
  const target = requireEntity(registry, into);
  if (source.type !== target.type) {
    throw new RegistryEditError(`cannot merge ${source.type} "${from}" into ${target.type} "${into}": both must be of one type`);
  }
  const type = target.type;
  if (type === 'country') {
    throw new RegistryEditError(`countries cannot be merged ("${from}", "${into}"): entries reference them by id; add the spelling to aliases in countries.yaml instead`);
  }
  if (target.discovered) throw new RegistryEditError(`"${into}" is only discovered; promote it first: npm run entity -- promote ${into}`);

  const targetFile = CURATED_FILE[type];
  const sourceFile = source.discovered ? DISCOVERED_FILE : CURATED_FILE[type];
  const docs = new Map<string, Document.Parsed>();
  const doc = (name: string) => {
    let d = docs.get(name);
    if (!d) docs.set(name, (d = openDocument(name, texts.get(name))));
    return d;
  };
  const sourceEntry = findEntry(doc(sourceFile), from);
  const targetEntry = findEntry(doc(targetFile), into);
  if (!sourceEntry) throw new RegistryEditError(`"${from}" is not in ${sourceFile}`);
  if (!targetEntry) throw new RegistryEditError(`"${into}" is not in ${targetFile}`);

  const node = targetEntry.node;
  const known = new Set([String(node.get('name')), ...stringList(node, 'aliases'), ...stringList(node, 'shared_aliases')]);
  const fresh = (values: string[]) => {
    const kept = values.filter((v) => !known.has(v));
    for (const v of kept) known.add(v);
    return kept;
  };
  const added = addToList(doc(targetFile), node, 'aliases', fresh([String(sourceEntry.node.get('name')), ...stringList(sourceEntry.node, 'aliases')]));
  // A spelling `from` shared with a third entity stays shared on the survivor.
  const shared = addToList(doc(targetFile), node, 'shared_aliases', fresh(stringList(sourceEntry.node, 'shared_aliases')));
  const filled: string[] = [];
  for (const field of FILLED_FIELDS) {
    const value = sourceEntry.node.get(field);
    if (value !== undefined && !node.has(field)) {
      setInOrder(doc(targetFile), node, field, value);
      filled.push(field);
    }
  }
  removeEntry(sourceEntry.seq, sourceEntry.index);

  const files = new Map([...docs].map(([name, d]) => [name, render(d, texts.get(name) ?? '')]));
  for (const [name, text] of files) if (texts.get(name) === text) files.delete(name);
  validateAfter(texts, files);
  const spellings = [...added, ...shared];
  return {
    files,
    summary:
      `merged ${source.type} "${from}" into "${into}" (${targetFile}): ` +
      `${spellings.length > 0 ? `added ${spellings.map((s) => `"${s}"`).join(', ')}` : 'no new spellings'}` +
      `${filled.length > 0 ? `; copied ${filled.join(', ')}` : ''}; removed "${from}" from ${sourceFile}`,
  };
}

/** A sidecar (seeds/<name>.meta.yaml) with `entity: <from>` rewritten to `<into>`; null when it names `from` nowhere. */
export function renameEntityInOverrides(text: string, from: string, into: string): string | null {
  const doc = parseDocument(text);
  let changed = false;
  for (const key of ['link', 'unlink']) {
    const rules = doc.get(key);
    if (!isSeq(rules)) continue;
    for (const rule of rules.items) {
      if (isMap(rule) && rule.get('entity') === from) {
        rule.set('entity', into);
        changed = true;
      }
    }
  }
  return changed ? render(doc, text) : null;
}
