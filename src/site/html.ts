// HTML written as strings, escaped by construction. Every string-built piece of a page (the article
// body, article and entity pages, the nav, the search facts) is an `Html` value made by the `html`
// tagged template, which escapes every interpolation that is not already `Html`. The one way to
// write markup unescaped is `trustedHtml(...)`: grep for it to review every such place.
//
// One escaper for text and attribute values alike: & < > " ' become character references, so a
// value is safe in element content and between either kind of quotes. Interpolating into an
// unquoted attribute (`href=${x}`) is refused when the template is first used.

const REFERENCE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const UNSAFE = /[&<>"']/g;
// Most text needs no reference: a test first is cheaper than a replace (tens of thousands of strings per build).
const HAS_UNSAFE = /[&<>"']/;

/** Text with the characters that mean something in HTML written as references: safe as content and as a quoted attribute value. */
export function escapeHtml(text: string): string {
  return HAS_UNSAFE.test(text) ? text.replace(UNSAFE, (char) => REFERENCE[char]!) : text;
}

let wrap: (markup: string) => Html;

/** Markup known to be safe: made only by `html`…`` and `trustedHtml`. Astro takes it as `set:html={String(value)}`. */
export class Html {
  readonly #markup: string;
  private constructor(markup: string) {
    this.#markup = markup;
  }
  static {
    wrap = (markup) => new Html(markup);
  }
  toString(): string {
    return this.#markup;
  }
}

/** What a template may interpolate: markup as is; text and numbers escaped; nothing for null, undefined and false; lists joined. */
export type HtmlValue = Html | string | number | false | null | undefined | readonly HtmlValue[];

function write(value: HtmlValue): string {
  if (value instanceof Html) return value.toString();
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  if (value === null || value === undefined || value === false) return '';
  // Anything else that reaches here despite the types (an object with its own toString) is text.
  if (!Array.isArray(value)) return escapeHtml(String(value));
  let out = '';
  for (const item of value) out += write(item);
  return out;
}

// Templates already checked for unquoted attribute values (each call site's strings array is one object).
const checked = new WeakSet<TemplateStringsArray>();

function check(strings: TemplateStringsArray): void {
  for (let i = 0; i < strings.length - 1; i++) {
    // `name=${value}` would let a value with a space or `>` add attributes: quote it.
    if (/=\s*$/u.test(strings[i]!)) throw new Error(`html\`…\`: unquoted attribute value after "${strings[i]!.slice(-40)}"`);
  }
  checked.add(strings);
}

/** Markup from a template: every interpolation that is not `Html` is escaped. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  if (!checked.has(strings)) check(strings);
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += write(values[i]!) + strings[i + 1]!;
  return wrap(out);
}

/** Markup taken as is, unescaped: only for text that is HTML by construction (a script's JSON, a vetted constant). */
export function trustedHtml(markup: string): Html {
  return wrap(markup);
}

/** Pieces of markup joined by `separator` (text, escaped). */
export function joinHtml(parts: readonly HtmlValue[], separator = ''): Html {
  const sep = escapeHtml(separator);
  return wrap(parts.map(write).join(sep));
}

/** A value as JSON to place inside `<script type="application/json">`: `<` written as \u003c so no `</script>` can close it early. */
export function jsonScriptHtml(value: unknown): Html {
  return trustedHtml(JSON.stringify(value).replace(/</gu, '\\u003c'));
}
