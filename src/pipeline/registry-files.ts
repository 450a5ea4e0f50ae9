// The registry's only file-system access: read the YAML files of content/entities for parseRegistry.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegistryFile } from './registry.ts';

/** Every `*.yaml`/`*.yml` file directly in `dir`, in sorted file-name order, with paths `join(dir, name)`. */
export function loadRegistryFiles(dir: string): RegistryFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
}
