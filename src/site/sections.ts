// The entity sections of the site: URL segment, titles, and which type they hold.
import type { EntityType } from '../pipeline/types.ts';

export interface Section {
  key: 'people' | 'countries' | 'organizations' | 'places';
  type: EntityType;
  title: string;
  singular: string;
  intro: string;
}

export const sections: Section[] = [
  { key: 'people', type: 'person', title: 'People', singular: 'Person', intro: 'Everyone named in the articles: officials, experts, journalists and authors.' },
  { key: 'countries', type: 'country', title: 'Countries', singular: 'Country', intro: 'States named in the articles, including demonyms (“Kazakh”) and metonyms (“the Kremlin”, “Washington”).' },
  { key: 'organizations', type: 'organization', title: 'Organizations', singular: 'Organization', intro: 'Institutions, companies, media outlets and diplomatic formats named in the articles.' },
  { key: 'places', type: 'place', title: 'Places', singular: 'Place', intro: 'Cities and other places named in the articles.' },
];

/** Sections that get index pages: people, countries and organizations always; places only when some are mentioned. */
export function indexedSections(model: { byType(type: EntityType): unknown[] }): Section[] {
  return sections.filter((s) => s.type !== 'place' || model.byType('place').length > 0);
}

export function sectionOf(type: EntityType): Section {
  return sections.find((s) => s.type === type)!;
}
