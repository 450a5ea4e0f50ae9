// File-system side of the pipeline: the only place that reads seeds and the registry from disk.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { SeedInput } from '../../src/pipeline/annotate.ts';
import { parseOverrides } from '../../src/pipeline/overrides.ts';
import { loadRegistryFiles } from '../../src/pipeline/registry-files.ts';
import { parseRegistry } from '../../src/pipeline/registry.ts';
import { PipelineError, type Entity } from '../../src/pipeline/types.ts';

/** The curated registry (content/entities/*.yaml without the generated discovered.yaml). */
export function loadCuratedEntities(root: string): Entity[] {
  const files = loadRegistryFiles(join(root, 'content', 'entities')).filter((f) => basename(f.path) !== 'discovered.yaml');
  return parseRegistry(files).all().filter((e) => !e.discovered);
}

/** Every seeds/*.txt with its optional seeds/<name>.meta.yaml sidecar, in file-name order. */
export function readSeeds(root: string): SeedInput[] {
  const dir = join(root, 'seeds');
  if (!existsSync(dir)) throw new PipelineError('seeds/', 'folder not found; run from the project root');
  const names = readdirSync(dir).sort();
  const sidecars = new Set(names.filter((n) => n.endsWith('.meta.yaml')));
  const present = new Set(names);
  const seeds: SeedInput[] = [];
  for (const file of names.filter((n) => n.endsWith('.txt'))) {
    const sidecar = `${file.slice(0, -'.txt'.length)}.meta.yaml`;
    const overridesPath = `seeds/${sidecar}`;
    seeds.push({
      file,
      displayPath: `seeds/${file}`,
      bytes: readFileSync(join(dir, file)),
      ...(sidecars.has(sidecar) ? sidecarOf(overridesPath, readFileSync(join(dir, sidecar))) : {}),
      overridesPath,
    });
  }
  for (const sidecar of sidecars) {
    const seed = `${sidecar.slice(0, -'.meta.yaml'.length)}.txt`;
    if (!present.has(seed)) throw new PipelineError(`seeds/${sidecar}`, `has no seed ${seed} beside it; rename or delete the sidecar`);
  }
  return seeds;
}

function sidecarOf(path: string, bytes: Buffer): Pick<SeedInput, 'overrides' | 'sidecarBytes'> {
  return { overrides: parseOverrides(path, bytes.toString('utf8')), sidecarBytes: bytes };
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export function writeAtomic(path: string, text: string): void {
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
