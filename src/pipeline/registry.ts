// The entity registry: the hand-curated YAML files (content/entities/*.yaml) validated, merged with the
// `world-countries` data, cross-checked, and indexed by folded name key for the linker.
// Pure: the caller reads the files (see registry-files.ts) and passes their texts in.
import slugify from '@sindresorhus/slugify';
import worldCountries, { type Country } from 'world-countries';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { acronymKey, foldKey, isAcronym } from './names.ts';
import { PipelineError, type Entity, type EntityType } from './types.ts';
import { ENTITY_TYPE_NAMES } from './entity-types.ts';
import { isReservedSlug } from './slug.ts';
import { byCodeUnit } from './order.ts';

export interface RegistryFile {
  /** Path as it should appear in error messages, e.g. `content/entities/people.yaml`. */
  path: string;
  text: string;
}

/** How a spelling names its entity. `capital`: a country's capital city, which may stand for the state. */
export type AliasKind = 'name' | 'alias' | 'demonym' | 'metonym' | 'capital';

/** One spelling in the alias index. */
export interface AliasEntry {
  /** `foldKey(text)`: the index key. */
  key: string;
  /** The spelling as the registry gives it. */
  text: string;
  entityId: string;
  type: EntityType;
  kind: AliasKind;
  /** An acronym (`US`, `NYT`): a surface matches only if its `acronymKey` equals this spelling's. */
  acronym: boolean;
  /** Listed under `shared_aliases`, or a package spelling two countries share (`Congolese`): do not link without more context. */
  shared: boolean;
}

export interface Registry {
  /** Every entity by id, in id order. */
  entities: Map<string, Entity>;
  get(id: string): Entity | undefined;
  /** Entities of one type, sorted by id. */
  byType(type: EntityType): Entity[];
  /** Every entity, sorted by id. */
  all(): Entity[];
  /** Entities any of whose spellings folds like `text` (a surface or a key: keys fold to themselves), sorted by id. */
  lookup(text: string): Entity[];
  /** The index entries under `foldKey(text)`, sorted by entity id, kind, spelling. */
  lookupAliases(text: string): AliasEntry[];
  /** `lookupAliases` for a surface as written, keeping acronym entries only where the case agrees (`US` yes, `us` no). */
  lookupSurface(surface: string): AliasEntry[];
  /** The whole alias index: fold key → entries. */
  aliasIndex: ReadonlyMap<string, AliasEntry[]>;
}

// ── schemas ─────────────────────────────────────────────────────────────────
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QID_PATTERN = /^Q[1-9][0-9]*$/;
/** An entity id: lowercase words joined by hyphens, and not a path the site's list pages take (`people/2/`). */
const entityId = z.string().regex(ID_PATTERN).refine((id) => !isReservedSlug(id), { message: 'is the URL of a list page (all digits, or "by-mentions")' });

const stringList = z.array(z.string().trim().min(1));
const line = z.string().trim().min(1).regex(/^[^\n\r]*$/);
const common = {
  id: entityId,
  name: line,
  aliases: stringList.optional(),
  shared_aliases: stringList.optional(),
  wikidata: z.string().regex(QID_PATTERN).optional(),
  description: line.optional(),
};
const countryRef = z.string().min(1);
/** A year, a month or a day: `2019`, `2019-06`, `2019-06-12`. */
const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const partialDate = z.union([z.string(), z.number(), z.date()]).transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value))).pipe(z.string().regex(PARTIAL_DATE));
const officeSchema = z.strictObject({
  title: line,
  country: countryRef.optional(),
  from: partialDate.optional(),
  to: partialDate.optional(),
});
const personSchema = z.strictObject({
  ...common,
  country: countryRef.optional(),
  gender: z.enum(['male', 'female']).optional(),
  offices: z.array(officeSchema).optional(),
});
const organizationSchema = z.strictObject({ ...common, country: countryRef.optional(), seat: countryRef.optional(), parent: z.string().regex(ID_PATTERN).optional() });
// Regions (Central Asia) span several countries, so a place's country is optional too.
const placeSchema = z.strictObject({ ...common, country: countryRef.optional() });
const countrySchema = z.strictObject({
  iso2: z.string().regex(/^[A-Z]{2}$/),
  id: entityId.optional(),
  name: line.optional(),
  aliases: stringList.optional(),
  shared_aliases: stringList.optional(),
  remove_aliases: stringList.optional(),
  demonyms: stringList.optional(),
  metonyms: stringList.optional(),
  wikidata: z.string().regex(QID_PATTERN).optional(),
  description: line.optional(),
  historical: z.boolean().optional(),
  iso3: z.string().regex(/^[A-Z]{3}$/).optional(),
  capital: line.optional(),
  flag: line.optional(),
});
const discoveredSchema = z.strictObject({
  ...common,
  type: z.enum(ENTITY_TYPE_NAMES),
  discovered: z.literal(true).optional(),
  country: countryRef.optional(),
  gender: z.enum(['male', 'female']).optional(),
  parent: z.string().regex(ID_PATTERN).optional(),
  evidence: stringList.optional(),
});

type PersonEntry = z.infer<typeof personSchema>;
type CountryEntry = z.infer<typeof countrySchema>;
type DiscoveredEntry = z.infer<typeof discoveredSchema>;

type FileKind = 'person' | 'organization' | 'place' | 'country' | 'discovered';
const FILE_KINDS: Record<string, FileKind> = {
  people: 'person',
  organizations: 'organization',
  places: 'place',
  countries: 'country',
  discovered: 'discovered',
};

const SCHEMAS: Record<FileKind, z.ZodType> = {
  person: personSchema,
  organization: organizationSchema,
  place: placeSchema,
  country: countrySchema,
  discovered: discoveredSchema,
};

/** What to write instead, per field: the second half of a schema error line. */
function fieldFix(field: string, value: unknown, kind: FileKind): string {
  switch (field) {
    case 'id': {
      const suggestion = typeof value === 'string' ? slugify(value) : '';
      return `"id" must be lowercase ASCII kebab-case (a-z, 0-9, single hyphens)${suggestion ? `, e.g. "${suggestion}"` : ''}`;
    }
    case 'iso2':
      return '"iso2" must be a two-letter ISO 3166-1 code in capitals, e.g. "KZ"';
    case 'iso3':
      return '"iso3" must be a three-letter ISO 3166-1 code in capitals, e.g. "KAZ"';
    case 'name':
    case 'description':
    case 'capital':
    case 'flag':
      return `"${field}" must be a non-empty one-line string`;
    case 'aliases':
    case 'shared_aliases':
    case 'remove_aliases':
    case 'demonyms':
    case 'metonyms':
      return `"${field}" must be a list of strings`;
    case 'wikidata':
      return '"wikidata" must be a Wikidata id such as "Q42", or be left out';
    case 'country':
      return '"country" must be a country id such as "kazakhstan"';
    case 'gender':
      return '"gender" must be "male" or "female", or be left out';
    case 'parent':
      return '"parent" must be the id of the organization this one belongs to, e.g. "united-nations"';
    case 'evidence':
      return '"evidence" must be a list of strings';
    case 'offices':
      return '"offices" must be a list of { title, country?, from?, to? } with dates written 2019, 2019-06 or 2019-06-12';
    case 'historical':
      return '"historical" must be true or false';
    case 'type':
      return '"type" must be one of person, country, organization, place';
    case 'discovered':
      return '"discovered" must be true';
    default:
      return `"${field}" is not a field of ${kind === 'discovered' ? 'discovered entities' : `${kind} entries`}`;
  }
}

// ── entities in the making ──────────────────────────────────────────────────
type Source = 'curated' | 'package';

interface Claim {
  key: string;
  text: string;
  kind: AliasKind;
  source: Source;
  shared: boolean;
}

interface Draft {
  entity: Entity;
  /** Where the entry came from, for error messages (`world-countries` for uncurated countries). */
  file: string;
  label: string;
  claims: Claim[];
  /** Country reference to check once every country is known. */
  countryRef: string | null;
  /** The entry's position, so errors name the later of two clashing entries. */
  order: number;
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

function describeEntry(kind: FileKind, data: Record<string, unknown>, index: number): string {
  const key = kind === 'country' ? (data['id'] ?? data['iso2']) : data['id'];
  return typeof key === 'string' && key.trim() !== '' ? `entry "${key}"` : `entry #${index + 1}`;
}

/** Letters only from the Latin or Cyrillic script: spellings a Latin- or Russian-language article may use. */
function isLatinOrCyrillic(text: string): boolean {
  return [...text.matchAll(/\p{L}/gu)].every(([ch]) => /[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(ch));
}

const KIND_RANK: Record<AliasKind, number> = { name: 0, alias: 1, demonym: 2, metonym: 3, capital: 4 };

function addClaims(claims: Claim[], texts: Iterable<string>, kind: AliasKind, source: Source, shared: ReadonlySet<string> = new Set()): void {
  for (const text of texts) {
    const key = foldKey(text);
    if (key === '') continue;
    claims.push({ key, text, kind, source, shared: shared.has(text) });
  }
}

function fileKindOf(path: string): FileKind {
  const base = path.split(/[\\/]/).pop() ?? path;
  const stem = base.replace(/\.ya?ml$/i, '');
  const kind = FILE_KINDS[stem];
  if (!kind || stem === base) {
    throw new PipelineError(path, 'is not a registry file; name it people.yaml, organizations.yaml, countries.yaml, places.yaml or discovered.yaml');
  }
  return kind;
}

/** Parses one YAML file into its list of raw entries, or throws a one-line error. */
function readEntries(file: RegistryFile): Record<string, unknown>[] {
  const doc = parseDocument(file.text, { uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const first = (error.message.split('\n')[0] ?? error.code).replace(/:$/, '');
    throw new PipelineError(file.path, `YAML syntax error: ${first}; fix the indentation or quoting there`);
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new PipelineError(file.path, 'must be a YAML list of entries, each starting with "- id: ..."');
  return value.map((item: unknown, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new PipelineError(file.path, `entry #${index + 1}: must be a mapping of fields such as "id" and "name"`);
    }
    return item as Record<string, unknown>;
  });
}

function validate<T>(kind: FileKind, file: string, data: Record<string, unknown>, index: number): T {
  const result = SCHEMAS[kind].safeParse(data);
  if (result.success) return result.data as T;
  const label = describeEntry(kind, data, index);
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const field = issue.keys[0] ?? '?';
    throw new PipelineError(file, `${label}: unknown field "${field}"; check its spelling (allowed: ${Object.keys((SCHEMAS[kind] as z.ZodObject).shape).join(', ')})`);
  }
  const field = String(issue.path[0] ?? '');
  if (!(field in data)) throw new PipelineError(file, `${label}: "${field}" is required`);
  throw new PipelineError(file, `${label}: ${fieldFix(field, data[field], kind)}`);
}

function plainEntity(type: EntityType, entry: PersonEntry | DiscoveredEntry, discovered: boolean): Entity {
  const entity: Entity = {
    id: entry.id,
    type,
    name: entry.name,
    aliases: unique([...(entry.aliases ?? []), ...(entry.shared_aliases ?? [])]).filter((a) => a !== entry.name),
    wikidata: entry.wikidata ?? null,
    description: entry.description ?? null,
    country: entry.country ?? null,
    discovered,
  };
  if (entry.gender) entity.gender = entry.gender;
  if ('parent' in entry && entry.parent) entity.parent = entry.parent;
  if ('seat' in entry && typeof entry.seat === 'string') entity.seat = entry.seat;
  if ('evidence' in entry && entry.evidence?.length) entity.evidence = entry.evidence;
  if ('offices' in entry && entry.offices?.length) {
    entity.offices = entry.offices.map((o) => ({ title: o.title, country: o.country ?? null, from: o.from ?? null, to: o.to ?? null }));
  }
  return entity;
}

function plainDraft(type: EntityType, entry: PersonEntry | DiscoveredEntry, file: string, label: string, order: number, discovered: boolean): Draft {
  const entity = plainEntity(type, entry, discovered);
  const shared = new Set(entry.shared_aliases ?? []);
  const claims: Claim[] = [];
  addClaims(claims, [entity.name], 'name', 'curated', shared);
  addClaims(claims, entity.aliases, 'alias', 'curated', shared);
  return { entity, file, label, claims, countryRef: entry.country ?? null, order };
}

const PACKAGE = 'world-countries';

/** A country from the package, with what countries.yaml curates on top. */
function countryDraft(country: Country | null, curated: CountryEntry | null, file: string, order: number): Draft {
  const removed = new Set((curated?.remove_aliases ?? []).map(foldKey));
  const keep = (text: string) => !removed.has(foldKey(text));
  const packageName = country?.name.common ?? null;
  const name = curated?.name ?? packageName ?? '';
  const id = curated?.id ?? slugify(name, { decamelize: false });
  const curatedAliases = [...(curated?.aliases ?? []), ...(curated?.shared_aliases ?? [])];
  const packageAliases = country
    ? [packageName ?? '', country.name.official, ...country.altSpellings].filter((a) => a !== country.cca2 && isLatinOrCyrillic(a) && keep(a))
    : [];
  const curatedDemonyms = curated?.demonyms ?? [];
  // A people in the plural too, where English makes it regularly (`Iraqis`, `Canadians`, `Greeks`); the irregular
  // ones (`Finns`, `Danes`) a curated entry lists.
  const adjectives = country ? unique(Object.values(country.demonyms['eng'] ?? {})) : [];
  const packageDemonyms = [...adjectives, ...adjectives.filter((d) => /^\p{Lu}\p{Ll}+(?:an|i|k)$/u.test(d)).map((d) => `${d}s`)].filter(keep);
  const metonyms = unique(curated?.metonyms ?? []);
  const historical = curated?.historical === true;
  const capitals = curated?.capital ? [curated.capital] : (country?.capital ?? []);

  const entity: Entity = {
    id,
    type: 'country',
    name,
    aliases: unique([...curatedAliases, ...packageAliases]).filter((a) => a !== name),
    wikidata: curated?.wikidata ?? null,
    description: curated?.description ?? null,
    country: null,
    discovered: false,
    iso2: curated?.iso2 ?? country?.cca2,
  };
  const iso3 = curated?.iso3 ?? country?.cca3;
  if (iso3) entity.iso3 = iso3;
  const flag = curated?.flag ?? country?.flag;
  if (flag) entity.flag = flag;
  if (capitals[0]) entity.capital = capitals[0];
  entity.demonyms = unique([...curatedDemonyms, ...packageDemonyms]);
  if (metonyms.length > 0) entity.metonyms = metonyms;
  if (historical) entity.historical = true;

  const shared = new Set(curated?.shared_aliases ?? []);
  const claims: Claim[] = [];
  addClaims(claims, [name], 'name', curated?.name ? 'curated' : 'package', shared);
  addClaims(claims, curatedAliases, 'alias', 'curated', shared);
  addClaims(claims, packageAliases, 'alias', 'package');
  addClaims(claims, curatedDemonyms, 'demonym', 'curated', shared);
  addClaims(claims, packageDemonyms, 'demonym', 'package');
  addClaims(claims, metonyms, 'metonym', 'curated', shared);
  // A historical state's capital stands for its successor now (Moscow is Russia), so it is not indexed.
  if (!historical) addClaims(claims, capitals.filter(keep), 'capital', curated?.capital ? 'curated' : 'package');
  const label = `entry "${curated ? (curated.id ?? curated.iso2) : id}"`;
  return { entity, file: curated ? file : PACKAGE, label, claims, countryRef: null, order };
}

const KIND_WORD: Record<AliasKind, string> = { name: 'name', alias: 'alias', demonym: 'demonym', metonym: 'metonym', capital: 'capital' };

/**
 * Settles spellings that fold alike for two entities of one type. Curated spellings must not clash unless
 * both entries list them under shared_aliases; a curated spelling beats a package one; between package
 * spellings an independent state beats a territory (`American`: the US, not the Northern Mariana Islands),
 * and otherwise both keep it, marked shared (`Congolese`).
 */
function settleClaims(drafts: Draft[]): void {
  const groups = new Map<string, { draft: Draft; claim: Claim }[]>();
  for (const draft of drafts) {
    for (const claim of draft.claims) {
      // Acronyms only ever match their own letters in their own case (`EEU` is not `EU`, though both fold to `eu`).
      const matchKey = isAcronym(claim.text) ? `A\u0000${acronymKey(claim.text)}` : `F\u0000${claim.key}`;
      const groupKey = `${draft.entity.type}\u0000${matchKey}`;
      let group = groups.get(groupKey);
      if (!group) groups.set(groupKey, (group = []));
      group.push({ draft, claim });
    }
  }
  const dropped = new Set<Claim>();
  const independent = new Map(worldCountries.map((c) => [c.cca2, c.independent]));
  for (const group of groups.values()) {
    const owners = unique(group.map((g) => g.draft.entity.id));
    if (owners.length < 2) continue;
    group.sort((a, b) => a.draft.order - b.draft.order);
    const curated = group.filter((g) => g.claim.source === 'curated');
    const curatedOwners = unique(curated.map((g) => g.draft.entity.id));
    if (curatedOwners.length >= 2) {
      const first = curated[0]!;
      const clash = curated.find((g) => g.draft.entity.id !== first.draft.entity.id)!;
      const notShared = curated.filter((g) => g.draft.entity.id === first.draft.entity.id || g.draft.entity.id === clash.draft.entity.id).some((g) => !g.claim.shared);
      if (notShared) {
        throw new PipelineError(
          clash.draft.file,
          `${clash.draft.label}: ${KIND_WORD[clash.claim.kind]} "${clash.claim.text}" is also claimed by ${first.draft.entity.type} "${first.draft.entity.id}" (${first.draft.file}); remove it from one entry, or list it under shared_aliases in both`,
        );
      }
      for (const g of group) if (g.claim.source === 'package') dropped.add(g.claim);
      continue;
    }
    let winners: string[];
    if (curatedOwners.length === 1) {
      winners = curatedOwners;
    } else {
      const sovereign = owners.filter((id) => {
        const iso2 = group.find((g) => g.draft.entity.id === id)?.draft.entity.iso2;
        return iso2 !== undefined && independent.get(iso2) === true;
      });
      winners = sovereign.length === 1 ? sovereign : owners;
    }
    for (const g of group) {
      if (!winners.includes(g.draft.entity.id)) {
        // A name stays the entity's name; it only becomes ambiguous.
        if (g.claim.kind === 'name') g.claim.shared = true;
        else dropped.add(g.claim);
      } else if (winners.length > 1) {
        g.claim.shared = true;
      }
    }
  }
  for (const draft of drafts) {
    const lost = draft.claims.filter((c) => dropped.has(c));
    if (lost.length === 0) continue;
    draft.claims = draft.claims.filter((c) => !dropped.has(c));
    const lostText = (kind: AliasKind) => new Set(lost.filter((c) => c.kind === kind).map((c) => c.text));
    const lostAliases = lostText('alias');
    const lostDemonyms = lostText('demonym');
    draft.entity.aliases = draft.entity.aliases.filter((a) => !lostAliases.has(a) || draft.claims.some((c) => c.text === a && c.kind === 'alias'));
    if (draft.entity.demonyms) {
      draft.entity.demonyms = draft.entity.demonyms.filter((d) => !lostDemonyms.has(d) || draft.claims.some((c) => c.text === d && c.kind === 'demonym'));
    }
  }
}

function buildIndex(drafts: Draft[]): Map<string, AliasEntry[]> {
  const best = new Map<string, AliasEntry>();
  for (const draft of drafts) {
    for (const claim of draft.claims) {
      const entry: AliasEntry = {
        key: claim.key,
        text: claim.text,
        entityId: draft.entity.id,
        type: draft.entity.type,
        kind: claim.kind,
        acronym: isAcronym(claim.text),
        shared: claim.shared,
      };
      // One entry per entity and spelling; the most specific kind wins (Moscow: metonym over capital).
      const id = `${entry.entityId}\u0000${entry.text}`;
      const previous = best.get(id);
      if (!previous || KIND_RANK[entry.kind] < KIND_RANK[previous.kind]) best.set(id, { ...entry, shared: entry.shared || (previous?.shared ?? false) });
      else if (entry.shared) previous.shared = true;
    }
  }
  const index = new Map<string, AliasEntry[]>();
  const sorted = [...best.values()].sort(
    (a, b) => byCodeUnit(a.key, b.key) || byCodeUnit(a.entityId, b.entityId) || KIND_RANK[a.kind] - KIND_RANK[b.kind] || byCodeUnit(a.text, b.text),
  );
  for (const entry of sorted) {
    let bucket = index.get(entry.key);
    if (!bucket) index.set(entry.key, (bucket = []));
    bucket.push(entry);
  }
  return index;
}

/**
 * Validates and merges the registry files (`people.yaml`, `organizations.yaml`, `countries.yaml`,
 * `places.yaml`, and a generated `discovered.yaml` whose entries carry their own `type`).
 * Every `world-countries` country is included, curated or not. Throws `PipelineError` with one line
 * naming the file, the entry and the fix.
 */
export function parseRegistry(files: RegistryFile[]): Registry {
  const ordered = [...files].sort((a, b) => byCodeUnit(a.path, b.path));
  const drafts: Draft[] = [];
  const curatedCountries = new Map<string, { entry: CountryEntry; file: string }>();
  let order = 0;

  for (const file of ordered) {
    const kind = fileKindOf(file.path);
    const entries = readEntries(file);
    entries.forEach((data, index) => {
      if (kind === 'country') {
        const entry = validate<CountryEntry>(kind, file.path, data, index);
        const seen = curatedCountries.get(entry.iso2);
        if (seen) throw new PipelineError(file.path, `${describeEntry(kind, data, index)}: iso2 "${entry.iso2}" is curated twice (also in ${seen.file}); merge the two entries`);
        curatedCountries.set(entry.iso2, { entry, file: file.path });
        return;
      }
      const label = describeEntry(kind, data, index);
      if (kind === 'discovered') {
        const entry = validate<DiscoveredEntry>(kind, file.path, data, index);
        drafts.push(plainDraft(entry.type, entry, file.path, label, order++, true));
      } else {
        const entry = validate<PersonEntry>(kind, file.path, data, index);
        drafts.push(plainDraft(kind, entry, file.path, label, order++, false));
      }
    });
  }

  // Countries: every package country, curated where countries.yaml says so, plus curated historical states.
  const packageByIso2 = new Map(worldCountries.map((c) => [c.cca2, c]));
  const countryDrafts: Draft[] = [];
  for (const [iso2, { entry, file }] of curatedCountries) {
    const label = `entry "${entry.id ?? iso2}"`;
    if (!packageByIso2.has(iso2)) {
      if (entry.historical !== true) {
        throw new PipelineError(file, `${label}: iso2 "${iso2}" is not a country in world-countries; fix the code, or mark a former state historical: true with "id" and "name"`);
      }
      if (!entry.id || !entry.name) throw new PipelineError(file, `${label}: a historical state needs "id" and "name"`);
      countryDrafts.push(countryDraft(null, entry, file, -1));
    }
  }
  for (const country of [...worldCountries].sort((a, b) => byCodeUnit(a.cca2, b.cca2))) {
    const curated = curatedCountries.get(country.cca2);
    countryDrafts.push(countryDraft(country, curated?.entry ?? null, curated?.file ?? PACKAGE, -1));
  }
  // Countries first in the order, so a clash is reported on the people/organization/place entry.
  const all = [...countryDrafts, ...drafts];
  all.forEach((draft, i) => (draft.order = i));

  const byId = new Map<string, Draft>();
  for (const draft of all) {
    const previous = byId.get(draft.entity.id);
    if (previous) {
      throw new PipelineError(draft.file, `${draft.label}: duplicate id "${draft.entity.id}", already used in ${previous.file}; rename one of them`);
    }
    byId.set(draft.entity.id, draft);
  }

  settleClaims(all);
  const aliasIndex = buildIndex(all);

  for (const draft of all) {
    const ref = draft.countryRef;
    if (ref === null || byId.get(ref)?.entity.type === 'country') continue;
    const guess = aliasIndex.get(foldKey(ref))?.find((e) => e.type === 'country')?.entityId ?? [...byId.values()].find((d) => d.entity.iso2 === ref.toUpperCase())?.entity.id;
    const hint = guess ? `did you mean "${guess}"?` : 'use a country id from countries.yaml or world-countries, e.g. "united-states"';
    throw new PipelineError(draft.file, `${draft.label}: "country" is "${ref}", which is not a country id; ${hint}`);
  }

  for (const draft of all) {
    const { parent, offices, seat } = draft.entity;
    if (parent !== undefined && byId.get(parent)?.entity.type !== 'organization') {
      throw new PipelineError(draft.file, `${draft.label}: "parent" is "${parent}", which is not an organization id in the registry`);
    }
    if (seat !== undefined && byId.get(seat)?.entity.type !== 'country') {
      throw new PipelineError(draft.file, `${draft.label}: "seat" is "${seat}", which is not a country id`);
    }
    for (const office of offices ?? []) {
      if (office.country !== null && byId.get(office.country)?.entity.type !== 'country') {
        throw new PipelineError(draft.file, `${draft.label}: office "${office.title}" has country "${office.country}", which is not a country id`);
      }
    }
  }

  const entities = new Map([...byId.values()].map((d) => d.entity).sort((a, b) => byCodeUnit(a.id, b.id)).map((e) => [e.id, e]));
  const everything = [...entities.values()];
  const aliasesOf = (text: string) => aliasIndex.get(foldKey(text)) ?? [];

  return {
    entities,
    get: (id) => entities.get(id),
    byType: (type) => everything.filter((e) => e.type === type),
    all: () => [...everything],
    lookup(text) {
      const ids = unique(aliasesOf(text).map((e) => e.entityId));
      return ids.map((id) => entities.get(id)!);
    },
    lookupAliases: (text) => [...aliasesOf(text)],
    lookupSurface(surface) {
      const key = acronymKey(surface);
      return aliasesOf(surface).filter((e) => !e.acronym || acronymKey(e.text) === key);
    },
    aliasIndex,
  };
}
