// Schemas of what the site reads: article frontmatter (as written by the serializer),
// the stored article entries and the registry entities. Errors are reported as
// `<file>: <path>: <message>` lines so a maintainer knows where to look.

import { z } from 'zod';
import { ENTITY_TYPE_NAMES } from '../pipeline/entity-types.ts';
import { isoDateSchema } from '../pipeline/iso-date.ts';

const entityType = z.enum(ENTITY_TYPE_NAMES);
const field = z.enum(['body', 'title', 'byline', 'caption', 'credit', 'source']);

export const frontmatterSchema = z.object({
  title: z.string().min(1),
  titleGenerated: z.boolean(),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase ASCII slug'),
  date: isoDateSchema.nullable(),
  dateText: z.string().nullable(),
  source: z.string().nullable(),
  byline: z.string().nullable(),
  bylineText: z.string().nullable(),
  dateline: z.string().nullable(),
  seed: z.string().min(1),
  captions: z.array(z.object({ text: z.string(), credit: z.string().nullable(), line: z.number().int() })),
  entities: z.array(
    z.object({ id: z.string().min(1), type: entityType, name: z.string(), mentions: z.number().int().nonnegative(), surfaces: z.array(z.string()) }),
  ),
  quotes: z.array(z.object({ speaker: z.string().nullable(), text: z.string(), cue: z.string().nullable() })),
  metaMentions: z.array(
    z.object({
      field,
      index: z.number().int().nonnegative(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      surface: z.string(),
      entityId: z.string(),
      type: entityType,
    }),
  ),
  missing: z.array(z.string()),
  removed: z.array(z.object({ line: z.number().int(), text: z.string(), reason: z.string() })),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** A stored article entry (StoredArticle in article.ts): the metadata of one article. */
export const articleEntrySchema = z.object({
  slug: z.string(),
  title: z.string(),
  titleGenerated: z.boolean(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  byline: z.string().nullable(),
  seed: z.string(),
});

export const entityEntrySchema = z.object({
  id: z.string(),
  type: entityType,
  name: z.string(),
  aliases: z.array(z.string()),
  wikidata: z.string().nullable(),
  description: z.string().nullable(),
  country: z.string().nullable(),
  discovered: z.boolean(),
  gender: z.enum(['female', 'male']).optional(),
  iso2: z.string().optional(),
  iso3: z.string().optional(),
  flag: z.string().optional(),
  capital: z.string().optional(),
  demonyms: z.array(z.string()).optional(),
  metonyms: z.array(z.string()).optional(),
  historical: z.boolean().optional(),
});

/** The frontmatter, validated; or `<file>: frontmatter <path>: <message>` for every problem. */
export function checkFrontmatter(file: string, data: unknown): { ok: true; frontmatter: Frontmatter } | { ok: false; problems: string } {
  const result = frontmatterSchema.safeParse(data);
  if (result.success) return { ok: true, frontmatter: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => `${file}: frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n') };
}
