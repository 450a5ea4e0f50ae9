import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistryFiles } from '../src/pipeline/registry-files.ts';
import { parseRegistry, type Registry, type RegistryFile } from '../src/pipeline/registry.ts';
import { PipelineError, type EntityType } from '../src/pipeline/types.ts';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'registry');

/** A fixture folder's files, named as they would be in the project so messages read the same. */
function fixture(name: string): RegistryFile[] {
  return loadRegistryFiles(join(FIXTURES, name)).map((f) => ({ path: `content/entities/${basename(f.path)}`, text: f.text }));
}

function errorOf(files: RegistryFile[]): string {
  try {
    parseRegistry(files);
  } catch (error) {
    expect(error).toBeInstanceOf(PipelineError);
    const message = (error as PipelineError).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected parseRegistry to throw');
}

describe('the real registry (content/entities)', () => {
  const registry = parseRegistry(loadRegistryFiles(join(ROOT, 'content', 'entities')));

  it('loads, with every world-countries country and the curated entries', () => {
    expect(registry.byType('country').length).toBeGreaterThanOrEqual(250);
    expect(registry.byType('person').length).toBeGreaterThanOrEqual(30);
    expect(registry.byType('organization').length).toBeGreaterThanOrEqual(30);
    expect(registry.byType('place').length).toBeGreaterThanOrEqual(15);
    const ids = registry.all().map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('merges curated country data over the package', () => {
    const us = registry.get('united-states')!;
    expect(us).toMatchObject({ name: 'United States', iso2: 'US', iso3: 'USA', flag: '🇺🇸', wikidata: 'Q30' });
    expect(us.aliases).toEqual(expect.arrayContaining(['U.S.', 'US', 'America', 'United States of America']));
    expect(us.demonyms).toContain('American');
    expect(us.metonyms).toEqual(expect.arrayContaining(['Washington', 'White House']));
    const turkey = registry.get('turkey')!;
    expect(turkey.name).toBe('Turkey');
    expect(turkey.aliases).toContain('Türkiye');
    expect(registry.get('soviet-union')).toMatchObject({ historical: true, iso2: 'SU', demonyms: ['Soviet'], wikidata: 'Q15180' });
    expect(registry.get('kazakhstan')?.demonyms).toEqual(expect.arrayContaining(['Kazakh', 'Kazakhstani']));
    // Package countries nobody curated are there too, from the package alone.
    expect(registry.get('peru')).toMatchObject({ name: 'Peru', iso2: 'PE', capital: 'Lima', wikidata: null });
    // With their people in the plural where English makes it regularly (collection 66 session), and only there.
    expect(registry.get('iraq')?.demonyms).toEqual(expect.arrayContaining(['Iraqi', 'Iraqis']));
    expect(registry.get('greece')?.demonyms).toEqual(expect.arrayContaining(['Greek', 'Greeks']));
    expect(registry.get('finland')?.demonyms).toEqual(['Finnish']);
  });

  it('settles package spellings two countries share', () => {
    // "American" is also the package demonym of the Northern Mariana Islands; the curated US keeps it.
    expect(registry.lookupSurface('American').map((e) => e.entityId)).toEqual(['united-states']);
    expect(registry.get('northern-mariana-islands')?.demonyms).not.toContain('American');
    // Two states, neither curated: both keep it, marked shared.
    const congolese = registry.lookupSurface('Congolese');
    expect(congolese.map((e) => e.entityId)).toEqual(['dr-congo', 'republic-of-the-congo']);
    expect(congolese.every((e) => e.shared)).toBe(true);
    // remove_aliases keeps ordinary words out.
    expect(registry.lookup('island')).toEqual([]);
    expect(registry.get('iceland')?.aliases).not.toContain('Island');
  });

  it('marks each spelling with its kind, so a capital is both a metonym and a place', () => {
    const washington = registry.lookupSurface('Washington').map((e) => `${e.entityId}:${e.kind}`);
    expect(washington).toEqual(['united-states:metonym', 'washington-dc:alias']);
    expect(registry.lookupSurface('Moscow').map((e) => `${e.entityId}:${e.kind}`)).toEqual(['moscow:name', 'russia:metonym']);
    expect(registry.lookupSurface('Kazakh').map((e) => `${e.entityId}:${e.kind}`)).toEqual(['kazakhstan:demonym']);
    expect(registry.lookupSurface('Lima').map((e) => `${e.entityId}:${e.kind}`)).toEqual(['peru:capital']);
  });

  it('acronyms match only in their own case', () => {
    expect(registry.lookupSurface('US').map((e) => e.entityId)).toContain('united-states');
    expect(registry.lookupSurface('U.S.').map((e) => e.entityId)).toContain('united-states');
    expect(registry.lookupSurface('us')).toEqual([]);
    expect(registry.lookup('us').map((e) => e.id)).toContain('united-states');
    // Doubled vowels are kept in keys (names.ts), so `EEU` and `EU` no longer even share one.
    expect(registry.lookup('EU').map((e) => e.id)).toEqual(['european-union']);
    expect(new Set(registry.lookupSurface('EU').map((e) => e.entityId))).toEqual(new Set(['european-union']));
    expect(new Set(registry.lookupSurface('EEU').map((e) => e.entityId))).toEqual(new Set(['eurasian-economic-union']));
  });

  it('does not list an ambiguous bare surname', () => {
    expect(registry.lookup('Berdimuhamedow')).toEqual([]);
    expect(registry.lookup('Serdar Berdymukhamedov').map((e) => e.id)).toEqual(['serdar-berdimuhamedow']);
  });

  it('every country reference resolves, and descriptions are one line', () => {
    for (const entity of registry.all()) {
      if (entity.country !== null) expect(registry.get(entity.country)?.type, entity.id).toBe('country');
      if (entity.description !== null) expect(entity.description).not.toMatch(/\n/);
      // Cities and facilities lie in one country; only regions spanning several (Central Asia) have none.
      if (entity.type === 'place' && entity.country === null) expect(entity.description, entity.id).toMatch(/^(?:Region|Continent|Inland sea)\b/);
    }
  });

  it('is deterministic', () => {
    const again = parseRegistry([...loadRegistryFiles(join(ROOT, 'content', 'entities'))].reverse());
    expect(JSON.stringify(again.all())).toBe(JSON.stringify(registry.all()));
    expect(JSON.stringify([...again.aliasIndex])).toBe(JSON.stringify([...registry.aliasIndex]));
  });

  describe('recall floor: every gold entity is findable by every gold surface', () => {
    const goldPath = [join(ROOT, '..', 'shared', 'gold', 'seeds.json'), join(ROOT, 'tests', 'fixtures', 'gold', 'seeds.json')].find((p) => existsSync(p));
    if (!goldPath) throw new Error('gold/seeds.json not found');
    type GoldType = 'people' | 'countries' | 'organizations';
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Record<string, Record<GoldType, Record<string, string[]>>>;
    const TYPE_OF: Record<GoldType, EntityType> = { people: 'person', countries: 'country', organizations: 'organization' };
    // NOTES.md: titles are not part of the name; possessives are dropped.
    const bare = (surface: string) => surface.replace(/^(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|President|Professor|Senator|Secretary)\s+/u, '').replace(/['’]s$/u, '');

    const byName = (r: Registry, type: EntityType, name: string) => r.byType(type).find((e) => e.name === name);
    for (const [seed, types] of Object.entries(gold)) {
      for (const goldType of Object.keys(TYPE_OF) as GoldType[]) {
        for (const [canonical, surfaces] of Object.entries(types[goldType] ?? {})) {
          it(`${seed.slice(0, 3)} ${goldType}: ${canonical}`, () => {
            const entity = byName(registry, TYPE_OF[goldType], canonical);
            expect(entity, `no ${TYPE_OF[goldType]} named "${canonical}"`).toBeDefined();
            for (const surface of surfaces) {
              const found = registry.lookupSurface(bare(surface)).filter((e) => e.type === TYPE_OF[goldType]).map((e) => e.entityId);
              expect(found, `"${surface}"`).toContain(entity!.id);
            }
          });
        }
      }
    }
  });
});

describe('parseRegistry on fixtures', () => {
  it('reads a small valid registry: shared aliases, discovered entities, curated and historical countries', () => {
    const registry = parseRegistry(fixture('valid'));
    expect(registry.get('chinara-esengul')).toMatchObject({ type: 'person', discovered: true });
    expect(registry.get('kassym-jomart-tokayev')).toMatchObject({ discovered: false, country: 'kazakhstan', wikidata: 'Q12345' });
    const berdi = registry.lookupAliases('Berdimuhamedow');
    expect(berdi.map((e) => `${e.entityId}:${e.shared}`)).toEqual(['gurbanguly-berdimuhamedow:true', 'serdar-berdimuhamedow:true']);
    expect(registry.get('serdar-berdimuhamedow')?.aliases).toEqual(['Berdimuhamedow']);
    expect(registry.get('turkey')?.aliases).toContain('Türkiye');
    expect(registry.get('soviet-union')).toMatchObject({ historical: true, capital: 'Moscow', demonyms: ['Soviet'] });
    // A historical state's capital does not stand for it.
    expect(registry.lookup('Moscow').map((e) => e.id)).toEqual(['russia']);
    expect(registry.lookup('Касым-Жомарт Токаев').map((e) => e.id)).toEqual(['kassym-jomart-tokayev']);
    expect(registry.byType('place').map((e) => e.id)).toEqual(['washington-dc']);
  });

  it('loadRegistryFiles reads YAML files in sorted order', () => {
    expect(loadRegistryFiles(join(FIXTURES, 'valid')).map((f) => basename(f.path))).toEqual([
      'countries.yaml',
      'discovered.yaml',
      'organizations.yaml',
      'people.yaml',
      'places.yaml',
    ]);
  });

  const cases: [string, string][] = [
    ['syntax-error', 'content/entities/people.yaml: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] at line 4, column 1; fix the indentation or quoting there'],
    ['aliases-not-list', 'content/entities/people.yaml: entry "donald-trump": "aliases" must be a list of strings'],
    ['missing-name', 'content/entities/organizations.yaml: entry "boeing": "name" is required'],
    ['unknown-field', 'content/entities/people.yaml: entry "donald-trump": unknown field "alias"; check its spelling (allowed: id, name, aliases, shared_aliases, wikidata, description, country, gender, offices)'],
    ['bad-gender', 'content/entities/people.yaml: entry "kamala-harris": "gender" must be "male" or "female", or be left out'],
    ['bad-wikidata', 'content/entities/people.yaml: entry "donald-trump": "wikidata" must be a Wikidata id such as "Q42", or be left out'],
    ['not-a-list', 'content/entities/places.yaml: must be a YAML list of entries, each starting with "- id: ..."'],
    ['malformed-id', 'content/entities/people.yaml: entry "Donald_Trump": "id" must be lowercase ASCII kebab-case (a-z, 0-9, single hyphens), e.g. "donald-trump"'],
    ['duplicate-id', 'content/entities/people.yaml: entry "boeing": duplicate id "boeing", already used in content/entities/organizations.yaml; rename one of them'],
    [
      'alias-clash',
      'content/entities/people.yaml: entry "gurbanguly-berdimuhamedow": alias "Berdymukhamedov" is also claimed by person "serdar-berdimuhamedow" (content/entities/people.yaml); remove it from one entry, or list it under shared_aliases in both',
    ],
    [
      'alias-shared-one-side',
      'content/entities/people.yaml: entry "gurbanguly-berdimuhamedow": alias "Berdimuhamedow" is also claimed by person "serdar-berdimuhamedow" (content/entities/people.yaml); remove it from one entry, or list it under shared_aliases in both',
    ],
    ['bad-country', 'content/entities/places.yaml: entry "almaty": "country" is "Kazakhstan", which is not a country id; did you mean "kazakhstan"?'],
    ['unknown-country', 'content/entities/organizations.yaml: entry "peace-nexus-foundation": "country" is "atlantis", which is not a country id; use a country id from countries.yaml or world-countries, e.g. "united-states"'],
    ['unknown-seat', 'content/entities/organizations.yaml: entry "steppe-embassy-in-atlantis": "seat" is "atlantis", which is not a country id'],
    ['unknown-iso2', 'content/entities/countries.yaml: entry "YU": iso2 "YU" is not a country in world-countries; fix the code, or mark a former state historical: true with "id" and "name"'],
    [
      'country-clash',
      'content/entities/countries.yaml: entry "MN": demonym "Steppe people" is also claimed by country "kazakhstan" (content/entities/countries.yaml); remove it from one entry, or list it under shared_aliases in both',
    ],
    ['bad-filename', 'content/entities/persons.yaml: is not a registry file; name it people.yaml, organizations.yaml, countries.yaml, places.yaml or discovered.yaml'],
  ];
  for (const [name, expected] of cases) {
    it(`error: ${name}`, () => expect(errorOf(fixture(name))).toBe(expected));
  }

  it('a discovered entity needs its type', () => {
    const files = [{ path: 'content/entities/discovered.yaml', text: '- id: x-y\n  name: X Y\n  discovered: true\n' }];
    expect(errorOf(files)).toBe('content/entities/discovered.yaml: entry "x-y": "type" is required');
  });
});
