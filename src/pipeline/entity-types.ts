// The kinds of entity Dossier links, in one table every layer reads: the annotator (MDX tag names,
// registry schemas), the site (URL sections, labels, headings) and the JSON API. Adding a kind here
// is the first step; the compiler then points at every `Record<EntityType, …>` that must learn it.

export const ENTITY_TYPE_NAMES = ['person', 'country', 'organization', 'place'] as const;

export type EntityType = (typeof ENTITY_TYPE_NAMES)[number];

export interface EntityTypeInfo {
  type: EntityType;
  /** The MDX tag of a mention: `<Person id="…">`. */
  tag: string;
  /** The URL section of its pages: `people/kassym-jomart-tokayev/`. */
  section: 'people' | 'countries' | 'organizations' | 'places';
  /** One of them, as a label: `Person`. */
  label: string;
  /** Many of them, as a heading: `People`. */
  plural: string;
}

export const ENTITY_TYPES: readonly EntityTypeInfo[] = [
  { type: 'person', tag: 'Person', section: 'people', label: 'Person', plural: 'People' },
  { type: 'country', tag: 'Country', section: 'countries', label: 'Country', plural: 'Countries' },
  { type: 'organization', tag: 'Org', section: 'organizations', label: 'Organization', plural: 'Organizations' },
  { type: 'place', tag: 'Place', section: 'places', label: 'Place', plural: 'Places' },
];

const byType = new Map(ENTITY_TYPES.map((info) => [info.type, info]));
const byTag = new Map(ENTITY_TYPES.map((info) => [info.tag, info.type]));

export function entityTypeInfo(type: EntityType): EntityTypeInfo {
  return byType.get(type)!;
}

/** The MDX tag of a type: `Org` for organization. */
export function tagOfType(type: EntityType): string {
  return byType.get(type)!.tag;
}

/** The type an MDX tag stands for, or undefined when it is not an entity tag (`Quote`). */
export function typeOfTag(tag: string): EntityType | undefined {
  return byTag.get(tag);
}

/** One empty list per type, for tallies kept by type. */
export function listsByType<T>(): Record<EntityType, T[]> {
  return Object.fromEntries(ENTITY_TYPE_NAMES.map((type) => [type, [] as T[]])) as Record<EntityType, T[]>;
}
