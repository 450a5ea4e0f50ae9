// Sidecar corrections: seeds/<name>.meta.yaml overrides any extracted field without editing the raw seed.
import { parse } from 'yaml';
import { z } from 'zod';
import { isoDateSchema } from './iso-date.ts';
import { PipelineError, type SeedOverrides } from './types.ts';


const schema = z
  .object({
    title: z.string().trim().min(1).optional(),
    date: isoDateSchema.nullable().optional(),
    source: z.string().trim().min(1).nullable().optional(),
    byline: z.string().trim().min(1).nullable().optional(),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be lower-case ASCII words joined by hyphens')
      .optional(),
    unlink: z.array(z.object({ surface: z.string().min(1), entity: z.string().min(1).optional() }).strict()).optional(),
    link: z.array(z.object({ surface: z.string().min(1), entity: z.string().min(1) }).strict()).optional(),
  })
  .strict();

/** Parses and validates a sidecar; `file` is the path shown in errors. */
export function parseOverrides(file: string, text: string): SeedOverrides {
  let data: unknown;
  try {
    data = parse(text) ?? {};
  } catch (error) {
    // The yaml package's message ends "…at line 2, column 1:" followed by a code excerpt: keep one line.
    const message = (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)).replace(/:$/, '');
    throw new PipelineError(file, `is not valid YAML: ${message}; fix the indentation or quoting there (quote a value that contains ": ", "#", "[" or "{")`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the file';
    const hint = issue.code === 'unrecognized_keys' ? ` (allowed: title, date, source, byline, slug, unlink, link)` : '';
    throw new PipelineError(file, `${where} ${issue.message}${hint}`);
  }
  // zod's output type has `| undefined` on optional keys; drop them so the type is exact.
  return Object.fromEntries(Object.entries(result.data).filter(([, v]) => v !== undefined)) as SeedOverrides;
}

/** Entity ids named by a sidecar must exist. */
export function checkOverrideEntities(file: string, overrides: SeedOverrides, has: (id: string) => boolean): void {
  for (const rule of [...(overrides.link ?? []), ...(overrides.unlink ?? [])]) {
    if (rule.entity !== undefined && !has(rule.entity)) {
      throw new PipelineError(file, `entity "${rule.entity}" (for "${rule.surface}") is not in the registry; use an id from content/entities/`);
    }
  }
}
