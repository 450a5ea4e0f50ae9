// Ingest: raw seed bytes → one normalised text.
//
// Rules (each one is tested in tests/ingest.test.ts):
// - Encodings: UTF-8 with or without BOM, UTF-16 LE/BE *with* BOM. Invalid UTF-8 that reads as
//   Windows-1251 Cyrillic is decoded as windows-1251 (recorded in `encoding`); any other invalid
//   byte is an error naming its offset.
// - Binary: a known binary signature (PNG, JPEG, GIF, PDF, ZIP, gzip, ELF), or NUL bytes making
//   up more than 1% of the whole file or of its first 8 KB, rejects the file. A stray NUL below
//   that threshold is a scraping accident and is dropped like the other control characters.
// - Control characters (C0 except tab/newline, DEL, C1) are dropped, never rejected: they carry
//   no text. Form feed / vertical tab / NEL / U+2028 act as line breaks, U+2029 as a paragraph break.
// - Invisible characters U+200B, U+2060, U+FEFF and soft hyphen U+00AD are dropped; ZWNJ/ZWJ
//   are kept because Persian, Indic scripts and emoji need them.
// - Whitespace: tab, NBSP and the other Unicode spaces become a plain space, runs collapse to one,
//   lines are trimmed, at most one blank line is kept between lines, none at the ends. NFC.
import { PipelineError, type IngestedText } from './types.ts';

const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (or .docx/.xlsx)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

const NUL_SAMPLE_BYTES = 8 * 1024;
const NUL_SHARE_LIMIT = 0.01;

export function ingest(file: string, bytes: Uint8Array): IngestedText {
  const name = baseName(file);
  if (bytes.length === 0) throw new PipelineError(file, 'file is empty');

  const { text: decoded, encoding } = decode(file, bytes);
  const text = normaliseText(decoded);
  if (text === '') {
    const reason = decoded.length === 0 ? 'file is empty (only a byte-order mark)' : 'contains only whitespace';
    throw new PipelineError(file, reason);
  }
  return { file: name, text, encoding };
}

function baseName(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts[parts.length - 1] ?? file;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function decode(file: string, bytes: Uint8Array): { text: string; encoding: string } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: decodeUtf8(file, bytes, 3), encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeUtf16(file, bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeUtf16(file, bytes, 'utf-16be'), encoding: 'utf-16be' };

  rejectBinary(file, bytes);
  try {
    return { text: decodeUtf8(file, bytes, 0), encoding: 'utf-8' };
  } catch (error) {
    if (looksLikeWindows1251(bytes)) {
      return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
    }
    throw error;
  }
}

function rejectBinary(file: string, bytes: Uint8Array): void {
  for (const signature of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) {
      throw new PipelineError(file, `looks like a binary file (${signature.name} signature at byte 0)`);
    }
  }
  const firstNul = bytes.indexOf(0);
  if (firstNul === -1) return;
  const sampleEnd = Math.min(bytes.length, NUL_SAMPLE_BYTES);
  const nulsInSample = countNuls(bytes, 0, sampleEnd);
  const nulsTotal = nulsInSample + countNuls(bytes, sampleEnd, bytes.length);
  if (nulsInSample > sampleEnd * NUL_SHARE_LIMIT || nulsTotal > bytes.length * NUL_SHARE_LIMIT) {
    // UTF-16 without a BOM puts a NUL in every other byte of Latin text: say so.
    const hint = looksLikeBomlessUtf16(bytes) ? '; looks like UTF-16 without a byte-order mark, re-save as UTF-8' : '';
    throw new PipelineError(file, `looks like a binary file (NUL bytes, first at byte ${firstNul}${hint})`);
  }
}

function countNuls(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  let at = bytes.indexOf(0, from);
  while (at !== -1 && at < to) {
    count++;
    at = bytes.indexOf(0, at + 1);
  }
  return count;
}

function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - (bytes.length % 2), 512);
  if (end < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  const pairs = end / 2;
  return Math.max(even, odd) > pairs * 0.6 && Math.min(even, odd) < pairs * 0.05;
}

function decodeUtf8(file: string, bytes: Uint8Array, start: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    const offset = firstInvalidUtf8Byte(bytes, start);
    const byte = bytes[offset] ?? 0;
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    const hint = looksLikeLatin1(bytes, offset)
      ? 'looks like Latin-1/Windows-1252; re-save as UTF-8'
      : 're-save the file as UTF-8';
    throw new PipelineError(file, `not valid UTF-8 at byte ${offset} (${hex}; ${hint})`);
  }
}

function decodeUtf16(file: string, bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): string {
  const name = label === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  if (bytes.length % 2 !== 0) {
    throw new PipelineError(file, `not valid ${name}: odd number of bytes (${bytes.length}), the file is truncated`);
  }
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstUnpairedSurrogate(bytes, label === 'utf-16le');
    throw new PipelineError(file, `not valid ${name} at byte ${offset} (unpaired surrogate); re-save as UTF-8`);
  }
}

/** Byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence; -1 if none. */
export function firstInvalidUtf8Byte(bytes: Uint8Array, start = 0): number {
  for (let i = start; i < bytes.length; ) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** Length of the well-formed UTF-8 sequence starting at `i`, or 0 if it is malformed. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0; // overlong
    if (b === 0xed) hi = 0x9f; // UTF-16 surrogates
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90; // overlong
    if (b === 0xf4) hi = 0x8f; // above U+10FFFF
  } else return 0;
  // Only the first continuation byte has the tightened range.
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return 0;
  }
  return need + 1;
}

function firstUnpairedSurrogate(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number) => (littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 3 < bytes.length ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return bytes.length;
}

/**
 * Windows-1251 when: invalid UTF-8 sequences clearly outnumber accidental valid ones (so it is not
 * UTF-8 with a damaged byte), the high bytes decode to Cyrillic letters (≥ 80%, at least 4), and
 * those letters form Cyrillic words rather than single letters inside Latin words (which is what
 * Latin-1 "café" looks like through a 1251 lens: "cafй").
 */
export function looksLikeWindows1251(bytes: Uint8Array): boolean {
  let invalid = 0;
  let validMultibyte = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) {
      invalid++;
      i++;
    } else {
      validMultibyte++;
      i += length;
    }
  }
  if (invalid < validMultibyte * 4) return false;

  const text = new TextDecoder('windows-1251').decode(bytes);
  let nonAscii = 0;
  let cyrillic = 0;
  let cyrillicInLatinWords = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if ((c >= 0x0400 && c <= 0x0481) || (c >= 0x048a && c <= 0x04ff)) {
      cyrillic++;
      if (isAsciiLetterCode(text.charCodeAt(i - 1)) || isAsciiLetterCode(text.charCodeAt(i + 1))) cyrillicInLatinWords++;
    }
  }
  return cyrillic >= 4 && cyrillic >= nonAscii * 0.8 && cyrillicInLatinWords <= cyrillic * 0.1;
}

function isAsciiLetterCode(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
}

function looksLikeLatin1(bytes: Uint8Array, offset: number): boolean {
  const b = bytes[offset] ?? 0;
  return b >= 0xc0 && (isAsciiLetterCode(bytes[offset - 1]) || isAsciiLetterCode(bytes[offset + 1]));
}

/** The whitespace/control normalisation applied after decoding; exported for the clean-stage tests. */
export function normaliseText(decoded: string): string {
  const text = decoded
    .replace(/\r\n?|[\v\f\u0085\u2028]/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/[\u200b\u2060\ufeff\u00ad]/g, '')
    .replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .normalize('NFC');

  const lines: string[] = [];
  let pendingBlank = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/ {2,}/g, ' ').trim();
    if (line === '') {
      pendingBlank = lines.length > 0;
      continue;
    }
    if (pendingBlank) lines.push('');
    pendingBlank = false;
    lines.push(line);
  }
  return lines.join('\n');
}
