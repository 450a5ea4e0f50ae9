// A deterministic synthetic news corpus built from the seeds' sentences and the registry's names,
// for benchmarks at a scale the five real articles cannot show.
import { sentenceStarts } from '../../src/pipeline/sentences.ts';
import type { Entity } from '../../src/pipeline/types.ts';

/** Small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FURNITURE = ['VK X OK WhatsApp Telegram', 'Read also:', 'Write a comment:', 'Suggested Articles', '• KGS/USD = 0.01144 0%', '• KZT/USD = 0.00193 -0%'];
const VERBS = ['said', 'noted', 'added', 'stressed', 'warned'];

/** Sentences of the seeds' article text (lines long enough to be prose). */
export function seedSentences(seedTexts: string[]): string[] {
  const sentences: string[] = [];
  for (const text of seedTexts) {
    for (const line of text.split('\n')) {
      if (line.split(/\s+/u).length < 12) continue;
      // The site's sentence splitter, which knows "Mr." and "U.S." do not end a sentence: cutting there
      // made "Mr. History shows…" and "U. Embassy" out of the seeds, and discovered people nobody named.
      const starts = sentenceStarts(line);
      starts.forEach((start, i) => {
        const s = line.slice(start, starts[i + 1] ?? line.length).trim();
        if (/[.!?]["”’]?$/u.test(s) && s.split(/\s+/u).length >= 6) sentences.push(s);
      });
    }
  }
  return sentences;
}

export interface SyntheticArticle {
  file: string;
  text: string;
}

/** `count` articles of ~600 words: headline, date, byline-free body with quotes, some furniture. */
export function syntheticCorpus(count: number, seedTexts: string[], registry: Entity[], seed = 1): SyntheticArticle[] {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  const sentences = seedSentences(seedTexts);
  const people = registry.filter((e) => e.type === 'person');
  const orgs = registry.filter((e) => e.type === 'organization');
  const countries = registry.filter((e) => e.type === 'country' && ['KZ', 'UZ', 'KG', 'TJ', 'TM', 'US', 'RU', 'CN'].includes(e.iso2 ?? ''));
  const articles: SyntheticArticle[] = [];
  for (let n = 0; n < count; n++) {
    const person = pick(people);
    const country = pick(countries);
    const lines: string[] = [];
    lines.push(`${country.name} and ${pick(countries).name} weigh ties as ${person.name} meets ${pick(orgs).name} (${n + 1})`);
    lines.push('');
    lines.push(`${1 + Math.floor(next() * 28)} ${pick(MONTHS)} ${2020 + Math.floor(next() * 6)}`);
    lines.push('');
    if (next() < 0.5) lines.push(pick(FURNITURE));
    let words = 0;
    while (words < 600) {
      const paragraph: string[] = [];
      for (let k = 0; k < 3; k++) paragraph.push(pick(sentences));
      if (next() < 0.3) {
        const speaker = pick(people);
        paragraph.push(`“${pick(sentences).replace(/[.!?]+["”’]?$/u, '')},” ${speaker.name} ${pick(VERBS)}.`);
      }
      const text = paragraph.join(' ');
      words += text.split(/\s+/u).length;
      lines.push(text, '');
    }
    if (next() < 0.5) lines.push(pick(FURNITURE));
    articles.push({ file: `${String(n).padStart(4, '0')}_synthetic.txt`, text: lines.join('\n') });
  }
  return articles;
}

/**
 * A corpus of real paragraphs: each article is 10–20 paragraphs drawn at random from real articles
 * (the seeds and the blind set's), under a real headline and a date line, so that the annotator meets
 * what real text gives it (unknown names, page furniture, quotes) at any scale, and no two articles are
 * near-duplicates of each other.
 */
export function paragraphCorpus(count: number, texts: string[], seed = 1, offset = 0): SyntheticArticle[] {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  const paragraphs: string[] = [];
  const headlines: string[] = [];
  for (const text of texts) {
    const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    for (const line of lines) {
      const words = line.split(/\s+/u).length;
      if (words >= 25 && /[.!?…"”’]$/u.test(line)) paragraphs.push(line);
      else if (words >= 5 && words <= 16 && !/[.:;,]$/u.test(line) && headlines.length < 10_000) headlines.push(line);
    }
  }
  const articles: SyntheticArticle[] = [];
  for (let n = 0; n < count; n++) {
    const lines = [`${pick(headlines)} (${offset + n + 1})`, '', `${1 + Math.floor(next() * 28)} ${pick(MONTHS)} ${2018 + Math.floor(next() * 8)}`, ''];
    const size = 10 + Math.floor(next() * 11);
    for (let k = 0; k < size; k++) lines.push(pick(paragraphs), '');
    articles.push({ file: `${String(offset + n).padStart(5, '0')}_paragraphs.txt`, text: lines.join('\n') });
  }
  return articles;
}
