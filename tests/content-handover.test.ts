// The build's hand-off (src/content-gate.ts): what the annotator hands the content loaders while it
// works must be exactly what they would read back from the content/ it writes, and is checked the same.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Handover, type HandedFile } from '../src/content-gate.ts';
import type { Entity } from '../src/pipeline/types.ts';
import { annotateArticles, articlePathOf, discoveredYaml } from '../src/pipeline/annotate.ts';
import { readContent, receiveAnnotated } from '../src/site/content.ts';
import { readRegistryWith } from '../src/site/registry-read.ts';
import { loadCuratedEntities, readSeeds } from '../scripts/lib/project.ts';

const ROOT = join(import.meta.dirname, '..');

/**
 * The seeds annotated as the build's worker does it (scripts/lib/annotate-worker.ts), into a handover;
 * each article is cloned as posting it to the main thread clones it.
 */
function handSeedsOver(handover: Handover): void {
  const set = annotateArticles(readSeeds(ROOT), loadCuratedEntities(ROOT), (article) =>
    handover.add({ path: `content/${articlePathOf(article)}`, article: structuredClone(article) }),
  );
  handover.finish(readRegistryWith(ROOT, discoveredYaml(set.discovered)));
}

/** What the worker hands over for the seeds: the files in order, and the registry. */
async function seedsHandedOver(): Promise<{ files: HandedFile[]; registry: Entity[] }> {
  const source = new Handover();
  handSeedsOver(source);
  const files: HandedFile[] = [];
  const registry = await source.receive((file) => files.push(file));
  if ('error' in registry) throw new Error(registry.error);
  return { files, registry };
}

describe('the annotator’s hand-off to the content loaders', () => {
  it('gives the loaders exactly what reading the committed content/ gives them', async () => {
    const handover = new Handover();
    handSeedsOver(handover);
    const received = await receiveAnnotated(handover);
    expect(received.articles).toHaveLength(5);
    // content/ is what annotating writes (annotate --check holds it there), so the two must be equal.
    expect(received).toStrictEqual(readContent(ROOT));
  });

  it('takes files as they arrive, until the registry comes, and orders them as content/ lists them', async () => {
    const { files: all, registry } = await seedsHandedOver();
    const handover = new Handover();
    const receiving = receiveAnnotated(handover);
    // One file now, the rest later, the registry last: nothing is read before it is there or lost after.
    handover.add(all[0]!);
    await new Promise((resolve) => setTimeout(resolve, 5));
    for (const file of all.slice(1)) handover.add(file);
    await new Promise((resolve) => setTimeout(resolve, 5));
    handover.finish(registry);
    const received = await receiving;
    expect(received.paths).toEqual(all.map((f) => f.path).sort());
    expect(received).toStrictEqual(readContent(ROOT));
  });

  it('stops on an id the registry does not hold, naming the file, as reading content/ does', async () => {
    const { files, registry } = await seedsHandedOver();
    const handover = new Handover();
    for (const file of files) handover.add(file);
    handover.finish(registry.filter((e) => e.id !== 'kassym-jomart-tokayev'));
    await expect(receiveAnnotated(handover)).rejects.toThrow(/^content\/articles\/[a-z0-9-]+\.mdx: <Person id="kassym-jomart-tokayev"> is not in the registry/u);
  });

  it('stops with the registry’s own error when it does not hold together', async () => {
    const handover = new Handover();
    handover.finish({ error: 'content/entities/discovered.yaml: entry #1: "id" is required' });
    await expect(receiveAnnotated(handover)).rejects.toThrow('content/entities/discovered.yaml: entry #1: "id" is required');
  });
});
