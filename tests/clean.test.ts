import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, furnitureReason, isShareBar, isTickerLine, parseByCreditCaption, parseCaption, wordCount } from '../src/pipeline/clean.ts';
import { ingest } from '../src/pipeline/ingest.ts';
import type { CleanedText } from '../src/pipeline/types.ts';

function cleanText(text: string): CleanedText {
  return clean({ file: 'x.txt', text, encoding: 'utf-8' });
}
function cleanFixture(name: string): CleanedText {
  return clean(ingest(name, new Uint8Array(readFileSync(new URL(`./fixtures/clean/${name}`, import.meta.url)))));
}
const reasons = (doc: CleanedText) => doc.removed.map((r) => [r.line, r.reason]);

describe('furniture rules', () => {
  it.each([
    ['• KGS/USD = 0.01144 0%', 'ticker'],
    ['KZT/USD = 0.00193 -0%', 'ticker'],
    ['• USD/KZT = 497.5 +0.2% • EUR/KZT = 520.1 -0.1%', 'ticker'],
    ['USD 497.50 ▲ EUR 520.10 ▼', 'ticker'],
    ['VK X OK WhatsApp Telegram', 'share-bar'],
    ['Share Facebook Twitter Email', 'share-bar'],
    ['Share this article', 'share-bar'],
    ['Tweet', 'share-bar'],
    ['Print', 'share-bar'],
    ['Share 12 | Tweet 3', 'share-bar'],
    // Collection 38 and 39: share buttons named with their colour; a blurb cut short with a link to the rest.
    ['facebook-white sharing button', 'share-bar'],
    ['In January 1993, EUNET launched the first online news website, led by Eric Bach, Teus Hagen,...  Read more', 'teaser'],
    ['Read also:', 'read-also'],
    ['Read more: Central Asian leaders head to Washington for summit', 'read-also'],
    ['READ MORE: Tokayev meets Trump', 'read-also'],
    ['See also', 'read-also'],
    ['Related:', 'read-also'],
    ['Also read → Kazakhstan signs deal', 'read-also'],
    ['Write a comment:', 'comment-prompt'],
    ['Comments', 'comment-prompt'],
    ['Comments (12)', 'comment-prompt'],
    ['Leave a comment', 'comment-prompt'],
    ['Suggested Articles', 'suggested'],
    ['You may also like', 'suggested'],
    ['Most read', 'suggested'],
    ['More from Eurasianet', 'suggested'],
    ['LAST NEWS', 'suggested'],
    ['Sidebar', 'sidebar'],
    ['Advertisement', 'advertisement'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Subscribe', 'subscribe'],
    ['Sign up for our newsletter', 'subscribe'],
    ['Follow us on X and Telegram', 'subscribe'],
    ['Join our community of smart investors', 'subscribe'],
    ['Follow us on Telegram to get the latest news first and never miss a story!', 'subscribe'],
    // A newsletter's sign-up box above the story (collection 34).
    ['Unlock the Editor’s Digest for free', 'subscribe'],
    ['Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.', 'subscribe'],
    ['Subscribe to our Telegram channel', 'subscribe'],
    // A site's prompts above the story (collection 58).
    ['Join our email list', 'subscribe'],
    ['Every dollar matched up to $50,000 until December 31! Give today.', 'subscribe'],
    ['Make Steppe News Your Homepage', 'page-ui'],
    ['This Web page has been archived on the Web', 'page-ui'],
    ['Information identified as archived is provided for reference, research or recordkeeping purposes.', 'page-ui'],
    ['Subscribe to Daily Nova Telegram channel, Facebook, RSS!', 'subscribe'],
    ['We use cookies to improve your experience on our website. By continuing to browse, you agree.', 'cookie'],
    ['Accept cookies', 'cookie'],
    ['© 2025 The Associated Press. All rights reserved.', 'copyright'],
    ['Copyright (c) 2025. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty.', 'copyright'],
    ['Tags: Kazakhstan, USA, Tokayev', 'tags'],
    ['5 min read', 'reading-time'],
    ['***', 'separator'],
    ['___', 'separator'],
    ['Skip to main content', 'navigation'],
    ['Back to top', 'navigation'],
    ['Listen to this article', 'media-ui'],
    ['Found a typo? Highlight it and press Ctrl+Enter', 'page-ui'],
    // An analytics tag the scrape kept as the page's first line (collection 52), however long.
    [`m[i].l=1*new Date(); for (var j = 0; j < document.scripts.length; j++) {if (document.scripts[j].src === r) { return; }} k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}) (window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym"); ym(95911708, "init", { clickmap:true, trackLinks:true, accurateTrackBounce:true });`, 'script'],
    // An image's label on a line of its own (collections 51 and 52).
    ['Steppe Media Logo', 'media-ui'],
    ['Logo "Steppe research centre for geo sciences"', 'media-ui'],
    ['RVA App Promo Image', 'media-ui'],
    ['Featured Image', 'media-ui'],
    ['window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag("js", new Date()); gtag("config", "G-XXXX");', 'script'],
  ])('%s → %s', (line, reason) => {
    expect(furnitureReason(line)).toBe(reason);
  });

  it.each([
    'Trump said on Telegram that the deal would be signed next week in Washington.',
    'Share prices of Kazakh uranium miners rose 3% on Tuesday, traders in Almaty said.',
    'USD/KZT rose to 520 on Tuesday as the tenge weakened against the dollar, analysts said.',
    'Subscribe to the idea of multi-vector diplomacy and you will see why Astana hedges.',
    'Comments by the minister drew sharp criticism from opposition politicians in Bishkek.',
    'Why Washington is cementing its position in Central Asia',
    'A Central Asian Perspective: Look Out for Ourselves as World Shifts',
    'More-than-expected growth in Kazakhstan',
    'NATO 2024',
    'C5+1',
    '25 February 2025',
    'Арестова Татьяна Exclusive',
    // Prose with semicolons and an equals sign is no script.
    'The index rose; the tenge = 520 per dollar {provisional}; traders said; analysts (in Almaty) agreed.',
    // A caption about a logo, and a headline about one, are no labels.
    'Logo of the investigative news outlet Kloop, which is known in Kyrgyzstan for its reporting on corruption.',
    'Kazakhstan unveils a new national logo',
  ])('keeps %s', (line) => {
    expect(furnitureReason(line)).toBeNull();
  });

  it('needs a pair, "=", a % change or an arrow to call numbers a ticker', () => {
    expect(isTickerLine('KGS/USD = 0.01144 0%')).toBe(true);
    expect(isTickerLine('Brent $82.10 +0.5%')).toBe(true);
    expect(isTickerLine('UN 75')).toBe(false);
    expect(isTickerLine('KGS/USD = 0.01144 0% as the som weakened')).toBe(false);
  });

  it('accepts a share bar only if it names a network or a share verb', () => {
    expect(isShareBar('VK X OK WhatsApp Telegram')).toBe(true);
    expect(isShareBar('on the page')).toBe(false);
    expect(isShareBar('Telegram channel of the ministry')).toBe(false);
  });

  it('never inspects very long lines', () => {
    expect(furnitureReason(`Advertisement ${'word '.repeat(100)}`)).toBeNull();
  });

  it('counts words the way a reader would', () => {
    expect(wordCount('U.S. Kassym-Jomart — 5+1 • it’s a test')).toBe(6);
    expect(wordCount('Арестова Татьяна Exclusive')).toBe(3);
    expect(wordCount('a b c d e', 3)).toBe(3);
  });
});

describe('captions', () => {
  it.each([
    ['Image: Stephen M. Bland/Allexxandar', '', 'Stephen M. Bland/Allexxandar'],
    ['Photo: Akorda', '', 'Akorda'],
    ['Photograph: Reuters', '', 'Reuters'],
    ['Credit: Kun.uz', '', 'Kun.uz'],
    ['© Reuters / Pavel Mikheyev', '', 'Reuters / Pavel Mikheyev'],
    ['(Photo by Vyacheslav Oseledko/AFP)', '', 'Vyacheslav Oseledko/AFP'],
    ['Tokayev and Mirziyoyev at the summit | Photo: Akorda', 'Tokayev and Mirziyoyev at the summit', 'Akorda'],
    [
      'Kazakh President Kassym-Jomart Tokayev speaks in Astana, Tuesday, Feb. 25, 2025. (AP Photo/Stanislav Filippov)',
      'Kazakh President Kassym-Jomart Tokayev speaks in Astana, Tuesday, Feb. 25, 2025.',
      'AP Photo/Stanislav Filippov',
    ],
    ['Kazakh Deputy Foreign Minister Roman Vassilenko (file photo)', 'Kazakh Deputy Foreign Minister Roman Vassilenko', null],
    ['Reuters/Pavel Mikheyev', '', 'Reuters/Pavel Mikheyev'],
  ])('%s', (line, text, credit) => {
    expect(parseCaption(line)).toEqual({ text, credit });
  });

  it.each([
    'The ministry said the photos were taken by its own staff.',
    'He said so, according to the statement (Reuters)',
    'Trump praised Tokayev for the $4 billion agreement for locomotive supplies.',
  ])('does not take prose for a caption: %s', (line) => {
    expect(parseCaption(line)).toBeNull();
  });

  it('parses "<text> by <Credit> / <Site>"', () => {
    expect(parseByCreditCaption('C5+1 Multilateral Meeting in New York City by U.S. Department of State / Flickr')).toEqual({
      text: 'C5+1 Multilateral Meeting in New York City',
      credit: 'U.S. Department of State / Flickr',
    });
    expect(parseByCreditCaption('The road was built by Chinese contractors / engineers over three years.')).toBeNull();
    expect(parseByCreditCaption('A dinner hosted by the U.S. president / first lady')).toBeNull();
    expect(parseByCreditCaption('Meeting organised by Akorda')).toBeNull();
  });

  it('takes a "by … / …" line as a caption only before the first body paragraph or beside a caption', () => {
    const doc = cleanText(
      [
        'Leaders of Central Asian states met in Astana on Tuesday to discuss trade with Washington.',
        'Summit Meeting in Astana by Jane Doe / Reuters',
        'The talks lasted four hours, according to officials who attended the closed-door meeting.',
        'Photo: Akorda',
        'Central Asian leaders at the White House by Jane Doe / Reuters',
      ].join('\n'),
    );
    expect(doc.captions).toEqual([
      { text: '', credit: 'Akorda', line: 4 },
      { text: 'Central Asian leaders at the White House', credit: 'Jane Doe / Reuters', line: 5 },
    ]);
    expect(doc.blocks.map((b) => b.line)).toEqual([1, 2, 3]);
  });
});

describe('clean documents', () => {
  it('records duplicates after the first copy and keeps short repeated lines', () => {
    const doc = cleanText(['Q:', 'Tokayev met Trump in Washington.', 'Q:', 'Tokayev met Trump in Washington.'].join('\n'));
    expect(doc.blocks.map((b) => b.text)).toEqual(['Q:', 'Tokayev met Trump in Washington.', 'Q:']);
    expect(doc.removed).toEqual([{ line: 4, text: 'Tokayev met Trump in Washington.', reason: 'duplicate' }]);
  });

  it('counts lines in the ingested text, blank lines included', () => {
    const doc = cleanText('Headline\n\nAdvertisement\n\nBody text here.');
    expect(doc.blocks).toEqual([
      { line: 1, text: 'Headline' },
      { line: 5, text: 'Body text here.' },
    ]);
    expect(doc.removed).toEqual([{ line: 3, text: 'Advertisement', reason: 'advertisement' }]);
  });

  it('drops headlines of other articles below the text, in title case alone or in sentence case as a list', () => {
    const prose = 'Japan is one of the important development partners of Tajikistan, the minister said today.';
    const doc = cleanText(
      [prose, '', 'Australia Moves Forward With Teen Social Media Ban', 'Tajikistan, Iran reaffirm commitment to strengthen relations', 'Tajikistan, Italy discuss Action Plan for 2026–2027', 'Tajikistan, UNRCCA discuss regional security'].join('\n'),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([prose]);
    expect(doc.removed.map((r) => r.reason)).toEqual(['teaser', 'teaser', 'teaser', 'teaser']);
  });

  it('rejoins text hard-wrapped at one width, paragraph by paragraph, a short first line that breaks mid-phrase included', () => {
    const wrapped = [
      'Kazakhstan, a',
      'leader in uranium mining, is an important player in the global nuclear market.',
      'The country annually produces around 20,000 tonnes of uranium, contributing',
      'over 40 percent to world exports.',
      'Shipments go to numerous foreign states across Europe, Asia and North',
      'America, as announced by the chief executive of the state company.',
    ].join('\n');
    expect(cleanText(wrapped).blocks).toEqual([
      {
        line: 1,
        text: 'Kazakhstan, a leader in uranium mining, is an important player in the global nuclear market. The country annually produces around 20,000 tonnes of uranium, contributing over 40 percent to world exports.',
      },
      { line: 5, text: 'Shipments go to numerous foreign states across Europe, Asia and North America, as announced by the chief executive of the state company.' },
    ]);
    // A headline, a date stamp and an outlet's name on short lines over the wrapped story are lines of their own.
    const headed = [
      'STEPPESTAN: Remittances – a tool for development',
      '18 May 2005 13:56:23 GMT',
      'IRIN',
      'BAHOR, 18 May (IRIN) – Motoring through the small villages of the',
      'Bahor district, about 20 km south of the capital, all seems well as',
      'spring gives way to early summer and local people tend their fields.',
      'But there is an absence of men in the fields, and in the cafes around',
      'the district. Ask a dozen locals where they are and the answer is',
      'always the same: they are in the north, earning money for the family.',
    ].join('\n');
    expect(cleanText(headed).blocks.map((b) => b.text)).toEqual([
      'STEPPESTAN: Remittances – a tool for development',
      '18 May 2005 13:56:23 GMT',
      'IRIN',
      'BAHOR, 18 May (IRIN) – Motoring through the small villages of the Bahor district, about 20 km south of the capital, all seems well as spring gives way to early summer and local people tend their fields. But there is an absence of men in the fields, and in the cafes around the district. Ask a dozen locals where they are and the answer is always the same: they are in the north, earning money for the family.',
    ]);
    // Lines of a list or headings, each its own, stay apart.
    const list = ['Agreement on visa-free travel signed', 'Memorandum on energy cooperation signed', 'Programme of cultural exchanges adopted'];
    expect(cleanText(list.join('\n')).blocks.map((b) => b.text)).toEqual(list);
  });

  it('reads a caption closed by a labelled or © credit at any length, and an embedded post’s signature', () => {
    expect(parseCaption('Ahmad Massoud, son of the slain hero of the resistance, speaks during an interview at his house in Bazarak, Panjshir province, on September 5, 2019. Photo: Reuters/Jane Roe')).toEqual({
      text: 'Ahmad Massoud, son of the slain hero of the resistance, speaks during an interview at his house in Bazarak, Panjshir province, on September 5, 2019.',
      credit: 'Reuters/Jane Roe',
    });
    expect(parseCaption('Macron and Tokayev at the Elysée Palace in November 2022. © Jane Roe/AP')?.credit).toBe('Jane Roe/AP');
    expect(parseCaption('— Igor Petrov (@ipetrov) March 27, 2024')).toEqual({ text: '', credit: 'Igor Petrov' });
    // Korean papers' credit: the name in capitals, in square brackets.
    expect(parseCaption('Ayan Yerenov, chairman of the chamber, speaks at an interview in central Seoul on Oct. 28. [PARK SANG-MOON]')).toEqual({
      text: 'Ayan Yerenov, chairman of the chamber, speaks at an interview in central Seoul on Oct. 28.',
      credit: 'PARK SANG-MOON',
    });
    expect(parseCaption('The ministry listed the projects in its report [see annex].')).toBeNull();
    // The same in the name's own case (collection 18), and a short caption with its © credit and no full stop.
    expect(parseCaption('The president speaks at the centre’s opening in Astana. [Dana Kerimova]')?.credit).toBe('Dana Kerimova');
    expect(parseCaption('Cotton pickers in the Fergana valley © Dana Kerimova')).toEqual({ text: 'Cotton pickers in the Fergana valley', credit: 'Dana Kerimova' });
    expect(parseCaption('The ministry cited the report. [See Annex]')).toBeNull();
    // A longer caption with no full stop, credited after `Copyright:` (collection 47).
    const twice = 'PM Steppov with Kazakhstan President Nursultan Nazarbayev PM Steppov with Kazakhstan President Nursultan Nazarbayev';
    expect(parseCaption(`${twice} Copyright: GPO/Haim Zach`)).toEqual({ text: twice, credit: 'GPO/Haim Zach' });
    // A clause after the label is prose; a date stamp opening the line is the header's.
    expect(parseCaption('He said the talks went well. Photo: the meeting was long and the sides agreed on many things.')).toBeNull();
    expect(parseCaption('date 2023-06-13 The plant will cover 300 hectares. Credit: Masdar.')).toBeNull();
  });

  it('drops a stamped feed of other stories under a link-list label, sentences and all', () => {
    const prose = 'Japan is one of the important development partners of Tajikistan, the minister said today.';
    const feed = ['Read next', '08:12', 'Senior diplomats from Iran and China met in Beijing on Friday to discuss the programme.', '17:54', 'China', 'In 2024, China was the EU’s biggest import partner.'];
    const doc = cleanText([prose, ...feed].join('\n'));
    expect(doc.blocks.map((b) => b.text)).toEqual([prose]);
    // Without a time under the label, a sentence after it is the article's own.
    const own = cleanText([prose, 'Read next', 'Senior diplomats from Iran and China met in Beijing on Friday to discuss the programme.'].join('\n'));
    expect(own.blocks.map((b) => b.text)).toContain('Senior diplomats from Iran and China met in Beijing on Friday to discuss the programme.');
  });

  it('keeps a list the text introduces with a colon, and two unpunctuated closing lines', () => {
    const intro = 'The sides signed the following documents:';
    const list = ['Agreement on visa-free travel', 'Memorandum on energy cooperation', 'Programme of cultural exchanges'];
    expect(cleanText([prose(), intro, ...list].join('\n')).blocks.map((b) => b.text)).toEqual([prose(), intro, ...list]);
    const closing = ['Tajikistan, Iran reaffirm commitment to strengthen relations', 'Kazakhstan and China sign deal'];
    expect(cleanText([prose(), ...closing].join('\n')).blocks.map((b) => b.text)).toEqual([prose(), ...closing]);
  });

  it('keeps a table in headline case that a line ending in a colon introduces, as the article’s own', () => {
    const intro = 'Nationals of the following countries may visit for 30 days without a visa:';
    const table = ['Andorra | Cyprus | Italy | The Netherlands |', 'Angola | Czech Republic | Jamaica | New Zealand |', 'Austria | Dominica | Kiribati | Oman |'];
    expect(cleanText([prose(), intro, ...table].join('\n')).blocks.map((b) => b.text)).toEqual([prose(), intro, ...table]);
    // (Without the colon, rows in headline case after the story are other stories' teasers.)
    expect(cleanText([prose(), ...table].join('\n')).blocks.map((b) => b.text)).toEqual([prose()]);
  });

  it('cleans an AP-style page', () => {
    const doc = cleanFixture('ap-style.txt');
    expect(reasons(doc)).toEqual([
      [4, 'share-bar'],
      [5, 'share-bar'],
      [9, 'advertisement'],
      [11, 'read-also'],
      [13, 'advertisement'],
      [15, 'duplicate'],
      [16, 'share-bar'],
      [17, 'separator'],
      [19, 'copyright'],
    ]);
    expect(doc.captions).toEqual([
      {
        text: 'Kazakh President Kassym-Jomart Tokayev speaks during a meeting in Astana, Kazakhstan, Tuesday, Feb. 25, 2025.',
        credit: 'AP Photo/Stanislav Filippov',
        line: 7,
      },
    ]);
    expect(doc.blocks.map((b) => b.line)).toEqual([1, 2, 3, 6, 8, 10, 12, 14, 18]);
  });

  it('cleans an RFE/RL-style page, including the link titles under "Related"', () => {
    const doc = cleanFixture('rferl-style.txt');
    expect(reasons(doc)).toEqual([
      [4, 'share-bar'],
      [5, 'comment-prompt'],
      [9, 'read-also'],
      [12, 'read-also'],
      [13, 'read-also'],
      [14, 'read-also'],
      [15, 'copyright'],
    ]);
    expect(doc.captions).toEqual([{ text: 'Kazakh Deputy Foreign Minister Roman Vassilenko', credit: null, line: 7 }]);
    expect(doc.blocks.map((b) => b.line)).toEqual([1, 2, 3, 6, 8, 10, 11]);
  });

  it('cleans a Kazinform-style page with tickers, tags, newsletter and cookie prompts', () => {
    const doc = cleanFixture('kazinform-style.txt');
    expect(reasons(doc)).toEqual([
      [5, 'ticker'],
      [6, 'ticker'],
      [7, 'subscribe'],
      [8, 'tags'],
      [9, 'subscribe'],
      [10, 'cookie'],
      [11, 'suggested'],
      [12, 'reading-time'],
    ]);
    expect(doc.captions).toEqual([{ text: '', credit: 'Akorda', line: 4 }]);
    expect(doc.blocks.map((b) => b.line)).toEqual([1, 2, 3]);
  });

  it('keeps every sentence that merely contains a furniture word', () => {
    const doc = cleanFixture('furniture-words-in-prose.txt');
    expect(doc.removed).toEqual([]);
    expect(doc.captions).toEqual([]);
    expect(doc.blocks).toHaveLength(12);
  });

  it('collects all caption forms from the captions fixture', () => {
    const doc = cleanFixture('captions.txt');
    expect(doc.captions.map((c) => [c.line, c.text, c.credit])).toEqual([
      [1, 'C5+1 Multilateral Meeting in New York City', 'U.S. Department of State / Flickr'],
      [2, '', 'Stephen M. Bland/Allexxandar'],
      [4, 'Tokayev and Mirziyoyev at the summit', 'Akorda'],
      [5, '', 'Vyacheslav Oseledko/AFP'],
      [7, '', 'Reuters'],
      [8, '', 'Reuters / Pavel Mikheyev'],
      [9, '', 'Kun.uz'],
      [10, 'Central Asian leaders at the White House', 'Jane Doe / Reuters'],
    ]);
    expect(doc.blocks.map((b) => b.line)).toEqual([3, 6, 11]);
  });

  it('drops a `Recent Posts` block of teasers, their excerpts cut with an ellipsis and their relative stamps (collection 36)', () => {
    const body = 'Modi has decided not to attend the summit in Astana next month, officials said on Monday.';
    const doc = cleanText([body, '', 'Jane Roe', '', 'Recent Posts', '', 'PM Modi Hails Javelin Throw At Doha League', '', 'Prime Minister Narendra Modi congratulated the javelin star for breaching the mark at…', '', '15 mins ago', '', 'HM Shah To Inaugurate Projects Across Gujarat'].join('\n'));
    expect(doc.blocks.map((b) => b.text)).toEqual([body, 'Jane Roe']);
  });

  it('does not treat a link-list label in the header as swallowing the headline', () => {
    const doc = cleanText('Latest news\nTokayev meets Trump\nTokayev met Trump at the White House on Monday, officials said.');
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Tokayev meets Trump',
      'Tokayev met Trump at the White House on Monday, officials said.',
    ]);
  });

  it('cleans a 5 MB article and a 2 MB single line', () => {
    const paragraph = 'Kazakhstan’s President Kassym-Jomart Tokayev met Donald Trump at the White House on day ';
    const lines = Array.from({ length: 60_000 }, (_, i) => `${paragraph}${i}.`);
    const big = cleanText(['Advertisement', ...lines].join('\n\n'));
    expect(big.blocks).toHaveLength(60_000);
    expect(big.removed).toEqual([{ line: 1, text: 'Advertisement', reason: 'advertisement' }]);

    const long = cleanText('Read more: '.concat('word '.repeat(400_000)).trim());
    expect(long.blocks).toHaveLength(1);
  });
});

function prose(): string {
  return 'Japan is one of the important development partners of Tajikistan, the minister said today.';
}

describe('a contact box and a row of social links over the story (collection 64, dev half)', () => {
  const story = 'The partnership between the two universities began in 2012 with an agreement on cooperation, officials said.';

  it('removes the box under a `Contact Us` label when a telephone or an e-mail line is in it', () => {
    const doc = cleanText(['Contact Us', '', 'Global Steppe Office', '1000 E Steppe Ave', 'Laramie, WY 82071', 'Phone: 1-307-766-3677', 'Email: global@steppe.edu', '', story].join('\n'));
    expect(doc.blocks.map((b) => b.text)).toEqual(['Contact Us', story]);
    expect(doc.removed.filter((r) => r.reason === 'contact').map((r) => r.line)).toEqual([3, 4, 5, 6, 7]);
    // (A box with neither is left as it is: the label alone says too little.)
    expect(cleanText(['Contact Us', '', 'Global Steppe Office', '1000 E Steppe Ave', '', story].join('\n')).blocks.map((b) => b.text)).toContain('Global Steppe Office');
  });

  it('removes the networks’ links glued in a row, each with its screen reader’s hint', () => {
    const row = 'Find us on Instagram (Link opens a new window)Find us on Facebook (Link opens a new window)Find us on Twitter (Link opens a new window)';
    expect(cleanText([row, '', story].join('\n')).blocks.map((b) => b.text)).toEqual([story]);
  });
});

describe('a page cut off mid-sentence (collection 69)', () => {
  it('keeps its last line as the story’s paragraph, not another story’s headline; a cut list item is still a teaser', () => {
    const prose = 'Zamir Steppulov has previously stated that the movement can be removed from the list of terrorists in Steppeland.';
    const cut = 'According to Steppe Foreign Minister Sergei Steppov, the T';
    expect(cleanText([prose, cut].join('\n')).blocks.map((b) => b.text)).toEqual([prose, cut]);
    const listed = cleanText([prose, '- Melting Reserves of Power: Steppeland’s Glaciers and the Future of'].join('\n'));
    expect(listed.blocks.map((b) => b.text)).toEqual([prose]);
  });
});


describe('a caption closed by `Photograph by` (dev half, session 58)', () => {
  it('reads `Photograph by Name / Site` closing a sentence as the caption’s credit', () => {
    expect(parseCaption('This might be one of the most remote places on earth: the Steppe Cosmodrome. Photograph by Alex Steppenko / Wikicommons')).toEqual({
      text: 'This might be one of the most remote places on earth: the Steppe Cosmodrome.',
      credit: 'Alex Steppenko / Wikicommons',
    });
  });
});
