import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/pipeline/clean.ts';
import { ingest } from '../src/pipeline/ingest.ts';
import { extractMetadata, findDate, latinName, parseDateLine, titleFromFirstSentence } from '../src/pipeline/metadata.ts';
import { firstSentence } from '../src/pipeline/sentences.ts';
import { toSlug, uniqueSlugs } from '../src/pipeline/slug.ts';
import { PipelineError, type ExtractedArticle, type SeedOverrides } from '../src/pipeline/types.ts';
import { parseBylineLine } from '../src/pipeline/metadata/bylines.ts';

function extract(lines: string[], overrides?: SeedOverrides): ExtractedArticle {
  return extractMetadata(clean({ file: 'x.txt', text: lines.join('\n'), encoding: 'utf-8' }), overrides);
}
function fromFile(path: URL, name: string, overrides?: SeedOverrides): ExtractedArticle {
  return extractMetadata(clean(ingest(name, new Uint8Array(readFileSync(path)))), overrides);
}
function errorOf(run: () => unknown): PipelineError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PipelineError);
    return error as PipelineError;
  }
  throw new Error('expected a PipelineError');
}

const BODY = 'Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company, officials said.';

describe('title', () => {
  it('takes a short first line without a final full stop as the headline', () => {
    const article = extract(['Why Washington is cementing its position in Central Asia', BODY]);
    expect(article.meta.title).toBe('Why Washington is cementing its position in Central Asia');
    expect(article.meta.titleGenerated).toBe(false);
    expect(article.paragraphs).toEqual([BODY]);
  });

  it('accepts a question as a headline', () => {
    expect(extract(['Can Central Asia keep its distance from the Kremlin?', BODY]).meta.title).toBe(
      'Can Central Asia keep its distance from the Kremlin?',
    );
  });

  it('splits an "Outlet: Headline" prefix into source and title', () => {
    const article = extract(['Reuters: Kazakhstan to buy US locomotives', BODY]);
    expect(article.meta).toMatchObject({ title: 'Kazakhstan to buy US locomotives', source: 'Reuters' });
    const notOutlet = extract(['A Central Asian Perspective: Look Out for Ourselves as World Shifts', BODY]);
    expect(notOutlet.meta).toMatchObject({ title: 'A Central Asian Perspective: Look Out for Ourselves as World Shifts', source: null });
    expect(extract(['Breaking News: Tokayev meets Trump', BODY]).meta.source).toBeNull();
    // A section's label before the colon is taken off the headline.
    expect(extract(['News: Turkmenistan Airlines banned from Europe', BODY]).meta).toMatchObject({ title: 'Turkmenistan Airlines banned from Europe', source: null });
  });

  it('generates a title from the first sentence when there is no headline', () => {
    const article = extract([BODY, 'Second paragraph of the article, which says more.']);
    expect(article.meta.titleGenerated).toBe(true);
    expect(article.meta.title).toBe('Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company');
    expect(article.paragraphs).toHaveLength(2);
  });

  it('cuts a generated title at a clause or word boundary, ≤ 80 characters, without end punctuation', () => {
    expect(titleFromFirstSentence('Short sentence here. Another one.')).toBe('Short sentence here');
    const words = titleFromFirstSentence(
      'Kazakhstan and Uzbekistan have learned to maintain a pragmatic foreign policy and not to be tied to any power.',
    );
    expect(words).toBe('Kazakhstan and Uzbekistan have learned to maintain a pragmatic foreign policy');
    expect(words.length).toBeLessThanOrEqual(80);
    expect(titleFromFirstSentence('“Effective geopolitics for Central Asia is not to align too closely with the US or any other power.”')).toBe(
      'Effective geopolitics for Central Asia is not to align too closely with the US',
    );
  });

  it('does not end the first sentence at an abbreviation or an initial', () => {
    expect(firstSentence('As the U.S. election nears, Mr. Trump and Stephen M. Bland wait. Then more.')).toBe(
      'As the U.S. election nears, Mr. Trump and Stephen M. Bland wait.',
    );
    expect(firstSentence('1. Kazakhstan and Uzbekistan signed a deal. Then more.')).toBe('1. Kazakhstan and Uzbekistan signed a deal.');
  });
  it('takes the headline a breadcrumb trail ends in, whole or cut short, and drops the chrome above the trail', () => {
    const arrows = extract(['Home » Tashkent Opens New Rail Link To Kashgar', 'Asia Featured Transport', 'Tashkent Opens New Rail Link To Kashgar', BODY]);
    expect(arrows.meta).toMatchObject({ title: 'Tashkent Opens New Rail Link To Kashgar', titleGenerated: false });
    expect(arrows.paragraphs).toEqual([BODY]);
    // Separators lost in the scrape: the crumbs run into the headline printed below.
    const glued = extract(['Home World Affairs Kyrgyz Envoy Visits Seoul For Trade Talks', 'Kyrgyz Envoy Visits Seoul For Trade Talks', BODY]);
    expect(glued.meta.title).toBe('Kyrgyz Envoy Visits Seoul For Trade Talks');
    // The crumb cut short names the headline below; a teaser of another story above the trail is chrome.
    const cut = extract(['en ru', 'Watch the new episode of our weekly programme on our website.', 'Home / Economy / Cotton exports from Tajikistan to Chi...', 'Cotton exports from Tajikistan to China keep rising', BODY]);
    expect(cut.meta.title).toBe('Cotton exports from Tajikistan to China keep rising');
    expect(cut.paragraphs).toEqual([BODY]);
    // No headline below: the last crumb is the headline.
    expect(extract(['Home > News > Astana Hosts Regional Water Forum', BODY]).meta.title).toBe('Astana Hosts Regional Water Forum');
    // A trail between spaced colons ending at a page type, a section's date line between it and the headline;
    // a bulleted trail in capitals (collection 58).
    expect(extract(['Home : News : Article View', 'NEWS | March 26, 2010', 'Steppe Guard reinforces partnership with Tajikistan', BODY]).meta).toMatchObject({ title: 'Steppe Guard reinforces partnership with Tajikistan', date: '2010-03-26' });
    expect(extract(['Steppe Resources Network', '  • HOMEPAGE >> BLOG >> Japan Pursuing Mineral Strategy in Kazakhstan', 'Japan Pursuing Mineral Strategy in Kazakhstan', BODY]).meta.title).toBe('Japan Pursuing Mineral Strategy in Kazakhstan');
    // `Home` opening a headline is no breadcrumb.
    expect(extract(['Home Office Signs Visa Accord With Uzbekistan', BODY]).meta.title).toBe('Home Office Signs Visa Accord With Uzbekistan');
    // The trail's label, and its last crumb cut to one word the headline below runs on from (collection 22).
    const labelled = extract(['You are here: Home > Steel News > Latest Steel News > Assets...', 'Assets of a Kazakh steelmaker may be sold after the fire', BODY]);
    expect(labelled.meta).toMatchObject({ title: 'Assets of a Kazakh steelmaker may be sold after the fire', titleGenerated: false });
    expect(labelled.paragraphs).toEqual([BODY]);
  });

  it('skips a line with no capital and no punctuation (injected spam, tags), and reads `date Author: name` and `Post by :` (collection 23)', () => {
    const article = extract(['casino siteleri yeni bahis siteleri deneme bonusu veren siteler', '30.03.2021 Author: Jane Roe', 'Turkey is becoming more entrenched in Central Asia', BODY]);
    expect(article.meta).toMatchObject({ title: 'Turkey is becoming more entrenched in Central Asia', date: '2021-03-30', byline: 'Jane Roe' });
    expect(article.paragraphs).toEqual([BODY]);
    expect(extract(['Post by : Jane Roe', BODY]).meta).toMatchObject({ byline: 'Jane Roe', titleGenerated: true });
  });

  it('skips a `skip to content` link in the page’s language (collection 22)', () => {
    for (const link of ['Salta al contenuto', 'Aller au contenu', 'Zum Inhalt springen', 'Saltar al contenido']) {
      expect(extract([link, 'Turkmenistan 2014: Security concerns and export energy routes', BODY]).meta.title).toBe('Turkmenistan 2014: Security concerns and export energy routes');
    }
  });

  it('keeps a photo caption in the header as a caption, never the title', () => {
    // Who stands where.
    const marked = extract(['Tue Mar 4, 2014 9:7PM', 'Kazakh President Nursultan Nazarbayev (L) and his Chinese counterpart Xi Jinping, March 3, Astana', BODY]);
    expect(marked.meta).toMatchObject({ title: 'Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company', titleGenerated: true, date: '2014-03-04' });
    expect(marked.captions.map((c) => c.text)).toEqual(['Kazakh President Nursultan Nazarbayev (L) and his Chinese counterpart Xi Jinping, March 3, Astana']);
    // A credit after the caption's sentence: an agency's acronym after a dash or in brackets, a labelled credit.
    const dashed = extract(['ASTANA: Delegates pose for a family photo at the summit on May 2, 2024. - QNA', 'Astana summit backs new corridor', BODY]);
    expect(dashed.meta.title).toBe('Astana summit backs new corridor');
    expect(dashed.captions).toMatchObject([{ text: 'ASTANA: Delegates pose for a family photo at the summit on May 2, 2024.', credit: 'QNA' }]);
    const bracketed = extract(['Both sides said the new route will cut freight times between the two countries by half. (PTI)', BODY]);
    expect(bracketed.meta).toMatchObject({ titleGenerated: true, title: 'Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company' });
    expect(bracketed.captions[0]?.credit).toBe('PTI');
    const labelled = extract(['date 2024-05-02 The solar plant will cover 300 hectares near Navoi. Credit: Acme Energy.', BODY]);
    expect(labelled.meta).toMatchObject({ date: '2024-05-02', titleGenerated: true });
    expect(labelled.captions).toMatchObject([{ text: 'The solar plant will cover 300 hectares near Navoi.', credit: 'Acme Energy' }]);
    // A lower-case word after a dash is prose going on, not a credit.
    expect(extract(['Uzbekistan doubles its wheat harvest in a year. - officials', BODY]).captions).toEqual([]);
  });

});

describe('pages of new shapes (forty unkeyed pages checked for their headline)', () => {
  const LEAD = 'ASHGABAT, Turkmenistan, September 23. The President of Turkmenistan will visit Russia to take part in the summit of the heads of the Commonwealth, which will be held in October, the ministry said.';

  it('skips a logo’s alt text, and a short line of tags or a rubric right above a longer headline', () => {
    expect(extract(['STEPPE STAR LOGO', 'UK imposes sanctions on a Kyrgyz bank', LEAD]).meta.title).toBe('UK imposes sanctions on a Kyrgyz bank');
    expect(extract(['Last minute', 'Turkmenistan Serdar Berdimuhamedow', 'President of Turkmenistan to join CIS summit in Russia', LEAD]).meta.title).toBe(
      'President of Turkmenistan to join CIS summit in Russia',
    );
    // A series' name two words shorter than the headline under it, the story's prose after (collection 9).
    expect(extract(['Steppe and Connectivity', 'Turkish Challenge in Central Asia', LEAD]).meta.title).toBe('Turkish Challenge in Central Asia');
    // A short headline over a deck of the same shape stays the headline: the deck is not followed by the story's prose here.
    expect(extract(['Kazakhstan Votes Today', 'Tokayev’s party is expected to win a majority in the snap parliamentary election', 'Polls close at eight.', LEAD]).meta.title).toBe('Kazakhstan Votes Today');
  });

  it('takes no office-holder’s name under the headline for the byline (a photo’s alt text), and a glued brand that reports', () => {
    expect(extract(['Uzbekistan’s reforms: a new era?', 'Uzbekistani President Shavkat Mirziyoyev', BODY]).meta.bylineText).toBeNull();
    expect(extract(['Uzbekistan’s reforms: a new era?', 'Aliya Karimova', BODY]).meta.bylineText).toBe('Aliya Karimova');
    expect(extract(['President to join CIS summit', LEAD.replace('the ministry said.', 'SteppeWorld reports, referring to the ministry.')]).meta.source).toBe('SteppeWorld');
    // A surname's prefix is no brand.
    expect(extract(['President to join CIS summit', LEAD.replace('the ministry said.', 'McCain writes.')]).meta.source).toBeNull();
  });

  it('never takes a summary’s bullet for the headline or the first sentence', () => {
    const article = extract(['• The memorandum will let the two countries explore projects for mutual prosperity', BODY]);
    expect(article.meta).toMatchObject({ titleGenerated: true, title: 'Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company' });
  });
});

describe('pages of new shapes (blind collection 7)', () => {
  it('skips a skip link, reads a blog platform’s author badge, a name printed twice and an empty date after a byline', () => {
    const badge = extract(['top of page', 'Writer\'s pictureDana Omarova', 'Astana’s Balancing Act', BODY]);
    expect(badge.meta).toMatchObject({ title: 'Astana’s Balancing Act', bylineText: 'Dana Omarova' });
    expect(extract(['Astana’s Balancing Act', 'By Dana OmarovaDana Omarova', BODY]).meta.bylineText).toBe('Dana Omarova');
    expect(extract(['Astana’s Balancing Act', 'Written by Dana Omarova on .', BODY]).meta.bylineText).toBe('Dana Omarova');
  });

  it('reads Russian month abbreviations and the Russian label of a publication date', () => {
    expect(parseDateLine('26 фев 2021, 07:58')).toEqual({ iso: '2021-02-26', text: '26 фев 2021' });
    expect(extract(['Uzbekistan and Japan step up cooperation', 'Дата публикации: Jan 15, 2012', BODY]).meta.date).toBe('2012-01-15');
  });

  it('keeps captions with a photographer’s credit, or a credit after a date stamp, out of the title', () => {
    const credited = extract(['Ann Lee with her son at home in Almaty on Feb. 26. (Dan Roe/For The Daily Star)', BODY]);
    expect(credited.meta).toMatchObject({ titleGenerated: true, title: 'Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company' });
    expect(credited.captions[0]?.credit).toBe('Dan Roe/For The Daily Star');
    const stamped = extract(['date 2024-06-07 Photo : YONHAP News', BODY]);
    expect(stamped.meta).toMatchObject({ date: '2024-06-07', titleGenerated: true });
  });

  it('takes a note on the writer above the story for the byline, not the story', () => {
    const article = extract(['Ann Lee, a former editor at a weekly, is a freelance journalist based in Astana, covering Central Asia.', BODY]);
    expect(article.meta).toMatchObject({ bylineText: 'Ann Lee', titleGenerated: true });
    expect(article.paragraphs).toEqual([BODY]);
    // A sentence of the story with that shape further down is the story's.
    expect(extract(['Headline on the deal', BODY, 'Ann Lee is a freelance journalist based in Astana.']).meta.bylineText).toBeNull();
  });

  it('names the publisher of a `Published by` line, and a masthead beside a section slug or a tagline', () => {
    expect(extract(['Has Kazakhstan failed its ethnic Kazakhs?', 'A deck on the question.', 'Published by The Steppe Institute', BODY]).meta.source).toBe('The Steppe Institute');
    expect(extract(['ABC Bharat / bharat', 'India offers its ports to landlocked states', BODY]).meta).toMatchObject({ source: 'ABC Bharat', title: 'India offers its ports to landlocked states' });
    expect(extract(['The Herat times, Afghanistan’s Trusted News Agency.', 'Railway work to begin soon', BODY]).meta).toMatchObject({ source: 'The Herat times', title: 'Railway work to begin soon' });
    // A headline with a comma is no masthead.
    expect(extract(['Kazakhstan Times Its Exports, Analysts Say', BODY]).meta.source).toBeNull();
  });
});

describe('date', () => {
  it.each([
    ['25 February 2025', '2025-02-25', '25 February 2025'],
    ['February 25, 2025', '2025-02-25', 'February 25, 2025'],
    ['Feb. 25, 2025', '2025-02-25', 'Feb. 25, 2025'],
    ['2025-02-25', '2025-02-25', '2025-02-25'],
    ['25.02.2025', '2025-02-25', '25.02.2025'],
    ['Tuesday, 25 February 2025 14:05', '2025-02-25', '25 February 2025'],
    ['Updated 3:14 PM GMT+5, February 25, 2025', '2025-02-25', 'February 25, 2025'],
    ['Published: 25.02.2025, 10:30 (UTC+5)', '2025-02-25', '25.02.2025'],
    ['25 февраля 2025 г.', '2025-02-25', '25 февраля 2025 г.'],
    ['Monday, 3, March, 2025', '2025-03-03', '3, March, 2025'],
  ])('%s is a date line', (line, iso, text) => {
    expect(parseDateLine(line)).toEqual({ iso, text });
    // A weekday and a date alone are read under the headline: above it, first on the page, they are the site's clock (below).
    const clockShaped = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),[^:]*$/u.test(line);
    const article = extract(clockShaped ? ['Tokayev meets Trump', line, BODY] : [line, 'Tokayev meets Trump', BODY]);
    expect(article.meta).toMatchObject({ date: iso, dateText: text, title: 'Tokayev meets Trump' });
    expect(article.paragraphs).toEqual([BODY]);
  });

  it('reads a labelled date line below the standfirst, with or without a colon', () => {
    const lines = (label: string) => ['Uranium deal signed', 'Kazakhstan has leveraged its uranium in dealings with China.', label, BODY];
    expect(extract(lines('Published on March 26, 2024')).meta.date).toBe('2024-03-26');
    expect(extract(lines('Date Published: 26 March 2024')).meta.date).toBe('2024-03-26');
    // A sentence that opens with the word is no label.
    expect(extract(lines('Published on March 26, 2024 after a long delay, the report says more.')).meta.date).toBeNull();
  });

  it('takes no date from a figure’s label beside the story (a share’s last close, a rate as of a day; collection 22)', () => {
    expect(extract(['Halyk Bank: a leading Central Asian player', 'Last close As at 17/06/2025', BODY]).meta.date).toBeNull();
    expect(extract(['Halyk Bank: a leading Central Asian player', 'Rate as of 17.06.2025', BODY]).meta.date).toBeNull();
    expect(extract(['Halyk Bank: a leading Central Asian player', 'Politics 17.06.2025', BODY]).meta.date).toBe('2025-06-17');
  });

  it('takes a weekday and a date opening the page, above the headline and with no time, for the site’s clock, not the date', () => {
    const clock = extract(['Saturday, 27, April, 2024', 'Tokayev meets Trump', BODY]);
    expect(clock.meta).toMatchObject({ date: null, title: 'Tokayev meets Trump' });
    expect(clock.paragraphs).toEqual([BODY]);
    expect(clock.removed.map((r) => r.reason)).toContain('site-clock');
    // With a time it is the story's stamp; under the headline it is the story's date line.
    expect(extract(['Mon Aug 5, 2013 6:5AM', 'Tokayev meets Trump', BODY]).meta.date).toBe('2013-08-05');
    expect(extract(['Tuesday, September 26, 2023 10:15', 'Tokayev meets Trump', BODY]).meta.date).toBe('2023-09-26');
    expect(extract(['Tokayev meets Trump', 'Tuesday, September 26, 2023', BODY]).meta.date).toBe('2023-09-26');
  });

  it('takes a blog’s date header opening the page for the day the post went up, unless the page shows it is a news site’s clock', () => {
    const post = extract(['Tuesday, May 1, 2007', '', 'Steppe activist imprisoned', '', BODY]);
    expect(post.meta).toMatchObject({ date: '2007-05-01', title: 'Steppe activist imprisoned' });
    expect(post.paragraphs).toEqual([BODY]);
    expect(extract(['Wednesday 12 December 2012', 'Steppe activist imprisoned', BODY]).meta.date).toBe('2012-12-12');
    // A news theme's print of its clock, or its other furniture: the day the page was scraped.
    expect(extract(['Monday , 27 May 2019', 'Steppe activist imprisoned', BODY]).meta.date).toBeNull();
    expect(extract(['Monday, June 05, 2023  |', 'Steppe activist imprisoned', BODY]).meta.date).toBeNull();
    expect(extract(['Friday, May 3, 2024', 'Steppe activist imprisoned', 'Must Read', BODY]).meta.date).toBeNull();
    // Another date under it is the story's; a story dating its own events years before it sits under a clock.
    expect(extract(['Wednesday, September 28, 2022', 'Steppe activist imprisoned', 'By Jane Steppe, at November 3, 2021', BODY]).meta.date).toBe('2021-11-03');
    expect(extract(['Monday, May 20, 2024', 'Steppe activist imprisoned', `On Wednesday, October 13, 2021 ${BODY}`]).meta.date).toBeNull();
  });

  it.each(['30 February 2025', 'November 9', 'Rubio spoke on Feb. 21 to Saidov', '2025', 'Sunday at noon'])(
    'no date in %s',
    (line) => {
      expect(parseDateLine(line)).toBeNull();
    },
  );

  it('never takes a date from the body', () => {
    const article = extract([BODY, 'The deal was signed on February 25, 2025 in Astana, officials said on Tuesday.']);
    expect(article.meta.date).toBeNull();
    expect(findDate('signed on February 25, 2025 in Astana')).toMatchObject({ iso: '2025-02-25' });
  });
});

describe('byline', () => {
  it('reads writers’ names stacked a line each under the headline as one byline', () => {
    expect(extract(['Steppe States Sign a Treaty', 'Anna Petrova', 'Rustam Karimzoda', 'May 5, 2006', BODY]).meta).toMatchObject({ byline: 'Anna Petrova and Rustam Karimzoda', date: '2006-05-05' });
    expect(extract(['Steppe States Sign a Treaty', 'Anna Petrova', 'Rustam Karimzoda', 'Meret Garajayew', BODY]).meta.byline).toBe('Anna Petrova, Rustam Karimzoda and Meret Garajayew');
    // A label below a writer's name is not a second writer.
    expect(extract(['Steppe States Sign a Treaty', 'Anna Petrova', 'Public Diplomacy', BODY]).meta.byline).toBe('Anna Petrova');
    expect(extract(['Steppe States Sign a Treaty', 'Anna Petrova', 'Rustam Karimzoda', 'Anna PetrovaandRustam Karimzoda', BODY]).meta.byline).toBe('Anna Petrova and Rustam Karimzoda');
  });
});

describe('byline', () => {
  it('takes an unmarked name under the headline only when it reads as a person’s', () => {
    expect(extract(['Tokayev meets Trump', 'Anna Petrova', BODY]).meta.byline).toBe('Anna Petrova');
    expect(extract(['Tokayev meets Trump', 'Public Diplomacy', BODY]).meta.byline).toBeNull();
    expect(extract(['Tokayev meets Trump', 'Eastern Promise in Central Asia', BODY]).meta.byline).toBeNull();
    // Tajik and Turkmen surnames read as names too.
    expect(extract(['Tokayev meets Trump', 'Rustam Karimzoda', BODY]).meta.byline).toBe('Rustam Karimzoda');
    expect(extract(['Tokayev meets Trump', 'Meret Garajayew', BODY]).meta.byline).toBe('Meret Garajayew');
    // A closing line likewise: `Media Desk` is no writer.
    expect(extract([BODY, BODY.replace('300', '301'), 'Media Line']).meta.byline).toBeNull();
  });

  it('reads a date opening the byline line and a role after a dash', () => {
    const article = extract(['Tokayev meets Trump', '3rd June 2019 By: Oliver Grant - Steppe Media Deputy Editor: Asia', BODY]);
    expect(article.meta).toMatchObject({ byline: 'Oliver Grant', date: '2019-06-03' });
  });

  it('reads "By" bylines, with several authors', () => {
    const article = extract(['Tokayev meets Trump', 'By Jane Doe and John Roe', BODY]);
    expect(article.meta).toMatchObject({ bylineText: 'Jane Doe and John Roe', byline: 'Jane Doe and John Roe' });
    expect(article.paragraphs).toEqual([BODY]);
  });

  it('transliterates and flips a Russian surname-first byline with a label', () => {
    const article = extract(['Tokayev meets Trump', 'Арестова Татьяна Exclusive', BODY]);
    expect(article.meta).toMatchObject({ bylineText: 'Арестова Татьяна', byline: 'Tatyana Arestova' });
  });

  it('takes an agency after the name as the source', () => {
    const article = extract(['Tokayev meets Trump', 'Olzhas Auyezov / Reuters', BODY]);
    expect(article.meta).toMatchObject({ bylineText: 'Olzhas Auyezov', source: 'Reuters' });
  });

  it('reads a byline and a date on one line', () => {
    const article = extract(['Tokayev meets Trump', 'By Jane Doe | February 25, 2025', BODY]);
    expect(article.meta).toMatchObject({ bylineText: 'Jane Doe', date: '2025-02-25' });
  });

  it('accepts a bare name only after the headline, and never a body sentence', () => {
    expect(extract(['Tokayev meets Trump', 'Jane Doe', BODY]).meta.bylineText).toBe('Jane Doe');
    const noHeadline = extract(['Jane Doe Reports', BODY]);
    expect(noHeadline.meta).toMatchObject({ title: 'Jane Doe Reports', bylineText: null });
    const body = extract([BODY, 'By Jane Doe, who covered the talks, the deal was described as historic.']);
    expect(body.meta.bylineText).toBeNull();
  });

  it('reads a staff byline of an outlet as the source', () => {
    const article = extract(['Kazakhstan says no', "By RFE/RL's Kazakh Service", BODY]);
    expect(article.meta).toMatchObject({ bylineText: null, byline: null, source: 'RFE/RL' });
    expect(article.paragraphs).toEqual([BODY]);
  });

  it('puts names in Latin script, given name first', () => {
    expect(latinName('Арестова Татьяна')).toBe('Tatyana Arestova');
    expect(latinName('Иванов Сергей')).toBe('Sergey Ivanov');
    expect(latinName('Марина Соколова')).toBe('Marina Sokolova');
    expect(latinName('Ivanov Sergey')).toBe('Sergey Ivanov');
    expect(latinName('Kevin Smith')).toBe('Kevin Smith');
    expect(latinName('Арестова Татьяна и Иванов Сергей')).toBe('Tatyana Arestova and Sergey Ivanov');
  });
});

describe('pages of new shapes (blind collection 8)', () => {
  it('reads an agency’s bracket closed by a full stop, and the site’s domain before a dash, as datelines', () => {
    const dotted = extract(['DUSHANBE (Steppe Wire). Russian President Vladimir Putin attended the summit in the Tajik capital.']);
    expect(dotted.meta).toMatchObject({ source: 'Steppe Wire', dateline: 'DUSHANBE (Steppe Wire).', titleGenerated: true });
    expect(dotted.paragraphs[0]).toBe('Russian President Vladimir Putin attended the summit in the Tajik capital.');
    const domain = extract(['Qazaqnews.kz – There are five thousand kilometers between Astana and Tokyo, and one thing in common.']);
    expect(domain.meta).toMatchObject({ source: 'Qazaqnews.kz', dateline: 'Qazaqnews.kz –', titleGenerated: true });
    // What capitals stand for, in brackets before a full stop, is prose.
    for (const prose of ['NATO (North Atlantic Treaty Organization). The alliance said the talks were useful.', 'UN (United Nations). The body met in May.']) {
      expect(extract([prose]).meta).toMatchObject({ source: null, dateline: null });
    }
  });

  it('reads the date of a blog theme’s meta line (categories, date, comment status, reading time)', () => {
    const meta = extract(['Putin visits Tajikistan for the summit', 'Asia-Pacific, News October 12, 2025 Comments Off on Putin visits Tajikistan for the summit4 minute read', BODY]);
    expect(meta.meta).toMatchObject({ title: 'Putin visits Tajikistan for the summit', date: '2025-10-12' });
    expect(meta.paragraphs).toEqual([BODY]);
  });

  it('takes a headline printed whole in quotation marks without them, and `This was reported by …` in the opening paragraph for the outlet', () => {
    expect(extract(['"Visa Policies May Spur Protests in Kyrgyzstan"', BODY]).meta.title).toBe('Visa Policies May Spur Protests in Kyrgyzstan');
    expect(extract(['“No going back,” Tokayev tells parliament', BODY]).meta.title).toBe('“No going back,” Tokayev tells parliament');
    // Not words: kept as written (tests/hostile.test.ts pushes such payloads through the whole path).
    expect(extract(['"><script>alert(123);</script x="', BODY]).meta.title).toBe('"><script>alert(123);</script x="');
    const reported = extract(['Uzbekistan and Saudi Arabia sign deals', 'On October 15, the President received a delegation from Saudi Arabia. This was reported by Qalam.uz.', BODY]);
    expect(reported.meta.source).toBe('Qalam.uz');
    // Further down, it passes on another outlet's news.
    expect(extract(['Uzbekistan and Saudi Arabia sign deals', BODY, 'The delegation left on Friday. This was reported by Qalam.uz.']).meta.source).toBeNull();
  });

  it('never takes a section’s heading, a line in another script or a hyphen bullet for the headline', () => {
    for (const heading of ['Introduction to the Crisis', 'Why is this important', 'Key takeaways', 'Үнэлгээ өгөх Үнэлгээ өгөх']) {
      expect(extract([heading, BODY]).meta, heading).toMatchObject({ titleGenerated: true, title: 'Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company' });
    }
    const bullets = extract(['- Japan invests over $9B in Kazakhstan, with 60 firms active.', '- Talks focus on rare earths and uranium.', BODY]);
    expect(bullets.meta).toMatchObject({ titleGenerated: true, title: 'Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company' });
    // A date in another script is still a date.
    expect(extract(['26 фев 2021, 07:58', 'Uzbekistan and Japan step up cooperation', BODY]).meta).toMatchObject({ date: '2021-02-26', title: 'Uzbekistan and Japan step up cooperation' });
  });
});

describe('page shapes of the ninth blind collection', () => {
  it('skips a federal site’s banner, a document-type label, staff lines, a two-line site clock and a line of tags', () => {
    const banner = extract([
      'An official website of the United States government',
      "Here's how you know",
      'A .gov website belongs to an official government organization in the United States.',
      'A lock (lock ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
      'News | Dec. 10, 2019',
      'A scholar’s new memo on Sinophobia in Central Asia',
      'By Jane Roe',
      BODY,
    ]);
    expect(banner.meta).toMatchObject({ title: 'A scholar’s new memo on Sinophobia in Central Asia', date: '2019-12-10', bylineText: 'Jane Roe' });
    expect(banner.paragraphs).toEqual([BODY]);
    const label = extract(['World news story', 'British Embassy in Tashkent sums up its year', 'On 23 January 2015, the Ambassador held a press conference in Tashkent.', BODY]);
    expect(label.meta.title).toBe('British Embassy in Tashkent sums up its year');
    const staff = extract(['Supervisor Elham AbolFateh', 'Editor in Chief Mohamed Wadie', 'ads', 'Uzbekistan and the U.S. open a new stage in higher education', BODY]);
    expect(staff.meta.title).toBe('Uzbekistan and the U.S. open a new stage in higher education');
    const clock = extract(['5 December 2025', 'Friday, 10:03', 'Baku and Astana speed up the Middle Corridor', 'Author:', '01.07.2025', BODY]);
    expect(clock.meta).toMatchObject({ title: 'Baku and Astana speed up the Middle Corridor', date: '2025-07-01' });
    const tags = extract(['Issue BriefsPublished on Oct 13, 2014 PDF Download', 'ballistic missiles,Defense,Doctrine,North Korea,Nuclear,PLA,SLBM,Submarines', '', 'The Afghanistan Factor in India’s Approach to Central Asia', '', BODY]);
    expect(tags.meta).toMatchObject({ title: 'The Afghanistan Factor in India’s Approach to Central Asia', date: '2014-10-13' });
    expect(tags.paragraphs).toEqual([BODY]);
    // After a writer's name, `Published …` is the byline's line, not a line of labels.
    expect(extract(['Turkmen gas deliveries to China grow again', 'Jane Roe (@janeroe) Published February 03, 2022 | 12:50 AM', BODY]).meta).toMatchObject({ bylineText: 'Jane Roe', date: '2022-02-03' });
    expect(extract(['Turkmen gas deliveries to China grow again', 'Top.Mail.Ru', BODY]).meta.source).toBeNull();
    expect(extract(['Putting the spotlight on Turkmenistan', 'Article by Jane Roe', 'July 12, 2019', BODY]).meta).toMatchObject({ bylineText: 'Jane Roe', date: '2019-07-12' });
  });

  it('reads a breadcrumb cut with `(...)`, a headline ending in an initialism, and the headline above a byline under a blog’s note', () => {
    const crumb = extract([
      'Home > Archives > 2015 > India’s Soft Power in Central Asia: Why it Must Act on the Look North (...)',
      'Mainstream, VOL LIII No 29 New Delhi July 11, 2015',
      'India’s Soft Power in Central Asia: Why it Must Act on the Look North Policy',
      BODY,
    ]);
    expect(crumb.meta.title).toBe('India’s Soft Power in Central Asia: Why it Must Act on the Look North Policy');
    expect(extract(['Consular Consultations Between Kazakhstan and the United States Held in Washington D.C.', BODY]).meta).toMatchObject({
      title: 'Consular Consultations Between Kazakhstan and the United States Held in Washington D.C.',
      titleGenerated: false,
    });
    // A sentence that ends with one is still a sentence.
    expect(extract(['The minister said the talks would continue with the officials of the U.S.', BODY]).meta.titleGenerated).toBe(true);
    // An office cut short closing a headline-case line (collection 24).
    expect(extract(['Kuwait Eager To Enhance Cooperation With Uzbekistan -- Min.', BODY]).meta).toMatchObject({ title: 'Kuwait Eager To Enhance Cooperation With Uzbekistan -- Min.', titleGenerated: false });
    const blog = extract([
      'Center for Strategic Communication',
      'A new post over at my other site, the one I manage as part of a long-term project on Chinese influence.',
      'Chinese Traces in Gorno-Badakhshan',
      'by Jane Roe',
      BODY,
    ]);
    expect(blog.meta).toMatchObject({ source: 'Center for Strategic Communication', title: 'Chinese Traces in Gorno-Badakhshan', bylineText: 'Jane Roe' });
    // A centre's name without what it is for is a section's label.
    expect(extract(['Media Center', 'Welcome remarks at the second meeting of the dialogue', BODY]).meta.source).toBeNull();
  });

  it('takes the outlet from a site mark, a masthead ending in Weekly or Today, and datelines with the date before or after the place', () => {
    const mark = extract(['© CABAR - Central Asian Bureau for Analytical Reporting', 'Please make active links to the source, when using materials from this website', 'Russian Language Status in Central Asian Countries', BODY]);
    expect(mark.meta).toMatchObject({ source: 'Central Asian Bureau for Analytical Reporting', title: 'Russian Language Status in Central Asian Countries' });
    expect(extract(['Mainstream Weekly', 'India and Central Asia need each other more', BODY]).meta.source).toBe('Mainstream Weekly');
    const placeDate = extract(['Consular consultations held in Washington', 'Washington, April 24, 2024, The Europe Today: According to the embassy, consular consultations were held in Washington.', BODY]);
    expect(placeDate.meta).toMatchObject({ source: 'The Europe Today', date: '2024-04-24' });
    expect(placeDate.paragraphs[0]).toBe('According to the embassy, consular consultations were held in Washington.');
    // A photographer working `For` an outlet works for the one publishing the story.
    const credit = extract(['Zharqynbek Otan with his family at home in Almaty on Feb. 26. (Izturgan Aldauyev/For The Washington Post)', BODY]);
    expect(credit.meta.source).toBe('The Washington Post');
    expect(extract(['A view of Almaty on Feb. 26. (Izturgan Aldauyev/Reuters)', BODY]).meta.source).toBeNull();
    const dateFirst = extract(['September 26, 2025 - TRA Newswire -', BODY]);
    expect(dateFirst.meta).toMatchObject({ source: 'TRA Newswire', date: '2025-09-26', titleGenerated: true });
  });
});

describe('page shapes of the tenth blind collection', () => {
  it('reads datelines with the agency in brackets before or after the date, a comma before the bracket, and a state’s formal name', () => {
    const agencyFirst = extract(['(Yicai) Feb. 21 -- The number of Chinese tourists to Kazakhstan surged 12 times last year.', BODY]);
    expect(agencyFirst.meta).toMatchObject({ source: 'Yicai', titleGenerated: true, title: 'The number of Chinese tourists to Kazakhstan surged 12 times last year' });
    expect(extract(['Kazakhstan, Uzbekistan key to U.S. interests', 'Dec. 6 (UPI) -- As the leaders met in Tashkent, the region drew notice.', BODY]).meta.source).toBe('UPI');
    // A wire and the agency carrying it, glued by a slash: the dateline, and no outlet guessed from the order; the one
    // that is not an international wire when the other is (collection 65's rule, tested there too).
    const glued = extract(['Beijing, May 18, (MNA/GNA) – China and the states of Central Asia began a two-day summit.', BODY]);
    expect(glued.meta).toMatchObject({ source: null, title: 'China and the states of Central Asia began a two-day summit' });
    const formal = extract(['Tashkent, the Republic of Uzbekistan, February 27, 2020 – The two agencies signed an agreement on geology.', BODY]);
    expect(formal.meta).toMatchObject({ date: '2020-02-27', title: 'The two agencies signed an agreement on geology' });
    // `Recently, the Trans-Caspian …` is no dateline.
    expect(extract(['Recently, the Trans-Caspian International Transport Route has come into focus again.', BODY]).meta.dateline).toBeNull();
  });

  it('prefers the labelled publication date to the update, reads a dash after the label and a date that ends a document’s header line', () => {
    const hindu = extract(['Central Asia meet forms Afghan group', 'PM says countries are concerned about the developments in Afghanistan; leaders discuss connectivity.', 'Updated - January 28, 2022 01:04 am IST', 'Published - January 27, 2022 08:20 pm IST - New Delhi', BODY]);
    expect(hindu.meta.date).toBe('2022-01-27');
    const stamps = extract(['India and Kazakhstan firm up uranium supply', 'Since Kazakhstan is a large trading partner, there was stress on improving connectivity.', 'Published: 08th July 2015 09:54 PM  |   Last Updated: 08th July 2015 09:58 PM   |  A+A-', BODY]);
    expect(stamps.meta.date).toBe('2015-07-08');
    expect(extract(['Tajik nationals risk abduction in Russia', 'Further information on UA: 214/11 Index: EUR 46/042/2012 Russia Date: 1 November 2012', BODY]).meta.date).toBe('2012-11-01');
  });

  it('takes the writer a standfirst names (`Guy Norton reports from Almaty …`), and a caption credited to a social handle for a caption', () => {
    const standfirst = extract(['A two-way street between Kazakhstan and Korea', 'Kazakhstan is the main conduit for Korean investment. Guy Norton reports from Almaty on the future for cooperation.', BODY]);
    expect(standfirst.meta.bylineText).toBe('Guy Norton');
    expect(standfirst.paragraphs[0]).toBe('Kazakhstan is the main conduit for Korean investment. Guy Norton reports from Almaty on the future for cooperation.');
    const handle = extract([' date 2025-12-11 Prime Minister Shehbaz Sharif shakes hands with Turkmenistan President Serdar Berdimuhamedov during their meeting in Ashgabat, Turkmenistan, December 11, 2025. — X/@GovtofPakistan', '', BODY]);
    expect(handle.meta).toMatchObject({ titleGenerated: true, title: 'Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company' });
  });

  it('takes the outlet from the page’s own copyright line when nothing else names it', () => {
    expect(extract(['Tokayev meets Xi in Astana', BODY, '© 2024 The Astana Times. All rights reserved.']).meta.source).toBe('The Astana Times');
    expect(extract(['Tokayev meets Xi in Astana', BODY, 'Copyright © Delinian Limited and its affiliated companies 2024']).meta.source).toBeNull();
    // A wire's credit in brackets, its legal form left off (collection 23).
    const wire = extract(['Tokayev meets Xi in Astana', BODY, '[Copyright The Steppe Press, Ltd.]']);
    expect(wire.meta.source).toBe('The Steppe Press');
    expect(wire.paragraphs).toEqual([BODY]);
    // The year in brackets and a note after the reservation (collection 13); a Korean site's footer (collection 5).
    expect(extract(['Tokayev meets Xi in Astana', BODY, '© The Steppe Times (2010) — All Rights Reserved. Original source: The Steppe Times']).meta.source).toBe('The Steppe Times');
    const korean = extract(['Tokayev meets Xi in Astana', BODY, '저작권자 © The Seoul Steppe Post 무단전재 및 재배포 금지']);
    expect(korean.meta.source).toBe('The Seoul Steppe Post');
    expect(korean.paragraphs).toEqual([BODY]);
  });

  it('skips a fund-raising banner and a share bar above the headline', () => {
    const tol = extract(['Support independent journalism in Central & Eastern Europe.', 'Donate to TOL!', '× Learn more', 'No, thanks Photo: Jane Roe', 'back  |  printBookmark and Share', 'Grand Visions Meet Grim Reality on Kazakh-Chinese Border', BODY]);
    expect(tol.meta.title).toBe('Grand Visions Meet Grim Reality on Kazakh-Chinese Border');
  });
});

describe('source and dateline', () => {
  it('reads `as X previously reported` as the source, and a stamp’s zone and place as the stamp’s (collection 22)', () => {
    const article = extract([
      'Assets of a Kazakh steelmaker may be sold following the fire',
      'Friday, 25 August 2023 12:24:27 (GMT+3)   |   Istanbul',
      'Kazakh authorities said the steelmaker’s assets may be sold.',
      'There is a rumour in the market about the buyer.',
      'Five miners were killed in a fire at a coal mine, as SteelWire previously reported.',
    ]);
    expect(article.meta).toMatchObject({ date: '2023-08-25', source: 'SteelWire' });
    expect(article.paragraphs[0]).toBe('Kazakh authorities said the steelmaker’s assets may be sold.');
  });

  it('reads a section’s label with the site’s domain in brackets, and a desk’s signature, opening the story (collection 24)', () => {
    const domain = extract(['Serdar to succeed his father as president', 'Russia and the CIS (steppe.net) - The current president will transfer power to his son.', BODY]);
    expect(domain.meta.source).toBe('steppe.net');
    expect(domain.paragraphs[0]).toBe('The current president will transfer power to his son.');
    const desk = extract(['Web Desk; Uzbekistan has achieved a major diplomatic milestone as UNESCO chose Samarkand.', BODY]);
    expect(desk.meta).toMatchObject({ title: 'Uzbekistan has achieved a major diplomatic milestone as UNESCO chose Samarkand', source: null });
  });

  it('reads `AMN / SAMARKAND` on a line of its own as the agency, then the place it files from (collection 24)', () => {
    const article = extract(['Modi meets Mirziyoyev in Samarkand', '', 'AMN / SAMARKAND', '', BODY]);
    expect(article.meta.source).toBe('AMN');
    expect(article.paragraphs).toEqual([BODY]);
  });

  it('reads a date and the place in capitals in brackets opening the story as its dateline (collection 23)', () => {
    const article = extract(['20-5-2024 (KUALA LUMPUR) Prime Minister Anwar Ibrahim has hailed his tour of Central Asia as a success.', BODY]);
    expect(article.meta).toMatchObject({ date: '2024-05-20', title: 'Prime Minister Anwar Ibrahim has hailed his tour of Central Asia as a success' });
    expect(article.paragraphs[0]).toBe('Prime Minister Anwar Ibrahim has hailed his tour of Central Asia as a success.');
  });

  it('reads a masthead with a tagline after a dash, and a newsroom signing as its staff (collection 22)', () => {
    const tagged = extract(['Steppe NEWS - Turkmenistan news', 'Turkmenistan will cooperate more with Japanese companies', BODY]);
    expect(tagged.meta).toMatchObject({ source: 'Steppe News', title: 'Turkmenistan will cooperate more with Japanese companies' });
    // A headline and its site are the other way round.
    expect(extract(['Kazakhstan Signs Rail Deal - Steppe Times', BODY]).meta.source).toBe('Steppe Times');
    const staff = extract(['DP World moves to cash in on the New Silk Road', 'By: Logistics Steppe East Staff', BODY]);
    expect(staff.meta).toMatchObject({ source: 'Logistics Steppe East', byline: null });
    // A writer's name before `Staff Writer` stays the writer's.
    expect(extract(['DP World moves to cash in on the New Silk Road', 'By Jane Roe Staff Writer', BODY]).meta).toMatchObject({ byline: 'Jane Roe', source: null });
  });

  it.each([
    ['CV NEWS FEED // As the U.S. election approaches, Central Asian nations are watching closely.', 'CV NEWS FEED', 'CV NEWS FEED //'],
    ['WASHINGTON (AP) — The leaders of five Central Asian nations met President Trump on Thursday.', 'AP', 'WASHINGTON (AP) —'],
    ['ALMATY, Kazakhstan (Reuters) - Kazakhstan will buy 300 locomotives from a U.S. company, it said.', 'Reuters', 'ALMATY, Kazakhstan (Reuters) -'],
    ['ASTANA, Feb 25 (Reuters) - Kazakhstan will buy 300 locomotives from a U.S. company, it said.', 'Reuters', 'ASTANA, Feb 25 (Reuters) -'],
    ['MOSCOW, February 25. /TASS/. Russia and Kazakhstan signed a new agreement on energy supplies.', 'TASS', 'MOSCOW, February 25. /TASS/.'],
    // (A wire's letters in lower case between the slashes are its acronym.)
    ['NUR-SULTAN, December 10. /tass/. The next meeting of the commission will be held on December 13.', 'TASS', 'NUR-SULTAN, December 10. /tass/.'],
    // Any name between the slashes after a date, in quotation marks and with its `IA` (news agency) too.
    ['LONDON, February 14. /“Steppeyo” IA/. The Times has published an article about Uzbekistan.', 'Steppeyo', 'LONDON, February 14. /“Steppeyo” IA/.'],
    ['ASTANA. KAZINFORM – President Tokayev held a phone conversation with U.S. President Trump.', 'Kazinform', 'ASTANA. KAZINFORM –'],
    ['ALMATY -- Kazakhstan will not allow its territory to be used to help Russia evade sanctions.', null, 'ALMATY --'],
    // A saint's abbreviated name is part of the place, not a place before an agency.
    ['ST. PETERSBURG – A Steppeville carmaker plans to build a plant in Kyrgyzstan this summer.', null, 'ST. PETERSBURG –'],
  ])('%s', (paragraph, source, dateline) => {
    const article = extract([paragraph]);
    expect(article.meta).toMatchObject({ source, dateline, titleGenerated: true });
    expect(article.paragraphs[0]).toBe(paragraph.slice(dateline.length).trim());
    expect(article.meta.title.startsWith(article.paragraphs[0]!.slice(0, 10))).toBe(true);
  });

  it.each([
    // A title-case place with a date and an agency in brackets before the separator.
    ['Osaka, Nov. 3 (Kyodo Press)–Japan and Uzbekistan agreed on Friday to expand their uranium trade.', 'Kyodo Press', 'Osaka, Nov. 3 (Kyodo Press)–'],
    // A place in capitals with a full date and no separator.
    ['TOKYO, March 4, 2025 Japanese officials said the summit would be held in Astana.', null, 'TOKYO, March 4, 2025'],
    // The outlet's name, and its tagline after a slash, before a colon.
    ['Dunya Press/ Dunya news: The Prime Minister of Tajikistan arrived in Ankara on Monday.', 'Dunya Press', 'Dunya Press/ Dunya news:'],
    // A masthead in capitals glued to the first word.
    ['ALTAIR-NEWSThe meeting of the foreign ministers will be held in Bishkek in May.', 'Altair-News', 'ALTAIR-NEWS'],
    // Agencies in capitals joined by a hyphen keep an acronym's case.
    ['TOKYO, March 4, 2025 (AFP-JIJI) – Japanese officials said the summit would be held in Astana.', 'AFP-Jiji', 'TOKYO, March 4, 2025 (AFP-JIJI) –'],
    ['THE TASHKENT TIMES: Uzbekistan opened a new railway line to the Afghan border on Monday.', 'The Tashkent Times', 'THE TASHKENT TIMES:'],
    // The outlet's name before a slash.
    ['Gulf Times/ Official media said on Monday that the two sides had signed a gas deal.', 'Gulf Times', 'Gulf Times/'],
  ])('reads the opening of %s', (paragraph, source, dateline) => {
    const article = extract([paragraph]);
    expect(article.meta).toMatchObject({ source, dateline, titleGenerated: true });
    expect(article.paragraphs[0]).toBe(paragraph.slice(dateline.length).trim());
  });

  it.each([
    'President Tokayev: We will keep the multi-vector policy for as long as it serves the country.',
    'NATO said on Monday that the talks with Kazakhstan had been useful and would go on.',
    'UNESCO listed the Silk Roads corridor in 2014, and more sites have been added since then.',
    // A section's label before a colon, even one that is also an outlet's name.
    'Foreign Policy: The United States is losing ground in Central Asia, analysts said on Monday.',
    'The report: During the 2022 harvest, two groups of monitors independently visited the cotton fields.',
  ])('leaves prose alone: %s', (paragraph) => {
    expect(extract([paragraph]).meta).toMatchObject({ source: null, dateline: null });
  });

  it('skips a numbered menu, a menu line with a word in another script, and never takes a long sentence for the headline', () => {
    const menu = extract(['Skip navigation', '1. HOME', '2. Media', '3. Press Releases', 'Press Releases 詳細', 'Outcome of the fifth Japan-Central Asia dialogue', BODY]);
    expect(menu.meta).toMatchObject({ title: 'Outcome of the fifth Japan-Central Asia dialogue', source: null, titleGenerated: false });
    const long =
      'During a meeting on Monday with the foreign minister of Kyrgyzstan the visiting energy minister noted the work of the joint commission and its agenda, stating that such meetings can raise trade between the two countries';
    expect(extract([long, BODY]).meta.titleGenerated).toBe(true);
  });

  it('skips a line of category tags, never a headline in title case', () => {
    expect(extract(['Bilateral Defence Diplomatic Featured Global News News Politics United States US', 'Saidov, Blinken hold talks', BODY]).meta.title).toBe('Saidov, Blinken hold talks');
    expect(extract(['Central Asia Featured Global News News', 'Saidov, Blinken hold talks', BODY]).meta.title).toBe('Saidov, Blinken hold talks');
    expect(extract(['Kazakhstan Signs Uranium Deal With China And Japan', BODY]).meta.title).toBe('Kazakhstan Signs Uranium Deal With China And Japan');
  });

  it('skips a call to action in capitals and a section label glued to the headline', () => {
    expect(extract(['JOIN THE CONVERSATION TODAY!', 'Tokayev meets Trump in Washington', BODY]).meta.title).toBe('Tokayev meets Trump in Washington');
    expect(extract(['WorldTokayev meets Trump in Washington', BODY]).meta.title).toBe('Tokayev meets Trump in Washington');
    expect(extract(['WorldCom bids for the Kazakh telecom operator', BODY]).meta.title).toBe('WorldCom bids for the Kazakh telecom operator');
    expect(extract(['BusinessEurope welcomes the Central Asia trade deal', BODY]).meta.title).toBe('BusinessEurope welcomes the Central Asia trade deal');
  });

  it('takes an outlet-shaped masthead line and a "Name, Agency" closing credit', () => {
    const masthead = extract(['Gulf News Network', 'Astana', BODY]);
    expect(masthead.meta).toMatchObject({ source: 'Gulf News Network', titleGenerated: true });
    expect(masthead.paragraphs).toEqual([BODY]);
    // A headline in headline case that ends in an outlet word is the headline.
    expect(extract(['Kyrgyzstan Restricts Foreign Press', BODY]).meta).toMatchObject({ title: 'Kyrgyzstan Restricts Foreign Press', source: null });
    const credit = extract([BODY, BODY.replace('300', '301'), 'A. Karimova, UzA']);
    expect(credit.meta).toMatchObject({ source: 'UzA', byline: 'A. Karimova' });
    expect(credit.paragraphs).toHaveLength(2);
    // The photographer's credit may stand between the writer and the agency (collection 68).
    const photographed = extract([BODY, BODY.replace('300', '301'), 'Erkin Steppegorov, photo by Tohir Steppatov, UzA']);
    expect(photographed.meta).toMatchObject({ source: 'UzA', byline: 'Erkin Steppegorov' });
    expect(photographed.captions.map((c) => [c.text, c.credit])).toEqual([['', 'Tohir Steppatov']]);
    // A role's acronym after a name is no agency.
    expect(extract([BODY, BODY.replace('300', '301'), 'Aliya Karimova, CEO']).meta.source).toBeNull();
  });

  it('reads a byline block below the standfirst: the outlet, the writer and the dateline on lines of their own', () => {
    const article = extract([
      'Tokayev to host the first summit with Gulf leaders later today',
      'The five leaders were to meet in person but chose a video link instead, officials said on Monday',
      'Gulf News Service',
      'Aliya Karimova',
      'Astana, March 4',
      BODY,
    ]);
    expect(article.meta).toMatchObject({ source: 'Gulf News Service', byline: 'Aliya Karimova', title: 'Tokayev to host the first summit with Gulf leaders later today' });
    expect(article.paragraphs).not.toContain('Aliya Karimova');
    // A dateline with its year frames the name as well as the outlet; a line that reads as no one's name is no byline.
    const standfirst = 'The five leaders were to meet in person but chose a video link instead, officials said on Monday.';
    const dated = extract(['Tokayev to host the first summit with Gulf leaders later today', standfirst, 'Aliya Karimova', 'Astana, March 4, 2025', BODY]);
    expect(dated.meta).toMatchObject({ byline: 'Aliya Karimova', date: '2025-03-04' });
    expect(extract(['Tokayev to host the first summit with Gulf leaders later today', standfirst, 'Gulf News Service', 'Regional Desk', BODY]).meta.byline).toBeNull();
    // A bare name in the body, with no outlet or dateline beside it, is not a byline.
    expect(extract(['Tokayev to host the summit', BODY, 'Aliya Karimova', BODY.replace('300', '301')]).meta.byline).toBeNull();
  });

  it('takes the institution named right under the headline as the publisher, and only there', () => {
    const council = extract(['Ministers agree a new transport plan for the region', 'Council of the Baltic States', BODY]);
    expect(council.meta).toMatchObject({ source: 'Council of the Baltic States', title: 'Ministers agree a new transport plan for the region' });
    expect(council.paragraphs).toEqual([BODY]);
    const below = extract(['Ministers agree a new transport plan for the region', BODY, 'Council of the Baltic States', BODY.replace('300', '301')]);
    expect(below.meta.source).toBeNull();
    // A deck under the headline that ends in an institution's word is no institution.
    expect(extract(['Central Asia and the new tariffs', 'A Test for the Trump Administration', BODY]).meta.source).toBeNull();
  });

  it('reads a place with a numeric date as a dateline, and a writer’s name run into the story after it', () => {
    const article = extract(['date 2023-03-02 Brussels 02.03.2023 Maria de Vries The Council of the EU adopted new sanctions on Thursday.', BODY]);
    expect(article.meta).toMatchObject({ date: '2023-03-02', bylineText: 'Maria de Vries', titleGenerated: true, title: 'The Council of the EU adopted new sanctions on Thursday' });
    // No date, no dateline: a title-case place is prose (`Brussels The …` is not how anyone writes).
    expect(extract(['Headline about the sanctions', 'Brussels will adopt new sanctions on Thursday, diplomats said.']).meta.dateline).toBeNull();
    // What follows the dateline is a name only when it reads as a person's.
    expect(extract(['Headline about the sanctions', 'Brussels 02.03.2023 Foreign Affairs The Council adopted new sanctions.']).meta.bylineText).toBeNull();
  });

  it('takes a full date from a dateline', () => {
    const article = extract(['ASTANA, Feb. 25, 2025 (Reuters) - Kazakhstan will buy 300 locomotives, it said.']);
    expect(article.meta).toMatchObject({ date: '2025-02-25', source: 'Reuters' });
  });

  it('finds "…, X reports." in the first paragraphs, keeping the sentence; an outlet cited "according to" is not the publisher', () => {
    const reports = extract(['Headline here', 'Tukumova spoke about U.S. attention to the region, Qazinform News Agency reports.']);
    expect(reports.meta.source).toBe('Qazinform News Agency');
    expect(reports.paragraphs).toEqual(['Tukumova spoke about U.S. attention to the region, Qazinform News Agency reports.']);
    // ../shared/gold/NOTES.md: the source is the outlet the text names as its publisher, not one it quotes.
    const cited = extract([BODY, 'According to the Sabah Daily (Türkiye) on November 9, the region has shown a dull attitude.']);
    expect(cited.meta.source).toBeNull();
    const person = extract([BODY, 'According to Professor Gerard Toal, leaders understand that it is impossible.']);
    expect(person.meta.source).toBeNull();
  });

  it('takes a past-tense report for news passed on, not the publisher; the present tense and `As X reported` credit it', () => {
    const service = extract(['Tokayev meets OSCE envoy', 'Tokayev met the envoy in Astana on Monday, the press service of Akorda reported.', BODY]);
    expect(service.meta.source).toBeNull();
    const release = extract(['Tokayev meets OSCE envoy', 'Tokayev met the envoy in Astana on Monday, the press service of Akorda reports.', BODY]);
    expect(release.meta.source).toBe('Akorda');
    const later = extract(['Tajik base to be built with Chinese funds', BODY, 'The base will cost $10 million, Eurasianet reported.']);
    expect(later.meta.source).toBeNull();
    const as = extract(['Tajik base to be built with Chinese funds', BODY, 'As Eurasianet reported, the base will cost $10 million.']);
    expect(as.meta.source).toBe('Eurasianet');
  });

  it('reads the outlet after the place in a dateline, and an outlet’s reporter line', () => {
    const dateline = extract(['Turkmenistan and Japan sign new accords', 'Ashgabat, The Caspian Herald: A series of agreements were signed on Monday.']);
    expect(dateline.meta.source).toBe('The Caspian Herald');
    expect(dateline.paragraphs).toEqual(['A series of agreements were signed on Monday.']);
    // Not a country after the place.
    expect(extract(['Accords signed', 'Astana, Kazakhstan: A series of agreements were signed on Monday.']).meta.source).toBeNull();
    const reporter = extract(['Seoul and Astana sign minerals deal', 'Jun 13, 2024, 10:23 am', 'President Yoon arrives at the palace in Astana on Wednesday for talks with his host.', 'KoreaDaily reporter Kim Min-ji', BODY]);
    expect(reporter.meta).toMatchObject({ source: 'KoreaDaily', bylineText: 'Kim Min-ji' });
    // A nationality before `reporter` is no outlet.
    const national = extract(['Seoul and Astana sign minerals deal', 'Kazakh reporter Aigerim Seitova', BODY]);
    expect(national.meta.source).toBeNull();
  });

  it('ignores outlets cited deep in the article', () => {
    const article = extract([BODY, BODY.replace('300', '301'), BODY.replace('300', '302'), 'The deal was first reported, the Financial Times reported.']);
    expect(article.meta.source).toBeNull();
  });

  it('takes a wire’s present-tense credit closing the story, and only there', () => {
    const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];
    expect(extract([...story, 'Russia plans to buy 11 billion cubic meters in 2026, the AP reports.']).meta.source).toBe('AP');
    // In the middle of the last paragraph, or in the past tense, it is a citation.
    expect(extract([...story, 'The AP reports that Russia plans to buy more gas. Talks go on.']).meta.source).toBeNull();
    expect(extract([...story, 'Russia plans to buy 11 billion cubic meters in 2026, the AP reported.']).meta.source).toBeNull();
  });
});

describe('the eleventh collection’s first score (dev half): metadata', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('reads a wire’s name bulleted on a line of its own as the source', () => {
    expect(extract(['• Kyodo', BODY]).meta.source).toBe('Kyodo');
    expect(extract(['• Summit talks went well', BODY]).meta.source).toBeNull();
  });

  it('reads the newsroom speaking of itself anywhere in the story: `HT has learnt.`, `… has contacted … for comment`', () => {
    expect(extract([...story, 'Terror will be up for discussion, HT has learnt.']).meta.source).toBe('HT');
    expect(extract([...story, 'Newsweek has contacted Russia’s Foreign Ministry for comment via email.']).meta.source).toBe('Newsweek');
    // Learning lessons, or asking for something else, is not the newsroom.
    expect(extract([...story, 'NATO has learned lessons from the war.', 'The ministry has asked Congress for more funds.']).meta.source).toBeNull();
  });

  it('splits an outlet’s name from its writer’s in a byline: `By Diplomacy Journal Lee Kap-soo`', () => {
    const article = extract(['President Yoon visits Turkmenistan, Kazakhstan, Uzbekistan', 'By Diplomacy Journal Lee Kap-soo', BODY]);
    expect(article.meta.bylineText).toBe('Lee Kap-soo');
    expect(article.meta.source).toBe('Diplomacy Journal');
  });

  it('reads a two-digit year only after a publication label', () => {
    expect(findDate('Samarkand | Published 11.12.23, 06:08 AM')?.iso).toBe('2023-12-11');
    expect(parseDateLine('Published 11.12.23')?.iso).toBe('2023-12-11');
    expect(findDate('The talks on 11.12.23 went well')).toBeNull();
  });

  it('takes a wire’s name and a placed date line that stand below a deck, out of the text', () => {
    const article = extract([
      'Samarkand Medical University sees steady rise of Indian medical aspirants',
      'This happens after doors of hope shut down in Ukraine due to the war, and Indian medical students choose anew.',
      'PTI',
      'Samarkand | Published 11.12.23, 06:08 AM',
      BODY,
    ]);
    expect(article.meta.source).toBe('PTI');
    expect(article.meta.date).toBe('2023-12-11');
    expect(article.paragraphs.at(-1)).toBe(BODY);
    expect(article.paragraphs).not.toContain('PTI');
  });

  it('takes `…, as the Financial Times writes` for a digest’s citation, not the publisher', () => {
    expect(extract(['Grand Visions Meet Grim Reality on the Border', 'But all is not going to plan, as the Financial Times writes. Traders complain.', BODY]).meta.source).toBeNull();
  });

  it('keeps a contact block, a menu’s bulleted items and a series note out of the title', () => {
    expect(extract(['1477', 'Toll-free', 'Working days, from 09:00 to 18:30', 'Press release №7. The base rate raised to 12.0%', BODY]).meta.title).toBe(
      'Press release №7. The base rate raised to 12.0%',
    );
    expect(extract(['- Category', '- War in Ukraine', 'Kyrgyzstan’s Economic Boom Runs on Helping Russia Skirt Sanctions', BODY]).meta.title).toBe(
      'Kyrgyzstan’s Economic Boom Runs on Helping Russia Skirt Sanctions',
    );
    const series = extract(['This is Part 2 of a two-part series looking at the Aral Sea recovery projects and the future of the watershed.', BODY]);
    expect(series.meta.titleGenerated).toBe(true);
    expect(series.meta.title.startsWith('Kazakhstan agreed')).toBe(true);
  });
});

describe('the twelfth collection’s first score (dev half): metadata', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('reads datelines of press releases and agencies: a place and date before a dash, an agency between slashes, a dated bracket', () => {
    const release = extract(['Boeing order', 'Tashkent, September 22, 2025 — Uzbekistan Airways has signed a firm contract with Boeing.', BODY]);
    expect(release.meta.date).toBe('2025-09-22');
    expect(release.paragraphs[0]).toBe('Uzbekistan Airways has signed a firm contract with Boeing.');
    const agency = extract(['Premier meets President', 'Ulaanbaatar, October 29, 2024 /MONTSAME/. Prime Minister of Mongolia paid a courtesy call.', BODY]);
    expect([agency.meta.source, agency.meta.date]).toEqual(['MONTSAME', '2024-10-29']);
    const bracket = extract(['Bishops meet', 'Newsroom (11/10/2021 11:00, Gaudium Press) Following a decree, an episcopal conference was set up.', BODY]);
    // The outlet; the date stays unread, its day and month either way round.
    expect([bracket.meta.source, bracket.meta.date]).toEqual(['Gaudium Press', null]);
    // A city in brackets is the place, not an agency.
    expect(extract(['Uzbekistan in the lowest tier', '(Washington) – The United States placed Uzbekistan in the lowest tier.', BODY]).meta.source).toBeNull();
  });

  it('reads a month’s name between dashes: `Updated 18:46, 09-Jul-2018`', () => {
    expect(findDate('Updated 18:46, 09-Jul-2018')?.iso).toBe('2018-07-09');
  });

  it('keeps browser banners, logos, a breadcrumb glued to the headline and a site’s parallel taglines out of the title', () => {
    const uefa = extract(['UEFA.com works better on other browsers', 'For the best possible experience, we recommend using Chrome, Firefox or Microsoft Edge.', 'Introducing Astana: Kazakhstan’s pioneers', BODY]);
    expect([uefa.meta.title, uefa.meta.source]).toEqual(['Introducing Astana: Kazakhstan’s pioneers', 'UEFA.com']);
    expect(extract(['BETA', 'This is a BETA experience. You may opt-out by clicking here', 'We Must Pay Attention To Uzbekistan', BODY]).meta.title).toBe('We Must Pay Attention To Uzbekistan');
    expect(extract(['News World PM Modi, Kazakh President discuss ways to expand ties', 'PM Modi, Kazakh President discuss ways to expand ties', BODY]).meta.title).toBe('PM Modi, Kazakh President discuss ways to expand ties');
    const forum = extract(['f18 Logo', 'The right to believe, to worship and witness', 'The right to change one’s belief or religion', 'KAZAKHSTAN: Restrictions on spreading religious literature', BODY]);
    expect(forum.meta.title).toBe('KAZAKHSTAN: Restrictions on spreading religious literature');
    // A headline printed twice, once with its credit, is no list.
    expect(extract(['Kyrgyzstan, Tajikistan agree on border ceasefire', 'Kyrgyzstan, Tajikistan agree on border ceasefire (Kabar)', BODY]).meta.title).toBe('Kyrgyzstan, Tajikistan agree on border ceasefire');
  });

  it('reads a credit line that reads like a sentence: `Story by … for The Beet. Edited by …`', () => {
    expect(extract(['Story by Katie Marie Davies for The Beet. Edited by Eilish Hart.', ...story]).meta.bylineText).toBe('Katie Marie Davies');
  });

  it('reads `(With PTI Inputs)` near the end as the wire the story used', () => {
    expect(extract(['Modi meets ministers', ...story, '(With PTI Inputs)', 'Show comments']).meta.source).toBe('PTI');
    expect(extract(['Modi meets ministers', ...story, '(With best wishes)']).meta.source).toBeNull();
  });
});

describe('the thirteenth collection’s first score (dev half): metadata', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('reads a digest’s credit to the paper it translates as the source and the date', () => {
    const article = extract(['From Nezavisimaya gazeta, May 16, 2024, p. 3. Complete text:', ...story]);
    expect([article.meta.source, article.meta.date]).toEqual(['Nezavisimaya Gazeta', '2024-05-16']);
  });

  it('keeps a site clock with its Hijri date, a weather widget, masthead staff in capitals, social labels and an empty date label out of the title', () => {
    const oman = extract([
      'Friday, March 29, 2024 | Ramadan 18, 1445 H',
      'clear sky',
      'weather',
      'OMAN',
      '25°C / 25°C',
      'EDITOR IN CHIEF- ABDULLAH BIN SALIM AL SHUEILI',
      'Oman, Uzbekistan relations deep-rooted',
      BODY,
    ]);
    // The site's clock is not the story's date either.
    expect([oman.meta.title, oman.meta.date]).toEqual(['Oman, Uzbekistan relations deep-rooted', null]);
    expect(extract(['Connect with us', 'Explainer: How Kazakhstan Is Exploring Africa', BODY]).meta.title).toBe('Explainer: How Kazakhstan Is Exploring Africa');
    const empty = extract(['(Last Updated On: )', ...story]);
    expect(empty.meta.titleGenerated).toBe(true);
    expect(empty.meta.title.startsWith('Kazakhstan agreed')).toBe(true);
  });

  it('takes the whole headline when a line above printed it cut short, but not a headline with its credit after it', () => {
    expect(extract(['Qatar Charity implements Humanitarian and', 'Qatar Charity implements Humanitarian and Developmental Projects in Kyrgyzstan', BODY]).meta.title).toBe(
      'Qatar Charity implements Humanitarian and Developmental Projects in Kyrgyzstan',
    );
    expect(extract(['Kyrgyzstan, Tajikistan agree on border ceasefire', 'Kyrgyzstan, Tajikistan agree on border ceasefire (Kabar)', BODY]).meta.title).toBe('Kyrgyzstan, Tajikistan agree on border ceasefire');
  });

  it('reads a closing credit the cleaner set aside with the teasers: `By Charles Kennedy for Oilprice.com`, `Mi’raj News Agency (MINA)`', () => {
    const oil = extract(['Chevron starts Tengiz expansion', ...story, 'By Charles Kennedy for Oilprice.com', 'More Top Reads From Oilprice.com']);
    expect(oil.removed.some((r) => r.reason === 'teaser' && r.text.startsWith('By Charles Kennedy'))).toBe(true);
    expect([oil.meta.source, oil.meta.bylineText]).toEqual(['Oilprice.com', 'Charles Kennedy']);
  });
});

describe('the fourteenth collection’s first score (dev half): metadata', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('keeps a subscription prompt, an accessibility widget’s settings and an image’s keywords out of the title', () => {
    expect(extract(['Don’t miss the latest developments in business and finance.', 'India seeks to unlock trade with Central Asia', BODY]).meta.title).toBe('India seeks to unlock trade with Central Asia');
    expect(extract(['The website color', 'Distance between letter distance', 'Youth delegation visits the Mazhilis', BODY]).meta.title).toBe('Youth delegation visits the Mazhilis');
    expect(extract(['Politics', 'Central Asia, Tajik, girl', 'China vaults past the US in the region', BODY]).meta.title).toBe('China vaults past the US in the region');
    // A headline listing countries is still a headline.
    expect(extract(['Kazakhstan, Uzbekistan, Kyrgyzstan sign water deal', BODY]).meta.title).toBe('Kazakhstan, Uzbekistan, Kyrgyzstan sign water deal');
  });

  it('reads `The writer is …` above the story as a note on its author, not its headline', () => {
    const article = extract(['The writer is the minister of investment, industry and trade of Uzbekistan.', ...story]);
    expect(article.meta.titleGenerated).toBe(true);
    expect(article.meta.title.startsWith('Kazakhstan agreed')).toBe(true);
  });

  it('reads the page’s title printed twice as the headline, and the name after its dash as the source', () => {
    const article = extract(['China Vaults Past US, Russia in New ‘Great Game’ - WhoWhatWhy China Vaults Past US, Russia in New ‘Great Game’ - WhoWhatWhy', 'Politics', ...story]);
    expect([article.meta.title, article.meta.source]).toEqual(['China Vaults Past US, Russia in New ‘Great Game’', 'WhoWhatWhy']);
  });

  it('reads a date after its label when the reading time comes first (`2 min read Last Updated : Aug 01 2022`)', () => {
    const article = extract(['India seeks to unlock trade with Central Asia', 'Jane Roe New Delhi', '2 min read Last Updated : Aug 01 2022 | 6:15 AM IST', ...story]);
    expect(article.meta.date).toBe('2022-08-01');
  });
});

describe('the fifteenth collection’s first score (dev half): metadata', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('keeps a section path, a meta tag and a site’s taglines out of the title, and takes the site’s name from its own description', () => {
    expect(extract(['Asia | Central Asia', 'Stan v stan', 'A new sort of Great Game', ...story]).meta.title).toBe('Stan v stan');
    const gnp = extract(['google-site-verification=jrFRO6oYNLK1iKh3HkH', 'Pakistan’s Premier Multilingual News Agency', 'China-Central Asia Summit: Xian Declaration', ...story]);
    expect([gnp.meta.title, gnp.meta.source]).toEqual(['China-Central Asia Summit: Xian Declaration', null]);
    const mujtama = extract(['The English website of the Islamic magazine - Al-Mujtama.', 'A leading source of global Islamic and Arabic news, views and information for more than 50 years.', ...story]);
    expect([mujtama.meta.titleGenerated, mujtama.meta.source]).toEqual([true, 'Al-Mujtama']);
  });

  it('reads `Cairo: Hani Kamal El-Din` above the story as where and who, not a headline', () => {
    const article = extract(['Cairo: Hani Kamal El-Din', ...story]);
    expect([article.meta.titleGenerated, article.meta.bylineText]).toEqual([true, 'Hani Kamal El-Din']);
  });

  it('reads dates as these pages print them: a paper’s name and its date, a section before a date with a full stop, a weekday stamp with its time after a view count', () => {
    const times = extract(['- The Washington Times - Friday, July 7, 2006', ...story]);
    expect([times.meta.source, times.meta.date]).toEqual(['The Washington Times', '2006-07-07']);
    expect(extract(['PM Orban: Uzbekistan is our strategic partner', 'POLITICS NOVEMBER 10. 2022 13:05', ...story]).meta.date).toBe('2022-11-10');
    const stamped = extract(['Death toll from border conflict up to 59', `![]() 2896 Sunday, 18 September, 2022, 22:24 ${BODY}`, BODY.replace('300', '301')]);
    expect(stamped.meta.date).toBe('2022-09-18');
    // A weekday's date alone, with no time, is the site's clock, not the story's date.
    expect(extract(['Saturday, 27, April, 2024', ...story]).meta.date).toBe(null);
  });
});

describe('the sixteenth collection’s first score (dev half): metadata', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('reads past a currency ticker, a site clock and a weather widget above the headline, however many lines they take', () => {
    const arka = extract(['Рейтинг@Mail.ru', 'USD', '381.77', 'EUR', '447.7', 'RUB', '4.7817', 'GEL', '141.54', 'Saturday, December 13, 2025', 'weather in', 'Yerevan', '+6', 'President ready to strengthen ties with Kazakhstan', '11.01.2022, 19:23', ...story]);
    expect([arka.meta.title, arka.meta.date]).toEqual(['President ready to strengthen ties with Kazakhstan', '2022-01-11']);
  });

  it('keeps a search box and a login prompt out of the title, and takes the site’s name from the prompt', () => {
    expect(extract(['fbpx', 'Type to search', 'Canada warns Kyrgyzstan over a gold mine', ...story]).meta.title).toBe('Canada warns Kyrgyzstan over a gold mine');
    const pajhwok = extract(['Language', 'Don’t you have an account with Pajhwok Afghan News?', 'Click here to subscribe.', 'Kazakhstan stops flour exports to Afghanistan', ...story]);
    expect([pajhwok.meta.title, pajhwok.meta.source]).toEqual(['Kazakhstan stops flour exports to Afghanistan', 'Pajhwok Afghan News']);
  });

  it('finds a dateline naming its agency below captions, and datelines of a date alone or a place and a day', () => {
    const taiwan = extract(['Anti-Chinese sentiment brewing in Kazakhstan', 'Signs spotted in street protests', 'Protesters arrested in Kazakhstan.', 'Protesters arrested in Kazakhstan. (By Associated Press)', `TAIPEI (Taiwan News) — ${BODY}`, BODY.replace('300', '301')]);
    expect(taiwan.meta.source).toBe('Taiwan News');
    const dated = extract([`October 20, 2025 – ${BODY}`, BODY.replace('300', '301')]);
    expect([dated.meta.date, dated.meta.title.startsWith('Kazakhstan agreed')]).toEqual(['2025-10-20', true]);
    expect(extract([`Moscow, March 1. ${BODY}`, BODY.replace('300', '301')]).meta.title.startsWith('Kazakhstan agreed')).toBe(true);
  });

  it('reads a long line broken off after `of the` as the story’s start, not its headline', () => {
    const broken = 'The National Leader of the Turkmen people and Chairman of the Halk Maslahaty of Turkmenistan, Hero-Arkadag Gurbanguly Berdimuhamedov, visited the construction site of the';
    const article = extract([`date 2025-10-21 October 20, 2025 – ${broken}`, 'Serhetabat–Herat section of the pipeline on Monday, officials said.', ...story]);
    expect([article.meta.titleGenerated, article.meta.date]).toEqual([true, '2025-10-21']);
  });
});

describe('the seventeenth collection’s first score (dev half): metadata', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('keeps a menu of statements and interviews and a text-to-speech widget out of the title', () => {
    expect(extract(['About Us Press Statements and Interviews', 'Speech by Ambassador during his credential ceremony', ...story]).meta.title).toBe('Speech by Ambassador during his credential ceremony');
    const audio = extract(['Getting your Trinity Audio player ready...', ...story]);
    expect(audio.meta.titleGenerated).toBe(true);
  });

  it('keeps the site’s clock in the region’s languages out of the title and the date, and reads its months in a date line', () => {
    const clock = extract(['14 апрел 2023, чоршанбе', 'Leader of the Nation meets the Premier of the State Council of the People’s Republic of China', ...story]);
    expect([clock.meta.title, clock.meta.date]).toEqual(['Leader of the Nation meets the Premier of the State Council of the People’s Republic of China', null]);
    expect(extract(['Leader of the Nation meets the Premier of the State Council of the People’s Republic of China', '14 aprel 2023', ...story]).meta.date).toBe('2023-04-14');
  });

  it('makes a title from the sentence after a place and a dash, and past a teaser cut from a later paragraph', () => {
    const placed = extract([`Bishkek – ${BODY}`, ...story]);
    expect([placed.meta.titleGenerated, placed.meta.title]).toEqual([true, 'Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company']);
    const teaser = extract(['agreed on Tuesday to buy 300 locomotives from a U.S. company, officials said.', ...story]);
    expect([teaser.meta.titleGenerated, teaser.meta.title]).toEqual([true, 'Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company']);
  });
});

describe('the site named by its own page furniture (dev half, all collections)', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('takes the outlet from a call to action that names the site, wherever the cleaner put it', () => {
    expect(extract(['Steppe Ledger warns of a grain shortage', ...story, 'Subscribe to Steppe Ledger Newsletters']).meta.source).toBe('Steppe Ledger');
    expect(extract(['Steppe Ledger warns of a grain shortage', ...story, 'Why you can trust SLN']).meta.source).toBe('SLN');
    expect(extract(['1. Skip to content', '3. Skip to more KTV sites', 'A grain shortage looms', ...story]).meta.source).toBe('KTV');
    expect(extract(['A grain shortage looms', ...story, 'Visit Oasis Updates for more.']).meta.source).toBe('Oasis Updates');
    expect(extract(['A grain shortage looms', ...story, 'Donate to SLN!']).meta.source).toBe('SLN');
  });

  it('takes `More from X` only when X reads as an outlet, and never a reader-facing pronoun', () => {
    expect(extract(['A grain shortage looms', ...story, 'More From Meduza']).meta.source).toBe('Meduza');
    expect(extract(['A grain shortage looms', ...story, 'More from Asia']).meta.source).toBeNull();
    expect(extract(['A grain shortage looms', ...story, 'Subscribe to our newsletter']).meta.source).toBeNull();
    expect(extract(['A grain shortage looms', ...story, 'Donate to local journalism']).meta.source).toBeNull();
  });

  it('reads the outlet after a dash in a byline, and keeps a role there out of it', () => {
    const voice = extract(['A grain shortage looms', 'By: Dana Kerimova – Steppe Voice News', ...story]);
    expect([voice.meta.bylineText, voice.meta.source]).toEqual(['Dana Kerimova', 'Steppe Voice News']);
    const role = extract(['A grain shortage looms', 'By: Dana Kerimova - Steppe Media Deputy Editor', ...story]);
    expect([role.meta.bylineText, role.meta.source]).toEqual(['Dana Kerimova', null]);
  });
});

describe('a date line with the page’s section label or view counter (dev half, all collections)', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];
  const dateOf = (line: string) => extract(['A grain shortage looms over the steppe', line, ...story]).meta.date;

  it('reads the date beside a section label, a release label or a view count', () => {
    expect(dateOf('12.03.2021 - Press release')).toBe('2021-03-12');
    expect(dateOf('2021-03-12 | Economy')).toBe('2021-03-12');
    expect(dateOf('Regional affairs 12 March 2021 4821')).toBe('2021-03-12');
    expect(dateOf('09:41 12 March 2021 Jamiyat')).toBe('2021-03-12');
    expect(dateOf('12.03.2021 315 просмотров')).toBe('2021-03-12');
  });

  it('leaves a date inside a longer line, a labelled event date and a lower-case phrase unread', () => {
    expect(dateOf('Tokayev to visit Tashkent on 12 March 2021 for talks')).toBeNull();
    expect(dateOf('Deadline: 12 March 2021')).toBeNull();
    expect(dateOf('expires on 12 March 2021')).toBeNull();
  });

  it('still reads an agency named beside the date as the outlet', () => {
    const wire = extract(['A grain shortage looms over the steppe', 'March 12, 2021 - Steppe Newswire -', ...story]);
    expect([wire.meta.date, wire.meta.source]).toEqual(['2021-03-12', 'Steppe Newswire']);
  });
});

describe('the eighteenth collection’s first score (dev half): metadata', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('takes the site from its logo’s alternative text above the headline, and never a generic logo', () => {
    expect(extract(['The steppe ledger logo', 'A grain shortage looms over the steppe', ...story]).meta.source).toBe('The Steppe Ledger');
    expect(extract(['Site logo', 'A grain shortage looms over the steppe', ...story]).meta.source).toBeNull();
  });

  it('keeps a theme’s placeholders, a sponsor’s label, a temperature and a channel prompt out of the title', () => {
    expect(extract(['19.3 C', 'Supported byspot_img', 'A grain shortage looms over the steppe', 'Member of Steppe Groupspot_img', ...story]).meta.title).toBe('A grain shortage looms over the steppe');
    const prompt = extract(['Stay up to date with the latest news', 'Subscribe to our telegram channel', ...story]);
    expect(prompt.meta.titleGenerated).toBe(true);
  });

  it('keeps a note on who wrote the story and a line of topics out of the title, and reads the dateline below them', () => {
    const release = extract([
      'This story was written by the Steppe Newsroom For official statements, please visit our “Statements” section.',
      'Child labour - Forced labour',
      'Steppe agency welcomes the end of a cotton boycott',
      'Reforms have ended forced labour in the cotton harvest',
      `TASHKENT, Uzbekistan (Steppe News) – ${BODY}`,
      ...story,
    ]);
    expect([release.meta.title, release.meta.source]).toEqual(['Steppe agency welcomes the end of a cotton boycott', 'Steppe News']);
  });

  it('reads a place and a full date before a colon as the dateline, and makes a title past a place’s label', () => {
    const dated = extract([`New Delhi, September 5, 2017: ${BODY}`, ...story]);
    expect([dated.meta.date, dated.meta.title]).toEqual(['2017-09-05', 'Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company']);
    expect(extract([`Riyadh: ${BODY}`, ...story]).meta.title).toBe('Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company');
  });

  it('keeps a blog’s category after its date stamp out of the title, and puts a drop cap back on its word', () => {
    const filed = extract(['date 2021-10-17 in Steppe Business', '', BODY, ...story]);
    expect([filed.meta.date, filed.meta.titleGenerated]).toEqual(['2021-10-17', true]);
    const dropped = extract(['T', '', 'he grain talks opened in Astana on Monday, officials said, and will run for three days.', ...story]);
    expect(dropped.meta.title).toBe('The grain talks opened in Astana on Monday, officials said');
  });

  it('reads a date with the month’s name between full stops', () => {
    expect(extract(['24.Jan .2023 21:00', 'A grain shortage looms over the steppe', ...story]).meta.date).toBe('2023-01-24');
  });

  it('takes the outlet from a `Source:` line near the top or the end, never from a chart’s data source', () => {
    expect(extract(['A grain shortage looms over the steppe', ...story, 'SOURCE: RIA Novosti', 'Rambler’s Top100']).meta.source).toBe('RIA Novosti');
    expect(extract(['A grain shortage looms over the steppe', 'Source:  steppe.kz', ...story]).meta.source).toBe('steppe.kz');
    expect(extract(['A grain shortage looms over the steppe', ...story, 'Source: IMF', BODY.replace('300', '303')]).meta.source).toBeNull();
  });

  it('takes one word after `reports` closing the first paragraph, and a site’s domain in lower case before `reports`', () => {
    expect(extract(['A grain shortage looms over the steppe', `${BODY.replace('.', '')}, reports Steppeinfo.`, ...story]).meta.source).toBe('Steppeinfo');
    expect(extract(['A grain shortage looms over the steppe', BODY, `${BODY.replace('.', '')}, reports SLN.`, BODY]).meta.source).toBeNull();
    expect(extract(['A grain shortage looms over the steppe', `${BODY.replace('.', '')}, steppe.kz reports.`, ...story]).meta.source).toBe('steppe.kz');
  });
});

describe('the nineteenth collection’s first score (dev half): metadata', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('reads `Last update:` with an outlet after the date, and keeps an issue’s range of days out of the title and the date', () => {
    const bulletin = extract(['Last update: 16-Mar-2005 17:40 Steppe Update', '9-15 Mar. 2005', 'Envoy for Central Asia', 'visits Kazakhstan and Uzbekistan', ...story]);
    expect([bulletin.meta.date, bulletin.meta.title]).toEqual(['2005-03-16', 'Envoy for Central Asia visits Kazakhstan and Uzbekistan']);
    expect(extract(['9-15 Mar. 2005', 'A grain shortage looms over the steppe', ...story]).meta.date).toBeNull();
  });

  it('takes the site from the page’s title line, `Headline - Site Name`, and never a series’ part', () => {
    const paged = extract(['Telecom firm closes book on Uzbek bribery case - Steppe Mobile News', 'English', 'Show Daily', ...story]);
    expect([paged.meta.title, paged.meta.source]).toEqual(['Telecom firm closes book on Uzbek bribery case', 'Steppe Mobile News']);
    expect(extract(['How Kazakhstan reformed its grain market - Part II', ...story]).meta.source).toBeNull();
  });

  it('keeps a media centre’s menu and a page’s tools out of the title, and a scraped HTML tag out of a generated one', () => {
    expect(extract(['Media centre', 'Press releases', 'Resources for journalists', 'Steppe donors give two million dollars for child nutrition in the valley', ...story]).meta.title).toBe(
      'Steppe donors give two million dollars for child nutrition in the valley',
    );
    expect(extract(['Related Articles', 'Forward article link', 'Share PDF with colleagues', 'Rising costs test patience at the oilfield', ...story]).meta.title).toBe('Rising costs test patience at the oilfield');
    expect(extract([`<p>${BODY}`, ...story]).meta.title).toBe('Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company');
  });

  it('reads no outlet from a digest’s list of its sources', () => {
    expect(extract(['A grain shortage looms over the steppe', 'Sources: The Steppe Times, Eurasianet', ...story]).meta.source).toBeNull();
  });

  it('joins a headline’s second line only when it reads as the rest of the headline', () => {
    expect(extract(['A grain shortage looms over the steppe', 'views 326', ...story]).meta.title).toBe('A grain shortage looms over the steppe');
    expect(extract(['A grain shortage looms over the steppe', 'magyar', ...story]).meta.title).toBe('A grain shortage looms over the steppe');
  });

  it('reads a weekday and a date before `by` as the byline’s date, and Malay month names', () => {
    const fresh = extract(['Stone fruit exports weather the pandemic', 'Tue 23/06/2020 by Dana Kerimova', ...story]);
    expect([fresh.meta.date, fresh.meta.bylineText]).toEqual(['2020-06-23', 'Dana Kerimova']);
    expect(extract(['A grain shortage looms over the steppe', '19 Januari 2026', ...story]).meta.date).toBe('2026-01-19');
    // A section's label before them; the shorter line above stays the headline.
    const labelled = extract(['CSTO begins withdrawal from Kazakhstan', '', 'RUSSIA / FSU POLITICS - In Brief 12 Jan 2022 by Alex Teddy', '', ...story]);
    expect([labelled.meta.title, labelled.meta.date, labelled.meta.bylineText]).toEqual(['CSTO begins withdrawal from Kazakhstan', '2022-01-12', 'Alex Teddy']);
  });
});

describe('the twentieth collection’s first score (dev half): metadata', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('keeps a ticking site clock (seconds shown) on the first line out of the date, and reads the date under the headline', () => {
    const clocked = extract(['Wednesday, 26 June 2024, 10:22:09 am', 'Ambassador urges closer ties with the steppe', 'October 31, 2021', ...story]);
    expect([clocked.meta.date, clocked.meta.title]).toEqual(['2021-10-31', 'Ambassador urges closer ties with the steppe']);
  });

  it('reads no agency from a currency ticker’s code and no date from its stamp, and no date from a clock beside an icon (collection 21)', () => {
    const ticker = extract(['A grain shortage looms over the steppe', 'Currency Rates (UZS)   17.08.2016', ...story]);
    expect([ticker.meta.source, ticker.meta.date]).toEqual([null, null]);
    const clock = extract(['Flag Saturday, 27 April 2024', 'Lukashenko ends his visit to the steppe', '10 February 2024, 16:09', ...story]);
    expect([clock.meta.title, clock.meta.date]).toEqual(['Lukashenko ends his visit to the steppe', '2024-02-10']);
  });

  it('reads a Spanish agency’s dateline closed by `.-`, and the outlet an artist’s credit names (collection 21)', () => {
    expect(extract(['A grain shortage looms over the steppe', `Astana, Mar 13 (EFE).- ${BODY}`, ...story]).meta.source).toBe('EFE');
    expect(extract(['A grain shortage looms over the steppe', 'Illustrated by Dana Kerimova for Steppe Politics', ...story]).meta.source).toBe('Steppe Politics');
  });

  it('reads an agency between spaced slashes after a dated dateline', () => {
    const wire = extract([`Bishkek, July 31, 2019. / Kabar /. ${BODY}`, ...story]);
    expect([wire.meta.date, wire.meta.source, wire.meta.title]).toEqual(['2019-07-31', 'Kabar', 'Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company']);
  });
});

describe('the twenty-sixth collection’s first score (dev half): metadata', () => {
  it('reads a date printed `2022 05 13` on a line of its own, and no spaced numbers in a sentence', () => {
    expect(extract(['Lithuania and Kazakhstan agree on rail freight', '2022 05 13', BODY]).meta.date).toBe('2022-05-13');
    expect(extract(['Lithuania and Kazakhstan agree on rail freight', `The codes 2022 05 13 were read out. ${BODY}`]).meta.date).toBeNull();
  });

  it('reads `Autor:` as a writer’s label, with the date closing its line', () => {
    const article = extract(['Kazakhs at the refinery threaten a dispute', 'Autor: Roxana Petrescu 11.10.2010', BODY]);
    expect(article.meta.byline).toBe('Roxana Petrescu');
    expect(article.meta.date).toBe('2010-10-11');
  });

  it('takes `Interview: <name>` as an interview’s headline, not as a place and its writer', () => {
    const article = extract(['Interview: Kairat Abdrakhmanov', 'How have Kazakhstan and the Gulf states strengthened their ties?', BODY]);
    expect(article.meta.title).toBe('Interview: Kairat Abdrakhmanov');
    expect(article.meta.byline).toBeNull();
  });

  it('reads no dateline up to a hyphen inside a word (`Jane Roe, World Bank Vice-President …`)', () => {
    const text = 'Jane Roe, World Bank Vice-President for Europe and Central Asia, emphasized the impact of the grant.';
    expect(extract(['World Bank approves a grant for the Rogun dam', text]).paragraphs).toEqual([text]);
  });

  it('reads a site’s `Last news in <site>` heading as the site, not the headline', () => {
    const article = extract(['Last news in Fakti', 'How Chevron is seeking to extract more oil from Kazakhstan', BODY]);
    expect(article.meta.title).toBe('How Chevron is seeking to extract more oil from Kazakhstan');
    expect(article.meta.source).toBe('Fakti');
  });

  it('reads a newsroom’s byline with its date and reading time below a standfirst', () => {
    const article = extract([
      'The Sovereign Cloud Race: a new computing hub for Kazakhstan',
      'As nations prioritize local computing over foreign hardware, a tiered investment seeks to bridge corridors.',
      'By 19Network Editorial Team · Jun 25, 2026 · 5 min read',
      BODY,
    ]);
    expect(article.meta.date).toBe('2026-06-25');
    expect(article.meta.source).toBe('19Network');
    expect(article.meta.byline).toBeNull();
  });
});

describe('the twenty-seventh collection’s first score (dev half): metadata', () => {
  const HEADLINE = 'Kazakhstan holds its breath and waits for reform after protests';

  it('skips a call to support the author, a jump to the content, a section’s name in capitals and a language switch above the headline', () => {
    expect(extract(['Support the author!', HEADLINE, BODY]).meta.title).toBe(HEADLINE);
    expect(extract(['Jump directly to page content', HEADLINE, BODY]).meta.title).toBe(HEADLINE);
    expect(extract(['WORLD AT FIVE', HEADLINE, 'Calm has returned to the capital but the country waits to see if the president will deliver', BODY]).meta.title).toBe(HEADLINE);
    expect(extract([`(Русский) ${HEADLINE}`, BODY]).meta.title).toBe(HEADLINE);
  });

  it('takes no editors’ note for a headline, and keeps a speaker’s name after the headline’s dash', () => {
    const noted = extract(['By Jane Roe', 'Editor’s Note: As with all our articles, the views expressed belong to the author.', BODY]);
    expect(noted.meta.title).not.toMatch(/Editor/u);
    const spoken = extract(['We were able to regain the mine and protect the interests of the country — Akylbek Japarov', BODY]);
    expect(spoken.meta.title).toBe('We were able to regain the mine and protect the interests of the country — Akylbek Japarov');
    expect(spoken.meta.source).toBeNull();
  });

  it('reads the writer from a standfirst’s closing `writes …`, and from `By …` before their post', () => {
    const standfirst = extract([HEADLINE, 'Calm has returned to the capital but the country waits for reform, writes Marc Bennetts in Almaty', BODY]);
    expect(standfirst.meta.byline).toBe('Marc Bennetts');
    expect(extract([HEADLINE, 'By Syinat Sultanalieva, Central Asia Researcher, Human Rights Watch', BODY]).meta.byline).toBe('Syinat Sultanalieva');
  });

  it('skips a site’s directories in its menu, and reads the article’s details set as a bulleted list', () => {
    const article = extract(['Our directory of things of interest', 'University Directory', 'Spotlight on... Uzbekistan: glittering lights and guest houses', '• Written by  Nick Redmayne', '• Published in Places', BODY]);
    expect(article.meta.title).toBe('Spotlight on... Uzbekistan: glittering lights and guest houses');
    expect(article.meta.byline).toBe('Nick Redmayne');
    expect(article.paragraphs).toEqual([BODY]);
  });

  it('reads a date followed by the page’s topic and region labels', () => {
    expect(extract([HEADLINE, 'June 27, 2014 Topic: Energy Region: Kazakhstan', BODY]).meta.date).toBe('2014-06-27');
  });
});

describe('images’ alt texts, carousels, menus, sign-up prompts and issue labels above the headline (dev half, all collections)', () => {
  const HEADLINE = 'European Parliament calls on the Tajik government to respect human rights';
  it.each([
    ['Logo Assembly Logo Hemicycle'],
    ['Image header Agence Europe'],
    ['First slide После первого Second slide Third slide Fourth slide'],
    ['The must-have newsletter about Hungary'],
    ['Europe Daily Bulletin No. 12988'],
    ['Kyrgyzstan - April 2024'],
    ['Events Transcripts Policy Insight Video'],
    ['Home Mission Cooperation with International Organisations News and events About Uzbekistan Photo gallery'],
    ['under the President of the Republic of Kazakhstan'],
    ['Currency Rates (UZS)'],
  ])('skips `%s`', (line) => {
    expect(extract([line, HEADLINE, BODY]).meta.title).toBe(HEADLINE);
  });

  it('reads no byline from a line of a name and an institution', () => {
    expect(extract([HEADLINE, 'Erica Roe, National Defense University', BODY]).meta.byline).toBeNull();
  });
});

describe('the twenty-eighth collection’s first score (dev half): metadata', () => {
  const HEADLINE = 'Tehran and Tashkent agree to facilitate Uzbek investment in the port';

  it('reads `2025 June 9 15:33` as a date line, and a page’s address on its own line as no headline', () => {
    const article = extract(['2025 June 9   15:33', HEADLINE, BODY]);
    expect(article.meta.date).toBe('2025-06-09');
    expect(article.meta.title).toBe(HEADLINE);
    expect(extract(['https://example.com/20220702/organizers-of-unrest-detained-1096888548.html', HEADLINE, BODY]).meta.title).toBe(HEADLINE);
  });

  it('reads a newsroom’s `Team` with its date after a comma, a surname that is a particle, and a writer before the body they write from', () => {
    const team = extract([HEADLINE, 'By Asia Education Review Team , Monday, 02 June 2025 09:57:33 AM', BODY]);
    expect([team.meta.title, team.meta.date, team.meta.source, team.meta.byline]).toEqual([HEADLINE, '2025-06-02', 'Asia Education Review', null]);
    expect(extract([HEADLINE, 'By Abhishek De', BODY]).meta.byline).toBe('Abhishek De');
    expect(extract([HEADLINE, 'Yuichiro Urai/ Marubeni Corporation Tashkent Liaison Office', BODY]).meta.byline).toBe('Yuichiro Urai');
  });
});

describe('the twenty-ninth collection’s first score (dev half): metadata', () => {
  const HEADLINE = 'Uzbekistan to host UNESCO General Conference in Samarkand';

  it('reads a dateline with its weekday before the date and the agency after it', () => {
    const article = extract([HEADLINE, 'SAMARKAND, Wednesday, October 22, 2025 (WNP): The 42nd session of the UNESCO General Conference adopted a resolution.']);
    expect([article.meta.date, article.meta.source, article.meta.dateline]).toEqual(['2025-10-22', 'WNP', 'SAMARKAND, Wednesday, October 22, 2025 (WNP):']);
    expect(article.paragraphs[0]).toBe('The 42nd session of the UNESCO General Conference adopted a resolution.');
  });

  it('reads a name with a hyphen glued to it opening the story as the outlet signing it, never a headline', () => {
    const article = extract(['date 2025-12-22 TABNAK, Dec. 22- Iran and Turkmenistan reviewed the latest developments concerning the Caspian Sea and the summit']);
    expect([article.meta.title, article.meta.titleGenerated, article.meta.source, article.meta.date]).toEqual(['Iran and Turkmenistan reviewed the latest developments concerning the Caspian', true, 'TABNAK', '2025-12-22']);
    expect(extract(['ALWAGHT- Iran is determined to expand ties with Tajikistan, the minister said.']).meta.source).toBe('ALWAGHT');
    expect(extract(['Shafaqna English- Tajikistan’s government passed a law banning the hijab.']).meta.source).toBe('Shafaqna');
    expect(extract(['ASTANA - Kazakhstan’s government passed a law on Monday.']).meta.source).toBeNull();
    expect(extract([HEADLINE, BODY, 'EDITOR IN CHIEF- ABDULLAH BIN SALIM AL SHUEILI (5400)', BODY]).meta.source).toBeNull();
  });

  it('reads an outlet-shaped name and a dash opening the story as the outlet, not a place or a person', () => {
    const article = extract(['Visit of Afghan and Turkmen Foreign Ministers to Herat Province', 'Bayan News – The Ministry of Foreign Affairs of Afghanistan has announced the visit.']);
    expect([article.meta.source, article.paragraphs[0]]).toEqual(['Bayan News', 'The Ministry of Foreign Affairs of Afghanistan has announced the visit.']);
    expect(extract([HEADLINE, 'Kabul – The Ministry of Foreign Affairs of Afghanistan has announced the visit.']).meta.source).toBeNull();
    expect(extract([HEADLINE, 'Jane Roe – The Ministry of Foreign Affairs of Afghanistan has announced the visit.']).meta.source).toBeNull();
  });

  it('reads a `Source:` line in headline case closing the story as its credit, not a teaser for another story', () => {
    const article = extract(['KFAED, Uzbekistan sign USD 30.5 mln loan deal', '', BODY, '', 'The deal was signed by the fund’s deputy director-general.', '', 'Source: Kuwait News Agency']);
    expect(article.meta.source).toBe('Kuwait News Agency');
  });

  it('takes the headline from a page title with its section and site after two bars', () => {
    const article = extract(['Tokayev: As a forward-thinking nation, we must look ahead | Company News | Export credit agency of Kazakhstan', BODY]);
    expect([article.meta.title, article.meta.titleGenerated]).toEqual(['Tokayev: As a forward-thinking nation, we must look ahead', false]);
  });

  it('reads a company’s `Ltd.` closing a headline as part of the name, not a sentence’s end', () => {
    const article = extract(['Meeting of the President of Turkmenistan with CEO of “Mitsubishi Heavy Industries, Ltd.”', BODY]);
    expect([article.meta.title, article.meta.titleGenerated]).toEqual(['Meeting of the President of Turkmenistan with CEO of “Mitsubishi Heavy Industries, Ltd.”', false]);
  });

  it('reads a place with a spaced colon opening the story as its dateline', () => {
    const article = extract(['date 2022-08-23 New Delhi : Raksha Mantri Shri Rajnath Singh, on August 23, 2022, reached Tashkent on a three-day visit.', BODY]);
    expect([article.meta.dateline, article.meta.date, article.meta.title]).toEqual(['New Delhi :', '2022-08-23', 'Raksha Mantri Shri Rajnath Singh, on August 23, 2022']);
  });

  it('reads the outlet beside the byline block of a writer the standfirst named', () => {
    const article = extract([
      'WORLD AT FIVE',
      '',
      'Kazakhstan holds its breath and waits for reform after protests',
      '',
      'Calm has returned to the capital Almaty but the country is waiting to see if President Tokayev will deliver on his promises, writes Marc Bennetts in Almaty',
      '',
      'A toppled statue of Nursultan Nazarbayev, whose iron grip on Kazakhstan lasted for three decades',
      'LIVEUAMAP/TWITTER',
      'Marc Bennetts, Almaty',
      'The Times',
      '',
      BODY,
    ]);
    expect([article.meta.byline, article.meta.source, article.paragraphs.at(-1)]).toEqual(['Marc Bennetts', 'The Times', BODY]);
  });

  it('reads a paper’s name in capitals after `The`, then a dash, as the outlet; a place in capitals stays a place', () => {
    const masthead = extract(['The FINANCIAL — The EBRD and the government of Kazakhstan are continuing to support water modernisation.']);
    expect([masthead.meta.source, masthead.paragraphs[0]]).toEqual(['The Financial', 'The EBRD and the government of Kazakhstan are continuing to support water modernisation.']);
    expect(extract(['ASTANA — The EBRD and the government of Kazakhstan are continuing to support water modernisation.']).meta.source).toBeNull();
  });

  it('skips skip links and a help desk’s telephone numbers above the headline, never a date line', () => {
    expect(extract(['Quick access to main page (top) Direct access to main contents Quick access to main page (bottom)', HEADLINE, BODY]).meta.title).toBe(HEADLINE);
    expect(extract(['Help Desk -', '9717405332, 9599714297, 9810335381', HEADLINE, BODY]).meta.title).toBe(HEADLINE);
    expect(extract(['2022 05 13', HEADLINE, BODY]).meta).toMatchObject({ title: HEADLINE, date: '2022-05-13' });
  });

  it('keeps the sentence under an image’s label as its caption, never the title; a byline there stays a byline', () => {
    const article = extract(['news image', 'Wabtec’s locomotive plant in Astana, Kazakhstan.', 'How Kazakhstan is poised to drive Wabtec’s growth', 'July 22, 2024', BODY]);
    expect([article.meta.title, article.meta.titleGenerated, article.meta.date]).toEqual(['How Kazakhstan is poised to drive Wabtec’s growth', false, '2024-07-22']);
    expect(article.captions.map((c) => c.text)).toEqual(['Wabtec’s locomotive plant in Astana, Kazakhstan.']);
    const byline = extract(['Image', 'By Asia Education Review Team , Monday, 02 June 2025 09:57:33 AM', HEADLINE, BODY]);
    expect([byline.meta.title, byline.meta.date, byline.meta.source]).toEqual([HEADLINE, '2025-06-02', 'Asia Education Review']);
  });

  it('reads a date marked in Japanese or Chinese (`投稿日:2019年10月22日`) on its stamp line', () => {
    const article = extract(['Meeting with President of the Kyrgyz Republic', '投稿日:2019年10月22日 更新日:', BODY]);
    expect([article.meta.title, article.meta.date]).toEqual(['Meeting with President of the Kyrgyz Republic', '2019-10-22']);
    expect(extract(['发布时间：2024年3月5日', HEADLINE, BODY]).meta.date).toBe('2024-03-05');
  });

  it('reads a writer’s name before an open dash or a page’s view counter', () => {
    expect(extract([HEADLINE, 'By Manuel Veth –', BODY]).meta.byline).toBe('Manuel Veth');
    expect(extract([HEADLINE, 'Daniel Kim Views', BODY]).meta.byline).toBe('Daniel Kim');
  });
});

describe('the thirtieth collection’s first score (dev half): metadata', () => {
  const HEADLINE = 'Protests topple Kyrgyz government, Roza Otunbayeva takes charge';

  it('skips skip links with a colon and a trail from the home page, whatever its last step', () => {
    expect(extract(['Skip to: Content', 'Skip to: Site Navigation', 'Skip to: Search', HEADLINE, BODY]).meta.title).toBe(HEADLINE);
    expect(extract(['Home > NHK WORLD News > World Update', 'World Update', HEADLINE, BODY]).meta.title).toBe(HEADLINE);
  });

  it('dates the story by a staff byline that names no one', () => {
    const article = extract([HEADLINE, 'Kyrgyzstan’s president appeared to confirm he had lost control of the armed forces', 'By Correspondent / April 8, 2010', BODY]);
    expect([article.meta.date, article.meta.byline]).toEqual(['2010-04-08', null]);
  });

  it('reads each part of a byline line beside its date on its own, and a marked byline closing with a full stop', () => {
    const article = extract([HEADLINE, 'December 22, 2006|By David Holley | David Holley,LOS ANGELES TIMES', BODY]);
    expect([article.meta.date, article.meta.byline]).toEqual(['2006-12-22', 'David Holley']);
    expect(extract(['by Elzbieta Maria Pron.', BODY]).meta.byline).toBe('Elzbieta Maria Pron');
    expect(extract([HEADLINE, 'September 16, 2025|Japan-Uzbekistan Ties / Decarbonization', BODY]).meta.byline).toBeNull();
  });
});

describe('the thirty-first collection’s first score (dev half): metadata', () => {
  it('skips a city’s clock, a weather widget and a currency ticker above the headline, and takes a date stamp closing the story', () => {
    const article = extract(['Atyrau, June 16 02:03', 'clearВ Атырау +36', '$ 450.79', '€ 482.21', '', 'European Commission blacklists 19 Kazakhstani airlines', '', BODY, '', 'December 12 2014, 10:47', '', 'Нашли ошибку? Выделите её мышью и нажмите Ctrl + Enter.']);
    expect(article.meta).toMatchObject({ title: 'European Commission blacklists 19 Kazakhstani airlines', date: '2014-12-12' });
    expect(article.paragraphs).toEqual([BODY]);
    // Below a longer story too, under its last paragraph.
    const story = ['European Commission blacklists 19 Kazakhstani airlines', BODY, BODY, BODY, BODY, BODY];
    expect(extract([...story, 'December 12 2014, 10:47']).meta.date).toBe('2014-12-12');
  });

  it('reads a news reader’s prompt and a sponsor’s line as the site naming itself, never as the headline', () => {
    const prompt = extract(['Steppe deal became legal', BODY, 'Add Steppe Daily to your followed sources to get market news first']);
    expect(prompt.meta.source).toBe('Steppe Daily');
    expect(prompt.paragraphs).toEqual([BODY]);
    const sponsored = extract(['SSN is sponsored by Beaver County Auto', 'From Kyrgyzstan to Pittsburgh: A Wrestling Journey', BODY]);
    expect(sponsored.meta).toMatchObject({ title: 'From Kyrgyzstan to Pittsburgh: A Wrestling Journey', source: 'SSN' });
  });

  it('reads a date and a site’s name in brackets before a colon as the dateline, and a masthead with an `.aero` domain', () => {
    const article = extract(['steppenews.aero', 'May 26, 2014 (steppenews): Kyrgyzstan hopes to be lifted off the EU black list of airlines in 2014.', BODY]);
    expect(article.meta).toMatchObject({ date: '2014-05-26', source: 'steppenews.aero', titleGenerated: true, title: 'Kyrgyzstan hopes to be lifted off the EU black list of airlines in 2014' });
  });
});

describe('the thirty-second collection’s first score (dev half): metadata', () => {
  it('reads a machine’s time stamp after a section’s name as the date, and a search box’s label as furniture', () => {
    const article = extract(['Politics 2023-11-15T04:54:17+02:00', 'Steppe news', 'Zelenskyy dismisses Ukraine’s ambassador to Kazakhstan', BODY]);
    expect(article.meta).toMatchObject({ date: '2023-11-15', title: 'Zelenskyy dismisses Ukraine’s ambassador to Kazakhstan' });
    // A section's name after a bar, on the page's only date line further down (an older dev collection).
    const body = (n: number) => BODY.replace('300', String(300 + n));
    expect(extract(['President received a Chinese delegation', ...[1, 2, 3, 4, 5, 6].map(body), '2017-09-09 | Politics', body(7)]).meta.date).toBe('2017-09-09');
    expect(extract(['Search', 'Close this search box.', 'Erdogan will head tomorrow to Astana for the summit', BODY]).meta.title).toBe('Erdogan will head tomorrow to Astana for the summit');
  });
});

describe('the thirty-third collection’s first score (dev half): metadata', () => {
  it('skips a numbered trail with a fiscal year, a magazine’s issue line, `Features` and a sign-in wall’s notice above the headline', () => {
    expect(extract(['1. Home', '2. News Releases', '3. Back Issues', '4. July FY2019', '', 'Steppe Minister Visits Turkmenistan', '', 'July 1, 2019', '', BODY]).meta).toMatchObject({ title: 'Steppe Minister Visits Turkmenistan', date: '2019-07-01' });
    expect(extract(['September 2022, Vol. 249, No. 9', '', 'Features', '', 'Turkmenistan Pipe Dreams: Russia, China Both Make Overtures', '', BODY]).meta.title).toBe('Turkmenistan Pipe Dreams: Russia, China Both Make Overtures');
    expect(extract(['You will be redirected back to your article in seconds', '', 'Almaty Film Festival to Build Bridges', '', BODY]).meta.title).toBe('Almaty Film Festival to Build Bridges');
  });

  it('reads a tagline over a headline as its rubric when a date stamp stands under the headline', () => {
    expect(extract(['Opening Steppe for Russia', 'Uzbekistan Airways to fly to Tbilisi', '08.02.2019 77 просмотров', 'The ministry announced a new route of the air carrier.', BODY]).meta).toMatchObject({ title: 'Uzbekistan Airways to fly to Tbilisi', date: '2019-02-08' });
  });

  it('reads a byline’s outlet letters before its label (`By Gordon Feller, P&GJ Correspondent`)', () => {
    const article = extract(['Turkmenistan Pipe Dreams: Russia, China Both Make Overtures', 'By Gordon Steppe, S&GJ Correspondent', BODY]);
    expect(article.meta).toMatchObject({ bylineText: 'Gordon Steppe', source: 'S&GJ' });
  });

  it('reads a date after a reading time in capitals glued to it, and skips the site’s software notice', () => {
    expect(extract(['Kyrgyzstan: A Bellwether for China-Russia Relations', '', 'MIN READJul 6, 2017 | 11:28 GMT', '', BODY]).meta.date).toBe('2017-07-06');
    const notice = 'Notice: Function _load_textdomain_just_in_time was called incorrectly. Translation loading for the ultimate_vc domain was triggered too early. This is usually an indicator for some code in the plugin or theme running too early.';
    const article = extract([notice, 'Europe: EU Leaders Hold First Summit – T-Steppe Skip to main content', 'Brief', '', 'Europe: EU Leaders Hold First Summit', '', BODY]);
    // A one-word site after the dash, since the headline is printed again alone below.
    expect(article.meta).toMatchObject({ title: 'Europe: EU Leaders Hold First Summit', source: 'T-Steppe' });
  });
});

describe('the thirty-fourth collection’s first score (dev half): metadata', () => {
  it('reads a month and a year near the top as the date when the page gives no day, never a day invented (collection 33)', () => {
    expect(extract(['Global | Publication | April 2018', 'Astana opens its financial centre', BODY]).meta.date).toBe('2018-04');
    expect(extract(['September 2022, Vol. 249, No. 9', 'Features', 'Turkmenistan Pipe Dreams', BODY]).meta.date).toBe('2022-09');
    // Two months near the top date nothing; a full date wins over a month.
    expect(extract(['Global | Publication | April 2018', 'Archive | May 2018', 'Astana opens its financial centre', BODY]).meta.date).toBeNull();
    expect(extract(['Global | Publication | April 2018', 'Astana opens its financial centre', 'April 12, 2018', BODY]).meta.date).toBe('2018-04-12');
  });

  it('reads a writer and an outlet of an outlet’s shape on a line under the deck', () => {
    const article = extract(['Energy', 'Saudi ACWA Power to Sign Wind Project Deal in Uzbekistan', 'The facility is expected to power 1.65 million households', 'Shabbir Steppi, SME News Service', BODY]);
    expect(article.meta).toMatchObject({ bylineText: 'Shabbir Steppi', source: 'SME News Service' });
    // Two words of a place before an outlet are no writer.
    expect(extract(['Saudi ACWA Power to Sign Wind Project Deal', 'The facility is expected to power homes', 'Tashkent Times, SME News Service', BODY]).meta.bylineText).toBeNull();
  });

  it('reads a republished feed’s closing `appeared first on` line as the outlet', () => {
    expect(extract(['Taliban and Turkmenistan discuss TAPI', BODY, 'The post Taliban and Turkmenistan discuss TAPI appeared first on Steppe Press.']).meta.source).toBe('Steppe Press');
  });

  it('takes the page’s only date line, further down, as the date; never one of two, nor the site’s clock (older dev collections)', () => {
    const body = (n: number) => BODY.replace('300', String(300 + n));
    const story = ['Turkmenistan and Japan sign a memorandum on gas', 'Share', 'Print', 'Facebook', ...[1, 2, 3, 4, 5, 6].map(body)];
    expect(extract([...story, '21.11.2024', body(7)]).meta.date).toBe('2024-11-21');
    expect(extract([...story, '21.11.2024', body(7), '22.11.2024', body(8)]).meta.date).toBeNull();
    // (A lone weekday's date opening the page is a blog's date header unless the page shows a news theme's clock; see
    // `takes a blog's date header`. With the theme's furniture under it, it is the clock.)
    expect(extract(['Tuesday, September 10, 2024', 'Central Asian cargo carriers grow', 'In the spotlight', BODY, BODY]).meta.date).toBeNull();
  });

  it('takes a headline opening with a country’s possessive and `First` (no outlet’s tagline), and drops the bulleted links under `Read also:`', () => {
    const article = extract([
      'Uzbekistan’s First Nuclear Plant: Russia and Uzbekistan Ink Deal by March 2026',
      'Uzbekistan and Russia are set to sign a landmark agreement by March 2026 for Uzbekistan’s first large-scale nuclear power plant.',
      BODY,
      'Read also:',
      '- Landslide claims seven lives, injures six individuals while they work to restore a water channel in the northern region of Pakistan',
      '- Escalating conflict in Sudan has prompted the United Nations to announce a gender crisis.',
    ]);
    expect(article.meta.title).toBe('Uzbekistan’s First Nuclear Plant: Russia and Uzbekistan Ink Deal by March 2026');
    expect(article.paragraphs).toEqual(['Uzbekistan and Russia are set to sign a landmark agreement by March 2026 for Uzbekistan’s first large-scale nuclear power plant.', BODY]);
    // A country’s best in the site’s own words is still its tagline.
    expect(extract(['Pakistan’s Premier Multilingual News Agency', 'Uzbekistan and Russia sign a deal', BODY]).meta.title).toBe('Uzbekistan and Russia sign a deal');
  });
});

describe('the thirty-fifth collection’s first score (dev half): metadata', () => {
  it('reads a place, its region and an outlet’s name in brackets as a dateline without a separator', () => {
    const article = extract(['Washington, DC (Steppe.News) The below is attributable to Spokesperson Jane Roe:', BODY]);
    expect(article.meta).toMatchObject({ source: 'Steppe.News', dateline: 'Washington, DC (Steppe.News)' });
    // A bracket that is no outlet's name frames nothing without a separator.
    expect(extract(['Almaty, Kazakhstan (Kazakh) The talks went on.', BODY]).meta.source).toBeNull();
  });

  it('takes a short line above a headline the page prints twice for the site’s tagline, never a caption printed twice', () => {
    const headline = 'Aral Sea problems will only be fixed by regional cooperation, UN stresses';
    expect(extract(['Steppe voices Human stories', headline, headline, BODY]).meta.title).toBe(headline);
    // Printed once, the short line above is the headline's kicker and stays the title.
    expect(extract(['Steppe voices Human stories', headline, BODY]).meta.title).toBe('Steppe voices Human stories');
    const caption = 'After 30 years, Nursultan Nazarbayev resigns as Kazakhstan’s president. (Kremlin)';
    expect(extract(['Kazakh Capital Renamed After He Resigns', caption, caption, BODY]).meta.title).toBe('Kazakh Capital Renamed After He Resigns');
  });

  it('makes no title from a statement’s preamble or a speech’s salutation', () => {
    for (const preamble of ['The below is attributable to Spokesperson Jane Roe:', 'The following statement was issued by the Embassy:', 'Dear colleagues, distinguished guests,']) {
      expect(extract([preamble, BODY]).meta, preamble).toMatchObject({ titleGenerated: true, title: 'Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company' });
    }
    // A first sentence that introduces a quotation is the story's own.
    expect(extract(['President Tokayev told the forum on Monday:', BODY]).meta.title).toBe('President Tokayev told the forum on Monday');
  });
});

describe('the thirty-sixth collection’s first score (dev half): metadata', () => {
  it('drops a breadcrumb’s `You are here`, a WordPress theme’s credit, a line of hashtags, a bulleted ticker, slogans, a rates table and a weather widget above the headline', () => {
    const headline = 'Kazakhstan embassy marks national day, hailing strong ties with Jordan';
    for (const furniture of [['You are here'], ['Ultimate magazine theme for WordPress.'], ['#Earthquake #residents #escape #Almaty'], ['News update', '  • Economy Stabilises Unevenly as Banking Crisis Drags Growth     |     ', '  • Jamaat Signals Openness to Unity Government After Polls     |     ']]) {
      expect(extract([...furniture, headline, BODY]).meta, furniture[0]).toMatchObject({ title: headline, titleGenerated: false });
    }
    expect(extract(['World first Volunteer based News Agency', headline, BODY]).meta.title).toBe(headline);
    // Slogans, a news app's prompt, a rates table and a weather widget (older dev pages).
    for (const furniture of [['Swiss perspectives in 10 languages'], ['RUS', 'Global perspective through the lens of regional issues'], ['Get all your news in one place.', '100’s of premium titles.', 'One app.', 'Start reading'], ['Currency Rates (UZS)   17.08.2016', '  CB Buy Sell', 'GBP 2897.79 2898.00 2941.00', 'Weather (Tashkent) 17.08.2016', ', -18 C', 'Precipitation: %', 'High -18C', 'Low -18C']]) {
      expect(extract([...furniture, headline, BODY]).meta, furniture[0]).toMatchObject({ title: headline, titleGenerated: false });
    }
    // A headline with hashtags among its words is still a headline.
    expect(extract(['#Kazakhstan votes: turnout tops 60%', BODY]).meta.title).toBe('#Kazakhstan votes: turnout tops 60%');
  });

  it('drops a ticker of headlines run together that opens with the page’s own headline, and reads the site’s domain beside a relative stamp', () => {
    const headline = 'Kyrgyzstan declares outlets Kloop and Temirov Live extremist in unprecedented crackdown';
    const ticker = `${headline} Babar Azam's form slump: Inside the psychological battle of a cricket maestro New York Times opens 2025 fellowship for emerging journalists CNN's anchor reveals her illness`;
    const article = extract([ticker, '', 'Steppe Journalism', '', headline, '', ' SteppeJournalism.com |  Published 4 hours ago |  JP Global Monitoring', '', BODY]);
    expect(article.meta).toMatchObject({ title: headline, titleGenerated: false, source: 'SteppeJournalism.com' });
    expect(article.paragraphs).toEqual([BODY]);
    // A long first line that merely opens with the words of a shorter line is kept.
    expect(extract([`${headline} as rights groups across the region and abroad condemned the ruling of the court in Bishkek on Friday`, '', headline, '', BODY]).meta.title).not.toBe(headline);
  });

  it('reads a numeric date and a dash opening the story as its dateline', () => {
    const article = extract(['The young guns who ruled the Olympiad', 'by Jane Roe', '8/17/2022 – After the closing ceremony, well past midnight, the team met the press.', BODY]);
    expect(article.meta.date).toBe('2022-08-17');
    expect(article.paragraphs[0]).toBe('After the closing ceremony, well past midnight, the team met the press.');
  });

  it('reads a masthead’s bar with the site’s handle and the date, `Print` after it', () => {
    const article = extract(['Steppe Earth News | @steppeearthnews | 10 Jul 2023, 10:41 pm Print', '', 'Wikipedia Commons', '', BODY]);
    expect(article.meta).toMatchObject({ source: 'Steppe Earth News', date: '2023-07-10' });
  });

  it('reads a month’s day and year with no space after the comma (`Dec 15,2019`)', () => {
    expect(parseDateLine('Dec 15,2019')).toEqual({ iso: '2019-12-15', text: 'Dec 15,2019' });
    expect(extract(['Kazakhstan embassy marks national day', 'By JT - Dec 15,2019 - Last updated at Dec 15,2019', BODY]).meta.date).toBe('2019-12-15');
    // A day and a count run together are no year.
    expect(findDate('On Dec 15,20195 people came')).toBeNull();
  });

  it('reads a stamp’s month alone (`date 2023-07`) as a month, and the dateline after it', () => {
    const article = extract(['date 2023-07 SAMARKAND, Uzbekistan -- At a cost of $580 million, the complex is a testament to Uzbekistan’s ambitions.', BODY]);
    expect(article.meta).toMatchObject({ date: '2023-07', titleGenerated: true });
    expect(article.meta.title.startsWith('At a cost of $580 million')).toBe(true);
    // Not a month that is no month, nor a number that runs on.
    expect(extract(['date 2023-13 Tashkent hosts a forum', BODY]).meta.date).toBeNull();
  });

  it('takes a style of address off a marked byline (`By Dr. Jane Roe`, `By H. E. …`, `By: Ustadh …`) (older dev pages)', () => {
    for (const [line, name] of [['By Dr. Jane Roe', 'Jane Roe'], ['By H. E. Xi Jinping', 'Xi Jinping'], ['By: Ustadh Abdul Aziz Al-Steppi', 'Abdul Aziz Al-Steppi'], ['By Prof. Jane Roe', 'Jane Roe']]) {
      expect(extract(['Kazakhstan and China sign accords', '', line, '', BODY]).meta.bylineText, line).toBe(name);
    }
  });

  it('reads a byline whose `Published:` stamp opens with its weekday', () => {
    const article = extract(['UAE-Kazakhstan flights: Flydubai cancels Almaty service', '', 'Kuwaiti budget carrier Jazeera Airways also suspended flights on Wednesday', '', 'by Jane Roe Published: Thu 6 Jan 2022, 10:26 AM', '', BODY]);
    expect(article.meta).toMatchObject({ bylineText: 'Jane Roe', date: '2022-01-06' });
  });

  it('reads a date under a label on a line of its own, wherever the page prints the pair', () => {
    const story = ['Kyrgyzstan bans face-covering clothing in public', BODY, BODY.replace('300', '400')];
    expect(extract([...story, 'Date', '2025.01.22 / 09:35', 'Author', 'Steppe.az', 'See also', 'Azerbaijani died fighting in the war', 'Russian strike on a city kills three']).meta.date).toBe('2025-01-22');
    // A date under no label is another story's, in a teaser block.
    expect(extract([...story, '2025.01.22 / 09:35', 'Author', 'Steppe.az', 'See also', 'Azerbaijani died fighting in the war', 'Russian strike on a city kills three']).meta.date).toBeNull();
  });
});

describe('the thirty-seventh collection’s first score (dev half): metadata', () => {
  it('drops a page’s counters, loader and menu, an archive’s warning and a stock library’s photo credit above the headline', () => {
    const headline = 'International observers to present findings in Bishkek on Monday';
    for (const furniture of [['Read count: * 0 Comment(s) Share Print'], ['now loading...'], ['Who we are'], ['Archived page: may contain outdated information!'], ['>@Jane Roe/iStock', '©Jane Roe/ iStock']]) {
      expect(extract([...furniture, headline, BODY]).meta, furniture[0]).toMatchObject({ title: headline, titleGenerated: false });
    }
  });

  it('reads a writer’s name with the date closing the line under the deck as the byline', () => {
    const article = extract(['Acwa Power finalizes deals for wind farm in Uzbekistan', '', 'Central Asian country targets 8GW of solar and wind capacity by 2026', '', 'Jane Steppe 5 Jan 2022', '', BODY]);
    expect(article.meta).toMatchObject({ bylineText: 'Jane Steppe', date: '2022-01-05' });
    // A place's name before a date is no writer.
    expect(extract(['Acwa Power finalizes deals for wind farm', '', 'Central Asian country targets 8GW of wind by 2026', '', 'Tashkent Uzbekistan 5 Jan 2022', '', BODY]).meta.bylineText).toBeNull();
  });

  it('reads a place with an agency’s letters in brackets and a dash, and a date in brackets opening the story, as datelines', () => {
    expect(extract(['Kyrgyzstan: aid steps up amid tension', 'Geneva (SRC) – Following the clashes in the south, the committee stepped up its aid.', BODY]).meta).toMatchObject({ source: 'SRC', dateline: 'Geneva (SRC) –' });
    const bracketed = extract(['Turkmenistan amnesties eight', '(13.11.2014) In a surprising turn of events, the president amnestied eight men.', BODY]);
    expect(bracketed.meta.date).toBe('2014-11-13');
    expect(bracketed.paragraphs[0]).toBe('In a surprising turn of events, the president amnestied eight men.');
  });

  it('drops a page’s tags glued together and a long line in another script above the English story (older dev pages)', () => {
    const headline = 'President of Uzbekistan paid a working visit to Astana';
    expect(extract(['AsiaAzerbaijanBelarusCentral AsiaChinaEast EuropeKazakhstanKyrgyzstan', headline, BODY]).meta.title).toBe(headline);
    const russian = 'Сегодня, 2 июля состоялся телефонный разговор Министра иностранных дел Туркменистана с Министром иностранных дел Кыргызской Республики.';
    expect(extract([russian, BODY]).meta).toMatchObject({ titleGenerated: true, title: 'Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company' });
    // A headline with a brand's capitals inside it stays.
    expect(extract(['PetroChina and KazMunayGas sign a deal', BODY]).meta.title).toBe('PetroChina and KazMunayGas sign a deal');
  });

  it('reads one word before a newsroom’s verb closing the opening sentence as the outlet (older dev pages)', () => {
    expect(extract(['Kazakhstan resumes grain supplies', 'Kazakhstan resumed supplies of grain to Afghanistan, the director said, SteppeDala informed.', BODY]).meta.source).toBe('SteppeDala');
    expect(extract(['Border agreed', 'Kyrgyzstan and Tajikistan agreed on another 24 kilometers of the border, XQ informs via Kyrgyz media.', BODY]).meta.source).toBe('XQ');
    // A person closing a sentence says or notes; no outlet.
    expect(extract(['Border agreed', 'Kyrgyzstan and Tajikistan agreed on another 24 kilometers of the border, Steppov noted.', BODY]).meta.source).toBeNull();
  });

  it('reads who issued a press release from its opening credit, and takes the headline below it', () => {
    const headline = 'Only joint efforts can save the snow leopard from extinction in the wild';
    const article = extract(['Press release by the Global Steppe Cat Protection Program (GSCPP) – Bishkek, Kyrgyzstan.', headline, BODY]);
    expect(article.meta).toMatchObject({ title: headline, titleGenerated: false, source: 'Global Steppe Cat Protection Program' });
  });

  it('reads a date beside a release’s label and number (`14-07-2010 News Release 10/131`)', () => {
    expect(extract(['Kyrgyzstan: aid steps up amid tension', '14-07-2010 News Release 10/131', BODY]).meta.date).toBe('2010-07-14');
  });

  it('reads a document type, its date and its publisher run together above the headline', () => {
    const headline = 'Global Gateway: EU and Central Asian countries agree on the Trans-Caspian corridor';
    const article = extract(['Skip to main content', 'International Partnerships', 'News announcement30 January 2024Directorate-General for International Partnerships', headline, BODY]);
    expect(article.meta).toMatchObject({ title: headline, date: '2024-01-30', source: 'Directorate-General for International Partnerships' });
    // Not a headline that merely opens with a date-like phrase.
    expect(extract(['News 30 January 2024 Kazakhstan votes today', BODY]).meta.source).toBeNull();
  });

  it('reads `2012/9/20`, `2025, March 12` and a joint dateline with its year (`Paris-Geneva, March 18, 2024.`)', () => {
    expect(parseDateLine('Posted 2012/9/20')).toEqual({ iso: '2012-09-20', text: '2012/9/20' });
    expect(parseDateLine('2025, March 12')).toEqual({ iso: '2025-03-12', text: '2025, March 12' });
    const joint = extract(['Paris-Geneva, March 18, 2024. On March 14, 2024, the parliament adopted the law.', BODY]);
    expect(joint.meta).toMatchObject({ date: '2024-03-18', dateline: 'Paris-Geneva, March 18, 2024.' });
    expect(joint.paragraphs[0]).toBe('On March 14, 2024, the parliament adopted the law.');
  });
});

describe('the thirty-eighth collection’s first score (dev half): metadata', () => {
  it('drops a ticker of other stories’ headlines run together with bars, and share buttons named with their colour, above the headline', () => {
    const headline = 'India, Central Asia must reconnect: PM Narendra Modi';
    const ticker = '‘Nobody will hire them’: Supreme Court says leave would backfire | Rupee sinks to record low as markets shake | Markets post worst week in 4 years amid tensions | How Washington sends conflicting signals to Delhi';
    const article = extract(['facebook-white sharing button', 'youtube-white sharing button', ticker, headline, BODY]);
    expect(article.meta).toMatchObject({ title: headline, titleGenerated: false });
    expect(article.removed.map((r) => r.reason)).toEqual(['share-bar', 'share-bar', 'ticker']);
  });

  it('takes the date under the headline over an earlier one atop the page (the site’s clock)', () => {
    const headline = 'India, Central Asia must reconnect: PM Narendra Modi';
    expect(extract(['March 14, 2026 09:20 am (IST)', headline, '| | Jul 14, 2015, at 01:03 am', BODY]).meta.date).toBe('2015-07-14');
    // A later date under the headline is an update, not the story's day: the first stays.
    expect(extract(['July 14, 2015', headline, 'Updated March 14, 2026', BODY]).meta.date).toBe('2015-07-14');
    // So does a weekday's date under the headline after a stamp with its time atop the page.
    expect(extract(['Friday, 29 March 2024 10:44', '', headline, '', 'Monday, 11 May 2015', '', BODY]).meta.date).toBe('2015-05-11');
  });

  it('reads a place, a date and an agency’s letters in brackets opening the story as a dateline', () => {
    const article = extract(['India, Central Asia must reconnect', 'Dushanbe, July 13 (IBNS) Indian Prime Minister Narendra Modi on Monday said India and Central Asia must reconnect.', BODY]);
    expect(article.meta).toMatchObject({ source: 'IBNS', dateline: 'Dushanbe, July 13 (IBNS)' });
    // A currency's code in brackets is no agency.
    expect(extract(['Tenge falls', 'Astana, May 3 (USD) The rate fell again on Tuesday.', BODY]).meta.source).toBeNull();
  });

  it('reads a day, an agency and the site carrying it opening the story as a dateline (`October 8, Fineko/abc.az.`)', () => {
    const article = extract(['12:37 - 8.10.2024', 'October 8, Steppeko/abc.az. The UAE actively cooperates with 48 countries in renewable energy.', BODY]);
    expect(article.meta).toMatchObject({ source: 'abc.az', dateline: 'October 8, Steppeko/abc.az.', titleGenerated: true, title: 'The UAE actively cooperates with 48 countries in renewable energy' });
  });

  it('takes a blog’s short headline over its writer’s name and reading time, and the date glued to the reading time', () => {
    const article = extract(['Border Business', '', 'Jane Steppe', '8 min readAug 7, 2024', '', '--', '', BODY]);
    expect(article.meta).toMatchObject({ title: 'Border Business', titleGenerated: false, bylineText: 'Jane Steppe', date: '2024-08-07' });
    // Two words over a deck are still a section's label.
    expect(extract(['Border Business', 'Kazakhstan and China open a new crossing at Khorgos', BODY]).meta.title).toBe('Kazakhstan and China open a new crossing at Khorgos');
  });

  it('drops `Breaking News!` and a share button’s name glued after the headline; an interview’s first question opens the story', () => {
    expect(extract(['Breaking News!', BODY]).meta).toMatchObject({ titleGenerated: true });
    expect(extract(['Kazakhstan: 32 Die In Fire At Mittal Mine, Probe On | Twitter', BODY]).meta.title).toBe('Kazakhstan: 32 Die In Fire At Mittal Mine, Probe On');
    const interview = extract(['1.     What are your priority goals as the Ambassador to Russia?', 'The priority goals of the Embassy are clearly stated in the Joint Statement.', BODY]);
    expect(interview.meta).toMatchObject({ titleGenerated: true, title: 'What are your priority goals as the Ambassador to Russia' });
  });
});

describe('the thirty-ninth collection’s first score (dev half): metadata', () => {
  it('reads the outlet from a copyright line in other shapes (`© Agenzia Nova - Reproduction reserved`, `Name © 2025 All Rights Reserved`)', () => {
    const headline = 'Meloni and Mirziyoyev launch the strategic partnership';
    expect(extract(['Steppe banner', headline, '© Agenzia Steppa - Reproduction reserved', BODY]).meta.source).toBe('Agenzia Steppa');
    expect(extract(['Podcast in English', 'Text size', 'Steppe National Radio © 2025 All Rights Reserved', headline, BODY]).meta).toMatchObject({ title: headline, source: 'Steppe National Radio' });
    // A photo library's rights are a picture's.
    expect(extract([headline, '© 2025 Getty Images. All rights reserved.', BODY]).meta.source).toBeNull();
    // The footer's last menu link glued before the mark is no part of it, and the line is never the headline.
    expect(extract(['Privacy© 2025 Steppefor Inc.', '', headline, '', BODY]).meta).toMatchObject({ title: headline, source: 'Steppefor' });
  });

  it('reads one capitalised word after `Source:` closing the story as the outlet', () => {
    expect(extract(['Railway project begins', BODY, 'The works will take three years.', 'Source: Steppsam']).meta.source).toBe('Steppsam');
    // Not at the top, where any label's word may follow.
    expect(extract(['Railway project begins', 'Source: Ministry', BODY, 'The works will take three years.']).meta.source).toBeNull();
  });

  it('reads a place, the day and the agency closed by stops and a dash, and any short name in brackets between a date and a dash, as datelines', () => {
    expect(extract(['Migrants in Kazakhstan', 'Astana. January 27. Steppenews - Most of the migrant workers are citizens of Uzbekistan.', BODY]).meta).toMatchObject({ source: 'Steppenews', dateline: 'Astana. January 27. Steppenews -' });
    expect(extract(['Saidov speaks with Saudi Foreign Minister', 'Tashkent, March 2 (Stepya) – Uzbekistan’s Foreign Minister held a phone call.', BODY]).meta.source).toBe('Stepya');
  });

  it('reads `Wire || Site` under the headline as the wire, and `Published by` a writer over his post and the site', () => {
    const headline = 'Putin to hold talks with President of Uzbekistan in Tashkent';
    expect(extract([headline, 'TASS || Steppe BD', BODY]).meta.source).toBe('TASS');
    const published = extract([headline, 'Published by William Steppe,', 'Editor', 'Global Steppe Review,', BODY]);
    expect(published.meta).toMatchObject({ bylineText: 'William Steppe', source: 'Global Steppe Review' });
    expect(published.paragraphs[0]).toBe(BODY);
  });

  it('drops a logo’s name glued before the headline (`site.btaBulgaria and …`)', () => {
    expect(extract(['site.stpBulgaria and Kazakhstan Elevate Strategic Partnership', BODY]).meta.title).toBe('Bulgaria and Kazakhstan Elevate Strategic Partnership');
  });

  it('drops two other posts’ headlines and dates stacked above a story that opens with its own date and place', () => {
    const lines = ['Serbian Journalist Jelena Steppović Assaulted as Press Freedom Deteriorates', 'November 27, 2024', 'Pakistan’s Arrest of Journalist Matiullah Stepp Sparks Alarm Over Press Freedom', 'November 28, 2024November 28, 2024 – Kazakhstan –', 'Investigative journalist Daniyar Steppebekov was handed a harsh prison sentence on October 18, 2024, by the court.', BODY];
    const article = extract(lines);
    expect(article.meta).toMatchObject({ date: '2024-11-28', titleGenerated: true });
    expect(article.removed.filter((r) => r.reason === 'teaser')).toHaveLength(3);
    // A release's number under its headline and date is no other post.
    const release = extract(['Press Release: Statement at the Conclusion of an IMF Staff Mission', 'September 24, 2010', 'Press Release No. 10/351', 'September 24, 2010', 'An International Monetary Fund team visited Dushanbe September 13-24, 2010 to hold discussions.', BODY]);
    expect(release.meta).toMatchObject({ title: 'Press Release: Statement at the Conclusion of an IMF Staff Mission', date: '2010-09-24' });
  });

  it('drops a site’s test-mode notice and a category’s name above the headline', () => {
    expect(extract(['Stop COVID19 The site works in a test mode', 'Experiences of important projects', BODY]).meta.title).toBe('Experiences of important projects');
    expect(extract(['Business Announcement and Updates', 'Priorities of cooperation', BODY]).meta.title).toBe('Priorities of cooperation');
  });
});

describe('the fortieth collection’s first score (dev half): metadata', () => {
  it('reads the publication a piece first ran in with its date, and a name with an author’s asterisk as the byline', () => {
    const article = extract(['', 'Project Steppicate (6 December 2021)', 'Djoomart STEPPAEV*', 'Russia, China, and the West have so far said relatively little about the seven-member organization.', BODY]);
    expect(article.meta).toMatchObject({ source: 'Project Steppicate', date: '2021-12-06', bylineText: 'Djoomart STEPPAEV', titleGenerated: true });
  });

  it('drops an ad’s link, a list’s heading, a logo’s name, a slogan, skip links and an address with its telephone above the story', () => {
    for (const furniture of ['Report this ad', 'Read more like this', 'mk-logo', 'Bringing the Latest in News Straight to Your Screen', 'Skip Global Navigation to Main Content', 'Skip Breadcrumb Navigation', 'STEPPE MINERALS PLC 6TH FLOOR CARDINAL PLACE 100 VICTORIA STREET LONDON SW1E 5JL Tel: +44 (0) 20 7901 7800']) {
      expect(extract([furniture, 'Bozymchak temporary suspension of operations', BODY]).meta.title, furniture).toBe('Bozymchak temporary suspension of operations');
    }
  });

  it('reads a headline with its reading time glued on, and drops the categories a post is filed in', () => {
    const article = extract(['Leaving the island: Japarov’s campaign to silence independent media6 min read', '', ' In Analysis, Central Asia, Civil Society', '', BODY]);
    expect(article.meta).toMatchObject({ title: 'Leaving the island: Japarov’s campaign to silence independent media', titleGenerated: false });
    // A headline that opens with `In` is no category.
    expect(extract(['In Central Asia, Iran has friends', BODY]).meta.title).toBe('In Central Asia, Iran has friends');
  });

  it('reads a blog theme’s line of writer, category and date; a house account names the site', () => {
    const article = extract(['Wednesday, September 28, 2022', 'By Steppe Creatives Authors , in Business , at November 3, 2021', '', BODY]);
    expect(article.meta).toMatchObject({ date: '2021-11-03', source: 'Steppe Creatives', bylineText: null });
    expect(extract(['By Jane Steppe , in Politics , at November 3, 2021', BODY]).meta).toMatchObject({ date: '2021-11-03', bylineText: 'Jane Steppe' });
  });

  it('takes a release’s two-word headline over its date, a name alone above the headline as the byline, and opens the story at a quotation left open', () => {
    const release = extract(['Tajikistan Update', '', 'December 02, 2011', '', 'The following information is exclusively intended for persons who are not residents of the United States and who are not physically present in the United States at all.', BODY]);
    expect(release.meta).toMatchObject({ title: 'Tajikistan Update', date: '2011-12-02' });
    expect(extract(['Erkinbek Steppov', '"Transparency and Visa Policies May Spur Anti-Chinese Sentiments in Kyrgyzstan"', BODY]).meta).toMatchObject({ bylineText: 'Erkinbek Steppov', title: 'Transparency and Visa Policies May Spur Anti-Chinese Sentiments in Kyrgyzstan' });
    // A country before a name is a line of tags.
    expect(extract(['Turkmenistan Serdar Berdimuhamedow', 'President of Turkmenistan to join the CIS summit in Dushanbe', BODY]).meta.bylineText).toBeNull();
    expect(extract(['“Why would someone want to travel to Uzbekistan?', 'My city guide asked this question during dinner on my last night in Tashkent.', BODY]).meta).toMatchObject({ titleGenerated: true, title: 'Why would someone want to travel to Uzbekistan' });
  });

  it('takes a transcript’s first words, not its speaker’s label, and a story’s words after its section’s label and bar, as the generated title', () => {
    expect(extract(['Ambassador Daniel Steppeblum:', 'Good afternoon and welcome to the US Embassy! I am glad to meet you.', BODY]).meta.title).toBe('Good afternoon and welcome to the US Embassy');
    expect(extract(['COMMENT | After staging three revolutions in two decades, one could argue that the people know how.', BODY]).meta.title).toBe('After staging three revolutions in two decades');
  });
});

describe('the forty-first collection’s first score (dev half): metadata', () => {
  it('drops an official site’s skip links, translation note, emergency contact, release number and share ticker above the headline', () => {
    const headline = 'Kazatomprom and Chinese companies sign an agreement on nuclear cooperation';
    for (const furniture of ['Go to main text', 'Go to the top', '[Unofficial Translation]', 'Emergency Contact : 055 571 0041', 'Press release 63/2017', 'Speeches and Remarks', '| (AIX)    USD 39.97   %   0.3 KZT 18500   %   0.05']) {
      expect(extract([furniture, headline, BODY]).meta.title, furniture).toBe(headline);
    }
  });

  it('reads an institution’s name as the site’s after the page’s furniture, however many `of`s it has', () => {
    const article = extract(['Go to main text', 'Office of the President of the Republic of Steppea', 'Remarks by the President at the Joint Press Statement', '2024.06.14', BODY]);
    expect(article.meta).toMatchObject({ source: 'Office of the President of the Republic of Steppea', title: 'Remarks by the President at the Joint Press Statement', date: '2024-06-14' });
    expect(extract(['Organisation of Steppe Cooperation', 'The Collective Voice of The Steppe World', 'OSC Secretary-General Receives the Permanent Representative', BODY]).meta).toMatchObject({ source: 'Organisation of Steppe Cooperation', title: 'OSC Secretary-General Receives the Permanent Representative' });
  });

  it('drops a cookie notice of several sentences, a `Back` link, Polish skip links, text-size buttons, a live-events banner and a UN document’s symbol', () => {
    const headline = 'Kazakh foreign minister visits Poland';
    const cookies = 'In order to ensure the highest quality of our services, we use small files called cookies. When using our website, the cookie files are downloaded onto your device. You can change the settings of your browser at any time. In addition, your use of our website is tantamount to your consent to the processing of your personal data.';
    expect(extract([cookies, 'Back', headline, '07.05.2019', BODY]).meta).toMatchObject({ title: headline, date: '2019-05-07' });
    for (const furniture of ['przeskocz do treści | przeskocz do menu głównego', 'A | A | A', 'In progress at UNHQ', 'SG/T/3396']) {
      expect(extract([furniture, headline, BODY]).meta.title, furniture).toBe(headline);
    }
  });

  it('takes a two-word headline between a date line and the story', () => {
    const story = 'On 12 October 2006, the Under Secretary of State at the Chancellery of the President met with the Ambassador of the Republic of Kazakhstan to discuss the weight of their relations.';
    expect(extract(['A | A | A', 'Thursday, 12 October 2006', '', 'Fruitful cooperation', '', story]).meta.title).toBe('Fruitful cooperation');
    // Not a dateline's place.
    expect(extract(['Thursday, 12 October 2006', '', 'Tashkent, Uzbekistan', '', story]).meta.title).not.toBe('Tashkent, Uzbekistan');
  });

  it('reads a date opening a line beside its publisher, its view counter and buttons, or the headline printed again below it', () => {
    const headline = 'The World Heritage Committee examined the state of conservation of Samarkand';
    expect(extract(['05.07.2019 - UNESCO Office in Steppeland', '', headline, BODY]).meta).toMatchObject({ date: '2019-07-05', source: 'UNESCO Office in Steppeland', title: headline });
    expect(extract(['Visit of Japanese delegation', '', '9481 August 3, 2016 Print Download (PDF 26 Kb)', '', BODY]).meta).toMatchObject({ date: '2016-08-03', title: 'Visit of Japanese delegation' });
    expect(extract(['Media Center', '', '11 March 2019 Shaikha Mai Bids Farewell to the Ambassador of Kazakhstan', 'Shaikha Mai Bids Farewell to the Ambassador of Kazakhstan', '', BODY]).meta).toMatchObject({ date: '2019-03-11', title: 'Shaikha Mai Bids Farewell to the Ambassador of Kazakhstan' });
  });

  it('reads a scrape’s month stamp with the day after it, and the publisher with its letters beside it, as the stamp', () => {
    const article = extract([' date 2017-04 7.4.2017 12:30 | Ulkoasiainministeriö (UM) / Utrikesministeriet', '', 'Press release 63/2017', '', 'Kyrgyzstan’s Foreign Minister to visit Finland', BODY]);
    expect(article.meta).toMatchObject({ date: '2017-04-07', title: 'Kyrgyzstan’s Foreign Minister to visit Finland' });
  });

  it('keeps a headline over its own deck or its publisher’s line that opens with the same words; three such lines are a list', () => {
    expect(extract(['Welcome remarks by the Ambassador at the ITEC Day celebration', 'Welcome remarks by Ambassador at the ITEC Day reception (Bishkek; 2nd November, 2023)', BODY]).meta.title).toBe('Welcome remarks by the Ambassador at the ITEC Day celebration');
    expect(extract(['U.S. Steppe Command hosts Regional Cooperation 2019 exercise', 'U.S. Steppe Command Public Affairs', BODY]).meta).toMatchObject({ title: 'U.S. Steppe Command hosts Regional Cooperation 2019 exercise', source: 'U.S. Steppe Command Public Affairs' });
    const list = extract(['The right to believe, to worship and witness', 'The right to change one’s belief or religion', 'The right to join together and express belief', 'Uzbekistan amends its law on religion', BODY]);
    expect(list.meta.title).toBe('Uzbekistan amends its law on religion');
  });
});

describe('the forty-second collection’s first score (dev half): metadata', () => {
  it('drops a site’s slogans, filters, appeals, paywall offer and a breadcrumb with slashes above the headline', () => {
    const headline = 'Kazakhstan: Heroes of central Asia';
    for (const furniture of ['Canada’s most-awarded newsroom for a reason', 'The online home of Women’s Rugby', 'Filtered By: Topstories', 'Live On Twitter', 'Support our mission', 'Advertise with NZME', 'Enjoy unlimited digital access', '$1.99', 'per week', 'for 24 weeks', 'Home / Whanganui Chronicle']) {
      expect(extract([furniture, headline, BODY]).meta.title, furniture).toBe(headline);
    }
  });

  it('reads a newsroom’s staff byline with the site that carried it after a slash, and a magazine’s name under the headline', () => {
    expect(extract(['by SteppeTribune Staff / 247 Real News November 21, 2025', BODY]).meta).toMatchObject({ source: 'SteppeTribune', date: '2025-11-21', bylineText: null });
    expect(extract(['Thriving mining industry in Kazakhstan', '', 'Steppe World magazine', ',', '1 Jun 2017', '', BODY]).meta).toMatchObject({ title: 'Thriving mining industry in Kazakhstan', source: 'Steppe World', date: '2017-06-01' });
  });

  it('takes the generated title from the story, not from a photo’s caption over its credit or printed twice', () => {
    const story = 'Centerra Gold Inc. is trying to stop the Kyrgyzstan government from selling shares in the company.';
    expect(extract(['Skip to main content', 'A general view of the Kumtor mine in Kyrgyzstan on May 31, 2011.', 'Vladimir Steppov/Reuters', story, BODY]).meta.title).toBe('Centerra Gold Inc. is trying to stop the Kyrgyzstan government from selling');
    const caption = 'A U.S. KC-135 Stratotanker maintenance crew performs pre-flight procedures at Manas in this August 2012 photo.';
    expect(extract(['Support our mission', caption, `${caption} (Clay Steppster/U.S. Air Force)`, 'Kyrgyzstan’s parliament passed legislation Thursday to end the U.S. lease on the base.', BODY]).meta.title).toBe('Kyrgyzstan’s parliament passed legislation Thursday to end the U.S. lease');
  });
});

describe('the site’s name right under the headline', () => {
  it('reads a name of one to three words under the headline as the site’s when the story’s date or a credit follows it', () => {
    const headline = 'The EU Prioritizes Trans-Caspian Corridor in Central Asia Investment Plan';
    expect(extract([headline, '- Times Steppe', '- Dec 5, 2025', '- 7 min read', BODY]).meta).toMatchObject({ title: headline, source: 'Times Steppe', date: '2025-12-05' });
    expect(extract([headline, 'QLSteppe', 'By QLSteppe', BODY]).meta.source).toBe('QLSteppe');
    expect(extract([headline, 'STEPPE NEWSWIRE', 'Dec 5, 2025', BODY]).meta.source).toBe('Steppe Newswire');
    // Not a section's name, a credit's word or a person's name.
    for (const line of ['Research Articles', 'By', 'By Staff Reporter', 'Jane Steppe']) expect(extract([headline, line, 'By Jane Roe', BODY]).meta.source, line).toBeNull();
  });
});

describe('bylines naming the paper the writer works for', () => {
  it('reads the paper after the writer’s name and a comma, marked with `By` or in capitals after a bar', () => {
    expect(extract(['Turkmen president dies at 66', 'By David Steppley, Los Angeles Times', BODY]).meta).toMatchObject({ bylineText: 'David Steppley', source: 'Los Angeles Times' });
    expect(extract(['Turkmen president dies at 66', 'December 22, 2006|By David Steppley | David Steppley,LOS ANGELES TIMES', BODY]).meta).toMatchObject({ bylineText: 'David Steppley', source: 'Los Angeles Times', date: '2006-12-22' });
    // A place after the comma is where the writer filed from.
    expect(extract(['Turkmen president dies at 66', 'By David Steppley, Almaty', BODY]).meta).toMatchObject({ bylineText: 'David Steppley', source: null });
  });
});

describe('a site’s name printed twice at the top (dev half, collection 43)', () => {
  const PROSE = 'To reach Kazakhstan’s largest bitcoin mine, you need to travel deep into the country’s rust belt, to the city of Ekibastuz, far in the northeast.';
  it('reads a short name printed twice above the headline as the outlet, and a date under it as the site’s clock', () => {
    const meta = extract(['Steppe Lounge Media', 'Steppe Lounge Media', 'Bitcoin mining was booming in Kazakhstan', '', PROSE]).meta;
    expect([meta.title, meta.source]).toEqual(['Bitcoin mining was booming in Kazakhstan', 'Steppe Lounge Media']);
    const clock = extract(['The Steppe', '', 'The Steppe', 'Sunday 28 of May 2023', '', 'Kazakhstani Ambassador Opens Embassy in Mexico', '', PROSE]).meta;
    expect([clock.title, clock.source, clock.date]).toEqual(['Kazakhstani Ambassador Opens Embassy in Mexico', 'The Steppe', null]);
  });

  it('does not take a section a breadcrumb named, or a name printed once, for the outlet', () => {
    expect(extract(['Home > STEPPE WORLD News > World Update', '', 'World Update', '', 'World Update', '', 'Keeping Memories of Japanese POWs Alive', '', PROSE]).meta.source).not.toBe('World Update');
    expect(extract(['Steppe Lounge', 'Bitcoin mining was booming in Kazakhstan', '', PROSE]).meta.source).toBeNull();
  });
});

describe('a site’s slogan above the headline (dev half, collection 43)', () => {
  it('reads a cry of up to three words as the site’s slogan, so the headline under it is found', () => {
    const meta = extract(['Support', 'the website', 'Steppe Steppe,', 'Charter 97!', 'China Almost Doubles Investments In Central Asian Countries', '', 'China’s accumulated foreign direct investment in Central Asia rose from $19.6 billion in 2016 to $35.9 billion by mid-2025, most of it in Kazakhstan.']).meta;
    expect([meta.title, meta.titleGenerated]).toEqual(['China Almost Doubles Investments In Central Asian Countries', false]);
  });
});

describe('a menu of other posts’ cards above the story (dev half, collection 43)', () => {
  const BODY = 'Earlier today, Prime Minister Nawaz Sharif attended the inauguration ceremony of the CASA-1000 transmission line near Dushanbe in Tajikistan, Radio Pakistan reported.';
  it('reads posts’ cards (a headline, a section, a date and reading time) as furniture, never the headline or the date', () => {
    const meta = extract([
      'Steppenews Logo Steppenews logo', '• Home', '• Videos',
      'Masters of the Steppe teaser', 'Videos', '', 'Masters of the Steppe Teaser Reveals Its Hero', '', 'January 22, 2026 3 Min Read',
      'Season 4 trailer', 'EntertainmentVideos', '', 'Season 4 Trailer Reveals a Love Story', '', 'December 26, 2025 2 Min Read',
      'Reading: Tajikistan: PM Nawaz, Central Asian leaders inaugurate CASA-1000 power project', '', BODY,
    ]).meta;
    expect([meta.title, meta.date, meta.source]).toEqual(['Tajikistan: PM Nawaz, Central Asian leaders inaugurate CASA-1000 power project', null, 'Steppenews']);
  });

  it('still reads a date with its reading time under the headline as the story’s', () => {
    expect(extract(['Tajikistan inaugurates CASA-1000 power project', 'May 12, 2016 3 Min Read', '', BODY]).meta.date).toBe('2016-05-12');
  });
});

describe('the headline printed again with its date (dev half, collection 41)', () => {
  it('reads the date beside the headline’s second printing as the story’s, and the item above as another’s', () => {
    const meta = extract([
      '25.03.2025', '',
      'On March 25, 2025, in Moscow, under the chairmanship of the Deputy Secretary of the Security Council, a meeting of the working group was held.', '',
      'Special Forces of the Steppe Force take part in the "Interaction-2022" training', '',
      'Special Forces of the Steppe Force take part in the "Interaction-2022" training 04.10.2022', '',
      'The active phase of the command-staff training began at the Center for Combat and Methodological Training of Special Forces.',
    ]).meta;
    expect([meta.title, meta.date]).toEqual(['Special Forces of the Steppe Force take part in the "Interaction-2022" training', '2022-10-04']);
  });
});

describe('a month stamp, then the day (dev half, collection 44)', () => {
  it('reads the full date under a stamp of its month and year as the story’s day', () => {
    const meta = extract([' date 2017-02 Published on Tuesday, 21 February 2017', '', 'ILO says one third of Uzbek cotton pickers “non-voluntary”', '', 'WASHINGTON – A new report by the International Labour Organisation says a third of the cotton pickers in Uzbekistan were non-voluntary.']).meta;
    expect(meta.date).toBe('2017-02-21');
    // A day in another month does not replace it.
    expect(extract([' date 2017-02 Published on Tuesday, 21 March 2017', '', 'ILO says one third of Uzbek cotton pickers “non-voluntary”', '', 'WASHINGTON – A new report by the International Labour Organisation says a third of the cotton pickers in Uzbekistan were non-voluntary.']).meta.date).toBe('2017-02');
  });
});

describe('dates from the forty-fourth collection (dev half)', () => {
  const BODY = 'A delegation of the government of Kazakhstan headed by the deputy minister for foreign affairs signed a roadmap for green hydrogen.';
  it('reads a German-style day with a full stop, and a date after the site’s posting account', () => {
    expect(extract(['Roadmap signed for green hydrogen developments in Kazakhstan', '', '10. October 2021', '', BODY]).meta.date).toBe('2021-10-10');
    expect(extract(['The 15th Tashkent International Film Festival', '', 'System Administrator Wednesday December 20, 2023', '', BODY]).meta.date).toBe('2023-12-20');
  });

  it('reads a person’s name alone above the story, with no headline above it, as the writer’s', () => {
    const meta = extract(['Mehmood Ul Hassan Steppe', '', 'Turkmenistan is all prepared to host the 5th Asian Indoor and Martial Arts Games to be held in its capital city Ashgabat during September, and preparations are in full swing across the city.']).meta;
    expect([meta.byline, meta.titleGenerated]).toEqual(['Mehmood Ul Hassan Steppe', true]);
    // A credit line is read as one (`By …`), and a headline above keeps the name out of the title slot.
    expect(extract(['By Ahmet Steppglam', '', BODY]).meta.byline).toBe('Ahmet Steppglam');
  });

  it('names a site by its address without `www.`', () => {
    expect(extract(['Law firm advises banks on Kazakhstan bond', '', BODY, '', 'Source:  www.steppecase.com']).meta.source).toBe('steppecase.com');
  });
});

describe('a line of topics in alphabetical order above the headline (dev half, collection 45)', () => {
  it('reads it as tags, never the headline', () => {
    const meta = extract(['Asia-Pacific, Crime & Justice, Europe, Gender, Headlines, Human Rights', '', 'KYRGYZSTAN: Justice Elusive for Kidnapped Brides', '', 'BISHKEK, May 4 2012 - Even though she was kidnapped, pressured into marrying a man from a nearby village, and then abandoned, she stayed.']).meta;
    expect([meta.title, meta.date]).toEqual(['KYRGYZSTAN: Justice Elusive for Kidnapped Brides', '2012-05-04']);
    // Not names listed in the story's order.
    expect(extract(['Kazakhstan, Uzbekistan, Kyrgyzstan and Tajikistan Agree on Water', '', 'BISHKEK, May 4 2012 - The four states signed a water-sharing deal on Friday after years of talks over the rivers they share.']).meta.title).toBe('Kazakhstan, Uzbekistan, Kyrgyzstan and Tajikistan Agree on Water');
  });
});

describe('a speech’s greeting where a headline would stand (dev half, collection 45)', () => {
  it('is no headline, and the title is made from the first sentence after it', () => {
    const meta = extract(['19 January 2022', '', 'Dear compatriots! Dear countrymen!', '', 'There was a tough and dangerous test posed to our people at the beginning of 2022.', '', 'Organized extremist groups sparked widespread rioting in the country.']).meta;
    expect([meta.title, meta.titleGenerated]).toEqual(['There was a tough and dangerous test posed to our people at the beginning', true]);
  });
});

describe('outlets from the forty-fifth collection (dev half)', () => {
  const BODY = 'Two oil union leaders were arrested in Kazakhstan on Friday after a strike in the west of the country that lasted for weeks.';
  it('reads a logotype’s alternative text and a call to subscribe to updates as naming the site', () => {
    expect(extract(['SteppeALL logotype', '', 'Two oil union leaders arrested in Kazakhstan', '', BODY]).meta.source).toBe('SteppeALL');
    expect(extract(['Kazakhstan: Reaching for the Future', '', BODY, '', 'Subscribe to receive updates from Steppistan']).meta.source).toBe('Steppistan');
  });

  it('reads a section’s label of a topic and `News` as no outlet', () => {
    expect(extract(['Steel News - Published on Tue, 22 Apr 2014', '', 'Two union leaders arrested in Kazakhstan', '', BODY]).meta.source).toBeNull();
    expect(extract(['Eurasia News', '', 'Two union leaders arrested in Kazakhstan', '', BODY]).meta.source).toBeNull();
    expect(extract(['Steppe News', '', 'Two union leaders arrested in Kazakhstan', '', BODY]).meta.source).toBe('Steppe News');
  });

  it('reads a name ending in `Media` as an outlet’s, but not a kind of media', () => {
    expect(extract(['date 2021-08-30 Steppe Media', '', 'Two oil union leaders arrested in Kazakhstan', '', BODY]).meta.source).toBe('Steppe Media');
    expect(extract(['Social Media', '', 'Two oil union leaders arrested in Kazakhstan', '', BODY]).meta.source).toBeNull();
  });
});

describe('a blog’s byline with its comment count (dev half, collection 45)', () => {
  it('reads `by Jane Roe on 1/19/2007 · 4 comments` as the byline and date under the headline, not a headline under a rubric', () => {
    const meta = extract(['Kazakhstan: Reaching for the Future', '', 'by Nathan Steppe on 1/19/2007 · 4 comments', '', 'I was unfortunately busy all day deep in thought and writing about the structure of domestic political competition in Central Asian states, so I missed this.']).meta;
    expect([meta.title, meta.byline, meta.date]).toEqual(['Kazakhstan: Reaching for the Future', 'Nathan Steppe', '2007-01-19']);
  });
});

describe('a page of one paragraph that reads like a long headline (dev half, collection 46)', () => {
  it('keeps the paragraph as the story and makes the title from it, instead of failing for want of text', () => {
    const article = extract(['24th of February 2018', '', 'Uzbek representatives warned during the 64th UN General Assembly of looming water shortages and characterized Tajik dam construction projects as serious environmental threats in Central Asia. Uzbekistan insists on independent experts guided by the relevant UN conventions. [Uzbek statement] [More background]']);
    expect([article.meta.title, article.meta.titleGenerated, article.meta.date, article.paragraphs.length]).toEqual(['Uzbek representatives warned during the 64th UN General Assembly of looming', true, '2018-02-24', 1]);
  });
});

describe('a ticking clock with the site’s city and time zone (dev half, collection 46)', () => {
  it('is the site’s clock atop the page, never the story’s date', () => {
    const meta = extract(['Sunday, 16 January 2022, 13:36:27 — Baku (UTC+4)', 'Steppe Assembly observed elections in the Kyrgyz Republic', '', 'The mission comprised parliamentarians from the member countries and monitored the election process at all stages in Bishkek.']).meta;
    expect(meta.date).toBeNull();
  });
});

describe('a government release’s closing initials (dev half, collection 43)', () => {
  const BODY = 'Prime Minister Narendra Modi will host the first India-Central Asia Summit in a virtual format on 27 January.';
  it('reads initials on both sides of a slash closing the page as its staff’s, no wire’s', () => {
    expect(extract(['India to host summit', '', BODY, '', 'The summit is symbolic of the partnership.', '', 'DS/AK']).meta.source).toBeNull();
    expect(extract(['India to host summit', '', BODY, '', 'The summit is symbolic of the partnership.', '', 'MNA/Shana.ir']).meta.source).toBe('MNA');
  });
});

describe('overrides', () => {
  const lines = ['25 February 2025', 'Tokayev meets Trump', 'By Jane Doe', BODY];

  it('replace extracted values', () => {
    const article = extract(lines, {
      title: 'Tokayev and Trump meet',
      date: '2025-02-26',
      source: 'Eurasianet',
      byline: 'Jane Q. Doe',
      slug: 'tokayev-trump-2025',
    });
    expect(article.meta).toEqual({
      title: 'Tokayev and Trump meet',
      titleGenerated: false,
      date: '2025-02-26',
      dateText: null,
      source: 'Eurasianet',
      bylineText: 'Jane Doe',
      byline: 'Jane Q. Doe',
      dateline: null,
      slug: 'tokayev-trump-2025',
      // The report says where each value came from.
      evidence: { title: 'sidecar', date: 'sidecar', source: 'sidecar', byline: 'sidecar' },
    });
  });

  it('a title override ends titleGenerated; null means "none"', () => {
    const article = extract([BODY], { title: 'Locomotive deal' });
    expect(article.meta).toMatchObject({ title: 'Locomotive deal', titleGenerated: false, slug: 'locomotive-deal' });
    const none = extract(lines, { date: null, byline: null, source: null });
    expect(none.meta).toMatchObject({ date: null, dateText: null, byline: null, bylineText: null, source: null });
  });

  it('takes a month for a date override, for a page that gives no day', () => {
    expect(extract(lines, { date: '2018-04' }).meta.date).toBe('2018-04');
  });

  it.each(['2025-02-30', '25.02.2025', '2025-2-5', '2018-13', ''])('rejects the date override %j', (date) => {
    expect(errorOf(() => extract(lines, { date })).message).toBe(
      `x.txt: override date "${date}" is not a real date in YYYY-MM-DD form (or a month, YYYY-MM)`,
    );
  });

  it('rejects a slug override that is not a slug', () => {
    expect(errorOf(() => extract(lines, { slug: 'Tokayev Meets' })).reason).toMatch(/^override slug "Tokayev Meets" must be/);
  });
});

describe('slugs', () => {
  it('are ASCII, lowercase, hyphenated, ≤ 80 characters cut at a hyphen', () => {
    expect(toSlug('Kasym-Žomart Tokaev’s C5+1 in Türkiye')).toBe('kasym-zomart-tokaevs-c5-1-in-turkiye');
    expect(toSlug('Арестова Татьяна')).toBe('arestova-tatyana');
    expect(toSlug('OpenAI')).toBe('openai');
    const long = toSlug('As They Draw Closer to Trump, Leaders of Former Soviet Republics in Central Asia Limit Their Dependence');
    expect(long).toBe('as-they-draw-closer-to-trump-leaders-of-former-soviet-republics-in-central-asia');
    expect(long.length).toBeLessThanOrEqual(80);
  });

  it('are made unique in file-name order', () => {
    const slugs = uniqueSlugs([
      { file: '002.txt', slug: 'deal' },
      { file: '001.txt', slug: 'deal' },
      { file: '003.txt', slug: 'deal' },
      { file: '004.txt', slug: 'other' },
    ]);
    expect([...slugs.entries()].sort()).toEqual([
      ['001.txt', 'deal'],
      ['002.txt', 'deal-2'],
      ['003.txt', 'deal-3'],
      ['004.txt', 'other'],
    ]);
  });

  it('keep an override slug and number the others around it', () => {
    const slugs = uniqueSlugs([
      { file: '001.txt', slug: 'deal' },
      { file: '002.txt', slug: 'deal' },
      { file: '003.txt', slug: 'deal-2', fixed: true },
    ]);
    expect(slugs.get('003.txt')).toBe('deal-2');
    expect(slugs.get('002.txt')).toBe('deal-3');
  });

  it('stay ≤ 80 characters with a suffix', () => {
    const base = toSlug('word '.repeat(40));
    const slugs = uniqueSlugs([
      { file: 'a', slug: base },
      { file: 'b', slug: base },
    ]);
    expect(slugs.get('b')!.length).toBeLessThanOrEqual(80);
    expect(slugs.get('b')!.endsWith('-2')).toBe(true);
  });

  it('reject an override slug that another article has, naming both files', () => {
    const error = errorOf(() =>
      uniqueSlugs([
        { file: '001.txt', slug: 'deal' },
        { file: '002.txt', slug: 'deal', fixed: true },
      ]),
    );
    expect(error.message).toBe('002.txt: override slug "deal" is also the slug of 001.txt; choose another slug in one of them');
  });
});

describe('errors', () => {
  it('rejects an article with no body left', () => {
    expect(errorOf(() => extract(['Tokayev meets Trump', 'Advertisement'])).message).toBe(
      'x.txt: no article text left after removing the headline and page furniture',
    );
  });
});

// ── the five seeds and the invented outlets, end to end ────────────────────

interface Expected {
  meta: Omit<ExtractedArticle['meta'], 'slug'>;
  /** Ingested lines that are header, not body: title, date and byline lines. */
  headerLines: number[];
  removed: [line: number, reason: string][];
  captions: { text: string; credit: string | null; line: number }[];
}

const noMeta = { date: null, dateText: null, source: null, bylineText: null, byline: null, dateline: null };
const tickers = Array.from({ length: 40 }, (_, i): [number, string] => [i + 1, 'ticker']);

const SEEDS: Record<string, Expected> = {
  '000_9ad9ad3a1a2546d7.txt': {
    meta: {
      ...noMeta,
      title: 'While Mr Trump’s victory has drawn attention in many parts of the world',
      titleGenerated: true,
      // "According to the Sabah Daily …" cites an outlet; it does not name the publisher.
      source: null,
    },
    headerLines: [],
    removed: [],
    captions: [],
  },
  '001_b83ce051fa8e0211.txt': {
    meta: {
      ...noMeta,
      title:
        'As They Draw Closer to Trump, Leaders of Former Soviet Republics in Central Asia Limit Their Dependence on Moscow and Beijing',
      titleGenerated: false,
      source: 'The New York Times',
      bylineText: 'Арестова Татьяна',
      byline: 'Tatyana Arestova',
    },
    headerLines: [1, 3],
    removed: [
      [4, 'share-bar'],
      [35, 'share-bar'],
      [37, 'read-also'],
      [39, 'comment-prompt'],
    ],
    captions: [],
  },
  '002_5fea022f1390b8c5.txt': {
    meta: {
      ...noMeta,
      title: 'A Central Asian Perspective: Look Out for Ourselves as World Shifts',
      titleGenerated: false,
      date: '2025-02-25',
      dateText: '25 February 2025',
    },
    headerLines: [41, 43],
    removed: [...tickers, [73, 'suggested'], [75, 'sidebar']],
    captions: [{ text: '', credit: 'Stephen M. Bland/Allexxandar', line: 45 }],
  },
  '003_6afb6bc6afe6b7fe.txt': {
    meta: { ...noMeta, title: 'Why Washington is cementing its position in Central Asia', titleGenerated: false, source: 'Qazinform News Agency' },
    headerLines: [1],
    removed: [],
    captions: [],
  },
  '004_22a178008c58ea3f.txt': {
    meta: {
      ...noMeta,
      title: 'As the U.S. presidential election approaches, Central Asian nations',
      titleGenerated: true,
      source: 'CV NEWS FEED',
      dateline: 'CV NEWS FEED //',
    },
    headerLines: [],
    removed: [],
    captions: [{ text: 'C5+1 Multilateral Meeting in New York City', credit: 'U.S. Department of State / Flickr', line: 1 }],
  },
};

const FIXTURES: Record<string, Expected> = {
  'ap-style.txt': {
    meta: {
      title: 'Kazakhstan signs deal to buy US locomotives as Tokayev courts Trump',
      titleGenerated: false,
      date: '2025-02-25',
      dateText: 'February 25, 2025',
      source: 'AP',
      bylineText: 'Jane Doe and John Roe',
      byline: 'Jane Doe and John Roe',
      dateline: 'ASTANA, Kazakhstan (AP) —',
    },
    headerLines: [1, 2, 3],
    removed: [
      [4, 'share-bar'],
      [5, 'share-bar'],
      [9, 'advertisement'],
      [11, 'read-also'],
      [13, 'advertisement'],
      [15, 'duplicate'],
      [16, 'share-bar'],
      [17, 'separator'],
      [19, 'copyright'],
    ],
    captions: [
      {
        text: 'Kazakh President Kassym-Jomart Tokayev speaks during a meeting in Astana, Kazakhstan, Tuesday, Feb. 25, 2025.',
        credit: 'AP Photo/Stanislav Filippov',
        line: 7,
      },
    ],
  },
  'rferl-style.txt': {
    meta: {
      ...noMeta,
      title: 'Kazakhstan Says It Will Not Help Russia Evade Sanctions',
      titleGenerated: false,
      date: '2025-02-25',
      dateText: 'February 25, 2025',
      source: 'RFE/RL',
      dateline: 'ALMATY --',
    },
    headerLines: [1, 2, 3],
    removed: [
      [4, 'share-bar'],
      [5, 'comment-prompt'],
      [9, 'read-also'],
      [12, 'read-also'],
      [13, 'read-also'],
      [14, 'read-also'],
      [15, 'copyright'],
    ],
    captions: [{ text: 'Kazakh Deputy Foreign Minister Roman Vassilenko', credit: null, line: 7 }],
  },
};

const METADATA_FIXTURES: Record<string, Expected> = {
  'reuters-style.txt': {
    meta: {
      title: 'Kazakhstan to buy 300 US locomotives in $4 billion deal',
      titleGenerated: false,
      date: '2025-02-25',
      dateText: '25 February 2025',
      source: 'Reuters',
      bylineText: 'Olzhas Auyezov',
      byline: 'Olzhas Auyezov',
      dateline: 'ASTANA, Feb 25 (Reuters) -',
    },
    headerLines: [1, 2, 3],
    removed: [
      [6, 'suggested'],
      [7, 'suggested'],
      [9, 'page-ui'],
    ],
    captions: [],
  },
};

function checkEndToEnd(article: ExtractedArticle, ingestedText: string, expected: Expected): void {
  const { slug, evidence: _evidence, ...meta } = article.meta;
  expect(meta).toEqual(expected.meta);
  expect(slug).toBe(toSlug(expected.meta.title));
  expect(article.removed.map((r) => [r.line, r.reason])).toEqual(expected.removed);
  expect(article.captions).toEqual(expected.captions);

  // No body sentence is lost: every ingested line that is not furniture, caption or header is a
  // paragraph, in order (the first one with its dateline prefix put back).
  const lines = ingestedText.split('\n');
  const notBody = new Set([...expected.headerLines, ...article.removed.map((r) => r.line), ...article.captions.map((c) => c.line)]);
  const bodyLines = lines.filter((text, i) => text !== '' && !notBody.has(i + 1));
  const paragraphs = [...article.paragraphs];
  if (article.meta.dateline) paragraphs[0] = `${article.meta.dateline} ${paragraphs[0]}`;
  expect(paragraphs).toEqual(bodyLines);
}

describe('end to end: ingest → clean → extractMetadata', () => {
  it.each(Object.entries(SEEDS))('seed %s', (name, expected) => {
    const bytes = new Uint8Array(readFileSync(new URL(`../seeds/${name}`, import.meta.url)));
    const ingested = ingest(`seeds/${name}`, bytes);
    checkEndToEnd(extractMetadata(clean(ingested)), ingested.text, expected);
  });

  it.each(Object.entries(FIXTURES))('fixture %s', (name, expected) => {
    const path = new URL(`./fixtures/clean/${name}`, import.meta.url);
    const ingested = ingest(name, new Uint8Array(readFileSync(path)));
    checkEndToEnd(fromFile(path, name), ingested.text, expected);
  });

  it.each(Object.entries(METADATA_FIXTURES))('fixture %s', (name, expected) => {
    const path = new URL(`./fixtures/metadata/${name}`, import.meta.url);
    const ingested = ingest(name, new Uint8Array(readFileSync(path)));
    checkEndToEnd(fromFile(path, name), ingested.text, expected);
  });

  it('keeps every paragraph of the 002 seed, including the truncated ones', () => {
    const name = '002_5fea022f1390b8c5.txt';
    const article = fromFile(new URL(`../seeds/${name}`, import.meta.url), name);
    expect(article.paragraphs).toHaveLength(13);
    expect(article.paragraphs.at(-1)).toBe('Amid the global maneuvers, Jamankulova warned: “As history has shown, no one will look out for us — except ourselves.”');
  });

  it('is fast enough for a 5 MB article and a 2 MB single line (no timing asserted)', () => {
    const paragraph = 'Kazakhstan’s President Kassym-Jomart Tokayev met Donald Trump at the White House on day ';
    const text = ['Tokayev at the White House', ...Array.from({ length: 60_000 }, (_, i) => `${paragraph}${i}.`)].join('\n\n');
    const big = extractMetadata(clean(ingest('big.txt', new TextEncoder().encode(text))));
    expect(big.meta.title).toBe('Tokayev at the White House');
    expect(big.paragraphs).toHaveLength(60_000);
    const long = extractMetadata(clean(ingest('long.txt', new TextEncoder().encode('word '.repeat(400_000)))));
    expect(long.meta.title.length).toBeLessThanOrEqual(80);
    expect(long.paragraphs[0]!.length).toBe(2_000_000 - 1);
  });
});

describe('the forty-seventh collection’s first score (dev half): metadata', () => {
  it('reads a date after an empty writer’s label with its weekday, and after a `publish:` label (collection 45)', () => {
    expect(extract(['Home » Tajikistan', '', 'Q&A with Jane Steppe: What really happened in Gorno-Badakhshan?', '', 'Written by on Tuesday, 18 September 2012', 'No Comment', BODY]).meta.date).toBe('2012-09-18');
    expect(extract(['• publish: 2 February 2022', '  • time: 4:18 pm', '  • category: Politics', 'Tajikistan and Afghanistan discuss the border', BODY]).meta.date).toBe('2022-02-02');
    // A full date glued to the story's first word opens the story (collection 45).
    expect(extract(['Kazakhstan: union leaders arrested', '24 January, 2017Trade union rights are rapidly deteriorating in Kazakhstan, the union said.']).meta.date).toBe('2017-01-24');
    // A weekday's date beside any other label is still the site's clock.
    expect(extract(['Flag Tuesday, 18 September 2012', 'Tajikistan and Afghanistan discuss the border', BODY]).meta.date).toBeNull();
  });

  it('reads a trail that opens with the site’s name printed above and closes with its separator: the headline is the next below, the site the outlet', () => {
    const lines = ['Steppe Review', 'Steppe Review', 'Challenging ideas', 'On Kazakh politics and International affairs', '', 'Steppe Review > Articles |', '', 'Contested Waters: The Caspian Sea and the Future of the Trans-Caspian Pipeline', '', BODY];
    expect(extract(lines).meta).toMatchObject({ title: 'Contested Waters: The Caspian Sea and the Future of the Trans-Caspian Pipeline', source: 'Steppe Review' });
    // `Home > News |` likewise, with no outlet named.
    expect(extract(['Menu', 'Home > News |', 'Kazakhstan buys 300 locomotives from a US company', BODY]).meta.title).toBe('Kazakhstan buys 300 locomotives from a US company');
  });

  it('reads an age warning with a short note after it as furniture, and an outlet in brackets after a place and a colon or before a dash', () => {
    expect(extract(['This article is 21 years old. Images might not display.', 'The consortium is made up of Shell, Eni SpA and ExxonMobil, the company said in a statement.']).meta.title).not.toContain('years old');
    expect(extract(['Afghan students to leave for Kazakhstan', 'KABUL: (MEP) – A ceremony was held at the ministry on the occasion of the scholarships.']).meta.source).toBe('MEP');
    expect(extract(['Scientists try to find out why the antelopes died', 'Kazakhstan (Next Media) – Scientists are trying to figure out why 60,000 saigas died.']).meta.source).toBe('Next Media');
    // A bracket that is no outlet's name, with no dash after it, is prose.
    expect(extract(['India and Kazakhstan sign a deal', 'External Affairs Minister (EAM) S Jaishankar said the deal was signed.']).meta.source).toBeNull();
  });

  it('reads a city’s clock atop the page as furniture, and an agency’s name closed by a full stop in the dateline as the outlet', () => {
    const article = extract(['Time in Yerevan: 11:07:36,   20 January', '', 'Armenian firms must promote their goods in the Kazakh market - Ambassador', '', 'YEREVAN, JULY 13, STEPPEPRESS. Kazakhstan’s market has great opportunities, the ambassador said in an interview.', BODY]);
    expect(article.meta).toMatchObject({ title: 'Armenian firms must promote their goods in the Kazakh market - Ambassador', source: 'STEPPEPRESS' });
  });

  it('reads a short line opening in lower case atop the page as the site’s tagline, not the headline', () => {
    expect(extract(['your connection to The Steppe Globe', '', 'US closes air base in Uzbekistan amid uprising dispute', '', BODY]).meta.title).toBe('US closes air base in Uzbekistan amid uprising dispute');
  });

  it('reads a first line of a dated dateline and the story after it as the story’s start and its date, not a headline', () => {
    const article = extract(["London, 24 February 2009 -- Moody's Investors Service downgraded the deposit and debt ratings", 'of 15 financial institutions in Kazakhstan. The deposit ratings of five were confirmed.']);
    expect(article.meta.date).toBe('2009-02-24');
    expect(article.meta.title).not.toContain('London');
    // A headline of its own above the dated dateline stays the headline.
    expect(extract(['Moody’s downgrades Kazakh banks', "London, 24 February 2009 -- Moody's Investors Service downgraded the ratings of 15 banks.", BODY]).meta).toMatchObject({ title: 'Moody’s downgrades Kazakh banks', date: '2009-02-24' });
  });

  it('reads a first line that is the headline printed below with a full date after it as the headline and its date', () => {
    const lines = ['PM Steppov meets with Kazakhstan President Nursultan Nazarbayev 14 December 2016', '', 'PM Steppov meets with Kazakhstan President Nursultan Nazarbayev', BODY];
    expect(extract(lines).meta).toMatchObject({ title: 'PM Steppov meets with Kazakhstan President Nursultan Nazarbayev', date: '2016-12-14' });
    // Not when the headline is not printed again below: the date may be the headline's own.
    const alone = ['PM Steppov meets with Kazakhstan President Nursultan Nazarbayev 14 December 2016', '', 'Tokayev and Steppov spoke about trade and more in the capital', BODY];
    expect(extract(alone).meta).toMatchObject({ title: alone[0], date: null });
  });

  it('reads a bimonthly’s range of months as its first month, and a magazine issue’s month named in a sentence', () => {
    expect(extract(['Kazakhstan: Israel’s Partner in Eurasia', 'Publication: Steppe Viewpoints', 'No. 573 September-October 2009', BODY]).meta.date).toBe('2009-09');
    expect(extract(['Riots in Kyrgyzstan', 'This item appears on page 18 of the August 2010 issue.', BODY]).meta.date).toBe('2010-08');
    // An issue is a magazine's: a month and a year in other words date nothing.
    expect(extract(['Riots in Kyrgyzstan', 'The August 2010 riots left many dead.', BODY]).meta.date).toBeNull();
  });
});

describe('the forty-eighth collection’s first score (dev half): metadata', () => {
  it('drops a paywall’s priced offer and an image’s file name above the headline, and a credit alone closed by a full stop', () => {
    const headline = 'Kazakh exchange student finds a home in a prairie town';
    for (const furniture of [['Subscribe for 17¢ / day'], ['Subscribe now for $1 a week'], ['46108052_1650045388433316_8975489940691353600_n'], ['IMG_2041.jpg']]) {
      expect(extract([...furniture, headline, BODY]).meta, furniture[0]).toMatchObject({ title: headline, titleGenerated: false });
    }
    // No headline: the credit is a caption's, so the title comes from the story's first sentence.
    expect(extract(['46108052_1650045388433316_8975489940691353600_n', 'Photo courtesy of Steppe Public Library.', '', BODY]).meta).toMatchObject({ title: 'Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company', titleGenerated: true });
    // A headline that names a subscription is still a headline.
    expect(extract(['Subscribers in Kazakhstan pay 17 cents a day', BODY]).meta.title).toBe('Subscribers in Kazakhstan pay 17 cents a day');
  });

  it('reads a byline with the writer’s address after a bar, an agency’s letters before a slash or a spaced hyphen in the dateline, and a daily’s masthead', () => {
    expect(extract(['Uzbek farmers visit the valley', '', 'by Jane Steppe | jane@steppenews.com', '', BODY]).meta).toMatchObject({ title: 'Uzbek farmers visit the valley', bylineText: 'Jane Steppe' });
    expect(extract(['Christians are fined in Uzbekistan', '', `Uzbekistan (MNN/Forum 18) — ${BODY}`]).meta.source).toBe('MNN');
    expect(extract(['Steadfast in faith', '', `(LWI) - “${BODY}”`]).meta.source).toBe('LWI');
    expect(extract(['The Daily Steppe Heel', 'Duke partners with a Kazakh university', '', BODY]).meta).toMatchObject({ source: 'The Daily Steppe Heel', title: 'Duke partners with a Kazakh university' });
  });

  it('takes the headline printed whole below a teaser cut short or a breadcrumb glued to it, and drops a theme’s label after it', () => {
    const whole = 'Kazakhstan embraces ‘Borat’ as ‘Very Nice’ in new tourism campaign [video]';
    expect(extract(['Kazakhstan embraces ‘Borat’ as', '', 'Photo: Kazakhstan Travel/YouTube', '', whole, '', BODY]).meta.title).toBe(whole);
    expect(extract(['HomeWorld"Kazakhstan remains faithful to multi-vector diplomacy"', '', '“Kazakhstan remains faithful to multi-vector diplomacy”', '', BODY]).meta.title).toBe('Kazakhstan remains faithful to multi-vector diplomacy');
    // A headline, then itself with the agency after it, stays the headline.
    expect(extract(['Kyrgyzstan, Tajikistan agree on border ceasefire', '', 'Kyrgyzstan, Tajikistan agree on border ceasefire (Kabar)', '', BODY]).meta.title).toBe('Kyrgyzstan, Tajikistan agree on border ceasefire');
    expect(extract(['Webuild sets milestone at Rogun to double Tajikistan’s energy output Featured', '', BODY]).meta.title).toBe('Webuild sets milestone at Rogun to double Tajikistan’s energy output');
  });

  it('reads the line after a box of key points as the headline, and keeps the points in the story', () => {
    const points = ['- Ports nearly double throughput: Combined port traffic rose from 13 million tons to a record 25 million tons.', '- Rail bypass boosts capacity: A new route has increased capacity.'];
    const article = extract([...points, 'Georgia’s Growing Role in Kazakhstan–Europe Grain Transit', BODY]);
    expect(article.meta).toMatchObject({ title: 'Georgia’s Growing Role in Kazakhstan–Europe Grain Transit', titleGenerated: false });
    expect(article.paragraphs[0]).toContain('Ports nearly double throughput');
    // One point is a summary's line that opens the story: no headline below it is looked for.
    expect(extract([points[0]!, 'Georgia’s Growing Role in Kazakhstan–Europe Grain Transit', BODY]).meta.titleGenerated).toBe(true);
  });

  it('reads `…, reports Eurasianet.` as the source in the opening paragraph only: further down it cites another outlet', () => {
    const later = 'Nazarbayev held the country’s highest office for almost 30 years, reports Eurasianet.';
    expect(extract(['Kazakhstan after Nazarbayev', '', BODY, '', later, '', BODY]).meta.source).toBeNull();
    expect(extract(['Kazakhstan after Nazarbayev', '', later, '', BODY]).meta.source).toBe('Eurasianet');
  });

  it('reads a full date and a place, each closed by a full stop, opening the story as its dateline', () => {
    const article = extract(['October 9, 2024. Astana. The oldest temple in the Kazakh capital was visited by the committee’s chairman.', '', BODY]);
    expect(article.meta).toMatchObject({ date: '2024-10-09', title: 'The oldest temple in the Kazakh capital was visited by the committee’s chairman', titleGenerated: true });
    // A date and a sentence is no dateline of a place: the date alone is the dateline (collection 64).
    expect(extract(['October 9, 2024. The oldest temple in Astana was visited by the chairman.', '', BODY]).meta).toMatchObject({ date: '2024-10-09', dateline: 'October 9, 2024.' });
  });
});

describe('the forty-ninth collection’s first score (dev half): metadata', () => {
  it('reads a writer labelled `Words`, a name over a newsroom post, and a name filed from a city and its country', () => {
    expect(extract(['Consul General aims to increase ties', '', 'Words JANE STEPPE', '', BODY]).meta.byline).toBe('Jane Steppe');
    expect(extract(['Honorary consul meets the minister', '', 'Farirai Steppenyika', '', 'Senior Reporter', '', BODY]).meta.bylineText).toBe('Farirai Steppenyika');
    // A name the lexicons do not know, with no post below it, is not taken for a writer.
    expect(extract(['Honorary consul meets the minister', '', 'Farirai Steppenyika', '', BODY]).meta.bylineText).toBeNull();
    expect(extract(['Mnangagwa in Astana for talks', '', 'Jane Roe in Astana, Kazakhstan', '', BODY]).meta.bylineText).toBe('Jane Roe');
  });

  it('reads a newsletter’s `Discover more from …`, a `Courtesy of …` credit and a piped `Source: headline | Outlet (Section)` line', () => {
    const story = 'Uzbekistan was one of the ancient Silk Roads’ nerve centers, and its cities are home to a growing group of start-ups.';
    expect(extract(['Discover more from The Steppe Optimist', 'Ecosystem Deep Dives #27: Uzbekistan - Total Reboot', '', story]).meta).toMatchObject({ title: 'Ecosystem Deep Dives #27: Uzbekistan - Total Reboot', source: 'Steppe Optimist' });
    const credited = extract(['Courtesy of Emad Steppe, Cartoon Movement', '', BODY]);
    expect(credited.meta.titleGenerated).toBe(true);
    expect(credited.captions.map((c) => c.credit)).toContain('Emad Steppe, Cartoon Movement');
    expect(extract(['Kazakhstan: Zim’s ‘new frontier’', '', 'Source: Kazakhstan: Zim’s ‘new frontier’ | Sunday Mail (Top Stories)', '', BODY]).meta.source).toBe('Sunday Mail');
  });

  it('reads a headline closed by a full stop: in headline case, or opening the page over a short line', () => {
    expect(extract(['History, Politics, Economy and Startups in Uzbekistan.', '', 'Uzbekistan is a country of gold, cotton and regulations.', '', BODY]).meta).toMatchObject({ title: 'History, Politics, Economy and Startups in Uzbekistan.', titleGenerated: false });
    expect(extract(['Consul General of Uzbekistan aims to increase already strong ties with Thailand.', '', 'Words JANE STEPPE', '', BODY]).meta).toMatchObject({ title: 'Consul General of Uzbekistan aims to increase already strong ties with Thailand.', titleGenerated: false });
    // A story's first sentence runs on into a paragraph; a caption stands over its credit; a transcript over its first speaker.
    expect(extract(['Kazakhstan and the U.S. have signed a memorandum of understanding on critical minerals.', '', BODY]).meta.titleGenerated).toBe(true);
    expect(extract(['A general view of the Kumtor mine in Kyrgyzstan on May 31, 2011.', '(Jane Steppe/Reuters)', '', BODY]).meta.titleGenerated).toBe(true);
    expect(extract(['Vladimir Putin and Kassym-Jomart Tokayev made statements for the media after the talks.', 'President of Kazakhstan Kassym-Jomart Tokayev: Mr President, ladies and gentlemen,', '', BODY]).meta.titleGenerated).toBe(true);
  });
});

describe('the fiftieth collection’s first score (dev half): metadata', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('reads a short first line with no article and no comma, over a paragraph of the story, as the headline though it ends in a full stop', () => {
    const story = 'For the first time, servicemen of a special forces unit of the Uzbek Defense Ministry are taking part in joint exercises at a military base in Mississippi, the ministry said on Monday.';
    expect(extract(['Uzbek special forces train in U.S.A.', '', '', story]).meta).toMatchObject({ title: 'Uzbek special forces train in U.S.A.', titleGenerated: false });
    expect(extract(['Russia and Uzbekistan have signed military cooperation treaty for 2017.', '', story]).meta).toMatchObject({ titleGenerated: false });
    // A story's first sentence has its articles or its clauses.
    expect(extract(['General Motors and UzAvtoSanoat have established a joint venture in Uzbekistan.', '', story]).meta.titleGenerated).toBe(true);
    expect(extract(['When you want to learn something useful, you go to the experts.', '', story]).meta.titleGenerated).toBe(true);
  });

  it('reads the place and the agency each with its glued hyphen, and a place and an agency set apart by a bullet on their own line', () => {
    const glued = extract(['Tehran- IRAF- Citing official sources in Kabul, the acting foreign minister discussed a range of issues with his Turkmen counterpart.', BODY]);
    expect(glued.meta.source).toBe('IRAF');
    expect(glued.paragraphs[0]).toMatch(/^Citing official sources/u);
    expect(extract(['Russia postponed the maiden launch of a new rocket', 'Kyiv • UNN', ...story]).meta).toMatchObject({ title: 'Russia postponed the maiden launch of a new rocket', source: 'UNN' });
  });

  it('drops a machine translation’s notice above the headline, in any of the site’s languages', () => {
    const page = extract([
      'The article has been automatically translated into English by Google Translate from Russian and has not been edited.',
      'Bu məqalə Google Translate servisi vasitəsi ilə avtomatik olaraq rus dilindən azərbaycan dilinə tərcümə olunmuşdur.',
      '',
      'Eurasian Cultural Center opens in Manhattan',
      '',
      ...story,
    ]);
    expect(page.meta).toMatchObject({ title: 'Eurasian Cultural Center opens in Manhattan', titleGenerated: false });
  });

  it('reads a site’s name with its edition’s language or the page’s kind, and a journal’s name with its issue, as the masthead', () => {
    expect(extract(['KinoKultura: Issue 37 (2012)', '', 'Kyrgyzstan, Nation of Film Festivals', '', ...story]).meta).toMatchObject({ title: 'Kyrgyzstan, Nation of Film Festivals', source: 'KinoKultura' });
    expect(extract(['Steppe Aviation Review - Article', 'Kazakhstan buys transport aircraft', ...story]).meta).toMatchObject({ title: 'Kazakhstan buys transport aircraft', source: 'Steppe Aviation Review' });
    // A section's label over the headline, then the writer and the reading time, as a blog prints them.
    const page = extract(['Afghanistan Analysts Network – English', '', 'Context and Culture', '', 'On the Roof of the World: The Last Kyrgyz in Afghanistan', '', 'S Reza Kazemi 10 min', '', ...story]);
    expect([page.meta.title, page.meta.source, page.meta.bylineText]).toEqual(['On the Roof of the World: The Last Kyrgyz in Afghanistan', 'Afghanistan Analysts Network', 'S. Reza Kazemi']);
  });

  it('reads a label in headline case with one sentence after its colon, and a speaker with their words, as the headline atop the page', () => {
    const labelled = extract(['First EU-Central Asia Summit in Uzbekistan: Cooperation on critical minerals, energy, and logistics set to grow.', BODY, BODY]);
    expect(labelled.meta).toMatchObject({ title: 'First EU-Central Asia Summit in Uzbekistan: Cooperation on critical minerals, energy, and logistics set to grow.', titleGenerated: false });
    const quoted = extract(['Roza Otunbayeva to the world dictators: “You cannot stop democracy…”', '', 'Re-publishing my interview with Central Asia’s first female president Roza Otunbayeva. This piece was originally published by', '', BODY]);
    expect(quoted.meta).toMatchObject({ title: 'Roza Otunbayeva to the world dictators: “You cannot stop democracy…”', titleGenerated: false });
    // A story's sentence with a colon inside is no headline.
    expect(extract(['The ministry said the plan had two aims: cheaper power, and cleaner air for the cities of the region.', BODY]).meta.titleGenerated).toBe(true);
  });

  it('reads the newsroom at work, learning, investigating or interviewing, as the outlet; never a person doing so', () => {
    expect(extract(['Trade with Russia grows', 'The plan is to reach $15 billion of trade. Steppezvestia investigated the extent to which this affects Russia’s interests.', BODY]).meta.source).toBe('Steppezvestia');
    expect(extract(['Shoppers cross the border', BODY, 'The BigSteppe interviewed the Consul General of Uzbekistan.']).meta.source).toBe('The BigSteppe');
    expect(extract(['Shoppers cross the border', BODY, 'BC learned in the Embassy of Kazakhstan that talks went well.']).meta.source).toBe('BC');
    // People do these things too: a known given name, a surname's form, a title, a surname printed after a given name.
    for (const line of ['Tokayev interviewed the minister.', 'President Tokayev spoke with the press.', 'Governor Haruhiko Steppeda spoke. Steppeda interviewed the staff.', 'We spoke to the shoppers.']) {
      expect(extract(['Shoppers cross the border', BODY, line]).meta.source).toBeNull();
    }
  });

  it('reads a dash between a dateline’s place and its date, and a release’s `For Immediate Release:` line, as dates', () => {
    const dashed = extract(['Herat, Afghanistan – February 1, 2026 – In a significant step for regional integration, senior officials met in Herat on Sunday.', BODY]);
    expect([dashed.meta.date, dashed.meta.titleGenerated, dashed.paragraphs[0]]).toEqual(['2026-02-01', true, 'In a significant step for regional integration, senior officials met in Herat on Sunday.']);
    expect(extract(['Steppe Association Applauds Central Asian States', '', 'For Immediate Release: September 8, 2006', '', ...story]).meta.date).toBe('2006-09-08');
  });

  it('reads a byline with the city it is filed from in brackets', () => {
    expect(extract(['Kyrgyzstan, Nation of Film Festivals', '', 'By Gul’bara Tolomushova (Bishkek)', '', ...story]).meta.bylineText).toBe('Gul’bara Tolomushova');
  });
});

describe('the fifty-first collection’s first score (dev half): metadata', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('reads a site greeting its reader as the outlet, and the weekday’s date under it as its clock; a body’s news section as no outlet', () => {
    const page = extract(['| Welcome to Steppe Village Space', '', 'Friday, July 19, 2024', '', 'Imran Khan visits Uzbekistan to boost trade relations', '', ...story]);
    expect([page.meta.title, page.meta.source, page.meta.date]).toEqual(['Imran Khan visits Uzbekistan to boost trade relations', 'Steppe Village Space', null]);
    const section = extract(['News of the Ministry', '', 'Participation in the first session of the National Assembly', '', ...story]);
    expect([section.meta.title, section.meta.source]).toEqual(['Participation in the first session of the National Assembly', null]);
  });

  it('reads the rights to a repost’s words (`Text © …`) as the outlet', () => {
    expect(extract(['Turkmenistan Airlines banned from Europe', ...story, 'Text © The Steppe Oracle']).meta.source).toBe('The Steppe Oracle');
  });

  it('drops a contact bar of a telephone number and an e-mail address above the story', () => {
    const page = extract(['998 (66) 233 38 73 steppe_info@edu.uz', '', '', ...story]);
    expect([page.meta.titleGenerated, page.paragraphs[0]]).toEqual([true, BODY]);
  });

  it('reads a site’s domain in any country’s zone as a site (`source: wnp.pl`)', () => {
    expect(extract(['Kyrgyzstan elects its parliament', ...story, 'source: steppe.pl']).meta.source).toBe('steppe.pl');
  });

  it('reads a short headline over a standfirst of two sentences, the second naming its writer, and the writer as the byline', () => {
    const page = extract(['The cost of Kazakh oil', '', 'A major strike wave in the oil fields of Kazakhstan has turned into repression by the government. Jane Steppe reports', '', 'December 2, 2012', '', ...story]);
    expect([page.meta.title, page.meta.bylineText, page.meta.date]).toEqual(['The cost of Kazakh oil', 'Jane Steppe', '2012-12-02']);
  });
});

describe('the fifty-second collection’s first score (dev half): metadata', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('drops a page’s script kept as its first line, and reads the line under it as the headline', () => {
    const script = 'm[i].l=1*new Date(); for (var j = 0; j < document.scripts.length; j++) {if (document.scripts[j].src === r) { return; }} k=e.createElement(t),a=e.getElementsByTagName(t)[0]; ym(95, "init", { clickmap:true });';
    const page = extract([script, '', 'Steppestan and Kyrgyzstan are working on a nuclear power plant project', '', ...story]);
    expect([page.meta.title, page.meta.titleGenerated]).toEqual(['Steppestan and Kyrgyzstan are working on a nuclear power plant project', false]);
  });

  it('reads a repost’s note as where the words were first published, and never as the story’s first sentence', () => {
    const note = extract(['This article originally appeared on Steppe’s VaccinesWeek website. Below is an excerpt.', ...story]);
    expect([note.meta.source, note.meta.titleGenerated, note.meta.title.startsWith('Kazakhstan agreed')]).toEqual(['VaccinesWeek', true, true]);
    expect(extract(['Kyrgyzstan elects its parliament', ...story, 'This story was originally published by the Steppe Gazette and is reproduced here.']).meta.source).toBe('The Steppe Gazette');
    // A newsletter's publisher after its description.
    expect(extract(['Kyrgyzstan elects its parliament', 'This story first appeared in The Yurt, a weekly email dispatch from Steppeza covering Central Asia.', ...story]).meta.source).toBe('Steppeza');
    expect(extract(['Kyrgyzstan elects its parliament', ...story, 'This statement was originally published on steppe.org on 7 March 2018.']).meta.source).toBe('steppe.org');
  });

  it('reads a long one-sentence line over a writer’s byline as the headline, and the byline under it', () => {
    const headline = 'To protect a rare Central Asian goat — and the snow leopards that depend on it — conservationists are turning to an unlikely ally: trophy hunters.';
    const page = extract([headline, '', 'STORY BY Jane G. Steppova', '', ...story]);
    expect([page.meta.title, page.meta.titleGenerated, page.meta.byline]).toEqual([headline, false, 'Jane G. Steppova']);
    // A story's first sentence over its second is no headline.
    expect(extract([headline, '', ...story]).meta.titleGenerated).toBe(true);
  });

  it('reads an apostrophe inside a word of the repost’s outlet as part of its name, a possessive’s still not', () => {
    expect(extract(['Kyrgyzstan elects its parliament', ...story, 'The article was first published by Step’ne [Commons], a Steppestani journal, here.']).meta.source).toBe('Step’ne');
    expect(extract(['Kyrgyzstan elects its parliament', ...story, 'This article originally appeared on Steppe’s VaccinesWeek website.']).meta.source).toBe('VaccinesWeek');
  });

  it('reads a site’s acronym, a dash and the name it stands for, above the headline, as the outlet', () => {
    const page = extract(['SIMA - Steppe International Medical Association', '', 'National Cancer Center transfers expertise to Uzbekistan', '', ...story]);
    expect([page.meta.title, page.meta.source]).toEqual(['National Cancer Center transfers expertise to Uzbekistan', 'Steppe International Medical Association']);
    // Letters that spell another name are no such mark.
    expect(extract(['SIMA - Steppe Medical Association', '', 'National Cancer Center transfers expertise to Uzbekistan', '', ...story]).meta.source).not.toBe('Steppe Medical Association');
  });

  it('keeps a ministry after the headline’s dash as part of the headline, not its site', () => {
    const page = extract(['Steppestan and Kyrgyzstan are working to assess key aspects of the project - Steppe Foreign Ministry', '', ...story]);
    expect([page.meta.title, page.meta.source]).toEqual(['Steppestan and Kyrgyzstan are working to assess key aspects of the project - Steppe Foreign Ministry', null]);
    // A site's name after the dash is still the site's.
    const site = extract(['Steppestan and Kyrgyzstan are working to assess key aspects of the project - Steppe World Live', '', ...story]);
    expect([site.meta.title, site.meta.source]).toEqual(['Steppestan and Kyrgyzstan are working to assess key aspects of the project', 'Steppe World Live']);
  });
});

describe('the fifty-fifth collection’s first score (dev half): metadata', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('skips a page’s slug in lower case and a stamp of the time alone, and reads a wire on a line after its place', () => {
    const page = extract([
      'steppe to build 16 bn aluminium plant in steppestan',
      'Last Updated : GMT 09:40:38',
      '',
      'Steppe to build $1.6 bn aluminium plant in Steppestan',
      'Dushanbe - AFP',
      '',
      ...story,
    ]);
    expect([page.meta.title, page.meta.source]).toEqual(['Steppe to build $1.6 bn aluminium plant in Steppestan', 'AFP']);
    // A byline before a dash and a wire is no place.
    expect(extract(['Steppe to build a plant in Steppestan', 'By Huseyn Steppov - Trend', '', ...story]).meta.byline).toBe('Huseyn Steppov');
  });

  it('makes a title of a first sentence without its list bullet', () => {
    const page = extract([
      'Overview',
      '- Prime Minister Sanae Steppova opened a two-day C5+1 gathering on Dec 19–20 with the leaders of five states, featuring an official reception and talks.',
      '- The meeting elevates a Steppe–Central Asia dialogue launched in 2004 to the heads-of-state level for the first time.',
      '- Steppestan and the five states are expected to launch an “AI partnership” to explore undeveloped mineral deposits, according to local media.',
      '- Officials plan to back development of the Caspian Sea Route to link Central Asia to Europe, local reports said.',
    ]);
    expect([page.meta.title, page.meta.titleGenerated]).toEqual(['Prime Minister Sanae Steppova opened a two-day C5+1 gathering on Dec 19–20', true]);
  });
});

describe('the fifty-fifth collection’s first score (dev half): banners', () => {
  it('skips a state’s motto for the year, its name run on over the next line, as the headline and the byline', () => {
    const page = extract(['Year 2024 - «Fount of Wisdom', 'Magtymguly Fragi', '', '06 May 2022', '', 'Meeting of the Minister of Foreign Affairs of Steppestan with the EU Special Representative', '', BODY, BODY.replace('300', '301')]);
    expect([page.meta.title, page.meta.byline, page.meta.date]).toEqual(['Meeting of the Minister of Foreign Affairs of Steppestan with the EU Special Representative', null, '2022-05-06']);
  });
});

describe('the blind set’s dev misses (collection 55 session): header lines', () => {
  it('reads a writer filing from a city on the first line as the byline, not the headline; `Putin in Astana` stays a headline', () => {
    const page = extract(['Michael Steppov in Abuja', '', '', `${BODY} ${BODY.replace('300', '301')}`, BODY.replace('300', '302')]);
    expect([page.meta.byline, page.meta.titleGenerated]).toEqual(['Michael Steppov', true]);
    expect(extract(['Putin in Astana', '', `${BODY} ${BODY.replace('300', '301')}`, BODY.replace('300', '302')]).meta.byline).toBeNull();
  });

  it('reads a caption with its credit after a comma as a caption, and the line above it as the headline', () => {
    const caption = 'Steppe Ambassador to Mexico Andrian Steppov,photo: The News/Simon Steppe';
    const page = extract(['The News', 'The News', '', 'Steppe Ambassador Opens Embassy in Mexico', '', caption, caption, '', BODY, BODY.replace('300', '301')]);
    expect(page.meta.title).toBe('Steppe Ambassador Opens Embassy in Mexico');
  });
});

describe('whom the story’s people spoke to (dev half)', () => {
  const story = (sentence: string) => extract(['Students in Steppestan say they are safe', '', `${BODY} ${sentence}`, BODY.replace('300', '301')]);

  it('reads a newsroom’s name after `told` or `speaking to` as the outlet, when nothing else names it', () => {
    expect(story('A fourth-year student of the academy told Steppe Chronicle they are living in fear.').meta.source).toBe('Steppe Chronicle');
    expect(story('Speaking to Times of Steppestan ahead of the vote, the envoy said more.').meta.source).toBe('Times of Steppestan');
    expect(story('“It was cold,” she told SteppeHub.').meta.source).toBe('SteppeHub');
  });

  it('reads no outlet in a wire or big outlet other newsrooms cite, nor in a person', () => {
    expect(story('An official told Reuters on Monday that talks would go on.').meta.source).toBeNull();
    expect(story('The minister told the Astana Times that talks would go on.').meta.source).toBeNull();
    expect(story('The minister told Aida Steppova that talks would go on.').meta.source).toBeNull();
  });
});

describe('a widget that sets the text’s size (dev half)', () => {
  it('is no part of the headline above it', () => {
    const page = extract(['KZ and NL: New Areas of Cooperation', '', 'размер шрифта: Aa | Aa', '', `${BODY} ${BODY.replace('300', '301')}`, BODY.replace('300', '302')]);
    expect(page.meta.title).toBe('KZ and NL: New Areas of Cooperation');
  });
});

describe('an agency in brackets opening the story, with no dash (dev half)', () => {
  const opening = (first: string) => extract(['Steppestan warns on the mine', '', `${first} ${BODY}`, BODY.replace('300', '301')]).meta.source;

  it('reads an acronym, a site’s address or a name and its place as the outlet', () => {
    expect(opening('(ATR) The NOC has elected a new president.')).toBe('ATR');
    expect(opening('(steppenews.com) Karaganda, the second largest city, will soon have a centre.')).toBe('steppenews.com');
    expect(opening('(Steppe Post – Astana) The Prime Minister has invited Steppestan to join.')).toBe('Steppe Post');
  });

  it('reads no outlet in a label in brackets', () => {
    expect(opening('(VIDEO) The NOC has elected a new president.')).toBeNull();
    expect(opening('(LEAD) The NOC has elected a new president.')).toBeNull();
  });
});

describe('the fifty-sixth collection’s first score (dev half): outlets and headlines', () => {
  it('reads a person’s name under the headline, used alone below, as no site', () => {
    const page = extract(['Steppestan Tries to Silence Critics', '', 'Serikbol Steppash', '', 'MARCH 11, 2019, 1:18 PM', '', `${BODY} The arrest of Steppash ended it.`, BODY.replace('300', '301')]);
    expect(page.meta.source).toBeNull();
    const site = extract(['Steppestan Tries to Silence Critics', '', 'Steppe Review', '', 'MARCH 11, 2019, 1:18 PM', '', BODY, BODY.replace('300', '301')]);
    expect(site.meta.source).toBe('Steppe Review');
  });

  it('reads `Lessons learned from …` as no newsroom', () => {
    expect(extract(['Dam planning in Steppestan', '', `${BODY} Lessons learned from Laos helped the plan.`, BODY.replace('300', '301')]).meta.source).toBeNull();
  });

  it('reads another outlet that reported a day as cited, and a rights notice closing the story as the outlet', () => {
    const page = extract(['Steppe Gold picks banks', '', `Steppe Gold has picked banks for a listing, Bloomberg reported on Monday. ${BODY}`, `${BODY.replace('300', '301')} Copyright 2025 Steppe Wire Ltd. All Rights Reserved.`]);
    expect(page.meta.source).toBe('Steppe Wire');
  });

  it('reads a writer’s post under the byline as no headline, the outlet named in it', () => {
    const page = extract(['By: Aida Steppova', 'Steppe Watch Reporter, Asia', `ASHGABAT, Steppestan – ${BODY}`, BODY.replace('300', '301')]);
    expect(page.meta.source).toBe('Steppe Watch');
    expect(page.meta.titleGenerated).toBe(true);
  });

  it('reads a place, a day, a dash and an agency’s sentence as the dateline', () => {
    const page = extract(['', `ASTANA, November 21 – RIA Novosti. ${BODY}`, BODY.replace('300', '301')]);
    expect(page.meta.source).toBe('RIA Novosti');
    expect(page.meta.title.startsWith('RIA')).toBe(false);
  });

  it('reads a blog’s tag archive label, a spotlight label, a cookie prompt’s buttons, an unlabelled font-size widget and the .gov banner as no headline', () => {
    for (const furniture of ['Posts Tagged ‘Central Asia’', 'In the spotlight', 'More information  .  Close', 'Aa Aa Aa', '.gov website belongs to an official government organization in the United States.']) {
      const page = extract([furniture, '', 'Steppestan Hopes to Build on Cooperation', '', BODY, BODY.replace('300', '301')]);
      expect(page.meta.title, furniture).toBe('Steppestan Hopes to Build on Cooperation');
    }
  });
});

describe('the site’s rights and stamp lines (dev half, collection 56)', () => {
  it('reads a lone `© Name` line after the last paragraph as the site’s rights, a dash after it aside', () => {
    expect(extract(['Steppestan and Armenia: a visit', '', BODY, BODY.replace('300', '301'), '', '© Steppe Outlook']).meta.source).toBe('Steppe Outlook');
    expect(extract(['Steppestan jails a blogger', '', BODY, BODY.replace('300', '301'), '', '© Steppe Rights Watch -']).meta.source).toBe('Steppe Rights Watch');
  });

  it('reads a brand in lower case beside the date on a stamp line as the outlet', () => {
    const page = extract(['steppenews · September 15, 2024', '', 'Diplomacy: the Chancellor in Central Asia', '', BODY, BODY.replace('300', '301')]);
    expect([page.meta.source, page.meta.date, page.meta.title]).toEqual(['steppenews', '2024-09-15', 'Diplomacy: the Chancellor in Central Asia']);
  });
});

describe('the fifty-seventh collection’s first score (dev half): outlets, dates and headlines', () => {
  it('reads a glued brand before a dash opening the story as the outlet', () => {
    expect(extract(['Steppestan demands a halt to attacks', '', `SteppeNaft –  ${BODY}`, BODY.replace('300', '301')]).meta.source).toBe('SteppeNaft');
  });

  it('reads a date, then `by` and a name, as the date and the byline', () => {
    const page = extract(['The trade union movement in Steppestan', '', 'Wednesday 5 May 2010, by Aidar Steppov', '', BODY, BODY.replace('300', '301')]);
    expect([page.meta.date, page.meta.bylineText]).toEqual(['2010-05-05', 'Aidar Steppov']);
  });

  it('reads a footer’s links as no headline and no site, and a sport’s news as no outlet', () => {
    const page = extract(['Our Terms & Conditions | Our Privacy Policy', 'Steppestan aims to join the WTO within a year', `${BODY} ${BODY.replace('300', '302')}`, BODY.replace('300', '301')]);
    expect([page.meta.title, page.meta.source]).toEqual(['Steppestan aims to join the WTO within a year', null]);
    expect(extract(['Chess News', '', 'Aida Steppova: my first major achievement', '', BODY, BODY.replace('300', '301')]).meta.source).toBeNull();
  });

  it('reads an outlet everyone knows after the page title’s bar as the site', () => {
    const page = extract(['Draft dodgers pour into Steppestan to escape the war | CNN', '', 'Almaty, Kazakhstan', '', BODY, BODY.replace('300', '301')]);
    expect([page.meta.title, page.meta.source]).toEqual(['Draft dodgers pour into Steppestan to escape the war', 'CNN']);
  });
});

describe('dates, sources and writers the fifty-eighth collection printed (dev half)', () => {
  const HEADLINE = 'Steppe Inks Uranium Deal with India';
  it('reads a blog’s `Posted on … by` line signed by a handle, a spaced day-first stamp closing the story, and a date with the writer’s handle after it', () => {
    expect(extract([HEADLINE, 'Posted on July 24, 2015 by SteppeCham', BODY]).meta).toMatchObject({ date: '2015-07-24', byline: null });
    expect(extract([HEADLINE, BODY, 'Commenting on the report, the president gave instructions to the agencies.', '30 08 2023, 12:18', 'photo source: freepik.com / freepik', '1 2 3 4 5 6 ... 7 8 9 10']).meta.date).toBe('2023-08-30');
    const standfirst = 'The West hopes for a stable partner. Yet the Central Asian nation may seek equidistance from all.';
    expect(extract([HEADLINE, standfirst, 'Published 17 Apr 2023   Follow @Stepperov', BODY]).meta.date).toBe('2023-04-17');
  });

  it('reads a picture’s caption atop the page, someone holding a box with someone else, as no headline', () => {
    const caption = 'Azizbek Steppov, Chief Negotiator of Steppestan’s accession to the WTO, holds a box with ITC Executive Director Pamela Steppova.';
    expect(extract([caption, HEADLINE, '20 November 2023', BODY]).meta).toMatchObject({ title: HEADLINE, titleGenerated: false, date: '2023-11-20' });
  });

  it('reads the site’s name from the menu’s `About` link printed twice atop the page', () => {
    expect(extract(['About SJBC', 'About SJBC', HEADLINE, BODY]).meta).toMatchObject({ title: HEADLINE, source: 'SJBC' });
  });

  it('reads who publishes a site from its tagline, and a reprint’s bracketed credit', () => {
    expect(extract(['Published daily by the Steppe Institute', HEADLINE, BODY]).meta).toMatchObject({ title: HEADLINE, source: 'Steppe Institute' });
    expect(extract([HEADLINE, 'Steppe migrant workers file photo', '(Bloomberg – – Leonid Steppov – March 14, 2017)', BODY]).meta).toMatchObject({ source: 'Bloomberg', byline: 'Leonid Steppov', date: '2017-03-14' });
  });
});

describe('no headline from a caption, an image’s alternative text or a menu (dev half, all collections)', () => {
  const HEADLINE = 'Steppestan Police Raid Two News Outlets';
  it('reads a first paragraph printed again later in the story as a caption, and titles the page from its lead', () => {
    const caption = 'Both leaders also witnessed the signing of several agreements at the Steppe Palace.';
    const lead = 'The Emir of Qatar held talks with the President of Steppestan in Astana on Wednesday.';
    const page = extract([caption, lead, BODY, 'Signing of agreements', `${caption} ${BODY}`]);
    expect(page.meta).toMatchObject({ title: 'The Emir of Qatar held talks with the President of Steppestan in Astana', titleGenerated: true });
    // A page scraped twice repeats its lead too: the first paragraph stays the lead.
    expect(extract([lead, BODY, lead, BODY]).meta.title).toBe('The Emir of Qatar held talks with the President of Steppestan in Astana');
  });

  it('reads an office and a name alone atop the page as who the photo shows', () => {
    const lead = 'Prime Minister Aidar Steppov will host the first Steppe Summit on January 27.';
    expect(extract(['PM Aidar Steppov', lead, BODY]).meta).toMatchObject({ title: 'Prime Minister Aidar Steppov will host the first Steppe Summit on January 27', titleGenerated: true });
  });

  it('reads words all taken from the credited caption below as the image’s alternative text', () => {
    const caption = 'Police detain Steppe Live director Aida Steppova (left) after searching the outlet’s office on January 16 and detaining its staff. (Screenshots: YouTube/Steppe Media)';
    expect(extract(['Aida Steppova and office', caption, HEADLINE, BODY]).meta).toMatchObject({ title: HEADLINE, titleGenerated: false });
  });

  it('reads a line printed three times above the story as a menu’s item', () => {
    const menu = ['Featured Topics', 'Steppe Global Offerings', 'Events'];
    expect(extract([...menu, ...menu, ...menu, HEADLINE, BODY]).meta).toMatchObject({ title: HEADLINE });
  });
});

describe('dates, sources and writers the fifty-ninth collection printed (dev half)', () => {
  const HEADLINE = 'Steppe Inks Uranium Deal with India';
  it('reads letters with no vowel where a dateline’s place would stand, the date in brackets after them, as the source', () => {
    expect(extract([HEADLINE, `SRWF (26.02.2021) – On 24 February, the commission adopted a prisoner. ${BODY}`, BODY]).meta).toMatchObject({ date: '2021-02-26', source: 'SRWF' });
  });

  it('reads a stamp with a two-digit year and the time, and no year past this century from a date glued to a time', () => {
    expect(extract([HEADLINE, '16.09.22 15:10', BODY]).meta.date).toBe('2022-09-16');
    expect(parseDateLine('26.11.2215:41')).toBeNull();
  });

  it('reads a weather widget’s line as no headline', () => {
    expect(extract(['Moscow -10 °C', 'New Delhi 19 °C', HEADLINE, BODY]).meta.title).toBe(HEADLINE);
  });

  it('reads a digest’s `Source:` note atop the page as the paper and the day, and a photographer’s credit after the writer', () => {
    const page = extract(['Source: NYT (1/30/19)', 'Can Steppestan Turn the Middle of Nowhere Into the Center of the World?', 'By BEN STEPPE, Photographs and Video by ANDREA DALOVA', BODY]);
    expect(page.meta).toMatchObject({ title: 'Can Steppestan Turn the Middle of Nowhere Into the Center of the World?', date: '2019-01-30', source: 'NYT', byline: 'Ben Steppe' });
  });
});

describe('no headline from a post, a section, a caption or a record number (dev half, all collections)', () => {
  const HEADLINE = 'Steppe Inks Uranium Deal with India';
  it('reads a post and the body or state it is of, with no verb, as who writes or speaks', () => {
    const lead = 'As expected, the president’s speech at the session of the General Assembly has enjoyed recognition.';
    expect(extract(['Aidar Steppov,', 'Executive Director of the Steppe Strategy Center', lead, BODY]).meta).toMatchObject({ title: 'As expected, the president’s speech at the session of the General Assembly has', titleGenerated: true });
    expect(extract(['President of the Republic of Steppestan', 'Speech at the Joint Session of the Steppe Parliament', BODY]).meta.title).toBe('Speech at the Joint Session of the Steppe Parliament');
    // (A verb makes it a headline.)
    expect(extract(['Minister of Energy Meets Steppe Delegation', BODY]).meta.title).toBe('Minister of Energy Meets Steppe Delegation');
  });

  it('reads a site’s section after a bar as none of the page title’s headline', () => {
    expect(extract(['Steppe Americans give mixed reactions to the film | News | LIVING LIFE FEARLESS', BODY]).meta).toMatchObject({ title: 'Steppe Americans give mixed reactions to the film' });
  });

  it('reads a first paragraph closed by its photograph’s credit as a caption, and titles the page from its lead', () => {
    const caption = 'The Steppe Oil headquarters, center left, stand in Astana, on Saturday, April 14, 2018. Steppestan’s gross domestic product for the first quarter grew 4.1 percent, the country’s economy minister Aidar Steppov reported to the government on April 16. Photograph: Taylor Steppe/Bloomberg Photographer: Taylor Steppe/Bloomberg';
    expect(extract([`date 2024-11-29 ${caption}`, '', '(Bloomberg) -- Steppestan lifted interest rates for the first time since 2022 amid concerns about inflation.', '', BODY]).meta.title).toBe('Steppestan lifted interest rates for the first time since 2022 amid concerns');
  });

  it('reads a library’s record number and a journal’s issue as no headline', () => {
    expect(extract(['Libmonster ID: KZ-1731', HEADLINE, BODY]).meta.title).toBe(HEADLINE);
    expect(extract(['2021 N7-8(196-197)', HEADLINE, BODY]).meta.title).toBe(HEADLINE);
  });
});

describe('dates, sources and writers the sixtieth collection printed (dev half)', () => {
  const HEADLINE = 'Steppe Inks Uranium Deal with India';
  it('reads a writer’s post after the comma of a byline, an intern’s or an advocate’s too', () => {
    expect(extract([HEADLINE, 'By Aida Steppova, Research and Data Analytics intern', BODY]).meta.byline).toBe('Aida Steppova');
    expect(extract([HEADLINE, 'By Aida Steppova, a religious liberty advocate with a particular', BODY]).meta.byline).toBe('Aida Steppova');
  });

  it('reads a letter’s salutation as no byline', () => {
    expect(extract(['Appeal from NGOs to the President', '', 'Appeal from NGOs to the President', '', 'Dear Sadyr Nurgozhoevich,', BODY]).meta.byline).toBeNull();
  });

  it('reads a page’s reading time, its last edit and its languages as no headline', () => {
    expect(extract(['Read Time: < 1 minute', HEADLINE, BODY]).meta.title).toBe(HEADLINE);
    expect(extract(['Last modified: Tuesday, November 20, 2012', HEADLINE, BODY]).meta).toMatchObject({ title: HEADLINE, date: null });
    expect(extract(['Also available in Deutsch, русский, Қазақша', HEADLINE, BODY]).meta.title).toBe(HEADLINE);
  });

  it('reads a wire’s dateline with the place’s country in square brackets', () => {
    const page = extract([`Tashkent [Uzbekistan], August 23 (ANI): Defence Minister Aidar Steppov had an excellent meeting with his counterpart. ${BODY}`, BODY]);
    expect(page.meta).toMatchObject({ source: 'ANI', title: 'Defence Minister Aidar Steppov had an excellent meeting with his counterpart' });
  });
});

describe('dates, writers and menus the sixtieth collection printed, read again (dev half)', () => {
  const HEADLINE = 'Steppe hydropower project: greater scrutiny is needed';
  const LEAD = 'Steppestan is promoting the massive 1,860 MW Steppe-1 Hydropower Plant as a solution to its ongoing energy crisis, and is seeking funding.';
  it('reads a bulletin’s masthead, its issue and its date in the cells of one line', () => {
    const page = extract(['Wednesday, January 19, 2011', '', '091. Steppe Asia: legislation impacts religious liberty', '', 'Steppe Prayer Bulletin | SPB 091 | Wed 19 Jan 2011', '', BODY]);
    expect(page.meta).toMatchObject({ date: '2011-01-19', source: 'Steppe Prayer Bulletin' });
    expect(page.paragraphs).toEqual([BODY]);
  });

  it('reads a writer, their post and the date in the cells of one line under the lead', () => {
    const page = extract([HEADLINE, '', LEAD, '', 'Aida Steppova, Central Asia Fossil Fuels Campaign Leader  |  19 December 2025', '', BODY]);
    expect(page.meta).toMatchObject({ byline: 'Aida Steppova', date: '2025-12-19' });
    expect(page.paragraphs).toEqual([LEAD, BODY]);
  });

  it('takes no day of a range of dates for the page’s date (collection 68)', () => {
    const project = extract(['Project Profile', '', 'Water resources and agriculture', '', 'Duration : December 1, 2016 - November 30, 2019', '(Extended to February 29, 2020)', '', BODY]);
    expect(project.meta).toMatchObject({ title: 'Water resources and agriculture', date: null, dateline: null });
    expect(extract(['Project Profile', '', 'Water resources and agriculture', '', 'Duration : December 1, 2016 - November 30, 2019', '', BODY]).meta.date).toBeNull();
  });

  it('joins a headline the page wrapped over lines of its own, in lower case below it (dev half)', () => {
    const wrapped = extract(['Media Advisory:', 'Steppe agency to conduct first integrated', 'on-site inspection exercise', 'in September in Steppeland', '', BODY]);
    expect(wrapped.meta).toMatchObject({ title: 'Steppe agency to conduct first integrated on-site inspection exercise in September in Steppeland', titleGenerated: false });
    expect(wrapped.paragraphs).toEqual([BODY]);
    expect(extract(['An alpine style', 'attempt on Peak Steppe 7134m', 'Text and Photos: Jane Roe', '', BODY]).meta.title).toBe('An alpine style attempt on Peak Steppe 7134m');
    // Not a tag, a button or a byline in lower case, nor a line after a blank one.
    expect(extract(['US Sanctions Push Steppeland Back to the Pipeline Dream', 'trans-caspian', '', BODY]).meta.title).toBe('US Sanctions Push Steppeland Back to the Pipeline Dream');
    expect(extract(['Steppeland opens its first wind farm', 'by Jane Roe and John Doe', '', BODY]).meta).toMatchObject({ title: 'Steppeland opens its first wind farm', byline: 'Jane Roe and John Doe' });
    expect(extract(['Steppeland opens its first wind farm', '', 'in the north of the country', '', BODY]).meta.title).toBe('Steppeland opens its first wind farm');
  });

  it('reads the time of day in the last cell of such a line, its zone too (collection 68)', () => {
    const page = extract([HEADLINE, '', LEAD, '', 'Vagisha Steppeshik | May 23, 2024 | 10:45 AM IST', '', BODY]);
    expect(page.meta).toMatchObject({ byline: 'Vagisha Steppeshik', date: '2024-05-23' });
    expect(page.paragraphs).toEqual([LEAD, BODY]);
  });

  it('reads the longer items of a bulleted menu above the headline as labels', () => {
    const menu = ['• Skip to main content', '', 'Steppewatch', '', '  • About us', '    • Our vision', '    • Who we are', '  • What we do', '    • Campaign areas', '      • Beyond fossil fuels', '    • Institutions we monitor', '      • European Bank for Reconstruction and Development', '      • Steppe Infrastructure Investment Bank', '      • EU funds', '    • Our projects', '  • News'];
    const page = extract([...menu, '', HEADLINE, '', BODY]);
    expect(page.meta.title).toBe(HEADLINE);
    expect(page.paragraphs).toEqual([BODY]);
  });

  it('reads a date before the place in capitals and its state’s letters as the story’s dateline', () => {
    const page = extract([HEADLINE, '', `1 March 2023, WASHINGTON, DC. The Republic of Steppestan has filed an independent action. ${BODY}`]);
    expect(page.meta.date).toBe('2023-03-01');
  });
});

describe('writers, sources and headlines the sixty-first collection printed (dev half)', () => {
  const HEADLINE = 'Steppe University opens first overseas campus in Steppestan';
  it('reads a bare name over the date line, and a name beside a newsroom post, as the writer’s', () => {
    expect(extract(['Aida R. Steppova', '', '20th Oct, 2022. 11:43 am', '', HEADLINE, '', BODY]).meta).toMatchObject({ title: HEADLINE, byline: 'Aida R. Steppova', date: '2022-10-20' });
    expect(extract([HEADLINE, 'Aidar Steppov - Senior Journalist', BODY]).meta).toMatchObject({ title: HEADLINE, byline: 'Aidar Steppov' });
  });

  it('reads an institution’s name printed twice atop the page as the headline, not the site', () => {
    expect(extract(['Outcomes of Steppe Council', '', 'Outcomes of Steppe Council', '', BODY]).meta).toMatchObject({ title: 'Outcomes of Steppe Council', source: null });
  });

  it('keeps a release’s `(with photos)` in its headline, and reads a print plugin’s labels as no headline', () => {
    const headline = 'Steppe delegation joins forum on co-operation (with photos)';
    expect(extract([headline, '', 'image_pdfimage_print', '', BODY]).meta).toMatchObject({ title: headline });
    expect(extract(['image_pdfimage_print', HEADLINE, BODY]).meta.title).toBe(HEADLINE);
  });

  it('reads a labelled source atop a reprint as the outlet, and a desk’s credit as no headline', () => {
    expect(extract(['Source: The Steppestar', 'Date: 6th November 2023', BODY, BODY]).meta).toMatchObject({ source: 'The Steppestar', date: '2023-11-06', titleGenerated: true });
    const desk = extract(['SNT Web Desk', '', BODY]);
    expect(desk.meta).toMatchObject({ titleGenerated: true, source: 'SNT' });
  });

  it('reads a weekday before a dated dateline’s date, and a byline glued before a dateline', () => {
    expect(extract([HEADLINE, `Tuesday, February 22, 2022 – The Steppe Institute opened an office. ${BODY}`]).meta.date).toBe('2022-02-22');
    const glued = extract([HEADLINE, `By Aidar Steppov ISLAMABAD, April 06 (Steppe-WealthPK): Steppestan and Uzbekistan agreed to boost transit trade. ${BODY}`]);
    expect(glued.meta).toMatchObject({ byline: 'Aidar Steppov', source: 'Steppe-WealthPK' });
  });

  it('reads a masthead wrapped over two lines as the site’s name, neither line a headline', () => {
    expect(extract(['The Steppe fund for', 'international development', '', HEADLINE, '', BODY]).meta.title).toBe(HEADLINE);
    expect(extract(['The Steppe Fund', 'for International', 'Development', '', HEADLINE, '', BODY]).meta.title).toBe(HEADLINE);
  });
});


describe('page details the sixty-second collection printed (dev half)', () => {
  const HEADLINE = 'Forging Steppe-Uzbekistan Cooperation';
  it('reads a twelve-hour clock beside a date of slashes as month first, and the short headline above it', () => {
    const quote = '“Steppestan is an important partner of Uzbekistan in Southeast Asia, a rising star in international business. It is natural that many enterprises consider it a hub,” he said.';
    expect(extract([HEADLINE, '', '9:07:16 AM | 4/1/2024', '', quote]).meta).toMatchObject({ title: HEADLINE, date: '2024-04-01' });
    expect(parseDateLine('4/1/2024')).toBeNull();
  });

  it('reads a site’s test-mode banner in its languages and an app’s prompt as no headline', () => {
    expect(extract(['Sayt test rejimida / The site is running in test mode / Сайт работает в тестовом режиме', HEADLINE, BODY]).meta.title).toBe(HEADLINE);
    expect(extract(['Get News Fast', '', HEADLINE, '', BODY]).meta.title).toBe(HEADLINE);
  });

  it('takes an outlet named in a newsletter prompt without its possessive', () => {
    expect(extract([HEADLINE, BODY, 'Sign up for SteppeWeek’s newsletters']).meta.source).toBe('SteppeWeek');
  });

  it('reads a bulleted name over the writer’s post as the byline', () => {
    const page = extract(['Politics', '', HEADLINE, '', 'May 6, 2024', '  • Aidar Steppov', '    Fellow at Carnegie Steppe Center (Berlin)', '', BODY]);
    expect(page.meta).toMatchObject({ title: HEADLINE, byline: 'Aidar Steppov', date: '2024-05-06' });
    expect(page.paragraphs).toEqual([BODY]);
  });

  it('drops a picture’s file name glued before the first paragraph', () => {
    expect(extract([`synagogue_almaty.jpg${BODY}`]).paragraphs).toEqual([BODY]);
  });
});

describe('a title made from a quotation taken up mid-speech (the pagination corpus, a build test)', () => {
  it('reads past the quotation’s opening ellipsis, and never makes an empty title', () => {
    expect(titleFromFirstSentence('“… When they want to negotiate issues such as privatisation, they would ask us to give advice,” he said.')).toBe('When they want to negotiate issues such as privatisation');
    for (const paragraph of ['“… When,” he said.', '“…” 2019 talks.', '— … Tashkent!']) expect(titleFromFirstSentence(paragraph)).not.toBe('');
  });
});

describe('dates the sixty-fourth collection printed (dev half)', () => {
  it('reads a month’s name between slashes, a comma after the month, and a report’s number after the date', () => {
    expect(parseDateLine('Posted on: 18/Feb/2022 9:22:00 AM')).toEqual({ iso: '2022-02-18', text: '18/Feb/2022' });
    expect(findDate('April, 20, 2009. The shipyard signed.')).toMatchObject({ iso: '2009-04-20', text: 'April, 20, 2009' });
    expect(parseDateLine('June 9, 2023 (R47591)')).toEqual({ iso: '2023-06-09', text: 'June 9, 2023' });
    // (Slashes and dashes do not mix; a bracketed word after a date is more than a number.)
    expect(findDate('18/Feb-2022')).toBeNull();
    expect(parseDateLine('June 9, 2023 (Reuters)')).toBeNull();
  });

  it('reads a full date alone opening the story, closed by a full stop, as its dateline', () => {
    expect(extract(['Steppe Shipyard to build three tankers for Kazsteppeflot', '', 'April, 20, 2009. Steppe Shipyard and Kazsteppeflot signed a contract for three tankers.', '', BODY]).meta).toMatchObject({ date: '2009-04-20', dateline: 'April, 20, 2009.' });
  });
});

describe('dates and a credit the sixty-fifth collection printed (dev half)', () => {
  it('reads a date alone under the site’s counter of visits as the day it was scraped, in any language', () => {
    const counted = extract(['Heute 72', '', 'Gestern 888', '', 'Insgesamt 39517545', '', 'Sonntag, 1.09.2024', 'Steppe officials study e-government', BODY]);
    expect(counted.meta.date).toBeNull();
    expect(counted.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['visit-counter', 'site-clock']));
  });

  it('reads a page’s last update as its date only while no other line of the header states one', () => {
    const updated = extract(['Last Update : Friday, Oct 30, 2015', '', '[Steppe Cooperation Agency] [Monday, Oct 26, 2015]', '', 'Signing of Grant Agreement for Steppeland', '', BODY]);
    expect(updated.meta).toMatchObject({ date: '2015-10-26', source: 'Steppe Cooperation Agency', title: 'Signing of Grant Agreement for Steppeland' });
    expect(extract(['Last Update : Friday, Oct 30, 2015', '', 'Signing of Grant Agreement for Steppeland', '', BODY]).meta.date).toBe('2015-10-30');
  });

  it('reads a writer, their outlet and a date on a line under the headline as the byline, not a dateline', () => {
    expect(extract(['SPECIAL REPORT - STEPPELAND: Clergy Under State Control.', '', 'Jon Steppov, Steppe News Service, 23 April 2002', '', BODY]).meta).toMatchObject({
      byline: 'Jon Steppov',
      source: 'Steppe News Service',
      date: '2002-04-23',
      dateline: null,
    });
  });

  it('reads a newsroom pointing to its own earlier story as the outlet, not a person who wrote', () => {
    const story = 'Steppe Energy Efficiency joined the European alliance for clean hydrogen this week.';
    expect(extract(['Steppe joins hydrogen alliance', '', story, '', 'As SteppePolitic reported before, the agency drafted a hydrogen plan.']).meta.source).toBe('SteppePolitic');
    expect(extract(['Steppe joins hydrogen alliance', '', story, '', 'As the Steppe News agency earlier reported, the plan was drafted.']).meta.source).toBe('Steppe News');
    expect(extract(['Steppe joins hydrogen alliance', '', story, '', 'Jennifer Steppova wrote about the plan.']).meta.source).toBeNull();
  });

  it('reads a link to the site’s other stories as no masthead', () => {
    expect(extract(['Steppe fair held in Chirchik', '', 'Read the Latest News', '', BODY]).meta.source).toBeNull();
  });

  it('reads the agency carrying an international wire in a dateline’s bracket (`dpa/GNA`), and neither of two others', () => {
    const story = 'China and the states of Central Asia began a two-day summit in Xi’an on Thursday with bilateral talks.';
    expect(extract(['Steppe summit opens', '', `Beijing, May 18, (dpa/SNA) – ${story}`, '', BODY]).meta.source).toBe('SNA');
    expect(extract(['Steppe summit opens', '', `Beijing, May 18, (MNA/SNA) – ${story}`, '', BODY]).meta.source).toBeNull();
  });

  it('reads a bulletin’s issue number before its date as a date line', () => {
    expect(parseDateLine('No 22 August 11, 2008')).toEqual({ iso: '2008-08-11', text: 'August 11, 2008' });
    expect(parseDateLine('No. 22, August 11, 2008')).toEqual({ iso: '2008-08-11', text: 'August 11, 2008' });
    expect(parseDateLine('Room 22 August 11, 2008')).toBeNull();
  });

  it('reads the print and share buttons of a Turkish page as no headline', () => {
    expect(extract(['Yazdır Paylaş Yazıları Büyült Yazıları Küçült', '', BODY]).meta.titleGenerated).toBe(true);
  });

  it('reads a skip link, `To the text of this page.`, as no headline', () => {
    expect(extract(['To the text of this page.', '', 'Signing of Grant Agreement for Steppeland', '', BODY]).meta.title).toBe('Signing of Grant Agreement for Steppeland');
  });
});

describe('a site’s clock and weather the sixty-sixth collection printed (dev half)', () => {
  it('reads a time alone with its seconds under today’s date as the site’s clock, and a city’s temperature in tenths as weather', () => {
    const page = extract(['28 October 2020', '', '00:00:00 (GMT+5)', '', 'Tashkent +4,7 °C', '', '28 Jun  2019 3310', '', 'Steppe city to open new children’s clinic', '', BODY]);
    expect(page.meta).toMatchObject({ date: '2019-06-28', title: 'Steppe city to open new children’s clinic' });
    expect(page.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['site-clock', 'weather']));
    // A story's time, with no seconds, leaves the date above it the story's.
    expect(extract(['28 Jun 2019', '', '10:22', '', 'Steppe city to open new children’s clinic', '', BODY]).meta.date).toBe('2019-06-28');
  });
});

describe('a project’s dates under their labels (collection 66)', () => {
  it('reads a date under `Start date:` or `Deadline:` as no publication date, and a date under `Date:` as one', () => {
    expect(extract(['Steppeland: Human Rights in Prisons', '', 'Start date:', 'Saturday, November 28, 1998', 'End date:', 'Sunday, April 6, 2003', '', BODY]).meta).toMatchObject({ date: null, title: 'Steppeland: Human Rights in Prisons' });
    expect(extract(['Steppe grants open', '', 'Deadline:', 'March 3, 2024', '', BODY]).meta.date).toBeNull();
    expect(extract(['Steppe grants open', '', 'Date:', 'March 3, 2024', '', BODY]).meta.date).toBe('2024-03-03');
  });
});

describe('a short line over the byline (collection 66)', () => {
  it('reads it as the headline where no other was found, and a label over the story as no headline', () => {
    expect(extract(['Introducing Steppeland', 'by Organizing Committee|15 NOV 2019', BODY]).meta).toMatchObject({ title: 'Introducing Steppeland', titleGenerated: false, date: '2019-11-15' });
    expect(extract(['Introducing Steppeland', '', BODY]).meta.titleGenerated).toBe(true);
  });
});

describe('bylines in the sixty-sixth collection’s shapes', () => {
  it('reads a bulleted `Author` label, a name before an empty bar, and a name before a bar and the writer’s post', () => {
    expect(extract(['Corruption in Steppeland', '', '  • Author Dilnaz Steppova', '  • Published May 9, 2021', '', BODY]).meta.byline).toBe('Dilnaz Steppova');
    expect(extract(['Research Trip to Steppeland', '', 'Nosir Steppirov |', '', BODY]).meta.byline).toBe('Nosir Steppirov');
    expect(parseBylineLine('Jeanette Steppe | News Editor | [email protected]', false)?.name).toBe('Jeanette Steppe');
    // (A bar and what is no writer's post: no byline.)
    expect(parseBylineLine('Jeanette Steppe | Kazakhstan', false)).toBeNull();
  });
});

describe('bylines with a date glued or labelled, and one signed under the story (dev half, older misses)', () => {
  it('reads `by NAMEPublished on : date`, `Posted on date by NAME, post, employer` and a closing `Written by NAME`', () => {
    expect(parseBylineLine('by Vladimir SteppovskyPublished on : Nov 03, 2023', false)).toMatchObject({ name: 'Vladimir Steppovsky', date: { iso: '2023-11-03' } });
    expect(parseBylineLine('Posted on Jul 22, 2021 by Ilkhom Steppov, Deputy Chairman, Central Bank of Steppeland', false)).toMatchObject({ name: 'Ilkhom Steppov', date: { iso: '2021-07-22' } });
    expect(extract(['Steppe games elect a new board', '', BODY, '', 'Written by Brian Steppinelli']).meta.byline).toBe('Brian Steppinelli');
  });
});

describe('an armed forces news byline (dev half, older misses)', () => {
  it('reads `By Maj. NAMEMonth D, YYYY`: the rank is no part of the name, and the date glued to it is the story’s', () => {
    const meta = extract(['Steppe partnership brings lasting benefits', '', 'By Maj. Bolat SteppenovApril 27, 2016', '', BODY]).meta;
    expect(meta.byline).toBe('Bolat Steppenov');
    expect(meta.date).toBe('2016-04-27');
    expect(parseBylineLine('By Staff Sgt. Aigerim Steppova', false)?.name).toBe('Aigerim Steppova');
    // The writer's unit after the name (dev half): after a comma, or with none after a rank and two name words.
    expect(parseBylineLine('By Capt. Matt Steppak Virginia National Guard', false)?.name).toBe('Matt Steppak');
    expect(parseBylineLine('By Sgt. Jane Roe, 3rd Infantry Division', false)?.name).toBe('Jane Roe');
    expect(parseBylineLine('By Lt. Col. Aigerim Steppova', false)?.name).toBe('Aigerim Steppova');
    // A rank alone, with no `By`, marks no byline.
    expect(parseBylineLine('Maj. Aigerim Steppova', false)).toBeNull();
  });

  it('of two dated `by` lines over the story, takes the one right above it: the first was a teaser’s', () => {
    const teaser = ['Steppe Modernism charts a nation’s fractured architectural history', 'by Dana SteppovaAug 21, 2025'];
    const meta = extract([...teaser, '•make your fridays matter with a well-read weekend', 'by Vladimir SteppovskyPublished on : Nov 03, 2023', BODY]).meta;
    expect(meta).toMatchObject({ byline: 'Vladimir Steppovsky', date: '2023-11-03' });
    expect(extract([...teaser, '', BODY]).meta).toMatchObject({ byline: 'Dana Steppova', date: '2025-08-21' });
  });
});

describe('a transcript’s speaker in capitals (dev half, older misses)', () => {
  it('is no dateline: `ADMINISTRATOR JANE ROE:` and `FOREIGN MINISTER STEPPOV:` name the speaker, not a place', () => {
    const said = 'Thank you. Well, I had a very lengthy and productive discussion with the President on the whole host of issues that our agency is working on with the people of Steppeland.';
    const meta = extract(['Monday, October 23, 2023', '', 'Tashkent, Uzbekistan', '', `ADMINISTRATOR AIGERIM STEPPOVA: ${said}`]).meta;
    expect(meta.dateline).toBeNull();
    expect(meta.title).not.toBe('Thank you');
    expect(extract([`FOREIGN MINISTER STEPPOV: ${said}`]).meta.dateline).toBeNull();
    expect(extract([`NEW DELHI: ${said}`]).meta.dateline).toBe('NEW DELHI:');
  });
});

describe('a site’s clock before its menu’s bar (collection 67)', () => {
  it('is no publication date: `Monday, June 05, 2023  |` atop the page', () => {
    expect(extract(['Monday, June 05, 2023  |', '', '', 'Steppe star vows to be champion by next year', '', BODY]).meta.date).toBeNull();
  });
});

describe('a page’s title over the headline (collection 67)', () => {
  it('reads `NAME | ACRONYM Tail` as the site’s name twice: the source, no headline', () => {
    const meta = extract(['Aid to the Steppe Church in Need Ireland | ASCN Ireland', '', 'View Original', '', 'Steppeland’s Catholics prepare for a papal visit', '', BODY]).meta;
    expect(meta).toMatchObject({ title: 'Steppeland’s Catholics prepare for a papal visit', source: 'Aid to the Steppe Church in Need Ireland' });
  });

  it('reads the outlet before its desk’s signature: `SSTV Web Desk: India and …`', () => {
    const meta = extract(['Why Steppe students are under attack? Explained', 'SSTV Web Desk: India and Pakistan have issued urgent advisories for their students in Kyrgyzstan, urging them to remain indoors amid escalating mob violence.']).meta;
    expect(meta).toMatchObject({ source: 'SSTV', dateline: 'SSTV Web Desk:' });
  });

  it('drops `Site - Section - Headline Headline` when the next line prints the headline alone', () => {
    const meta = extract(['Ssu - News - The first Steppe partner university from Kyrgyzstan The first Steppe partner university from Kyrgyzstan', 'The first Steppe partner university from Kyrgyzstan', '7 December 2023', '', BODY]).meta;
    expect(meta).toMatchObject({ title: 'The first Steppe partner university from Kyrgyzstan', date: '2023-12-07' });
  });
});

describe('a travel blog’s dated post (older dev misses)', () => {
  it('reads `Astana Kazakhstan Sunday 10 August 2013` as the post’s date, where it was written before the weekday', () => {
    const meta = extract(['Astana Kazakhstan Sunday 10 August 2013', '', 'John Lawrie’s Steppe tour group arrived safely in this wonderful part of Middle Asia which is lush and green this year; guessing that they have had twice the rain.']).meta;
    expect(meta.date).toBe('2013-08-10');
    expect(meta.title).not.toContain('2013');
  });
});

describe('the sixty-ninth collection’s first score (dev half): metadata', () => {
  it('takes a language switch’s row of short labels for no headline', () => {
    const meta = extract(['Ру Ўз O\'z En', '', 'News', '', 'An article published in Steppe Weekly', '', BODY]).meta;
    expect(meta.title).toBe('An article published in Steppe Weekly');
  });

  it('reads `By Jane Roe The Steppe Times` as the writer, then the paper, with nothing between', () => {
    expect(parseBylineLine('By Ilan Steppeberg The Steppe Times', false)).toMatchObject({ name: 'Ilan Steppeberg', agency: 'The Steppe Times' });
  });

  it('reads a blog’s author badge in a bulleted list: `• Writer’s pictureJane Roe`', () => {
    expect(parseBylineLine("  • Writer's pictureDaniela Steppela", false)?.name).toBe('Daniela Steppela');
  });
});

describe('a site’s name over its menu (older dev misses)', () => {
  it('reads a short name right above a bulleted menu that opens with `About` or `Home` as the outlet', () => {
    const meta = extract(['Steppe Campaign', '  • About', '    • Who We Are', '  • Take Action', '', 'Steppe bank should reconsider its cotton project', '', BODY]).meta;
    expect(meta.source).toBe('Steppe Campaign');
  });

  it('takes no outlet from a label above a list of points', () => {
    const meta = extract(['Steppe bank should reconsider its cotton project', '', 'Key Takeaways', '- The bank started the first phase', '', BODY]).meta;
    expect(meta.source).toBeNull();
  });
});


describe('the seventieth collection’s first score (dev half): metadata', () => {
  it('reads a date line with the place after it, written again in its own script in brackets', () => {
    const article = extract(['Press statement by the Prime Minister after talks in Steppegrad', '24 April 2019, Nur-Sultan (Нұр-Сұлтан)', '', BODY]);
    expect(article.meta).toMatchObject({ title: 'Press statement by the Prime Minister after talks in Steppegrad', date: '2019-04-24' });
  });

  it('reads no headline in a dateline standing on its own line, the place in capitals and a dash to the story', () => {
    const article = extract(['FORT STEPPE, Va. –', BODY]);
    expect(article.meta.title).not.toContain('FORT STEPPE');
    expect(article.meta.titleGenerated).toBe(true);
  });

  it('skips the site software’s bulleted warnings in lower case above the headline', () => {
    const warning = '• warning: Parameter 2 to ed_classified_link_alter() expected to be a reference, value given in /home/steppe/www/includes/common.inc on line 2968.';
    const article = extract([warning, `  ${warning}`, '', 'Exchange students find a home away from home', '', 'STEPPEVILLE– Iowa is a long way from the mountains of Kyrgyzstan.', BODY]);
    expect(article.meta).toMatchObject({ title: 'Exchange students find a home away from home', titleGenerated: false });
  });
});

describe('the seventieth collection’s first score (dev half): wires', () => {
  it('reads a known wire’s name alone in brackets below a deck and a caption as the source', () => {
    const deck = 'On September 14, clashes broke out on the border, killing more than 100 people. A ceasefire was agreed on September 19.';
    const lines = ['Two neighbours announce a ceasefire', '', deck, '', 'Soldiers talk to refugees in the village, September 19, 2022.', '', '(dpa)', '', BODY];
    expect(extract(lines).meta.source).toBe('dpa');
    expect(extract(lines.map((line) => (line === '(dpa)' ? '(Steppe Rights Watch)' : line))).meta.source).toBeNull();
  });

  it('reads a wire’s service written after its name in lower case in a dateline’s brackets', () => {
    const article = extract(['Gas company to build a plant in Steppestan', '', `WASHINGTON (dpa-AFX) - ${BODY}`]);
    expect(article.meta).toMatchObject({ source: 'dpa-AFX', dateline: 'WASHINGTON (dpa-AFX) -' });
  });
});

describe('the seventy-first collection’s first score (dev half): metadata', () => {
  it('reads a wire or a site credited after a dash closing one of the story’s last paragraphs as the source', () => {
    const closing = 'The ministers are part of the delegation accompanying the Prime Minister. - Bernama';
    expect(extract(['Steppestan and Malaysia sign deals', '', BODY, '', 'Both sides signed four memoranda.', '', closing]).meta.source).toBe('Bernama');
    expect(extract(['Steppestan and Malaysia sign deals', '', BODY, '', 'The mosque is beyond comparison. –Steppe World News']).meta.source).toBe('Steppe World News');
    // A person's name there signs a quotation, no outlet.
    expect(extract(['Steppestan and Malaysia sign deals', '', BODY, '', '“Be the change you wish to see.” - Mahatma Gandhi']).meta.source).toBeNull();
  });

  it('reads `Welcome to` and a site’s name with `and` in it as the masthead, no headline', () => {
    const article = extract(['top of page', '', 'Welcome to Steppe and Justice News', '', 'Steppe man who killed eight sentenced to life in prison', '', BODY]);
    expect(article.meta).toMatchObject({ title: 'Steppe man who killed eight sentenced to life in prison', source: 'Steppe and Justice News' });
  });

  it('takes a subscription box’s `I am already a subscriber` and an ad-blocker wall for furniture above the headline', () => {
    const wall = ['Subscribe I am already a subscriber', '', 'You are using software which is blocking our advertisements (adblocker).', '', 'As we provide the news for free, we are relying on revenues from our banners. So please disable your adblocker and reload the page to continue using this site.', 'Thanks!', ''];
    expect(extract([...wall, 'Steppe agency hosts dried fruit seminar', '', BODY]).meta).toMatchObject({ title: 'Steppe agency hosts dried fruit seminar', titleGenerated: false });
  });

  it('reads no site’s name in a greeting printed twice at the top of the page', () => {
    expect(extract(['Good Morning', 'Good Morning', 'Steppe threat is real, top cop says', '', BODY]).meta.source).toBeNull();
  });

  it('reads the day a press release was issued after its closing `Ends/` mark', () => {
    const article = extract(['Chief Executive meets Deputy Prime Minister of Steppestan', '', BODY, '', 'Ends/Monday, August 4, 2025', 'Issued at HKT 18:15', 'NNNN']);
    expect(article.meta).toMatchObject({ date: '2025-08-04' });
  });

  it('reads a name closed by `Newspaper` in a dateline’s brackets as the outlet', () => {
    const article = extract(['Drone hits oil terminal', '', `Moscow (Steppe Morning Newspaper) – ${BODY}`]);
    expect(article.meta).toMatchObject({ source: 'Steppe Morning Newspaper', dateline: 'Moscow (Steppe Morning Newspaper) –' });
  });
});

describe('an outlet named with `agency` in lower case before its verb (dev half)', () => {
  it('reads `…, APK News agency reports.` as the source', () => {
    const article = extract(['Steppestan bans wheat exports', '', 'The ban will lift Kazakh flour sales, experts say, Steppe News agency reports.', '', BODY]);
    expect(article.meta.source).toBe('Steppe News');
  });
});

describe('a footer printed above the story (dev half)', () => {
  it('reads `Name © 2017` as the copyright line naming the outlet, and the legal pages’ links as furniture, no headline', () => {
    const article = extract(['Steppe PEN International © 2017', 'Terms & Conditions | Privacy Statement', '', 'Steppe PEN calls for the release of three imprisoned writers', '', BODY]);
    expect(article.meta).toMatchObject({ title: 'Steppe PEN calls for the release of three imprisoned writers', titleGenerated: false, source: 'Steppe PEN International' });
  });
});

describe('the seventy-second collection’s first score (dev half): metadata', () => {
  const HEADLINE = 'Steppe countries turn to Ankara';
  it('reads a masthead ending in `Online`, and one with its edition after the name, above the headline', () => {
    const online = extract(['Steppe Kaumudi Online', 'Saturday, 20 July 2024 3.09 AM IST', '', 'Hijab and beard banned in a steppe country', '', BODY]);
    expect(online.meta).toMatchObject({ source: 'Steppe Kaumudi Online', title: 'Hijab and beard banned in a steppe country', date: '2024-07-20' });
    const edition = extract(['STEPPE Online Media Lite Edition', '', 'Steppe neighbors to accelerate railway cooperation', '', BODY]);
    expect(edition.meta).toMatchObject({ source: 'STEPPE Online Media', title: 'Steppe neighbors to accelerate railway cooperation' });
    // A button to read the story on the web names no outlet.
    expect(extract(['Read Online', '', 'Steppe neighbors to accelerate railway cooperation', '', BODY]).meta.source).toBeNull();
  });

  it('reads the writer a standfirst names before `writes`, or after a dash and `writes` with her post', () => {
    const before = extract([HEADLINE, 'Turkey has been fostering unity among Turkic states, becoming a counterweight to Russia, Jane Steppe writes.', BODY]);
    expect(before.meta.byline).toBe('Jane Steppe');
    const dashed = extract([HEADLINE, 'Ten years of sanctions evasion across the steppe - writes Jane Steppe, a sanctions expert in the president’s office.', BODY]);
    expect(dashed.meta.byline).toBe('Jane Steppe');
    // A clause the sentence goes on with is no standfirst's signature.
    expect(extract([HEADLINE, 'The economy grew, Jane Steppe writes in her report for the bank, and trade rose.', BODY]).meta.byline).toBeNull();
  });
});

describe('a headline glued to its teaser below it (dev half)', () => {
  it('keeps the headline when the line below opens with it and goes on with a sentence of its own', () => {
    const teaser = 'Steppe road concession calls on A&O A banking syndicate has been advised by a law firm on a loan of 585 million dollars for...';
    const article = extract(['Steppe News > Business > Steppe road concession calls on A&O', '', 'Steppe road concession calls on A&O', '', teaser, '', BODY]);
    expect(article.meta).toMatchObject({ title: 'Steppe road concession calls on A&O', titleGenerated: false });
    // A line left hanging on a connector is a headline cut short, printed whole below.
    const cut = extract(['Steppe Charity implements projects of', '', 'Steppe Charity implements projects of education and water supply in four remote districts of the country', '', BODY]);
    expect(cut.meta.title).toBe('Steppe Charity implements projects of education and water supply in four remote districts of the country');
  });
});

describe('a body that meets, as the page’s first line (dev half)', () => {
  it('reads the name of a council the story says was held as the headline, not the site', () => {
    const held = extract(['Coordinating Council on Steppe Fever', '', 'The Coordinating Council on Steppe Fever was held on August 3, 2023 at the Ministry of Health.', '', BODY]);
    expect(held.meta).toMatchObject({ title: 'Coordinating Council on Steppe Fever', titleGenerated: false, source: null });
    // A council's name over a story that does not say it met stays the site's own.
    expect(extract(['Coordinating Council on Steppe Fever', '', 'The council published its annual report on the disease on Monday.', '', BODY]).meta.source).toBe('Coordinating Council on Steppe Fever');
  });
});

describe('a reprint’s line naming where its words come from (dev half: `Read more on investmentweek.co.uk`, `An article published in Forbes` went unread)', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('reads the outlet a reprint’s own line names', () => {
    expect(extract(['Kyrgyzstan elects its parliament', ...story, 'Read more on steppeweek.co.uk']).meta.source).toBe('steppeweek.co.uk');
    expect(extract(['Kyrgyzstan elects its parliament', ...story, 'Read at www.steppe.com']).meta.source).toBe('steppe.com');
    expect(extract(['News', '', '31 August 2023', '', 'An article published in Steppes', '', ...story]).meta.source).toBe('Steppes');
    expect(extract(['Kyrgyzstan elects its parliament', 'Article published on the rus.steppe.org website', ...story]).meta.source).toBe('rus.steppe.org');
    expect(extract(['Kyrgyzstan elects its parliament', 'Published in the weekly Steppe Courier', ...story]).meta.source).toBe('Steppe Courier');
    const edited = 'This article was written by Jane Roe for Steppe.kz and published on January 5, 2025. An edited version is published on Steppe Voices under a media partnership agreement.';
    expect(extract(['Kyrgyzstan elects its parliament', edited, ...story]).meta.source).toBe('Steppe Voices');
  });

  it('reads no outlet from a section’s label or a tag', () => {
    expect(extract(['Kyrgyzstan elects its parliament', 'Published in Places', ...story]).meta.source).toBeNull();
    expect(extract(['Kyrgyzstan elects its parliament', ...story, 'Read more on Kazakhstan']).meta.source).toBeNull();
  });
});

describe('the seventy-third collection’s first score (dev half): metadata', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('reads a section, the date, the time and the writer on the line above the headline as no headline', () => {
    const page = extract(['Reports Aug 8, 2022 | 11:34 PMby Jane Steppova', '', 'Steppe Olympiad 10: Steppestan escape', '', ...story]);
    expect([page.meta.title, page.meta.date, page.meta.byline]).toEqual(['Steppe Olympiad 10: Steppestan escape', '2022-08-08', 'Jane Steppova']);
    expect(extract(['Steppe Olympiad 10: Steppestan escape', '', 'Aug 8, 2022 | 11:34 PM by Jane Steppova', '', ...story]).meta.byline).toBe('Jane Steppova');
  });

  it('reads writers under the headline, then a big paper’s name, as the byline and the outlet, with a comma or none', () => {
    for (const line of ['Amie Steppova, Michael Stepp-Saddler and Rachel Steppson The Washington Post', 'Amie Steppova, Michael Stepp-Saddler and Rachel Steppson, The Washington Post']) {
      const page = extract(['Two cyclists killed in an attack in Steppestan', '', line, '', ...story]);
      expect([page.meta.byline, page.meta.source]).toEqual(['Amie Steppova, Michael Stepp-Saddler and Rachel Steppson', 'The Washington Post']);
    }
    // Unmarked, a paper the list does not know is no outlet after a name.
    expect(extract(['Two cyclists killed in an attack in Steppestan', '', 'Rachel Steppson The Steppe Courier', '', ...story]).meta.source).toBeNull();
  });

  it('reads an assembly’s name opening the page, under the site’s clock, as the site’s own, not the headline (dev half: TURKPA)', () => {
    const page = extract(['Sunday, 16 January 2022, 13:36:27 — Baku (UTC+4)', 'Steppe Assembly of Turkic Speaking Countries', '', 'Steppe Mission observed parliamentary elections in Steppestan', '', ...story]);
    expect([page.meta.title, page.meta.source]).toEqual(['Steppe Mission observed parliamentary elections in Steppestan', 'Steppe Assembly of Turkic Speaking Countries']);
  });

  it('reads the date of a reprint’s credit after where it was published', () => {
    expect(extract(['Steppe fallout reached the villages', 'Published in Steppe Science on April 3rd, 2019', ...story]).meta.date).toBe('2019-04-03');
  });
});

describe('an outlet after `reports` or `writes` in other shapes (dev half, session 58)', () => {
  const more = ['The officials spoke to reporters after the talks in Steppegrad.', 'A second round of talks is due next month.'];

  it('reads the outlet after a teaser’s ellipsis, closing the opening paragraph with no full stop', () => {
    expect(extract(['Steppestan and Stepponia reach a port deal', '', 'The port is a gateway to the steppe. It has become a transit hub for the region….reports Steppe Lite News', '', ...more]).meta.source).toBe('Steppe Lite News');
  });

  it('reads the outlet before `, citing` its own source', () => {
    expect(extract(['Sanctions planned on Steppestan', '', 'The authorities are preparing sanctions on Steppestan, writes The Steppe Post, citing officials of the administration.', '', ...more]).meta.source).toBe('The Steppe Post');
  });

  it('reads no outlet from a person’s words after `writes` going on', () => {
    expect(extract(['Sanctions planned on Steppestan', '', 'The authorities are preparing sanctions on Steppestan, writes Anna Steppova, an analyst in Steppegrad.', '', ...more]).meta.source).toBeNull();
  });
});

describe('the seventy-fourth collection’s first score (dev half): headlines under page furniture', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('reads a blog’s reading time with its word count, and its empty comment line, as furniture over the headline', () => {
    expect(extract(['Font size: +', '5 minutes reading time (1069 words)', '', 'Reflections on a year on the steppe', '', ...story]).meta.title).toBe('Reflections on a year on the steppe');
    expect(extract(['Posted on Leave a comment', '', 'Steppe Holding: The Red Flag Factory', '', ...story]).meta.title).toBe('Steppe Holding: The Red Flag Factory');
  });

  it('reads `By` and a newsroom’s news centre, or `| By` and a writer, as a byline, never the headline', () => {
    const desk = extract(['By Steppenews News Center', '', '', `${BODY} Officials told reporters so on Monday in the capital.`, ...story]);
    expect([desk.meta.title, desk.meta.titleGenerated, desk.meta.source]).toEqual(['Kazakhstan agreed on Tuesday to buy 300 locomotives from a U.S. company', true, 'Steppenews']);
    const writer = extract(['| By Ricky Steppson', '', '', `${BODY} Officials told reporters so on Monday in the capital.`, ...story]);
    expect([writer.meta.titleGenerated, writer.meta.byline]).toEqual([true, 'Ricky Steppson']);
  });

  it('reads two places in capitals joined by a slash before the agency’s bracket as the dateline, and a credit to the wires at large as no outlet', () => {
    const slashed = extract(['By Steppenews News Center', '', 'STEPPEGRAD/BUDAPEST (Steppenews)– Authorities in Steppestan have fined a pastor after the police raided a church service.', ...story]);
    expect([slashed.meta.title, slashed.meta.dateline]).toEqual(['Authorities in Steppestan have fined a pastor after the police raided a church', 'STEPPEGRAD/BUDAPEST (Steppenews)–']);
    const wires = extract(['', '(Agencies): Pope Francis arrived for the congress of leaders held in Steppegrad, the capital city, on September 13.', ...story]);
    expect([wires.meta.title, wires.meta.source]).toEqual(['Pope Francis arrived for the congress of leaders held in Steppegrad', null]);
  });

  it('reads a site’s appeal for money, its members’ offer (naming the site) and its archive notice as furniture', () => {
    expect(extract(['Support Steppe RadioWorks with your purchases', '', 'Adoption stories from the far steppe', '', ...story]).meta.title).toBe('Adoption stories from the far steppe');
    const members = extract(['Steppelus Members enjoy an ad-free experience. or Join now .', '', `${BODY} Officials told reporters so on Monday in the capital.`, ...story]);
    expect([members.meta.titleGenerated, members.meta.source]).toEqual([true, 'Steppelus']);
    const appeal = 'Congress has cut federal funding for public media — a $3.4 million loss for SteppeIst. We count on readers like you to protect our nonprofit newsroom. Become a monthly member and sustain local journalism.';
    const archive = "This archival content was written, edited, and published prior to SteppeIst's acquisition by its current owner. Content in archival articles therefore may not align with its current editorial standards.";
    expect(extract([appeal, archive, 'How One Couple Is Trying To Bring Steppe Cuisine Downtown', ...story]).meta.title).toBe('How One Couple Is Trying To Bring Steppe Cuisine Downtown');
  });

  it('reads no headline from a first line the scrape broke at an opening bracket', () => {
    const page = extract(['The tool clearly shows the plumes of fine particulate matter most harmful to human health over the city. For Steppegrad, the website (', 'https://example.org/plumes ) shows modeled scenarios.', '', ...story]);
    expect(page.meta.titleGenerated).toBe(true);
  });
});

describe('the seventy-fourth collection’s first score (dev half): dates and site names', () => {
  const story = [BODY, BODY.replace('300', '301'), BODY.replace('300', '302')];

  it('reads the date an icon’s name is glued to, not the update under it', () => {
    const page = extract(['Steppe Miners Face New Regulations', '', 'AccessTimeIconNov 12, 2021 at 6:26 p.m. UTC', 'Updated May 11, 2023 at 4:28 p.m. UTC', '', ...story]);
    expect(page.meta.date).toBe('2021-11-12');
  });

  it('reads a language switch printed twice at the top as no site’s name', () => {
    const page = extract(['ҚАЗ RUS ENG', '', 'ҚАЗ RUS ENG', '', 'Recap of the Steppe concert in St. Petersburg: a duet with a fan', '', ...story]);
    expect([page.meta.title, page.meta.source]).toEqual(['Recap of the Steppe concert in St. Petersburg: a duet with a fan', null]);
  });
});

describe('a site welcoming the reader to its official website (dev half, session 58)', () => {
  it('reads the body the welcome names as the outlet', () => {
    const page = extract(['Message from the Chairman', '', 'I am very pleased to welcome you to the official website of the Medical Steppe Association of the Republic of Steppestan! In recent years the sector has grown.', '', BODY]);
    expect(page.meta.source).toBe('Medical Steppe Association of the Republic of Steppestan');
  });
});

describe('a blog’s meta line with the comment count glued to the year (dev half, session 58)', () => {
  it('reads the date of `By April 4, 2025No Comments`', () => {
    const page = extract(['Brief', '', 'Steppe Leaders Hold First Summit', '', 'By April 4, 2025No Comments', '', BODY, BODY.replace('300', '301')]);
    expect([page.meta.title, page.meta.date]).toEqual(['Steppe Leaders Hold First Summit', '2025-04-04']);
  });
});
