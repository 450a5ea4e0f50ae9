// HTML written as strings, escaped exactly as Astro's templates escape: text (& < > ' ") and attribute
// values (& "). The markup built here (shell.ts, markup.ts, page-content.ts, search-data.ts) is what the templates it
// replaced wrote, byte for byte; Astro compresses whitespace between tags, so none is written here.
// (The article body follows hast-util-to-html's conventions instead: render.ts.)

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const TEXT_UNSAFE = /[&<>'"]/g;
const ATTRIBUTE_UNSAFE = /[&"]/g;
// Most text needs no reference: a test first is cheaper than a replace (tens of thousands of strings per build).
const HAS_TEXT_UNSAFE = /[&<>'"]/;
const HAS_ATTRIBUTE_UNSAFE = /[&"]/;

/** Text content, escaped as Astro escapes `{text}` in a template. */
export function htmlText(text: string): string {
  return HAS_TEXT_UNSAFE.test(text) ? text.replace(TEXT_UNSAFE, (char) => ENTITY[char]!) : text;
}

/** An attribute value (to go between double quotes), escaped as Astro escapes `attr={value}`. */
export function htmlAttribute(value: string): string {
  return HAS_ATTRIBUTE_UNSAFE.test(value) ? value.replace(ATTRIBUTE_UNSAFE, (char) => ENTITY[char]!) : value;
}
