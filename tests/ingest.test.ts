import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8Byte, ingest, looksLikeWindows1251 } from '../src/pipeline/ingest.ts';
import { PipelineError } from '../src/pipeline/types.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/ingest/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

function ingestError(file: string, bytes: Uint8Array): PipelineError {
  try {
    ingest(file, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(PipelineError);
    return error as PipelineError;
  }
  throw new Error(`expected ${file} to be rejected`);
}

describe('ingest: encodings', () => {
  it('decodes plain UTF-8 and reports the base name', () => {
    const doc = ingest('seeds/000_x.txt', utf8('Tokayev met Trump.\n'));
    expect(doc).toEqual({ file: '000_x.txt', text: 'Tokayev met Trump.', encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM and turns CRLF and lone CR into \\n', () => {
    const doc = ingest('seeds/bom.txt', fixture('utf-8-bom-crlf.txt'));
    expect(doc.encoding).toBe('utf-8-bom');
    expect(doc.text).toBe('Line one.\nLine two.\n\nLine three.\nLine four.');
  });

  it.each([
    ['utf-16le-bom.txt', 'utf-16le'],
    ['utf-16be-bom.txt', 'utf-16be'],
  ])('decodes %s', (name, encoding) => {
    const doc = ingest(`seeds/${name}`, fixture(name));
    expect(doc.encoding).toBe(encoding);
    expect(doc.text).toBe('Tokayev met Trump in Washington.\nÜber Türkiye — Касым-Жомарт.');
  });

  it('rejects UTF-16 with an odd byte count or an unpaired surrogate', () => {
    expect(ingestError('x.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42])).reason).toMatch(/not valid UTF-16LE: odd number of bytes/);
    const lone = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]);
    expect(ingestError('x.txt', lone).reason).toBe('not valid UTF-16LE at byte 4 (unpaired surrogate); re-save as UTF-8');
  });

  it('decodes Windows-1251 Cyrillic and records it', () => {
    const doc = ingest('seeds/ru.txt', fixture('windows-1251-cyrillic.txt'));
    expect(doc.encoding).toBe('windows-1251');
    expect(doc.text).toBe(
      'Президент Казахстана Касым-Жомарт Токаев провёл встречу с лидерами стран Центральной Азии.\nАвтор: Арестова Татьяна',
    );
  });

  it('names the byte offset of invalid UTF-8 in a one-line reason', () => {
    const error = ingestError('seeds/bad.txt', fixture('invalid-utf8.txt'));
    // "Kazakhstan’s trade rose.\n" is 27 bytes (’ is 3), "Tokayev " 8 more.
    expect(error.message).toBe('seeds/bad.txt: not valid UTF-8 at byte 35 (0xFF; re-save the file as UTF-8)');
    expect(error.message).not.toContain('\n');
  });

  it('hints at Latin-1 when an accented letter sits inside a Latin word, instead of reading it as 1251', () => {
    const error = ingestError('seeds/fr.txt', fixture('latin1-french.txt'));
    expect(error.reason).toBe('not valid UTF-8 at byte 5 (0xE9; looks like Latin-1/Windows-1252; re-save as UTF-8)');
  });

  it('does not take UTF-8 Cyrillic with one damaged byte for Windows-1251', () => {
    const head = utf8('Токаев встретился с Трампом в Вашингтоне ');
    const bytes = new Uint8Array([...head, 0xff, ...utf8(' сегодня.')]);
    expect(looksLikeWindows1251(bytes)).toBe(false);
    expect(ingestError('x.txt', bytes).reason).toBe(`not valid UTF-8 at byte ${head.length} (0xFF; re-save the file as UTF-8)`);
  });

  it('finds the first malformed sequence: overlong, surrogate, truncated', () => {
    expect(firstInvalidUtf8Byte(utf8('ok ’ ok'))).toBe(-1);
    expect(firstInvalidUtf8Byte(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1); // overlong NUL
    expect(firstInvalidUtf8Byte(new Uint8Array([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2); // surrogate
    expect(firstInvalidUtf8Byte(new Uint8Array([0x41, 0xe2, 0x80]))).toBe(1); // truncated at end
    expect(firstInvalidUtf8Byte(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
  });
});

describe('ingest: empty and binary input', () => {
  it('rejects an empty file', () => {
    expect(ingestError('seeds/empty.txt', fixture('empty.txt')).message).toBe('seeds/empty.txt: file is empty');
  });

  it('rejects a file holding only a BOM', () => {
    expect(ingestError('x.txt', new Uint8Array([0xef, 0xbb, 0xbf])).reason).toBe('file is empty (only a byte-order mark)');
  });

  it('rejects whitespace (including NBSP, em space, ZWSP) only', () => {
    expect(ingestError('seeds/ws.txt', fixture('whitespace-only.txt')).reason).toBe('contains only whitespace');
  });

  it('rejects a PNG by its signature', () => {
    expect(ingestError('seeds/pic.txt', fixture('png-header.png')).reason).toBe(
      'looks like a binary file (PNG image signature at byte 0)',
    );
  });

  it('rejects NUL-heavy data and names the first NUL', () => {
    const bytes = new Uint8Array([0x41, 0x42, 0x00, 0x01, 0x00, 0x02, 0x43, 0x44]);
    expect(ingestError('x.bin', bytes).reason).toBe('looks like a binary file (NUL bytes, first at byte 2)');
  });

  it('recognises BOM-less UTF-16 among NUL-heavy files', () => {
    const bytes = new Uint8Array([...'Tokayev met Trump.'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(ingestError('x.txt', bytes).reason).toBe(
      'looks like a binary file (NUL bytes, first at byte 1; looks like UTF-16 without a byte-order mark, re-save as UTF-8)',
    );
  });

  it('drops a stray NUL in otherwise ordinary text (below 1% of the bytes)', () => {
    const text = 'Tokayev met Trump in Washington on Monday. '.repeat(5);
    const bytes = new Uint8Array([...utf8(text), 0, ...utf8('The end.')]);
    expect(ingest('x.txt', bytes).text).toBe(`${text}The end.`);
  });
});

describe('ingest: normalisation', () => {
  it('normalises spaces, invisible and control characters, blank lines and composition', () => {
    const doc = ingest('seeds/messy.txt', fixture('messy-whitespace.txt'));
    expect(doc.text).toBe(
      [
        'Tokayev met Trump in Washington.',
        'Zerowidthspaces vanish here.',
        '',
        'Bell and stray NUL and DEL are dropped.',
        'Café becomes NFC; softhyphen goes.',
        'Form',
        'feed breaks a line.',
      ].join('\n'),
    );
    expect(doc.text).toBe(doc.text.normalize('NFC'));
    expect(doc.text).toContain('Caf\u00e9');
  });

  it('keeps ZWNJ, which Persian and Indic scripts need', () => {
    expect(ingest('x.txt', utf8('می\u200cخواهم')).text).toBe('می\u200cخواهم');
  });

  it('treats Unicode line and paragraph separators as line breaks', () => {
    expect(ingest('x.txt', utf8('One.\u2028Two.\u2029Three.')).text).toBe('One.\nTwo.\n\nThree.');
  });

  it('ingests the five seeds as UTF-8 without leading blank lines or indentation', () => {
    for (const name of ['000_9ad9ad3a1a2546d7.txt', '002_5fea022f1390b8c5.txt', '004_22a178008c58ea3f.txt']) {
      const bytes = new Uint8Array(readFileSync(new URL(`../seeds/${name}`, import.meta.url)));
      const doc = ingest(`seeds/${name}`, bytes);
      expect(doc.encoding).toBe('utf-8');
      expect(doc.text.startsWith('\n')).toBe(false);
      expect(doc.text.split('\n').every((line) => line === line.trim())).toBe(true);
      expect(doc.text).not.toMatch(/\n\n\n/);
    }
  });
});

describe('ingest: large input', () => {
  it('handles a 5 MB article', () => {
    const paragraph = 'Kazakhstan’s President Kassym-Jomart Tokayev met\u00a0Donald Trump at the White House.  \r\n\r\n';
    const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const doc = ingest('big.txt', utf8(text));
    const lines = doc.text.split('\n');
    expect(lines[0]).toBe('Kazakhstan’s President Kassym-Jomart Tokayev met Donald Trump at the White House.');
    expect(lines.length).toBe(2 * Math.ceil((5 * 1024 * 1024) / paragraph.length) - 1);
  });

  it('handles a 2 MB single line', () => {
    const line = 'word\u00a0 '.repeat(300_000);
    const doc = ingest('long.txt', utf8(line));
    expect(doc.text.length).toBe('word '.length * 300_000 - 1);
    expect(doc.text).not.toContain('\n');
    expect(doc.text).not.toContain('  ');
  });

  it('names the offset of a bad byte deep inside a large file', () => {
    const bytes = new Uint8Array(3_000_002).fill(0x61);
    bytes.set([0xc3, 0x28], 3_000_000);
    expect(ingestError('big.txt', bytes).reason).toMatch(/^not valid UTF-8 at byte 3000000 /);
  });
});
