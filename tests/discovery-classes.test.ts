// The failure classes real articles showed (issue 13), each with cases shaped after the blind set's dev
// half: offices before names, credits, other spellings of registry people, coordinated and nested
// organizations, things that are neither people nor organizations, currencies, naming traditions and
// legal forms.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateArticles, type SeedInput } from '../src/pipeline/annotate.ts';
import { buildMatcher, linkArticle } from '../src/pipeline/link.ts';
import type { Entity, ExtractedArticle, Mention } from '../src/pipeline/types.ts';
import { loadCuratedEntities } from '../scripts/lib/project.ts';

const ROOT = join(import.meta.dirname, '..');
const curated = loadCuratedEntities(ROOT);
const matcher = buildMatcher(curated);

function article(paragraphs: string[], captions: ExtractedArticle['captions'] = []): ExtractedArticle {
  return {
    file: 'test.txt',
    meta: { title: 'T', titleGenerated: true, date: null, dateText: null, source: null, bylineText: null, byline: null, dateline: null, slug: 't' },
    paragraphs,
    captions,
    removed: [],
  };
}

function link(...paragraphs: string[]): { mentions: Mention[]; discovered: Entity[] } {
  return linkArticle(article(paragraphs), matcher);
}

/** A seed file of the given text, as the annotator reads one. */
function seed(file: string, text: string): SeedInput {
  return { file, displayPath: file, bytes: new TextEncoder().encode(text) };
}

/** `surface→id:type` in reading order. */
function pairs(...paragraphs: string[]): string[] {
  return link(...paragraphs).mentions.map((m) => `${m.surface}→${m.entityId}:${m.type}`);
}

function people(...paragraphs: string[]): string[] {
  return link(...paragraphs).mentions.filter((m) => m.type === 'person').map((m) => m.surface);
}

function organizations(...paragraphs: string[]): string[] {
  return link(...paragraphs).mentions.filter((m) => m.type === 'organization').map((m) => m.surface);
}

describe('the twenty-sixth collection’s first score (dev half): organizations', () => {
  it('splits two bodies joined by `and` where the second opens with its own head and `of`', () => {
    const named = organizations('The developer signed with Uzbekistan’s Ministry of Investments and Foreign Trade and Ministry of Energy for a wind project.');
    expect(named).toContain('Ministry of Investments and Foreign Trade');
    expect(named).toContain('Ministry of Energy');
    expect(organizations('The Ministry of Science and Technology of China agreed.')).toEqual(['Ministry of Science and Technology of China']);
  });

  it('splits a registry name from the body after `and`, its first word a head word or not', () => {
    expect(organizations('Both Air Astana and SriLankan Airlines hope the new route will pay.')).toEqual(['Air Astana', 'SriLankan Airlines']);
  });

  it('takes a line of a name and a body after its comma as a participant and where they work', () => {
    const transcript = (line: string) => ['of the workshop on Kyrgyzstan after the elections, October 19, 2017', line, 'Good afternoon everyone. Let me know if you do not hear me in the back of the room.'];
    expect(people(...transcript('Nargiza Tolibova, Carnegie Endowment for International Peace'))).toEqual(['Nargiza Tolibova']);
    expect(people(...transcript('Bekzod Rakhimzhan Abdullaev, Westminster International University'))).toEqual(['Bekzod Rakhimzhan Abdullaev']);
    expect(people(...transcript('Samarkand Region, Uzbekistan'))).toEqual([]);
  });

  it('takes a person’s name before `of the` body as the person, not as the start of the body', () => {
    const text = '“The loss is unique,” says Pavel Grigorenko of the Siberian Academy of Sciences.';
    expect(people(text)).toEqual(['Pavel Grigorenko']);
    expect(organizations(text)).toEqual(['Siberian Academy of Sciences']);
  });
});

describe('units named with the body they sit under (dev half, collections 14 and 20)', () => {
  it('takes `X under the Ministry of Y` as one body, not the unit and the ministry apart', () => {
    const named = organizations('The Water Resources Service under the Ministry of Agriculture of Kyrgyzstan reported a fall in the river.');
    expect(named).toEqual(['Water Resources Service under the Ministry of Agriculture of Kyrgyzstan']);
  });

  it('takes a body under the President or the Cabinet of Ministers whole, and no `under` in prose', () => {
    expect(organizations('The Agency for Transport and Communications under the Cabinet of Ministers of Turkmenistan signed it.')).toEqual([
      'Agency for Transport and Communications under the Cabinet of Ministers of Turkmenistan',
    ]);
    expect(organizations('The Ministry of Energy fell under the control of the Cabinet of Ministers of Turkmenistan.')).toEqual(['Ministry of Energy', 'Cabinet of Ministers of Turkmenistan']);
  });
});

describe('the twenty-ninth collection’s first score (dev half): organizations', () => {
  it('takes industries named alone (a site’s sections, a plant’s kind) for no body, and keeps a body they name', () => {
    expect(organizations('Oil and Gas, Metals and Mining, News from Russia and neighbouring countries')).toEqual([]);
    expect(organizations('Hyundai Engineering builds Power & Energy plants in Turkmenistan.')).toEqual(['Hyundai Engineering']);
    expect(organizations('The Oil and Gas Ministry of Azerbaijan agreed.')).toEqual(['Oil and Gas Ministry of Azerbaijan']);
  });

  it('splits a company whose registry name closes its first part from the body after `and`, not one body’s reach', () => {
    expect(organizations('A memorandum was signed between JSC NMC Tau-Ken Samruk and Qatar State Mining Company on Monday.')).toEqual([
      'JSC NMC Tau-Ken Samruk',
      'Qatar State Mining Company',
    ]);
    expect(organizations('The Council of the United States and Canada met.')).toEqual(['Council of the United States and Canada']);
  });

  it('ends a name at a capital `The` after its words, and takes a menu label printed twice for no name', () => {
    expect(organizations('Berlin The Svevind Group from Dresden signed an investment agreement with Kazakhstan.')).toEqual(['Svevind Group']);
    expect(organizations('Press-releases Press-releases Mission News Mission News The Strategy of Actions')).toEqual([]);
  });

  it('takes a name in quotation marks that a kind of body announces for that body', () => {
    expect(organizations('The data centre is built with the participation of the “Data Volt” company.')).toEqual(['Data Volt']);
    expect(organizations('The delegation met the American NGO “Winrock International” on Monday.')).toEqual(['Winrock International']);
    expect(organizations('The folk group “Ak Maral” sang, and the “good neighbourliness” policy was praised.')).toEqual(['Ak Maral']);
  });

  it('takes a name between `the` and a kind of body for that body, not an adjective or a description', () => {
    expect(organizations('Vladimir Matyagin, head of the Gruzavtotrans association, told reporters.')).toEqual(['Gruzavtotrans']);
    expect(organizations('The Uslu Yapı company built the terminal.')).toEqual(['Uslu Yapı']);
    expect(organizations('The Islamic magazine and the Communist party agreed with the China-backed company.')).toEqual([]);
    expect(organizations('The Saskatoon company’s agreement is subject to approval.')).toEqual([]);
  });

  it('takes a company’s name before a post in lower case and its holder’s name for the company, not an office’s field', () => {
    expect(organizations('Harvest Kazakhstan director Daulet Uvashev said the crop failed.')).toEqual(['Harvest Kazakhstan']);
    expect(organizations('External Affairs spokesperson Arindam Bagchi said the talks went well.')).toEqual([]);
  });

  it('takes a railway line between places for a work, and a railway company for a body', () => {
    expect(organizations('The Uzen-Gorgan Railway opened. The Trans-Afghan Railway is planned. Georgian Railway and Kyrgyz National Railway signed.')).toEqual([
      'Georgian Railway',
      'Kyrgyz National Railway',
    ]);
  });

  it('reads `Ranking Member` as an office before a name, and `Co-` as a prefix, not a company’s `Co`', () => {
    expect(people('Commission Ranking Member Benjamin Cardin [D-MD] criticized the sentencing.')).toEqual(['Benjamin Cardin']);
    expect(pairs('The release was urged by Commission Co-Chairman Christopher H. Smith on Monday.')).toEqual(['Christopher H. Smith→christopher-h-smith:person']);
    expect(organizations('The Ministry of International Co-operation of Pakistan met.')).toEqual(['Ministry of International Co-operation of Pakistan']);
    expect(pairs('The Shanghai Co-operation Organisation met.')).toEqual(['Shanghai Co-operation Organisation→shanghai-cooperation-organisation:organization']);
  });

  it('keeps a football club’s letters in its name, a club named after its city included', () => {
    expect(pairs('Kazakhstan’s champion FC Astana beat FK Bunyodkor. Astana is the capital.')).toEqual([
      'Kazakhstan→kazakhstan:country',
      'FC Astana→fc-astana:organization',
      'FK Bunyodkor→fk-bunyodkor:organization',
      'Astana→kazakhstan:country',
    ]);
  });
});

describe('the thirtieth collection’s first score (dev half): organizations', () => {
  it('reads an ambassador’s posting in lower case before the name as an office', () => {
    expect(people('A similar advisory was issued by Pakistan’s ambassador to Kyrgyzstan Hasan Zaigham who urged students to stay indoors.')).toEqual(['Hasan Zaigham']);
  });

  it('takes coordinated names that a plural role after them describes for people', () => {
    expect(people('The other two, Zavkibek Saidamini and Abdusattor Pirmukhamadzoda, are reporters and bloggers.')).toEqual(['Zavkibek Saidamini', 'Abdusattor Pirmukhamadzoda']);
    expect(people('Talks between Almaty Region and Bishkek City, both signatories, went on.')).toEqual([]);
  });

  it('reads `LLC` before a company’s name as its legal form, as after it', () => {
    expect(pairs('The militants targeted a camp operated by LLC Shohin SM. Cove Capital LLC signed too.')).toEqual([
      'LLC Shohin SM→shohin-sm:organization',
      'Cove Capital LLC→cove-capital:organization',
    ]);
  });

  it('takes a government by its level and a border post for kinds of bodies, not names', () => {
    expect(organizations('The Central Government of India approved the exercise at the Border Guard Post near the Foreign Trade Bank.')).toEqual(['Foreign Trade Bank']);
  });
});

describe('offices and memberships before a body (dev half, collections 8 and 17)', () => {
  it('reads a cut-off list of officials, thirty words or more with no full stop, as prose, not a headline', () => {
    const cut =
      'On June 30, the President of the Air Astana Mr. Foster, Chairman of the Civil Aviation Committee of Ministry for Investment and Development of Kazakhstan Mr. Lastaev, Ambassador of Kazakhstan in India Bulat Sarsenbayev and Charge de Affairs of the Embassy of India in Kazakhstan Mr. G';
    const named = organizations(cut);
    expect(named).toContain('Civil Aviation Committee of Ministry for Investment and Development of Kazakhstan');
    expect(named).toContain('Embassy of India in Kazakhstan');
    expect(people(cut)).toContain('Bulat Sarsenbayev');
  });

  it('takes `Chargé d’Affaires` in any spelling as a title, never the start of a body', () => {
    expect(organizations('He met the Chargé d’Affaires of the Embassy of Japan in Uzbekistan on Monday.')).toEqual(['Embassy of Japan in Uzbekistan']);
    expect(organizations('He met the Charge de Affairs of the Embassy of Japan in Uzbekistan on Monday.')).toEqual(['Embassy of Japan in Uzbekistan']);
  });

  it('starts the body after a membership or a branch and its `of the`', () => {
    const line = 'Sergey Ryazantsev, Corresponding Member of the Russian Academy of Sciences, directs the Institute for Demographic Research, a Branch of the Federal Center of Theoretical and Applied Sociology.';
    expect(organizations(line)).toEqual(['Russian Academy of Sciences', 'Institute for Demographic Research', 'Federal Center of Theoretical and Applied Sociology']);
  });
});

describe('the twenty-seventh collection’s first score (dev half): people', () => {
  it('reads `Maulana` and `Moulana` as titles, not part of the name (collection 28)', () => {
    expect(people('Moulana Ghulam Rasool Nazki said the schools would open.')).toEqual(['Ghulam Rasool Nazki']);
  });

  it('reads a player’s position as a title before the name', () => {
    expect(people('Goalkeeper Utkir Rakhmonov was instrumental, and striker Eldor Shomurodov scored.')).toEqual(['Utkir Rakhmonov', 'Eldor Shomurodov']);
  });

  it('takes no adjective of state opening a run, nor a post closing it, for a person', () => {
    expect(people('The doctrine of the Founder of Peace and National Unity, Leader of the Nation, was cited.')).toEqual([]);
    expect(people('It was written by Roger Halloran, Honorary Senior Research Fellow in the Department of Politics.')).toEqual(['Roger Halloran']);
  });
});

describe('an acronym that tells or reports', () => {
  it('is an outlet or a body, never a person, and only as a whole name', () => {
    expect(organizations('“We earn less,” he told KWNA. DAKR reports the troops left. According to UDB, protests began.')).toEqual(['KWNA', 'DAKR', 'UDB']);
    expect(organizations('As cited by ZV BRICS, the talks went well.')).not.toContain('ZV');
  });
});

describe('a fleet or a command', () => {
  it('is an organization named by its head word', () => {
    expect(organizations('Bahrain is home to the US Fifth Fleet, which monitors oil routes, and officers of US Central Command visited.')).toEqual(['US Fifth Fleet', 'US Central Command']);
  });
});

describe('an office holder’s possessive before Office or Department', () => {
  it('names a body, the country’s when a country stands before it, and not a club or a lower-case office', () => {
    expect(organizations('According to a statement released by the Prime Minister’s Office, the meeting took place.')).toEqual(['Prime Minister’s Office']);
    expect(pairs('The talks took place at the Japanese Prime Minister’s Office on Monday.')).toContain('Prime Minister’s Office→prime-ministers-office-of-japan:organization');
    expect(organizations('The President’s Office confirmed the visit.')).toEqual(['President’s Office']);
    expect(organizations('The envoy met officials in the Prime Minister’s office and visited the President’s Club.')).toEqual([]);
  });

  it('links a discovered body’s name in another article only with its head word capitalised', () => {
    const set = annotateArticles(
      [
        seed('a.txt', 'Headline about the statement\nAccording to a statement released by the Prime Minister’s Office, the meeting took place.'),
        seed('b.txt', 'Headline about the meeting\nThe envoys met in the Prime Minister’s office on Monday, and the Prime Minister’s Office said so.'),
      ],
      curated,
    );
    expect(set.articles.map((a) => a.mentions.filter((m) => m.type === 'organization').map((m) => m.surface))).toEqual([['Prime Minister’s Office'], ['Prime Minister’s Office']]);
  });
});

describe('the social network X', () => {
  it('is the one-letter name where the words around it say so, and no other `X`', () => {
    const network = (text: string) => pairs(text).filter((p) => p.includes('x-social-network'));
    expect(network('The minister said in a post on X, formerly known as Twitter, that talks went well.')).toEqual(['X→x-social-network:organization', 'Twitter→x-social-network:organization']);
    expect(network('He announced the meeting on his X account on Sunday.')).toEqual(['X→x-social-network:organization']);
    expect(network('A photo posted on X on Thursday showed the delegation.')).toEqual(['X→x-social-network:organization']);
    expect(network('Malcolm X was quoted, Generation X was polled, and Article X of the treaty applies.')).toEqual([]);
  });
});

describe('a surname in a Slavic or Central Asian form', () => {
  it('makes a person of a name word before it, known given name or not, once in one article', () => {
    expect(people('In Poland, Farhodjon Sharipzoda faces deportation, and the disappearance of Dilnoza Bakieva was raised.')).toEqual(['Farhodjon Sharipzoda', 'Dilnoza Bakieva']);
    expect(people('The candidates Zhanbolat Kulmakhanov (3.4 percent) and Meruert Tasbolatova (2.6 percent) followed.')).toEqual(['Zhanbolat Kulmakhanov', 'Meruert Tasbolatova']);
  });

  it('is no one after a preposition of place, nor a patronymic before a surname', () => {
    expect(people('The trains run from Greater Rostov to Upper Saratov every day.')).toEqual([]);
    expect(people('The delegation flew to Veliky Sokolov on Monday.')).toEqual([]);
    expect(people('Kazakh President Kassym-Jomart Kemelevich Tokayev spoke.')).toEqual(['Kassym-Jomart', 'Tokayev']);
  });
});

describe('a name of three or four words after an office', () => {
  it('takes every name word after the office’s own last word, and no word of the office’s fields', () => {
    expect(people('Deputy Minister of Foreign Affairs Nguyen Thi Minh Hoa attended the talks.')).toEqual(['Nguyen Thi Minh Hoa']);
    expect(people('Minister of State for Water and Power Javed Sher Khan spoke on Monday.')).toEqual(['Javed Sher Khan']);
    expect(people('Minister of Trade and Integration Arman Shakkaliyev spoke on Monday.')).toEqual(['Arman Shakkaliyev']);
    expect(people('Director of the Tashkent Institute of Irrigation Bakhodir Mirzaev spoke on Monday.')).toEqual(['Bakhodir Mirzaev']);
  });
});

describe('an office before a name', () => {
  it('is never part of the name, and the name after it is a person, not an organization', () => {
    const text = 'During a meeting on Tuesday, Iran’s Oil Minister Mohsen Paknejad noted the joint commission.';
    expect(people(text)).toEqual(['Mohsen Paknejad']);
    expect(organizations(text)).toEqual([]);
  });

  it('ends a body at its head word when a known given name follows, however the office began', () => {
    const text = 'Chairman of the current session of the Caspian Energy Council Abdullah Al-Rashid on Wednesday described the appeal.';
    expect(organizations(text)).toEqual(['Caspian Energy Council']);
    expect(people(text)).toEqual(['Abdullah Al-Rashid']);
  });

  it('ends a name it follows: `Rashid Meredov Foreign Minister of Turkmenistan`', () => {
    expect(people('He met Arslan Nurov Foreign Minister of the republic on Monday, officials said.')).toEqual(['Arslan Nurov']);
  });

  it('reads an emperor, an envoy’s posting and a three-word name after an office’s country', () => {
    expect(people('The minister was received by Emperor Naruhito on Monday.')).toEqual(['Naruhito']);
    expect(people('Meanwhile, Pakistani envoy to Afghanistan, Omar Zahid Khan has informed that work began.')).toEqual(['Omar Zahid Khan']);
    expect(people('Ashraf Ghani and the Prime Minister of the Islamic Republic of Pakistan Shahid Hakan Abbasi took part.')).toContain('Shahid Hakan Abbasi');
    // Sultan is a given name in the region, not a title.
    expect(people('Deputy Minister of Finance Sultan Burkutbayevich Kamaletdinov took part.')).toEqual(['Sultan Burkutbayevich Kamaletdinov']);
  });

  it('reads an undersecretary as an office', () => {
    expect(people('A delegation headed by Assistant Undersecretary of the Treasury Ann Vale visited Astana.')).toEqual(['Ann Vale']);
    expect(people('Undersecretary Ann Vale visited Astana.')).toEqual(['Ann Vale']);
  });

  it('reads "then-Secretary of State" with any dash', () => {
    for (const dash of ['-', '‑', '–']) {
      expect(people(`The talks began under then${dash}Secretary of State Jane Roe in Samarkand.`)).toEqual(['Jane Roe']);
    }
  });

  it('covers every name of a list after a plural role', () => {
    expect(people('Congress members Ann Lee and Bo Chan wrote to the embassy.')).toEqual(['Ann Lee', 'Bo Chan']);
    // Any person's role in the plural, with a given name the lexicon leaves open (`Mark`).
    expect(people('On the way to Tashkent I was accompanied by actors Mark Dacascos and Tomas Hendry.')).toEqual(['Mark Dacascos', 'Tomas Hendry']);
    expect(people('The film was made by photographers Mark Ostrov and Lev Tarn.')).toEqual(['Mark Ostrov', 'Lev Tarn']);
    expect(people('Exports grew by a third, according to figures Zhorob Tursunbai published.')).toEqual([]);
    expect(people('This article is part of a series, edited by Muqtedar Khan, Jiwon Nam and Amara Galileo.')).toEqual([
      'Muqtedar Khan',
      'Jiwon Nam',
      'Amara Galileo',
    ]);
    // A title in the plural, capitalised, with a party tag after each name; the bodies named with such words stay whole.
    expect(people('This week, Senators Ann Lee (R-OH), Bo Chan (D-NY), and Cy Dore (D-CA) and Representatives Dee Fox (R-WV) and Ed Gray (D-CA) wrote to the embassy.')).toEqual([
      'Ann Lee',
      'Bo Chan',
      'Cy Dore',
      'Dee Fox',
      'Ed Gray',
    ]);
    expect(organizations('The Council of Ministers of Tajikistan and the House of Representatives met.')).toEqual([
      'Council of Ministers of Tajikistan',
      'House of Representatives',
    ]);
  });

  it('keeps honorifics such as Mulla out of the name', () => {
    expect(people('Taliban Deputy Prime Minister Mulla Abdul Ghani Baradar launched the canal.')).toEqual(['Abdul Ghani Baradar']);
  });
});

describe('credits', () => {
  it('reads a credit in capitals as a person, and an agency credit as no one', () => {
    const result = linkArticle(article(['Text of the article, which says something.'], [{ text: 'Leaders meet', credit: 'JANE ROE/Reuters', line: 2 }]), matcher);
    const person = result.mentions.find((m) => m.type === 'person');
    expect(person?.surface).toBe('JANE ROE');
    expect(result.discovered.find((e) => e.id === person?.entityId)?.name).toBe('Jane Roe');
    const agency = linkArticle(article(['Text of the article, which says something.'], [{ text: 'A backdrop', credit: 'PHOTO / XINHUA', line: 2 }]), matcher);
    expect(agency.mentions.filter((m) => m.type === 'person')).toEqual([]);
  });

  it('cites authors by surname and year', () => {
    expect(people('Mackinder (1904) stressed the heartland, as did later work (Layne 2006; Owen 2019).')).toEqual(['Mackinder', 'Layne', 'Owen']);
  });
});

describe('other spellings of a registry person', () => {
  // A registry that lists only the English spellings, so that the variants are the linker's work.
  const person = (id: string, name: string, aliases: string[]): Entity => ({
    id, type: 'person', name, aliases, wikidata: null, description: null, country: null, discovered: false,
  });
  const small = buildMatcher([
    ...curated.filter((e) => e.type === 'country'),
    person('shavkat-mirziyoyev', 'Shavkat Mirziyoyev', ['Mirziyoyev']),
    person('sergey-lavrov', 'Sergey Lavrov', ['Lavrov', 'Sergei Lavrov']),
    person('mohamed-bin-zayed-al-nahyan', 'Mohamed bin Zayed Al Nahyan', []),
  ]);
  const smallPairs = (text: string) => linkArticle(article([text]), small).mentions.filter((m) => m.type === 'person').map((m) => `${m.surface}→${m.entityId}`);

  it('links French, German and patronymic spellings, and one-letter slips, to the existing person', () => {
    expect(smallPairs('Chavkat Mirzioïev a reçu les ministres à Tachkent.')).toEqual(['Chavkat Mirzioïev→shavkat-mirziyoyev']);
    expect(smallPairs('Schawkat Mirsijojew empfing die Minister in Taschkent.')).toEqual(['Schawkat Mirsijojew→shavkat-mirziyoyev']);
    expect(smallPairs('Foreign Minister Sergei Viktorovich Lavrov spoke in Dushanbe.')).toEqual(['Sergei Viktorovich Lavrov→sergey-lavrov']);
    // Arabic names' `bin` and `al` come and go, with a vowel slip (collection 23).
    expect(smallPairs('President Mohamad bin Zayad al Nahyan spoke in Dushanbe.')).toEqual(['Mohamad bin Zayad al Nahyan→mohamed-bin-zayed-al-nahyan']);
    expect(smallPairs('President Mohamed Zayed Nahyan spoke in Dushanbe.')).toEqual(['Mohamed Zayed Nahyan→mohamed-bin-zayed-al-nahyan']);
    // A Turkmen patronymic (`-ewiç`) in the middle too (collection 20).
    expect(smallPairs('Foreign Minister Sergei Wiktorowiç Lavrov spoke in Dushanbe.')).toEqual(['Sergei Wiktorowiç Lavrov→sergey-lavrov']);
    expect(smallPairs('Foreign Minister Sergei Lavorv spoke in Dushanbe.')).toEqual(['Sergei Lavorv→sergey-lavrov']);
    // A different given name is a different person.
    expect(smallPairs('Foreign Minister Anton Lavrova spoke in Dushanbe.')).not.toContain('Anton Lavrova→sergey-lavrov');
  });

  it('links a company’s acronym word written in title case within its name (`Acwa Power`), never the acronym alone', () => {
    const org = (id: string, name: string, aliases: string[]): Entity => ({ ...person(id, name, aliases), type: 'organization' });
    const registry = buildMatcher([...curated.filter((e) => e.type === 'country'), org('sarma-power', 'SARMA Power', ['SARMA'])]);
    const ids = (text: string) => linkArticle(article([text]), registry).mentions.filter((m) => m.type === 'organization').map((m) => `${m.surface}→${m.entityId}`);
    expect(ids('The deal was signed by Sarma Power chairman Ali Hassan on Monday.')).toEqual(['Sarma Power→sarma-power']);
    expect(ids('Officials at Sarma said the deal was signed.')).toEqual([]);
  });

  it('links the first part of a hyphenated given name with the surname to the person (`Kassym Tokayev`)', () => {
    const registry = buildMatcher([...curated.filter((e) => e.type === 'country'), person('kassym-jomart-tokayev', 'Kassym-Jomart Tokayev', ['Tokayev'])]);
    const ids = (text: string) => linkArticle(article([text]), registry).mentions.filter((m) => m.type === 'person').map((m) => `${m.surface}→${m.entityId}`);
    expect(ids('The country’s President Kassym Tokayev proposed a referendum on the plant.')).toEqual(['Kassym Tokayev→kassym-jomart-tokayev']);
    // Another given name with that surname is someone else.
    expect(ids('The economist Jomart Tokayev proposed a referendum on the plant.')).not.toContain('Jomart Tokayev→kassym-jomart-tokayev');
  });

  it('reads a titled surname alone as the one registry person of that surname, unless the article names another', () => {
    const registry = buildMatcher([...curated.filter((e) => e.type === 'country'), person('antonio-costa', 'António Costa', ['Antonio Costa'])]);
    const ids = (...paragraphs: string[]) => linkArticle(article(paragraphs), registry).mentions.filter((m) => m.type === 'person').map((m) => `${m.surface}→${m.entityId}`);
    expect(ids('President Costa met the five presidents in Samarkand.')).toEqual(['Costa→antonio-costa']);
    expect(ids('Energy adviser Jane Costa arrived in Samarkand.', 'Ms. Costa said the talks went well.')).toEqual(['Jane Costa→jane-costa', 'Costa→jane-costa']);
  });

  it('reads Korean given names written apart, hyphenated or in another romanisation as one', () => {
    const registry = buildMatcher([...curated.filter((e) => e.type === 'country'), person('yoon-suk-yeol', 'Yoon Suk Yeol', [])]);
    const ids = (text: string) => linkArticle(article([text]), registry).mentions.filter((m) => m.type === 'person').map((m) => `${m.surface}→${m.entityId}`);
    expect(ids('President Yoon Seok-yeol received the five foreign ministers.')).toEqual(['Yoon Seok-yeol→yoon-suk-yeol']);
    expect(ids('President Yoon received the five foreign ministers.')).toEqual(['Yoon→yoon-suk-yeol']);
  });

  it('never makes a second person of them, and lists them in the report as spellings to confirm', () => {
    const seeds: SeedInput[] = [
      seed('a.txt', 'Headline about gas\nForeign Minister Sergei Lavorv said the gas deal was ready.'),
    ];
    const set = annotateArticles(seeds, curated);
    expect(set.discovered.filter((e) => e.type === 'person')).toEqual([]);
    expect(set.records).toContainEqual(expect.objectContaining({ name: 'Sergei Lavorv', id: 'sergey-lavrov', variantOf: 'sergey-lavrov' }));
  });

  it('merges two spellings of one unknown person across articles under one id', () => {
    const seeds: SeedInput[] = [
      seed('a.txt', 'Headline one here\nKazakh expert Rashid Zhaksylykov said the plant was risky.'),
      seed('b.txt', 'Headline two here\nEnergy expert Rashid Zhaksylikov said the plant was late.'),
    ];
    const set = annotateArticles(seeds, curated);
    const ids = set.articles.map((a) => a.entities.find((e) => e.type === 'person')?.id);
    expect(ids[0]).toBeDefined();
    expect(ids[1]).toBe(ids[0]);
  });

  it('reads Turkic and Slavic letters as English spells them (`Raşit Meredow` is Rashid Meredov), gives no page to a surname two registry people bear, and merges a name with and without a middle name', () => {
    const meredow = annotateArticles([seed('a.txt', 'Headline about the talks\nForeign Minister Raşit Meredow said the talks went well.')], curated);
    expect(meredow.articles[0]!.entities.filter((e) => e.type === 'person').map((e) => e.id)).toEqual(['rashid-meredow']);
    const surname = annotateArticles([seed('a.txt', 'Headline about the pipeline\nPresident Berdimuhamedov said the pipeline would be built.')], curated);
    expect(surname.discovered.filter((e) => e.type === 'person')).toEqual([]);
    const middle = annotateArticles(
      [
        seed('a.txt', 'Headline about the Gulf\nGCC Secretary General Jasem Al-Budaiwi said the summit was historic.'),
        seed('b.txt', 'Headline about the summit\nSecretary General Jasem Mohamed Albudaiwi said ties were growing.'),
      ],
      curated,
    );
    const ids = middle.articles.map((a) => a.entities.find((e) => e.type === 'person')?.id);
    expect(ids[0]).toBeDefined();
    expect(ids[1]).toBe(ids[0]);
  });

  it('gives a surname alone (`Mr Halloran`) to the one unknown person of that surname named in full elsewhere, and not when two are', () => {
    const text = (name: string) => new TextEncoder().encode(`Headline about trade here\nBritish minister ${name} said the trade talks went well.`);
    const interview = new TextEncoder().encode('Mr Halloran, what did your talks in Astana focus on?\n\nWe discussed trade and the climate.');
    const one = annotateArticles(
      [
        { file: 'a.txt', displayPath: 'a.txt', bytes: text('Owen Halloran') },
        { file: 'b.txt', displayPath: 'b.txt', bytes: interview },
      ],
      curated,
    );
    const people = one.articles.map((a) => a.entities.filter((e) => e.type === 'person').map((e) => e.id));
    expect(people).toEqual([['owen-halloran'], ['owen-halloran']]);
    const two = annotateArticles(
      [
        { file: 'a.txt', displayPath: 'a.txt', bytes: text('Owen Halloran') },
        { file: 'c.txt', displayPath: 'c.txt', bytes: text('Mary Halloran') },
        { file: 'b.txt', displayPath: 'b.txt', bytes: interview },
      ],
      curated,
    );
    expect(two.articles.find((a) => a.file === 'b.txt')!.entities.filter((e) => e.type === 'person').map((e) => e.id)).toEqual(['halloran']);
  });

  it('merges `Aleksandrov` and `Alexandrov`, the two English spellings of Cyrillic `кс`, across articles', () => {
    const set = annotateArticles(
      [
        seed('a.txt', 'Headline about the verdict\nThe court sentenced Aleksander Vasilchenkov to five years.'),
        seed('b.txt', 'Headline about the appeal\nOn Monday, Alexander Vasilchenkov appealed the verdict.'),
      ],
      curated,
    );
    const ids = set.articles.map((a) => a.entities.find((e) => e.type === 'person')?.id);
    expect(ids[0]).toBeDefined();
    expect(ids[1]).toBe(ids[0]);
  });

  it('gives an initial and a surname to the person the same article names in full, when others elsewhere share both', () => {
    const set = annotateArticles(
      [
        seed('a.txt', 'Headline about grain exports\nDirector of the department Azat Temirsultanov said supplies resumed.\n\nA. Temirsultanov added that no talks were planned.'),
        seed('b.txt', 'Headline about the flour trade\nAnalyst Aibek Temirsultanov said prices would rise.'),
      ],
      curated,
    );
    const first = set.articles[0]!.mentions.filter((m) => m.type === 'person').map((m) => m.entityId);
    expect(new Set(first)).toEqual(new Set(['azat-temirsultanov']));
  });

  it('links a Kazakh surname written with the Russian ending it dropped to the registry person (`Murat Nurtluyev`)', () => {
    expect(pairs('Foreign Minister Murat Nurtleuyev held talks in Doha.').filter((p) => p.endsWith(':person'))).toEqual(['Murat Nurtleuyev→murat-nurtleu:person']);
  });

  it('reads Amir as a title: `Amir Khalid` is not a second person beside Khalid bin Saad Al Nasser', () => {
    const found = link('Qatar’s Amir Sheikh Khalid bin Saad Al Nasser held talks with the president.', 'Amir Khalid said the talks were constructive.');
    const people = found.mentions.filter((m) => m.type === 'person');
    expect(people.some((m) => m.surface.startsWith('Amir'))).toBe(false);
    expect(new Set(people.map((m) => m.entityId)).size).toBe(1);
  });

  it('gives a given name alone to the one person of the article it opens, when no one has it as a surname', () => {
    const seeds: SeedInput[] = [
      seed('a.txt', 'Talks in Doha today\nSheikh Nawaf bin Jassim Al Marri, the minister, met the delegation. Emir Nawaf said the talks went well.'),
    ];
    const people = annotateArticles(seeds, curated).articles[0]!.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.id)).toHaveLength(1);
  });

  it('reads a registry surname after another given name as someone else (`Bekzod Karimov`), but not after an office', () => {
    expect(pairs('The agency is led by Bekzod Karimov, a former banker.').filter((p) => p.endsWith(':person'))).toEqual(['Bekzod Karimov→bekzod-karimov:person']);
    expect(pairs('European Commissioner for International Partnerships Urpilainen said the fund was ready.').filter((p) => p.endsWith(':person'))).toEqual([
      'Urpilainen→jutta-urpilainen:person',
    ]);
    expect(pairs('Karimov ruled Uzbekistan until 2016.').filter((p) => p.endsWith(':person'))).toEqual(['Karimov→islam-karimov:person']);
    // A Kazakh title (`Elbasy`, Leader of the Nation) and a line in headline case are no given names.
    expect(pairs('The monument to Elbasy Karimov was unveiled in 2017.').filter((p) => p.endsWith(':person'))).toEqual(['Karimov→islam-karimov:person']);
    expect(pairs('Uzbek Parliament Honours Karimov On Independence Day').filter((p) => p.endsWith(':person'))).toEqual(['Karimov→islam-karimov:person']);
  });

  it('reads Amir as a given name before two name words, and as the title otherwise', () => {
    expect(people('Iran’s UN ambassador Amir Saeid Iravani said the talks would resume.')).toEqual(['Amir Saeid Iravani']);
    expect(people('The visit of Amir Tamim bin Hamad Al Thani to Astana was announced.')).toEqual(['Tamim bin Hamad Al Thani']);
  });

  it('reads Indian honorifics as such: `Shri Arun Mehta` is Arun Mehta', () => {
    expect(people('The ambassador, Shri Arun Mehta, opened the business forum in Almaty.')).toEqual(['Arun Mehta']);
  });
});

describe('organizations', () => {
  it('keeps a body’s listed fields in its name (`Ministry of Health, Labour, and Social Protection`), never countries or people', () => {
    expect(organizations('The Ministry of Health, Labour, and Social Protection of Kyrgyzstan issued the rules.')).toEqual([
      'Ministry of Health, Labour, and Social Protection of Kyrgyzstan',
    ]);
    expect(organizations('The Ministry of Finance, Kazakhstan and Uzbekistan signed the deal.')).toEqual(['Ministry of Finance']);
    expect(organizations('The Ministry of Finance, Nurlan Baibazarov and his deputy attended.')).toEqual(['Ministry of Finance']);
    expect(organizations('Lenders such as Bank of America, Santander and Wells Fargo declined.')).toEqual(['Bank of America']);
    expect(organizations('The Ministry of Labor, Migration, and Employment of Tajikistan reported the figures.')).toEqual(['Ministry of Labor, Migration, and Employment of Tajikistan']);
  });

  it('reads a unit named with its organization’s possessive as one organization, the parent recorded', () => {
    const found = link('The plant will be built by Rosatom’s Engineering Division, the company said.');
    const unit = found.mentions.filter((m) => m.type === 'organization');
    expect(unit.map((m) => m.surface)).toEqual(['Rosatom’s Engineering Division']);
    expect(found.discovered.find((e) => e.id === unit[0]!.entityId)?.parent).toBe('rosatom');
    // A company with its legal form after the possessive is a name of its own.
    const company = link('The plant will be built by Rosatom’s JSC Atomstroyexport, the company said.');
    expect(company.discovered.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Atomstroyexport']);
    // A body with a name of its own is not a unit (collection 22), and an outlet's service in a language is the outlet.
    const fund = link('A loan came from the European Union’s Steppe Fund for Sustainable Development Plus last year.');
    expect(fund.mentions.filter((m) => m.type === 'organization').map((m) => m.surface)).toEqual(['European Union', 'Steppe Fund for Sustainable Development Plus']);
    const service = link('The plant was shown to RFE/RL’s Kazakh Service on Monday.');
    expect(service.mentions.filter((m) => m.type === 'organization').map((m) => m.entityId)).toEqual(['rferl']);
    expect(service.discovered).toEqual([]);
  });

  it('keeps a unit named inside an office: `Deputy Head of the … Foreign Policy Department Aibek Duisenov`', () => {
    const text = 'Deputy Head of the Presidential Administration’s Foreign Policy Department Aibek Duisenov confirmed the visit.';
    expect(organizations(text).some((surface) => surface.endsWith('Foreign Policy Department'))).toBe(true);
    expect(people(text)).toEqual(['Aibek Duisenov']);
  });

  it('splits two organizations joined by "and"', () => {
    expect(organizations('The Samarkand Energy Ministry and Termez State University signed a memorandum.')).toEqual([
      'Samarkand Energy Ministry',
      'Termez State University',
    ]);
    // A country's possessive after `and` opens the second name: the country is no part of the first.
    const text = 'The deal is between the Interior Ministry and China’s Public Security Ministry, officials said.';
    expect(organizations(text)).toEqual(['Interior Ministry', 'Public Security Ministry']);
    expect(pairs(text)).toContain('China→china:country');
    // A registry organization's name ends the first (`National Atomic Company Kazatomprom and …`).
    expect(organizations('An agreement between the National Atomic Company Kazatomprom and Nordvik Mining Corporation was signed.')).toEqual([
      'Kazatomprom',
      'Nordvik Mining Corporation',
    ]);
  });

  it('names a body whose name says no country with the country right before it, so two countries’ bodies stay apart', () => {
    const seeds = (texts: string[]): SeedInput[] =>
      texts.map((text, n) => ({ file: `${n}.txt`, displayPath: `${n}.txt`, bytes: new TextEncoder().encode(`Headline number ${n} here\n\n${text}`) }));
    const set = annotateArticles(
      seeds([
        'Officials said the plant was approved by Tajikistan’s Ministry of Water and Higher Education on Monday.',
        'The canal was approved by Uzbekistan’s Ministry of Water and Higher Education last year.',
        'A spokesman said the Ministry of Water and Higher Education had approved the plan.',
      ]),
      curated,
    );
    const names = set.discovered.filter((e) => e.type === 'organization').map((e) => e.name).sort();
    expect(names).toEqual(['Ministry of Water and Higher Education', 'Ministry of Water and Higher Education of Tajikistan', 'Ministry of Water and Higher Education of Uzbekistan']);
    // The bare name is no alias of the country's body: the third article's ministry is not Tajikistan's.
    expect(set.discovered.find((e) => e.name === 'Ministry of Water and Higher Education of Tajikistan')?.aliases).toEqual([]);
  });

  it('names such a body as English does, so the same body written in full elsewhere is one page (collection 66 session)', () => {
    const seeds = (texts: string[]): SeedInput[] =>
      texts.map((text, n) => ({ file: `${n}.txt`, displayPath: `${n}.txt`, bytes: new TextEncoder().encode(`Headline number ${n} here\n\n${text}`) }));
    const set = annotateArticles(
      seeds([
        'Officials said the plant was approved by Tajikistan’s Ministry of Water and Higher Education on Monday.',
        'The canal was approved by the Ministry of Water and Higher Education of Tajikistan last year.',
        'The ruling came from the United States’ Supreme Court.',
      ]),
      curated,
    );
    expect(set.discovered.filter((e) => e.type === 'organization').map((e) => e.name).sort()).toEqual(['Ministry of Water and Higher Education of Tajikistan', 'Supreme Court of the United States']);
  });

  it('takes a registry organization inside a longer name as the longer one, once, with its parent', () => {
    const result = link('The CSTO Collective Security Council session opened in Astana.');
    expect(result.mentions.filter((m) => m.type === 'organization').map((m) => m.surface)).toEqual(['CSTO Collective Security Council']);
    expect(result.discovered.find((e) => e.name === 'CSTO Collective Security Council')?.parent).toBe('collective-security-treaty-organization');
  });

  it('keeps legal forms with the name and makes them no organization of their own', () => {
    const result = link(
      'U.S.-based Cove Capital LLC and JSC Ak-Bulak Samruk agreed that Cove Kaz Capital Group LLC (“Cove Kaz”) will own 70 percent of Severniy Katpar LLP.',
      'Cove Kaz will market the output.',
    );
    const surfaces = result.mentions.filter((m) => m.type === 'organization').map((m) => m.surface);
    // The short name in brackets is a mention too.
    expect(surfaces).toEqual(['Cove Capital LLC', 'JSC Ak-Bulak Samruk', 'Cove Kaz Capital Group LLC', 'Cove Kaz', 'Severniy Katpar LLP', 'Cove Kaz']);
    const names = result.discovered.map((e) => e.name);
    expect(names).toContain('Ak-Bulak Samruk');
    expect(names).not.toContain('Group LLC');
  });

  it('links a registry name whose acronym is written in another case, and discovers no second entity', () => {
    const org: Entity = { id: 'zeta-power', type: 'organization', name: 'ZETA Power', aliases: [], wikidata: null, description: null, country: null, discovered: false };
    const result = linkArticle(article(['Saudi-based Zeta Power, a utility developer, signed the deal.']), buildMatcher([...curated, org]));
    expect(result.mentions.map((m) => `${m.surface}→${m.entityId}`)).toEqual(['Saudi→saudi-arabia', 'Zeta Power→zeta-power']);
    expect(result.discovered).toEqual([]);
  });

  it('never gives a discovered organization a spelling the registry or another discovered one claims', () => {
    const org: Entity = { id: 'gknb', type: 'organization', name: 'State Committee for National Security of Kyrgyzstan', aliases: ['SCNS'], wikidata: null, description: null, country: null, discovered: false };
    const seeds: SeedInput[] = [
      seed('a.txt', 'Headline one here\nThe Tajik State Security Committee (SCNS) said on Monday that the border was calm.'),
      seed('b.txt', 'Headline two here\nThe Naryn Water Council (NWC) and the Osh Water Commission (NWC) met.'),
    ];
    const set = annotateArticles(seeds, [...curated, org]);
    const committee = set.discovered.find((e) => e.name === 'Tajik State Security Committee');
    expect(committee).toBeDefined();
    expect(committee!.aliases).not.toContain('SCNS');
    const water = set.discovered.filter((e) => /Water/u.test(e.name));
    expect(water.map((e) => e.name).sort()).toEqual(['Naryn Water Council', 'Osh Water Commission']);
    for (const e of water) expect(e.aliases).not.toContain('NWC');
  });

  it('keeps two trades joined inside one name whole', () => {
    expect(organizations('The Danube Oil and Gas Joint Stock Company (DOG) runs the field.')).toEqual(['Danube Oil and Gas Joint Stock Company', 'DOG']);
  });

  it('ends an organization where an office held in it begins', () => {
    const text = 'Minister Abdulaziz Kamilov and U.S. Department of State Bureau of Arctic Affairs Assistant Secretary Jane Roe met.';
    expect(organizations(text)).toEqual(['U.S. Department of State Bureau of Arctic Affairs']);
    expect(people(text)).toEqual(['Abdulaziz Kamilov', 'Jane Roe']);
  });

  it('reads an initial and a surname after an office in an organization as its holder', () => {
    const text = 'Today the Chairman of the Mejlis of the Milli Gengesh A. Durdyyeva received credentials from the ambassadors.';
    expect(organizations(text)).toEqual(['Mejlis of the Milli Gengesh']);
    expect(people(text)).toEqual(['A. Durdyyeva']);
  });

  it('links a diplomatic format written with a plus sign', () => {
    expect(pairs('In 2004 Tokyo set up the Central Asia + Japan Dialogue.')).toContain('Central Asia + Japan Dialogue→central-asia-plus-japan:organization');
    expect(pairs('The Kazakh MFA press service said the talks went well.')).toEqual(['Kazakh MFA→kazakhstan-foreign-ministry:organization']);
  });
});

describe('neither people nor organizations', () => {
  it.each([
    'The bank’s Board of Directors approved the Enhancing Resilience in the Fergana Valley Project today.',
    'The first part is the Strengthening Disaster Preparedness and Response Systems component, worth $5 million.',
    'He met the Leaders of the Caspian States and the Dean of the Faculty of Law of the University.',
    'The presidents signed the Nakhchivan Agreement in 2009, which founded the council.',
    'Turkmenistan declared 2025 the Year of Peace and Trust and invited Iran to the "Peace and Trust" conference.',
    'Leaders gathered for the 11th Summit of the Heads of State of the Organization of Turkic States.',
    'The Turkic Green Vision and the Charter of the Turkic World were adopted at the Bishkek Declaration ceremony.',
    'India offered the services of the Shahid Rajaee Terminal at Bandar Abbas Port to Central Asian traders.',
    'Cargo will go through Termez International Airport and the Kyrgyz Republic Government will pay for it.',
    'She attended the meeting of Defence Ministers of the Nordvik Cooperation Organisation countries.',
    'She also met the Chief of General Staff of Armed Forces of Kyrgyzstan on Friday.',
  ])('%s', (text) => {
    const result = link(text);
    expect(result.discovered.map((e) => e.name)).toEqual([]);
    expect(result.mentions.filter((m) => m.type === 'person')).toEqual([]);
  });

  it('takes no names from a line in headline case', () => {
    expect(link('Ashgabat, Beijing Cooperating To Increase Turkmen Gas Deliveries To China - President').discovered).toEqual([]);
    expect(link('U.S.-based Cove Capital and National Mining Company Announce Joint Venture to Develop Tungsten').discovered).toEqual([]);
  });

  it('takes from a headline-case line only the surname after an honorific, not the verb after it', () => {
    expect(people('Mr Halloran Visits Astana To Discuss Uranium Supplies With Kazakh Officials')).toEqual(['Halloran']);
  });
});

describe('currencies', () => {
  it('reads "US$" as a currency, not the United States', () => {
    expect(pairs('The fund will invest US$5 billion in Uzbekistan.')).toEqual(['Uzbekistan→uzbekistan:country']);
    expect(pairs('The US will invest $5 billion.')).toEqual(['US→united-states:country']);
  });
});

describe('naming traditions', () => {
  it('ends the office at its own words, keeping a third name word, and names a person without the patronymic', () => {
    expect(people('Minister for Foreign Affairs Ali Raza Hamdani met the delegation in Tashkent.')).toEqual(['Ali Raza Hamdani']);
    const found = link(
      'He met Minister for Energy Tursunov Bekzod and discussed the grid.',
      'They welcomed Minister of Energy Tursunov Bekzod Alimovich ahead of the session.',
    );
    const mentions = found.mentions.filter((m) => m.type === 'person');
    expect(mentions.map((m) => m.surface)).toEqual(['Tursunov Bekzod', 'Tursunov Bekzod Alimovich']);
    expect(new Set(mentions.map((m) => m.entityId)).size).toBe(1);
    // Given name, patronymic, surname: the surname stays even when it ends like a patronymic.
    expect(link('The club was sold by businessman Roman Arkadyevich Abramovich in 2022.').discovered.map((e) => e.name)).toEqual(['Roman Arkadyevich Abramovich']);
    // Two name words after a multi-word office stay two (`… for the Trade Sector Batyr Atdaev`).
    expect(people('Deputy Prime Minister for the Trade Sector Nurlan Oraz spoke first.')).toEqual(['Nurlan Oraz']);
    expect(people('Minister of Emergency Situations Chingis Arinov visited the flooded villages.')).toEqual(['Chingis Arinov']);
    // An office with its posting: `Ambassador of … to …` and the name.
    expect(people('The then-Ambassador of the People’s Republic of China to Kyrgyzstan Lu Wenbo opened the ceremony.')).toEqual(['Lu Wenbo']);
  });

  it('reads a hyphen typed as an en dash inside a name', () => {
    expect(pairs('President Kassym–Jomart Tokayev received him.')).toEqual(['Kassym–Jomart Tokayev→kassym-jomart-tokayev:person']);
  });

  it('links a surname with its particle to the full name named before, across articles too', () => {
    const seeds: SeedInput[] = [
      seed('a.txt', 'Headline one here\nThe meeting was headed by Dr Rashid Al Mansoori, the ambassador.\nAt the meeting, Al Mansoori conveyed greetings.\nAl Mansoori said ties were strong.'),
      seed('b.txt', 'Headline two here\nAmbassador Al Mansoori said the embassy would open soon.'),
    ];
    const set = annotateArticles(seeds, curated);
    const first = set.articles[0]!.mentions.filter((m) => m.type === 'person');
    expect(first.map((m) => m.surface)).toEqual(['Rashid Al Mansoori', 'Al Mansoori', 'Al Mansoori']);
    expect(new Set(first.map((m) => m.entityId)).size).toBe(1);
  });

  it('links a Chinese family name used alone to the full name', () => {
    expect(people('Chinese foreign ministry spokesman Guo Jiakun said on Monday the visit would open a new chapter.', 'Guo added that trade would grow.')).toEqual([
      'Guo Jiakun',
      'Guo',
    ]);
  });

  it('keeps a Korean hyphenated given name whole, and links the family name', () => {
    expect(people('Deputy national security adviser Kim Tae-hyo said the forum would meet in Seoul.', 'Kim said the ministers agreed.')).toEqual([
      'Kim Tae-hyo',
      'Kim',
    ]);
  });

  it('reads an initial glued to a registry surname as part of that name, not as a person: `President Sh.Mirziyoyev`', () => {
    expect(pairs('The minister thanked President Sh.Mirziyoyev for the invitation.').filter((p) => p.endsWith(':person'))).toEqual(['Mirziyoyev→shavkat-mirziyoyev:person']);
  });

  it('reads Turkish diacritics and a surname written first', () => {
    expect(pairs('Mevlüt Çavuşoğlu met Jinping Xi.').filter((p) => p.endsWith(':person'))).toEqual([
      'Mevlüt Çavuşoğlu→mevlut-cavusoglu:person',
      'Jinping Xi→xi-jinping:person',
    ]);
  });
});

describe('the fourth collection’s first score (dev half): shapes that are neither people nor organizations', () => {
  it('does not carry a title across a full stop: `former Prime Minister. Specifically, …`', () => {
    expect(people('The report was drafted by a panel led by the former Prime Minister. Specifically, it proposed annual summits.')).toEqual([]);
  });

  it('reads a military rank as a title, not a name: `Deputy Defence Minister Lieutenant General Aibek Sarsenov`', () => {
    const found = people('The delegation included Deputy Defence Minister Lieutenant General Aibek Sarsenov and others.');
    expect(found).not.toContain('Lieutenant');
    expect(found.some((name) => name.endsWith('Aibek Sarsenov'))).toBe(true);
  });

  it('leaves an amount alone after a newspaper-like word: `daily 5-6 million cubic meters`', () => {
    expect(organizations('Under the contract, daily 5-6 million cubic meters of gas will be swapped.')).toEqual([]);
  });

  it('makes a name ending in Capital a company even when it speaks: `Altyn Tau Capital said`', () => {
    const text = 'Altyn Tau Capital said the deposit would be developed over ten years.';
    expect(people(text)).toEqual([]);
    expect(organizations(text)).toEqual(['Altyn Tau Capital']);
  });

  it('reads a name before `pipeline` or `railway` as the work’s name: `the Bukhara-Ural pipeline`', () => {
    expect(organizations('They discussed the reconstruction of the Bukhara-Ural Center pipeline, the main export route.')).toEqual([]);
  });
});

describe('the outlet', () => {
  it('named as the source with its article and in lower case (`The Kabul times`) is the one the body names (`Kabul Times`)', () => {
    const set = annotateArticles([seed('a.txt', 'The Herat times, Afghanistan’s Trusted News Agency.\nRailway work to begin soon\n\nThe minister told Herat Times reporters that railway work would begin soon.')], curated);
    expect(set.discovered.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Herat Times']);
  });

  it('is one organization even when a country opens its name: `Oman Press`', () => {
    const withSource = article(['The minister arrived in Ashgabat on Sunday for two days of talks.']);
    withSource.meta.source = 'Oman Press';
    const { mentions } = linkArticle(withSource, matcher);
    expect(mentions.filter((m) => m.field === 'source').map((m) => `${m.surface}:${m.type}`)).toEqual(['Oman Press:organization']);
  });
});

describe('the ninth collection’s first score (dev half)', () => {
  it('takes no style of address, no plural role and nothing after an article for a person', () => {
    expect(people('On 23 January, Her Britannic Majesty’s Ambassador to Uzbekistan, Mr. George Edgar, held a press conference.')).toEqual(['George Edgar']);
    expect(people('The Ambassador Extraordinary and Plenipotentiary of the Kyrgyz Republic to China Kanaiym Baktygulova met the vice minister.')).not.toContain('Extraordinary');
    expect(people('Instructors visit through programs such as Fulbright and English Teaching Assistants, working alongside local teachers.')).toEqual([]);
    expect(people('The summit will deepen ties between Central Asia and the Arab Gulf states.')).toEqual([]);
    expect(people('The largest group is the Teke, including the Mary Teke and the Ahal Teke subgroups.')).toEqual([]);
  });

  it('reads an office in brackets before a name, a rector, and a name signing an epigraph on its own line', () => {
    expect(people('The journey started when (Vice President of Academic Affairs) Nancy Hellerud visited Tashkent.')).toEqual(['Nancy Hellerud']);
    expect(people('Through the vision of (NUU) Rector Inom Madjidov, Webster has a campus in Tashkent.')).toEqual(['Inom Madjidov']);
    expect(people('“Modernity is a constant test of our ability to live with difference”', '— Zygmunt Bauman')).toEqual(['Zygmunt Bauman']);
  });
});

describe('the ninth collection’s organizations (dev half)', () => {
  it('keeps a linked name inside a longer one whole: `Embassy of the Republic of Kazakhstan in the United States`, `Department of … of the Ministry of Foreign Affairs of Kazakhstan`', () => {
    expect(organizations('According to the Embassy of the Republic of Kazakhstan in the United States, consultations were held.')).toEqual([
      'Embassy of the Republic of Kazakhstan in the United States',
    ]);
    expect(organizations('It was led by Bauyrzhan Akatayev, Director of the Department of Consular Service of the Ministry of Foreign Affairs of Kazakhstan, and others.')).toEqual([
      'Department of Consular Service of the Ministry of Foreign Affairs of Kazakhstan',
    ]);
    // A name that reached its country still ends there.
    expect(organizations('The National Electric Grid of Uzbekistan for Aral region said so.')).toEqual(['National Electric Grid of Uzbekistan']);
  });

  it('takes an airline and a holding by their head word, splits `X Air and Air Astana`, and takes no body after `a`/`an`', () => {
    expect(organizations('New commitments came from Somon Air and Air Astana during the summit.')).toEqual(['Somon Air', 'Air Astana']);
    expect(organizations('Kazakhstan’s PTC Holding group of companies commissioned a terminal.')).toEqual(['PTC Holding']);
    expect(organizations('They were interested in bringing an American University to Uzbekistan.')).toEqual([]);
  });

  it('reads a forum for a cause as a standing body, never a forum that is a gathering (collection 36)', () => {
    expect(organizations('The boycott ended after the Steppe Forum for Human Rights, a campaign partner, reported this spring.')).toEqual(['Steppe Forum for Human Rights']);
    expect(organizations('The Forum for Democracy said so.')).toEqual(['Forum for Democracy']);
    expect(organizations('He spoke at the Investors Forum for Transport Connectivity in Brussels.')).toEqual([]);
    expect(organizations('He spoke at the Astana International Forum on Monday.')).toEqual([]);
  });

  it('reads `Amir` after an office and its comma as the given name of a name of two (collection 36)', () => {
    expect(people('He directed Federal Minister for Kashmir and Gilgit Baltistan Affairs, Amir Steppam, to travel to Kyrgyzstan.')).toEqual(['Amir Steppam']);
    // The Amir of a state, named by his own name after it, is still a title.
    expect(people('His Highness the Amir Sheikh Tamim bin Hamad Al Thani met him.')).toEqual(['Tamim bin Hamad Al Thani']);
  });

  it('reads a paper’s `Times of` a country as an outlet, never times of a war (collection 36)', () => {
    expect(organizations('Speaking to Times of Oman, the ambassador said trade would grow.')).toEqual(['Times of Oman']);
    expect(organizations('In Times of War the army grew.')).toEqual([]);
  });

  it('reads a Malay body whose head comes first, a title’s word closing it, never a person’s title after it (collection 36)', () => {
    expect(organizations('Malaysia’s halal sector and Lembaga Tabung Haji (TH) have drawn attention.')).toEqual(['Lembaga Tabung Haji', 'TH']);
    expect(organizations('The Suruhanjaya Pilihan Raya said the vote was fair.')).toEqual(['Suruhanjaya Pilihan Raya']);
    expect(organizations('He studied at Universiti Malaya President Anwar said.')).toEqual(['Universiti Malaya']);
  });

  it('reads a paper named by its `Chronicle` or `Observer` as an outlet, and `Minister Responsible` as an office (collection 36)', () => {
    expect(organizations('A 4th year medico told Steppe Chronicle they are living in constant fear.')).toEqual(['Steppe Chronicle']);
    expect(people('A 4th year medico told Steppe Chronicle they are living in constant fear.')).toEqual([]);
    expect(people('He invited Yusuf bin Steppi, Omani Minister Responsible of Foreign Affairs, to visit.')).toEqual(['Yusuf bin Steppi']);
  });

  it('links no registry person whose name an airport or a street bears (collection 36)', () => {
    expect(people('Air Astana landed at Nursultan Nazarbayev International Airport with 160 tourists.')).toEqual([]);
    expect(people('The parade went down Islam Karimov Avenue.')).toEqual([]);
    expect(people('Nursultan Nazarbayev opened the airport.')).toEqual(['Nursultan Nazarbayev']);
  });

  it('reads the body a participant comes from on a line of its own, though the line reads like a headline (older dev pages)', () => {
    expect(organizations('Eric Steppey, George Steppe University')).toEqual(['George Steppe University']);
    expect(people('Eric Steppey, George Steppe University')).toEqual(['Eric Steppey']);
    // A headline naming a body after a comma is no participant's line.
    expect(organizations('Kazakhstan Votes, Steppe University Watches')).toEqual([]);
  });

  it('reads `Limited` and `Incorporated` as legal forms, and no name from the middle of a compound that opens it (older dev pages)', () => {
    expect(organizations('The project cost is 111 billion tenge. HKS Corporation Limited plans to build a plant.')).toEqual(['HKS Corporation Limited']);
    expect(organizations('Project developer: Sino-steppe International Company Limited, a subsidiary.')).toEqual([]);
    // A compound adjective before a name is no part of it.
    expect(organizations('The list also named Luxembourg-based Steppe Holding and others.')).toEqual(['Steppe Holding']);
  });

  it('reads an army’s `General Staff` as a body, though `General` alone is a rank and `Staff of` its people (collection 36)', () => {
    expect(organizations('The delegation met officers at the General Staff of the Steppe Armed Forces on Monday.')).toEqual(['General Staff of the Steppe Armed Forces']);
    expect(organizations('Staff of the Steppe Ministry of Energy met the delegation.')).toEqual(['Steppe Ministry of Energy']);
  });

  it('reads an item of a list closed by a semicolon as prose, never a headline: its names and bodies are read (collection 37)', () => {
    const item = '4. Tariq Steppali, Deputy Chief of Mission, Embassy of Steppestan in the Kyrgyz Republic;';
    expect(people(item)).toEqual(['Tariq Steppali']);
    expect(organizations('5. Nikolai Steppov, Member of the Federation Council Committee on House Rules and Parliamentary Governance;')).toEqual(['Federation Council Committee on House Rules and Parliamentary Governance']);
    // The same words closed by nothing are a line in headline case, which names no body.
    expect(organizations('Member of the Federation Council Committee on House Rules and Parliamentary Governance')).not.toContain('Federation Council Committee on House Rules and Parliamentary Governance');
  });

  it('reads `Coordinator` as a title, and ends a credited name at the slash before its body (collection 37)', () => {
    expect(people('She met a mother of four who Oxfam Regional Media Coordinator Jennifer Steppeson wrote about in a blog.')).toEqual(['Jennifer Steppeson']);
    expect(people('We are losing our crops to diseases. Photograph by Anita Steppup/Oxfam.')).toEqual(['Anita Steppup']);
    // A season's pair keeps its slash: no one is called Summer.
    expect(people('The argument appears in Vol. 75 (Spring/Summer 2023).')).toEqual([]);
  });

  it('reads no person in a group of states after an office (`Least Developed Countries`) (collection 37)', () => {
    expect(people('The High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States spoke.')).toEqual([]);
  });

  it('reads a `Branch` as a body’s unit, never its chief’s name (collection 37)', () => {
    const text = 'Mr. Masood Steppipour, Chief of the Terrorism Prevention Branch, UNODC Headquarters, noted that it was so.';
    expect(people(text)).toEqual(['Masood Steppipour']);
    expect(organizations(text)).toContain('Terrorism Prevention Branch');
  });

  it('keeps `on` in a body’s name only right after its head word, and never before a month (collection 37)', () => {
    expect(organizations('She was Senior Director for South and Central Asia on the Steppe Security Council until May.')).toEqual(['Steppe Security Council']);
    expect(organizations('The strategy was launched at The Steppe Foundation on Feb. 5 in Washington.')).toEqual(['Steppe Foundation']);
    expect(organizations('The Steppe Committee on Foreign Affairs met.')).toEqual(['Steppe Committee on Foreign Affairs']);
    expect(organizations('The Special Fund for the High Impact Partnership on Climate Action was launched.')).toEqual(['Special Fund for the High Impact Partnership on Climate Action']);
  });

  it('reads `North America` and `Latin America` as regions, never as the United States (collection 37 and older dev pages)', () => {
    const ids = link('From pipelines in Russia to North America’s oil fields, Latin American markets and South America.').mentions.map((m) => m.entityId);
    expect(ids).not.toContain('united-states');
    expect(ids).toEqual(expect.arrayContaining(['north-america', 'latin-america', 'south-america']));
  });

  it('reads an amount in a people’s currency as no country mention, though its crisis is the country’s (collection 37)', () => {
    expect(link('Donors gave an additional 26,938,142 Swiss francs for its work.').mentions.map((m) => m.entityId)).not.toContain('switzerland');
    expect(link('The Russian ruble crisis hit remittances.').mentions.map((m) => m.entityId)).toContain('russia');
  });

  it('reads no person in words run on from a body’s head word, unless they read as a person’s name (collection 37)', () => {
    expect(people('The car’s plate is known to Front Line Defenders, driven by persons in plain clothes.')).toEqual([]);
    expect(people('He is followed by the candidate from the Ecological Party Abdushukur Steppaev with 3.74 percent.')).toEqual(['Abdushukur Steppaev']);
    expect(people('Head of the OSCE ODIHR Mission A. Steppsson visited the district.')).toEqual(['A. Steppsson']);
  });

  it('links `UNO` to the United Nations (collection 35)', () => {
    expect(link('Kazakhstan spoke at the UNO on Monday.').mentions.map((m) => m.entityId)).toContain('united-nations');
  });

  it('splits the holders from their bodies after a plural office: `Speakers of the House of Representatives Takahiro Yokomichi and the House of Counselors Satsuki Eda`', () => {
    const text = 'They met Foreign Minister Katsuya Okada, Speakers of the House of Representatives Takahiro Yokomichi and the House of Counselors Satsuki Eda, as well as others.';
    expect(people(text)).toEqual(['Katsuya Okada', 'Takahiro Yokomichi', 'Satsuki Eda']);
    expect(organizations(text)).toEqual(['House of Representatives', 'House of Counselors']);
  });

  it('reads a heading with a lower-case preposition as headline case, no source of names: `Investing in Human Capital – Development through Education`', () => {
    expect(organizations('Investing in Human Capital – Development through Education')).toEqual([]);
  });
});

describe('one sense per article', () => {
  it('links a spelling two registry entities share to the one the article names otherwise: `Caspian Pipeline Consortium (CPC)` … `CPC said`', () => {
    expect(pairs('The Caspian Pipeline Consortium (CPC) said the station was hit.', '“The attack was carried out by seven drones,” CPC said.')).toEqual([
      'Caspian Pipeline Consortium→caspian-pipeline-consortium:organization',
      'CPC→caspian-pipeline-consortium:organization',
      'CPC→caspian-pipeline-consortium:organization',
    ]);
    // Named by neither, it stays unlinked.
    expect(pairs('“The attack was carried out by seven drones,” CPC said.')).toEqual([]);
  });

  it('reads plain `Korea` and `Korean` as the Republic of Korea, and North Korea as itself', () => {
    expect(pairs('Korea invests in Uzbekistan; the Korean side agreed, unlike North Korean officials.')).toEqual([
      'Korea→south-korea:country',
      'Uzbekistan→uzbekistan:country',
      'Korean→south-korea:country',
      'North Korean→north-korea:country',
    ]);
  });
});

describe('the tenth collection’s first score (dev half)', () => {
  it('splits a body from a linked name after `and`, reads a proclaimed year with an adjective before it as no body, and an Iranian honorific as no name', () => {
    expect(pairs('The contract signed between Department of Atomic Energy and KazAtomProm is for uranium.')).toEqual([
      'Department of Atomic Energy→department-of-atomic-energy:organization',
      'KazAtomProm→kazatomprom:organization',
    ]);
    expect(organizations('Pakistan marked the International Year of Peace and Trust in 2025.')).toEqual([]);
    expect(people('Supreme Leader Ayatollah Seyyed Ali Khamenei received the minister.')).toEqual(['Ali Khamenei']);
    // Two trades in one name stay one body.
    expect(organizations('The Ministry of Oil and Gas said the field was ready.')).toEqual(['Ministry of Oil and Gas']);
  });

  it('reads any role before a comma as an apposition, closing its sentence too: `asylum seeker, Abdulvosi Latipov,`, `Air Astana CEO, Peter Foster.`', () => {
    expect(people('Another asylum seeker, Abdulvosi Latipov, is believed to have been abducted.')).toEqual(['Abdulvosi Latipov']);
    expect(people('The jets fit the fleet well, stated Air Astana CEO, Peter Foster.')).toEqual(['Peter Foster']);
  });
});

describe('a capital as a location', () => {
  it('is the place after a locative with a district’s adjective: `in northern Kabul`, `in central Moscow`', () => {
    expect(pairs('The office in northern Kabul was closed.')).toEqual(['Kabul→kabul:place']);
    expect(pairs('The embassy in central Moscow was closed, and ties with Moscow cooled.')).toEqual(['Moscow→moscow:place', 'Moscow→russia:country']);
  });
});

describe('the eleventh collection’s first score (dev half): people', () => {
  it('takes two name words as a person when the article uses the second alone as a surname, and not a place or an adjective', () => {
    const named = people('The party was long associated with Nurbek Toktosunov in the south.', 'Toktosunov later sued the newsroom. Reporters asked the minister about Toktosunov.');
    expect(named).toContain('Nurbek Toktosunov');
    expect(named).toContain('Toktosunov');
    // Once alone is not enough, nor a word the article also writes in lower case, nor one after a determiner.
    // (A given name no lexicon knows nor its ending marks, and a surname not in a Slavic form: each is a cue of its own.)
    expect(people('The party was long associated with Zhorob Toktosun in the south.', 'Reporters asked the minister about Toktosun.')).toEqual([]);
    expect(people('Officials praised the Strategic Dialogue.', 'Later Dialogue resumed, and Dialogue stalled. The dialogue is slow.')).toEqual([]);
    expect(people('Officials praised the Regional Cooperation council.', 'This Cooperation matters, and that Cooperation too.')).toEqual([]);
    // At a sentence's start only before its verb: `Later Toktosunov` is an adverb and a name, not a surname alone.
    expect(people('The party was long associated with Zhorob Toktosun in the south.', 'Later Toktosun sued the newsroom. Reporters asked about Toktosun.')).toEqual([]);
    expect(people('The Common Turkic alphabet was adopted.', 'The heads of affiliated Turkic bodies met in Baku.')).toEqual([]);
    expect(people('Trade with North Africa grew.', 'Exports to Africa rose, and so did imports in Africa.')).toEqual([]);
  });

  it('reads a public figure in an apposition, and a role with what it is of before a name between commas', () => {
    expect(people('Protests followed the killing of Ermek Dosaliev, a prominent Pamiri figure.')).toEqual(['Ermek Dosaliev']);
    expect(people('The fate of the editor-in-chief of the local publication Nukus.uz, Aigul Bekmuratova, is unknown.')).toEqual(['Aigul Bekmuratova']);
  });

  it('reads an office in lower case with its field spelled out before a name', () => {
    expect(people('The country’s minister of industry and infrastructure development Bolat Zhaksybekov revealed the plan.')).toEqual(['Bolat Zhaksybekov']);
  });

  it('reads the names of a line of staff credits, each ended by the next label', () => {
    expect(people('Translator:Lin Haoran Reviser: Zhou Min Editor-in-Chief: Wang Lei')).toEqual(['Lin Haoran', 'Zhou Min', 'Wang Lei']);
  });

  it('takes capitalised words running on into a job’s title for the job’s field, not more names', () => {
    expect(people('The threat is real, says Anna Berg, Environmental Security and Resilience Team Leader for the agency.')).toEqual(['Anna Berg']);
  });

  it('ends a registry body at its country when the office holder’s name follows', () => {
    const text = 'First Deputy Chairman of the Senate of Uzbekistan Alisher Kadyrov explained the strategy.';
    expect(organizations(text)).toEqual(['Senate of Uzbekistan']);
    expect(people(text)).toEqual(['Alisher Kadyrov']);
  });
});

describe('the eleventh collection’s first score (dev half): organizations', () => {
  it('joins a ministry’s fields with `and`, and opens a company at a legal form after `and`', () => {
    expect(organizations('A deal with the Ministry of Mining and Heavy Industry and JSC Central Power Grid was signed.')).toEqual([
      'Ministry of Mining and Heavy Industry',
      'JSC Central Power Grid',
    ]);
    // A name with its own head word after `and` is still a second body.
    expect(organizations('The Ministry of Mining and Norsk Hydro Corporation signed it.')).toEqual(['Ministry of Mining', 'Norsk Hydro Corporation']);
  });

  it('keeps a place in the name when the acronym after it spells the place too', () => {
    expect(organizations('The report by the Association for Rural Development in Central Asia (ARDCA) was published.')).toEqual(['Association for Rural Development in Central Asia', 'ARDCA']);
    expect(organizations('The Association for Rural Development in Central Asia said so.')).toEqual(['Association for Rural Development']);
  });

  it('reads an office named after its holder’s title as a body: `Prosecutor General’s Office`', () => {
    expect(organizations('The Prosecutor General’s Office presented its version of events.')).toEqual(['Prosecutor General’s Office']);
    expect(people('Prosecutor General Ivan Petrov presented his version.')).toEqual(['Ivan Petrov']);
  });

  it('reads a publication named after the word, keeping its site’s domain: `the publication Makan.uz`', () => {
    expect(organizations('The editor of the Karakalpak publication Nukus.uz is missing.')).toEqual(['Nukus.uz']);
  });
});

describe('the twelfth collection’s first score (dev half)', () => {
  it('links a name with a Turkic patronymic between given name and surname to the registry person', () => {
    expect(pairs('Kyrgyz President Sadyr Nurgojo uulu Japarov said so.')).toContain('Sadyr Nurgojo uulu Japarov→sadyr-japarov:person');
  });

  it('never reads a Roman numeral as a name: `XXII` is not `Xi`', () => {
    expect(people('The XXII International Exhibition opened in Ashgabat.')).toEqual([]);
  });

  it('keeps a regnal number in the name, and an initial out of it', () => {
    expect(people('Pope Benedict XVI visited Astana in 2006.')).toEqual(['Benedict XVI']);
    expect(people('Secretary Nikolai V. Patrushev said so.')).toEqual(['Nikolai V. Patrushev']);
  });

  it('reads no person into a verb of saying opening a sentence, an office closed by its title, a visit or a number', () => {
    expect(people('Added Aralsk mayor Mukhtar Urazbayev: the dust rose from the sea bed.')).toEqual(['Mukhtar Urazbayev']);
    expect(people('Kazakhstan’s Chief State Sanitary Doctor said the vaccine was safe.')).toEqual([]);
    expect(people('The Premier said this State Visit, the first by the Head of State, mattered.')).toEqual([]);
    expect(people('Five Baptists were fined.', 'Police fined two Baptists, and the court fined Baptists again.')).toEqual([]);
  });

  it('reads a name after `NGO` in capitals as the organization', () => {
    expect(organizations('According to Aina Baimakhanova, director of the NGO Aral Tenzy, the sea came back.')).toEqual(['Aral Tenzy']);
  });
});

describe('the twelfth collection’s organizations (dev half)', () => {
  it('reads a name glued to a site’s domain as the site, even a registry person’s name', () => {
    expect(organizations('Khamenei.ir reported that the leader received the president.')).toEqual(['Khamenei.ir']);
    expect(people('Khamenei.ir reported that the leader received the president.')).toEqual([]);
  });

  it('leaves a company’s board to the company, and a place before `and` out of a body’s name', () => {
    expect(organizations('said Shukhrat Khudaikulov, Chairman of the Board of Uzbekistan Airways.')).toEqual(['Uzbekistan Airways']);
    expect(organizations('Branch campuses in Tashkent and Plekhanov Russian University of Economics opened.')).toEqual(['Plekhanov Russian University of Economics']);
  });

  it('reads a chamber of commerce and a football club as organizations', () => {
    expect(organizations('The show opened at the Chamber of Commerce and Industry of Turkmenistan in Ashgabat.')).toEqual(['Chamber of Commerce and Industry of Turkmenistan']);
    expect(organizations('FC Megasport merged with another club in 2009.')).toEqual(['FC Megasport']);
  });
});

describe('the twelfth collection’s splits (dev half)', () => {

  it('merges a name with and without a middle name when the surname is short (`Harsh Jain`, `Harsh Kumar Jain`)', () => {
    const set = annotateArticles(
      [
        seed('a.txt', 'Headline about the embassy\nAmbassador Harsh Jain said the flights would start in July.'),
        seed('b.txt', 'Headline about the flights\nIndia’s Ambassador to Kazakhstan Harsh Kumar Jain said there will be two flights a week.'),
      ],
      curated,
    );
    const ids = set.articles.map((a) => a.entities.find((e) => e.type === 'person')?.id);
    expect(ids[0]).toBeDefined();
    expect(ids[1]).toBe(ids[0]);
  });
});

describe('the thirteenth collection’s first score (dev half)', () => {
  it('reads `General Prosecutorʼs Office` as a body, with any apostrophe', () => {
    expect(organizations('The General Prosecutorʼs Office of Uzbekistan said 18 people died.')).toEqual(['General Prosecutorʼs Office of Uzbekistan']);
  });

  it('reads no body into a field before an office’s title: `Saudi Energy Minister`, but keeps a ministry named with its field', () => {
    expect(organizations('Saudi Energy Minister Prince Abdulaziz bin Salman attended.')).toEqual([]);
    expect(organizations('The Ministry of Railways Secretary Mazhar Ali Shah signed it.')).toEqual(['Ministry of Railways']);
  });

  it('reads no person into a hospital’s name', () => {
    expect(people('The branch opened in Bukhara, Himchan Hospital said on Monday.')).toEqual([]);
  });
});

describe('the thirteenth collection’s splits (dev half)', () => {
  it('reads the surname after a particle (`al-Sisi`) as the surname, so `Sisi` alone is the same person', () => {
    const named = people('The meeting of President Abdel Fatah al-Sisi and his guest went well.', 'The visit came upon an invitation by President Sisi, officials said.');
    expect(named).toEqual(['Abdel Fatah al-Sisi', 'Sisi']);
    const ids = link('The meeting of President Abdel Fatah al-Sisi and his guest went well.', 'The visit came upon an invitation by President Sisi, officials said.').mentions.map((m) => m.entityId);
    expect(new Set(ids).size).toBe(1);
  });

  it('gives a registry person’s given name alone to them when the article names them in full and no one else has it', () => {
    expect(pairs('Prime Minister Anwar Ibrahim spoke with President Shavkat Mirziyoyev on Monday.', 'Anwar said Shavkat agreed to visit.')).toContain('Shavkat→shavkat-mirziyoyev:person');
    expect(pairs('Anwar said Shavkat agreed to visit.')).not.toContain('Shavkat→shavkat-mirziyoyev:person');
  });

  it('gives a registry person’s given name alone to no one when another person of the article has it too', () => {
    const text = ['President Shavkat Mirziyoyev received Deputy Mayor Shavkat Turdibekov on Monday.', 'Shavkat said the visit went well.'];
    expect(pairs(...text)).not.toContain('Shavkat→shavkat-mirziyoyev:person');
    expect(pairs(...text)).toContain('Shavkat Mirziyoyev→shavkat-mirziyoyev:person');
  });
});

describe('the fourteenth collection’s first score (dev half)', () => {

  it('makes one person of a name and the longer name it opens in the same article (`… Bin Zayed` and `… Bin Zayed Al Nahyan`)', () => {
    const set = annotateArticles(
      [
        seed(
          'a.txt',
          'Headline about the talks in the Gulf\nPresident Arman Dosov and UAE President, Sheikh Khalid Bin Rashid Al Mansouri, met on January 17.\n\nBoth leaders, Dosov and Sheikh Khalid Bin Rashid, agreed to expand ties, said Sheikh Khalid Bin.',
        ),
      ],
      curated,
    );
    const ids = set.articles[0]!.entities.filter((e) => e.type === 'person' && e.id.startsWith('khalid')).map((e) => e.id);
    expect(ids).toEqual(['khalid-bin-rashid-al-mansouri']);
  });

  it('reads no person into a place named like one after a preposition of place (`in Abu Dhabi`)', () => {
    const text = [
      'Two Heads of State Agree to Expand Cooperation',
      'President, Arman Dosov, and UAE President, Sheikh Khalid Bin Rashid Al Mansouri',
      'President, Arman Dosov, met UAE President, Sheikh Khalid Bin Rashid, in Abu Samir. Both leaders will support the plan.',
      'President, Arman Dosov, and UAE President, Sheikh Khalid Bin Rashid Al Mansouri, met on January 17 in Abu Samir and decided to expand cooperation.',
      'The ministers thanked the hosts for holding the 13th Ministerial Conference in Abu Samir in February 2024.',
    ].join('\n\n');
    const set = annotateArticles([seed('a.txt', text)], curated);
    expect(set.articles[0]!.entities.map((e) => e.id)).not.toContain('abu-samir');
  });

  it('reads Malaysian honorifics (`Datuk Seri`, `Tun`) as titles, not names', () => {
    expect(people('The deal was announced by Prime Minister Datuk Seri Arif Rahman on Monday.')).toEqual(['Arif Rahman']);
  });

  it('splits an acronym alone before `and` from the registry body after it (`OECD and Asian Development Bank`)', () => {
    expect(pairs('The review by the EU, OECD and Asian Development Bank is out.')).toContain('Asian Development Bank→asian-development-bank:organization');
    expect(organizations('The review by the EU, OECD and Asian Development Bank is out.')).not.toContain('OECD and Asian Development Bank');
  });

  it('reads a numbered congress or plenum as an event, leaving the party it is of', () => {
    expect(organizations('He hailed the XIX Congress of the Communist Party of China in Beijing.')).toEqual(['Communist Party of China']);
    expect(pairs('Delegates met at the 20th Congress of the Communist Party of China.')).toContain('Communist Party of China→communist-party-of-china:organization');
    expect(organizations('The National Congress of Kyrgyzstan met.')).toEqual(['National Congress of Kyrgyzstan']);
  });

  it('keeps a council of two countries whole (`… Council of Kazakhstan and Turkey`)', () => {
    expect(organizations('The Strategic Cooperation Council of Kazakhstan and Turkey met in Ankara.')).toEqual(['Strategic Cooperation Council of Kazakhstan and Turkey']);
    expect(organizations('The Ministry of Energy of Kazakhstan and Rosatom signed it.')).not.toContain('Ministry of Energy of Kazakhstan and Rosatom');
  });

  it('takes a registry agency’s short name from a credit (`Jens Büttner/dpa`)', () => {
    const set = annotateArticles([seed('a.txt', 'Germany and Kazakhstan aim to deepen partnership\n\nThe presidents met in Astana this weekImage: Jens Roth/dpa/picture alliance\n\nThe two presidents discussed trade on Tuesday in the capital.')], curated);
    const entities = set.articles[0]!.entities.map((e) => `${e.type}:${e.id}`);
    expect(entities).toContain('organization:dpa');
    expect(entities).toContain('person:jens-roth');
  });
});

describe('the fourteenth collection’s splits (dev half)', () => {

  it('gives a registry person’s surname alone to the other person the article names in full with it', () => {
    const ids = (...paragraphs: string[]) => link(...paragraphs).mentions.filter((m) => m.type === 'person').map((m) => `${m.surface}→${m.entityId}`);
    expect(ids('“Bishkek has become a Russian city,” Kyrgyz politician Ravshan Jeenbekov told the newspaper.', '“The government does not react,” Jeenbekov said.')).toEqual([
      'Ravshan Jeenbekov→ravshan-jeenbekov',
      'Jeenbekov→ravshan-jeenbekov',
    ]);
    // Named in full too, the registry person keeps the surname to neither.
    expect(ids('Former president Sooronbay Jeenbekov and politician Ravshan Jeenbekov spoke.', '“The government does not react,” Jeenbekov said.')).toContain('Jeenbekov→sooronbay-jeenbekov');
  });

  it('makes one person of a name of three words and the one longer name it opens in another article', () => {
    const set = annotateArticles(
      [
        seed('a.txt', 'Headline about the Gulf talks\nKing Faisal bin Khalid Al Harbi received the delegation in Riyadh.'),
        seed('b.txt', 'Headline about the Gulf visit\nKing Faisal bin Khalid met the president on Monday.'),
      ],
      curated,
    );
    const ids = set.articles.map((a) => a.entities.filter((e) => e.type === 'person').map((e) => e.id));
    expect(ids).toEqual([['faisal-bin-khalid-al-harbi'], ['faisal-bin-khalid-al-harbi']]);
  });
});

describe('the fifteenth collection’s first score (dev half)', () => {

  it('reads an initial before a registry surname as that person (`S. Japarov`, `S.N. Japarov`), not someone new', () => {
    expect(pairs('The leaders included President of the Kyrgyz Republic S. Japarov and others.')).toContain('S. Japarov→sadyr-japarov:person');
    expect(people('The leaders included President of the Kyrgyz Republic S. Japarov and others.')).toEqual(['S. Japarov']);
  });

  it('makes one person of two long words in either order (`Makhkamov Ilkhom`, `Ilkhom Makhkamov`), not of short ones', () => {
    const set = annotateArticles(
      [
        seed('a.txt', 'Headline about the transport talks\nHe held a meeting with Uzbekistan’s Minister for Transport Makhkamov Ilkhom on Monday.'),
        seed('b.txt', 'Headline about the railway talks\nThe Minister of Transport of Uzbekistan, Ilkhom Makhkamov, said the railway would be built.'),
      ],
      curated,
    );
    const ids = set.articles.map((a) => a.entities.filter((e) => e.type === 'person').map((e) => e.id));
    expect(ids[1]).toEqual(ids[0]);
    const short = annotateArticles(
      [
        seed('a.txt', 'Headline about the trade talks\nTrade expert Wang Li said the talks went well.'),
        seed('b.txt', 'Headline about the rail talks\nRail expert Li Wang said the talks went badly.'),
      ],
      curated,
    );
    const shortIds = short.articles.map((a) => a.entities.filter((e) => e.type === 'person').map((e) => e.id));
    expect(shortIds[1]).not.toEqual(shortIds[0]);
  });

  it('reads a person’s role after a body’s possessive as a person’s apposition, and a clause after a comma as none', () => {
    expect(pairs('Omer Kocaman, the group’s deputy secretary general, told reporters that they will take steps.')).toContain('Omer Kocaman→omer-kocaman:person');
    expect(people('The ceremony, held at Aiwan-e-Sadr, was attended by Prime Minister Shehbaz Sharif.')).toEqual(['Shehbaz Sharif']);
  });

  it('reads no person into a building a title names, nor into the end of a name with `King` inside it', () => {
    expect(people('They met at the President Palace (Ak Orda) yesterday.')).toEqual([]);
    expect(people('Tourism Minister Datuk Seri Tiong King Sing attended the dinner.')).not.toContain('Sing');
    expect(people('Saudi King Salman received the guests.')).toEqual(['Salman']);
  });

  it('splits a linked name of several words before `and` from the body after it (`RFE/RL and …`)', () => {
    expect(organizations('They are funded by RFE/RL and Soros Open Society networks.')).toContain('RFE/RL');
    expect(organizations('They are funded by RFE/RL and Soros Open Society networks.')).not.toContain('RFE/RL and Soros Open Society');
  });

  it('reads no body into a sentence’s opening participle (`Addressing the International Forum …`)', () => {
    expect(organizations('Addressing the International Forum for Peace and Trust, the president spoke of peace.')).toEqual([]);
    expect(organizations('Addressing the Steppe Institute of Physics, the president spoke of peace.')).toEqual(['Steppe Institute of Physics']);
  });
});

describe('the seventeenth collection’s first score (dev half)', () => {
  it('reads a military rank written without its full stop (`Maj`) as a title, not a name', () => {
    expect(people('The commander, Maj Odiljon Nosirzoda, thanked the donors.')).toEqual(['Odiljon Nosirzoda']);
  });
});

describe('the seventeenth collection’s organizations (dev half)', () => {
  it('reads Italian, Malaysian and Singaporean legal forms (`SpA`, `Bhd`, `Pte`), so two companies joined by `and` stay two', () => {
    expect(organizations('Acme Energia SpA and Boreal Oil Plc may owe the state billions.')).toEqual(['Acme Energia SpA', 'Boreal Oil Plc']);
  });
});

describe('armed forces as bodies (dev half, all collections)', () => {
  it('reads `Forces` as a body’s head word, a registry acronym before it the longer body, and `to` after it where they are sent', () => {
    expect(organizations('The Armed Forces of Steppeland held drills near the border.')).toEqual(['Armed Forces of Steppeland']);
    expect(organizations('CSTO Collective Peacekeeping Forces to the Republic of Kazakhstan began to leave on Thursday.')).toEqual(['CSTO Collective Peacekeeping Forces']);
    expect(organizations('The Republic of Tajikistan Mobile Forces trained with U.S. instructors.')).toEqual(['Republic of Tajikistan Mobile Forces']);
  });
});

describe('companies named by their trade (dev half, collections 18 and 19)', () => {
  it('reads `Power`, `Utilities`, `Trading` and `Contracting` last in a name as a company’s head word, but not a kind of power or a surname, nor `to` after it as part of the name', () => {
    expect(organizations('Egypt’s Infinity Power and Hassan Allam Utilities will build the plant.')).toEqual(['Infinity Power', 'Hassan Allam Utilities']);
    expect(organizations('The contract went to Turnkey Trading and Contracting last year.')).toEqual(['Turnkey Trading and Contracting']);
    expect(organizations('Read the Uranium and Nuclear Power briefing.')).toEqual([]);
    // A surname after a given name (10,000-article corpus).
    expect(organizations('Administrator Samantha Power met the minister in Tashkent.')).toEqual([]);
    expect(organizations('The listing of Steppe Power to the Astana exchange was delayed.')).toEqual(['Steppe Power']);
  });
});

describe('a trade glued to a company’s name (dev half, collection 22)', () => {
  it('reads one word ending in `bank`, `telecom`, `invest`, `neft` or the like as a company, but not a short word or a headline’s', () => {
    expect(organizations('Shares in Steppebank, Steppetelecom and Steppeinvest will be sold, as will Steppeneft assets.')).toEqual([
      'Steppebank',
      'Steppetelecom',
      'Steppeinvest',
      'Steppeneft',
    ]);
    expect(organizations('The bank said that Smash and Sgaz were words, not firms.')).toEqual([]);
  });

  it('reads a Tajik bank’s `-bonk` as its trade too (collection 26)', () => {
    expect(organizations('Bonds were issued to recapitalise two banks, Dushanbebonk and another.')).toEqual(['Dushanbebonk']);
  });
});

describe('a body named for the United States and another country (dev half, collections 12 and 22)', () => {
  it('reads `US` before a hyphen as the country opening the name, not the pronoun', () => {
    expect(organizations('Thanks to the US-Kyrgyzstan Business Council for its support.')).toEqual(['US-Kyrgyzstan Business Council']);
    expect(organizations('Loans from the US Export-Import Bank followed.')).toEqual(['US Export-Import Bank']);
  });
});

describe('a chamber of commerce named for where it serves (dev half, collection 22)', () => {
  it('keeps `in <country>` in a chamber’s or an embassy’s name, unless a chamber’s name has its country already', () => {
    expect(organizations('The American Chamber of Commerce in the Kyrgyz Republic organized a clean-up day.')).toEqual([
      'American Chamber of Commerce in the Kyrgyz Republic',
    ]);
    expect(organizations('The Chamber of Commerce and Industry of Turkmenistan in Ashgabat hosted the forum.')).toEqual([
      'Chamber of Commerce and Industry of Turkmenistan',
    ]);
    // An embassy named with its country before its head word (collections 12, 15, 22).
    expect(organizations('The memorandum was signed, the Kazakhstan Embassy in Brussels announced on Saturday.')).toEqual(['Kazakhstan Embassy in Brussels']);
    // Whose embassy the name does not say: no page (the 10,000-article corpus).
    expect(organizations('Washington instructed its Embassy in Nur-Sultan to help.')).toEqual([]);
  });
});

describe('the region’s given names (dev half, collections 5, 20 and 22)', () => {
  it('knows Kazakh, Uzbek and Russian given names compromise’s lexicon lacks, so a list of them is a list of people', () => {
    expect(people('He ranks fourth among the wealthiest, following Vyacheslav Steppov, Timur Aralbayev, and Dinara Aralbayeva.')).toEqual([
      'Vyacheslav Steppov',
      'Timur Aralbayev',
      'Dinara Aralbayeva',
    ]);
    // Not a word that is also English, or part of a company's name.
    expect(people('Asset Managers and Temir Zholy staff took part.')).toEqual([]);
  });
});

describe('more roles: VP, counselor, administrator, MP, goalkeeper, an envoy to a country (dev half, collections 19, 22, 23)', () => {
  it('reads them in an apposition and as titles, and never as a name', () => {
    expect(people('Konstantin Steppovskiy, AIIB VP in charge of investment operations, said the loans would follow.')).toEqual(['Konstantin Steppovskiy']);
    expect(people('Thanks to Dr. Carafano, Senior Counselor to the President of the foundation, and to Ms. Son.')).toEqual(['Carafano', 'Son']);
    expect(people('Administrator Samantha Steppe met the minister in Tashkent.')).toEqual(['Samantha Steppe']);
    // An MP and a goalkeeper in an apposition, an envoy's posting between the title and the name (collection 23).
    expect(people('Aralbek Steppov, a Kyrgyz MP from the party, claimed so.')).toEqual(['Aralbek Steppov']);
    expect(people('He played beside Oliver Steppe, the German football goalkeeper of the club.')).toEqual(['Oliver Steppe']);
    expect(people('The mission was headed by Philippine Ambassador to Pakistan Jaime Steppo.')).toEqual(['Jaime Steppo']);
    // A representative's field after `for`, a representative's city after `in` (collection 20).
    expect(people('He met Turkmenistan’s Special Representative for Caspian Sea Affairs Berdi Kakajan to review it.')).toEqual(['Berdi Kakajan']);
    expect(people('Speakers included UNICEF Representative in Ashgabat Linde Wegstra; and others.')).toEqual(['Linde Wegstra']);
  });
});

describe('collection 23: a ministry ending with its country, a memorial, a railway project', () => {
  it('keeps a ministry’s name whole to its country, and names the person a memorial is named after', () => {
    expect(organizations('He came to work at the Ministry of Oil and Gas Industry of the Republic of Kazakhstan in 1995.')).toEqual([
      'Ministry of Oil and Gas Industry of the Republic of Kazakhstan',
    ]);
    // A trailing word that is no part of the name still ends it.
    expect(organizations('The House of Commons Committee Special report was published.')).toEqual(['House of Commons Committee']);
    expect(people('They laid a wreath at the President Zhorobek Steppov Mausoleum in the capital.')).toEqual(['Zhorobek Steppov']);
    expect(organizations('The Trans Afghan Railways project was discussed.')).toEqual([]);
  });
});

describe('collection 23: an embassy in a city no registry knows, a party named before `party`', () => {
  it('keeps `in <city>` in an embassy’s name that says whose it is', () => {
    expect(organizations('The Embassy of the Republic of Uzbekistan in Steppetown organized the event.')).toEqual([
      'Embassy of the Republic of Uzbekistan in Steppetown',
    ]);
  });
  it('reads a name before a lower-case `party` or `movement` as the party, not an ideology alone', () => {
    expect(organizations('Aralbek Steppov, an MP from Butun Steppe party, claimed so.')).toEqual(['Butun Steppe']);
    expect(organizations('The Communist party and a third party lost.')).toEqual([]);
  });
});

describe('collection 24: hyphenated given names after an office, `Sheik` and `Pope`', () => {
  it('keeps a hyphenated given name whole after an office, and reads `Sheik` and `Pope` as titles', () => {
    expect(people('The president of the Steppe National Bank, Jean-Claude Aralov, has flown to Ottawa.')).toEqual(['Jean-Claude Aralov']);
    expect(people('Tokayev condoled on the death of Sheik Zayed bin Steppe Al Aral.')).toContain('Zayed bin Steppe Al Aral');
    expect(people('The visit of Pope Steppanus was announced.')).toEqual(['Steppanus']);
    // `, the company reports` after a name is who speaks, no apposition (collection 24).
    expect(people('This was announced by KTZE-Steppe Gateway’s General Director Aral Steppov, the company reports.')).toEqual(['Aral Steppov']);
    expect(people('“They drove them out,” Muhammad Steppe Safi, former governor of Kunduz Province, told the radio.')).toEqual(['Muhammad Steppe Safi']);
    // Words after a name's `for` or `of` end that name, whatever follows them (collection 25).
    expect(people('The boycott ended after the Uzbek Forum for Human Rights, a Cotton Campaign partner, reported this spring.')).toEqual([]);
    expect(people('Secretary of State Jane Roe met Minister of Foreign Affairs Arslan Steppov.')).toEqual(['Jane Roe', 'Arslan Steppov']);
    // A place or a body after an office names no one (the 10,000-article corpus).
    expect(people('“We had only 60 people,” says Aral Steppov, the director of Kyrgyzstan’s High-Tech Park.')).toEqual(['Aral Steppov']);
  });
});

describe('an office, a dash or colon, its holder (dev half, collection 22)', () => {
  it('reads the name after `Director –` or `Director:` as a person', () => {
    expect(people('Schools joined: School № 12 (Director – Zhorobek K. Steppov), and Gymnasium № 38 (Director: Aralia B. Steppova).')).toEqual([
      'Zhorobek K. Steppov',
      'Aralia B. Steppova',
    ]);
  });
});

describe('numbered schools and hospitals (dev half, collections 20 and 22)', () => {
  it('keeps `№ 24` or `No. 1` after a school’s, gymnasium’s or hospital’s head word as part of its name', () => {
    expect(organizations('Pupils of Secondary School № 24 and Lev Gumilev Gymnasium № 38 signed the memorandum.')).toEqual([
      'Secondary School № 24',
      'Lev Gumilev Gymnasium № 38',
    ]);
    expect(organizations('Doctors at City Hospital No. 1 treated the miners.')).toEqual(['City Hospital No. 1']);
    expect(organizations('The Steppe Institute No. 1 ranking came out.')).toEqual(['Steppe Institute']);
  });
});

describe('a line across places (dev half, collections 12 and 20)', () => {
  it('reads `Trans-… Railway` as a route, not its operator, and still reads a railway company as one', () => {
    expect(organizations('Freight moves on the Trans-Siberian Railway and the Trans-Steppe Highway.')).toEqual([]);
    expect(organizations('Steppe Temir Zholy Railway carried the freight.')).toEqual(['Steppe Temir Zholy Railway']);
  });
});

describe('a board of a named body (dev half, all collections)', () => {
  it('keeps `Board of Governors of …` whole as that body’s organ, and still reads a company’s board as the company', () => {
    expect(organizations('The Board of Governors of the Steppe Development Bank approved the loan.')).toEqual(['Board of Governors of the Steppe Development Bank']);
    expect(organizations('The Chairman of the Board of Steppe Airways Holding resigned.')).toEqual(['Steppe Airways Holding']);
  });
});

describe('legal forms written with full stops (dev half, all collections)', () => {
  it('reads `S.A.`, `N.V.`, `L.L.C.` and `P.L.C.` as legal forms, so two companies joined by `and` stay two', () => {
    expect(organizations('The deal was signed by Acme Steppe S.A. and Boreal Caspian N.V. in Tashkent.')).toEqual(['Acme Steppe S.A.', 'Boreal Caspian N.V.']);
    expect(organizations('Oasis Trading L.L.C. and Caspian Dredging P.L.C. bid for the port.')).toEqual(['Oasis Trading L.L.C.', 'Caspian Dredging P.L.C.']);
  });
});

describe('the eighteenth collection’s spellings (dev half)', () => {
  it('makes one person of two articles’ spellings of a long surname whose given names are one letter apart', () => {
    const set = annotateArticles(
      [
        seed('a.txt', 'Headline about the gas talks\nEnergy Minister Jorabek Mirzakhalilov signed the roadmap in Tashkent.'),
        seed('b.txt', 'Headline about the power plant\nEnergy Minister Jurabek Mirzahalilov opened the plant on Monday.'),
      ],
      curated,
    );
    const ids = set.articles.map((a) => a.entities.filter((e) => e.type === 'person').map((e) => e.id));
    expect(ids[0]).toEqual(ids[1]);
  });

  it('keeps two people whose long surnames are the same but whose given names differ by more', () => {
    const set = annotateArticles(
      [
        seed('a.txt', 'Headline about the gas talks\nEnergy Minister Jorabek Mirzakhalilov signed the roadmap in Tashkent.'),
        seed('b.txt', 'Headline about the power plant\nDeputy Minister Rustam Mirzakhalilov opened the plant on Monday.'),
      ],
      curated,
    );
    const ids = set.articles.map((a) => a.entities.filter((e) => e.type === 'person').map((e) => e.id));
    expect(ids[0]).not.toEqual(ids[1]);
  });

  it('reads a titled surname with two letters swapped as the registry person, but never a letter added (another person)', () => {
    const person = (id: string, name: string, aliases: string[]): Entity => ({ id, type: 'person', name, aliases, wikidata: null, description: null, country: null, discovered: false });
    const registry = buildMatcher([...curated.filter((e) => e.type === 'country'), person('emomali-rahmon', 'Emomali Rahmon', ['Rahmon'])]);
    const ids = (text: string) => linkArticle(article([text]), registry).mentions.filter((m) => m.type === 'person').map((m) => `${m.surface}→${m.entityId}`);
    expect(ids('President Rhamon received the delegation in Dushanbe.')).toEqual(['Rhamon→emomali-rahmon']);
    expect(ids('Minister Rahmona received the delegation in Dushanbe.')).not.toEqual(['Rahmona→emomali-rahmon']);
    // Swapped as written, whatever the letters fold to (collection 40: `President Mirizyoyev’s leadership`).
    const uzbek = buildMatcher([...curated.filter((e) => e.type === 'country'), person('shavkat-mirziyoyev', 'Shavkat Mirziyoyev', ['Mirziyoyev'])]);
    expect(linkArticle(article(['Pompeo praised the reforms under President Mirizyoyev’s leadership.']), uzbek).mentions.filter((m) => m.type === 'person').map((m) => m.entityId)).toEqual(['shavkat-mirziyoyev']);
  });

  it('makes one person of `shch` and `sch` for Russian `щ` in one article (collection 66 session, older dev miss)', () => {
    const ids = (text: string) => [...new Set(annotateArticles([seed('a.txt', text)], curated).articles[0]!.entities.filter((e) => e.type === 'person').map((e) => e.id))];
    expect(ids('Headline about the tennis row\nFederation president Shamil Steppishchev denied the report. Later Shamil Steppischev said more.')).toHaveLength(1);
    expect(ids('Headline about the tennis row\nFederation president Shamil Steppishchev denied the report. Later Shamil Steppinov said more.')).toHaveLength(2);
  });

  it('reads a Hungarian spelling (`cs` for `ch`) of a registry person as that person', () => {
    expect(pairs('Kubanicsbek Ömüralijev, a kirgiz miniszter, Budapesten tárgyalt.').filter((p) => p.includes('→kubanychbek-omuraliev'))).toHaveLength(1);
  });
});

describe('a role that is always a person’s, before the name (dev half, all collections)', () => {
  it('reads `his Kazakh counterpart X`, `her predecessor X` and `his wife X` as people', () => {
    expect(people('Russia’s vice-premier spoke, and his Kazakh counterpart Daulet Seitkali agreed.')).toEqual(['Daulet Seitkali']);
    expect(people('The envoy praised her predecessor Aigul Temirova for the deal.')).toEqual(['Aigul Temirova']);
    // A relative after the possessive (collection 12).
    expect(people('The president stood with his wife Peng Lizhao alongside the leaders.')).toEqual(['Peng Lizhao']);
  });
});

describe('initials the tokenizer keeps as one token (dev half, all collections)', () => {
  it('reads `S.N.` before a registry surname as that person, and `C.C.` before a new surname as a person’s initials', () => {
    expect(pairs('The leaders included President of the Kyrgyz Republic S.N. Japarov and others.')).toContain('S.N. Japarov→sadyr-japarov:person');
    expect(people('“We will help,” said D.K. Ozodbekov, ADB’s Country Director for Tajikistan.')).toEqual(['D.K. Ozodbekov']);
  });
});

describe('the middle of a place (dev half, all collections)', () => {
  it('reads `Center of the X Region` and `Centre of Earth` as no body, and keeps `Center for …` one', () => {
    expect(organizations('The plant will be built near the Center of the Balkan Region, officials said.')).toEqual([]);
    expect(organizations('The Center for Steppe Studies published the report.')).toEqual(['Center for Steppe Studies']);
  });
});

describe('a numbered sitting with a word before its head (dev half, all collections)', () => {
  it('reads `Seventh World Congress of …` as an event, and the body that holds congresses as a body', () => {
    expect(organizations('The Seventh World Congress of Steppe Faiths opened in Astana on Wednesday.')).toEqual([]);
    expect(organizations('The World Congress of Steppe Faiths met in Astana on Wednesday.')).toEqual(['World Congress of Steppe Faiths']);
  });
});

describe('the nineteenth collection’s first score (dev half)', () => {
  it('reads a name with an age set off after it, and a photographer’s credit inside a caption, as people; never a place with a number', () => {
    expect(people('Serik Ospanov, 25, uses a net to fish on the frozen sea near Tastubek.')).toEqual(['Serik Ospanov']);
    expect(people('Workers process fish at a plant in Aralsk. Image by Dana Kerimova. Kazakhstan, 2017.')).toEqual(['Dana Kerimova']);
    expect(people('The Balkhash Lake, 25, remains shallow, officials said.')).toEqual([]);
    // `the late` says a person; a soft sign written as an apostrophe closes a given name.
    expect(people('Nearby lies the grave of Rabbi Levy Yitzchak Schneerson, father of the seventh Rebbe, the late Menachem Mendel Schneerson.')).toEqual([
      'Levy Yitzchak Schneerson',
      'Menachem Mendel Schneerson',
    ]);
    expect(people('In the national competition, the main prize was awarded to Asel’ Zhuraeva for Road to Mecca.')).toEqual(['Asel’ Zhuraeva']);
    expect(people('The Kazakhs’ Nauryz begins in March.')).toEqual([]);
    // An age before the name, opening the sentence, is no part of it.
    expect(people('Eighty-year-old Sulaiman Turdubaev, a resident of the village of Alga, has saved money for years.')).toEqual(['Sulaiman Turdubaev']);
  });

  it('reads a moderator’s and a specialist’s role as a title, never a part of the name', () => {
    expect(people('Moderator Daniyar Seitov opened the webinar, and Regional Specialist Dana Kerimova spoke.')).toEqual(['Daniyar Seitov', 'Dana Kerimova']);
  });

  it('reads `US $533` and `US Dollars` as a currency, not a mention of the United States', () => {
    expect(pairs('The plan costs US $533 million, and Moscow gave 2.1 Million US Dollars.').filter((p) => p.includes('united-states'))).toEqual([]);
    expect(pairs('The US agreed to pay 5 million dollars.').filter((p) => p.includes('united-states'))).toEqual(['US→united-states:country']);
  });
});

describe('head words of languages that put them first (dev half, all collections)', () => {
  it('reads `Universiti …` and `Universitas …` as bodies, as `… University` is', () => {
    expect(organizations('The talks were held at Universitas Gadjah Mada in Yogyakarta on Monday.')).toEqual(['Universitas Gadjah Mada']);
    expect(organizations('A delegation from Universiti Sains Pulau (USP) visited the city on Monday.')).toEqual(['Universiti Sains Pulau', 'USP']);
  });
});

describe('the twentieth collection’s first score (dev half)', () => {

  it('makes one person of two words in either order when one folds to four letters (`Ukhnaa`), never of two short words', () => {
    const ids = (a: string, b: string) =>
      annotateArticles([seed('a.txt', `Headline about the state visit\nPresident ${a} arrived in Tashkent.`), seed('b.txt', `Headline about the summit\nPresident ${b} met the leaders.`)], curated).articles.map((x) =>
        x.entities.filter((e) => e.type === 'person').map((e) => e.id),
      );
    const [first, second] = ids('Batbold Ukhnaa', 'Ukhnaa Batbold');
    expect(first).toEqual(second);
    const [wang, li] = ids('Wang Chen', 'Chen Wang');
    expect(wang).not.toEqual(li);
  });

  it('splits a body and a linked name after its field (`Kyrgyz Ministry of Health and USAID`), never two linked places after `of`', () => {
    expect(organizations('The memorandum was signed by the Steppe Ministry of Health and USAID on Monday.')).toEqual(['Steppe Ministry of Health', 'USAID']);
    expect(organizations('The Congress of Steppe Jews of the United States and Canada met in New York.')).toEqual(['Congress of Steppe Jews of the United States and Canada']);
  });
});

describe('the twenty-first collection’s first score (dev half)', () => {
  it('splits a body before `and` from an acronym alone after it, and leaves an `NGO` label out of the name', () => {
    expect(organizations('Investors include Steppe Motors and BAT, officials said on Monday.')).toEqual(['Steppe Motors']);
    expect(organizations('The NGO the Union for the Defense of the Steppe filed a complaint.')).toEqual(['Union for the Defense of the Steppe']);
  });

  it('reads `I’m` as no part of a name, and the region’s offices (`Akim`, `Khokim`) and `Ustadh` as titles', () => {
    expect(people('Thank you. I’m Dana Kerimova, a professor at the university.')).toEqual(['Dana Kerimova']);
    expect(people('Acting Khokim of Samarkand Bekzod Rakhimov met the delegation.')).toEqual(['Bekzod Rakhimov']);
    expect(people('The article by Ustadh Abdul Aziz Al-Uzbeki was translated.')).toEqual(['Abdul Aziz Al-Uzbeki']);
  });
});

describe('the thirty-first collection’s first score (dev half)', () => {
  it('reads a line ending in a colon as a sentence, not a headline: its appositions and bodies are found', () => {
    expect(people('According to Ulugbek Steppov, General Director at Steppe Engineering:')).toEqual(['Ulugbek Steppov']);
    expect(organizations('According to Ulugbek Steppov, General Director at Steppe Engineering:')).toEqual(['Steppe Engineering']);
  });

  it('reads a councilor and a manager as titles, and a comma closing an office’s or a posting’s phrase before the name', () => {
    expect(people('They met City Manager Jeff Dawnes and Place 4 Councilor Kimbra Cooke on Monday.')).toEqual(['Jeff Dawnes', 'Kimbra Cooke']);
    expect(people('We met the Latvian Ambassador to Uzbekistan, Reinis Troksh, and discussed exports.')).toEqual(['Reinis Troksh']);
    expect(people('We met the vice-rector of the Steppe Agricultural University, Aziz A. Abdusteppov, and students.')).toEqual(['Aziz A. Abdusteppov']);
  });

  it('reads a name after a speech verb and a place’s possessive as a person when it ends the sentence, not a thing in a headline', () => {
    expect(people('Their story begins several years ago, said Fayetteville’s Alla Patrikk.')).toEqual(['Alla Patrikk']);
    expect(people('Kuwait says Iraq’s Khor Abdalla appeal internal matter, the ministry said.')).toEqual([]);
  });

  it('leaves a preposition opening the sentence out of a body, and splits a plain name closed by its head word before `and`', () => {
    expect(organizations('Alongside the Worker Support Centre and Oasis Steppe, it runs a hotline.')).toEqual(['Worker Support Centre']);
    expect(organizations('The vaccine is made by Hetero Labs and Bharat Steppe in India.')).toEqual(['Hetero Labs']);
    // Never a trade joined to the next one inside a name.
    expect(organizations('Last January, Mikheevsky Mining and Processing Plant, part of RCC, completed exploration.')).not.toContain('Mikheevsky Mining');
  });

  it('reads a Kyrgyz name closed by a capitalised `Uulu` as a person, never a lower-case patronymic in an address', () => {
    expect(people('For Samat Nadyrbek Uulu, America is home now.')).toEqual(['Samat Nadyrbek Uulu']);
    expect(people('Dear Ilham Heydar oglu, distinguished colleagues.')).toEqual([]);
  });
});

describe('the thirty-second collection’s first score (dev half)', () => {
  it('makes one person of an Arabic name written with and without the rest of its lineage and with the family’s `Al` glued', () => {
    const ids = (a: string, b: string) =>
      annotateArticles([seed('a.txt', `Headline about the consultations\nForeign Minister ${a} met the delegation.`), seed('b.txt', `Headline about the visit\nForeign Minister ${b} arrived in Ashgabat.`)], curated).articles.map((x) =>
        x.entities.filter((e) => e.type === 'person').map((e) => e.id),
      );
    const [short, long] = ids('Badr bin Hamad al Busteppi', 'Sayyid Badr bin Hamad bin Hamood Albusteppi');
    expect(long).toEqual(short);
    // Brothers share the father and the family, never the given name.
    const [one, other] = ids('Badr bin Hamad al Busteppi', 'Fahd bin Hamad al Busteppi');
    expect(one).not.toEqual(other);
  });

  it('reads a legal form spelled out, or its letters left before a linked name, as no body', () => {
    expect(organizations('The contract between the Department of Atomic Energy and Joint-Stock Company (JSC) Steppe Atomic Kazsteppprom was signed.')).not.toContain('Joint-Stock Company');
    expect(organizations('The firm signed with the state-owned miner JSC Tau-Ken Samruk to extract minerals.')).not.toContain('JSC');
  });

  it('reads a city’s akimat or hokimiyat as a body', () => {
    expect(organizations('The plant was built with the support of the Steppegrad Akimat last year.')).toEqual(['Steppegrad Akimat']);
    expect(organizations('The Steppeobod Hokimiyat approved the plan on Monday.')).toEqual(['Steppeobod Hokimiyat']);
  });

  it('reads democracy, rights and heritage as a body’s or an office’s fields, never as a name', () => {
    expect(organizations('The Bureau of Democracy, Human Rights, and Labor said it.')).toEqual(['Bureau of Democracy, Human Rights, and Labor']);
    expect(people('It was attended by Iranian Minister of Cultural Heritage, Tourism and Handicrafts Reza Salehi-Steppi and others.')).toEqual(['Reza Salehi-Steppi']);
  });
});

describe('the thirty-third collection’s first score (dev half)', () => {
  it('reads a library, a museum, an archive, a theatre, a clinic, a refinery, a church and a team as bodies', () => {
    expect(organizations('He is President of the Steppe National Library; and others came.')).toEqual(['Steppe National Library']);
    expect(organizations('The Nukus Art Museum and the Steppe Theater reopened.')).toEqual(['Nukus Art Museum', 'Steppe Theater']);
    // A clinic, a refinery, a church and a team too (the older dev collections); never a power plant, a facility.
    expect(organizations('Doctors of the Steppe Children’s Clinic and the Steppe Oil Refinery met the Steppe Catholic Church and the Astana Steppe Team.')).toEqual([
      'Steppe Children’s Clinic',
      'Steppe Oil Refinery',
      'Steppe Catholic Church',
      'Astana Steppe Team',
    ]);
    expect(organizations('The Rogun Hydropower Plant will be finished in 2029.')).toEqual([]);
  });

  it('reads an office-holder’s office after `Office of the` as part of the body’s name, not a person’s title', () => {
    expect(organizations('Leaders met the president, the Office of the Prime Minister of Steppeland informed reporters.')).toEqual(['Office of the Prime Minister of Steppeland']);
    // A name after the office is a person’s still.
    expect(people('A statement by the Office of the President Kassym Steppov was issued.')).toEqual(['Kassym Steppov']);
  });

  it('reads commanders, participants, tourists and architects as people, a photographer’s credit before an agency, and `remembers` as speech (older dev collections)', () => {
    expect(people('Training was conducted,” Alexander Solosin, commander of a motorized rifle unit, said.')).toEqual(['Alexander Solosin']);
    expect(people('Oil is pumped today. Kairgeldy Kabylsteppi, a direct participant in all talks, said so.')).toEqual(['Kairgeldy Kabylsteppi']);
    expect(people('Chinese tourist Lanzhen Tangi is unimpressed.')).toEqual(['Lanzhen Tangi']);
    expect(people('The late architect Kurokawa Kishi developed the master plan.')).toEqual(['Kurokawa Kishi']);
    expect(people('A man walks in a town in the Logar province, Feb. 14, 2015. Omar Sobhani/Reuters')).toEqual(['Omar Sobhani']);
    expect(people('“They came,” Dekabrina Kimi remembers in the documentary.')).toEqual(['Dekabrina Kimi']);
  });

  it('links a registry surname borne by one person, after a first word one letter off that person’s given name and a misspelled rest (collection 34)', () => {
    expect(pairs('His counterpart Kassem Gomert Tokayev will co-chair the meeting.')).toContain('Kassem Gomert Tokayev→kassym-jomart-tokayev:person');
    // Another first word is another person.
    expect(pairs('His counterpart Daulet Gomert Tokayev will co-chair the meeting.')).not.toContain('Daulet Gomert Tokayev→kassym-jomart-tokayev:person');
  });

  it('matches a registry name that opens with a particle in lower case (collection 34)', () => {
    expect(pairs('It was said by von der Leyen in Brussels.')).toContain('von der Leyen→ursula-von-der-leyen:person');
    expect(pairs('said the head of the European Commission von Der Leyen in the filming.')).toContain('von Der Leyen→ursula-von-der-leyen:person');
  });

  it('matches a registry name spelled with a comma only where the text has that comma', () => {
    expect(pairs('The Foreign, Commonwealth and Development Office said it.')).toEqual(['Foreign, Commonwealth and Development Office→foreign-commonwealth-and-development-office:organization']);
    expect(pairs('The United Nations Educational, Scientific and Cultural Organization met.')).toEqual(['United Nations Educational, Scientific and Cultural Organization→unesco:organization']);
    // A comma between two names the registry writes apart stays a break.
    expect(pairs('Kazakhstan, Uzbekistan and the United Nations, UNESCO and others.')).toEqual(['Kazakhstan→kazakhstan:country', 'Uzbekistan→uzbekistan:country', 'United Nations→united-nations:organization', 'UNESCO→unesco:organization']);
  });

  it('reads a Turkish contractor by its `İnşaat`, its `ve` and its `AŞ`', () => {
    expect(organizations('Stepfen İnşaat ve Tesisat AŞ, as a subcontractor, and Polisteppe İnşaat won the tenders.')).toEqual(['Stepfen İnşaat ve Tesisat AŞ', 'Polisteppe İnşaat']);
  });

  it('reads a name on a line of its own before a dash and a post, and a name between commas after an office spelled out in lower case', () => {
    expect(people('Peter Woode - Consultant - International Litigation Group / Litigation')).toEqual(['Peter Woode']);
    expect(people('The words of the deputy chairman of the committee of the State Duma for the CIS and relations with compatriots, Konstantin Steppulin, that it was so.')).toEqual(['Konstantin Steppulin']);
    // A field of two words (`Climate Change`) is no name after an office.
    expect(people('Present were Dr Abdullah Steppi, Minister of Environment and Climate Change; and others.')).toEqual(['Abdullah Steppi']);
    // Not a place or a body between commas after a phrase that names no office.
    expect(people('The opening of the new plant for the region, Steppe Valley, was delayed.')).toEqual([]);
  });

  it('reads a two-letter initial of the region’s transliterations before a surname (collection 35)', () => {
    expect(people('The Minister of Internal Affairs who submitted it, Ye. Steppebayev, said the law was ready.')).toEqual(['Ye. Steppebayev']);
    expect(people('The deputies elected N. Abdisteppov and Sh.Steppiyarova as judges.')).toEqual(['N. Abdisteppov', 'Sh.Steppiyarova']);
  });

  it('reads a full body’s name after an indefinite article, never a kind of body (collection 35 and older dev pages)', () => {
    expect(organizations('They backed the proposal to establish a Regional Coordination Center for Glacier Studies in Dushanbe.')).toEqual(['Regional Coordination Center for Glacier Studies']);
    expect(organizations('The ministers agreed to found an International Institute for Steppe Heritage in Turkistan.')).toEqual(['International Institute for Steppe Heritage']);
    expect(organizations('They were interested in bringing an American University to Uzbekistan.')).toEqual([]);
  });
});

describe('the thirty-eighth collection’s first score (dev half): organizations', () => {
  it('reads every name of a long list whose names include two organizations by their head words', () => {
    expect(organizations('The meeting was attended by the heads of Steppe Gold, Steppe Coal Resources, Steppe Datang Corporation, Poly Steppda, Tianjin Urban Steppe, Mizuda, World Steppiculture and other large corporations.')).toEqual(['Steppe Gold', 'Steppe Coal Resources', 'Steppe Datang Corporation', 'Poly Steppda', 'Tianjin Urban Steppe', 'Mizuda', 'World Steppiculture']);
    // People's names make it a list of people; an address's figures, one of an address's lines.
    expect(organizations('Present were Aigerim Steppova, Steppe Coal Resources, Steppe Datang Corporation, Marat Steppov, and Steppe Holding.')).toEqual(['Steppe Coal Resources', 'Steppe Datang Corporation', 'Steppe Holding']);
    expect(organizations('Steppemoney is part of the Delinian Group, Delinian Limited, 4 Bouverie Street, London, EC4Y 8AX, Registered in England.')).toEqual(['Delinian Group', 'Delinian Limited']);
    // Two names joined by `and` alone may be one name.
    expect(organizations('It was launched with the Ministry of Transport, PS IGC STEPPECA, Central Steppe Transport and Logistics Partnership, and the Union of Transport Workers.')).toEqual(['Ministry of Transport', 'PS IGC STEPPECA', 'Union of Transport Workers']);
  });

  it('reads `Auto` closing a name as a company’s head word, and `was called` as naming a thing, not speaking', () => {
    expect(organizations('It will invest $1 billion, according to Steppe Auto. The joint venture was called UzSteppe Auto, though it was renamed.')).toEqual(['Steppe Auto', 'UzSteppe Auto']);
    expect(people('The joint venture was called Steppe Daewoo, though it was renamed.')).toEqual([]);
    // Someone called by a person still speaks to them.
    expect(people('On Monday the minister called Marat Steppov about the deal.')).toEqual(['Marat Steppov']);
  });

  it('reads `Negotiator` as an office before a name, never part of it', () => {
    expect(people('The director congratulated Deputy Prime Minister Steppaev, Chief Negotiator Steppov and their team.')).not.toContain('Negotiator Steppov');
  });

  it('reads a state’s `Federation` inside a longer name as no body’s head word', () => {
    expect(organizations('The guest of honor was President of the Republic of Tatarstan of the Russian Federation Rustam Steppikhanov.')).toEqual([]);
    expect(organizations('The Football Federation of Kazakhstan met the Ministry of Foreign Affairs of the Russian Federation.')).toEqual(['Football Federation of Kazakhstan', 'Ministry of Foreign Affairs of the Russian Federation']);
  });
});

describe('the thirty-ninth collection’s first score (dev half): people', () => {
  it('merges an Arabic name whose `Abdul` the writers space or hyphenate differently, across articles', () => {
    const seeds: SeedInput[] = [
      seed('a.txt', 'Headline about the Gulf\nThe president met Sheikh Fahd bin Abdul-Rahman Al-Steppi, the minister, in Doha.'),
      seed('b.txt', 'Headline about the summit\nSheikh Fahd bin Abdulrahman Al Steppi said ties were growing.'),
    ];
    const ids = annotateArticles(seeds, curated).articles.map((a) => a.entities.find((e) => e.type === 'person')?.id);
    expect(ids[0]).toBeDefined();
    expect(ids[1]).toBe(ids[0]);
  });

  it('never reads the father’s name after `bin` as a surname: `King Salman` is not Mohammed bin Salman', () => {
    const found = annotateArticles([seed('a.txt', 'Headline about the Gulf\nThe invitation came from King Salman, the president said.')], curated);
    expect(found.articles[0]!.entities.map((e) => e.id)).not.toContain('mohammed-bin-salman');
  });

  it('ends a body’s name before its officer’s given name and surname, named after his office', () => {
    expect(pairs('He was received by Deputy Chairman of the Kyrgyz Cabinet of Ministers Edil Steppalov and Kyrgyz Minister for Health Alymkadyr Steppenaliev.').filter((p) => p.endsWith(':person'))).toEqual(['Edil Steppalov→edil-steppalov:person', 'Alymkadyr Steppenaliev→alymkadyr-steppenaliev:person']);
    expect(organizations('He was received by Deputy Chairman of the Kyrgyz Cabinet of Ministers Edil Steppalov and Kyrgyz Minister for Health Alymkadyr Steppenaliev.')).toEqual(['Kyrgyz Cabinet of Ministers']);
  });

  it('reads a Tajik or Kyrgyz given name by its ending (`-jon`, `-bek`), so a registry surname after it is someone else’s', () => {
    expect(pairs('He met the President of Uzbekistan and Azizjon Karimov, a research fellow.').filter((p) => p.endsWith(':person'))).toEqual(['Azizjon Karimov→azizjon-karimov:person']);
    // A Turkmen given name by its ending (`-guly`), before a surname in capitals; a registry person's so spelt is theirs.
    expect(pairs('The party is led by Kasymguly STEPPAEV, who took over from President Gurbaguly BERDYMUKHAMMEDOV in 2013.').filter((p) => p.endsWith(':person'))).toEqual([
      'Kasymguly STEPPAEV→kasymguly-steppaev:person',
      'Gurbaguly BERDYMUKHAMMEDOV→gurbanguly-berdimuhamedow:person',
    ]);
    // Surname first, the given name spelt from Russian: someone else too, never the registry's Karimov.
    expect(pairs('At the roundtable, Karimov Ahmadzhon, director of Uzbekkino, reported a boom.').filter((p) => p.endsWith(':person'))).toEqual(['Karimov Ahmadzhon→karimov-ahmadzhon:person']);
    // The registry person named surname first stays theirs.
    expect(pairs('Putin Vladimir met the press in Astana.').filter((p) => p.endsWith(':person'))).toEqual(['Putin Vladimir→vladimir-putin:person']);
    expect(pairs('He met the President of Uzbekistan and Talantbek Karimov, a research fellow.').filter((p) => p.endsWith(':person'))).toEqual(['Talantbek Karimov→talantbek-karimov:person']);
    // `Nadyrbek Uulu`, son of Nadyrbek, is the short form of the longer name, not a person of its own.
    expect(people('For Samat Nadyrbek Uulu and Lukman Steppov, America was home.', 'Since 2013, Nadyrbek Uulu has wrestled at 57kg.')).toEqual(['Samat Nadyrbek Uulu', 'Lukman Steppov']);
  });

  it('ends a body’s name at its country before a Chinese officer’s family and given name', () => {
    const text = 'He met the Premier of the State Council of the People’s Republic of China Zhao Qian on Monday. Zhao Qian said trade would grow.';
    expect(organizations(text)).toEqual(['State Council of the People’s Republic of China']);
    expect(people(text)).toEqual(['Zhao Qian', 'Zhao Qian']);
  });

  it('reads a family’s name that is a title’s word after its particle (`Al Al-Sheikh`) as part of the name', () => {
    expect(people('Shura Council Speaker Sheikh Dr. Abdullah bin Mohammed bin Ibrahim Al Al-Steppikh received the minister.')).toEqual(['Abdullah bin Mohammed bin Ibrahim Al Al-Steppikh']);
    expect(people('Speaker Sheikh Dr. Abdullah bin Ibrahim Al Al-Sheikh received the minister.')).toEqual(['Abdullah bin Ibrahim Al Al-Sheikh']);
  });

  it('never links a registry surname that is someone else’s given name before a surname (`Kalas Nurpeisov` is not Kaja Kallas)', () => {
    expect(pairs('The court upheld the conviction of activists Aigerim Steppova and Kalas Nurpeisov.').filter((p) => p.endsWith(':person'))).toEqual(['Aigerim Steppova→aigerim-steppova:person', 'Kalas Nurpeisov→kalas-nurpeisov:person']);
    // Alone, the surname is the registry person's still.
    expect(pairs('Kallas said the union would help.')).toEqual(['Kallas→kaja-kallas:person']);
  });

  it('reads every name of a list announced as companies (`companies … such as "GM Korea", "KOGAS", "Lotte"`), quoted or not', () => {
    expect(organizations('Projects go on with companies of the government partner such as "Steppe Korea", "KOSTEP", "Lotte", "Posco-Steppewoo" and "Kolon".')).toEqual(['Steppe Korea', 'KOSTEP', 'Lotte', 'Posco-Steppewoo', 'Kolon']);
    // Not announced, three names are three names only (one a given name).
    expect(organizations('They met Steppe Korea, Lotte and Kolon on Monday.')).toEqual([]);
  });
});

describe('the fortieth collection’s first score (dev half)', () => {
  it('reads an author cited by surname with a comma or `et al.` before the year, particles and all', () => {
    expect(people('The dam was delayed for lack of funding (Steppanov et al., 2011). Uzbekistan contends it would harm farms (Bologsteppe, 2016). Others agree (Garcés de los Steppos, 2019).')).toEqual(['Steppanov', 'Bologsteppe', 'Garcés de los Steppos']);
    // A place with a year is no author.
    expect(people('The agreement was signed (Almaty, 2016).')).toEqual([]);
  });

  it('opens no organization’s name with `Other`', () => {
    expect(organizations('Other Investments were made in the region by the bank.')).toEqual([]);
  });

  it('reads a release’s contacts, each name opening a row of bars that gives a telephone', () => {
    expect(people('For further information, please contact:', 'Chris Steppnall | Investor Relations, London | Tel: +44 20 7901 7882 |', 'Anna Steppere | Financial Analyst, London | Tel: +44 20 7901 7814 |')).toEqual(['Chris Steppnall', 'Anna Steppere']);
    // A body's row is no one's.
    expect(people('Steppe Holdings | Tel: +44 20 7457 2020 |')).toEqual([]);
  });
});

describe('the forty-first collection’s first score (dev half)', () => {
  it('reads `H.E` (His or Her Excellency) and `Shaikha` as styles, never a name or part of one', () => {
    const found = pairs('H.E Shaikha Mai bint Mohammed Al-Steppa received the outgoing Ambassador, H.E Bakyt Steppshayev. H.E welcomed him.').filter((p) => p.endsWith(':person'));
    expect(found).toEqual(['Mai bint Mohammed Al-Steppa→mai-bint-mohammed-al-steppa:person', 'Bakyt Steppshayev→bakyt-steppshayev:person']);
  });

  it('reads a Chinese family name and a given name of pinyin as a person, but not a place’s words nor the rest of a longer name', () => {
    expect(people('The CEO of the corporation, Zhang Shanming, signed it, and Wang Jiong attended.')).toEqual(['Zhang Shanming', 'Wang Jiong']);
    expect(people('The Tian Shan mountains rise over the valley near the border.')).toEqual([]);
    expect(people('It was a hub of President Xi Jin Ping’s initiative.')).not.toContain('Jin Ping');
  });

  it('reads the family name first in a Chinese name of three words as Singapore spells it, so that a later `Mr Lee` is him', () => {
    const found = pairs('The foundation was laid during Mr Lee Kuan Sep’s visit in 1991. Mr Lee had been invited by President Nursultan Nazarbayev.').filter((p) => p.endsWith(':person'));
    expect(found).toEqual(['Lee Kuan Sep→lee-kuan-sep:person', 'Lee→lee-kuan-sep:person', 'Nursultan Nazarbayev→nursultan-nazarbayev:person']);
  });

  it('reads adjectives listed with commas and `and` before a head word as one name, from the first of them', () => {
    expect(organizations('The Islamic Educational, Scientific and Steppe Organization held a meeting.')).toEqual(['Islamic Educational, Scientific and Steppe Organization']);
    // A place before the comma is none of the name.
    expect(organizations('In Almaty, Trade and Industry Chamber officials met.')).toEqual(['Trade and Industry Chamber']);
  });
});

const BODY_FOR_CREDITS = 'The boxer said he was ready for the fight in September.';

describe('the forty-second collection’s first score (dev half)', () => {
  it('reads a known given name and a surname after a body’s or country’s possessive, before `of` and a country, or before `reported`, as a person', () => {
    expect(people('KTVB’s Dee Steppton arranged to interview them.')).toEqual(['Dee Steppton']);
    expect(people('He beat Patrick Stepson of Great Britain 4-1 in the round of 16.')).toEqual(['Patrick Stepson']);
    expect(people('John Steppder reported that officers came.')).toEqual(['John Steppder']);
    // Not a body's or a building's name after the possessive.
    expect(people('Russia’s Ria-Steppovsti news agency quoted him, in the Heritage’s Allison Auditorium.')).toEqual([]);
  });

  it('reads a nickname in quotation marks between the given name and the surname as part of one person’s name', () => {
    expect(people('He fought Saul “Steppelo” Alvarez in Las Vegas.')).toEqual(['Saul “Steppelo” Alvarez']);
    expect(people('He wrote to his Indonesian counterpart Joko "Jokowi" Steppodo.')).toEqual(['Joko "Jokowi" Steppodo']);
    // A quoted name between two words that are no one's name is not one.
    expect(people('The Steppe "Silk Way" Rally went on.')).toEqual([]);
  });

  it('reads a caption whose sentence ends before its credit as prose, so the photographer in the credit is found', () => {
    expect(people('Donald Trump meets with Uzbekistan President Shavkat Mirziyoyev at the White House. (Kevin Steppmarque / Reuters)')).toEqual(['Donald Trump', 'Shavkat Mirziyoyev', 'Kevin Steppmarque']);
  });

  it('reads no person in a credit’s part that opens with `The` (a paper: `The News/Simon Steppberg`)', () => {
    const credited = linkArticle(article([BODY_FOR_CREDITS], [{ text: 'The ambassador opened the embassy.', credit: 'photo: The News/Simon Steppberg', line: 3 }]), matcher);
    expect(credited.mentions.filter((m) => m.type === 'person').map((m) => m.surface)).toEqual(['Simon Steppberg']);
  });

  it('parts a photographer from their studio at a spaced dash in a credit, never takes a studio for a person, and reads `Trainer` as a role', () => {
    const credited = linkArticle(article([BODY_FOR_CREDITS], [{ text: 'The boxer trains in Big Bear.', credit: 'Photo: Tom Steppan – Stepphotos/Golden Boy Promotions', line: 3 }]), matcher);
    expect(credited.mentions.filter((m) => m.type === 'person').map((m) => m.surface)).toEqual(['Tom Steppan']);
    expect(people('Trainer Abel Steppez said he was ready.')).toEqual(['Abel Steppez']);
  });
});

describe('a speech’s list of guests (dev half, collection 41)', () => {
  it('reads a line ending in a comma as an item of a list, not a headline, so the bodies in it are found', () => {
    expect(pairs('Acting Chief of the International Steppe Cooperation Department in the Ministry of Defence Colonel Kazbek Steppshonov,').filter((p) => p.endsWith(':person'))).toEqual(['Kazbek Steppshonov→kazbek-steppshonov:person']);
    expect(organizations('Director of the Fourth Steppe Department in the Ministry of Foreign Affairs of the Kyrgyz Republic Mr. Maksat Steppishov,')).toContain('Fourth Steppe Department');
  });

  it('ends a body’s name before `H.E.`, His or Her Excellency', () => {
    expect(organizations('He thanked the Steppe Development Agency H.E. Mr. Maksat Steppishov for coming.')).toEqual(['Steppe Development Agency']);
    expect(people('He thanked the Steppe Development Agency H.E. Mr. Maksat Steppishov for coming.')).toEqual(['Maksat Steppishov']);
  });

  it('links a registry body named with its state to the state’s formal name too (`of the Kyrgyz Republic`, `of the Republic of Kazakhstan`)', () => {
    expect(pairs('He met the Ministry of Foreign Affairs of the Kyrgyz Republic and the Ministry of Foreign Affairs of the Republic of Kazakhstan.').filter((p) => p.endsWith(':organization'))).toEqual([
      'Ministry of Foreign Affairs of the Kyrgyz Republic→kyrgyzstan-foreign-ministry:organization',
      'Ministry of Foreign Affairs of the Republic of Kazakhstan→kazakhstan-foreign-ministry:organization',
    ]);
  });
});

describe('a known given name and a surname in running text (dev half, all collections)', () => {
  it('reads a given name of one sex and a plain surname as a person with no other cue', () => {
    expect(people('LAD is a program I started with Roger Steppleton while still at the school.')).toEqual(['Roger Steppleton']);
    expect(people('A teaching trip reveals how attitudes are souring. Francis Steppuyama’s latest.')).toEqual(['Francis Steppuyama']);
  });

  it('does not read a name alone on its line, a place, a project, or a body so named as a person', () => {
    expect(people('Justin Steppingham')).toEqual([]);
    expect(people('The 100MW Nur Steppoi solar project is one of several.')).toEqual([]);
    expect(people('The port in the coastal city of Bandar Steppas can play a key role.')).toEqual([]);
    expect(people('They met in the Allison Steppitorium, next to Michael Steppson Hall.')).toEqual([]);
    expect(people('He travelled from Ria-Steppovsti to the coast.')).toEqual([]);
  });

  it('reads `Chargé` before a surname as the chargé d’affaires’s title, not a given name', () => {
    expect(people('U.S. Chargé d’Affaires Bridgette Steppker came. Speaking at the ceremony, Chargé Steppker noted the gift.')).toEqual(['Bridgette Steppker', 'Steppker']);
  });
});

describe('the forty-third collection’s first score (dev half): organizations', () => {
  it('reads adjectives listed after a body’s `for`, a people’s among them, and the noun they qualify as its name', () => {
    expect(organizations('She directs the Institute for European, Russian and Steppian Studies (IERES) at the university.')).toEqual(['Institute for European, Russian and Steppian Studies', 'IERES']);
    // Fields of government listed so stay read as before; countries listed after a body are not its words.
    expect(organizations('The Ministry of Labor, Migration, and Employment spoke.')).toEqual(['Ministry of Labor, Migration, and Employment']);
    expect(organizations('The Ministry of Finance, Kazakhstan and Uzbekistan met.')).toEqual(['Ministry of Finance']);
  });

  it('reads `Radio` and one or two words of name after it as a broadcaster', () => {
    expect(organizations('The ceremony was held near Dushanbe, Radio Steppistan reported.')).toEqual(['Radio Steppistan']);
    // Not a longer run (a registry name or a headline), nor the word alone.
    expect(organizations('Radio stations closed. He spoke on Radio. Radio Steppe Free Asia News Release came.')).not.toContain('Radio Steppe');
  });

  it('reads `Consulting`, `Polytechnic` and `Congregation` as head words of a body’s name', () => {
    expect(organizations('The poll was conducted by STEPP Research and Consulting in May.')).toEqual(['STEPP Research and Consulting']);
    expect(organizations('Students of Steppang Polytechnic came.')).toEqual(['Steppang Polytechnic']);
    expect(organizations('Two nuns of the School Sisters of St. Steppis Congregation were fined.')).toEqual(['School Sisters of St. Steppis Congregation']);
  });

  it('reads `CCTV cameras` as closed-circuit television, not the broadcaster', () => {
    expect(organizations('Inside, armed guards patrolled, and CCTV cameras on towers kept watch.')).toEqual([]);
    expect(organizations('The talks went well, state broadcaster CCTV said.')).toEqual(['CCTV']);
  });

  it('reads `All` opening a body’s name as a word of it', () => {
    expect(organizations('They wrote to the All Steppe Students Association (ASSA) in Delhi.')).toEqual(['All Steppe Students Association', 'ASSA']);
  });

  it('reads an outlet whose name holds a registry body’s acronym as the outlet, not that body', () => {
    const outlet = (source: string) => {
      const a = article(['Security officials fined two nuns.']);
      a.meta.source = source;
      return linkArticle(a, matcher).mentions.filter((m) => m.field === 'source').map((m) => `${m.surface}→${m.entityId}`);
    };
    expect(outlet('UCA News')).toEqual(['UCA News→uca-news']);
    // An outlet the registry spells so stays the registry's.
    expect(outlet('BBC News')).toEqual(['BBC News→bbc']);
  });
});

describe('the forty-third collection’s first score (dev half): people', () => {
  it('reads `states` before a verb or a preposition as a noun, not a verb of saying', () => {
    expect(people('But Middle Eastern states have attained little. Steppe Western states in the region agree. It went among Steppe Eastern states.')).toEqual([]);
    expect(people('Ambassador Steppov states that the talks went well. Professor Steppenko states in his article that they did not.')).toEqual(['Steppov', 'Steppenko']);
  });

  it('reads a relative with an age in an apposition, and leaves an adverb opening the sentence out of the name', () => {
    expect(people('Now Zhansaula Steppova, the 18 year old daughter of another strike activist, spoke.')).toEqual(['Zhansaula Steppova']);
    // Figures before a role are no age: `A7A5 director` names a body's director, not the name before it.
    expect(people('The list named CJSC Steppcoin, Old Steppor, A7A5 director Leonid Steppakov and others.')).toEqual(['Leonid Steppakov']);
  });

  it('reads `Sisters` before names as their title', () => {
    expect(people('They fined Sisters Daniela Steppilova and Eva Steppašová of the congregation.')).toEqual(['Daniela Steppilova', 'Eva Steppašová']);
  });

  it('takes no person from a name that ends the page mid-sentence, where the scrape cut it off', () => {
    expect(people('The consultations follow a meeting between President Ranil Steppesinghe and President Wi')).toEqual(['Ranil Steppesinghe']);
    // A signature after the last sentence is whole.
    expect(people('Russia also helps build its infrastructure. Alisher Steppov')).toEqual(['Alisher Steppov']);
    expect(people('Three of its cities are on the list.', 'Editor: Kim Steppor')).toEqual(['Kim Steppor']);
    // Not in a paragraph before the last.
    expect(people('They met President Wi Steppo', 'The talks went well.')).toEqual(['Wi Steppo']);
  });
});

describe('the forty-fourth collection’s first score (dev half)', () => {
  it('reads `Transportation` as a body’s head word, so a registry body’s unit named with it is the unit', () => {
    expect(pairs('The route will help, according to KTZ Freight Transportation.').filter((p) => p.endsWith(':organization'))).toEqual(['KTZ Freight Transportation→ktz-freight-transportation:organization']);
  });

  it('links a registry body written in British or American spelling alike, and ends a body’s name before a topic’s possessive after `on`', () => {
    expect(pairs('A report by the International Labour Organisation on Uzbekistan’s cotton harvest came out. The United Nations Development Program agreed.').filter((p) => p.endsWith(':organization'))).toEqual([
      'International Labour Organisation→international-labour-organization:organization',
      'United Nations Development Program→undp:organization',
    ]);
    expect(organizations('The Committee on Foreign Affairs met.')).toEqual(['Committee on Foreign Affairs']);
  });

  it('reads the name after `Caption by` as a person’s credit', () => {
    expect(people('The dust blew east over the plain. Caption by Michon Steppott.')).toEqual(['Michon Steppott']);
  });

  it('leaves a role written with a capital before a name out of the name', () => {
    expect(people('Spectator Sabyt Steppalykov said the Kyrgyz don’t care about the weather.')).toEqual(['Sabyt Steppalykov']);
    expect(people('Engineer Ali Al-Steppan, chief executive, said it.')).toEqual(['Ali Al-Steppan']);
    // Not in a line in headline case, where every word is capitalised.
    expect(people('Leaders Emphasize Strong Economic Ties')).toEqual([]);
  });

  it('reads a capital as the place where a market or a firm’s office is, not its state', () => {
    const countries = (...p: string[]) => link(...p).mentions.filter((m) => m.type === 'country' || m.type === 'place').map((m) => `${m.surface}:${m.type}`);
    expect(countries('It was not right for the London market. The team was led by London partner Jane Steppe with Tamara Steppova (London).')).toEqual(['London:place', 'London:place', 'London:place']);
    // The state acting, and a photo's credit after a caption's sentence, stay the state.
    expect(countries('Moscow said no. Nazarbayev resigns as president. (Kremlin)')).toEqual(['Moscow:country', 'Kremlin:country']);
  });
});

describe('the forty-fifth collection’s first score (dev half)', () => {
  it('matches a discovered brand’s word with capitals inside letter for letter, not by its folded key', () => {
    const set = annotateArticles(
      [seed('a.txt', 'SteppeALL logotype\n\nUnion leaders arrested in Kazakhstan\n\nTwo union leaders were arrested in Kazakhstan on Friday after a strike that lasted for weeks in the west of the country.'), seed('b.txt', 'Methane rises in Kazakhstan\n\nMethane comes from several sources in Kazakhstan, the ministry said on Friday:\n\n- Coal mining\n\n- Steppeal processes')],
      curated,
    );
    const mentions = set.articles.flatMap((a) => a.mentions.filter((m) => m.type === 'organization').map((m) => `${a.file}:${m.surface}`));
    expect(mentions.filter((m) => m.startsWith('b.txt') && m.endsWith(':Steppeal'))).toEqual([]);
  });

  it('links the C5, the five Central Asian states as one format, apart from the C5+1', () => {
    expect(pairs('The C5 leaders met, then the C5+1 summit and the Central Asia Five.').filter((p) => p.endsWith(':organization'))).toEqual(['C5→c5:organization', 'C5+1→c5-plus-1:organization', 'Central Asia Five→c5:organization']);
  });

  it('reads no legal form in letters hyphenated to a word (`Ala-Too`), nor a body in an imperative (`Contact the …`)', () => {
    expect(organizations('Protesters had gathered near Ala-Too square. Steppe Mining LLC signed.')).toEqual(['Steppe Mining LLC']);
    expect(organizations('Contact the Steppe Party for details.')).not.toContain('Contact the Steppe Party');
  });

  it('links a given name and a patronymic to the one person of the article named in full with that given name', () => {
    expect(pairs('The interview with TASS deputy head Mikhail Steppman was long.', 'Let me warmly welcome you, Mikhail Solomonovich, to Turkmenistan.').filter((p) => p.endsWith(':person'))).toEqual([
      'Mikhail Steppman→mikhail-steppman:person',
      'Mikhail Solomonovich→mikhail-steppman:person',
    ]);
  });

  it('reads no person in an advocacy body’s name of causes (`Human Rights First believes …`)', () => {
    expect(people('Washington – Human Rights First today praised the ministry. Human Rights First believes the law is wrong.')).toEqual([]);
  });

  it('links a registry body named with its state under the state’s adjective too, not a body of one word', () => {
    expect(pairs('The Kyrgyz Ministry of Justice opposed it; the Kyrgyz government did not.').filter((p) => p.endsWith(':organization'))).toEqual(['Kyrgyz Ministry of Justice→kyrgyzstan-ministry-of-justice:organization']);
  });

  it('reads a monarch’s or a pontiff’s one name after the title as a person, the title with it', () => {
    // (A known given name: a surname after the title stays the name alone, `President Steppov`.)
    expect(pairs('Pope Francis told religious leaders that humanity looks to them. King Abdullah met President Steppov.').filter((p) => p.endsWith(':person'))).toEqual(['Pope Francis→pope-francis:person', 'King Abdullah→king-abdullah:person', 'Steppov→steppov:person']);
    // Not when the name goes on with its particles.
    expect(people('It was signed before Prince Abdulaziz bin Steppan Al Saud.')).toEqual(['Abdulaziz bin Steppan Al Saud']);
  });
});

describe('the forty-seventh collection’s first score (dev half)', () => {
  it('reads `Associates` as a body’s head word, so a firm so named is one body and no person', () => {
    const text = '“Kazakhstan will export oil,” said Daniel Yergin, president of Cambridge Energy Research Associates, a consulting firm.';
    expect(organizations(text)).toEqual(['Cambridge Energy Research Associates']);
    expect(people(text)).toEqual(['Daniel Yergin']);
  });

  it('reads `Economics` and `Supervision` as words of an office’s field, never of its holder’s name', () => {
    expect(people('Melis Turgunbaev, Minister of Natural Resources, Ecology and Technical Supervision of Kyrgyzstan, met them.')).toEqual(['Melis Turgunbaev']);
    expect(people('Prime Minister Akylbek Japarov and Minister of Finance and Economics Almaz met the delegation in Bishkek.')).toEqual(['Akylbek Japarov']);
  });

  it('reads two trades joined by `&` (`Engineering & Consulting`) as one body’s name', () => {
    expect(organizations('The railway’s DB Engineering & Consulting subsidiary has been awarded the contract.')).toEqual(['DB Engineering & Consulting']);
  });

  it('reads a company’s `Board of Directors of …` as the company, and a bank’s `Board of Governors` as its organ', () => {
    expect(organizations('The Board of Directors of JSC KazTransOil approved the deal.')).toEqual(['KazTransOil']);
    expect(organizations('The Board of Directors of the Steppe Development Bank approved the loan.')).toEqual(['Steppe Development Bank']);
    expect(organizations('The Board of Governors of the Steppe Development Bank met in Tbilisi.')).toEqual(['Board of Governors of the Steppe Development Bank']);
  });

  it('reads an apposition set off by a dash as a person’s office, not a list going on after the name', () => {
    expect(people('The market has great opportunities, Ara Sahakyan – Armenia’s Ambassador to Kazakhstan said in an interview.')).toEqual(['Ara Sahakyan']);
    const list = 'The Mullah held a meeting with Uzbekistan Minister of Foreign Affairs – Abdul Aziz Kemalov – and Special Representative of the Uzbek President for Afghanistan – Ismatulla Irgashev – in the city.';
    expect(people(list)).toEqual(['Ismatulla Irgashev']);
  });

  it('reads an akim (a regional governor) in an apposition as a person’s office', () => {
    const found = pairs('Nurdaulet Kilibay, Akim of the Mangystau Region, announced the project.', 'According to Kilibay, the port will be big.');
    expect(found.filter((p) => p.endsWith(':person'))).toEqual(['Nurdaulet Kilibay→nurdaulet-kilibay:person', 'Kilibay→nurdaulet-kilibay:person']);
  });
});

describe('the forty-eighth collection’s first score (dev half): people and organizations', () => {
  it('reads two institutions joined by `and` as two, and a field after `and` as part of the first', () => {
    expect(organizations('The University of Arizona and North Steppe State University signed a memorandum.')).toEqual(['University of Arizona', 'North Steppe State University']);
    expect(organizations('The Ministry of Education and Steppe Technical University signed it.')).toEqual(['Ministry of Education', 'Steppe Technical University']);
    expect(organizations('The Ministry of Agriculture and Water Resources of Steppeland signed it.')).toEqual(['Ministry of Agriculture and Water Resources of Steppeland']);
    // A field's head before `and` (`Oil`) opens no institution of its own.
    expect(organizations('Steppe Oil and Gas Joint Stock Company signed it.')).toEqual(['Steppe Oil and Gas Joint Stock Company']);
  });

  it('runs a body’s name on past a people’s name when its acronym spells the rest, and through a list of adjectives with a point of the compass', () => {
    expect(organizations('The Steppe Council of Americans and Eurasians (SCAE) hosted the convention.')).toEqual(['Steppe Council of Americans and Eurasians', 'SCAE']);
    expect(organizations('The Steppe Council of Americans and Eurasians hosted the convention.')).toEqual(['Steppe Council of Americans']);
    expect(organizations('She spoke to the Steppe Center for Russian, Eurasian and East European Studies on Monday.')).toEqual(['Steppe Center for Russian, Eurasian and East European Studies']);
  });

  it('reads an office’s fields joined by an ampersand, and a body’s fields of nature and science, as no part of a name', () => {
    expect(people('It was visited by Vice Minister of Education & Science Kuanysh Steppov, the deputy governor.')).toEqual(['Kuanysh Steppov']);
    expect(organizations('The foundation works with the Department of Fish, Wildlife and Conservation Ecology at Steppe State University.')).toEqual(['Department of Fish, Wildlife and Conservation Ecology', 'Steppe State University']);
  });

  it('reads more of an office’s fields after `and` as no name, and a Soviet republic’s name as its country’s', () => {
    expect(people('Rep. Stephen Steppe, Acting Under Secretary of State for Arms Control and International Security at the State Department, spoke.')).toEqual(['Stephen Steppe']);
    expect(people('Secretary of State Antony Steppov and Foreign Minister Bolat Steppenov met.')).toEqual(['Antony Steppov', 'Bolat Steppenov']);
    expect(pairs('He ruled its predecessor, the Uzbek Soviet Socialist Republic, from 1989, as the Kazakh SSR was ruled from Alma-Ata.')).toEqual(['Uzbek Soviet Socialist Republic→uzbekistan:country', 'Kazakh SSR→kazakhstan:country', 'Alma-Ata→almaty:place']);
  });

  it('reads bodies named with plural heads, a corps or a seminary, and a named body used before a noun after `a`', () => {
    expect(organizations('After stops in Washington and the Centers for Steppe Control and Prevention in Atlanta, they flew home.')).toEqual(['Centers for Steppe Control and Prevention']);
    expect(organizations('It is a small part of the Steppe Corps’ assistance.', 'He studied at Steppe Theological Seminary in the 1990s.')).toEqual(['Steppe Corps', 'Steppe Theological Seminary']);
    expect(organizations('He came with a University of Steppeland professor and two students.')).toEqual(['University of Steppeland']);
    expect(organizations('They want a University of Excellence in every region.')).toEqual([]);
  });

  it('reads a faith’s members in the plural as a community, never a person', () => {
    const baptists = [
      'Hours before the fire, local Baptists reported that three young men had approached some elderly women. An expert told the agency that “it is obvious that these women were insulted because they are Baptists”.',
      'Steppesay Baptists continue to meet in the church building. They told the agency on 18 January that they were not afraid.',
    ];
    expect(people(...baptists)).toEqual([]);
  });

  it('reads the names a kind of body lists (`retailers such as …`) as bodies, up to the list’s last item', () => {
    expect(organizations('The ban covers clothing retailers such as Steppezon, Gapp, J.Steppe, Targo and Walsteppe.')).toEqual(['Steppezon', 'Gapp', 'J.Steppe', 'Targo', 'Walsteppe']);
    expect(organizations('Through state-owned giants such as Steppe Power and Masteppe, Gulf states are exporting megawatts.')).toEqual(['Steppe Power', 'Masteppe']);
    // A kind of thing that is no body lists no bodies: `regions such as Khatlon`.
    expect(organizations('Regions such as Khatlon and Sughd grew fastest.')).toEqual([]);
  });

  it('reads a congress of leaders as a sitting, not a body, and a congress of deputies as a body', () => {
    expect(organizations('Astana hosted the Congress of Leaders of World and Steppe Religions.', 'The VIII Congress of the Leaders of World and Steppe Religions opened.')).toEqual([]);
    expect(organizations('He addressed the Congress of People’s Deputies of Steppeland.')).toEqual(['Congress of People’s Deputies of Steppeland']);
  });

  it('reads an embassy posted `to` a country, a fund’s diseases after `to`, and fields after a field’s head, as one name', () => {
    expect(organizations('The Embassy of Steppeland to Ethiopia held a briefing.')).toEqual(['Embassy of Steppeland to Ethiopia']);
    expect(organizations('The Steppe Fund to Fight AIDS, Tuberculosis and Malaria gave a grant.')).toEqual(['Steppe Fund to Fight AIDS, Tuberculosis and Malaria']);
    expect(organizations('The Committee for Nuclear and Energy Supervision of Steppeland closed the mines.')).toEqual(['Committee for Nuclear and Energy Supervision of Steppeland']);
    // A body and a person sent to a country stay apart: `the Steppe Agency to Ethiopia` is no post.
    expect(organizations('The Steppe Agency sent experts to Ethiopia.')).toEqual(['Steppe Agency']);
  });

  it('reads a church’s titles before a name as titles, and a library credited for a photo as no one', () => {
    expect(people('The congregation was led by Pastor Rubin Steppberg (left).', 'General Secretary Rev. Dr Martin Steppe told the members.', 'He was met by Archimandrite Sergiy Steppov.')).toEqual(['Rubin Steppberg', 'Martin Steppe', 'Sergiy Steppov']);
    const { mentions } = linkArticle(article(['Students met in Iowa.'], [{ text: '', credit: 'Steppe Public Library', line: 1 }]), matcher);
    expect(mentions.filter((m) => m.type === 'person')).toEqual([]);
    // A cartoonist and the movement that publishes him: the person only.
    const cartoon = linkArticle(article(['Protests spread.'], [{ text: '', credit: 'Emad Steppe, Cartoon Movement', line: 1 }]), matcher);
    expect(cartoon.mentions.filter((m) => m.type === 'person').map((m) => m.surface)).toEqual(['Emad Steppe']);
  });
});

describe('the forty-ninth collection’s first score (dev half): people', () => {
  it('reads a given name and a surname in capitals as a person, named in the usual case', () => {
    const { mentions, discovered } = link('The paper is by Marina STEPPOVA and Sergey STEPPENKO of the academy.', 'Bakhit STEPPANOVA, Director of the hospital, said so.');
    expect(mentions.filter((m) => m.type === 'person').map((m) => m.surface)).toEqual(['Marina STEPPOVA', 'Sergey STEPPENKO', 'Bakhit STEPPANOVA']);
    expect(discovered.map((e) => e.name).sort()).toEqual(['Bakhit Steppanova', 'Marina Steppova', 'Sergey Steppenko']);
    // Capitals that spell no surname are an acronym after a word: `the UNDP OFFICE`, `Central ASIA`.
    expect(people('The Steppe DEVELOPMENT office said so.')).toEqual([]);
  });
});


describe('the fiftieth collection’s first score (dev half): organizations', () => {
  it('reads a country’s air force as a body, but not a name labelling a drill, nor the president’s plane', () => {
    expect(organizations('A helicopter of the Azerbaijan Air Force was shot down, and the Kyrgyz Air Force has bought drones.')).toEqual(['Azerbaijan Air Force', 'Kyrgyz Air Force']);
    expect(organizations('Southern Strike is an annual Joint Force exercise hosted in Mississippi.')).toEqual([]);
    expect(organizations('The delegation boarded Air Force One at Samarkand Airport.')).toEqual([]);
  });

  it('sets a credit’s name apart from its body at the slash, and keeps a pair of single words joined by one', () => {
    const credit = link('A maintenance crew works before an air refueling over Afghanistan. (Clay Steppeman/U.S. Air Force)').mentions;
    expect(credit.filter((m) => m.type !== 'country').map((m) => `${m.surface}:${m.type}`)).toEqual(['Clay Steppeman:person', 'U.S. Air Force:organization']);
    expect(people('The essay appears in the Spring/Summer 2023 issue.')).toEqual([]);
  });
});

describe('the fiftieth collection’s first score (dev half): bodies named by what they are', () => {
  it('reads a state enterprise, a republican one by its letters, and the paper a report appeared in', () => {
    expect(organizations('Disposal is handled by the state enterprise Steppmaxsusimpex (SMSI), as by the RSE Steppspetsexport of the MDAI of the RK.')).toEqual([
      'Steppmaxsusimpex',
      'SMSI',
      'RSE Steppspetsexport',
    ]);
    expect(organizations('According to a report in Steppegodnya, work on all rockets was halted.')).toEqual(['Steppegodnya']);
    // (An enterprise's kind of work is no name: `heavy enterprise AI processing`.)
    expect(organizations('Demand grows for heavy enterprise AI processing in the region.')).toEqual([]);
  });
});

describe('the fiftieth collection’s first score (dev half): offices and their holders', () => {
  it('reads `Former` opening a sentence and a minister delegate’s office as no name, and the officer named after a body’s country', () => {
    expect(people('Former Panjshir governor and spokesman for the resistance group, Kabir Steppiq, said the units met.')).toEqual(['Kabir Steppiq']);
    const line = link('Taking part are Minister Delegate of the Ministry of Water, Forestry and Fisheries Romania Lucia Ana Steppa, and others.').mentions;
    expect(line.map((m) => `${m.surface}:${m.type}`)).toEqual(['Ministry of Water, Forestry and Fisheries:organization', 'Romania:country', 'Lucia Ana Steppa:person']);
    // After a connector the country is the body's own.
    expect(pairs('He thanked the Secretary General of the Council of Europe Alain Steppset, and others.').filter((p) => !p.includes(':country'))).toEqual([
      'Council of Europe→council-of-europe:organization',
      'Alain Steppset→alain-steppset:person',
    ]);
  });
});

describe('the fiftieth collection’s first score (dev half): the registry', () => {
  it('knows Amir Timur by his usual spellings, and Chronicles of Turkmenistan in the singular', () => {
    expect(pairs('The festival honours Taimurlane; a statue of Amir Temur stands in Tashkent, and Tamerlane’s tomb in Samarkand.').filter((p) => p.endsWith(':person'))).toEqual([
      'Taimurlane→amir-timur:person',
      'Amir Temur→amir-timur:person',
      'Tamerlane→amir-timur:person',
    ]);
    expect(organizations('In the photo by Chronicle of Turkmenistan: the summit in Ashgabat.')).toEqual(['Chronicle of Turkmenistan']);
    // One person however his name is spelt: never two ids (collection 51).
    expect(pairs('It is the country of scientist Al-Khawarizmi.', 'The algorithm is named after Al-Khwarizmi.').filter((p) => p.endsWith(':person'))).toEqual([
      'Al-Khawarizmi→muhammad-al-khwarizmi:person',
      'Al-Khwarizmi→muhammad-al-khwarizmi:person',
    ]);
  });
});

describe('the fifty-first collection’s first score (dev half): people', () => {
  it('reads a surname of the region’s form before a given name of one sex as a name printed surname first', () => {
    expect(people('The Speaker proposed to elect Ahmadsteppzoda Rajabboy to the post of First Deputy and Steppov Yodgor to the post of Deputy Speaker.')).toEqual([
      'Ahmadsteppzoda Rajabboy',
      'Steppov Yodgor',
    ]);
    // With the father's name after it; never from the middle of a longer name, nor a word no given name follows.
    expect(people('Members discussed a proposal by Odilsteppzoda Dilbar Rahim on the speaker.')).toEqual(['Odilsteppzoda Dilbar Rahim']);
    expect(people('The Steppov Institute hosted the talks.')).toEqual([]);
  });

  it('knows the registry’s people in their Tajik and surname-first spellings', () => {
    expect(pairs('The Assembly elected Rustami Emomali speaker; Isaev Kanatbek got 8,207 votes.').filter((p) => p.endsWith(':person'))).toEqual([
      'Rustami Emomali→rustam-emomali:person',
      'Isaev Kanatbek→kanatbek-isaev:person',
    ]);
  });
});

describe('the fifty-first collection’s first score (dev half): organizations', () => {
  it('makes no body of a ministry whose field is written in lower case before it', () => {
    expect(organizations('The official representative of the foreign Ministry of the Republic of Kazakhstan said so.')).toEqual([]);
    expect(organizations('The Ministry of the Republic of Steppestan for Trade said so.')).toEqual(['Ministry of the Republic of Steppestan for Trade']);
  });

  it('reads a decree of a body as no body', () => {
    expect(organizations('Activists discussed the tasks set by the Decree of the Steppe Cabinet of Ministers “On holding the festival”.')).toEqual([]);
    // The body named elsewhere is still one.
    expect(organizations('The Steppe Cabinet of Ministers met on Monday.')).toEqual(['Steppe Cabinet of Ministers']);
  });

  it('runs a body’s name on after `against` past its head word, and gives no body a kind of body in brackets as its short name', () => {
    expect(organizations('The Observatory is a partnership of the World Steppe Organisation Against Torture (WSOAT).')).toEqual(['World Steppe Organisation Against Torture', 'WSOAT']);
    // Not after a word that is no head: `a campaign against Steppe Mining`.
    expect(organizations('Residents waged a campaign against Steppe Mining Company.')).toEqual(['Steppe Mining Company']);
    const { mentions } = link('They include the Steppe Association for the Conservation of Biodiversity (NGO).', 'She was banned from holding office in any NGO.');
    expect(mentions.filter((m) => m.type === 'organization').map((m) => m.surface)).toEqual(['Steppe Association for the Conservation of Biodiversity']);
  });
});

describe('the fifty-second collection’s first score (dev half): people', () => {
  it('reads a surname of the region’s form with two initials, before it or after it, as a person without a title', () => {
    expect(people('The order was signed by Steppov T.T. on Monday.')).toEqual(['Steppov T.T.']);
    expect(people('Archimandrite Sergiy gave a tour to S.A. Steppaev in the temple.')).toEqual(['S.A. Steppaev']);
    // One initial alone, or a word of no surname's form, is not enough.
    expect(people('The order was signed by Steppe T.T. on Monday.')).toEqual([]);
    expect(people('A tour was given to S. Steppaev in the temple.')).toEqual([]);
  });

  it('reads initials and a surname closing an office as its holder, the office’s body apart', () => {
    expect(people('The delegation included the Ambassador of Uzbekistan to Mongolia, F. N. Steppiev.')).toEqual(['F. N. Steppiev']);
    expect(people('He was met by the Ambassador of the Steppe Federation to the Republic of Kazakhstan A.N. Steppkin and others.')).toEqual(['A.N. Steppkin']);
    expect(pairs('It was urged by the Representative of the Main Investigative Department of State Committee of National Security Steppov T.T. on Monday.').filter((p) => !p.endsWith(':country'))).toEqual([
      'Main Investigative Department of State Committee of National Security→main-investigative-department-of-state-committee-of-national-security:organization',
      'Steppov T.T.→steppov-t-t:person',
    ]);
  });

  it('reads a body’s noun qualifying a person’s post after the name as no apposition of a body', () => {
    expect(people('The ambassador met with Dr. Jane Steppova, the university president, on Tuesday.')).toEqual(['Jane Steppova']);
    expect(organizations('The ambassador met with Steppe Minerals, the university spin-off, on Tuesday.')).toEqual(['Steppe Minerals']);
  });

  it('reads a prosecutor as a title before the name', () => {
    expect(people('The case was brought by Prosecutor N.U. Steppinova last week.')).toEqual(['N.U. Steppinova']);
  });
});

describe('the fifty-second collection’s first score (dev half): organizations', () => {
  it('reads an unknown acronym before an officer’s title or a body’s people as the body', () => {
    expect(organizations('He discussed the projects with STC Executive Director Jane Steppe in Astana.')).toEqual(['STC']);
    expect(organizations('The talks were attended by SNC representatives.')).toEqual(['SNC']);
    // Not a title's letters, a country's, or the end of a longer name.
    expect(organizations('RK President Tokayev met PM Modi on Monday.')).toEqual([]);
    expect(organizations('The Steppe–SGC Director spoke.')).not.toContain('SGC');
  });

  it('reads a school’s town after `at` as part of its name, not a time or a longer name after it', () => {
    expect(organizations('Students of the Medical University at Steppegrad were evacuated.')).toEqual(['Medical University at Steppegrad']);
    expect(organizations('Researchers at the University at Steppeville said so.')).toEqual(['University at Steppeville']);
    expect(organizations('The talks took place at the Steppe Academy at 10 am.')).toEqual(['Steppe Academy']);
  });

  it('reads a ministry’s fields listed with a comma and `and` as one name, welfare and mines among them', () => {
    expect(organizations('Steppestan’s Ministry of Health, Labour and Welfare signed the memorandum.')).toEqual(['Ministry of Health, Labour and Welfare']);
    expect(organizations('The Ministry of Industry, Mines and Trade of Steppestan said so.')).toEqual(['Ministry of Industry, Mines and Trade of Steppestan']);
  });
});

describe('the dev half’s misses after the fifty-second collection: people', () => {
  it('reads a place in a photo’s credit as no one, the photographer before it still a person', () => {
    const credited = linkArticle(article(['Hunters met in Steppeland.'], [{ text: '', credit: 'Jane Steppova, Savnob Village, Gorno Steppe Autonomous Oblast, Pamir', line: 1 }]), matcher);
    expect(credited.mentions.filter((m) => m.type === 'person').map((m) => m.surface)).toEqual(['Jane Steppova']);
  });

  it('reads a place’s name closed by its kind before `, whose` as no one', () => {
    expect(people('The village is nestled into the country’s Steppe Range, whose soaring crags form the gateway.')).toEqual([]);
  });

  it('reads a photographer before Agence France-Presse after a slash, and a filmmaker’s or a foreign minister’s (FM) role before a name, as a person', () => {
    expect(people('Protesters in Almaty on Jan. 5. Vyacheslav Steppov/Agence France-Presse — Getty Images')).toEqual(['Vyacheslav Steppov']);
    expect(people('The festival opened with a talk by filmmaker Qaldyr Steppebek on Monday.')).toEqual(['Qaldyr Steppebek']);
    // `FM`, the foreign minister's letters, before a name.
    expect(people('Steppeland thanked Kazakhstan in a call between Steppish FM Qaldyr Steppebek and the minister.')).toEqual(['Qaldyr Steppebek']);
  });

  it('reads photographers credited in capitals, or with an ampersand, as people', () => {
    expect(people('PHOTOS BY Joel Steppe & Sebastian Steppov')).toEqual(['Joel Steppe', 'Sebastian Steppov']);
    const credited = linkArticle(article(['Hunters met in Steppeland.'], [{ text: '', credit: 'Photos by Joel Steppe & Sebastian Steppov', line: 1 }]), matcher);
    expect(credited.mentions.filter((m) => m.type === 'person').map((m) => m.surface)).toEqual(['Joel Steppe', 'Sebastian Steppov']);
  });

  it('reads a bare plural role after a lone name as the next clause’s subject, not an apposition', () => {
    expect(people('It was agreed at the Forum’s Summer Steppe, executives from Steppe Capital said.', 'In a scene reminiscent of Steppe Wars, participants sat at a long table.')).toEqual([]);
    // A list of names takes its plural apposition still.
    expect(people('We spoke to Ann Steppova and Bo Steppov, analysts at Steppe Capital.')).toEqual(['Ann Steppova', 'Bo Steppov']);
  });

  it('reads a school named after a registry person as that school, and a street named after them in lower case as no mention', () => {
    expect(pairs('He taught Physics at the Nazarbayev International School (NIS) in the capital.')).toEqual([
      'Nazarbayev International School→nazarbayev-international-school:organization',
      'NIS→nazarbayev-international-school:organization',
    ]);
    expect(people('President Tokayev opened it. The city will widen Tokayev avenue and Abai street.')).toEqual(['Tokayev']);
  });
});

describe('the dev half’s misses after the fifty-second collection: organizations', () => {
  it('reads an office’s fields and a state’s words closing a body after an office as the body’s, not a holder’s name', () => {
    expect(pairs('He met the chairman of the Fund for State Property Management on Monday.')).toEqual(['Fund for State Property Management→fund-for-state-property-management:organization']);
    expect(people('He was first secretary of the Communist Party of the Steppe Soviet Socialist Republic until 1985.')).toEqual([]);
    // A holder's name still closes such a run.
    expect(people('He met the Speaker of the House of Representatives Takahiro Steppemichi on Monday.')).toEqual(['Takahiro Steppemichi']);
  });

  it('reads a power plant’s company by its legal form, and the plant named alone, here or in another article, as no body', () => {
    const set = annotateArticles(
      [
        seed('a.txt', 'Headline about the contract\nOJSC Steppe HPP signed the contract with the builders on Monday, and the Steppe HPP will be finished in 2030.'),
        seed('b.txt', 'Headline about the dam\nThe Steppe HPP will be the tallest dam in the world, officials said on Monday.'),
      ],
      curated,
    );
    expect(set.articles.map((a) => a.entities.filter((e) => e.type === 'organization').map((e) => e.name))).toEqual([['OJSC Steppe HPP'], []]);
  });

  it('reads an ampersand between capitalised words after a kind of body as one name, and a body’s word after a given name as no surname', () => {
    expect(organizations('The conservation charity Fauna & Steppe International said the herd had doubled.')).toEqual(['Fauna & Steppe International']);
    expect(people('Fauna & Flora International is a partner in the initiative.')).toEqual([]);
  });

  it('reads a body’s name after a compound adjective in `the … newspaper` without the adjective', () => {
    expect(organizations('The deputy head told the Moscow-based Steppeia newspaper on Thursday.')).toEqual(['Steppeia']);
  });

  it('reads a person’s name before `and` in a list as the list’s, not the first words of the body after it', () => {
    const { mentions } = link('His crewmates were Robert Steppe, Jessica Steppova and European Steppe Agency astronaut Samantha Steppini.');
    expect(mentions.filter((m) => m.type === 'organization').map((m) => m.surface)).toEqual(['European Steppe Agency']);
    expect(mentions.filter((m) => m.type === 'person').map((m) => m.surface)).toContain('Jessica Steppova');
  });
});

describe('a country’s embassy in lower case (dev half misses after the fifty-third collection)', () => {
  it('reads `the Qatari embassy in Tashkent`, `China’s embassy in Dushanbe`, `the Kazakh consulate general` as that country’s post', () => {
    expect(organizations('The Qatari embassy in Tashkent said it would help.')).toEqual(['Qatari embassy in Tashkent']);
    expect(organizations('China’s embassy in Dushanbe denied the report.')).toEqual(['China’s embassy in Dushanbe']);
    expect(organizations('A spokesman for the Chinese embassy declined to comment.')).toEqual(['Chinese embassy']);
    expect(organizations('The Kazakh consulate-general in Istanbul said.')).toEqual(['Kazakh consulate-general in Istanbul']);
    const { discovered } = link('The Qatari embassy in Tashkent said it would help.');
    expect(discovered.map((e) => e.name)).toEqual(['Qatari Embassy in Tashkent']);
  });

  it('names no post for a city standing for its country, a plural, or an embassy of no country', () => {
    expect(organizations('Staff at the London embassy were told.')).toEqual([]);
    expect(organizations('The Indian and Pakistani embassies said the students were safe.')).toEqual([]);
    expect(organizations('Western embassies said so, and an embassy car waited.')).toEqual([]);
  });
});

describe('the fifty-fourth collection’s first score (dev half): people', () => {
  it('reads a name of three words after an honorific after an office and its comma whole', () => {
    expect(people('Minister of Higher Education, Datuk Seri Dr Zambry Abdul Kadir, will join the delegation.')).toEqual(['Zambry Abdul Kadir']);
  });

  it('reads `Grand Prix` as a prize, never a person, in a list of prizes', () => {
    expect(people('Films compete for prizes in the following categories: Grand Prix, Best Director, Best Actor and others.')).toEqual([]);
  });

  it('reads a sea, a river or a region closing a run as a place, never a person, even before a verb of saying', () => {
    expect(people('The modeling revealed that the dry lake bed of the former Aral Sea added about 7% more dust.')).toEqual([]);
    expect(people('The modeling revealed that Steppe River added about 7% more dust.')).toEqual([]);
  });
});

describe('the fifty-fourth collection’s first score (dev half): organizations', () => {
  it('reads a name after `club` or `studio` as a body, but not an office holder’s after `of the club`', () => {
    expect(organizations('Azizbek Steppov, who plays for Turkish club Steppespor, opened the scoring.')).toEqual(['Steppespor']);
    expect(organizations('The film was made by the film studio Steppefilm in 1968.')).toEqual(['Steppefilm']);
    expect(organizations('As the General Director of the club Kaisar Steppov pointed out at a press conference, the team grew.')).toEqual([]);
  });

  it('reads a known given name and a surname after `producer` or `publisher` as a person, and a company after it as a body', () => {
    expect(people('The jury includes the French producer Pierre Steppler and others.')).toEqual(['Pierre Steppler']);
    expect(organizations('The jury includes the French producer Pierre Steppler and others.')).toEqual([]);
    expect(organizations('The uranium producer Steppeprom said output would fall.')).toEqual(['Steppeprom']);
  });
});

describe('the fifty-fifth collection’s first score (dev half): people', () => {
  it('reads three name words right after an office’s place as one name, but not a word of the office', () => {
    expect(people('The dam is safe, according to World Bank Regional Director for Central Asia Sarojit Kumar Steppov.')).toEqual(['Sarojit Kumar Steppov']);
    expect(people('He met the Special Representative for Caspian Sea Affairs Murad Steppov.')).toEqual(['Murad Steppov']);
    expect(people('So said the Deputy Governor of North Kazakhstan Oblast Gani Steppov.')).toEqual(['Gani Steppov']);
  });
});

describe('the fifty-fifth collection’s first score (dev half): works built on a river', () => {
  it('reads a dam or a reservoir closing a run as a work, never a person, even after a verb of saying', () => {
    expect(people('World Bank Says Steppestan’s Steppun Dam Is Not a Threat to Regional Security')).toEqual([]);
    expect(people('Officials said Steppun Reservoir was full.')).toEqual([]);
  });
});

describe('the fifty-fifth collection’s first score (dev half): a member’s letters', () => {
  it('reads a name before `MP` or another post-nominal as a person’s', () => {
    expect(people('The delegation was led by the Chair, Alicia Steppova MP, and included Sir Chris Steppov MP; Neil Steppe MP; and Liam Steppin KC.')).toEqual(['Alicia Steppova', 'Chris Steppov', 'Neil Steppe', 'Liam Steppin']);
  });
});

describe('a registry organization’s office or subsidiary in a country (dev half)', () => {
  it('reads a registry organization’s name and a country’s side by side as a body of its own, the organization its parent', () => {
    expect(organizations('The plant is run by General Motors Uzbekistan, which said sales rose.')).toEqual(['General Motors Uzbekistan']);
    expect(link('UNICEF Tajikistan said the children were safe.').discovered.map((e) => [e.name, e.parent])).toEqual([['UNICEF Tajikistan', 'unicef']]);
  });

  it('reads no body in a pairing of the two, in a longer name, or in a possessive', () => {
    expect(link('EU Kazakhstan relations are good.').discovered).toEqual([]);
    expect(link('Gazprom’s Kazakhstan unit grew.').discovered).toEqual([]);
    expect(link('The EU Kazakhstan Business Council met.').discovered.map((e) => e.name)).toEqual(['EU Kazakhstan Business Council']);
  });
});

describe('competitions and kinds of force (dev half)', () => {
  it('reads a competition named a league as no body', () => {
    expect(link('Kairat will play in the UEFA Champions League next season, and she won a Wanda Diamond League meeting.').discovered).toEqual([]);
  });

  it('reads `Special Forces` with no country as a kind of force, and a country’s as its body', () => {
    expect(link('Special Forces and the Armed Forces took part in the drill.').discovered).toEqual([]);
    expect(link('Tajikistan’s Special Forces took part in the drill.').discovered.map((e) => e.name)).toEqual(['Special Forces of Tajikistan']);
  });
});

describe('the EU’s High Representative (dev half)', () => {
  it('reads `the Union for Foreign Affairs and Security Policy` after `High Representative of` as the office, no body; another Union for … stays one', () => {
    expect(link('It was attended by the High Representative of the Union for Foreign Affairs and Security Policy and Vice-President of the European Commission Federica Steppova.').discovered.map((e) => e.name)).toEqual(['Federica Steppova']);
    expect(link('The Union for Democracy and Progress met.').discovered.map((e) => e.name)).toEqual(['Union for Democracy and Progress']);
  });
});

describe('fields before `and`, monarchs’ namesakes and honorifics (dev half)', () => {
  it('reads a trade or field alone before `and` as the opening of one name, not a body of its own', () => {
    expect(organizations('The ministry signed with the Engineering and Technology University in Ashgabat.')).toEqual(['Engineering and Technology University']);
    expect(organizations('She heads the News and Current Affairs Channel of Radio Steppe.')).toEqual(['News and Current Affairs Channel of Radio Steppe']);
    expect(organizations('The Steppe Institute and Technology University signed it.')).toEqual(['Steppe Institute', 'Technology University']);
  });

  it('reads a monarch’s or a sheikh’s title and name before a body’s head word as the body named after them', () => {
    expect(organizations('Funding came from the King Salman Humanitarian Aid and Relief Centre on Monday.')).toEqual(['King Salman Humanitarian Aid and Relief Centre']);
    expect(link('She studied at King Abdullah University of Science and Technology.').discovered.map((e) => `${e.name}:${e.type}`)).toEqual([
      'King Abdullah University of Science and Technology:organization',
    ]);
    expect(link('King Abdullah met the delegation.').discovered.map((e) => `${e.name}:${e.type}`)).toEqual(['King Abdullah:person']);
  });

  it('keeps a person named with an honorific a person beside a body named after them', () => {
    expect(pairs('Funding came from the Aliya Steppova Foundation.', 'Ms Steppova met the minister.')).toEqual([
      'Aliya Steppova Foundation→aliya-steppova-foundation:organization',
      'Steppova→steppova:person',
    ]);
  });
});

describe('a sitting of a body (dev half)', () => {
  it('reads the body after a summit’s, a meeting’s or a session’s `of` as a body whole, its parent inside it', () => {
    expect(organizations('He arrived for the 11th Summit of the Council of Heads of State of the Organization of Turkic States (OTS).')).toEqual([
      'Council of Heads of State of the Organization of Turkic States',
      'OTS',
    ]);
    expect(organizations('She spoke at the Annual Meeting of the Board of Governors of the Asian Development Bank.')).toEqual(['Board of Governors of the Asian Development Bank']);
  });

  it('reads no body in a sitting of leaders or a year of a cause', () => {
    expect(link('The Summit of the Heads of State of the Steppe opened.').discovered).toEqual([]);
    expect(link('The Year of Peace and Trust began.').discovered).toEqual([]);
  });
});

describe('offices, credits and abbreviations (dev half, collection 56)', () => {
  it('reads `Assistant Attorney General for …` as an office, the body after its `for`, and `the United States Attorney` as an apposition', () => {
    expect(link('Aidar S. Steppov, Assistant Attorney General for the Criminal Division of the Department of Justice, said so.').discovered.map((e) => `${e.name}:${e.type}`)).toEqual([
      'Aidar S. Steppov:person',
      'Criminal Division of the Department of Justice:organization',
    ]);
    expect(people('Jane S. Steppova, the United States Attorney for the Southern District, announced the charges.')).toEqual(['Jane S. Steppova']);
    expect(people('Attorney General Jane Steppova spoke.')).toEqual(['Jane Steppova']);
  });

  it('reads `Mawlavi` as a cleric’s title, no part of the name', () => {
    expect(people('Mawlavi Amirhon Steppaki met the delegation.')).toEqual(['Amirhon Steppaki']);
  });

  it('reads initials alone as no one', () => {
    expect(link('Investigations in Washington, D.C, announced today the filing of charges.').discovered).toEqual([]);
  });

  it('reads the platform after `on` or `via` as the body a picture came through, and no word after a slash alone', () => {
    const credited = (credit: string) => linkArticle(article(['Text of the article, which says something.'], [{ text: '', credit, line: 2 }]), matcher).mentions.map((m) => `${m.surface}:${m.type}`);
    expect(credited('Photo by Aliya Steppova on Steppesplash')).toEqual(['Aliya Steppova:person', 'Steppesplash:organization']);
    expect(credited('Aliya Steppova via Steppephoto')).toEqual(['Aliya Steppova:person', 'Steppephoto:organization']);
    // (A photographer's handle is written so too: `Stephen M. Bland/Allexxandar`.)
    expect(credited('Victor Steppov/Steppestock')).toEqual(['Victor Steppov:person']);
  });
});

describe('months, titles and papers (dev half, collection 57)', () => {
  it('reads a month, `Special Assistant` and a paper named after `told` as no one', () => {
    expect(link('The notice was dated 8 Feb 2022, cautioning students.').discovered).toEqual([]);
    expect(people('Special Assistant to the President and Senior Director for Steppe Affairs Celeste Steppova attended.')).toEqual(['Celeste Steppova']);
    expect(link('“We value it,” the ambassador told Steppe Mail at the forum.').discovered.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('what an office keeps (dev half)', () => {
  it('reads the archives or the library of an office as a body, the office and its country in its name', () => {
    expect(organizations('The documents are kept at the Archives of the President of Steppestan in Astana.')).toEqual(['Archives of the President of Steppestan']);
  });
});

describe('the fifty-eighth collection’s first score (dev half)', () => {
  it('reads a headline’s verb after a title as no one, and a plural office before a list of names as no part of the first', () => {
    expect(link('Steppe Premier Says State Gets Control of Major Oil Company').discovered.filter((e) => e.type === 'person')).toEqual([]);
    expect(people('The delegation comprised Project Directors Zamin Steppov, Ali Dalov, Yildiz Steppova and others.')).toEqual(['Zamin Steppov', 'Ali Dalov', 'Yildiz Steppova']);
  });

  it('reads the court of a district named after a registry person as a body, and the district as a place', () => {
    expect(organizations('On 27 April, the Nazarbayev District Court in Bishkek ruled to close the outlet.')).toEqual(['Nazarbayev District Court']);
    expect(people('He lives in the Nazarbayev District of Steppegrad.')).toEqual([]);
  });

  it('reads a deputy’s role with its hyphen as an apposition, and a body’s leader named after the body at the sentence’s end', () => {
    expect(people('Chen Steppo, vice-chairman of the Steppe Council for the Promotion of Trade, made the remarks on Friday.')).toEqual(['Chen Steppo']);
    expect(people('He was joined by the leader of the Steppe National Congress Party, Abdul Latif Steppov.')).toEqual(['Abdul Latif Steppov']);
    // (An employer after a role `for` something is no one: `…, director for Eurasia partnerships, Steppe State Global.`)
    expect(people('From left, Vlad Steppov, associate director for partnership agreements and Eurasia partnerships, Steppe State Global.')).toEqual(['Vlad Steppov']);
  });

  it('reads a body’s fields listed after its `of`, problems and hydropower among them', () => {
    expect(organizations('He met Professor Inom Steppov, Institute of Water Problems, Hydropower and Ecology, in Dushanbe.')).toEqual(['Institute of Water Problems, Hydropower and Ecology']);
  });
});

describe('companies whose names open with a shared name or a route’s word (dev half)', () => {
  it('reads a name two registry bodies share as the opening of a longer company’s name', () => {
    // (`China Railway` is an alias both China Railway companies of the registry share, so alone it links to neither.)
    expect(organizations('The contract went to China Railway Construction Corporation in May.')).toEqual(['China Railway Construction Corporation']);
  });

  it('reads a company named for its trades, a road among them, as a company and not a plan', () => {
    expect(organizations('The workers were employees of Steppe Road and Bridge Corporation.')).toEqual(['Steppe Road and Bridge Corporation']);
    expect(organizations('Steppestan joined the Belt and Road Initiative in 2013.')).toEqual([]);
  });
});

describe('the fifty-ninth collection’s first score (dev half)', () => {
  it('reads words after an office `of the` and a country’s adjective as a body, not the office’s holder', () => {
    expect(people('Erkebek Steppov, President of the Kazakh Red Crescent, set up headquarters in Almaty.')).toEqual(['Erkebek Steppov']);
    expect(people('He met the President of the Philippines Aidar Steppov.')).toEqual(['Aidar Steppov']);
  });

  it('reads one name after a credited person and a bare comma as their employer, a longer list as people', () => {
    expect(people('Photo credit: Leyla Steppova, Better Cotton.')).toEqual(['Leyla Steppova']);
    expect(people('First row (left to right) Tamara Steppova, Richard Dalov, Vladimir V. Steppin, Valerii A. Dalin; second row Aidar Steppov.')).toContain('Valerii A. Dalin');
  });

  it('reads an energy complex as an office’s field before its holder’s initial', () => {
    expect(people('As Deputy Prime Minister for Fuel and Energy Complex B. Steppov said at the meeting, output grew.')).toEqual(['B. Steppov']);
  });

  it('reads no body from `Representatives of`, and no name across a sentence’s end in a list of kinds', () => {
    expect(organizations('Representatives of Steppe Engineering visited the site.')).toEqual(['Steppe Engineering']);
    expect(organizations('The centre hosts major exchanges like Steppecoin and Bybit. Non-compliant platforms remain blocked.')).toEqual(['Steppecoin', 'Bybit']);
  });
});

describe('bodies credited, campuses, and words naming no one body (collection 59, dev half)', () => {
  it('reads a body credited for a caption’s photo by its name and head word, and whom a photographer worked for without the `For`', () => {
    const captioned = (credit: string) =>
      linkArticle(article(['The final was played on Sunday.'], [{ text: 'A remarkable game by the winner.', credit, line: 3 }]), matcher).mentions.filter((m) => m.type === 'organization').map((m) => m.surface);
    expect(captioned('Uzbekistan Steppe Chess Federation')).toEqual(['Uzbekistan Steppe Chess Federation']);
    expect(captioned('Jane Steppova/For The Steppe Post')).toEqual(['The Steppe Post']);
  });

  it('reads a state university’s campus after `at` as part of its name', () => {
    expect(organizations('She studied at the University of Steppe at Austin before moving on.')).toEqual(['University of Steppe at Austin']);
    expect(organizations('He spoke at the University of Steppe at a conference.')).toEqual(['University of Steppe']);
  });

  it('reads `the State party` of a treaty and `the Islamic movement` as no body', () => {
    expect(organizations('The Committee notes the information provided by the State party on the case.')).toEqual([]);
    expect(organizations('Since the implosion of the old Islamic movement of Steppestan in 2015, the groups have split.')).toEqual([]);
  });
});

describe('the sixtieth collection’s first score (dev half)', () => {
  it('reads a biotech company as a body, named or credited for a picture', () => {
    expect(organizations('The syrup was made by Steppe Biotech, the ministry said.')).toEqual(['Steppe Biotech']);
    const credited = linkArticle(article(['The ministry banned the syrup.'], [{ text: 'Cough syrup made in Noida', credit: 'Steppe Biotech', line: 2 }]), matcher).mentions;
    expect(credited.map((m) => `${m.surface}:${m.type}`)).toEqual(['Steppe Biotech:organization']);
  });
});

describe('names the sixtieth collection cut short (dev half)', () => {
  it('keeps `Against` written in capitals inside a name, and `against` in prose out of it', () => {
    expect(organizations('The NFFCK, working with Steppe Trust Fund to End Violence Against Women, hopes the program will help.')).toEqual(['Steppe Trust Fund to End Violence Against Women']);
    expect(organizations('The Steppe Trust Fund to End Violence against women and girls opened a call.')).toEqual(['Steppe Trust Fund to End Violence']);
  });

  it('keeps `the First President` an institution is named after inside its name', () => {
    expect(organizations('Timur Steppov, Deputy Director of the Library of the First President, introduced the policy.')).toEqual(['Library of the First President']);
  });

  it('keeps a people’s adjective, `and` and another adjective before the field they qualify in the name', () => {
    expect(organizations('She is a fellow at the Steppe Center for Russian and Eurasian Studies (Steppe University).')).toEqual(['Steppe Center for Russian and Eurasian Studies', 'Steppe University']);
    expect(organizations('The National Bank of Kazakhstan and Steppe Bank signed it.')).toEqual(['National Bank of Kazakhstan', 'Steppe Bank']);
  });

  it('keeps two places after `of the` a body studies or unites in its name', () => {
    expect(organizations('She is co-director of the joint Centre for the Study of China and Central Asia at Steppe University.')).toEqual(['Centre for the Study of China and Central Asia', 'Steppe University']);
    expect(organizations('It joined the Steppe Assembly of the Union of Belarus and Russia, as well as the Executive Committee.')).toEqual(['Steppe Assembly of the Union of Belarus and Russia', 'Executive Committee']);
  });

  it('joins a trade and a field before a center’s head word, and still splits two bodies', () => {
    expect(organizations('A press conference took place at the Steppe Media and Information Center on Thursday.')).toEqual(['Steppe Media and Information Center']);
    expect(organizations('The Steppe Ministry of Energy and Steppe Development Bank signed it.')).toEqual(['Steppe Ministry of Energy', 'Steppe Development Bank']);
  });
});

describe('a nickname between a given name and a surname (collection 60, dev half)', () => {
  it('names the person without it, so that the articles writing the name plainly name the same one', () => {
    const named = link('Binance’s then CEO, Changstep “CZ” Steppo, signed a memorandum.').discovered.filter((e) => e.type === 'person');
    expect(named.map((e) => e.name)).toEqual(['Changstep Steppo']);
  });
});

describe('people the sixty-first collection named after a role or a piece of writing (dev half)', () => {
  it('reads the author after `the piece by` as a person', () => {
    expect(people('Steppe University would like to comment on the piece by Ararat L. Steppian about the university.')).toEqual(['Ararat L. Steppian']);
  });

  it('reads astronauts, cosmonauts and clerics named after their role, and a role’s name before `of` as no body', () => {
    expect(people('They will be greeted by Russian cosmonauts Oled Steppochka and Alexey Steppinin.')).toEqual(['Oled Steppochka', 'Alexey Steppinin']);
    const crew = link('The crew includes astronaut Takuya Steppishi of the Steppe Aerospace Exploration Agency (SAXA).').mentions.filter((m) => m.type !== 'country');
    expect(crew.map((m) => `${m.surface}:${m.type}`)).toEqual(['Takuya Steppishi:person', 'Steppe Aerospace Exploration Agency:organization', 'SAXA:organization']);
    expect(people('A group inspired by Turkish cleric Fethullah Steppen was banned.')).toEqual(['Fethullah Steppen']);
    expect(organizations('They trained at the Yuri Steppin Cosmonaut Training Center near Moscow.')).toEqual(['Yuri Steppin Cosmonaut Training Center']);
  });

  it('reads an officer’s two name words between a body and a verb of saying after a manager’s office, and no body’s field so', () => {
    const named = link('Manager of Steppe Commercial Group Hersh Steppra underlined that the port is ready.').mentions.filter((m) => m.type !== 'country');
    expect(named.map((m) => `${m.surface}:${m.type}`)).toEqual(['Steppe Commercial Group:organization', 'Hersh Steppra:person']);
    expect(organizations('The Steppe Ministry of Foreign Affairs said it was ready.')).toEqual(['Steppe Ministry of Foreign Affairs']);
  });

  it('reads a body’s bracketed acronym that leaves out its country’s words as spelling the whole name', () => {
    expect(organizations('The Steppe Committee of the Republic of Uzbekistan for Ecology and Environmental Protection (SCEEP) held a ceremony.')).toEqual([
      'Steppe Committee of the Republic of Uzbekistan for Ecology and Environmental Protection',
      'SCEEP',
    ]);
  });

  it('reads a name after `assistant` and a comma as the assistant’s', () => {
    expect(people('Steppe entrepreneur Yusaku Steppezawa and his production assistant, Yozo Steppano, launched on Monday.')).toEqual(['Yusaku Steppezawa', 'Yozo Steppano']);
  });
});

describe('offices the sixty-second collection joined by `and` (dev half)', () => {
  it('ends a body before `and` and a second office its holder has', () => {
    expect(organizations('It was attended by Chairman of the Steppe Cabinet of Ministers and Chief of Staff of the Presidential Executive Office of the Kyrgyz Republic Akylbek Steppov.')).toEqual([
      'Steppe Cabinet of Ministers',
      'Presidential Executive Office of the Kyrgyz Republic',
    ]);
  });
});

describe('empires the sixty-second collection named (dev half)', () => {
  it('links the Russian and Ottoman empires as historical states, and no body of two states joined by `and`', () => {
    const named = link('Countries once colonized by the Russian Empire and Soviet Union met. The Ottoman Empire fell in 1922.').mentions;
    expect(named.map((m) => `${m.surface}:${m.entityId}`)).toEqual(['Russian Empire:russian-empire', 'Soviet Union:soviet-union', 'Ottoman Empire:ottoman-empire']);
  });
});

describe('a given name a people’s name folds to (collection 63, dev half)', () => {
  it('reads `Danysh` before a surname as a given name, and `Danish` as Denmark’s people', () => {
    const named = link('The film by Danysh Steppov was shown. A Danish delegation came.').mentions;
    expect(named.map((m) => `${m.surface}:${m.entityId}`)).toEqual(['Danysh Steppov:danysh-steppov', 'Danish:denmark']);
  });
});

describe('a state’s body after the state’s possessive (dev half)', () => {
  it('links the capitalised body to that state’s body in the registry, the state still a country', () => {
    expect(pairs('The bill went to Kazakhstan’s Senate on Friday.')).toEqual(['Kazakhstan→kazakhstan:country', 'Senate→senate-of-kazakhstan:organization']);
    expect(pairs("Members of Kyrgyzstan's State Committee for National Security were present.")).toContain('State Committee for National Security→gknb-kyrgyzstan:organization');
    expect(pairs('Rates were raised by Kazakhstan’s National Bank.')).toContain('National Bank→national-bank-of-kazakhstan:organization');
  });

  it('leaves a body in lower case, and a longer name the body only opens, to the other rules', () => {
    expect(organizations('Kazakhstan’s senate approved the bill.')).toEqual([]);
    expect(organizations('Kazakhstan’s Senate Budget Office approved the bill.')).not.toContain('Senate');
  });
});

describe('OPEC+ beside OPEC (dev half)', () => {
  it('links OPEC+ to the wider grouping and OPEC to the cartel', () => {
    expect(pairs('OPEC+ agreed to extend its cuts, OPEC said.')).toEqual(['OPEC+→opec-plus:organization', 'OPEC→opec:organization']);
  });
});

describe('a person’s initials in brackets after their name (collection 64, dev half)', () => {
  it('keep the apposition around the name, and name the person where the article uses them again', () => {
    expect(pairs('The exchange’s charismatic founder, Temir Steppenov (TS), is holding the brush.', 'Later TS wrote that he would stay.')).toEqual([
      'Temir Steppenov→temir-steppenov:person',
      'TS→temir-steppenov:person',
      'TS→temir-steppenov:person',
    ]);
    expect(link('The exchange’s charismatic founder, Temir Steppenov (TS), is holding the brush.', 'Later TS wrote that he would stay.').discovered.map((e) => e.id)).toEqual(['temir-steppenov']);
  });

  it('only when they are the name’s initials', () => {
    expect(pairs('The exchange’s charismatic founder, Temir Steppenov (TX), is holding the brush.', 'Later TX wrote that he would stay.')).not.toContain('TX→temir-steppenov:person');
  });
});

describe('a foreign school’s branch in Tashkent, and what is done to a body (collection 64, dev half)', () => {
  it('names the branch with its city, as Uzbekistan does, and a school in another city without it', () => {
    expect(organizations('She studied at the Steppe Technical Institute in Tashkent last year.')).toEqual(['Steppe Technical Institute in Tashkent']);
    expect(organizations('She studied at the Steppe Technical Institute in Bishkek last year.')).toEqual(['Steppe Technical Institute']);
  });

  it('reads the body after an act done to it that opens a sentence', () => {
    expect(organizations('Establishment of the Steppe Technical Institute created new jobs.')).toEqual(['Steppe Technical Institute']);
    expect(organizations('The Opening of the Embassy of Steppeland was marked.')).toEqual(['Embassy of Steppeland']);
  });
});

describe('a title after a title, and a city’s clock (collection 64, dev half)', () => {
  it('reads `Professor Emeritus` as titles before the name', () => {
    expect(people('The lecture was given by Professor Emeritus Mike Steppe.')).toEqual(['Mike Steppe']);
  });

  it('reads a city before `time` as the clock’s zone, not the state acting', () => {
    expect(pairs('Kickoff is at 21:45 Moscow time.')).toEqual(['Moscow→moscow:place']);
    expect(pairs('Moscow said the talks would go on.')).toEqual(['Moscow→russia:country']);
  });
});

describe('a school named with its campus’s town (dev half)', () => {
  it('ends the school’s name at its head word', () => {
    expect(organizations('The ambassador will visit Steppe University Bloomington on Monday.')).toEqual(['Steppe University']);
    expect(organizations('She trained at the Royal Steppe College London for a year.')).toEqual(['Royal Steppe College']);
  });

  it('not a run whose last word is a title or another head word', () => {
    expect(organizations('The Steppe University Press printed it.')).toEqual(['Steppe University Press']);
  });
});

describe('a state body’s fields in lower case (dev half)', () => {
  it('reads them as its name when the name closes with its state', () => {
    expect(organizations('According to the Ministry of industry and infrastructure development of Mongolia, talks go on.')).toEqual(['Ministry of industry and infrastructure development of Mongolia']);
    expect(organizations('The Ministry of education and science of the Kyrgyz Republic signed it.')).toEqual(['Ministry of education and science of the Kyrgyz Republic']);
  });

  it('not fields that close with no state, nor a body that is not a state’s', () => {
    expect(organizations('The Ministry of industry and infrastructure development said so.')).toEqual([]);
    expect(organizations('The Steppe Company of industry and trade of Mongolia said so.')).not.toContain('Steppe Company of industry and trade of Mongolia');
  });
});

describe('a confederation (dev half)', () => {
  it('is a body’s head word, not a person’s name', () => {
    expect(pairs('The President of the Asian Steppe Confederation Mr. Anas Steppov spoke.')).toEqual([
      'Asian Steppe Confederation→asian-steppe-confederation:organization',
      'Anas Steppov→anas-steppov:person',
    ]);
  });
});

describe('a foundation whose name opens with an office’s field words (dev half)', () => {
  it('is a body after an office’s `of`, as it is alone', () => {
    expect(organizations('said Jon Steppe, chairman of the Petroleum Industry Steppe Foundation.')).toEqual(['Petroleum Industry Steppe Foundation']);
  });

  it('while an office’s own fields stay none', () => {
    expect(organizations('said Jon Steppe, Minister of State for Energy Affairs.')).toEqual([]);
  });
});

describe('a named school used before a noun after `a` (dev half)', () => {
  it('is the school, three words and more with no `of`', () => {
    expect(organizations('A West Steppe Valley High School exchange student has been here a week.')).toEqual(['West Steppe Valley High School']);
  });

  it('not a kind of body of two words', () => {
    expect(organizations('A Steppe University student said so.')).toEqual([]);
  });
});

describe('a scholar’s titles (collection 65, dev half)', () => {
  it('reads `Academician` and `docent` as titles before a name', () => {
    expect(people('The digs went on under the guidance of Academician Jon Steppov, but little was published.')).toEqual(['Jon Steppov']);
    expect(people('First Vice-Rector docent Steppov Abdukarim Rahimovich met the guests.')).toEqual(['Steppov Abdukarim Rahimovich']);
  });
});

describe('a legal form set off by a comma (collection 65, dev half)', () => {
  it('closes a company’s name, which is no person after an office’s `of`', () => {
    expect(pairs('Jon Steppov, the president of Steppe Promotions, Inc. commented on the signing.')).toEqual([
      'Jon Steppov→jon-steppov:person',
      'Steppe Promotions, Inc→steppe-promotions:organization',
    ]);
    expect(organizations('The firm hired Global Steppe Consultants, LLC to advise it.')).toEqual(['Global Steppe Consultants, LLC']);
  });

  it('not a lone word or a title before the comma', () => {
    expect(organizations('He said so, Inc. or not.')).toEqual([]);
  });
});

describe('a photographer credited after an outlet’s name (collection 65, dev half)', () => {
  it('reads `<Outlet> photo by <name>` as the photographer’s credit', () => {
    expect(people('President Jon Steppov and his wife disembark after landing in Poland, July 12, 2023. Steppe Times photo by Seo Jae-hoon', 'The talks went on.')).toContain('Seo Jae-hoon');
  });
});

describe('a region’s name before a person’s (collection 65, dev half)', () => {
  it('is where they serve, no part of their name', () => {
    expect(people('Jon Steppov, Chairman UBG, Sindh Region Khalid Steppani said the deal was good.')).toEqual(['Jon Steppov', 'Khalid Steppani']);
  });
});

describe('a word that heads a name only last, inside a name (collection 66)', () => {
  it('keeps the words after `Mining` or `Power` inside a name, where they are no head', () => {
    expect(organizations('Georgiy Steppman chairs the Professional Association of Independent Mining Experts in Almaty.')).toEqual(['Professional Association of Independent Mining Experts']);
    expect(organizations('He heads the Directorate for the Construction of Nuclear Power Plants in Tashkent.')).toEqual(['Directorate for the Construction of Nuclear Power Plants']);
  });
});

describe('`to` after a company’s or a lender’s head (collection 66)', () => {
  it('says where something goes, so the place after it is no part of the name', () => {
    expect(organizations('I bought my ticket from the Limousine Bus Company to Kaerdan city, where the hotel was.')).toEqual(['Limousine Bus Company']);
    expect(organizations('Loans from the Steppe Development Bank to Kaerdan city grew.')).toEqual(['Steppe Development Bank']);
    expect(organizations('The Committee to Protect Journalists said so.')).toEqual(['Committee to Protect Journalists']);
  });
});

describe('a title in capitals, then the name between commas (collection 66)', () => {
  it('reads the name as a person, but not an office’s field between the commas', () => {
    expect(people('The Steppe Treaty Organization Executive Secretary, Tibor Steppai, will brief the media.')).toEqual(['Tibor Steppai']);
    expect(people('“It matters,” said Steppe Bank Vice President, Investment Operations, Konstantin Steppinsky. He left.')).toEqual(['Konstantin Steppinsky']);
  });
});

describe('a place named after someone, its kind first (collection 66)', () => {
  it('reads `Peak Lenin` and `Fort Shevchenko` as places, and a compass point opening a run as a region', () => {
    expect(pairs('Lying on the border of Mongolia and Tajikistan, Peak Lenin was first climbed in 1928.').filter((p) => p.includes('lenin'))).toEqual([]);
    expect(people('The port of Fort Steppenko lies on the Caspian.')).toEqual([]);
    expect(people('Philippe Steppange, the agency’s director for Western Balkans, Middle East and Asia, attended.')).toEqual(['Philippe Steppange']);
  });
});

describe('French and German head words (collection 66, older dev misses)', () => {
  it('reads `Agence … de …`, `Banque …` and `… Stiftung` as bodies', () => {
    expect(organizations('The Government of Mongolia and Agence Steppaise de Développement (ASD) signed two agreements.')).toEqual(['Agence Steppaise de Développement', 'ASD']);
    expect(organizations('The study was funded by the Konrad Steppauer Stiftung last year.')).toEqual(['Konrad Steppauer Stiftung']);
  });
});

describe('sport, campuses and offices (collection 67)', () => {
  it('reads a champion or a medallist as announcing a name, and a city with a Games’ year as the Games, not its state', () => {
    expect(people('Tokyo 2020 -48kg Olympic champion Aida Steppova of Kosovo clinched her second Olympic medal.')).toEqual(['Aida Steppova']);
    expect(people('Tokyo 2020 silver medallist Amandine Steppard brought the crowd to its feet.')).toEqual(['Amandine Steppard']);
    expect(pairs('She won at Tokyo 2020 Olympic Games.').filter((p) => p.endsWith(':country'))).toEqual([]);
    expect(pairs('Tokyo has asked for talks.').filter((p) => p.endsWith(':country'))).toEqual(['Tokyo→japan:country']);
  });

  it('reads a Spanish article or saint opening a run as a place’s name, never a person’s', () => {
    expect(people('The city of Las Vegas lies in the desert.', 'Las Vegas said it would host the bout.', 'San Diego said so too.')).toEqual([]);
  });

  it('keeps a patronymic between an office’s body and the surname, and a lower-case syllable hyphenated into a name', () => {
    expect(people('The Rector of Steppe State University Mikhail Borisovich Steppov and the Rector of Kaerdan University spoke.')).toEqual(['Mikhail Borisovich Steppov']);
    expect(organizations('Partners include Zhejiang University, Sun Yat-sen University and Steppe University.')).toContain('Sun Yat-sen University');
    expect(organizations('The Russian-led Collective Security Treaty Organization met.')).toEqual(['Collective Security Treaty Organization']);
  });

  it('takes no sentence adverb into a name, no consul’s field for a body, and no list of disciplines for one', () => {
    expect(organizations('Afterwards the Steppe Charter of the Kaerdan Association of Energy Universities was signed.')).not.toContain('Afterwards the Steppe Charter of the Kaerdan Association of Energy Universities');
    expect(organizations('Nevertheless the Committee of Steppe Experts decided to wait.')).toEqual(['Committee of Steppe Experts']);
    expect(organizations('PRC Consul for Science and Technology in Almaty, Mr. Mi Steppun, also came.')).toEqual([]);
    expect(organizations('The three undergraduate schools (Engineering; Science and Technology; and Humanities and Social Sciences) opened.')).toEqual([]);
  });
});

describe('patronymics and a preposition opening a sentence (older dev misses)', () => {
  it('keeps a name of three when a patronymic stands before the surname after an office’s country', () => {
    expect(people('Deputy Minister of Education of the Republic of Uzbekistan Sarvarhon Munavarhonovich Steppakhonov to the region spoke.')).toEqual(['Sarvarhon Munavarhonovich Steppakhonov']);
  });

  it('reads a registry surname before a given name and a patronymic as another’s surname written first', () => {
    const found = pairs('The Tajikistan ambassador to India, Saidov Saidbeg Boykhonovich, said that ties were growing.');
    expect(found.filter((p) => p.includes('bakhtiyor-saidov'))).toEqual([]);
    expect(people('The Tajikistan ambassador to India, Saidov Saidbeg Boykhonovich, said that ties were growing.')).toEqual(['Saidov Saidbeg Boykhonovich']);
  });

  it('reads no `Like` as a given name: `Like Steppakhujaev, Steppojonov is the reigning champion.`', () => {
    expect(people('Like Steppakhujaev, Steppojonov is the reigning world champion.')).not.toContain('Like Steppakhujaev');
  });
});

describe('a field’s noun closing a list of adjectives, and a municipality (collection 67)', () => {
  it('reads `Joint Committee for Economic, Scientific and Technical Cooperation` whole', () => {
    expect(organizations('They signed the protocol of the 7th session of the Joint Committee for Economic, Scientific and Technical Cooperation, that stipulated more trade.')).toEqual(['Joint Committee for Economic, Scientific and Technical Cooperation']);
  });

  it('reads `… Municipality` as a body, never a person', () => {
    expect(organizations('Later on the delegation visited Steppeçılar Municipality, which is both a member and a host.')).toEqual(['Steppeçılar Municipality']);
    expect(people('Later on the delegation visited Steppeçılar Municipality, which is both a member and a host.')).toEqual([]);
  });
});

describe('the registry’s UN family (collection 67)', () => {
  it('links UNAIDS by its acronym and its full name', () => {
    expect(pairs('The indicators of the UNAIDS 95-95-95 strategy are met.', 'The Joint United Nations Programme on HIV/AIDS said so.').filter((p) => p.endsWith(':organization'))).toEqual(['UNAIDS→unaids:organization', 'Joint United Nations Programme on HIV/AIDS→unaids:organization']);
  });
});

describe('where a person works, after the role (collection 68)', () => {
  it('reads the body after a name and its role between commas as the employer, not a person', () => {
    expect(people('“We have seen many threat actors,” said Jane Roe, security researcher, Steppersky Lab, in a press release.')).toEqual(['Jane Roe']);
  });

  it('reads no workplace after `director of education at` as a name the office announces', () => {
    expect(people('David Steppeford, global director of education at Steppe Micro, believes it came from abroad.')).toEqual(['David Steppeford']);
  });

  it('takes no speaker from a workplace closing the apposition before `says`', () => {
    expect(people('Jamz Steppeza, a research director at Steppe Micro, says it is probably industrial espionage.')).toEqual(['Jamz Steppeza']);
  });
});

describe('an ombudsman and a warlord (dev half)', () => {
  it('reads either before a name as the office that announces it', () => {
    expect(people('The number is unknown, although Steppestan Ombudsman Tursunbek Steppakun estimates that more than 8,000 women are taken.')).toEqual(['Tursunbek Steppakun']);
    expect(people('Afghans got into Steppeland then, including parts of warlord Abdul Rashid Steppestum’s forces.')).toEqual(['Abdul Rashid Steppestum']);
  });
});

describe('an abbreviated title with its full stop (dev half)', () => {
  it('announces the name after it, in a list too', () => {
    expect(people('Members included Rep. Jim Steppestine, Rep. Grace Steppeng, Rep. Mark Steppedows, and others.')).toEqual(['Jim Steppestine', 'Grace Steppeng', 'Mark Steppedows']);
    expect(people('The exercise was led by Maj. Alyssa Steppewood and Gen. Aman Steppanand.')).toEqual(['Alyssa Steppewood', 'Aman Steppanand']);
  });
});

describe('Syed before a name (collection 68)', () => {
  it('is an honorific, so `Syed Asim Munir` and `Asim Munir` are one person', () => {
    const found = pairs('The talks were held with Chief of Defence Forces Field Marshal Syed Asim Steppir on Monday.', 'The Chief of Army Staff, Asim Steppir, expressed concern.').filter((p) => p.endsWith(':person'));
    expect(found).toEqual(['Asim Steppir→asim-steppir:person', 'Asim Steppir→asim-steppir:person']);
  });
});

describe('the sixty-ninth collection’s first score (dev half): people', () => {
  it('reads `Co-founder` after a name and a comma as the person’s post, no company’s form', () => {
    expect(people('In his remarks, Bennett Steppeman, Co-founder of Steppe Campaign, announced this to be a victory.')).toEqual(['Bennett Steppeman']);
    expect(organizations('In his remarks, Bennett Steppeman, Co-founder of Steppe Campaign, announced this to be a victory.')).not.toContain('Bennett Steppeman, Co');
  });

  it('reads `Deputies`, `Managers` before a list of names and `Intern` before one as titles, no part of a name', () => {
    expect(people('Deputies Kozhobek Steppaev, Almaz Steppanov and Islanbek Steppeitov visited the mine.')).toEqual(['Kozhobek Steppaev', 'Almaz Steppanov', 'Islanbek Steppeitov']);
    expect(people('Participants included Regional Managers Kang Dong Steppe and Noh Yoon Steppi.')).toEqual(['Kang Dong Steppe', 'Noh Yoon Steppi']);
    expect(people('Local Coordinator Shukurov Steppullo, and Intern Park Steppehyun attended.')).toEqual(['Shukurov Steppullo', 'Park Steppehyun']);
  });
});


describe('the seventieth collection’s first score (dev half)', () => {
  it('ends a diplomatic post’s name before a year after `in`, and keeps a city there', () => {
    expect(organizations('The language centre was opened by the Turkish Embassy in 2016, and teachers came.')).toEqual(['Turkish Embassy']);
    expect(organizations('The Embassy of the Republic of Uzbekistan in Steppograd opened.')).toEqual(['Embassy of the Republic of Uzbekistan in Steppograd']);
  });

  it('reads no person in a field of science a degree names, set off before a title and a name', () => {
    expect(people('Lecturers — Candidate of Biological Sciences, Associate Professor Otabek Steppov; Candidate of Physical and Mathematical Sciences, Associate Professor Azamjon Steppiev — taught.')).toEqual(['Otabek Steppov', 'Azamjon Steppiev']);
  });

  it('reads no organization into an adverb and `the` opening the sentence before a body’s name', () => {
    expect(organizations('Some good news! Now the Ministry is completing a feasibility study.')).toEqual([]);
    expect(organizations('Then the Ministry of Steppe Affairs said so.')).toEqual(['Ministry of Steppe Affairs']);
  });
});

describe('trust as a value (dev half)', () => {
  it('reads no organization in `Peace and Trust` or `Mutual Trust`, but keeps a charity named a trust', () => {
    expect(organizations('The parties discussed the International Forum on Peace and Trust, to be held in Steppograd.')).toEqual([]);
    expect(organizations('The year was named «Steppeland - Homeland of Peace and Trust» by decree.')).toEqual([]);
    expect(organizations('The Steppe Leopard Trust said the count had risen.')).toEqual(['Steppe Leopard Trust']);
  });
});

describe('an -ly adverb or an -ing verb and `the` opening a sentence (dev half)', () => {
  it('keeps them out of the body’s name after them', () => {
    expect(organizations('Unfortunately the Steppe Ministry of Culture has not responded.')).toEqual(['Steppe Ministry of Culture']);
    expect(organizations('Securing the Steppe Institute’s first rating is a milestone.')).toEqual(['Steppe Institute']);
    expect(organizations('Steppe Mining Company reported a profit.')).toEqual(['Steppe Mining Company']);
  });
});

describe('`to` before a country or a place (dev half)', () => {
  it('ends a body’s name, unless the body is a post or a delegation serving there', () => {
    expect(organizations('The loans extended by Steppe Fund to The Kyrgyz Republic total $16 million.')).toEqual(['Steppe Fund']);
    expect(organizations('The Delegation of the European Union to Kazakhstan agreed.')).toEqual(['Delegation of the European Union to Kazakhstan']);
    expect(organizations('The Committee to Protect Steppe Journalists said so.')).toEqual(['Committee to Protect Steppe Journalists']);
  });
});

describe('a credit with the site in brackets (dev half)', () => {
  it('parts the photographer from the site a bracket names after them', () => {
    const credited = linkArticle(article([BODY_FOR_CREDITS], [{ text: '', credit: 'Photo by Malik Steppov (Steppesplash.com)', line: 3 }]), matcher);
    expect(credited.mentions.filter((m) => m.type === 'person').map((m) => m.surface)).toEqual(['Malik Steppov']);
    expect(credited.mentions.filter((m) => m.type === 'organization').map((m) => m.surface)).toEqual(['Steppesplash.com']);
  });
});

describe('the seventy-third collection’s first score (dev half): people', () => {
  it('reads a military rank of several words before a name as no part of it (`Chief Master Sergeant Greg Warren`)', () => {
    expect(people('“It is an honor,” said Chief Master Sergeant Greg Steppwarren in December.')).toEqual(['Greg Steppwarren']);
    expect(people('Staff Sergeant Anna Steppova and Senior Airman Bolat Steppkul arrived at the base.')).toEqual(['Anna Steppova', 'Bolat Steppkul']);
    expect(people('Lance Corporal Tom Steppe spoke to the crews.')).toEqual(['Tom Steppe']);
  });

  it('knows the Russian forms of given names the region’s news prints (`Vitaly`, `Svetlana`, `Oleg`) as a name’s cue', () => {
    expect(people('He had to work hard to defeat Vitaly Stepkov over eight rounds.')).toEqual(['Vitaly Stepkov']);
    expect(people('The prize went to Svetlana Stepnaya and to Oleg Stepnoi.')).toEqual(['Svetlana Stepnaya', 'Oleg Stepnoi']);
  });

  it('reads a councilmember’s title as no part of the name, and a place opening the sentence as no one’s apposition', () => {
    expect(people('In Steppe Springs, the delegation met with Mayor Rusty Steppe and Councilmember John Steppson.')).toEqual(['Rusty Steppe', 'John Steppson']);
  });
});

describe('a photographer’s credit in capitals left in the prose (dev half, session 58)', () => {
  it('reads two to four words in capitals beside a photo agency’s slash as the photographer, on either side', () => {
    expect(people('The two presidents at the palace in Paris, November 5, 2024. MARAT STEPPIN / AFP Between the two men, it has become a habit.')).toEqual(['MARAT STEPPIN']);
    expect(people('Leaders hold a press conference in Budapest, 07 November 2019. EPA-EFE/ZSOLT STEPPVARY Eastward, ho!')).toEqual(['ZSOLT STEPPVARY']);
    expect(people('AFP/AHMAD SAHEL STEPPMAN - Resistance forces train in the valley.')).toEqual(['AHMAD SAHEL STEPPMAN']);
  });

  it('reads no capitals as a name away from an agency’s slash, nor the agency’s own words', () => {
    expect(people('The STEPPE LINK PROJECT was approved in May.')).toEqual([]);
    expect(people('A view of the valley. AFP/GETTY IMAGES The rest of the story follows.')).toEqual([]);
  });
});

describe('a field or a deposit after `giant` (dev half, session 58)', () => {
  it('reads a name before `field`, `gas/condensate field` or a list’s `fields` as no organization', () => {
    expect(organizations('Oil comes from the giant Steppetau field in western Kazakhstan.')).toEqual([]);
    expect(organizations('Output fell at the giant Karasteppe gas/condensate field.')).toEqual([]);
    expect(organizations('It runs from the giant Steppetau, Kashsteppe, and Karasteppe fields to the sea.')).toEqual([]);
  });

  it('still reads the name after `giant` as a company’s when no field follows', () => {
    expect(organizations('The energy giant Steppegaz agreed to the terms.')).toEqual(['Steppegaz']);
  });
});

describe('a registry alias in title case beside the acronym in Cyrillic (dev half, session 58: `Tass`)', () => {
  it('links the title-case spelling although the Cyrillic acronym folds to the same key', () => {
    const org = (id: string, name: string, aliases: string[]): Entity => ({ id, type: 'organization', name, aliases, wikidata: null, description: null, country: null, discovered: false });
    const registry = buildMatcher([...curated.filter((e) => e.type === 'country'), org('skat', 'SKAT', ['СКАТ', 'Skat'])]);
    const ids = (text: string) => linkArticle(article([text]), registry).mentions.filter((m) => m.type === 'organization').map((m) => `${m.surface}→${m.entityId}`);
    expect(ids('This is according to the Skat news agency.')).toEqual(['Skat→skat']);
    expect(ids('This is according to SKAT.')).toEqual(['SKAT→skat']);
  });
});

describe('the seventy-fourth collection’s first score (dev half): people and credits', () => {
  it('reads an age before a name (`23-year-old Jamie Giles`) as a person’s, but not after `a` alone (`a 22-year-old Forest Parker`)', () => {
    expect(people('Inside was 23-year-old Jamie Steppes, of Kildwick, knocked out cold.')).toEqual(['Jamie Steppes']);
    expect(people('He met a 70-year-old farmer Shamil Stepov in the village.')).toEqual(['Shamil Stepov']);
    expect(people('How did a 22-year-old Forest Parker end up in a small town on the steppe?')).toEqual([]);
  });

  it('reads a health professional’s degree after a name as a person’s cue, and never as a name itself', () => {
    expect(people('The team included Lateef Steppeniyan, Pharm D; and Heide Stepp, R Ph.')).toEqual(['Lateef Steppeniyan', 'Heide Stepp']);
    expect(people('The team included the King, R Ph.')).toEqual([]);
  });

  it('reads `Courtesy of the` before a body’s name as no part of it', () => {
    expect(organizations('Photo by Felix Steppel. Courtesy of the Steppe Art and Culture Development Foundation.')).toEqual(['Steppe Art and Culture Development Foundation']);
  });
});

describe('a role and a comma before a name whose verb follows it, the closing comma left out (dev half, session 58)', () => {
  it('reads the name as a person’s', () => {
    expect(people('However, Tajik-American journalist, Farangis Steppulla has been providing updates every day.')).toEqual(['Farangis Steppulla']);
  });
});

describe('a body after a person’s name and `of the` (collection 74: `Charles Perry of the Culinary Historians of Southern California`)', () => {
  it('reads the capitalised name after `of the` as where the person works, whatever its words', () => {
    expect(organizations('Charles Stepp of the Culinary Historians of Stepford gave a primer on the cuisine.')).toEqual(['Culinary Historians of Stepford']);
    expect(organizations('It was backed by, among others, Bob Stepp of the RMT in London.')).toEqual(['RMT']);
  });

  it('reads no body after a comma, a place, or a name cut before a plural’s possessive', () => {
    expect(organizations('He met Stefan Steppel, of the Steppe Caprinae Specialist Group, in May.')).not.toContain('Steppe Caprinae');
    expect(organizations('The swimmer Anna Steppova of the Aral Sea came first.')).toEqual([]);
    expect(organizations('Joe Steppson of the Prison Officers’ Association spoke.')).not.toContain('Prison Officers');
  });
});
