import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotatedContentBytes, astroHeapLimitMb, astroHeapOption } from '../scripts/lib/astro-heap.ts';

describe('astro build heap', () => {
  it('keeps 1 GB for a small site and grows with the annotated content past it', () => {
    expect(astroHeapLimitMb(0)).toBe(1024);
    expect(astroHeapLimitMb(50 * 2 ** 20)).toBe(1024);
    // 10,000 articles of the benchmark: 123 MB of MDX, where the live heap was 650–800 MB.
    expect(astroHeapLimitMb(123 * 2 ** 20)).toBe(1107);
    expect(astroHeapLimitMb(250 * 2 ** 20)).toBe(2250);
  });

  it('measures only the MDX articles of content/', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-heap-'));
    try {
      mkdirSync(join(root, 'content', 'articles'), { recursive: true });
      writeFileSync(join(root, 'content', 'articles', 'a.mdx'), 'x'.repeat(1000));
      writeFileSync(join(root, 'content', 'articles', 'b.mdx'), 'y'.repeat(234));
      writeFileSync(join(root, 'content', 'articles', 'notes.txt'), 'z'.repeat(5000));
      expect(annotatedContentBytes(root)).toBe(1234);
      expect(astroHeapOption(root)).toBe('--max-old-space-size=1024');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
