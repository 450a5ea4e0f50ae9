// The entity sections of the site: one per entity type (src/pipeline/entity-types.ts), with the
// introduction its index page opens with.
import { ENTITY_TYPES, type EntityType, type EntityTypeInfo } from '../pipeline/entity-types.ts';

export interface Section {
  key: EntityTypeInfo['section'];
  type: EntityType;
  title: string;
  singular: string;
  intro: string;
}

const intros: Record<EntityType, string> = {
  person: 'Everyone named in the articles: officials, experts, journalists and authors.',
  country: 'States named in the articles, including demonyms (“Kazakh”) and metonyms (“the Kremlin”, “Washington”).',
  organization: 'Institutions, companies, media outlets and diplomatic formats named in the articles.',
  place: 'Cities and other places named in the articles.',
};

export const sections: Section[] = ENTITY_TYPES.map(({ type, section, label, plural }) => ({ key: section, type, title: plural, singular: label, intro: intros[type] }));

/** Sections that get index pages: people, countries and organizations always; places only when some are mentioned. */
export function indexedSections(model: { byType(type: EntityType): unknown[] }): Section[] {
  return sections.filter((s) => s.type !== 'place' || model.byType('place').length > 0);
}

export function sectionOf(type: EntityType): Section {
  return sections.find((s) => s.type === type)!;
}
