// Quote attribution (src/pipeline/quotes/attribute.ts and people.ts): which quotation spans are quotes
// and who said them, on the seeds (tests/fixtures/quotes/) and generic cases.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../src/pipeline/quotes.ts';
import type { Entity, EntityType, Mention, Quote } from '../src/pipeline/types.ts';

/** A mention as written in the fixtures: the test finds its offsets (nth occurrence of the surface). */
interface ShortMention {
  paragraph: number;
  surface: string;
  entity: string;
  type: EntityType;
  occurrence?: number;
}

function toMentions(paragraphs: string[], short: ShortMention[]): Mention[] {
  return short.map((m) => {
    const text = paragraphs[m.paragraph] ?? '';
    let start = -1;
    for (let n = 0; n <= (m.occurrence ?? 0); n++) start = text.indexOf(m.surface, start + 1);
    if (start < 0) throw new Error(`fixture: "${m.surface}" not in paragraph ${m.paragraph}`);
    return { field: 'body', index: m.paragraph, start, end: start + m.surface.length, surface: m.surface, entityId: m.entity, type: m.type };
  });
}

type Gender = 'female' | 'male' | null;
function lookup(genders: Record<string, Gender>): (id: string) => Entity | undefined {
  return (id) => {
    if (!(id in genders)) return undefined;
    const gender = genders[id];
    return { id, type: 'person', name: id, aliases: [], wikidata: null, description: null, country: null, discovered: false, ...(gender ? { gender } : {}) };
  };
}

// Genders as the curated registry (content/entities/people.yaml) gives them.
const REGISTRY: Record<string, Gender> = {
  'donald-trump': 'male', 'kamala-harris': 'female', 'joe-biden': 'male', 'marco-rubio': 'male', 'howard-lutnick': 'male',
  'deborah-robinson': 'female', 'paul-kapur': 'male', 'luke-coffey': 'male', 'gerard-toal': 'male', 'bruce-pannier': 'male',
  'kassym-jomart-tokayev': 'male', 'nursultan-nazarbayev': 'male', 'murat-nurtleu': 'male', 'karla-jamankulova': 'female',
  'ainur-tukumova': 'female', 'bakhtiyor-saidov': 'male', 'chinara-esengul': 'female', 'vladimir-putin': 'male', 'temur-umarov': 'male',
};

interface SeedFixture {
  seed: string;
  paragraphs: string[];
  mentions: ShortMention[];
}

function seed(name: string, genders: Record<string, Gender> = REGISTRY): { fixture: SeedFixture; quotes: Quote[] } {
  const fixture = JSON.parse(readFileSync(new URL(`./fixtures/quotes/${name}.json`, import.meta.url), 'utf8')) as SeedFixture;
  return { fixture, quotes: findQuotes(fixture.paragraphs, toMentions(fixture.paragraphs, fixture.mentions), lookup(genders)) };
}

/** [paragraph, first words of the text, speaker, cue] — compact enough to read against the seed. */
function summary(quotes: Quote[]): [number, string, string | null, string | null][] {
  return quotes.map((q) => [q.paragraph, q.text.split(/\s+/u).slice(0, 4).join(' '), q.speaker, q.cue]);
}

function expectWellFormed(paragraphs: string[], quotes: Quote[]): void {
  let previous = { paragraph: -1, start: -1 };
  for (const quote of quotes) {
    const text = paragraphs[quote.paragraph] ?? '';
    const span = text.slice(quote.start, quote.end);
    // Offsets include the marks; text is the inside.
    expect(span.slice(0, 1)).toMatch(/["“«„”]/u);
    expect(span.includes(quote.text)).toBe(true);
    expect(span.slice(1).trimStart().startsWith(quote.text)).toBe(true);
    // Document order.
    expect(quote.paragraph > previous.paragraph || (quote.paragraph === previous.paragraph && quote.start > previous.start)).toBe(true);
    previous = quote;
    expect((quote.speaker === null) === (quote.cue === null)).toBe(true);
  }
}

describe('seed 000 (Central Asia indifferent to Trump)', () => {
  const { fixture, quotes } = seed('seed-000');
  it('finds the three utterances and their speakers', () => {
    expect(summary(quotes)).toEqual([
      [2, 'Central Asia may well', 'bruce-pannier', 'colon-before'],
      [7, 'We do not believe', 'kassym-jomart-tokayev', 'colon-before'],
      [8, 'Effective geopolitics for Central', 'chinara-esengul', 'said-after-inverted'],
    ]);
    expectWellFormed(fixture.paragraphs, quotes);
  });
  it('keeps the nested ‘Great Game’ inside Tokayev’s quote and the closing mark in the span', () => {
    const tokayev = quotes[1];
    expect(tokayev?.text).toBe('We do not believe in zero-sum games. We want to replace the ‘Great Game’ with the ‘Great Good’ for all.');
    expect(fixture.paragraphs[7]?.slice(tokayev?.start, tokayev?.end).endsWith('for all.”')).toBe(true);
  });
  it('leaves out phrases: "excited", "America First", “golden opportunity”, Washington’s goals', () => {
    const texts = quotes.map((q) => q.text);
    for (const phrase of ['excited', 'America First', 'golden opportunity', 'promoting democracy']) {
      expect(texts.some((t) => t.startsWith(phrase))).toBe(false);
    }
  });
});

describe('seed 001 (leaders draw closer to Trump)', () => {
  const { fixture, quotes } = seed('seed-001');
  it('attributes partial quotes after a speech verb and the pronoun He to Lutnick', () => {
    expect(summary(quotes)).toEqual([
      [2, 'the U.S. has the', 'kassym-jomart-tokayev', 'verb-before'],
      [3, 'It is important for', 'kassym-jomart-tokayev', 'said-after'],
      [6, 'Simply visiting the White', 'gerard-toal', 'said-after'],
      [7, 'feel much more comfortable', 'temur-umarov', 'verb-before'],
      [8, 'open for business,', 'howard-lutnick', 'pronoun'],
    ]);
    expectWellFormed(fixture.paragraphs, quotes);
  });
  it('leaves out "transactionalism", "LGBT propaganda", and the phrases Tokayev is not introduced as saying', () => {
    // "revive traditional moral values" follows `expressed support for`, not a speech verb; "law and order"
    // modifies `strategy` (a compound modifier, not an utterance).
    const texts = quotes.map((q) => q.text);
    for (const phrase of ['transactionalism', 'LGBT propaganda', 'revive traditional moral values', 'law and order']) {
      expect(texts.some((t) => t.startsWith(phrase))).toBe(false);
    }
  });
  it('loses Lutnick when He has two candidates', () => {
    const paragraphs = [...fixture.paragraphs];
    paragraphs[8] = (paragraphs[8] ?? '').replace('Commerce Secretary Howard Lutnick promised', 'Commerce Secretary Howard Lutnick and Luke Coffey promised');
    const mentions = toMentions(paragraphs, [
      { paragraph: 8, surface: 'Howard Lutnick', entity: 'howard-lutnick', type: 'person' },
      { paragraph: 8, surface: 'Luke Coffey', entity: 'luke-coffey', type: 'person' },
    ]);
    const open = findQuotes(paragraphs, mentions, lookup(REGISTRY)).find((q) => q.text.startsWith('open for business'));
    expect(open).toMatchObject({ speaker: null, cue: null });
  });
});

describe('seed 002 (look out for ourselves)', () => {
  const { fixture, quotes } = seed('seed-002');
  it('gives the four Jamankulova quotes to her and the relic quote to Rubio', () => {
    expect(summary(quotes)).toEqual([
      [4, 'Given the current uncertainty', 'karla-jamankulova', 'said-after'],
      [6, 'a relic of an', 'marco-rubio', 'verb-before'],
      [9, 'The Atlantic Council has', 'karla-jamankulova', 'said-after'],
      [12, 'As history has shown,', 'karla-jamankulova', 'colon-before'],
    ]);
    expectWellFormed(fixture.paragraphs, quotes);
  });
  it('ends the last quote at its closing mark', () => {
    const last = quotes.at(-1);
    expect(last?.text).toBe('As history has shown, no one will look out for us — except ourselves.');
    expect(last?.end).toBe(fixture.paragraphs[12]?.length);
  });
});

describe('seed 003 (Tukumova on the podcast)', () => {
  it('resolves she to Tukumova although Donald Trump is named inside the previous quote', () => {
    const { fixture, quotes } = seed('seed-003');
    expect(summary(quotes)).toEqual([
      [2, 'Donald Trump himself said', 'ainur-tukumova', 'said-after'],
      [4, 'A special representative for', 'ainur-tukumova', 'pronoun'],
      [6, 'Another important question is', 'ainur-tukumova', 'pronoun'],
    ]);
    expectWellFormed(fixture.paragraphs, quotes);
  });
  it('still resolves she with no registry genders: Tukumova is the only person outside quotes', () => {
    const { quotes } = seed('seed-003', {});
    expect(quotes.map((q) => q.speaker)).toEqual(['ainur-tukumova', 'ainur-tukumova', 'ainur-tukumova']);
  });
});

describe('seed 004 (watching the U.S. election)', () => {
  const { fixture, quotes } = seed('seed-004');
  it('gives “in 24 hours.” to Trump and leaves out the leaders’ phrase and “5+1”', () => {
    expect(summary(quotes)).toEqual([[2, 'in 24 hours.', 'donald-trump', 'verb-before']]);
    expect(quotes.some((q) => q.text.startsWith('unwilling'))).toBe(false);
    expectWellFormed(fixture.paragraphs, quotes);
  });
});

interface GenericCase {
  name: string;
  paragraphs: string[];
  mentions: ShortMention[];
  expected: [number, string, string | null, string | null][];
}
const generic = JSON.parse(readFileSync(new URL('./fixtures/quotes/generic.json', import.meta.url), 'utf8')) as {
  people: Record<string, Gender>;
  cases: GenericCase[];
};

describe('generic cases', () => {
  for (const item of generic.cases) {
    it(item.name, () => {
      const quotes = findQuotes(item.paragraphs, toMentions(item.paragraphs, item.mentions), lookup(generic.people));
      expect(quotes.map((q) => [q.paragraph, q.text, q.speaker, q.cue])).toEqual(item.expected);
      expectWellFormed(item.paragraphs, quotes);
    });
  }

  it('never passes a pronoun of the other gender over the last quote’s speaker, named after the verb, to someone named before (collection 34)', () => {
    const paragraphs = [
      'The summit came two days after US President Donald Trump put tariffs on dozens of countries.',
      '“New barriers arise,” said the Chairman of the European Commission Ursula von der Leyen in the filming.',
      '“Reliable partners have never been so important,” he added.',
    ];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Donald Trump', entity: 'donald-trump', type: 'person' },
      { paragraph: 1, surface: 'Ursula von der Leyen', entity: 'ursula-von-der-leyen', type: 'person' },
    ]);
    const genders = { ...REGISTRY, 'ursula-von-der-leyen': 'female' as const };
    expect(findQuotes(paragraphs, mentions, lookup(genders)).map((q) => q.speaker)).toEqual(['ursula-von-der-leyen', null]);
    const her = paragraphs.map((p) => p.replace('he added', 'she added'));
    expect(findQuotes(her, mentions, lookup(genders)).map((q) => q.speaker)).toEqual(['ursula-von-der-leyen', 'ursula-von-der-leyen']);
  });

  it('needs the article’s own pronouns to tell Serikova from Ospanov', () => {
    const item = generic.cases.find((c) => c.name.startsWith('gender learned'));
    if (!item) throw new Error('fixture case missing');
    const paragraphs = item.paragraphs.map((p) => p.replace('His firm', 'The firm'));
    const quotes = findQuotes(paragraphs, toMentions(paragraphs, item.mentions), lookup(generic.people));
    // Without "His firm", Ospanov could be a she as far as the article shows: two candidates.
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('gives a role the article gave no one to the one person named before whose registry office it describes (collection 39)', () => {
    const paragraphs = [
      'This was agreed upon by the presidents of the two countries, Rumen Radev and Kassym-Jomart Tokayev, in Astana.',
      '"Today, the route has become one of the main highways," the President of Kazakhstan pointed out.',
    ];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Rumen Radev', entity: 'rumen-radev', type: 'person' },
      { paragraph: 0, surface: 'Kassym-Jomart Tokayev', entity: 'kassym-jomart-tokayev', type: 'person' },
    ]);
    const office = (title: string, country: string) => ({ title, country, from: '2019-06-12', to: null });
    const withOffices = (offices: Record<string, ReturnType<typeof office>[]>) => (id: string): Entity | undefined => {
      const entity = lookup(REGISTRY)(id) ?? lookup({ [id]: 'male' })(id);
      return entity && { ...entity, offices: offices[id] ?? [] };
    };
    const registry = withOffices({ 'kassym-jomart-tokayev': [office('President of Kazakhstan', 'kazakhstan')], 'rumen-radev': [office('President of Bulgaria', 'bulgaria')] });
    expect(findQuotes(paragraphs, mentions, registry).map((q) => q.speaker)).toEqual(['kassym-jomart-tokayev']);
    // Two people named before who held that office: no one.
    const both = withOffices({ 'kassym-jomart-tokayev': [office('President of Kazakhstan', 'kazakhstan')], 'rumen-radev': [office('President of Kazakhstan', 'kazakhstan')] });
    expect(findQuotes(paragraphs, mentions, both).map((q) => q.speaker)).toEqual([null]);
  });

  it('gives a pull quote set between paragraphs, with no full stop, to no one (collection 40)', () => {
    const paragraphs = [
      'Prime Minister Nawaz Steppif spoke at the ceremony. “TAPI is not just a gas transit initiative, but a trailblazing project,” he said.',
      '"You will bribe the Taliban and look for financiers"',
      '"We will build it together."',
    ];
    const mentions = toMentions(paragraphs, [{ paragraph: 0, surface: 'Nawaz Steppif', entity: 'nawaz-steppif', type: 'person' }]);
    const speakers = findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'nawaz-steppif': 'male' })).map((q) => [q.paragraph, q.speaker]);
    expect(speakers.find(([paragraph]) => paragraph === 1)).toEqual([1, null]);
  });

  it('never carries a speaker on to a quote whose own sentence gives it a speaker no one in the article is (collection 42)', () => {
    const paragraphs = ['"Workers are being moved to a secured place," said Ambassador Jaime Steppao, whose office covers Kazakhstan. Work has stopped at the site. "No work is going on at present but our nationals are safe," the report said.'];
    const mentions = toMentions(paragraphs, [{ paragraph: 0, surface: 'Jaime Steppao', entity: 'jaime-steppao', type: 'person' }]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'jaime-steppao': 'male' })).map((q) => q.speaker)).toEqual(['jaime-steppao', null]);
  });
});

describe('a possessive mid-sentence (dev half, collection 45)', () => {
  it('does not continue a later pronoun from it: the sentence is about someone else', () => {
    const paragraphs = [
      'NUR-SULTAN – On his second day in Kazakhstan, Pope Francis told religious leaders that humanity looks to them.',
      'Speaking to a lineup that includes a cleric who has defended President Vladimir Putin’s war in Ukraine, the pope voiced hope for peace.',
      'As religious leaders, “the world expects us to be examples of souls alive,” he said.',
    ];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Pope Francis', entity: 'pope-francis', type: 'person' },
      { paragraph: 1, surface: 'Vladimir Putin', entity: 'vladimir-putin', type: 'person' },
    ]);
    expect(summary(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'pope-francis': 'male' })))).toEqual([[2, 'the world expects us', 'pope-francis', 'pronoun']]);
    // A possessive that opens the sentence is still its subject.
    const opening = ['Putin’s envoy met the press on Monday.', '“We agree,” he said.'];
    expect(summary(findQuotes(opening, toMentions(opening, [{ paragraph: 0, surface: 'Putin', entity: 'vladimir-putin', type: 'person' }]), lookup(REGISTRY)))[0]?.[2]).toBe('vladimir-putin');
  });
});

describe('a role with its country after one holder of the role (dev half, collection 46)', () => {
  it('is not that holder when the country is another’s', () => {
    const paragraphs = ['In 2016 the Polish president Andrzej Duda visited Kazakhstan. Nazarbayev called Poland a partner. Moreover, the President of Kazakhstan said that “Poland will be the first country reached by Kazakh exports”.'];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Andrzej Duda', entity: 'andrzej-duda', type: 'person' },
      { paragraph: 0, surface: 'Nazarbayev', entity: 'nursultan-nazarbayev', type: 'person' },
    ]);
    const registry = lookup({ ...REGISTRY, 'andrzej-duda': 'male' });
    const speaker = findQuotes(paragraphs, mentions, registry).map((q) => q.speaker);
    expect(speaker).not.toContain('andrzej-duda');
  });
});

describe('a body inside an office after a quote (dev half, collection 46)', () => {
  it('does not speak: the office’s holder does', () => {
    const paragraphs = ['“We see how diverse and united your country is,” the Head of the Steppe Church mentioned.'];
    const mentions = toMentions(paragraphs, [{ paragraph: 0, surface: 'Steppe Church', entity: 'steppe-church', type: 'organization' }]);
    expect(findQuotes(paragraphs, mentions, lookup(REGISTRY)).map((q) => q.speaker)).toEqual([null]);
  });
});

describe('a person and the body they come from before the verb (dev half, collection 48)', () => {
  it('gives the words to the person, not the body', () => {
    const paragraphs = ['Dr Michael Green from the International Office said: “The university has been developing partnerships in Kazakhstan.”'];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Michael Green', entity: 'michael-green', type: 'person' },
      { paragraph: 0, surface: 'International Office', entity: 'international-office', type: 'organization' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'michael-green': 'male' })).map((q) => q.speaker)).toEqual(['michael-green']);
    // The body alone still speaks.
    const alone = ['The International Office said: “The university has been developing partnerships in Kazakhstan.”'];
    expect(findQuotes(alone, toMentions(alone, [{ paragraph: 0, surface: 'International Office', entity: 'international-office', type: 'organization' }]), lookup(REGISTRY)).map((q) => q.speaker)).toEqual(['international-office']);
  });
});

describe('a name after `with` before a participle, and quotation marks a scrape mixed (dev half, collection 50)', () => {
  it('gives the words to the name `with` introduces, not the sentence’s subject', () => {
    const paragraphs = ['Steppe Air ordered up to 10 jets, with Abdul Steppiev, the Chief Executive Officer (CEO) of the airline, stating that “flexibility [was] built into this commitment."'];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Steppe Air', entity: 'steppe-air', type: 'organization' },
      { paragraph: 0, surface: 'Abdul Steppiev', entity: 'abdul-steppiev', type: 'person' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'abdul-steppiev': 'male' })).map((q) => q.speaker)).toEqual(['abdul-steppiev']);
  });

  it('reads a quotation opened with one kind of mark and closed with the other', () => {
    const paragraphs = ['"We didn’t have even one aircraft to put into the air. Now, we will buy both,” president Japarov said in his speech.'];
    const mentions = toMentions(paragraphs, [{ paragraph: 0, surface: 'Japarov', entity: 'sadyr-japarov', type: 'person' }]);
    expect(summary(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'sadyr-japarov': 'male' })))[0]?.[2]).toBe('sadyr-japarov');
  });
});

describe('answering and continuing as verbs of saying (dev half, collection 50)', () => {
  it('gives the words to who answers, and the words after `he continues` to him too', () => {
    const paragraphs = ['Manashe Steppimov hesitates for a few seconds, then answers: “That we are Russian Jews. The only thing we share with Russian Jews,” he continues, “are the 70 years we lived under the Soviet Union.”'];
    const mentions = toMentions(paragraphs, [{ paragraph: 0, surface: 'Manashe Steppimov', entity: 'manashe-steppimov', type: 'person' }]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'manashe-steppimov': 'male' })).map((q) => q.speaker)).toEqual(['manashe-steppimov', 'manashe-steppimov']);
  });
});

describe('an unlinked body after the speaker, and a participle after an inverted speaker (dev half, collection 52)', () => {
  it('gives the words to the person named before `from the …` and the verb, though no one links the body', () => {
    const paragraphs = ['Co-Director Oliver Steppens from the GFZ underlined: "We are dealing here with numerous ecological challenges that affect us." Steppens cited examples.'];
    const mentions = toMentions(paragraphs, [{ paragraph: 0, surface: 'Oliver Steppens', entity: 'oliver-steppens', type: 'person' }]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'oliver-steppens': 'male' })).map((q) => q.speaker)).toEqual(['oliver-steppens']);
  });

  it('gives the words after `adding that` to the speaker named after `said` behind the quote before', () => {
    const paragraphs = ['“It’s a very sensitive issue,” said Bahram Steppov, the first vice president of the company, adding that “no concrete steps have been made yet and it’s too early.”'];
    const mentions = toMentions(paragraphs, [{ paragraph: 0, surface: 'Bahram Steppov', entity: 'bahram-steppov', type: 'person' }]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'bahram-steppov': 'male' })).map((q) => q.speaker)).toEqual(['bahram-steppov', 'bahram-steppov']);
    // Not the object of a verb of saying: `Putin said Lukashenko was right, adding that …` is Putin's.
    const object = ['Ivan Steppin said Pavel Steppko was right, adding that “the union is strong and will remain strong.”'];
    const named = toMentions(object, [
      { paragraph: 0, surface: 'Ivan Steppin', entity: 'ivan-steppin', type: 'person' },
      { paragraph: 0, surface: 'Pavel Steppko', entity: 'pavel-steppko', type: 'person' },
    ]);
    expect(findQuotes(object, named, lookup({ ...REGISTRY, 'ivan-steppin': 'male', 'pavel-steppko': 'male' })).map((q) => q.speaker)).toEqual(['ivan-steppin']);
  });
});

describe('`adding` after an auxiliary (collection 66)', () => {
  it('is adding something, so the sentence’s subject is no speaker of the quote after it', () => {
    const paragraphs = ['Steppecell sees data volumes tripling in three years, and it is adding new 4G customers, “so if you add the new customers it will go up six times.”'];
    const mentions = toMentions(paragraphs, [{ paragraph: 0, surface: 'Steppecell', entity: 'steppecell', type: 'organization' }]);
    expect(findQuotes(paragraphs, mentions, lookup(REGISTRY)).map((q) => q.speaker)).not.toContain('steppecell');
    // Still a participle of saying without the auxiliary.
    const said = ['Steppecell reported more customers, adding that “data is growing exponentially.”'];
    const named = toMentions(said, [{ paragraph: 0, surface: 'Steppecell', entity: 'steppecell', type: 'organization' }]);
    expect(findQuotes(said, named, lookup(REGISTRY)).map((q) => q.speaker)).toEqual(['steppecell']);
  });
});

describe('a clause of the one person opening the sentence, closed by a colon (dev half, collection 52)', () => {
  it('gives the words after the colon to that person, an apposition between or not', () => {
    const paragraphs = [
      'Ambassador Nizomiddin Steppidi expressed his gratitude for the invitation: “Today, I am pleased to be here at a distinguished university.”',
      'Suhail Steppazrouei, Minister of Energy, echoed this sentiment: “We are proud to stand with our partners in this work.”',
    ];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Nizomiddin Steppidi', entity: 'nizomiddin-steppidi', type: 'person' },
      { paragraph: 1, surface: 'Suhail Steppazrouei', entity: 'suhail-steppazrouei', type: 'person' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'nizomiddin-steppidi': 'male', 'suhail-steppazrouei': 'male' })).map((q) => q.speaker)).toEqual(['nizomiddin-steppidi', 'suhail-steppazrouei']);
  });

  it('names no one when another person is in the clause', () => {
    const paragraphs = ['Kassym Steppov met Ivan Steppin in the Kremlin and discussed trade: “We discussed many issues of our partnership today.”'];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Kassym Steppov', entity: 'kassym-steppov', type: 'person' },
      { paragraph: 0, surface: 'Ivan Steppin', entity: 'ivan-steppin', type: 'person' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'kassym-steppov': 'male', 'ivan-steppin': 'male' })).map((q) => q.speaker)).toEqual([null]);
  });
});

describe('an apposition before the verb left open, or closed by the body the person is from (dev half, collection 52)', () => {
  it('gives the words to the person whose post closes an open apposition', () => {
    const paragraphs = ['Peter Steppster, Steppe Air Group President and chief executive said: “We are delighted to open these routes to China and India.”'];
    const mentions = toMentions(paragraphs, [{ paragraph: 0, surface: 'Peter Steppster', entity: 'peter-steppster', type: 'person' }]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'peter-steppster': 'male' })).map((q) => q.speaker)).toEqual(['peter-steppster']);
  });

  it('gives the words to the person, not the body that closes their apposition', () => {
    const paragraphs = ['Anna Steppova, Vice President – Marketing at Steppe Lease Corporation, stated the following: “We are pleased to deliver the aircraft.”'];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Anna Steppova', entity: 'anna-steppova', type: 'person' },
      { paragraph: 0, surface: 'Steppe Lease Corporation', entity: 'steppe-lease-corporation', type: 'organization' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'anna-steppova': 'female' })).map((q) => q.speaker)).toEqual(['anna-steppova']);
  });
});

describe('someone the linker does not know, named after the verb behind a quote (dev half, collection 54)', () => {
  it('stands between a later pronoun and a person named earlier', () => {
    const paragraphs = [
      'Researcher Nigina Steppova reports for the newsletter.',
      '“They kept asking me why I wear it,” said Anisa (who asked not to use her full name). “They kept tugging at my headscarf before letting me go,” she told the newsletter.',
    ];
    const mentions = toMentions(paragraphs, [{ paragraph: 0, surface: 'Nigina Steppova', entity: 'nigina-steppova', type: 'person' }]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'nigina-steppova': 'female' })).map((q) => q.speaker)).toEqual([null, null]);
  });
});

describe('a body’s officer named after `its` and the office, set off from the verb by a comma (dev half, collection 54)', () => {
  it('gives the words to the officer, not the body', () => {
    const paragraphs = ['As for the International Steppe Federation, its Sport Director Armen Steppyan, said that “Kazakhstan is a well known judo country with a long history.”'];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'International Steppe Federation', entity: 'international-steppe-federation', type: 'organization' },
      { paragraph: 0, surface: 'Armen Steppyan', entity: 'armen-steppyan', type: 'person' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'armen-steppyan': 'male' })).map((q) => q.speaker)).toEqual(['armen-steppyan']);
  });
});

describe('`according to` an outlet after a quote that a verb of saying introduced (dev half, collection 55)', () => {
  it('leaves the words with the speaker before the verb; alone, `according to` still names the speaker', () => {
    const paragraphs = [
      'Deputy spokesman Hafiz Steppov said that an assessment found that “this incident involves elements that are trying to create chaos,” according to the Steppe Press.',
      '“The talks will go on in spring,” according to Hafiz Steppov.',
    ];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Hafiz Steppov', entity: 'hafiz-steppov', type: 'person' },
      { paragraph: 0, surface: 'Steppe Press', entity: 'steppe-press', type: 'organization' },
      { paragraph: 1, surface: 'Hafiz Steppov', entity: 'hafiz-steppov', type: 'person' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'hafiz-steppov': 'male' })).map((q) => q.speaker)).toEqual(['hafiz-steppov', 'hafiz-steppov']);
  });
});

describe('a team’s coach named after the quote (dev half, collection 55)', () => {
  it('gives the words to the coach after `coach` or `their coach`', () => {
    const paragraphs = [
      '“We have come a long way and achieved an important result,” their coach Timur Steppov said, according to the Steppe Football Confederation.',
      '“The phone calls have not stopped since the final whistle,” coach Timur Steppov said.',
    ];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Timur Steppov', entity: 'timur-steppov', type: 'person' },
      { paragraph: 0, surface: 'Steppe Football Confederation', entity: 'steppe-football-confederation', type: 'organization' },
      { paragraph: 1, surface: 'Timur Steppov', entity: 'timur-steppov', type: 'person' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'timur-steppov': 'male' })).map((q) => q.speaker)).toEqual(['timur-steppov', 'timur-steppov']);
  });
});

describe('a speaker named as someone’s relative (dev half, collection 56)', () => {
  it('keeps a second quote of the paragraph with the speaker whose husband the apposition names', () => {
    const paragraphs = ['“This is not justice, it is just a way to stop him,” Leila Steppova, Bilash’s wife, told reporters on the phone. “He devoted himself to helping people and did it because he wanted them free.”'];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Leila Steppova', entity: 'leila-steppova', type: 'person' },
      { paragraph: 0, surface: 'Bilash', entity: 'serik-bilash', type: 'person' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'leila-steppova': 'female', 'serik-bilash': 'male' })).map((q) => q.speaker)).toEqual(['leila-steppova', 'leila-steppova']);
  });
});

describe('speakers named with a body (dev half, collection 58)', () => {
  it('gives the words to the officer named after a body’s letters joined by a slash', () => {
    const paragraphs = ['“The removal of this fuel is yet another example of how we work together,” said DOE/SNSA Deputy Administrator Anna Steppova. “This cooperation reduces the risk.”'];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'DOE', entity: 'steppe-department-of-energy', type: 'organization' },
      { paragraph: 0, surface: 'Anna Steppova', entity: 'anna-steppova', type: 'person' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'anna-steppova': 'female' })).map((q) => q.speaker)).toEqual(['anna-steppova', 'anna-steppova']);
  });

  it('does not give the words of a body’s leader, unnamed, to the body', () => {
    const paragraphs = ['"The Steppe resistance has failed," concluded the leader of the Steppe National Congress Party last September.'];
    const mentions = toMentions(paragraphs, [{ paragraph: 0, surface: 'Steppe National Congress Party', entity: 'steppe-national-congress-party', type: 'organization' }]);
    expect(findQuotes(paragraphs, mentions, lookup(REGISTRY)).map((q) => q.speaker)).toEqual([null]);
  });

  it('does not take a teaser’s person between paragraphs as the `he` who said the next quote', () => {
    const paragraphs = [
      'Along with Steppeland, Gopov also said that the central bank of Uzbekistan was a net gold seller last year.',
      "Gold prices have room to fall further, but it's not as bad as it could be - Natixis' Boris Dalov",
      '"It is not uncommon for central banks to be frequent sellers of gold," he said.',
    ];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Gopov', entity: 'krishan-gopov', type: 'person' },
      { paragraph: 1, surface: 'Boris Dalov', entity: 'boris-dalov', type: 'person' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'krishan-gopov': 'male', 'boris-dalov': 'male' })).map((q) => q.speaker)).toEqual(['krishan-gopov']);
  });
});

describe('the fifty-ninth collection’s first score (dev half): quotes', () => {
  it('gives the words to the person whose apposition names the body they work for, not to the body', () => {
    const paragraphs = ['Wei Steppo, a project manager at the Central Asian branch of Steppe Energy Co, the plant’s builder, said, "This project is of milestone significance for the energy sector."'];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Wei Steppo', entity: 'wei-steppo', type: 'person' },
      { paragraph: 0, surface: 'Steppe Energy Co', entity: 'steppe-energy', type: 'organization' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'wei-steppo': 'male' })).map((q) => q.speaker)).toEqual(['wei-steppo']);
  });
});

describe('the sixty-first collection’s first score (dev half): quotes', () => {
  it('gives words after `having said` to its subject, and a `he added` after them to that speaker, not to the sentence’s subject', () => {
    const paragraphs = [
      'Steppov had also met Gopov during that visit, with Gopov having said Steppeland is one of its “most important and reliable partners in the region”.',
      '“We highly appreciate the initiative of opening the embassy in Astana,” he added.',
    ];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Steppov', entity: 'aidar-steppov', type: 'person' },
      { paragraph: 0, surface: 'Gopov', entity: 'krishan-gopov', type: 'person' },
      { paragraph: 0, surface: 'Gopov', entity: 'krishan-gopov', type: 'person', occurrence: 1 },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'aidar-steppov': 'male', 'krishan-gopov': 'male' })).map((q) => q.speaker)).toEqual(['krishan-gopov', 'krishan-gopov']);
  });
});

describe('speakers the dev half named with an office and no closing comma, or by a pope’s title', () => {
  it('gives the words to a name whose office in capitals runs up to the verb', () => {
    const paragraphs = ['Aidar Steppov, Chief Executive Officer of Steppemys said: "I am delighted to announce the approval of the project, which allows us to move forward."'];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Aidar Steppov', entity: 'aidar-steppov', type: 'person' },
      { paragraph: 0, surface: 'Steppemys', entity: 'steppemys', type: 'organization' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'aidar-steppov': 'male' })).map((q) => q.speaker)).toEqual(['aidar-steppov']);
  });

  it('reads `the pope` as the pope the article named by his title', () => {
    const paragraphs = ['Pope Steppus will visit Steppestan in September.', '“I look forward to this important event for interreligious dialogue and for the theme of unity,” the pope stated.'];
    const mentions = toMentions(paragraphs, [{ paragraph: 0, surface: 'Pope Steppus', entity: 'pope-steppus', type: 'person' }]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'pope-steppus': 'male' })).map((q) => q.speaker)).toEqual(['pope-steppus']);
  });
});

describe('the sixty-ninth collection’s first score (dev half): quotes', () => {
  it('gives the words to the person whose post between commas comes before the body they work for, not to the body', () => {
    const paragraphs = ['Wei Steppo, Chief Executive Officer, Steppe Power said: “The Nukus wind project is a key step in the country’s ambitious plan.”'];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Wei Steppo', entity: 'wei-steppo', type: 'person' },
      { paragraph: 0, surface: 'Steppe Power', entity: 'steppe-power', type: 'organization' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'wei-steppo': 'male' })).map((q) => q.speaker)).toEqual(['wei-steppo']);
  });
});

describe('the seventieth collection’s first score (dev half): quotes', () => {
  it('gives the words to a name set off after an unnamed subject from a country, though the country is named', () => {
    const paragraphs = ['His counterpart from Steppestan, Saymumin Steppov, said: “We are convinced that real peace is now returning to our state borders.”'];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Steppestan', entity: 'steppestan', type: 'country' },
      { paragraph: 0, surface: 'Saymumin Steppov', entity: 'saymumin-steppov', type: 'person' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'saymumin-steppov': 'male' })).map((q) => q.speaker)).toEqual(['saymumin-steppov']);
  });

  it('reads a local or a programme’s role in lower case before the name after a quote as the speaker’s title', () => {
    const paragraphs = ['“We are empowering the students to take the skills they learn back home,” local coordinator Crissy Steppe said, “in hopes they will make a positive impact.”'];
    const mentions = toMentions(paragraphs, [{ paragraph: 0, surface: 'Crissy Steppe', entity: 'crissy-steppe', type: 'person' }]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'crissy-steppe': 'female' })).map((q) => q.speaker)).toEqual(['crissy-steppe', 'crissy-steppe']);
  });
});

describe('the seventy-first collection’s first score (dev half): quotes', () => {
  it('reads `The Holy Father` opening a sentence as its subject, so a later `he` is not the president named after `with`', () => {
    const paragraphs = [
      'The Holy Father had first expressed an interest in going to Steppestan in April, during a conversation with Steppe President Kassym Steppayev, Vatican News reports. He reiterated his hope on the return flight.',
      '“For the moment, I would like to go to Steppestan,” he said.',
    ];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Kassym Steppayev', entity: 'kassym-steppayev', type: 'person' },
      { paragraph: 0, surface: 'Vatican News', entity: 'vatican-news', type: 'organization' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'kassym-steppayev': 'male' })).map((q) => q.speaker)).toEqual([null]);
  });

  it('gives no words to the body an unnamed teacher is of, though an apposition sets it off before the verb', () => {
    const paragraphs = ['As the teacher of the Steppe State University, who wished to remain anonymous, told RBC that she was not popular: “For Uzbeks, she was too modern.”'];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Steppe State University', entity: 'steppe-state-university', type: 'organization' },
      { paragraph: 0, surface: 'RBC', entity: 'rbc', type: 'organization' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup(REGISTRY)).map((q) => q.speaker)).toEqual([null]);
  });
});

describe('the seventy-third collection’s first score (dev half): quotes', () => {
  it('gives no one alone the words of two people coordinated, each with an apposition', () => {
    const paragraphs = ['Anna Steppova, who had never cycled before 2013, and Bolat Steppov, who travelled little, said they decided to ride “because life is short and the world is big.”'];
    const mentions = toMentions(paragraphs, [
      { paragraph: 0, surface: 'Anna Steppova', entity: 'anna-steppova', type: 'person' },
      { paragraph: 0, surface: 'Bolat Steppov', entity: 'bolat-steppov', type: 'person' },
    ]);
    expect(findQuotes(paragraphs, mentions, lookup({ ...REGISTRY, 'anna-steppova': 'female', 'bolat-steppov': 'male' })).map((q) => q.speaker)).toEqual([null]);
  });

  it('reads the body after a person and a comma as where they work: the person speaks, or two coordinated, neither alone', () => {
    const alone = ['Aigul Steppova, Steppe Wildlife Fund, who had just come back, said “the count is the highest in a decade.”'];
    const two = ['Munavvar Steppdodov and Khalil Steppimov, Steppe Protection Team, who just came back, said “the rangers are very proud of their work.”'];
    const people = lookup({ ...REGISTRY, 'aigul-steppova': 'female', 'munavvar-steppdodov': 'male', 'khalil-steppimov': 'male' });
    expect(
      findQuotes(alone, toMentions(alone, [
        { paragraph: 0, surface: 'Aigul Steppova', entity: 'aigul-steppova', type: 'person' },
        { paragraph: 0, surface: 'Steppe Wildlife Fund', entity: 'steppe-wildlife-fund', type: 'organization' },
      ]), people).map((q) => q.speaker),
    ).toEqual(['aigul-steppova']);
    expect(
      findQuotes(two, toMentions(two, [
        { paragraph: 0, surface: 'Munavvar Steppdodov', entity: 'munavvar-steppdodov', type: 'person' },
        { paragraph: 0, surface: 'Khalil Steppimov', entity: 'khalil-steppimov', type: 'person' },
        { paragraph: 0, surface: 'Steppe Protection Team', entity: 'steppe-protection-team', type: 'organization' },
      ]), people).map((q) => q.speaker),
    ).toEqual([null]);
  });
});
