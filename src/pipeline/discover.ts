// Rule-based discovery of people and organizations the registry does not know, in one segment of text.
// A capitalised run of tokens becomes a person candidate with a cue a news writer gives for a new name
// (a title before it, an apposition after it, a speech verb, an affiliation), and an organization
// candidate when it carries an organization head word, a legal form (LLC, JSC) or a kind-of-organization
// noun before it. Each candidate says which cue it has; a known given name alone is a weak cue: the
// name is a candidate, and becomes a page only when something else corroborates it (discovered.ts).
// Runs that name events, agreements, initiatives or proclaimed years are neither.
import { memoize } from './memo.ts';
import { hasSurnameForm, INITIAL_LETTERS, isPatronymic, LATIN_SURNAME } from './names.ts';
import { isNameJoiner, type Token } from './tokens.ts';
import { sentenceEndsBetween } from './sentences.ts';
import { isChineseName, TRAILING_PARTICLES } from './surnames.ts';
import { monthNumber } from './metadata/dates.ts';

import givenNamesJson from './given-names.json' with { type: 'json' };
import { REGIONAL_GIVEN_NAMES } from './regional-given-names.ts';

export interface Candidate {
  type: 'person' | 'organization';
  /** Token index range [first, last] in the segment. */
  first: number;
  last: number;
  /** Which rule fired, for the review report. */
  cue: string;
  /** True when the cue alone is evidence enough for a page (see discovered.ts). */
  strong: boolean;
  /** Tokens at the ends that are a legal form (`JSC`, `LLC`): part of the mention, not of the name. */
  legalPrefix?: number;
  legalSuffix?: number;
}

const STOPWORDS = new Set(
  `a an the and or but nor if as at by for from in into of on onto to with without within
  after before while when whenever why what which who whom whose how where however meanwhile earlier later recently
  afterwards afterward nevertheless nonetheless moreover furthermore therefore thus hence additionally subsequently consequently accordingly
  also still there here yet amid during since although though despite another other one some many most all both each every
  no not this that these those it its he she they we i you his her their our your my me him them us
  i'm i’m i've i’ve i'd i’d i'll i’ll we're we’re
  according among between beyond over under about against through throughout toward towards upon via per
  alongside around across behind beside besides inside outside like unlike until following including regarding concerning
  mr mrs ms dr sir madam
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  today yesterday tomorrow
  image photo photograph credit courtesy source video audio`.split(/\s+/),
);

/**
 * Titles, roles and honorifics that announce a person's name when they stand right before it; never part of it.
 * One word each: the tokenizer splits at hyphens, so `Major-General` is read as `Major` `General`.
 */
export const TITLES = new Set(
  `mr mr. mrs ms dr prof shri smt shrimati sri amir professor president premier prime minister secretary senator sen rep representative
  congressman congresswoman congressmember ambassador envoy governor mayor chancellor king queen prince princess sheikh emir
  undersecretary emperor empress general gen maj capt sgt colonel col lieutenant lt brigadier marshal admiral captain judge justice chairman chairwoman chair director chief head spokesperson spokesman
  spokeswoman deputy speaker commissioner commander pope patriarch cardinal bishop father rabbi imam mullah mulla maulvi
  mawlawi mawlavi maulavi mowlavi haji hajji ustad sayyid seyyed seyed ayatollah hojatoleslam emir lord lady baroness baron dame elbasy yelbasy rector provost sheik
  expert analyst journalist correspondent reporter economist researcher scholar author writer editor commentator columnist
  official officer diplomat activist lawyer attorney blogger politician lawmaker legislator founder ceo cfo coo cto chairperson
  leader adviser advisor aide strategist historian scientist entrepreneur businessman businesswoman billionaire counselor counsellor administrator
  candidate nominee opposition dissident poet artist musician singer actor actress coach player moderator panelist specialist
  goalkeeper striker midfielder defender referee member tourist architect propagandist wrestler boxer councilor councillor councilman councilwoman alderman manager
  datuk dato datin seri tun akim khokim hokim ustadh ustaz mufti maulana moulana coordinator negotiator sheikha shaikha shaykha trainer promoter
  assistant pastor rev reverend archbishop archimandrite archpriest priest deacon abbot hegumen presbyter vicar delegate prosecutor
  filmmaker screenwriter photographer curator fm astronaut cosmonaut cleric preacher theologian emeritus academician docent
  consul champion medallist medalist judoka athlete ombudsman ombudsperson warlord syed sayed sayyed syeda intern
  sergeant corporal airman councilmember councilperson`.split(/\s+/),
);
/** Titles printed short with a full stop before the name (`Rep. Grace Meng`, `Maj. Jane Roe`). */
// (Each is in TITLES too, which the check asks first.)
const ABBREVIATED_TITLES = new Set(['Sen', 'Rep', 'Gen', 'Maj', 'Capt', 'Sgt', 'Col', 'Lt', 'Rev']);
/**
 * Titles in the plural before a list of names (`Senators Steve Daines, Jeanne Shaheen and …`): never a name
 * word, but not TITLES either, since bodies are named with them (`Council of Ministers`, `House of Representatives`).
 */
const PLURAL_TITLES = new Set('senators representatives congressmen congresswomen ministers presidents ambassadors envoys governors lawmakers legislators speakers chairmen sisters generals colonels astronauts cosmonauts deputies managers'.split(' '));
/** Words that open a compound title (`Foreign Minister`, `Deputy Prime Minister`, `Oil Minister`): they end a name before it. */
const TITLE_MODIFIERS = new Set(
  `foreign deputy vice first prime former acting interior defence defense finance economy economic energy trade justice health
  education agriculture transport culture labour labor oil emergency emergencies digital industry investment investments
  environment ecology water security state national chief senior executive special general attorney majority minority
  permanent parliamentary presidential crown assistant principal associate ranking master staff major petty lance`.split(/\s+/),
);

/** Words that make a capitalised run an organization. */
const ORG_HEADS = new Set(
  `institute institution foundation center centre council agency department ministry university universiti universitas
  universitet université universität universidad università college academy school gymnasium lyceum hospital polyclinic kindergarten
  committee commission bank fund organization organisation association party group company corporation corp inc ltd llc plc
  holding holdings partners network society authority service office bureau division federation confederation alliance coalition movement
  front press times post news media television tv radio airlines airways exchange motors systems technologies
  technology labs laboratory union court parliament assembly congress senate tribunal army navy police guard brigade
  consortium trust endowment observatory watch club league board directorate secretariat mission embassy consulate
  newspaper magazine journal gazette herald tribune daily weekly channel broadcasting studios industries enterprises
  administration cabinet government railways railway mining energy petroleum oil gas services electronics chemicals
  pharmaceuticals biotech resources minerals metals steel logistics shipping telecom solutions engineering investments capital ventures securities grid diwan
  power utilities contracting trading auto consulting associates polytechnic congregation transportation
  chancellery presidium majlis mejlis kenesh duma house air chamber force forces fleet command akimat hokimiyat khokimiyat municipality
  library museum archive archives theatre theater clinic refinery church team inşaat insaat chronicle observer courier telegraph inquirer branch
  lembaga kementerian jabatan suruhanjaya perbadanan centers centres corps seminary conservatory madrasa madrasah
  agence banque société fondation institut gesellschaft stiftung`.split(/\s+/),
);
/** Head words that close an institution's own name, never a field of the body before it (`Resources`, `Energy`, `Service` can). */
const INSTITUTION_HEADS = new Set('university universiti universitas universitet college academy school institute hospital museum library bank ministry agency company corporation foundation association society club embassy consulate church council committee commission'.split(' '));

/**
 * Where a name run on from token `from` (capitalised words, and `of`, `and`, `the` between them) ends in a word
 * followed by a bracketed acronym of the initials of the whole name from `first`; -1 when there is none.
 */
function acronymSpelledEnd(text: string, tokens: Token[], first: number, from: number, fits: (k: number) => boolean): number {
  for (let k = from; k < tokens.length && k < from + 10 && fits(k); k++) {
    const token = tokens[k]!;
    if (!token.capitalized) {
      if (/^(?:of|and|the|for)$/u.test(token.text)) continue;
      return -1;
    }
    const acronym = /^\s*\(\s*(\p{Lu}{3,8})\s*\)/u.exec(text.slice(token.end, token.end + 14))?.[1];
    if (!acronym) continue;
    const initials = tokens
      .slice(first, k + 1)
      .filter((t) => t.capitalized && !ORG_CONNECTORS.has(lower(t)))
      .map((t) => t.text[0])
      .join('');
    // (`State Committee of the Republic of Uzbekistan for Ecology and Environmental Protection (SCEEP)`: the acronym
    // may leave out the words of the country in the middle.)
    const countryLeftOut = (n: number) => [...Array(initials.length - n).keys()].some((at) => at > 0 && initials.slice(0, at) + initials.slice(at + n) === acronym);
    return acronym === initials || (initials.length > acronym.length && initials.length - acronym.length <= 3 && countryLeftOut(initials.length - acronym.length)) ? k : -1;
  }
  return -1;
}

/** Kinds of body that a list of their names follows: `retailers such as Amazon, Gap …`. */
const KIND_NOUNS = 'companies|firms|retailers|brands|banks|lenders|airlines|carmakers|automakers|manufacturers|miners|corporations|conglomerates|giants|platforms|newspapers|broadcasters|universities|charities|NGOs|exchanges|insurers|developers|operators|contractors';
const KIND_LIST = new RegExp(String.raw`\b(?:${KIND_NOUNS})\s+(?:such as|including|like)\s+(?=\p{Lu})`, 'gu');

/** `Stuart Public Library`, `Cartoon Movement`: a name closed by a body's head word is a body's, no one's. */
export function endsInBodyHead(words: string[]): boolean {
  const last = words.at(-1);
  return last !== undefined && ORG_HEADS.has(last.toLowerCase());
}

/**
 * `the University of Arizona and North Kazakhstan State University`: after an institution's head and `and`, a run of
 * capitalised words closed by an institution's head word names a second body, not more of the first (`Ministry of
 * Labour and Social Protection`, `Ministry of Agriculture and Water Resources` stay one).
 */
function institutionAfterAnd(text: string, tokens: Token[], k: number): boolean {
  let last = -1;
  for (let n = k; n < tokens.length && n < k + 8; n++) {
    const token = tokens[n]!;
    if (n > k && !isNameJoiner(text.slice(tokens[n - 1]!.end, token.start))) break;
    if (token.capitalized) last = n;
    else if (!/^(?:of|for|the)$/u.test(token.text)) break;
  }
  return last > k && INSTITUTION_HEADS.has(lower(tokens[last]!));
}

/** Head words that are also an office's field (`Energy Minister`, `Oil Minister`). */
const FIELD_HEADS = new Set(['energy', 'oil', 'gas', 'petroleum', 'mining', 'resources', 'minerals', 'metals', 'investments', 'railways', 'media']);

/**
 * Words that describe a body without naming whose it is: a name made only of them and a head word
 * (`Ministry of Energy`, `Foreign Ministry`, `National Assembly`, `Security Council`) is some country's.
 */
const GENERIC_BODY_WORDS = new Set(
  `foreign interior national federal supreme state joint central presidential general public high higher constitutional
  election electoral executive legislative upper lower ministerial intergovernmental inter governmental interstate republican regional
  municipal city special political permanent standing select working rapid reaction peace operations main border guard
  prosecutor prosecutor's attorney first second deputy cooperation coordination emergency situations armed prime minister president registered
  of for and on the & to`.split(/\s+/),
);

/** Head words of a state's bodies (not of companies, outlets or associations, whose names are their own). */
const PUBLIC_BODY_HEADS = new Set(
  `ministry department committee commission council assembly court office agency service bureau directorate administration
  parliament government cabinet secretariat mission embassy consulate guard police army navy tribunal senate congress chamber
  presidium majlis mejlis kenesh duma authority inspectorate division group forces`.split(/\s+/),
);

/** Whether an organization's name names no one in particular (`Ministry of Energy`, `Foreign Ministry`). */
export function isGenericBodyName(name: string): boolean {
  const words = name.toLowerCase().replace(/['’]s\b/gu, '').split(/[\s-]+/u).filter((w) => w !== '');
  return words.some((w) => PUBLIC_BODY_HEADS.has(w)) && words.every((w) => PUBLIC_BODY_HEADS.has(w) || OFFICE_COMPLEMENTS.has(w) || GENERIC_BODY_WORDS.has(w));
}

/** Head words of a public body's units: after an office they still name the unit. */
/** Heads of a diplomatic post, whose name may say where it serves (`Embassy of X in Y`). */
const DIPLOMATIC_HEADS = new Set(['embassy', 'consulate', 'consulate-general', 'mission', 'representation']);
/** Heads of bodies founded to study or fund something, which an office's field words may open (`Petroleum Industry Research Foundation`). */
const FOUNDED_HEADS = new Set(['foundation', 'institute', 'endowment', 'fund', 'association', 'society']);
const BODY_HEADS = new Set(['department', 'ministry', 'committee', 'commission', 'division', 'directorate', 'bureau', 'agency', 'service']);
/** Head words that name an organization only at the end of the name (`Kazakhstan Petroleum`, never `Energy Hub`). */
const HEADS_ONLY_LAST = new Set([
  'energy', 'oil', 'gas', 'petroleum', 'mining', 'press', 'news', 'media', 'times', 'post', 'daily', 'weekly', 'government',
  'chronicle', 'observer', 'courier', 'telegraph', 'inquirer',
  'electronics', 'chemicals', 'pharmaceuticals', 'resources', 'minerals', 'metals', 'steel', 'logistics', 'shipping', 'telecom',
  'solutions', 'engineering', 'investments', 'capital', 'ventures', 'securities', 'air', 'power', 'utilities', 'contracting', 'trading', 'consulting',
  'auto',
]);
/** Head words that, after a country alone, mean its government in general: `the UK Government`. */
const GENERIC_HEADS = new Set(['government', 'administration', 'authorities', 'cabinet', 'leadership']);
/** Head words that make an organization only before `of` (`House of Commons`, not `White House`). */
const HEADS_ONLY_BEFORE_OF = new Set(['house']);
/** Legal forms: a name ending (or, for the post-Soviet ones, starting) with one is a company. */
const LEGAL_SUFFIXES = new Set(['llc', 'llp', 'ltd', 'limited', 'inc', 'incorporated', 'sdn', 'plc', 'corp', 'gmbh', 'ag', 'sa', 'se', 'nv', 'bv', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'ao', 'pao', 'oao', 'zao', 'ooo', 'too', 'lp', 'co', 'spa', 'srl', 'bhd', 'pte', 'pty', 'asa', 'oyj', 'aş', 'a.ş.', 's.a.', 'n.v.', 'b.v.', 'l.l.c.', 'l.l.p.', 'p.l.c.']);
// `FC Astana`: a football club's prefix marks a club as a legal form marks a company.
// (`RSE Kazspetsexport`, `SUE Uzbekistan Railways`: a republican or state unitary enterprise.)
const LEGAL_PREFIXES = new Set(['jsc', 'ojsc', 'cjsc', 'pjsc', 'ao', 'pao', 'oao', 'zao', 'ooo', 'too', 'llc', 'rse', 'sue', 'fsue', 'fc', 'fk', 'pfc']);
/**
 * Cues that still name a person in a line in headline case. A line of staff credits is in headline case
 * (`Translator:Lin Xinjing Reviser: …`), its labels ending each name; so is a participant's line
 * (`Paul Stronski, Carnegie Endowment for International Peace`), and a photographer's credit (`PHOTOS BY Joel Caldwell`).
 */
const WHOLE_NAME_CUES = new Set(['registry-variant', 'staff-credit', 'line-affiliation', 'credit']);
/** …and cues that announce a name there though its end must be cut from the words after it (`Mr Halloran Visits`). */
const HEADLINE_CASE_CUES = new Set([...WHOLE_NAME_CUES, 'title', 'honorific']);
/** Football clubs' letters, which open a body like a legal form but stay in its name. */
const CLUB_PREFIXES = new Set(['fc', 'fk', 'pfc']);
/**
 * Words that make a run an event, agreement, plan or proclaimed year rather than an organization or a
 * person (`Nakhchivan Agreement`, `Belt and Road Initiative`, `Year of Peace and Trust`, `SCO Summit`).
 */
const EVENT_HEADS = new Set(
  `agreement agreements accord accords treaty treaties initiative initiatives summit summits declaration declarations conference visit
  conferences forum forums strategy vision charter program programme plan project projects pipeline corridor route road belt
  year years games olympics olympiad award awards prize prix act law laws decree decrees ordinance resolution convention protocol pact memorandum festival
  exhibition expo week day days meeting meetings ministerial session sessions talks format process doctrine concept
  reform reforms war crisis revolution operation campaign election elections referendum cup championship tournament deal
  port seaport terminal airport`.split(/\s+/),
);

/** Lower-case words allowed inside a person's name (`Ursula von der Leyen`) or an organization's (`Institute for Strategic Studies`). */
export const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'bint', 'al', 'da', 'di', 'del', 'la', 'le', 'dos', 'du', 'ter', 'ul', 'ud', 'abu']);
/** Industries and trades: a run of these alone (with connectors) is a section's or a sector's name. */
const INDUSTRY_WORDS = new Set(
  'oil gas metals metal mining power energy steel coal water chemicals chemical petroleum petrochemicals minerals mineral transport logistics construction finance banking insurance agriculture telecom telecommunications technology media news science engineering humanities education health innovation'.split(' '),
);
/** The words of a legal form written out (`Joint-Stock Company`, `Limited Liability Partnership`). */
const LEGAL_FORM_WORDS = new Set('joint stock company limited liability partnership public private closed open incorporated'.split(' '));
/**
 * `Joint-Stock Company (JSC) National Atomic Company Kazatomprom`: a legal form spelled out is no body's name,
 * nor its letters left before a linked name (`state-owned miner JSC Tau-Ken Samruk`).
 */
function isLegalFormOnly(tokens: Token[], first: number, last: number): boolean {
  return tokens.slice(first, last + 1).every((t) => LEGAL_FORM_WORDS.has(lower(t)) || LEGAL_SUFFIXES.has(lower(t)) || LEGAL_PREFIXES.has(lower(t)));
}
/** Offices a state body is set up under (`… under the President`, `… under the Cabinet of Ministers`). */
const UNDER_OFFICES = new Set(['president', 'cabinet', 'government', 'prime']);
/** Heads of schools named with their town after `at` (`University at Buffalo`). */
const CAMPUS_HEADS = new Set(['university', 'college', 'institute', 'school', 'academy', 'campus']);
/**
 * The word before a school's town in its name: `at` (`University at Buffalo`), or `in` before Tashkent, where Uzbekistan
 * names a foreign school's branch with the city (`Westminster International University in Tashkent`, `Yeoju Technical
 * Institute in Tashkent`).
 */
function campusTownAt(tokens: Token[], k: number): boolean {
  const word = lower(tokens[k]!);
  return word === 'at' || (word === 'in' && tokens[k + 1]?.text === 'Tashkent');
}
// (`Tekfen İnşaat ve Tesisat AŞ`: Turkish `ve` is `and`.)
const ORG_CONNECTORS = new Set(['of', 'for', 'and', '&', 've', 'the', 'de', 'to', 'on', 'against']);
/**
 * Heads after which `to` says where something goes, not whose it is: a force sent (`Peacekeeping Forces to
 * Kazakhstan`), a company listed or sold (`ACWA Power to the Saudi Stock Exchange`), a carrier's or a lender's
 * destination (`Limousine Bus Company to Akasaka`).
 */
const DESTINATION_HEADS = new Set(['forces', 'troops', 'contingent', 'power', 'utilities', 'contracting', 'trading', 'company', 'corporation', 'airlines', 'airways', 'bank']);
/**
 * Words naming a party by its ideology, faith or standing alone: `the Communist party`, `a Green movement`, `the
 * Islamic movement`, `the State party` (a treaty's term).
 */
const IDEOLOGIES = new Set(['communist', 'democratic', 'liberal', 'socialist', 'green', 'labour', 'labor', 'conservative', 'republican', 'agrarian', 'nationalist', 'islamist', 'social', 'people', "people's", 'workers', 'national', 'popular', 'opposition', 'ruling', 'islamic', 'christian', 'muslim', 'religious', 'state', 'governing', 'coalition']);
/** Before an acronym that is an outlet or a body: `told IRIN`, `according to UDN`, `reports EURACTIV`. */
const ACRONYM_TOLD_BEFORE = /\b(?:told|according to|reported by|cited by|quoted by|reports|writes|interview with)\s+$/iu;
/** After one: `ORDA reports`, `XQ informs`. */
const ACRONYM_REPORTS_AFTER = /^,?\s+(?:reports|reported|informs|informed|writes|wrote)\b/u;
/** A company's name and its trade in one word (at least three letters before it): `Asakabank`, Tajik `Amonatbonk`, `Kaztransgaz`. */
const GLUED_TRADE = /^\p{Lu}\p{Ll}{2,}(?:bank|bonk|telecom|invest|neftegaz|neftegas|neft|gaz|prom|energo|sanoat|mash)$/u;
/** Heads whose institutions the region numbers: `School № 12`, `Gymnasium № 38`, `City Hospital No. 1`. */
const NUMBERED_HEADS = new Set(['school', 'gymnasium', 'lyceum', 'hospital', 'polyclinic', 'kindergarten', 'college']);
/** The token that ends `№ 24` or `No. 24` starting at token k, or -1. */
function numberAfter(text: string, tokens: Token[], k: number): number {
  const token = tokens[k]!;
  if (/^\d+$/u.test(token.text) && /^\s*№\s*$/u.test(text.slice(tokens[k - 1]!.end, token.start))) return k;
  const next = tokens[k + 1];
  if (token.text === 'No' && next && /^\d+$/u.test(next.text) && /^\.?\s*$/u.test(text.slice(token.end, next.start))) return k + 1;
  return -1;
}
/** `Nuclear Power`, `Solar Power`: a kind of power, not a company's name. */
const KINDS_OF_POWER = new Set(['nuclear', 'solar', 'wind', 'hydro', 'thermal', 'electric', 'soft', 'hard', 'great', 'military', 'economic']);
/** `Power` after a kind of power, or a given name (`Samantha Power`, a surname), names no company. */
function isNotCompanyPower(before: Token): boolean {
  return KINDS_OF_POWER.has(lower(before)) || givenName(before.text) !== null;
}
/**
 * Values a text names together, the themes of proclaimed years and gatherings (`Peace and Trust`, `Mutual Trust`):
 * `Trust` beside one is the value, not a charity or a fund (`Snow Leopard Trust`).
 */
const VALUE_WORDS = new Set(['peace', 'trust', 'friendship', 'confidence', 'understanding', 'cooperation', 'solidarity', 'respect', 'harmony', 'stability']);
function isTrustAsValue(tokens: Token[], j: number): boolean {
  const before = lower(tokens[j - 1]!);
  return before === 'mutual' || (/^(?:and|&)$/u.test(before) && j >= 2 && VALUE_WORDS.has(lower(tokens[j - 2]!)));
}
/** Office holders whose possessive names a body (`Prosecutor General's Office`, `Prime Minister's Department`). */
const OFFICE_HOLDERS_IN_NAMES = new Set(['general', 'prosecutor', 'minister', 'president']);
/** What such a possessive names when a capitalised word of these follows: the holder's own staff, not a club or a prize. */
// (`the Archives of the President of Kazakhstan`, `the Library of the First President`: what an office keeps.)
const HOLDERS_BODIES = new Set(['office', 'department', 'administration', 'secretariat', 'press', 'chancellery', 'apparatus', 'archives', 'archive', 'library']);
function holdersBody(holder: Token | undefined, body: Token | undefined): boolean {
  return holder !== undefined && body !== undefined && holder.possessive && OFFICE_HOLDERS_IN_NAMES.has(lower(holder)) && body.capitalized && HOLDERS_BODIES.has(lower(body));
}
/** Titles of monarchs and sheikhs, which bodies named after one keep (`King Abdullah University …`). */
const NAMESAKE_TITLES = new Set(['King', 'Queen', 'Sultan', 'Emir', 'Prince', 'Princess', 'Sheikh', 'Shaikh', 'Sheikha']);
/**
 * `King Abdullah University of Science and Technology`, `King Salman Humanitarian Aid and Relief Centre`,
 * `Sheikh Zayed Foundation`: a monarch's title and name, then capitalised words up to a head word, name a body
 * after its namesake; the title is the body's word, not the start of a person's name.
 */
function namedAfterMonarch(tokens: Token[], at: number, joined: (k: number) => boolean): boolean {
  if (!NAMESAKE_TITLES.has(tokens[at]!.text) || !tokens[at + 1] || !joined(at + 1) || !isPlainName(tokens[at + 1]!)) return false;
  for (let k = at + 2; k < tokens.length && k <= at + 7 && joined(k); k++) {
    const word = lower(tokens[k]!);
    if (ORG_HEADS.has(word) && !HEADS_ONLY_LAST.has(word)) return true;
    if (!tokens[k]!.capitalized && word !== 'and') return false;
  }
  return false;
}
/**
 * `the Office of the Prime Minister of Armenia`: an office-holder's staff named after `of`, the office itself
 * (and its country after `of`) being part of the name, not a person's title: no name follows the office.
 */
function holdersOffice(tokens: Token[], at: number): boolean {
  let k = at - 1;
  // (`Library of the First President`: a title's modifier opens the office too.)
  while (tokens[k] && (isTitleToken(tokens[k]!) || TITLE_MODIFIERS.has(lower(tokens[k]!)))) k--;
  if (tokens[k] && lower(tokens[k]!) === 'the') k--;
  if (!tokens[k] || lower(tokens[k]!) !== 'of' || !tokens[k - 1] || !HOLDERS_BODIES.has(lower(tokens[k - 1]!))) return false;
  let end = at;
  while (tokens[end + 1] && isTitleToken(tokens[end + 1]!)) end++;
  const next = tokens[end + 1];
  return next === undefined || !next.capitalized || lower(next) === 'of';
}
/** Possessives that belong to the name they open: `People's Council`, `People’s Bank of China`, an office's own (`Prosecutor General’s Office`). */
const POSSESSIVE_IN_NAMES = new Set(['people', 'workers', 'women', 'children', 'veterans', ...OFFICE_HOLDERS_IN_NAMES]);

const SPEECH_VERBS =
  'said|says|added|adds|noted|notes|stated|states|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|warned|warns|told|tells|explained|explains|argued|argues|wrote|writes|concluded|reminded|remarked|insisted|asked|replied|declared|announced|commented|observed|believes|thinks|pointed out|points out|recalled|remembers|remembered|suggested|claimed|acknowledged|admitted|confirmed|predicted|tweeted|posted|highlighted|underlined|underscored|urged|called|praised|criticized|criticised|expressed|welcomed|proposed|reiterated|assured|reported';
// (`Middle Eastern states have …`, `… among Middle Eastern states.`: `states` says only before `that`, `in his …` or a quotation.)
const SPEECH_AFTER = new RegExp(`^(?:,)?\\s+(?:(?:has|had|have|also|then|later|once|\\w+ly)\\s+)*(?:${SPEECH_VERBS})\\b(?!(?<=states)(?!\\s*(?:that\\b|in\\s+(?:a|an|his|her|its|their)\\s|[,:“"«])))`, 'u');
const SPEECH_BEFORE = new RegExp(`(?:\\b(?:${SPEECH_VERBS})|\\baccording to)\\s+$`, 'u');
/** `This joint venture was called UzDaewoo Auto`, `a firm called …`, `the so-called …`: a thing's name, no one speaking. */
const NAMED_CALLED_BEFORE = /(?:\b(?:was|is|were|are|be|been|being|now|originally|initially|formerly|later|once|so-|also)|\b(?:a|an|the|new)\s+[\p{L}-]+)\s*called\s+$/u;
/** `…, said Fayetteville’s Alla Patrick.`: a place's possessive between the verb and a name that ends the sentence. */
const SPEECH_BEFORE_POSSESSIVE = new RegExp(`\\b(?:${SPEECH_VERBS})\\s+\\p{Lu}[\\p{L}-]+['’]s\\s+$`, 'u');
/** People's roles, as an apposition or a role before a name gives them. */
const HUMAN_ROLE = String.raw`(?:head|chief|director|founder|co-founder|president|vice[- ]president|vp|counselor|counsellor|administrator|mp|mep|goalkeeper|footballer|coach|chairman|chairwoman|chair|chairperson|spokesperson|spokesman|spokeswoman|deputy|editor|professor|author|leader|member|minister|ambassador|envoy|governor|mayor|akim|khokim|hokim|secretary|ceo|cfo|adviser|advisor|analyst|expert|researcher|journalist|correspondent|reporter|lecturer|fellow|executive|officer|official|diplomat|politician|lawmaker|senator|economist|scholar|historian|activist|lawyer|writer|commentator|columnist|blogger|entrepreneur|businessman|businesswoman|manager|partner|student|teacher|doctor|engineer|scientist|specialist|consultant|coordinator|representative|ruler|king|queen|prince|princess|general|colonel|officer|mother|father|son|daughter|wife|husband|brother|sister|widow|resident|citizen|national|native|veteran|survivor|victim|critic|supporter|opponent|candidate|nominee|winner|laureate|man|woman|person|figure|dissident|poet|novelist|artist|singer|musician|athlete|filmmaker|photographer|tycoon|commander|participant|tourist|architect|propagandist|wrestler|boxer|weightlifter|oligarch|billionaire|cleric|imam|priest|pilot|soldier|farmer|physician|surgeon|academic|philosopher|composer|actor|actress|prosecutor|attorney|judge|investigator|inspector|detective|auditor)s?`;
/**
 * `Jane Roe, a veteran journalist,` / `Jane Roe, who…` / `Jane Roe, head of…`: an apposition that says
 * the name is a person. A thing described the same way (`Khorgos Gateway, the biggest dry port`) is not.
 */
const APPOSITION = new RegExp(
  // Not a clause that goes on after the name (`held at Aiwan-e-Sadr, was attended by Prime Minister …`).
  // (`Zhansaula Karabakaeva, the 18 year old daughter of …`: a relative, an age before it.)
  // (`Chen Zhou, vice-chairman of …`, `…, co-founder of …`: a deputy's prefix on the role.)
  String.raw`^,\s+(?!(?:was|were|is|are|has|had|have|will|would|and|but|while)\s)(?:(?:who|whose)\b|(?:(?:a|an|the|one of the|former|then|current|acting|senior|junior|chief|deputy|vice|co-)\s+)?(?:\d{1,3}[- ]years?[- ]old\s+)?(?:[\p{L}'’.-]+\s+){0,4}?(?:${HUMAN_ROLE}|daughter|son|wife|husband|widow|mother|father|brother|sister)\b|${HUMAN_ROLE}\b|(?:vice|co)-${HUMAN_ROLE}\b)`,
  'iu',
);
/** `Ara Sahakyan – Armenia’s Ambassador to Kazakhstan said`: the apposition set off by a dash, its role within four words. */
// (Not `– and Special Representative …`: a list going on after the name.)
const DASH_APPOSITION = new RegExp(String.raw`^\s+[–—]\s+(?!(?:and|or|with|to|in)\s)(?:(?:a|an|the|former|then|acting|deputy|vice)\s+)?(?:[\p{L}'’.-]+\s+){0,3}?(?:${HUMAN_ROLE})\b`, 'iu');
/** Nouns before a name that a company and a person alike can be: `producer`, `publisher`, `developer`, `maker`. */
const PERSON_OR_COMPANY_NOUN_BEFORE = /\b(?:producer|publisher|developer|maker)\s+$/u;
const ORG_NOUN_BEFORE =
  // (`a report in Segodnya`, `an interview to Kazinform`: the paper a piece appeared in.)
  /\b(?:(?:report|article|interview|editorial|column|op-ed)\s+(?:in|to)|(?:state|state-owned|unitary|municipal|private|joint)\s+enterprise|company|firm|agency|consultancy|club|studio|group|bank|broadcaster|newspaper|outlet|airline|carrier|operator|giant|producer|maker|manufacturer|fund|charity|ngo|NGO|think[- ]tank|party|start-?up|miner|lender|insurer|regulator|conglomerate|publisher|website|portal|channel|watchdog|daily|weekly|tabloid|developer|contractor|exporter|importer|holding|organi[sz]ation|movement|network|centre|center|utility|subsidiary|venture|association|provider|supplier|platform|laboratory|publication|magazine|journal)\s+$/u;
/**
 * `… field`, `… gas/condensate field`, `…, Kashagan, and Karachaganak fields`: a name before them is an oil or gas
 * field's, a deposit's or a mine's.
 */
const RESOURCE_SITE_AFTER = /^(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}-]+)*,?\s+(?:(?:oil|gas|condensate|gold|copper|uranium|coal)[\s/]+)*(?:field|fields|oilfield|gasfield|deposit|deposits|mine|mines)\b/u;
/** The top-level domains of sites named in the region's news (`Kun.uz`, `Orda.kz`, `AKIpress.com`). */
const SITE_DOMAIN = /^(?:com|net|org|info|news|media|kz|uz|kg|tj|tm|ru|az|am|ge|ir|af|pk|in|cn|tr)$/u;
/** `Khamenei.ir`, `Kun.uz`: a name glued to a site's domain is the site, whatever the name alone would be. */
export function endsInSiteDomain(text: string, tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && text.slice(tokens[k]!.end, next.start) === '.' && SITE_DOMAIN.test(next.text) && !/^[\p{L}\p{N}]/u.test(text.slice(next.end, next.end + 1));
}
/**
 * `Acwa Power, a … developer,`: an apposition saying the name is an organization. Not `Omer Kocaman, the
 * group’s deputy secretary general` (the body's possessive introduces a person's role), nor `… Zhaslan
 * Khamzin, the company reports` (a clause naming who speaks), nor `Dr. Mehdi Basooli, the university president`
 * (the body's noun qualifies a person's post).
 */
const ORG_APPOSITION =
  /^,\s+(?:a|an|the)\s+(?:(?!(?:at|of|for|with|in|on|from|by)\s)[\p{L}-]+\s+){0,4}?(?:company|firm|group|corporation|conglomerate|bank|fund|think[- ]tank|ngo|non-governmental organi[sz]ation|organi[sz]ation|agency|outlet|newspaper|broadcaster|start-?up|manufacturer|producer|miner|operator|consortium|lender|insurer|carrier|airline|university|institute|charity|foundation|party|holding|website|portal|movement|network|developer|utility|provider|supplier|platform|exporter|importer|contractor|subsidiary|unit|division|body|council|committee|ministry|department)\b(?!['’]s\b)(?!\s+(?:reports|reported|says|said|writes|wrote|informs|announced|added|noted|told)\b)(?!\s+(?:president|vice-president|rector|director|chairman|chairwoman|chairperson|head|chief|spokes(?:man|woman|person)|officials?|employees?|professor|lecturer|researcher|analyst|economist|executive|founder|owner|ceo|manager|secretary|representative)\b)/iu;
const AFFILIATION = /^\s+(?:from|of|at)\s+(?:the\s+)?\p{Lu}/u;
const BRACKETED_OFFICE_BEFORE = new RegExp(String.raw`\((?:[^()]{0,60}\s)?(?:${[...'President Professor Minister Director Chancellor Rector Provost Ambassador Secretary Chairman Chair Dean Governor Mayor CEO Head Chief Editor Spokesperson'.split(' ')].join('|')})(?:\s[^()]{0,60})?\)\s+$`, 'u');
/** `H.E.`, `H. E.`: His or Her Excellency, the style written with its letters, at token i. */
function excellencyAt(text: string, tokens: Token[], i: number): boolean {
  return tokens[i]!.text === 'H.E.' || (tokens[i]!.text === 'H' && tokens[i + 1]?.text === 'E' && /^\.\s?$/u.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start)));
}

const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Prof|Shri|Smt)\.?\s+$/u;
/** Buildings and seats named with an office's title: `President Palace`, `Governor House`. */
const BUILDINGS = new Set(['palace', 'house', 'hall', 'residence', 'office', 'building', 'mansion', 'complex', 'square', 'street', 'avenue', 'library', 'museum', 'park', 'bridge', 'tower']);
/** Buildings and places named after a person: `Ho Chi Minh Mausoleum`, `Abai Monument`, `Abai Street`. */
const MEMORIALS = new Set([...BUILDINGS, 'mausoleum', 'memorial', 'monument', 'mosque', 'cathedral', 'stadium', 'airport']);
/** Titles strong enough to make one capitalised word a person: `President Tokayev`, `Mr Trump`. */
// Only an abbreviation takes a full stop: `former Prime Minister. Specifically, …` ends a sentence.
const STRONG_TITLE_BEFORE = /\b(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?|Professor|President|Premier|Senator|Minister|Ambassador|Chancellor|Governor|Mayor|Secretary|Sheikh|Sheik|Emir|Emperor|Empress|King|Queen|Pope)\s+$/u;
/** `Pakistani envoy to Afghanistan, Mohammad Sadiq Khan has …`: a role with its posting, then a comma. */
const ROLE_POSTED_BEFORE = /\b(?:envoy|ambassador|representative|consul|consul general|attaché|minister|commissioner)\s+(?:to|in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s*,\s+$/u;
/** `His successor, Kasym-Žomart Tokaev, has…`: a role noun and a comma before the name, a comma after. */
// (`PHOTOS BY Joel Caldwell & Sebastian Kennerknecht`: in capitals too, and each of two photographers.)
// (`Korea Times photo by Seo Jae-hoon`: the outlet's name before `photo`.)
const CREDIT_BY_BEFORE =
  /(?:^|[.!?]\s+|\(\s*)(?:(?:Image|Photo|Photograph|Picture|Video|Illustration|Caption|Map|Graphic)s?|Illustrated|(?:IMAGE|PHOTO|PHOTOGRAPH|PICTURE|VIDEO|ILLUSTRATION)S?|(?:\p{Lu}[\p{L}.&'’-]*\s+){1,4}(?:photo|image|picture|video)s?)\s+(?:by|BY)\s+(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+(?:&|and)\s+)?$/u;
const POST_NOMINAL_AFTER = /^\s+(?:MP|MEP|MSP|MLA|MNA|MHK|TD|KC|QC|OBE|MBE|CBE|KBE|DBE)(?=[\s,;.)]|$)/u;
const AGE_AFTER = /^,\s*(?:aged\s+)?\d{1,3},\s+\p{Ll}/u;
/** `R Ph`, `Pharm D`, `Ph D`: a degree printed as two words, which can pass for a name's. */
const TWO_WORD_DEGREE = String.raw`(?:R\.?\s?Ph|Pharm\.?\s?D|Ph\.?\s?D)`;
/** `, R Ph`, `, Pharm D`, `, RN`, `, MD`, `, PhD`: a degree or licence after a name, as teams and staff lists print them. */
const CREDENTIAL_AFTER = new RegExp(String.raw`^,\s*(?:${TWO_WORD_DEGREE}\.?|RN|MD|M\.D\.|DDS|DVM|MPH)(?![\p{L}])`, 'u');
/** A whole name that is such a degree. */
const TWO_WORD_DEGREE_ONLY = new RegExp(String.raw`^${TWO_WORD_DEGREE}\.?$`, 'u');
/**
 * `23-year-old Jamie Giles`, `a 70-year-old farmer Shamil Khakimov`: the age before the name, perhaps a word or two of
 * what they are. (Not `a 22-year-old Forest Parker`: an article right before the age and the name makes it a kind, a
 * place's resident.)
 */
const AGE_BEFORE = /(?<!\b(?:[Aa]|[Aa]n)\s+\d{1,3}-year-old\s+)(?<=\b\d{1,3}-year-old\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2})$/u;
/** Words of a place's name: `Aral Sea, 25, …` is no person's age, `Center of the Ahal Region` no body. */
const PLACE_WORDS = new Set(
  `sea lake river mountain mountains valley desert steppe park street avenue square canal bay gulf island islands
  peninsula region district province city village oblast velayat earth world country continent range ridge plateau gorge`.split(/\s+/),
);
/** The kinds of place that close a place's name and no one's surname (unlike `Park`, `Lake`, `Steppe`). */
const PLACE_KINDS = new Set(['range', 'ridge', 'plateau', 'gorge', 'valley', 'mountains', 'desert', 'peninsula', 'region', 'district', 'province', 'oblast', 'velayat', 'village', 'rayon', 'raion', 'krai']);
/** `Hazratisho Range`, `Savnob Village`, `Gorno Badakhshan Autonomous Oblast`: a word closing a place's name, never a surname. */
export function isPlaceKind(word: string): boolean {
  return PLACE_KINDS.has(word.toLowerCase());
}
// `his wife Peng Liyuan`: a relative, named after the possessive.
const PERSON_ROLE_BEFORE = /\b(?:his|her|their|its)\s+(?:[\p{Lu}][\p{L}-]+\s+)?(?:counterparts?|successor|predecessor|wife|husband|spouse|widow|widower|son|daughter|brother|sister|father|mother|grandson|granddaughter|nephew|niece)\s+$/u;
const ROLE_BEFORE = new RegExp(String.raw`\b(?:successor|predecessor|aide|assistant|colleague|rival|ally|counterpart|seeker|migrant|refugee|worker|CEO|${HUMAN_ROLE})\s*,\s+$`, 'iu');
/** `Jane Roe, security researcher, `: a name, then its role in lower case between commas; what follows is where the person works. */
const NAME_ROLE_COMMA_BEFORE = /\p{Lu}[\p{L}'’.-]*\s*,\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*\s*,\s+$/u;
/** `the editor-in-chief of the Karakalpak publication Makan.uz, Lolagul Kallykhanova,`: a role with what it is of, then the name between commas. */
const ROLE_OF_BEFORE = new RegExp(String.raw`\b${HUMAN_ROLE}\s+(?:of|at|for)\s+(?:[^,;:.!?()]|\.(?=\S)){1,70},\s+$`, 'iu');
/** Labels of a page's staff credits (`Translator:`, `Reviser:`, `Editor-in-Chief:`), as Chinese and corporate sites print them. */
const CREDIT_LABEL = /^(?:Translator|Reviser|Proofreader|Editor|Editor-in-Chief|Chief Editor|Executive Editor|Responsible Editor|Reporter|Writer|Photographer|Compiler)$/iu;
const CREDIT_LABEL_BEFORE = /(?:^|[\s,;|])(?:translator|reviser|proofreader|editor|editor-in-chief|chief editor|executive editor|responsible editor|reporter|writer|photographer|compiler)\s*[:：]\s*$/iu;
/** `edited by …`, `written by …`, `hosted by …`: a name credited with a piece of work. */
// (`the piece by Ararat L. Osipian`: a piece of writing by its author too.)
const BY_ROLE_BEFORE = /\b(?:(?:edited|written|compiled|translated|reported|produced|moderated|hosted|presented|authored|curated|reviewed|illustrated|photographed|interviewed|signed|chaired|led|headed|founded|directed)\s+by\s*[:：]?|(?:piece|article|essay|op-ed|column|book|novel|memoir|poem|paper)\s+by)\s+$/iu;
/** Words as written in running text or at a line's start: `minister` and `Minister` (a case-insensitive flag would also make `\p{Lu}` match lower case). */
function eitherCase(words: string[]): string {
  return `(?:${words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;
}
const OFFICE = eitherCase(
  'secretary undersecretary minister prosecutor officer chairman chairwoman chair head president director governor mayor akim khokim hokim speaker commissioner ambassador envoy representative rector dean consul attaché attache spokesman spokeswoman spokesperson adviser advisor chief manager ombudsman'.split(' '),
);
/** `Philippine Ambassador to Pakistan Jaime Yambao`: an envoy's posting between the title and the name. */
// (`Pakistan's ambassador to Kyrgyzstan Hasan Zaigham`: in lower case too.)
// `UNICEF Representative in Ashgabat Christine Weigand`: the post's city instead.
// `the Latvian Ambassador to Uzbekistan, Reinis Trokša,`: a comma may close the posting.
const POSTED_TITLE_BEFORE = /\b(?:[Aa]mbassador|[Ee]nvoy|Representative|Consul(?:\s+General)?|High\s+Commissioner)\s+(?:to\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}|in\s+)\p{Lu}[\p{L}'’-]*,?\s+$/u;
// `the vice-rector of the Tashkent Agricultural University, Aziz A. Abduvasikov,`: a comma may close the office.
const TITLE_OF_BEFORE = new RegExp(String.raw`\b${OFFICE}\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:and|of)\s+)?){0,3}\p{Lu}[\p{L}'’-]*,?\s+$`, 'u');
/** `the country’s minister of industry and infrastructure development Kairbek Uskenbayev`: an office in lower case, its field spelled out. */
// (Not where the field ends and the workplace follows: `director of education at Trend Micro`.)
const LOWER_TITLE_OF_BEFORE = new RegExp(String.raw`\b${OFFICE}\s+(?:of|for)\s+(?:(?!(?:at|from|by|with)\s)\p{Ll}[\p{Ll}-]*\s+){1,6}$`, 'u');
const TITLE_AFTER = new RegExp(String.raw`^\s+(?:(?:foreign|deputy|prime|vice|first|former|acting|interior|defen[cs]e|finance|economy|energy|trade|oil|special|chief|senior)\s+)*${OFFICE}\b`, 'iu');
/** `Secretary of `, `Minister for `: what follows names the office (`State`, `Foreign Affairs`) before the person. */
// `Ambassador of the People's Republic of China to Kyrgyzstan Du Dewen`: a posting after the office too.
// (`Vice Minister of Education & Science Kuanysh …`: an ampersand joins the office's fields too.)
const OFFICE_OF_BEFORE = new RegExp(String.raw`\b${OFFICE}s?\s+(?:of|for|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*,?\s+(?:(?:and|&|of|for|on|the|to)\s+)*)*$`, 'u');
/**
 * The last token of a list of capitalised fields starting at `first` (after a comma) and closed by `and`
 * and one more (`Migration, and Employment`; `Defence and Security`), or -1 when the words there are no
 * such list.
 */
function fieldListEnd(text: string, tokens: Token[], first: number, free: (k: number) => boolean): number {
  // A field is a word of a name, never a person's (`Ministry of Finance, Nurlan Oraz and …` lists people).
  const word = (k: number) =>
    tokens[k] !== undefined && free(k) && tokens[k]!.capitalized && !STOPWORDS.has(lower(tokens[k]!)) && givenName(tokens[k]!.text) === null && !LATIN_SURNAME.test(tokens[k]!.text);
  const gap = (k: number) => text.slice(tokens[k - 1]!.end, tokens[k]!.start);
  // The field before the comma must be one too: `Bank of America, Citigroup and Wells Fargo` lists banks.
  if (first < 1 || !isFieldWord(tokens[first - 1]!)) return -1;
  let k = first;
  for (let items = 0; items < 5 && word(k); items++) {
    while (word(k + 1) && /^\s+$/u.test(gap(k + 1))) k++;
    const next = tokens[k + 1];
    if (!isFieldWord(tokens[k]!)) return -1;
    if (next?.text === 'and' && /^,?\s+$/u.test(gap(k + 1))) {
      if (!word(k + 2) || !/^\s+$/u.test(gap(k + 2))) return -1;
      k += 2;
      while (word(k + 1) && /^\s+$/u.test(gap(k + 1))) k++;
      return isFieldWord(tokens[k]!) ? k : -1;
    }
    if (!next || !/^,\s+$/u.test(gap(k + 1))) return -1;
    k++;
  }
  return -1;
}

/** `European`, `Russian`, `Islamic`: an adjective of a people, a place or a faith. */
const NAME_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ic|al|ese|ish|i)$/u;

/**
 * `Institute for European, Russian and Eurasian Studies`: adjectives listed with commas and `and` after the
 * body's `for` or `of`, closed by the plural noun they qualify; the index of that noun, or -1. `first` is the
 * adjective after the first comma.
 */
function adjectiveListEnd(text: string, tokens: Token[], first: number): number {
  const gap = (k: number) => text.slice(tokens[k - 1]!.end, tokens[k]!.start);
  const adjective = (k: number) => tokens[k] !== undefined && NAME_ADJECTIVE.test(tokens[k]!.text);
  if (!adjective(first - 1)) return -1;
  let k = first;
  for (let items = 0; items < 6 && adjective(k); items++) {
    const next = tokens[k + 1];
    // (`… for Russian, Eurasian and East European Studies`: a point of the compass before the last.)
    const compass = next?.text === 'and' && /^(?:East|West|North|South|Central|Middle)$/u.test(tokens[k + 2]?.text ?? '') && adjective(k + 3) && /^\s+$/u.test(gap(k + 3)) ? 1 : 0;
    if (next?.text === 'and' && /^,?\s+$/u.test(gap(k + 1)) && (adjective(k + 2) || compass === 1) && /^\s+$/u.test(gap(k + 2))) {
      const noun = tokens[k + 3 + compass];
      // (Or a field's noun: `Joint Committee for Economic, Scientific and Technical Cooperation`.)
      return noun && /^\s+$/u.test(gap(k + 3 + compass)) && (/^\p{Lu}\p{Ll}+s$/u.test(noun.text) || (/^\p{Lu}\p{Ll}/u.test(noun.text) && isFieldWord(noun))) && !STOPWORDS.has(lower(noun)) ? k + 3 + compass : -1;
    }
    if (!next || !/^,\s+$/u.test(gap(k + 1))) return -1;
    k++;
  }
  return -1;
}

/** A word that names a field of government or study (`Migration`, `Employment`, `Labor`), not a name. */
function isFieldWord(token: Token): boolean {
  return isFieldWordText(token.text);
}
function isFieldWordText(word: string): boolean {
  return OFFICE_COMPLEMENTS.has(word.toLowerCase().replace(/\u0307/gu, '')) || /\p{Ll}(?:tion|sion|ment|ity|ance|ence|ism|ure|ics|ing|ogy|ness|ship)s?$/u.test(word);
}

/** Whether an office's `of`/`for` phrase runs up to `at` (`Commissioner for International Partnerships`). */
export function inOfficePhrase(text: string, at: number): boolean {
  return OFFICE_OF_BEFORE.test(text.slice(Math.max(0, at - 160), at));
}
const OFFICE_COMPLEMENTS = new Set(
  `state foreign affairs internal interior defence defense commerce treasury economy economic economics finance supervision energy trade justice health
  education agriculture transport culture labour labor emergencies emergency industry investment investments environment ecology
  digital development water resources natural security information communications external international and sector sectors
  banking financial economic social protection youth sports municipality transportation higher relations cooperation policy
  organizations organisations affairs planning construction housing tourism trade situations customs statistics mining
  petroleum railways telecommunications geology fisheries veterans armed forces staff general power rights democracy heritage handicrafts arts media climate change
  responsible fish wildlife forestry forests land lands parks science sciences technology research innovation aids hiv tuberculosis malaria
  welfare mines minerals family women children food irrigation population migration infrastructure nature problems issues hydropower studies complex`.split(/\s+/),
);
/**
 * `President of the Kazakh Red Crescent`: after `of the` and a country's adjective alone, the words name a body, not
 * the office's holder (`the Philippines`, `the Netherlands` are countries' names, not adjectives).
 */
function afterCountryAdjective(text: string, tokens: Token[], first: number, softCovered: boolean[]): boolean {
  const adjective = tokens[first - 1];
  if (adjective === undefined || softCovered[first - 1] !== true || /s$/u.test(adjective.text) || text.slice(adjective.end, tokens[first]!.start) !== ' ') return false;
  return /\sof\s+the\s+$/u.test(text.slice(Math.max(0, adjective.start - 8), adjective.start));
}
/** A year in brackets or after the name, as a citation gives it: `Mackinder (1904)`, `Layne 2006)`, `Owen 2019;`. */
// (`(Bologov, 2016)`, `(Eshchanov et al., 2011)`: the year after a comma, or after `et al.`, closing the bracket.)
const CITATION_AFTER = /^(?:\s\((?:1[89]|20)\d\d[a-z]?\)|\s(?:1[89]|20)\d\d[a-z]?[;)]|\s(?:and|&)\s\p{Lu}[\p{L}'’-]+\s(?:1[89]|20)\d\d[a-z]?[;)]|,\s(?:1[89]|20)\d\d[a-z]?[;)]|\set al\.?,?\s(?:1[89]|20)\d\d[a-z]?[;)])/u;
/** A name in a list after a plural role, with a party or state tag if any: `Carol Miller (R-WV)`. */
const LISTED_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3}(?:\s\([^()]{1,12}\))?`;
const LIST_ROLES = 'members|ministers|officials|leaders|analysts|experts|senators|representatives|lawmakers|congressmen|congresswomen|ambassadors|envoys|governors';
const LIST_ROLE_WORDS = eitherCase(LIST_ROLES.split('|'));
/** `Senators Steve Daines (R-MT), Jeanne Shaheen (D-NH) and …`: the names after the first in such a list. */
const PLURAL_ROLE_LIST = new RegExp(String.raw`\b${LIST_ROLE_WORDS}\s+${LISTED_NAME}(?:,\s+${LISTED_NAME})*,?\s+(?:(?:and|&)\s+)?$`, 'u');
const PLURAL_ROLE_AFTER = new RegExp(
  String.raw`^(?:\s+and\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})?,\s+(?:who\s+)?(?:are|were|both)\s+(?:(?:also|now|both|former|independent|local|\p{Ll}+ist)\s+)?${HUMAN_ROLE}\b`,
  'u',
);
/** `Congress members Ann Lee and Bo Chan`, `analysts Jane Roe and John Doe`: a plural role before coordinated names. */
// Every person's role in the plural (`actors Mark Dacascos and Tom H…`), and a few offices besides; not
// `figures`, which are numbers as often (`according to figures Jane Roe published`).
const PLURAL_ROLES = new Set([...pluralRoles(HUMAN_ROLE).filter((role) => role !== 'figures'), 'officials', 'presidents', 'speakers']);
/** A sentence opened by a preposition of place, right before a name: `In `, `At the `. */
const FRONTED_PLACE_BEFORE = /(?:^|[.!?]["”’]?\s+)(?:In|At|From|Across|Throughout|Outside|Inside|Near|Around|Within|Beyond|Along)\s+(?:the\s+)?$/u;
/**
 * `… at the World Economic Forum’s Summer Davos, executives from … met`, `… in Star Wars, participants sat`: a
 * bare plural role after a lone name opens the next clause; only a list of names takes a plural apposition
 * (`Ann Lee and Bo Chan, analysts at …`).
 */
function bareClauseSubjectAfter(before: string, after: string): boolean {
  const role = /^,\s+(\p{Ll}+)\b/u.exec(after)?.[1];
  return role !== undefined && PLURAL_ROLES.has(role) && !/(?:\band|&|,)\s+$/u.test(before);
}
/** Whether the text before a name closes on a plural role (its last word, or its last two: `vice presidents`). */
function pluralRoleBefore(before: string): boolean {
  // A set of words, not one alternation tried at every position of the text before each name.
  if (!/\s$/u.test(before)) return false;
  const words = before.trimEnd().split(/\s+/u).slice(-2).map((w) => w.replace(/^[^\p{L}]+/u, '').toLowerCase());
  const last = words.at(-1) ?? '';
  return PLURAL_ROLES.has(last) || (words.length === 2 && (PLURAL_ROLES.has(`${words[0]} ${last}`) || PLURAL_ROLES.has(`${words[0]}-${last}`)));
}

/** The plurals of a `(?:a|b|…)s?` pattern's words: `actors`, `actresses`, `businessmen`, `secretaries`. */
function pluralRoles(pattern: string): string[] {
  return pattern
    .replace(/^\(\?:|\)s\?$/gu, '')
    .split('|')
    .flatMap((word) => (word.includes('[- ]') ? [word.replace('[- ]', ' '), word.replace('[- ]', '-')] : [word]))
    .map((word) => (/man$/u.test(word) ? `${word.slice(0, -3)}men` : /(?:s|sh|ch|x)$/u.test(word) ? `${word}es` : /[^aeiou]y$/u.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`));
}

/**
 * compromise's lexicon of given names (given-names.json, written by scripts/given-names.ts), as one signal
 * among others (it knows `Kamala`, not `Ainur`): the gender it records lets quote attribution resolve
 * `she` and `he`. Diacritics are folded, as compromise does; a hyphenated word is a given name when a
 * part is (`Jean-Michel`).
 */
const GIVEN_NAMES: ReadonlyMap<string, 'male' | 'female' | 'any'> = new Map([
  ...(['male', 'female', 'any'] as const).flatMap((gender) => givenNamesJson[gender].map((name) => [name, gender] as const)),
  ...(['male', 'female'] as const).flatMap((gender) => REGIONAL_GIVEN_NAMES[gender].map((name) => [name, gender] as const)),
]);
const GENDER_ORDER = ['male', 'female', 'any'] as const;
/**
 * `Azizjon`, `Akromjon`, `Talantbek`, `Zheenbek`: Tajik and Uzbek given names close with `-jon`, Kyrgyz, Kazakh and
 * Uzbek ones with `-bek`, Turkmen ones with `-guly` (`Kasymguly`, `Gurbanguly`), far more of them than any list holds
 * (not `Uzbek`, too short; surnames add `-ov`). `-jon` is spelt `-dzhon` or `-djon` from Russian too (`Ahmadzhon`).
 */
const REGIONAL_GIVEN_ENDING = /^\p{L}{3,}(?:jon|dzhon|djon|bek|guly)$/u;
export const givenName = memoize((word: string): 'male' | 'female' | 'any' | null => {
  const found = word
    .split(/[-‐‑]/u)
    // (`Asel’`: a soft sign written as an apostrophe closing the name is no letter of it.)
    .map((part) => part.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ]$/u, '').toLowerCase())
    .map((part) => GIVEN_NAMES.get(part) ?? (REGIONAL_GIVEN_ENDING.test(part) ? 'male' : undefined))
    .filter((gender) => gender !== undefined);
  return GENDER_ORDER.find((gender) => found.includes(gender)) ?? null;
}, 50_000);

/** After a body's acronym on the same line: an officer's title, or its people (`ISTC representatives`). */
const ACRONYM_OFFICER_AFTER = /^[ \t]+(?:(?:Executive|Deputy|Vice|General|Managing|First|Acting|Regional|Country|Senior)\s+)*(?:Director|Chairman|Chairwoman|Chairperson|President|CEO|Head|Secretary|Spokesman|Spokesperson|Spokeswoman|Chief|Governor|Rector|Commissioner|Coordinator|Representative|officials?|representatives|staff|employees|headquarters)\b/u;
/** Acronyms of titles (`PM Modi`, `HE President`) and of countries (`RK President`, `RF Government`): no body's. */
const NOT_BODY_ACRONYMS = new Set('PM MP CEO CFO COO CTO VP HE MD GM DG SG AM PR HR IT RK RF KR RT RU ROK DPRK PRC USA US UK UAE EAU KSA EU UN KZ UZ KG TJ TM'.split(' '));

function lower(token: Token): string {
  // Turkish `İ` lower-cases to `i` and a combining dot (`İnşaat` → `i̇nşaat`): the dot is no letter of the word.
  const folded = token.text.toLowerCase();
  return folded.length === token.text.length ? folded : folded.replace(/\u0307/gu, '');
}

function isTitleToken(token: Token): boolean {
  return TITLES.has(lower(token));
}

/** Causes that advocacy bodies are named for, never a person's name word (`Human Rights First believes …`). */
const CAUSE_NOUNS = new Set(['rights', 'freedoms', 'liberties', 'solidarity', 'democracy']);

export function isPlainName(token: Token): boolean {
  // A name word: capitalised, not an acronym, no digits, not a stopword or title.
  return (
    token.capitalized &&
    !token.acronym &&
    !/\p{N}/u.test(token.text) &&
    !STOPWORDS.has(lower(token)) &&
    !isTitleToken(token) &&
    !PLURAL_TITLES.has(lower(token)) &&
    !ORG_HEADS.has(lower(token)) &&
    !EVENT_HEADS.has(lower(token)) &&
    !LEGAL_SUFFIXES.has(lower(token)) &&
    !CAUSE_NOUNS.has(lower(token)) &&
    !FAITH_GROUPS.has(lower(token))
  );
}

/** Members of a faith in the plural (`Kajisay Baptists continue to meet`): a community, never a name word. */
const FAITH_GROUPS = new Set(
  'baptists methodists lutherans catholics protestants pentecostals adventists evangelicals christians muslims jews sunnis shias shiites sufis ismailis buddhists hindus sikhs orthodox mormons presbyterians anglicans quakers'.split(' '),
);

const INITIAL_TOKEN = new RegExp(`^${INITIAL_LETTERS}$`, 'u');
/** `S.N.` in `S.N. Japarov`: a given name's and a patronymic's initials, which the tokenizer keeps as one token. */
const DOTTED_INITIALS = new RegExp(`^(?:${INITIAL_LETTERS}\\.){2,3}$`, 'u');

function isInitial(token: Token, text: string): boolean {
  return (INITIAL_TOKEN.test(token.text) && text[token.end] === '.') || DOTTED_INITIALS.test(token.text);
}


/** Where an officer's name opens after a body's country inside a run (see its caller), or -1. */
function officerAfterCountry(tokens: Token[], lastHead: number, last: number, softCovered: boolean[]): number {
  for (let k = lastHead + 2; k < last; k++) {
    const sex = givenName(tokens[k]!.text);
    if (softCovered[k - 1] !== true || softCovered[k] || (sex !== 'male' && sex !== 'female') || last - k > 3) continue;
    if (tokens.slice(k, last + 1).every((t) => isPlainName(t) && !ORG_HEADS.has(lower(t)))) return k;
  }
  return -1;
}

/** `Co-Chairman`, `Co-founder`: a word hyphenated to the word after it is that word's prefix (a legal form's letters too). */
function isHyphenatedPrefix(token: Token, text: string): boolean {
  return /^[-‐‑]\p{L}/u.test(text.slice(token.end, token.end + 2));
}

/** `Tae-hyo` in `Kim Tae-hyo`: a lower-case part hyphenated to the name word before it. */
function isHyphenatedTail(prev: Token, token: Token, text: string): boolean {
  return text.slice(prev.end, token.start) === '-' && /^\p{Ll}/u.test(token.text) && !/\p{N}/u.test(token.text);
}

/** `Foreign Minister`, `Deputy Prime Minister`: a title (with its modifiers) starting at token `i`. */
function titleStartsAt(tokens: Token[], i: number): boolean {
  let j = i;
  while (j < tokens.length && TITLE_MODIFIERS.has(lower(tokens[j]!))) j++;
  const token = tokens[j];
  // (`Assistant Attorney General for …`, `Attorney General Jane Roe`: words a title and a modifier both, the last of them the title.)
  return (token !== undefined && (isTitleToken(token) || chargeDAffaires(tokens, j))) || (j - i >= 2 && isTitleToken(tokens[j - 1]!));
}

/** `Chargé d'Affaires`, `Charge de Affairs`: a diplomat's title in whatever spelling, at its first or last word. */
function chargeDAffaires(tokens: Token[], i: number): boolean {
  const charge = (k: number) => /^charg[eé]$/iu.test(tokens[k]?.text ?? '');
  const de = (k: number) => /^(?:d|de|des)$/iu.test(tokens[k]?.text ?? '');
  if (charge(i)) return de(i + 1) || /^d['’]affaires$/iu.test(tokens[i + 1]?.text ?? '');
  return /^affai?res$|^affairs$/iu.test(tokens[i]?.text ?? '') && de(i - 1) && charge(i - 2);
}

/**
 * `Corresponding Member of the Russian Academy of Sciences`, `Branch of the Federal Center …`: a membership or
 * a branch before `of` is what someone or something is of the body; the body's name starts after `of the`.
 */
function memberOfBody(tokens: Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length - 1, i + 3); k++) {
    if (!tokens[k]!.capitalized) return false;
    if (MEMBERS_OF.has(lower(tokens[k]!)) && lower(tokens[k + 1]!) === 'of' && !isGeneralStaff(tokens, k)) return true;
  }
  return false;
}

/**
 * `Amir` is a given name as well as a title: `Amir Saeid Iravani` (two more name words, nothing after
 * them that goes on a name) is a name, while `the Amir`, `Amir Sheikh Tamim` and `Amir Tamim bin Hamad`
 * are the title.
 */
function amirOpensName(tokens: Token[], i: number, text: string): boolean {
  const [amir, second, third, after] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (amir === undefined || lower(amir) !== 'amir' || second === undefined) return false;
  if (tokens[i - 1] && /^(?:the|his|her|their|of)$/iu.test(tokens[i - 1]!.text)) return false;
  const joinedAt = (k: number) => /^\s+$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  // `Senator Amir Muqam`, `Minister for Kashmir Affairs, Amir Muqam,`: after a title or an office and its comma,
  // `Amir` is no second title but the given name of a name of two.
  const afterOffice = STRONG_TITLE_BEFORE.test(text.slice(Math.max(0, amir.start - 20), amir.start)) || /\b(?:Minister|Affairs|Secretary|Ambassador)\s*,\s+$/u.test(text.slice(Math.max(0, amir.start - 20), amir.start));
  if (afterOffice && isPlainName(second) && joinedAt(i + 1) && !(third !== undefined && joinedAt(i + 2) && isPlainName(third))) return true;
  if (third === undefined || !isPlainName(second) || !isPlainName(third) || !joinedAt(i + 1) || !joinedAt(i + 2) || second.possessive) return false;
  return !(after && joinedAt(i + 3) && (isPlainName(after) || NAME_PARTICLES.has(after.text.toLowerCase())));
}

/** A quoted name followed by an event word names the event: `the "Peace and Trust" conference`. */
function eventFollows(text: string, tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next) return false;
  return /^[”"’']\s$/u.test(text.slice(tokens[last]!.end, next.start)) && EVENT_HEADS.has(lower(next));
}

/** Lower-case words after a name that make it the name of a built thing, not of an organization. */
const INFRASTRUCTURE = new Set(['pipeline', 'pipelines', 'railway', 'railroad', 'highway', 'motorway', 'corridor', 'bridge', 'dam', 'canal', 'tunnel']);

function namesInfrastructure(text: string, tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && !next.capitalized && INFRASTRUCTURE.has(next.text) && /^\s+$/u.test(text.slice(tokens[last]!.end, next.start));
}

/** `XIX Congress of the Communist Party`, `Third Plenum …`, `20th Session …`: a numbered sitting is an event. */
const ORDINAL = /^(?:[IVXL]{1,6}|\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)$/iu;
const SITTINGS = new Set(['congress', 'plenum', 'plenary', 'kurultai', 'qurultai']);

/**
 * `Uzbek Forum for Human Rights`, `Forum for Democracy`: a forum *for* a cause is a standing body; a forum
 * alone or *on* a subject (`Astana International Forum`, `Forum on Water`) is a gathering.
 */
function forumFor(tokens: Token[], k: number): boolean {
  if (lower(tokens[k]!) !== 'forum' || tokens[k + 1]?.text !== 'for' || tokens[k + 2]?.capitalized !== true) return false;
  // (`Investors Forum for Transport Connectivity` is a gathering: a standing forum names a cause; so is `International
  // Forum for Peace and Trust`, a cause set beside a value, the theme of a gathering.)
  const named = tokens.slice(k + 2, k + 5);
  return named.some((t) => t.capitalized && CAUSE_WORDS.has(lower(t))) && !named.some((t) => t.capitalized && VALUE_WORDS.has(lower(t)) && !CAUSE_WORDS.has(lower(t)));
}
const CAUSE_WORDS = new Set(['rights', 'democracy', 'freedom', 'freedoms', 'peace', 'justice', 'equality', 'liberty', 'women', 'transparency', 'accountability']);

/** `General Staff` (of an army): the body at `Staff`, though `General` alone is a rank and `staff` alone its people. */
function isGeneralStaff(tokens: Token[], k: number): boolean {
  return tokens[k]?.text === 'Staff' && tokens[k - 1]?.text === 'General';
}

/**
 * Where the body a sitting is of begins (`Summit of the Council of …`, `Annual Meeting of the Board of …`), or -1:
 * a sitting's head word at the run's first or second word, then `of`, then words with a head word of their own
 * (not `Summit of the Heads of State`, a sitting of leaders, nor `Year of Peace and Trust`).
 */
function sittingsBody(tokens: Token[], first: number, last: number): number {
  for (let k = first; k <= Math.min(first + 1, last - 2); k++) {
    if (!(SITTING_HEADS.has(lower(tokens[k]!)) || ACTS_ON_BODIES.has(lower(tokens[k]!))) || lower(tokens[k + 1]!) !== 'of') continue;
    const body = lower(tokens[k + 2]!) === 'the' ? k + 3 : k + 2;
    if (body > last || PEOPLE_WORDS.has(lower(tokens[body]!))) return -1;
    return tokens.slice(body, last + 1).some((t) => ORG_HEADS.has(lower(t)) && !HEADS_ONLY_LAST.has(lower(t))) ? body : -1;
  }
  return -1;
}
/** Head words of a company's name. */
const COMPANY_HEADS = new Set(['company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'group', 'holding', 'holdings', 'bank']);
/** A body's sittings, named `… of` the body. */
const SITTING_HEADS = new Set(['summit', 'summits', 'meeting', 'meetings', 'session', 'sessions', 'conference', 'plenary', 'ministerial']);
/** What is done to a body, written `… of` the body opening a sentence (`Establishment of Yeoju Technical Institute in Tashkent …`). */
const ACTS_ON_BODIES = new Set(['establishment', 'creation', 'founding', 'formation', 'opening', 'reorganization', 'reorganisation', 'liquidation']);

function isEventRun(tokens: Token[], first: number, last: number): boolean {
  if (EVENT_HEADS.has(lower(tokens[last]!))) return true;
  // `UEFA Champions League`, `Wanda Diamond League`: a competition named a league (`Arab League`, `Kazakhstan Premier
  // League` are bodies).
  if (last > first && lower(tokens[last]!) === 'league' && /^(?:champions|europa|conference|nations|diamond)$/u.test(lower(tokens[last - 1]!))) return true;
  // `an annual Joint Force exercise`: a name that labels the drill after it; `Air Force One`: the president's plane.
  if (/^(?:exercises?|drills?|manoeuvres|maneuvers|war-?games)$/u.test(tokens[last + 1]?.text ?? '')) return true;
  if (lower(tokens[last]!) === 'force' && tokens[last + 1]?.text === 'One') return true;
  // `Trans-Siberian Railway`, `Trans-Afghan Railway`: a line across places is a route, not its operator.
  if (lower(tokens[first]!) === 'trans' && INFRASTRUCTURE.has(lower(tokens[last]!).replace(/s$/u, ''))) return true;
  if (last > first && ORDINAL.test(tokens[first]!.text) && SITTINGS.has(lower(tokens[first + 1]!))) return true;
  if (first > 0 && ORDINAL.test(tokens[first - 1]!.text) && SITTINGS.has(lower(tokens[first]!))) return true;
  // `Seventh World Congress of …`, `the 7th International Congress …`: one word between the number and the sitting.
  if (last > first + 1 && ORDINAL.test(tokens[first]!.text) && SITTINGS.has(lower(tokens[first + 2]!))) return true;
  if (first > 0 && last > first && ORDINAL.test(tokens[first - 1]!.text) && SITTINGS.has(lower(tokens[first + 1]!))) return true;
  // `Congress of Leaders of World and Traditional Religions`, `Congress of the Heads of …`: a sitting of leaders, not a parliament.
  for (let k = first; k < last - 1; k++) {
    if (SITTINGS.has(lower(tokens[k]!)) && lower(tokens[k + 1]!) === 'of' && /^(?:leaders|heads)$/u.test(lower(tokens[lower(tokens[k + 2]!) === 'the' ? k + 3 : k + 2] ?? tokens[k]!))) return true;
  }
  // `Year of Peace and Trust`, `International Year of …`, `Summit of the Heads of State`, `Agreement on …`; not a
  // company named for its trade (`China Road and Bridge Corporation`).
  const company = COMPANY_HEADS.has(lower(tokens[last]!));
  for (let k = first; k <= Math.min(first + 1, last - 1); k++) {
    if (EVENT_HEADS.has(lower(tokens[k]!)) && ORG_CONNECTORS.has(lower(tokens[k + 1]!)) && !forumFor(tokens, k) && !(company && /^(?:and|&)$/u.test(tokens[k + 1]!.text))) return true;
  }
  return false;
}

/**
 * Finds person and organization candidates among tokens not already linked (`covered[i]` false).
 * `softCovered[i]` marks tokens linked to a country, a place or a registry organization: an
 * organization name may contain one (`Kazakhstan Institute for Strategic Studies`, `UN General
 * Assembly`) and then wins, being longer.
 */
export function findCandidates(
  text: string,
  tokens: Token[],
  covered: boolean[],
  softCovered: boolean[],
  options: {
    /** Whether a run with no cue spells a registry person another way (variants.ts). */
    isVariant?: (first: number, last: number) => boolean;
    /** Whether the article prints this token key alone elsewhere, capitalised, mid-sentence: a surname used again. */
    printedAlone?: (key: string) => boolean;
    /**
     * A line in headline case (clean.ts isHeadlineCase): every word looks like a name, so only a person
     * announced by an office or honorific is taken (`Minister of Finance Serdar Joraev`), no organization.
     */
    headlineCase?: boolean;
  } = {},
): Candidate[] {
  const { isVariant, printedAlone, headlineCase = false } = options;
  const candidates: Candidate[] = [];
  const taken = new Array<boolean>(tokens.length).fill(false);
  const free = (k: number) => !covered[k] || softCovered[k];
  const joined = (k: number) => {
    const prev = tokens[k - 1]!;
    // `People's Council`: the possessive ending lies between the two tokens.
    const between = text.slice(prev.end, tokens[k]!.start).replace(/^['’ʼ]s?/u, prev.possessive ? '' : '$&');
    // `Asel’ Zhuraeva`: a soft sign transliterated as an apostrophe closes a given name (a plural's possessive ends in `s`).
    if (between.length === 2 && (between[0] === '’' || between[0] === 'ʼ') && /^\s$/u.test(between[1]!) && !/s$/iu.test(prev.text) && givenName(prev.text) !== null) return true;
    // `(Clay Lancaster/U.S. Air Force)`: a slash after a full name sets a credit's name apart from its body (one
    // word may still pair with another, `Spring/Summer`, and an acronym's letters stay joined).
    if (between === '/' && !prev.acronym && tokens[k - 2]?.capitalized && text.slice(tokens[k - 2]!.end, prev.start) === ' ') return false;
    return isNameJoiner(between) && !sentenceEndsBetween(text, prev.end, between) && (!prev.possessive || POSSESSIVE_IN_NAMES.has(lower(prev)));
  };

  // Organizations first: `… Institute`, `Ministry of …`, `… News Agency`, `Cove Capital LLC`, `JSC Tau-Ken Samruk`.
  for (let i = 0; i < (headlineCase ? 0 : tokens.length); i++) {
    if (taken[i] || !free(i)) continue;
    const start = tokens[i]!;
    // `Speakers of the House of Representatives Takahiro Yokomichi`: people in office open no body's name.
    // `Prosecutor General’s Office`: an office named after its holder's title is a body.
    const [second, third] = [tokens[i + 1], tokens[i + 2]];
    // `General Prosecutorʼs Office`, `Prime Minister’s Office`, `President's Office` too.
    const titlesBody = holdersBody(second, third) || holdersBody(start, second);
    // `US` is no stopword: `the US-Kyrgyzstan Business Council`.
    if (!start.capitalized || (STOPWORDS.has(lower(start)) && !(start.acronym && softCovered[i])) || ((isTitleToken(start) || chargeDAffaires(tokens, i)) && !titlesBody && !isGeneralStaff(tokens, i + 1) && !namedAfterMonarch(tokens, i, joined)) || memberOfBody(tokens, i) || (PLURAL_TITLES.has(lower(start)) && (lower(start) !== 'representatives' || lower(tokens[i + 1] ?? start) === 'of')) || /^\d/u.test(start.text)) continue;
    // `the foreign Ministry of the Republic of Kazakhstan`: a ministry whose field is written in lower case before it is
    // no name of its own (`Ministry of the Republic of Kazakhstan`).
    if ((start.text === 'Ministry' || start.text === 'ministry') && i > 0 && /^(?:foreign|defen[cs]e|interior|finance|justice|health|education|energy|agriculture|economy|transport|culture|labou?r|emergency|emergencies|environment|trade)$/u.test(tokens[i - 1]!.text) && /^\s$/u.test(text.slice(tokens[i - 1]!.end, start.start))) continue;
    // `an American University to Uzbekistan`: after an indefinite article, a kind of body, not a named one.
    let runStart = i;
    while (runStart > 0 && joined(runStart) && tokens[runStart - 1]!.capitalized && !STOPWORDS.has(lower(tokens[runStart - 1]!))) runStart--;
    // (`a Regional Coordination Center for Glacier Studies`: two capitalised words and more, then a capitalised
    // field after `for` or `of`, name one body, proposed or new.)
    if (/(?:^|[^\p{L}])an?\s+$/iu.test(text.slice(Math.max(0, tokens[runStart]!.start - 4), tokens[runStart]!.start)) && !FULL_NAME_AFTER_ARTICLE.test(text.slice(tokens[runStart]!.start, tokens[runStart]!.start + 160))) continue;
    // Never from the middle of a capitalised name (`Group LLC` of `Cove Kaz Capital Group LLC`); an
    // ordinal before a name is not part of it (`the 11th Summit`, `the 80th United Nations General Assembly`).
    const before = tokens[i - 1];
    if (before && joined(i) && before.capitalized && !STOPWORDS.has(lower(before)) && !taken[i - 1] && !covered[i - 1] && !/^\d/u.test(before.text)) continue;
    // `astronaut Takuya Onishi of the Japan Aerospace Exploration Agency`: two name words after a role in lower case
    // are the person's name, and the body's name starts after `of`.
    if (before && !before.capitalized && isTitleToken(before) && joined(i) && tokens[i + 1] && isPlainName(start) && isPlainName(tokens[i + 1]!) && joined(i + 1) && lower(tokens[i + 2] ?? start) === 'of') continue;
    // Nor from after a compound that opens the name (`Sino-pipeline International Company Limited`); a compound
    // adjective before a name is no part of it (`Luxembourg-based Altair Holding`, `BSE-promoted India …`).
    const compound = tokens[i - 2];
    if (before && compound && !before.capitalized && !/ed$/u.test(before.text) && compound.capitalized && /^\s$/u.test(text.slice(before.end, start.start)) && /^[-‐‑]$/u.test(text.slice(compound.end, before.start))) continue;
    // `China-Gulf Cooperation Council summit`: a country hyphenated to a name is a compound adjective, not part of it.
    // Two countries so joined name a bilateral body (`Iran-Turkmenistan Joint Economic Commission`).
    if (softCovered[i] && tokens[i + 1] && !softCovered[i + 1] && /^[-‐‑]$/u.test(text.slice(start.end, tokens[i + 1]!.start))) continue;
    let last = i;
    let underOffice = -1;
    let restartAt = -1;
    const heads: number[] = ORG_HEADS.has(lower(start)) || LEGAL_PREFIXES.has(lower(start)) || forumFor(tokens, i) ? [i] : [];
    for (let j = i + 1; j < tokens.length; j++) {
      const token = tokens[j]!;
      // `Secondary School № 24`, `City Hospital No. 1`: a school's or hospital's number is part of its name.
      const numbered = heads.at(-1) === j - 1 && NUMBERED_HEADS.has(lower(tokens[j - 1]!)) ? numberAfter(text, tokens, j) : -1;
      if (numbered > 0) {
        last = numbered;
        break;
      }
      // `Ministry of Labor, Migration, and Employment`: the body's fields listed after its `of`/`on`.
      // (`Institute for European, Russian and Eurasian Studies`: or adjectives, a people's among them, and the noun they qualify.)
      // (`Global Fund to Fight AIDS, Tuberculosis and Malaria`: the diseases it fights, after `to`.)
      if (heads.length > 0 && /^,\s+$/u.test(text.slice(tokens[j - 1]!.end, token.start)) && tokens.slice(i, j).some((t) => /^(?:of|on|for|to)$/u.test(t.text))) {
        const adjectives = adjectiveListEnd(text, tokens, j);
        if (adjectives > 0) {
          last = adjectives;
          j = adjectives;
          continue;
        }
        // The fields are words of the name, not countries or registry names (`Ministry of Finance, Kazakhstan and …`).
        const end = free(j) ? fieldListEnd(text, tokens, j, (k) => !covered[k]) : -1;
        if (end > 0) {
          last = end;
          j = end;
          continue;
        }
      }
      if (!joined(j) || !free(j)) break;
      // Figures end a name (`Aral 5GW Wind …`), except a number right before a legal form (`Burnoye Solar 1 LLP`).
      if (/^\d/u.test(token.text) && !(tokens[j + 1] && LEGAL_SUFFIXES.has(lower(tokens[j + 1]!)) && joined(j + 1))) break;
      // `National Electric Grid of Uzbekistan for Aral …`: a name that reached its country ends there — but not
      // inside a longer linked name (`Embassy of the Republic of Kazakhstan`, `… of the Ministry of Foreign Affairs`),
      // where the connector leads on to more of it.
      // (Unless the acronym after the longer run spells it: `Turquoise Council of Americans and Eurasians (TCAE)`.)
      // (Not a people's adjective before `and`, another adjective and the field they qualify: `Davis Center for
      // Russian and Eurasian Studies`.)
      const adjectivesJoined = lower(token) === 'and' && /(?:ian|ean|ese|ish)$/u.test(tokens[j - 1]!.text);
      if (ORG_CONNECTORS.has(lower(token)) && softCovered[j - 1] && j - 2 >= i && ORG_CONNECTORS.has(lower(tokens[j - 2]!)) && !softCovered[lower(tokens[j + 1] ?? token) === 'the' ? j + 2 : j + 1] && !adjectivesJoined) {
        const spelled = heads.length > 0 ? acronymSpelledEnd(text, tokens, i, j + 1, (k) => joined(k) && free(k)) : -1;
        if (spelled < 0) break;
        last = spelled;
        j = spelled;
        continue;
      }
      // `Association for Human Rights in Central Asia (AHRCA)`: the acronym after it spells the place into the name.
      if (lower(token) === 'in' && heads.length > 0) {
        const spelled = acronymSpelledEnd(text, tokens, i, j + 1, (k) => joined(k) && free(k));
        if (spelled > 0) {
          last = spelled;
          j = spelled;
          continue;
        }
      }
      // `Embassy of the Republic of Kazakhstan in the United States`: a diplomatic post names where it serves.
      // So does a chamber of commerce not named for a country already (`American Chamber of Commerce in the
      // Kyrgyz Republic`; not `Chamber of Commerce and Industry of Turkmenistan in Ashgabat`).
      const servesIn = () => heads.some((h) => DIPLOMATIC_HEADS.has(lower(tokens[h]!)) || (lower(tokens[h]!) === 'chamber' && !softCovered.slice(h + 1, j).some(Boolean)));
      // (`Embassy of Kazakhstan to Ethiopia`, `Mission of Uzbekistan to the UN`: an embassy serves `to` a country too.)
      const postedTo = lower(token) === 'to' && heads.some((h) => DIPLOMATIC_HEADS.has(lower(tokens[h]!)));
      if ((lower(token) === 'in' && servesIn()) || postedTo) {
        const k = lower(tokens[j + 1] ?? token) === 'the' ? j + 2 : j + 1;
        if (softCovered[k] && joined(j + 1) && (k === j + 1 || joined(k))) {
          let end = k;
          while (softCovered[end + 1] && joined(end + 1)) end++;
          last = end;
          j = end;
          continue;
        }
        // A city no registry knows (`Embassy of the Republic of Uzbekistan in Cairo`), when the post's owner is named
        // (not a year: `opened by the Turkish Embassy in 2016`).
        const owned = heads.some((h) => DIPLOMATIC_HEADS.has(lower(tokens[h]!))) && softCovered.slice(i, j).some(Boolean);
        const city = tokens[k];
        if (owned && k === j + 1 && city && /^\p{Lu}/u.test(city.text) && !STOPWORDS.has(lower(city)) && free(k) && joined(k) && (!tokens[k + 1] || !tokens[k + 1]!.capitalized || !joined(k + 1))) {
          last = k;
          j = k;
          continue;
        }
      }
      // `University at Buffalo`, `Medical University at Osh`: a school's town after `at` is part of its name.
      if (campusTownAt(tokens, j) && heads.at(-1) === j - 1 && CAMPUS_HEADS.has(lower(tokens[j - 1]!)) && joined(j)) {
        const town = tokens[j + 1];
        if (town && /^\p{Lu}\p{Ll}/u.test(town.text) && !STOPWORDS.has(lower(town)) && joined(j + 1) && (free(j + 1) || softCovered[j + 1]) && !(tokens[j + 2]?.capitalized && joined(j + 2))) {
          last = j + 1;
          j++;
          continue;
        }
      }
      // `Population Registration Department under the Ministry of Digital Development`, `Institute for Strategic
      // Studies under the President`: a unit is named with the body or office it sits under.
      if (lower(token) === 'under' && heads.length > 0 && joined(j) && lower(tokens[j + 1] ?? token) === 'the' && joined(j + 1)) {
        const above = tokens[j + 2];
        if (above && joined(j + 2) && free(j + 2) && (ORG_HEADS.has(lower(above)) || UNDER_OFFICES.has(lower(above)))) {
          underOffice = j + 2;
          j++;
          continue;
        }
      }
      // `Commission Co-Chairman`: `Co` hyphenated to a word is a prefix, not a company's legal form; `Co-operation`
      // is one word of a name (`Organisation for Security and Co-operation in Europe`).
      if (LEGAL_SUFFIXES.has(lower(token)) && isHyphenatedPrefix(token, text)) {
        if (!/^[-‐‑](?:operation|ordination)\b/u.test(text.slice(token.end, token.end + 12)) || !tokens[j + 1]) break;
        last = ++j;
        continue;
      }
      // `Sun Yat-sen University`: a short syllable in lower case hyphenated to a name word is more of that word (not
      // `Russian-led`, `Kazakh-run`).
      if (!token.capitalized && /^\p{Ll}{2,4}$/u.test(token.text) && !/(?:ed|run)$/u.test(token.text) && tokens[j - 1]!.capitalized && /^[-‐‑]$/u.test(text.slice(tokens[j - 1]!.end, token.start)) && tokens[j + 1]?.capitalized && joined(j + 1)) {
        last = j;
        continue;
      }
      // `… of the Kyrgyz Republic H.E. Mr. Maksat Tentimishov`: His or Her Excellency opens a person's style.
      if (excellencyAt(text, tokens, j)) break;
      if (token.capitalized && !STOPWORDS.has(lower(token))) {
        // A person's title ends the organization: `Oil Minister Mohsen Paknejad`; not one whose office it names (`Prime Minister's Office`).
        // (In a name whose head comes first, `Lembaga Tabung Haji`, a title's word closing it is the name's own;
        // one before a name, `Universiti Malaya President Anwar`, is someone's title.)
        const closesHeadFirst = HEAD_FIRST.has(lower(start)) && !(tokens[j + 1]?.capitalized && joined(j + 1));
        // (`Yuri Gagarin Cosmonaut Training Center`: a role's word before a field and a head word is the body's own.)
        const rolesField = tokens[j + 2] !== undefined && isFieldWord(tokens[j + 1]!) && tokens[j + 1]!.capitalized && ORG_HEADS.has(lower(tokens[j + 2]!));
        if (titleStartsAt(tokens, j) && !ORG_HEADS.has(lower(token)) && !holdersBody(token, tokens[j + 1]) && j !== underOffice && !holdersOffice(tokens, j) && !closesHeadFirst && !rolesField) break;
        // `… of the Kyrgyz Cabinet of Ministers Edil Baisalov`: a given name and a surname after the body's head
        // are its officer's, who was named after his office.
        const next = tokens[j + 1];
        // (`… of the State Council of China Li Qian`: a Chinese family name and given name after the body's country too.)
        // (`Manager of Indian Commercial Group Hersh Mishra underlined …`: or, after an office's `of`, two name words the
        // verb of saying makes someone's.)
        const officerName = next !== undefined && (hasSurnameForm(next.text) || (softCovered[j - 1] === true && isChineseName(token.text, next.text)) || (SPEECH_AFTER.test(text.slice(next.end, next.end + 60)) && !isFieldWord(token) && !isFieldWord(next) && OFFICE_OF_BEFORE.test(text.slice(Math.max(0, start.start - 160), start.start))));
        // (`Rector of Kuban State University Mikhail Borisovich Astapov`: a patronymic between makes a name of three.)
        const patronymicNext = () => isPatronymic(next!.text) && tokens[j + 2] !== undefined && hasSurnameForm(tokens[j + 2]!.text) && !(tokens[j + 3]?.capitalized && joined(j + 3));
        if (heads.length > 0 && heads.at(-1)! < j && officerName && joined(j + 1) && !softCovered[j] && isPlainName(token) && !ORG_HEADS.has(lower(token)) && (!(tokens[j + 2]?.capitalized && joined(j + 2)) || patronymicNext())) break;
        last = j;
        // (`Republic of Tatarstan of the Russian Federation`: the head word of a state's name makes no body; nor does a
        // legal form's letters hyphenated to a word, `Ala-Too`, a mountain range.)
        const statesName = softCovered[j] && lower(token) === 'federation';
        if ((ORG_HEADS.has(lower(token)) && !(lower(token) === 'power' && isNotCompanyPower(tokens[j - 1]!)) && !(lower(token) === 'trust' && isTrustAsValue(tokens, j)) && !statesName) || (LEGAL_SUFFIXES.has(lower(token)) && !/^[-‐‑]$/u.test(text.slice(tokens[j - 1]!.end, token.start))) || forumFor(tokens, j) || isGeneralStaff(tokens, j)) heads.push(j);
        continue;
      }
      // `Berlin The Svevind Group`: a capital `The` after a name word opens another name (a dateline glued to the story).
      if (token.text === 'The') break;
      // Connectors (`of`, `of the`) are kept only when a capitalised word follows them; `to` only after a
      // head word (`Committee to Protect Journalists`, not `… Xu Qiliang to Kazakhstan`).
      // (`on` too only after a head word: `Committee on Foreign Affairs`, not `South and Central Asia on the National
      // Security Council`, nor `The Heritage Foundation on Feb. 5`.)
      const afterHead = ORG_HEADS.has(lower(tokens[j - 1]!)) || lower(tokens[j - 1]!) === 'partnership';
      const dayAfter = tokens[j + 1] !== undefined && monthNumber(tokens[j + 1]!.text) !== undefined;
      // (`RSE Kazspetsexport of the MDAI of the RK`: a company named after its legal form alone ends before whose it is.)
      const legalFormAlone = heads.length > 0 && heads.every((h) => h === i && LEGAL_PREFIXES.has(lower(tokens[h]!)));
      // (`against` too only after a head word: `World Organisation Against Torture`, `Committee against Torture`; or
      // written in capitals inside a name, `UN Trust Fund to End Violence Against Women`.)
      const lowerFields = lowerCaseFieldsEnd(text, tokens, j, heads, softCovered);
      if (lowerFields > 0) {
        last = lowerFields;
        j = lowerFields;
        continue;
      }
      // (`to` before a country or a place is where the body's money or people go, `Kuwait Fund to The Kyrgyz Republic`,
      // unless the body is a diplomatic post, read above, or a delegation, `Delegation of the European Union to Kazakhstan`.)
      const toPlace = lower(token) === 'to' && softCovered[lower(tokens[j + 1] ?? token) === 'the' ? j + 2 : j + 1] === true && lower(start) !== 'delegation';
      // `University of Texas at Austin`: a state university's campus after `at` is part of its name.
      const campus = lower(token) === 'at' && j - 3 >= i && lower(tokens[j - 3]!) === 'university' && lower(tokens[j - 2]!) === 'of' && tokens[j + 1]?.capitalized === true && joined(j + 1) && free(j + 1) && !STOPWORDS.has(lower(tokens[j + 1]!));
      if ((ORG_CONNECTORS.has(lower(token)) || campus) && !(legalFormAlone && lower(token) === 'of') && (lower(token) !== 'to' || (afterHead && !DESTINATION_HEADS.has(lower(tokens[j - 1]!)) && !toPlace)) && (lower(token) !== 'on' || (afterHead && !dayAfter)) && (lower(token) !== 'against' || afterHead || token.text === 'Against')) {
        // `…, Jessica Watkins and European Space Agency astronaut …`: a person's name before `and` is a list's, not
        // a body's first words; the body's name starts after `and`.
        if (lower(token) === 'and' && heads.length === 0 && j - i === 2 && givenName(start.text) !== null && isPlainName(tokens[i + 1]!)) {
          restartAt = j;
          break;
        }
        let k = j + 1;
        // Two connectors only as `of the`, `for the`: `A and the B` is two names.
        if (lower(token) !== 'and' && lower(token) !== '&' && tokens[k]?.text.toLowerCase() === 'the' && joined(k)) k++;
        // `Interior Ministry and China’s Public Security Ministry`: after `and`, a country's possessive opens another name.
        const ownerAfterAnd = (lower(token) === 'and' && softCovered[k] && tokens[k]?.possessive && !POSSESSIVE_IN_NAMES.has(lower(tokens[k]!))) || (lower(token) === 'and' && heads.some((h) => INSTITUTION_HEADS.has(lower(tokens[h]!))) && institutionAfterAnd(text, tokens, k));
        // (`the International Labour Organisation on Uzbekistan’s cotton harvest`: a topic's possessive after `on`.)
        const topicAfterOn = lower(token) === 'on' && tokens[k]?.possessive === true;
        // (`Chairman of the Cabinet of Ministers and Chief of Staff of the Presidential Executive Office`: a second office
        // after `and` is the person's, not more of the body.)
        const officeAfterAnd = lower(token) === 'and' && k < tokens.length && (titleStartsAt(tokens, k) || isTitleToken(tokens[k]!)) && !ORG_HEADS.has(lower(tokens[k]!)) && !holdersBody(tokens[k], tokens[k + 1]);
        if (k < tokens.length && tokens[k]!.capitalized && joined(k) && free(k) && !ownerAfterAnd && !topicAfterOn && !officeAfterAnd) {
          j = k - 1;
          continue;
        }
      }
      break;
    }
    if (restartAt >= 0) {
      i = restartAt;
      continue;
    }
    if (heads.length === 0 || last === i) continue;
    // `Oil and Gas`, `Metals and Mining`, `Power & Energy`, `Steel News`: industries named in a site's sections
    // or a plant's kind, no body's name.
    if (tokens.slice(i, last + 1).every((t) => ORG_CONNECTORS.has(lower(t)) || INDUSTRY_WORDS.has(lower(t)))) {
      i = last;
      continue;
    }
    // `Uzen-Gorgan Railway`, `Trans-Afghan Railway`: a line between places is a work, not the company running it
    // (`Georgian Railway`, `Kyrgyz National Railway`).
    const line = lower(tokens[last]!);
    if ((line === 'railway' || line === 'railroad') && heads.length === 1 && /\p{L}[-‐‑–]\p{Lu}|\bTrans[- ]\p{Lu}/u.test(text.slice(tokens[i]!.start, tokens[last]!.start))) {
      i = last;
      continue;
    }
    // `Mission News Mission News`: a menu's label printed twice over is no name.
    const words = tokens.slice(i, last + 1).map((t) => t.text);
    if (words.length % 2 === 0 && words.slice(0, words.length / 2).join(' ') === words.slice(words.length / 2).join(' ')) {
      i = last;
      continue;
    }
    // `Saudi Energy Minister …`: a field before an office's title names the office, not a body.
    if (heads.every((h) => FIELD_HEADS.has(lower(tokens[h]!))) && FIELD_HEADS.has(lower(tokens[last]!)) && tokens[last + 1] && joined(last + 1) && titleStartsAt(tokens, last + 1)) {
      i = last;
      continue;
    }
    // `Minister of State for Energy Affairs Saad …`: words describing an office are not an organization.
    const inOffice = OFFICE_OF_BEFORE.test(text.slice(Math.max(0, start.start - 160), start.start));
    // A body's own head word still names it (`Deputy Head of the … Foreign Policy Department Muratbek …`), and so does
    // a foundation's or an institute's closing the run (`chairman of the Petroleum Industry Research Foundation`).
    if (inOffice && OFFICE_COMPLEMENTS.has(lower(start)) && !heads.some((h) => BODY_HEADS.has(lower(tokens[h]!))) && !(FOUNDED_HEADS.has(lower(tokens[last]!)) && heads.includes(last))) {
      i = last;
      continue;
    }

    // `Vice Chairman of the Central Military Commission Xu Qiliang`: after an office, the organization ends at
    // its head word and the name words after it are the person holding the office.
    // So too when the words after the head open with a known given name, wherever the office's words began
    // (`Chairman of the current session of the GCC Ministerial Council Abdullah Al-Yahya`).
    const lastHead = heads[heads.length - 1]!;
    if (lastHead < last && last - lastHead <= 3 && (inOffice || givenName(tokens[lastHead + 1]!.text) !== null)) {
      const personWords = tokens.slice(lastHead + 1, last + 1);
      if (personWords.length >= 2 && personWords.every((t) => isPlainName(t) || NAME_PARTICLES.has(t.text.toLowerCase()))) {
        const organization = organizationCandidate(tokens, i, lastHead, softCovered);
        if (organization) candidates.push(organization);
        candidates.push({ type: 'person', first: lastHead + 1, last, cue: 'title', strong: true });
        for (let k = i; k <= last; k++) taken[k] = true;
        i = last;
        continue;
      }
    }

    // `Minister Delegate of the Ministry of Water, Forestry and Fisheries Romania Lucia Ana Varga`: a country closing the
    // body's name, then a given name of one sex, opens the name of its officer; the country is the body's owner.
    const officerFrom = officerAfterCountry(tokens, lastHead, last, softCovered);
    if (officerFrom > 0) {
      // (`the Council of Europe Alain Berset`: after a connector the country is the name's own.)
      const ownCountry = ORG_CONNECTORS.has(lower(tokens[officerFrom - 2]!));
      const organization = organizationCandidate(tokens, i, ownCountry ? officerFrom - 1 : officerFrom - 2, softCovered);
      if (organization) candidates.push(organization);
      candidates.push({ type: 'person', first: officerFrom, last, cue: 'title', strong: true });
      for (let k = i; k <= last; k++) taken[k] = true;
      i = last;
      continue;
    }

    // `Speakers of the House of Representatives Takahiro Yokomichi`: the body's name runs past its head word
    // (`… of Representatives`), and the holder's two name words close the run.
    if (inOffice && lastHead < last - 3) {
      const nameFirst = nameStartFromEnd(tokens, lastHead + 1, last, text, (k) => softCovered[k] === true);
      const personWords = tokens.slice(nameFirst, last + 1);
      // (Not an office's fields or a state's words: `… of the Fund for State Property Management`, `… of the Turkmen
      // Soviet Socialist Republic`.)
      const personShaped =
        nameFirst > lastHead + 1 && personWords.length >= 2 && personWords.every((t) => isPlainName(t) && !isFieldWordText(t.text) && !/^(?:Socialist|Republic|Soviet)$/u.test(t.text));
      const organization = personShaped ? organizationCandidate(tokens, i, nameFirst - 1, softCovered) : null;
      // `Chairman of the Senate of Uzbekistan Sodiq Safoev`: the body is a registry name already linked.
      const linkedBody = personShaped && softCovered.slice(i, nameFirst).every(Boolean);
      if ((organization || linkedBody) && !ORG_CONNECTORS.has(lower(tokens[nameFirst - 1]!))) {
        if (organization) candidates.push(organization);
        candidates.push({ type: 'person', first: nameFirst, last, cue: 'title', strong: true });
        for (let k = i; k <= last; k++) taken[k] = true;
        i = last;
        continue;
      }
    }

    // `Chairman of the Mejlis of the Milli Gengesh G. Mammedova`: an initial and a surname close the office
    // and name its holder; so do initials written apart or together (`… to Mongolia, F. N. Arziev`, `… of
    // Kazakhstan A.N. Borodavkin`) and a surname with its initials after it (`… of National Security Narmatov T.T.`).
    let holder = last;
    if (isPlainName(tokens[last]!)) while (holder - 1 > i && isInitial(tokens[holder - 1]!, text)) holder--;
    else if (DOTTED_INITIALS.test(tokens[last]!.text) && last - 2 > i && hasSurnameForm(tokens[last - 1]!.text)) holder = last - 1;
    if (inOffice && holder < last && holder - 1 > i) {
      const organization = organizationCandidate(tokens, i, holder - 1, softCovered);
      if (organization) candidates.push(organization);
      candidates.push({ type: 'person', first: holder, last, cue: 'title', strong: true });
      for (let k = i; k <= last; k++) taken[k] = true;
      i = last;
      continue;
    }

    // `the "Peace and Trust" conference`: a name followed by an event word names the event; `the Central
    // Asia-Center pipeline`: one followed by a work of infrastructure names the work.
    if (eventFollows(text, tokens, last) || namesInfrastructure(text, tokens, last)) {
      i = last;
      continue;
    }
    // `Cove Capital LLC and Kazakhstan National Mining Company`: two organizations joined by `and`.
    for (const [first, end] of splitCoordinated(tokens, i, last, heads, softCovered)) {
      const candidate = organizationCandidate(tokens, first, end, softCovered);
      if (candidate) {
        // `All FMGs Association`, `All India Radio`: `All` opening a body's name is a word of it.
        if (candidate.first === i && i > 0 && tokens[i - 1]!.text === 'All' && joined(i) && !taken[i - 1] && free(i - 1)) candidate.first = i - 1;
        candidates.push(candidate);
        // The words it cut from its front (`Viktor Danilov-Danilyan of the …`) are free to be a person.
        for (let k = candidate.first; k <= end; k++) taken[k] = true;
      }
    }
    i = last;
  }

  // `Fight Promotions, Inc.`, `Steppe Partners, LLC`: a legal form set off by a comma closes a company's name.
  for (let k = 1; k < (headlineCase ? 0 : tokens.length); k++) {
    if (!LEGAL_SUFFIXES.has(lower(tokens[k]!)) || !tokens[k]!.capitalized || taken[k] || covered[k] || !/^,\s$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) continue;
    // (`Bennett Freeman, Co-founder of …`: a word's first part, no company's form.)
    if (isHyphenatedPrefix(tokens[k]!, text)) continue;
    // The name's words: capitalised, free, no stopword; read back from the comma, five at most.
    const nameWord = (n: number) => tokens[n]!.capitalized && !STOPWORDS.has(lower(tokens[n]!)) && !taken[n] && free(n);
    if (!nameWord(k - 1)) continue;
    let first = k - 1;
    while (first > 0 && k - first < 5 && joined(first) && nameWord(first - 1)) first--;
    const run = tokens.slice(first, k);
    if (run.some(isTitleToken) || run.every((_, n) => softCovered[first + n])) continue;
    candidates.push({ type: 'organization', first, last: k, cue: 'legal-form', strong: true, legalSuffix: 1 });
    for (let n = first; n <= k; n++) taken[n] = true;
  }

  // `Khamenei.ir reported`, `according to Orda.kz`: a site named by its domain.
  for (let i = 0; i < (headlineCase ? 0 : tokens.length - 1); i++) {
    if (text[tokens[i]!.end] !== '.' || taken[i] || covered[i] || taken[i + 1] || covered[i + 1] || !tokens[i]!.capitalized || !endsInSiteDomain(text, tokens, i)) continue;
    if (i > 0 && text.slice(tokens[i - 1]!.end, tokens[i]!.start) === '.') continue;
    candidates.push({ type: 'organization', first: i, last: i + 1, cue: 'site-domain', strong: true });
    taken[i] = taken[i + 1] = true;
    i++;
  }

  // `retailers such as Amazon, Gap, J.Crew, Target and Walmart`, `banks including Halyk and Kaspi`: the names a kind
  // of body lists are bodies of that kind.
  // (The words first: the pattern scans every word boundary, and few paragraphs list anything.)
  if (!headlineCase && /\b(?:such as|including|like) \p{Lu}/u.test(text)) {
    for (const match of text.matchAll(KIND_LIST)) {
      const from = match.index + match[0].length;
      let k = tokens.findIndex((t) => t.start >= from);
      // (The item after `and` or `or` is the last: `giants such as ACWA Power and Masdar, Gulf states are …`.)
      let lastItem = false;
      for (let items = 0; k >= 0 && k < tokens.length && items < 8; items++) {
        let end = k;
        // (`… and Bybit. Non-compliant platforms …`: a sentence's end is no joiner.)
        while (end - k < 3 && tokens[end + 1] && tokens[end + 1]!.capitalized && joined(end + 1)) end++;
        const run = tokens.slice(k, end + 1);
        if (!run.every((t) => t.capitalized && !/^\d/u.test(t.text))) break;
        const free = run.every((_, n) => !taken[k + n] && !covered[k + n] && !softCovered[k + n]);
        if (free && !run.some((t) => STOPWORDS.has(lower(t)) || isTitleToken(t))) {
          candidates.push({ type: 'organization', first: k, last: end, cue: 'kind-list', strong: true });
          for (let n = k; n <= end; n++) taken[n] = true;
        }
        // The next item: after `, `, `, and `, ` and ` or ` or `.
        const gap = tokens[end + 1] ? text.slice(tokens[end]!.end, tokens[end + 1]!.start) : '';
        if (lastItem) break;
        if (/^,\s+$/u.test(gap) && /^(?:and|or)$/u.test(tokens[end + 1]!.text)) [k, lastItem] = [end + 2, true];
        else if (/^,\s+$/u.test(gap)) k = end + 1;
        else if (/^\s+$/u.test(gap) && /^(?:and|or)$/u.test(tokens[end + 1]!.text) && /^\s+$/u.test(text.slice(tokens[end + 1]!.end, tokens[end + 2]?.start ?? 0))) [k, lastItem] = [end + 2, true];
        else break;
      }
    }
  }

  // `Marina KHRAMOVA`, `Bakhit KASHAGANOVA,`: a given name and a surname in capitals, as the region's papers and
  // official pages print authors and officials; the capitals must spell a Slavic or Central Asian surname.
  for (let i = 0; i < tokens.length - 1; i++) {
    const [given, surname] = [tokens[i]!, tokens[i + 1]!];
    if (taken[i] || taken[i + 1] || covered[i] || covered[i + 1] || !surname.acronym || surname.text.length < 5 || !isPlainName(given) || !/^\s$/u.test(text.slice(given.end, surname.start))) continue;
    if (!hasSurnameForm(surname.text.charAt(0) + surname.text.slice(1).toLowerCase()) || !mayBeGivenName(given) || tokens[i + 2]?.acronym) continue;
    candidates.push({ type: 'person', first: i, last: i + 1, cue: 'surname-form', strong: true });
    taken[i] = taken[i + 1] = true;
  }

  // `… in Paris, November 5, 2024. LUDOVIC MARIN / AFP Between …`, `… 07 November 2019. EPA-EFE/ZSOLT SZIGETVARY Eastward`:
  // a photographer's credit in capitals, left in the prose where the page glued its caption. Two to four words in
  // capitals beside a photo agency's slash are the photographer's name, whatever the words.
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!tokens[i]!.acronym || taken[i] || covered[i] || (i > 0 && tokens[i - 1]!.acronym && /^ $/u.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)))) continue;
    let last = i;
    while (last + 1 < tokens.length && last - i < 4 && tokens[last + 1]!.acronym && /^ $/u.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
    const run = tokens.slice(i, last + 1);
    if (run.length < 2 || run.length > 4 || run.some((t, n) => taken[i + n] || covered[i + n] || !/^\p{Lu}[\p{Lu}'’-]+$/u.test(t.text) || CREDIT_WORD_IN_CAPITALS.test(t.text))) continue;
    const before = text.slice(Math.max(0, tokens[i]!.start - 30), tokens[i]!.start);
    const after = text.slice(tokens[last]!.end, tokens[last]!.end + 30);
    if (!PHOTO_AGENCY_AFTER.test(after) && !PHOTO_AGENCY_BEFORE.test(before)) continue;
    candidates.push({ type: 'person', first: i, last, cue: 'credit', strong: true });
    for (let k = i; k <= last; k++) taken[k] = true;
  }

  // `Charles Perry of the Culinary Historians of Southern California`, `Mark Stepp of the Steppe Riders`: after a known
  // given name and a surname, `of the` and a capitalised name is where the person works or plays, whatever its words.
  for (let i = 2; i + 2 < (headlineCase ? 0 : tokens.length); i++) {
    if (tokens[i]!.text !== 'of' || tokens[i + 1]!.text !== 'the') continue;
    const [given, surname] = [tokens[i - 2]!, tokens[i - 1]!];
    if (givenName(given.text) === null || !isPlainName(given) || !isPlainName(surname) || !/^\s$/u.test(text.slice(given.end, surname.start)) || !/^\s$/u.test(text.slice(surname.end, tokens[i]!.start)) || surname.possessive) continue;
    if (tokens[i - 3]?.capitalized && joined(i - 2)) continue;
    const first = i + 2;
    let last = first - 1;
    for (let k = first; k < tokens.length && k - first < 8; k++) {
      const token = tokens[k]!;
      if (k > first && !joined(k)) break;
      if (token.capitalized && !STOPWORDS.has(lower(token)) && !isTitleToken(token)) last = k;
      else if (!(k > first && /^(?:of|and|for|the|&)$/u.test(token.text) && tokens[k + 1]?.capitalized)) break;
    }
    // (Not cut before a plural's possessive: `of the Prison Officers’ Association`.)
    if (last < first || /^['’]/u.test(text.slice(tokens[last]!.end, tokens[last]!.end + 1)) || tokens.slice(first, last + 1).some((_, n) => taken[first + n] || (covered[first + n] && !softCovered[first + n]))) continue;
    // (A country or a place: `of the United States`, `of the Aral Sea`; nor a figure: `of the 2020 Games`.)
    if (tokens.slice(first, last + 1).every((_, n) => softCovered[first + n]) || isPlaceKind(tokens[last]!.text) || PLACE_WORDS.has(lower(tokens[last]!)) || /\p{N}/u.test(tokens[first]!.text)) continue;
    candidates.push({ type: 'organization', first, last, cue: 'affiliation', strong: true });
    for (let k = first; k <= last; k++) taken[k] = true;
  }

  // `Ahmadzoda Rajabboy`, `Odilzoda Dilbar Rahim`: a surname of the region's form, then a given name of one sex (and
  // perhaps the father's), as Tajik and Uzbek official pages print names surname first.
  for (let i = 0; i < tokens.length - 1; i++) {
    const [surname, given] = [tokens[i]!, tokens[i + 1]!];
    // (Cheapest first: this runs at every word.)
    if (!given.capitalized || !surname.capitalized || taken[i] || taken[i + 1] || covered[i] || covered[i + 1] || surname.possessive) continue;
    const sex = givenName(given.text);
    if ((sex !== 'male' && sex !== 'female') || !isPlainName(surname) || !isPlainName(given) || !hasSurnameForm(surname.text)) continue;
    if (!/^\s$/u.test(text.slice(surname.end, given.start)) || (i > 0 && tokens[i - 1]!.capitalized && joined(i))) continue;
    const third = tokens[i + 2];
    const last = third && !taken[i + 2] && !covered[i + 2] && isPlainName(third) && joined(i + 2) && givenName(third.text) !== null ? i + 2 : i + 1;
    if (tokens[last + 1]?.capitalized && joined(last + 1)) continue;
    candidates.push({ type: 'person', first: i, last, cue: 'surname-form', strong: true });
    for (let k = i; k <= last; k++) taken[k] = true;
  }

  // `he told IRIN`, `ORDA reports`, `according to UDN`: an acronym that tells, reports or is told is an
  // outlet or a body, never a person.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (taken[i] || covered[i] || !token.acronym || !/^\p{Lu}{2,8}$/u.test(token.text)) continue;
    const before = text.slice(Math.max(0, token.start - 30), token.start);
    const after = text.slice(token.end, token.end + 20);
    // The whole name: not the first word of a longer one (`cited by TV BRICS`, `IA “Dunyo”`).
    if (/^\s*[-"“«]?\s*\p{Lu}/u.test(after) || (!ACRONYM_TOLD_BEFORE.test(before) && !ACRONYM_REPORTS_AFTER.test(after))) continue;
    candidates.push({ type: 'organization', first: i, last: i, cue: 'reports', strong: true });
    taken[i] = true;
  }

  // `Radio Pakistan reported`, `Radio Tochka`: a broadcaster's name puts its head word first, then one or two
  // words of name (a country among them) and nothing more.
  for (let i = 0; i + 1 < (headlineCase ? 0 : tokens.length); i++) {
    if (tokens[i]!.text !== 'Radio' || taken[i] || covered[i]) continue;
    let last = i;
    while (last - i < 2 && tokens[last + 1]?.capitalized && !STOPWORDS.has(lower(tokens[last + 1]!)) && !taken[last + 1] && free(last + 1) && /^\s$/u.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
    const next = tokens[last + 1];
    if (last === i || (next && (next.capitalized || /^(?:and|&)$/u.test(next.text)) && /^\s+$/u.test(text.slice(tokens[last]!.end, next.start)))) continue;
    candidates.push({ type: 'organization', first: i, last, cue: 'org-head-word', strong: true });
    for (let k = i; k <= last; k++) taken[k] = true;
  }

  // `Asakabank`, `Uzbektelecom`, `Uzbekinvest`, `Zarubezhneft`: the region's companies glue their trade to
  // their name in one word, which is head word enough.
  for (let i = 0; i < (headlineCase ? 0 : tokens.length); i++) {
    if (taken[i] || covered[i] || !tokens[i]!.capitalized || !GLUED_TRADE.test(tokens[i]!.text)) continue;
    candidates.push({ type: 'organization', first: i, last: i, cue: 'glued-trade', strong: true });
    taken[i] = true;
  }

  // `Alisher Erbaev of the Butun Kyrgyzstan party`, `pro-government Birimdik party`: a party named in front of
  // the lower-case word (not an ideology alone: `the Communist party`). Found from the word, which is rare.
  for (let p = 1; p < (headlineCase ? 0 : tokens.length); p++) {
    if (tokens[p]!.text !== 'party' && tokens[p]!.text !== 'movement') continue;
    const nameWord = (k: number) => tokens[k]!.capitalized && free(k) && !taken[k] && !STOPWORDS.has(lower(tokens[k]!)) && !isTitleToken(tokens[k]!);
    if (!nameWord(p - 1) || !joined(p)) continue;
    let first = p - 1;
    while (first > 0 && p - first < 3 && nameWord(first - 1) && joined(first)) first--;
    // Not the end of a longer capitalised name.
    if (first > 0 && tokens[first - 1]!.capitalized && !STOPWORDS.has(lower(tokens[first - 1]!)) && joined(first)) continue;
    if (!tokens.slice(first, p).some((t, n) => !softCovered[first + n] && !IDEOLOGIES.has(lower(t)))) continue;
    candidates.push({ type: 'organization', first, last: p - 1, cue: 'organization-noun', strong: true });
    for (let k = first; k < p; k++) taken[k] = true;
  }

  // `the consultancy Prism Political Risk Management`, `state news agency TDH`: a kind-of-organization noun before the name.
  for (let i = 0; i < (headlineCase ? 0 : tokens.length); i++) {
    const start = tokens[i]!;
    // A name opens with a letter: `daily 5-6 million cubic meters` is an amount.
    if (taken[i] || covered[i] || !start.capitalized || !/^\p{L}/u.test(start.text) || STOPWORDS.has(lower(start)) || isTitleToken(start)) continue;
    if (!ORG_NOUN_BEFORE.test(text.slice(Math.max(0, start.start - 30), start.start))) continue;
    let last = i;
    for (let j = i + 1; j < tokens.length && j - i < 6; j++) {
      const token = tokens[j]!;
      // (`the charity Fauna & Flora International`: an ampersand between capitalised words joins one name.)
      if (token.text === '&' && j + 1 < tokens.length && tokens[j + 1]!.capitalized && !taken[j + 1] && !covered[j + 1] && /^\s+$/u.test(text.slice(tokens[j - 1]!.end, token.start))) continue;
      if (taken[j] || covered[j] || !token.capitalized || STOPWORDS.has(lower(token)) || !joined(j)) break;
      last = j;
    }
    // `the publication Makan.uz`: a site's name keeps its domain.
    while (endsInSiteDomain(text, tokens, last)) last++;
    if (isEventRun(tokens, i, last) || isLegalFormOnly(tokens, i, last)) {
      i = last;
      continue;
    }
    // `the French producer Pierre Spengler`: a film's producer or a book's publisher is a person too; a known
    // given name and a surname after such a noun are left to the people (`the uranium producer Kazatomprom` stays).
    const nounBefore = text.slice(Math.max(0, start.start - 20), start.start);
    if (last === i + 1 && PERSON_OR_COMPANY_NOUN_BEFORE.test(nounBefore) && givenName(start.text) !== null && isPlainName(tokens[last]!)) continue;
    // (`the General Director of the club Kaisar Bekenov`: after an office's `of the club`, its holder.)
    if (/\bof\s+the\s+(?:club|studio)\s+$/u.test(nounBefore)) continue;
    // (`the giant Tengiz field`, `the giant Karachaganak gas condensate field`: a field or a deposit the noun sizes up.)
    if (RESOURCE_SITE_AFTER.test(text.slice(tokens[last]!.end, tokens[last]!.end + 80))) continue;
    candidates.push({ type: 'organization', first: i, last, cue: 'organization-noun', strong: true });
    for (let k = i; k <= last; k++) taken[k] = true;
    i = last;
  }

  // `ISTC Executive Director David Cleave`, `NNC Deputy Director General`, `ISTC representatives`: an acronym no registry
  // entry knows, right before an officer's title or a word for a body's people, names the body (not a title's
  // letters, `PM Modi`, nor a country's, `RK President`).
  for (let i = 0; i < (headlineCase ? 0 : tokens.length); i++) {
    const acronym = tokens[i]!;
    if (taken[i] || covered[i] || !acronym.acronym || !/^\p{Lu}[\p{Lu}&]{1,6}$/u.test(acronym.text) || NOT_BODY_ACRONYMS.has(acronym.text)) continue;
    if (!ACRONYM_OFFICER_AFTER.test(text.slice(acronym.end, acronym.end + 50))) continue;
    // (The acronym opens the name: not the end of a longer one, `Central Asia–GCC Strategic Dialogue`.)
    const before = tokens[i - 1];
    if (before && before.capitalized && !STOPWORDS.has(lower(before)) && /^[\s–—-]{1,3}$/u.test(text.slice(before.end, acronym.start)) && !/[\n\r]/u.test(text.slice(before.end, acronym.start))) continue;
    candidates.push({ type: 'organization', first: i, last: i, cue: 'acronym-officer', strong: true });
    taken[i] = true;
  }

  // `the Islamic Educational, Scientific and Cultural Organization`: adjectives listed with commas and `and` before the
  // head word are one name, from the first of them.
  for (const c of candidates) {
    if (c.type !== 'organization' || !tokens.slice(c.first, c.last).some((t) => t.text === 'and')) continue;
    const adjective = tokens[c.first - 1];
    if (!adjective || text.slice(adjective.end, tokens[c.first]!.start) !== ', ' || !/^\p{Lu}\p{Ll}+(?:al|ic|ary|ian|ive|ous)$/u.test(adjective.text) || taken[c.first - 1] || covered[c.first - 1]) continue;
    let from = c.first - 1;
    while (from > 0 && c.first - from < 3 && tokens[from - 1]!.capitalized && !STOPWORDS.has(lower(tokens[from - 1]!)) && !taken[from - 1] && /^\s$/u.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--;
    for (let k = from; k < c.first; k++) taken[k] = true;
    c.first = from;
  }

  // `the heads of China Gold, China Coal Resources, China Datang Corporation, …, Dongzhu Ecology and …`: a long
  // list of names, two of them organizations by their head words, names organizations throughout.
  if (!headlineCase) {
    for (const [first, last] of listedOrganizations(text, tokens, candidates, covered, taken, joined)) {
      candidates.push({ type: 'organization', first, last, cue: 'organization-list', strong: true });
      for (let k = first; k <= last; k++) taken[k] = true;
    }
  }

  // People: runs of 2–4 name words (initials, particles and hyphenated tails allowed inside) with a cue.
  const nameLists = headlineCase ? new Set<number>() : listedNames(text, tokens, covered, taken);
  for (let i = 0; i < tokens.length; i++) {
    // `Saul “Canelo” Alvarez`, `Joko "Jokowi" Widodo`: a nickname in quotation marks between the given name and the
    // surname; the three words are one person's name.
    const [nick, surname] = [tokens[i + 1], tokens[i + 2]];
    if (nick && surname && !taken[i] && !covered[i] && !covered[i + 2] && isPlainName(tokens[i]!) && nick.capitalized && isPlainName(surname) && /^\s+[“"]$/u.test(text.slice(tokens[i]!.end, nick.start)) && /^[”"]\s+$/u.test(text.slice(nick.end, surname.start)) && (givenName(tokens[i]!.text) !== null || hasSurnameForm(surname.text) || (tokens[i - 1] !== undefined && isTitleToken(tokens[i - 1]!)) || personCue(text, tokens, i, i + 2, softCovered)?.strong === true)) {
      candidates.push({ type: 'person', first: i, last: i + 2, cue: 'nickname', strong: true });
      for (let k = i; k <= i + 2; k++) taken[k] = true;
      i += 2;
      continue;
    }
    // `H.E Bakyt Batyrshayev`, `H. E. Mr. …`: His or Her Excellency, the style written with its letters, is no name.
    if (excellencyAt(text, tokens, i)) {
      if (tokens[i]!.text === 'H') i++;
      continue;
    }
    // `Now Zhansaula Karabakaeva, the …`: an adverb opening the sentence is none of the name after it; nor is
    // a role written with a capital (`Spectator Sabyt Abdykalykov said`, `Engineer Ali Al-Jarwan`).
    if (tokens[i]!.capitalized && tokens[i + 1]?.capitalized && (SENTENCE_ADVERB.test(tokens[i]!.text) || (!headlineCase && ROLE_WORDS.has(lower(tokens[i]!)))) && /^\s+$/u.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) continue;
    // `Eighty-year-old Sulaiman Turdubaev`: an age opening the sentence is capitalised by its place, never a name's word.
    if (text[tokens[i]!.end] === '-' && /^-(?:years?|months?)-old\b/iu.test(text.slice(tokens[i]!.end, tokens[i]!.end + 12))) continue;
    // `Chargé Walker noted …`: the chargé d'affaires's title cut short, before the surname.
    if (/^Charg[eé]$/u.test(tokens[i]!.text) && tokens[i + 1]?.capitalized) continue;
    // An initial may open a name, even one that spells a stopword (`A. Durdyyeva`).
    // (`F. N. Arziev`: initials written apart open it too.)
    const opensWithInitial = isInitial(tokens[i]!, text) && tokens[i + 1] !== undefined && (isPlainName(tokens[i + 1]!) || (isInitial(tokens[i + 1]!, text) && tokens[i + 2] !== undefined && isPlainName(tokens[i + 2]!)));
    if (taken[i] || covered[i] || !(isPlainName(tokens[i]!) || opensWithInitial || amirOpensName(tokens, i, text))) continue;
    // `Front Line Defenders`: words run on from a body's head word (`Front`) are the body's name, no one's, unless
    // they read as a person's (`the Ecological Party Abdushukur Khamzaev`, its candidate).
    const headBefore = tokens[i - 1];
    // (Not an office's field before its holder: `Minister of Energy N. Nogayev`, `… for Railways Azam Khan Swati`.)
    if (headBefore && headBefore.capitalized && ORG_HEADS.has(lower(headBefore)) && !OFFICE_COMPLEMENTS.has(lower(headBefore)) && !FIELD_HEADS.has(lower(headBefore)) && !isTitleToken(headBefore) && text.slice(headBefore.end, tokens[i]!.start) === ' ' && !OFFICE_OF_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 160), tokens[i]!.start)) && givenName(tokens[i]!.text) === null && !hasSurnameForm(tokens[i + 1]?.text ?? '')) continue;
    // `Added Aralsk mayor Mukhtar Urazbayev: …`: a verb of saying opening the sentence is no given name.
    if (/(?:^|[.!?:]["”’)»]?\s+)$/u.test(text.slice(Math.max(0, tokens[i]!.start - 4), tokens[i]!.start)) && SPEECH_VERB_WORD.test(tokens[i]!.text)) continue;
    // `Secretary of State Jane Roe`, `Deputy Prime Minister for the Trade Sector Batyr Atdaev`: the words
    // naming the office are not the name; the name is the run's last two words (and the particles
    // between them).
    const officeTail = OFFICE_OF_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 160), tokens[i]!.start)) && !afterCountryAdjective(text, tokens, i, softCovered);
    let last = i;
    for (let j = i + 1; j < tokens.length && j - i < MAX_NAME_TOKENS; j++) {
      const prev = tokens[j - 1]!;
      const token = tokens[j]!;
      if (taken[j] || covered[j] || prev.possessive) break;
      if (isHyphenatedTail(prev, token, text)) {
        last = j;
        continue;
      }
      // (`Photograph by Anita Swarup/Oxfam`: a slash joins an acronym's letters, never a name to the body after it.)
      if (!joined(j) || (j - i >= 2 && text.slice(prev.end, token.start) === '/')) break;
      // `Rashid Meredov Foreign Minister of …`: a title after the name ends it (not a family's name that is a
      // title's word after its particle: `Abdullah bin Mohammed Al Al-Sheikh`).
      const familyAfterParticle = prev.text.length === 2 && /^(?:Al|El|al|el)$/u.test(prev.text) && token.start === prev.end + 1 && /^[-‐‑]$/u.test(text.charAt(prev.end)) && token.capitalized;
      if (titleStartsAt(tokens, j) && !familyAfterParticle) break;
      // `Translator:Lin Xinjing Reviser: Jian`: a credit's label ends the name before it.
      if (CREDIT_LABEL.test(token.text) && /^\s*[:：]/u.test(text.slice(token.end, token.end + 3))) break;
      if (isPlainName(token) || isInitial(token, text) || familyAfterParticle) {
        last = j;
        continue;
      }
      if (NAME_PARTICLES.has(token.text.toLowerCase()) && tokens[j + 1] && isPlainName(tokens[j + 1]!)) continue;
      // `Pope John Paul II`, `Elizabeth II`: a regnal number closes the name.
      if (/^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$/u.test(token.text) && !isInitial(token, text)) {
        last = j;
        break;
      }
      if (TRAILING_PARTICLES.has(token.text) && j > i) {
        last = j;
        // `Sadyr Nurgojo uulu Japarov`: the father's name and `uulu` stand between the given name and a surname.
        const next = tokens[j + 1];
        if (next && joined(j + 1) && isPlainName(next)) continue;
      }
      break;
    }
    if (officeTail) {
      const from = nameStartFromEnd(tokens, i, last, text, (k) => softCovered[k] === true);
      // The office's own words (`Foreign Affairs` before a registry name, `Amiri Diwan` before `Sheikh …`) are no name.
      const next = tokens[last + 1];
      const beforeName = next !== undefined && joined(last + 1) && (covered[last + 1] || isTitleToken(next));
      // `the director of Kyrgyzstan’s High-Tech Park`, `governor of Kunduz Province`: a place or a body after
      // the office, no one's name.
      // (`Under Secretary of State for Arms Control and International Security at …`: more of the office's fields after `and`.)
      const fieldsAfter = /^,?\s+and\s+(?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+(?=\s+(?:at|in|of|for|to|from|with|on)\b|[,.;:)]|$)/u.exec(text.slice(tokens[last]!.end, tokens[last]!.end + 60));
      const fieldsOnly = fieldsAfter !== null && fieldsAfter[0].replace(/^,?\s+and\s+/u, '').split(/\s+/u).every(isFieldWordText);
      if (beforeName || fieldsOnly || countNameWords(tokens, from, last, text) < 2 || MEMORIALS.has(lower(tokens[last]!)) || PLACE_WORDS.has(lower(tokens[last]!)) || ORG_HEADS.has(lower(tokens[last]!))) {
        i = last;
        continue;
      }
      candidates.push({ type: 'person', first: from, last, cue: 'title', strong: true });
      for (let k = from; k <= last; k++) taken[k] = true;
      i = last;
      continue;
    }
    // `President Ho Chi Minh Mausoleum`: a building named after a person names that person without it.
    while (last > i && MEMORIALS.has(lower(tokens[last]!))) last--;
    const lastToken = tokens[last]!;
    // A name word right after a run that ends in an event word belongs to the event (`Nakhchivan Agreement`).
    if (tokens[last + 1] && joined(last + 1) && EVENT_HEADS.has(lower(tokens[last + 1]!))) {
      i = last + 1;
      continue;
    }
    // `Uzbek Forum for Human Rights, a … partner`: words after a name's `for`/`of` end that name; no one's.
    const connector = tokens[i - 1];
    if (connector && /^(?:for|of|on)$/u.test(connector.text) && tokens[i - 2]?.capitalized && !STOPWORDS.has(lower(tokens[i - 2]!)) && joined(i) && joined(i - 1) && !isTitleToken(tokens[i - 2]!) && !TITLE_MODIFIERS.has(lower(tokens[i - 2]!)) && !OFFICE_COMPLEMENTS.has(lower(tokens[i - 2]!))) {
      i = last;
      continue;
    }
    const nameWords = countNameWords(tokens, i, last, text);
    // `Mackinder (1904)`, `(Layne 2006)`, `Larson and Shevchenko 2010`: an author cited by surname and year.
    if (nameWords === 1 && CITATION_AFTER.test(text.slice(lastToken.end, lastToken.end + 40))) {
      // `(Garcés de los Fayos, 2019)`: a surname's particles and the name before them are the surname too.
      let from = i;
      while (from >= 2 && /^(?:de|los|las|la|del|van|von|der|den|da|dos|du|ter)$/u.test(tokens[from - 1]!.text) && /^\s$/u.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) {
        const before = tokens[from - 2]!;
        if (!/^\s$/u.test(text.slice(before.end, tokens[from - 1]!.start))) break;
        from--;
        if (before.capitalized && !taken[from - 1] && !covered[from - 1]) {
          from--;
          break;
        }
      }
      if (!tokens[from]!.capitalized) from = i;
      candidates.push({ type: 'person', first: from, last, cue: 'citation', strong: true });
      for (let k = from; k <= last; k++) taken[k] = true;
      i = last;
      continue;
    }
    if (nameWords === 1) {
      // One word is a person only after a strong title, and only if it is not a known given name alone.
      const before = text.slice(Math.max(0, lastToken.start - 20), tokens[i]!.start);
      // An initial before a registry surname (`President Sh.Mirziyoyev`) is part of that name, not a person.
      // Nor a building a title names (`the President Palace`), nor the end of a name with `King` inside it
      // (`Minister Tiong King Sing`: a name word before it, no title).
      const titleWord = tokens[i - 1];
      const nameBeforeTitle = titleWord !== undefined && /^(?:King|Queen)$/u.test(titleWord.text) && tokens[i - 2]?.capitalized === true && !isTitleToken(tokens[i - 2]!) && !softCovered[i - 2] && /^\s+$/u.test(text.slice(tokens[i - 2]!.end, titleWord.start));
      // (`Minister Responsible for Foreign Affairs`: the office's own word after its title is no one's name.)
      if (STRONG_TITLE_BEFORE.test(before) && !givenName(tokens[i]!.text) && !isInitial(tokens[i]!, text) && !BUILDINGS.has(lower(tokens[i]!)) && !OFFICE_COMPLEMENTS.has(lower(tokens[i]!)) && !nameBeforeTitle) {
        candidates.push({ type: 'person', first: i, last, cue: HONORIFIC_BEFORE.test(before) ? 'honorific' : 'title', strong: true });
        for (let k = i; k <= last; k++) taken[k] = true;
      } else if (titleWord && REGNAL_TITLES.has(titleWord.text) && /^\s+$/u.test(text.slice(titleWord.end, tokens[i]!.start)) && givenName(tokens[i]!.text) !== null && !nameBeforeTitle && !covered[i - 1] && !/^\s+(?:bin|ibn|bint|binti|al|el)\b/iu.test(text.slice(tokens[last]!.end, tokens[last]!.end + 6))) {
        // `Pope Francis`, `King Abdullah`: a monarch's or a pontiff's one name, which the title makes whole.
        candidates.push({ type: 'person', first: i - 1, last, cue: 'title', strong: true });
        for (let k = i - 1; k <= last; k++) taken[k] = true;
      }
      i = last;
      continue;
    }
    // `S.A. Tarbaev`, `F. N. Arziev`, `Narmatov T.T.`: a surname of the region's forms with its given name's and
    // patronymic's initials, before it or after it as Russian official style writes them, is a person's name.
    if (initialledSurname(tokens, i, last, text)) {
      candidates.push({ type: 'person', first: i, last, cue: 'initials', strong: true });
      for (let k = i; k <= last; k++) taken[k] = true;
      i = last;
      continue;
    }
    // `Foreign Affairs`, `External Affairs`: the name of an office, not of a person.
    if (isInitial(lastToken, text) || tokens.slice(i, last + 1).every((t) => OFFICE_COMPLEMENTS.has(lower(t)))) {
      i = last;
      continue;
    }
    // `edited by Muqtedar Khan, Jiwon Nam and Amara Galileo`: a list goes on with the cue its first name had.
    // (`Photo credit: Leyla Shamchiyeva, Better Cotton.`: one name after a bare comma, the list going no further than
    // two names and no known given name opening it, is the first one's employer.)
    const previous = candidates[candidates.length - 1];
    const separator = previous ? text.slice(tokens[previous.last]!.end, tokens[i]!.start) : '';
    const listGoesOn = () => previous!.cue === 'list' || previous!.cue === 'name-list' || /^(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+)\p{Lu}/u.test(text.slice(tokens[last]!.end, tokens[last]!.end + 8)) || givenName(tokens[i]!.text) !== null;
    const inList =
      previous?.type === 'person' &&
      previous.strong &&
      previous.last < i &&
      /^(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+)$/u.test(separator) &&
      (!/^,\s+$/u.test(separator) || listGoesOn()) &&
      !jobTitleAhead(tokens, last, text);
    // `Acwa Power, a leading global utility project developer,`: an apposition that says it is an organization.
    if (!headlineCase && ORG_APPOSITION.test(text.slice(tokens[last]!.end, tokens[last]!.end + 120))) {
      candidates.push({ type: 'organization', first: i, last, cue: 'apposition', strong: true });
      for (let k = i; k <= last; k++) taken[k] = true;
      i = last;
      continue;
    }
    // `Raimbek Matraimov`, then `Matraimov` alone elsewhere: two name words whose second the article uses
    // again as a surname make a candidate (weak; corroboration, link.ts, is what gives it a page).
    const direct =
      personCue(text, tokens, i, last, softCovered) ??
      (last === i + 1 && isPlainName(tokens[i]!) && isPlainName(tokens[last]!) && !tokens[i]!.possessive && mayBeGivenName(tokens[i]!) && printedAlone?.(tokens[last]!.key)
        ? { cue: 'surname-again', strong: false }
        : null);
    // A strong cue wins over a known given name alone (which only makes a candidate).
    let cue =
      (direct?.strong ? direct : null) ??
      (isVariant?.(i, last) ? { cue: 'registry-variant', strong: true } : null) ??
      (inList ? { cue: 'list', strong: true } : null) ??
      (nameLists.has(i) && !jobTitleAhead(tokens, last, text) ? { cue: 'name-list', strong: true } : null) ??
      direct;
    if (headlineCase && cue && !HEADLINE_CASE_CUES.has(cue.cue)) cue = null;
    // In headline case every word is capitalised, so the run after a title runs on into the verb
    // (`Mr Halloran Visits Astana`): the name is its surname, or a known given name and the word after it.
    if (headlineCase && cue && !WHOLE_NAME_CUES.has(cue.cue)) last = Math.min(last, givenName(tokens[i]!.text) ? i + 1 : i);
    if (cue) {
      // `Nordvik Minerals, a Swedish company`: the apposition says what kind of name this is.
      const type = cue.cue === 'apposition' && ORG_APPOSITION.test(text.slice(tokens[last]!.end)) ? 'organization' : 'person';
      candidates.push({ type, first: i, last, ...cue });
      for (let k = i; k <= last; k++) taken[k] = true;
    }
    i = last;
  }
  // `Eric McGlinchey, George Mason University` on a line of its own: the body a participant comes from is named
  // whole, though the line's capitals read like a headline's.
  const participant = headlineCase ? candidates.find((c) => c.cue === 'line-affiliation' && /^,\s/u.test(text.slice(tokens[c.last]!.end))) : undefined;
  if (participant && participant.last + 1 < tokens.length && !covered.slice(participant.last + 1).some(Boolean)) {
    const body = organizationCandidate(tokens, participant.last + 1, tokens.length - 1, softCovered);
    if (body) candidates.push(body);
  }
  // `Project Directors Zamin Aliyev, Ali Çiviler, …`: a plural office before a list of names is no part of the first.
  for (const c of candidates) if (c.type === 'person' && c.last - c.first >= 2 && PLURAL_ROLE_WORD.test(tokens[c.first]!.text)) c.first++;
  // `Chairman UBG, Sindh Region Khalid Tawab`: a region's name before the person's is where they serve, no part of
  // their name (two name words must be left).
  for (const c of candidates) {
    if (c.type !== 'person') continue;
    for (let k = c.last - 2; k >= c.first; k--) {
      if (isPlaceKind(tokens[k]!.text) && tokens[k]!.capitalized) {
        c.first = k + 1;
        break;
      }
    }
  }
  return candidates.filter((c) => c.type !== 'person' || isPersonShaped(text, tokens, c.first, c.last)).sort((a, b) => a.first - b.first);
}

/** The last words of newspapers' names (`Malay Mail`, `Khaleej Times`), never of a person's. */
const NEWSPAPER_WORDS = new Set(['Mail', 'Times', 'Post', 'Herald', 'Tribune', 'Gazette', 'Telegraph', 'Chronicle', 'Observer', 'Monitor', 'Daily', 'Weekly', 'Express', 'Courier', 'Bulletin', 'Journal', 'Newswire']);

/** Words that open a place's or a thing's name, never a person's (`North Africa`, `Accessing CARs`). */
// Adverbs open sentences too (`Later Toktosunov sued …`): a word in -ly only when it is a known given name (`Kelly`).
const OPENING_ADVERBS = 'Later|Earlier|Then|Now|Today|Yesterday|Instead|Still|Thus|Hence|Moreover|Furthermore|Also|Besides|Perhaps|Indeed';
const NOT_A_GIVEN_NAME = new RegExp(String.raw`^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Greater|Common|New|Old|Great|Inner|Outer|${OPENING_ADVERBS}|Only|Even|Last|Next|First|Second|Third|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some|Most|\p{Lu}\p{Ll}+ing)$`, 'u');
/** A person's role or trade as one word (`Engineer`, `Spectator`, `Coach`). */
const ROLE_WORDS = new Set([...HUMAN_ROLE.slice(3, -1).split('|').filter((word) => /^[a-z-]+$/u.test(word)), ...'spectator resident farmer fan villager pensioner worker driver nurse shopkeeper vendor trader herder miner'.split(' ')]);
/** Titles borne with one name, which is not a surname: `Pope Francis`, `King Abdullah`, `Patriarch Kirill`. */
const REGNAL_TITLES = new Set(['Pope', 'King', 'Queen', 'Emperor', 'Empress', 'Patriarch', 'Sultan', 'Emir', 'Prince', 'Princess']);
/** Adverbs that open a sentence before a name (`Now`, `Later`, `Meanwhile`). */
const SENTENCE_ADVERB = new RegExp(`^(?:${OPENING_ADVERBS}|Meanwhile|However|Finally|Recently|Previously|Currently|Eventually|Subsequently|Former|Then)$`, 'u');
function mayBeGivenName(token: Token): boolean {
  return !NOT_A_GIVEN_NAME.test(token.text) && (!/ly$/u.test(token.text) || givenName(token.text) !== null);
}

const SPEECH_VERB_WORD = new RegExp(`^(?:${SPEECH_VERBS})$`, 'iu');

/** Words of a style of address or of an office's dignity (`Her Britannic Majesty`, `Ambassador Extraordinary`): never a name's. */
const STYLE_WORDS = new Set(['majesty', 'highness', 'excellency', 'holiness', 'eminence', 'lordship', 'ladyship', 'extraordinary', 'plenipotentiary']);
/** A role in the plural closing a run (`English Teaching Assistants`): a group of people, not one. */
const PLURAL_ROLE_WORD = new RegExp(String.raw`^(?:${HUMAN_ROLE.replace(/s\?$/u, '')}|assistant|participant|volunteer|graduate|trainee|intern|fellow)s$`, 'iu');

/** Verbs headlines put after their subject (`Kazakh Premier Says …`), never a one-word name. */
const HEADLINE_VERB_WORD = /^(?:Says|Tells|Gets|Meets|Visits|Calls|Urges|Warns|Vows|Hails|Slams|Signs|Pledges|Backs|Wants|Sees|Seeks|Eyes|Plans|Announces|Arrives|Receives|Congratulates|Discusses|Holds|Talks)$/u;

/**
 * A person candidate must read as one person's name: no style word in it, no role in the plural closing it,
 * and no article right before it (`the Arab Gulf states`, `the Mary Teke and the Ahal Teke subgroups`).
 */
function isPersonShaped(text: string, tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (STYLE_WORDS.has(lower(tokens[k]!))) return false;
  // `Washington, D.C, announced`: initials alone are an abbreviation, no one's name; `dated 8 Feb 2022`: nor is a month.
  if (/^(?:\p{Lu}\.\s*){1,3}\p{Lu}\.?$/u.test(text.slice(tokens[first]!.start, tokens[last]!.end))) return false;
  if (first === last && monthNumber(tokens[first]!.text) !== undefined) return false;
  // `Kazakh Premier Says State Gets Control …`: a headline's verb after a title is no one.
  if (first === last && HEADLINE_VERB_WORD.test(tokens[first]!.text)) return false;
  // `told Malay Mail`: a paper's name, closed by its kind, is no one's.
  if (last > first && NEWSPAPER_WORDS.has(tokens[last]!.text)) return false;
  if (last > first && PLURAL_ROLE_WORD.test(tokens[last]!.text)) return false;
  // `Least Developed Countries, Landlocked Developing Countries and Small Island Developing States`: groups of states.
  if (last > first && /^(?:Countries|States|Nations|Republics|Economies|Territories|Islands|Peoples)$/u.test(tokens[last]!.text)) return false;
  // `the former Aral Sea added …`: a sea, a river, a range or a region closing the run is a place, no one's name;
  // so is a work built on one (`World Bank Says Tajikistan’s Roghun Dam Is Not a Threat`).
  if (last > first && (isPlaceKind(tokens[last]!.text) || /^(?:Sea|Lake|River|Gulf|Bay|Canal|Dam|Reservoir|Pipeline|Railway|Tunnel|Airport|Highway)$/u.test(tokens[last]!.text))) return false;
  // `Himchan Hospital`: a place of care is no one's name.
  if (last > first && /^(?:Hospital|Clinic|Hospitals|Clinics)$/u.test(tokens[last]!.text)) return false;
  // `Chief State Sanitary Doctor`, `Honorary Senior Research Fellow`: an office's words, closed by its title, are no name.
  // (Not a family's name after its particle: `… Al Al-Sheikh`.)
  const family = /^(?:Al|El|al|el)[-‐‑]$/u.test(text.slice(tokens[last - 1]?.start ?? 0, tokens[last]!.start));
  if (last > first && !family && (isTitleToken(tokens[last]!) || /^(?:doctor|officer|inspector|director|commissioner|chief|fellow)$/iu.test(tokens[last]!.text))) return false;
  // `the Founder of Peace and National Unity, Leader of Nation`: an adjective of state or society opens no one's name.
  if (last > first && /^(?:National|International|Federal|Public|Supreme|Social|Political|Economic|Civil|Military|Strategic|Regional|Global|Honorary|Senior)$/u.test(tokens[first]!.text)) return false;
  // `Fort Shevchenko`, `Peak Korzhenevskaya`, `Western Balkans`: a place's kind or a compass point opening the run
  // names a place, often after someone. So does a Spanish or Portuguese article or saint (`Las Vegas`, `San Diego`).
  if (last > first && /^(?:Peak|Pik|Mount|Fort|Cape|Lake|Glacier|Western|Eastern|Northern|Southern|Las|Los|San|Santa|São|Sao)$/u.test(tokens[first]!.text)) return false;
  const before = text.slice(Math.max(0, tokens[first]!.start - 5), tokens[first]!.start);
  return !/(?:^|[^\p{L}])(?:the|an?)\s+$/iu.test(before);
}

/**
 * `Mary Melnyk, Environmental Security and Resilience Team Leader for …`: capitalised words (joined by `and`)
 * that run on into a job's title are the job's field, not more names.
 */
function jobTitleAhead(tokens: Token[], last: number, text: string): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + 6; k++) {
    const token = tokens[k]!;
    if (!/^\s+$/u.test(text.slice(tokens[k - 1]!.end, token.start))) return false;
    if (isTitleToken(token) || JOB_HEADS.has(lower(token))) return true;
    if (!token.capitalized && lower(token) !== 'and') return false;
  }
  return false;
}
const JOB_HEADS = new Set(['leader', 'manager', 'coordinator', 'specialist', 'officer', 'lead', 'analyst', 'adviser', 'advisor', 'consultant']);

/** `Regional Coordination Center for Glacier Studies`: capitalised words, then `for`/`of` and a capitalised field. */
// (`a University of Montana professor`, `a Ministry of Finance official`, `A West Central Valley High School exchange
// student`: a named body used before a noun; three words and more when it has no `of`.)
const FULL_NAME_AFTER_ARTICLE =
  /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){1,5}\s+(?:for|of)\s+(?:the\s+)?\p{Lu}\p{Ll}|^\p{Lu}\p{Ll}+\s+of\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?!(?:of|for|and|in|to|on|at|by|with|from|or|that|which|is|was|has|had)\b)\p{Ll}|^(?:\p{Lu}[\p{L}-]*\s+){2,5}(?:School|University|College|Institute|Academy|Foundation|Association|Corporation|Company)\s+(?!(?:of|for|and|in|to|on|at|by|with|from|or|that|which|is|was|has|had)\b)\p{Ll}/u;

/** Tokens a person's name may take (`Khalifa bin Hamad bin Khalifa Al-Thani`: particles count). */
const MAX_NAME_TOKENS = 10;

/**
 * Where a name ends a run whose first tokens name an office: its last two name words, with the particles
 * between and before them (`Jassim bin Saif Al Sulaiti`: `bin` and `Al` join the words they stand between).
 */
function nameStartFromEnd(tokens: Token[], first: number, last: number, text: string, linked: (k: number) => boolean): number {
  const particle = (k: number) => NAME_PARTICLES.has(tokens[k]!.text.toLowerCase());
  const office = (k: number) => OFFICE_COMPLEMENTS.has(tokens[k]!.text.toLowerCase());
  // `Minister of Transport Makhkamov Ilkhom Rustamovich`: a patronymic closing the run makes a name of three.
  // (So does one before the surname: `… of the Republic of Uzbekistan Sarvarhon Munavarhonovich Buzrukkhonov`.)
  const wanted = isPatronymic(tokens[last]!.text) || (last - 2 >= first && isPatronymic(tokens[last - 1]!.text)) ? 3 : 2;
  let words = 0;
  for (let k = last; k >= first; k--) {
    // `Kim Tae-hyo`, `Jean-Claude Roth`: a word hyphenated to the one before is one name word with it.
    if (particle(k) || (k > first && /^[-‐‑]$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)))) continue;
    // `… to Mongolia, F. N. Arziev`: initials written apart count as one name word.
    if (k > first && isInitial(tokens[k]!, text) && isInitial(tokens[k - 1]!, text)) continue;
    // `Secretary of Commerce Howar`: a word of the office ends the name.
    if (office(k)) return k + 1;
    words++;
    if (words < wanted || (k > first && particle(k - 1))) continue;
    // `Minister for Foreign Affairs Shah Mahmood Qureshi`: when a third name word stands right after the
    // office's own words, it is the name's first.
    if (words === 2 && k - 2 >= first && !office(k - 1) && isPlainName(tokens[k - 1]!) && office(k - 2)) return k - 1;
    // `Prime Minister of Pakistan Shahid Hakan Abbasi`: the run began right after the office's country, and
    // the word before is a known given name: three words. So too any name word right after an office's
    // place or body, linked (`Regional Director for Central Asia Saroj Kumar Jha`).
    // (Not a word of the office's own: `… for Caspian Sea Affairs`, `… North Kazakhstan Oblast`, `… Afghanistan Reconciliation`.)
    const afterOfficesPlace = () =>
      linked(first - 1) &&
      !office(first) &&
      !isFieldWord(tokens[first]!) &&
      !isPlaceKind(lower(tokens[first]!)) &&
      TITLE_OF_BEFORE.test(text.slice(Math.max(0, tokens[first]!.start - 120), tokens[first]!.start));
    if (words === 2 && k - 1 === first && isPlainName(tokens[first]!) && (givenName(tokens[first]!.text) !== null || afterOfficesPlace())) return first;
    // `Deputy Minister of Foreign Affairs Le Thi Thu Hang`, `Minister of State for Water and Power Abid Sher Ali`:
    // up to two more name words, when the office's own last word is right before them.
    for (let extra = 1; extra <= 2 && k - extra >= first; extra++) {
      const j = k - extra;
      if (!isPlainName(tokens[j]!) || office(j)) break;
      const before = tokens[j - 1];
      // (Not after `and`, which joins the office's fields: `Minister of Trade and Integration Arman Shakkaliyev`.)
      // (After an honorific too: `Minister of Higher Education, Datuk Seri Dr Zambry Abdul Kadir`.)
      if (before && lower(before) !== 'and' && /^\p{Lu}\p{Ll}/u.test(tokens[j]!.text) && (office(j - 1) || (j === first && (ORG_HEADS.has(lower(before)) || isTitleToken(before))))) return j;
    }
    // Enough words, and no particle ties the word before to this one: the name starts here.
    return k;
  }
  return first;
}


/**
 * `They are: Aleksander Aleksandrov, Joomart Duulatov, Ziyagul Bolot kyzy, …`: three or more names of two
 * to four words in a comma-separated list, at least one opening with a known given name, are people. The
 * first tokens of the listed names.
 */
function listedNames(text: string, tokens: Token[], covered: boolean[], taken: boolean[]): Set<number> {
  const found = new Set<number>();
  const runs: { first: number; last: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (covered[i] || taken[i] || !isPlainName(tokens[i]!)) {
      i++;
      continue;
    }
    let last = i;
    while (
      last + 1 < tokens.length &&
      !covered[last + 1] &&
      !taken[last + 1] &&
      /^\s$/u.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start)) &&
      (isPlainName(tokens[last + 1]!) || TRAILING_PARTICLES.has(tokens[last + 1]!.text))
    ) {
      last++;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  // Consecutive runs separated by `, ` (the last by `, and ` or ` and `).
  let group: typeof runs = [];
  const flush = () => {
    const names = group.filter((r) => r.last - r.first >= 1 && r.last - r.first <= 3);
    if (names.length >= 3 && names.length === group.length && names.some((r) => givenName(tokens[r.first]!.text))) for (const r of names) found.add(r.first);
    group = [];
  };
  for (const run of runs) {
    const previous = group[group.length - 1];
    if (previous && /^(?:,\s+(?:and\s+)?|\s+and\s+)$/u.test(text.slice(tokens[previous.last]!.end, tokens[run.first]!.start))) group.push(run);
    else {
      flush();
      group = [run];
    }
  }
  flush();
  return found;
}

/** How many names a list needs, and how many of them organizations by their own head words, to list organizations. */
const MIN_ORGANIZATION_LIST = 5;
const MIN_HEADED_IN_LIST = 2;
/** Between two items of a list: `, `, `, and `, ` and `, with `the` before the next item or not. */
const LIST_SEPARATOR = /^["”’]?(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?["“‘]?$/u;
/** `companies of the government partner such as "GM Korea", "Korean Air", …`: a list announced as companies. */
const COMPANY_LIST_INTRO = /\b(?:companies|firms|corporations|enterprises|banks|airlines|carriers|manufacturers|producers|conglomerates)\b[^.;:!?]{0,40}?\b(?:such as|including|like|namely)\s*["“‘]?$/u;
/** How many names a list announced as companies needs. */
const MIN_ANNOUNCED_LIST = 3;

/**
 * The other names of a comma-separated list of at least MIN_ORGANIZATION_LIST names, MIN_HEADED_IN_LIST of
 * them organization candidates already and none opening with a person's given name: [first, last] ranges.
 */
function listedOrganizations(text: string, tokens: Token[], candidates: Candidate[], covered: boolean[], taken: boolean[], joined: (k: number) => boolean): [number, number][] {
  // (A list of three names or more has a comma; one of five has two organizations already, or is announced as companies.)
  if (!text.includes(',')) return [];
  const organizationEnds = new Map<number, number>();
  for (const c of candidates) if (c.type === 'organization') organizationEnds.set(c.first, c.last);
  if (organizationEnds.size < MIN_HEADED_IN_LIST && !/\b(?:such as|including|like|namely)\b/u.test(text)) return [];
  const items: { first: number; last: number; headed: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const end = organizationEnds.get(i);
    if (end !== undefined) {
      items.push({ first: i, last: end, headed: true });
      i = end;
      continue;
    }
    if (!tokens[i]!.capitalized || taken[i] || (STOPWORDS.has(lower(tokens[i]!)) && !tokens[i]!.acronym)) continue;
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1]!.capitalized && !taken[last + 1] && joined(last + 1)) last++;
    items.push({ first: i, last, headed: false });
    i = last;
  }
  const found: [number, number][] = [];
  let group: typeof items = [];
  const flush = () => {
    const free = group.filter((item) => !item.headed && !covered.slice(item.first, item.last + 1).every(Boolean));
    const headedList = group.length >= MIN_ORGANIZATION_LIST && group.filter((item) => item.headed).length >= MIN_HEADED_IN_LIST;
    const announced = !headedList && group.length >= MIN_ANNOUNCED_LIST && COMPANY_LIST_INTRO.test(text.slice(Math.max(0, tokens[group[0]!.first]!.start - 80), tokens[group[0]!.first]!.start));
    const listsOrganizations =
      (headedList || announced) &&
      // (People's names make it a list of people; figures, one of an address's lines: `4 Bouverie Street, London, EC4Y 8AX`.)
      free.every((item) => (announced || givenName(tokens[item.first]!.text) === null) && !tokens.slice(item.first, item.last + 1).some((t) => /\d/u.test(t.text)));
    // (Not a long run, nor one opening with a title: `Prime Aviation` might be an office's.)
    const named = (item: (typeof items)[number]) => item.last - item.first <= 3 && !isTitleToken(tokens[item.first]!);
    // (`…, Central Asia Transport and Logistics Partnership, …`: two names joined by `and` alone, no comma, may be one name.)
    const andAlone = (a: (typeof items)[number] | undefined, b: (typeof items)[number] | undefined) =>
      a !== undefined && b !== undefined && /^\s+and\s+$/u.test(text.slice(tokens[a.last]!.end, tokens[b.first]!.start));
    const joinedByAnd = (item: (typeof items)[number]) => {
      const at = group.indexOf(item);
      return andAlone(group[at - 1], item) || andAlone(item, group[at + 1]);
    };
    if (listsOrganizations) for (const item of free) if (named(item) && !joinedByAnd(item)) found.push([item.first, item.last]);
    group = [];
  };
  for (const item of items) {
    const previous = group[group.length - 1];
    if (previous && LIST_SEPARATOR.test(text.slice(tokens[previous.last]!.end, tokens[item.first]!.start))) group.push(item);
    else {
      flush();
      group = [item];
    }
  }
  flush();
  return found;
}

/** Two or three initials on one side of one word in a Slavic or Central Asian surname's form, and nothing else. */
function initialledSurname(tokens: Token[], first: number, last: number, text: string): boolean {
  const run = tokens.slice(first, last + 1);
  const surnameAt = run.findIndex((t) => !isInitial(t, text));
  if (surnameAt !== 0 && surnameAt !== run.length - 1) return false;
  if (run.some((t, k) => k !== surnameAt && !isInitial(t, text)) || !hasSurnameForm(run[surnameAt]!.text)) return false;
  const letters = run.reduce((n, t, k) => n + (k === surnameAt ? 0 : DOTTED_INITIALS.test(t.text) ? t.text.split('.').length - 1 : 1), 0);
  return letters >= 2;
}

/** Name words of a run, counting a hyphenated tail with the word it hangs on. */
function countNameWords(tokens: Token[], first: number, last: number, text: string): number {
  let words = 0;
  for (let k = first; k <= last; k++) if (k === first || !isHyphenatedTail(tokens[k - 1]!, tokens[k]!, text)) words++;
  return words;
}

/**
 * Splits a run at an `and` that joins two whole organizations; returns [first, last] ranges. The first
 * ends in a head word, a legal form or a registry organization's name (`National Atomic Company
 * Kazatomprom and Sumitomo Corporation`).
 */
function splitCoordinated(tokens: Token[], first: number, last: number, heads: number[], softCovered: boolean[]): [number, number][] {
  for (let k = first + 1; k < last; k++) {
    if (lower(tokens[k]!) !== 'and' && tokens[k]!.text !== '&') continue;
    const before = tokens[k - 1]!;
    // A linked name closing the first part counts as its head when a word of the name, not `of the`, stands
    // before it (`JSC NMC Tau-Ken Samruk and Qatar State Mining Company`; not `… of the United States and Canada`).
    let linkedFrom = k - 1;
    while (linkedFrom > first && softCovered[linkedFrom - 1]) linkedFrom--;
    const linkedClose = softCovered[k - 1] === true && linkedFrom > first && !ORG_CONNECTORS.has(lower(tokens[linkedFrom - 1]!));
    const headBefore = ORG_HEADS.has(lower(before)) || LEGAL_SUFFIXES.has(lower(before)) || linkedClose;
    // `Department of Atomic Energy and KazAtomProm`: a linked name after `and` is the second body whole.
    const headAfter = heads.some((h) => h > k) || (k + 1 <= last && softCovered.slice(k + 1, last + 1).every(Boolean));
    // `Hungarian Oil and Gas Joint Stock Company`: two trades joined inside one name (`Government Media and
    // Information Center`: or a trade and a field).
    // A linked name after `and` is a name of its own (`Somon Air and Air Astana`).
    // (`Engineering and Technology University`, `News and Current Affairs Channel`: a trade or field alone before
    // `and` is one of the name's fields, never a body's whole name.)
    const tradesJoined = (HEADS_ONLY_LAST.has(lower(before)) && (HEADS_ONLY_LAST.has(lower(tokens[k + 1]!)) || isFieldWord(tokens[k + 1]!)) && !softCovered[k + 1]) || (k - 1 === first && !softCovered[first] && (INDUSTRY_WORDS.has(lower(before)) || isFieldWord(before)));
    // `Ministry of Investments and Foreign Trade and JSC National Electric Grid`: after a body's `of`, `and` joins
    // its fields while no head word, legal form or linked name follows before the next `and`; a legal form
    // after `and` opens a company.
    const bodyOf = ORG_HEADS.has(lower(tokens[first]!)) && ORG_CONNECTORS.has(lower(tokens[first + 1] ?? tokens[first]!)) && lower(tokens[first + 1] ?? tokens[first]!) !== 'and';
    let next = k + 1;
    while (next <= last && lower(tokens[next]!) !== 'and' && !ORG_HEADS.has(lower(tokens[next]!)) && !LEGAL_PREFIXES.has(lower(tokens[next]!)) && !softCovered[next]) next++;
    const fieldsJoined = bodyOf && (next > last || lower(tokens[next]!) === 'and');
    const companyAfter = LEGAL_PREFIXES.has(lower(tokens[k + 1]!)) && (bodyOf || heads.some((h) => h < k));
    // `Strategic Cooperation Council of Kazakhstan and Turkey`: a council of two countries is one bilateral body.
    const bilateral = k + 1 === last && k - 2 > first && lower(tokens[k - 2]!) === 'of' && softCovered[k - 1] === true && softCovered[k + 1] === true && BILATERAL_HEADS.has(lower(tokens[k - 3]!));
    if (bilateral) continue;
    // `in Tashkent and Plekhanov Russian University of Economics`: a linked place alone before `and` is no part of the body.
    // `OECD and Asian Development Bank`: an acronym alone before `and` is a body of its own too.
    const acronymAlone = k - 1 === first && /^\p{Lu}{2,}(?:\/\p{Lu}{2,})?$/u.test(tokens[first]!.text) && headAfter;
    // `General Motors and BAT`: a body whole before `and`, an acronym alone after it.
    if (headBefore && k + 1 === last && /^\p{Lu}{2,6}$/u.test(tokens[last]!.text)) return [[first, k - 1], [last, last]];
    // `RFE/RL and Soros Open Society`: a linked name of several words alone before `and` is whole too.
    const linkedBefore = softCovered.slice(first, k).every(Boolean);
    if ((linkedBefore || (acronymAlone && !ORG_HEADS.has(lower(tokens[first]!)))) && (k - 1 === first || headAfter) && tokens[k + 1]?.capitalized) return [[first, k - 1], ...splitCoordinated(tokens, k + 1, last, heads.filter((h) => h > k), softCovered)];
    // `Kyrgyz Ministry of Health and USAID`: a linked name filling all the rest after a body's field is a body of its own.
    const linkedRest = k + 1 <= last && softCovered.slice(k + 1, last + 1).every(Boolean) && !tokens.slice(k + 1, last + 1).some((t) => lower(t) === 'and');
    // (Not two linked places: `… of the United States and Canada` is one body's reach.)
    if (linkedRest && !softCovered[k - 1] && heads.some((h) => h < k) && tokens[k + 1]?.capitalized && !bilateral) return [[first, k - 1], [k + 1, last]];
    // `Ministry of Investments and Foreign Trade and Ministry of Energy`: a body's head and its `of` after `and` open a second body.
    const bodyAfter = heads.some((h) => h < k) && OPENING_HEADS.has(lower(tokens[k + 1]!)) && ORG_CONNECTORS.has(lower(tokens[k + 2] ?? tokens[k]!)) && lower(tokens[k + 2] ?? tokens[k]!) !== 'and';
    if (((headBefore && headAfter && !tradesJoined && !fieldsJoined) || companyAfter || bodyAfter) && tokens[k + 1]?.capitalized) return [[first, k - 1], ...splitCoordinated(tokens, k + 1, last, heads.filter((h) => h > k), softCovered)];
    // `Worker Support Centre and Oasis Kazakhstan`: a plain name closed by an institution's head word (no
    // `of`, `for` or `and` inside; not a trade, as in `Mining and Processing Plant`) is whole before `and`
    // when what follows has no head word of its own; what follows is a name of its own.
    const plainBefore = ORG_HEADS.has(lower(before)) && !HEADS_ONLY_LAST.has(lower(before)) && tokens.slice(first, k - 1).every((t) => t.capitalized && !ORG_CONNECTORS.has(lower(t)));
    const plainAfter = tokens.slice(k + 1, last + 1).every((t) => t.capitalized && !ORG_HEADS.has(lower(t)));
    if (plainBefore && plainAfter && k - 1 > first) return [[first, k - 1], [k + 1, last]];
  }
  return [[first, last]];
}

/** Head words that open a body's name before its `of` (`Ministry of …`, `Institute of …`), never a field's word. */
const OPENING_HEADS = new Set(['ministry', 'department', 'committee', 'commission', 'council', 'agency', 'office', 'bureau', 'institute', 'academy', 'university', 'directorate', 'chamber', 'embassy', 'consulate']);
/** Head words of languages that put them first (Malay, Indonesian, Spanish, Italian, French). */
// Malay bodies too: `Lembaga Tabung Haji`, `Kementerian Luar Negeri`, `Suruhanjaya Pilihan Raya`.
const HEAD_FIRST = new Set(['universiti', 'universitas', 'universidad', 'università', 'université', 'institut', 'instituto', 'istituto', 'lembaga', 'kementerian', 'jabatan', 'suruhanjaya', 'perbadanan', 'agence', 'banque', 'société', 'fondation']);
/** Bodies two countries hold together, named `… of X and Y`. */
const BILATERAL_HEADS = new Set(['council', 'commission', 'committee', 'union']);

/** First words of a run that name people in office, never an organization of their own. */
const PEOPLE_WORDS = new Set(
  `dean rector head heads leader leaders chief chiefs chairman chairwoman chairperson members minister ministers ambassador
  ambassadors official officials delegates envoys`.split(/\s+/),
);
/** The people of a body: `Teachers of …`, `Staff of …`. */
/** People or parts of a body, named before its `of` (`Pupils of …`, `Corresponding Member of …`, `Branch of …`). */
const MEMBERS_OF = new Set(['pupils', 'students', 'teachers', 'staff', 'employees', 'workers', 'doctors', 'residents', 'graduates', 'alumni', 'member', 'members', 'fellow', 'fellows', 'branch']);
/** Verbs a project or programme name opens with (`Strengthening …`, `Enhancing Resilience …`). */
const PROJECT_VERBS = new Set(
  `strengthening enhancing improving promoting supporting developing expanding advancing ensuring fostering empowering
  modernizing modernising accelerating reducing increasing achieving protecting preserving
  addressing attending visiting welcoming chairing hosting opening speaking contact join follow support`.split(/\s+/),
);
/**
 * What a board of a named body is made of (`Board of Governors of …`, `Board of Executive Directors of …`).
 * Not a company's `Board of Directors of JSC KazTransOil`: that is the company's, no body of its own.
 */
const BOARD_ORGANS = new Set(['governors', 'trustees', 'executive', 'management']);
/** Bodies every company or bank has: not an organization of their own. */
// `the Central Government`, `the “Istiqlol” Border Guard Post`: a kind of body or post, no body's name.
const GENERIC_ORGANS =
  /^(?:(?:Executive|Supervisory|Management) Board|Board of (?:Directors|Governors|Trustees|Management|Executive Directors)|Board|(?:Central|Federal|Local|Regional|State|National) Government|Border (?:Guard )?Post|Checkpoint)$/u;

/** The organization candidate a run makes, or null when it is an event, a fragment or a country alone. */
function organizationCandidate(tokens: Token[], first: number, last: number, softCovered: boolean[]): Candidate | null {
  // `the NGO the Union for the Defense of the Aral …`: what kind of body it is, before its name.
  if (/^(?:NGO|NPO)$/u.test(tokens[first]!.text) && lower(tokens[first + 1] ?? tokens[first]!) === 'the' && first + 2 < last) first += 2;
  // `Now the Ministry is completing …`, `Then the Ministry of Energy said`, `Unfortunately the Tajik Government`: an
  // adverb opening the sentence; `Securing the Company’s first rating …`: a verb's -ing form and its object.
  if ((SENTENCE_ADVERB.test(tokens[first]!.text) || /^\p{Lu}\p{Ll}{3,}(?:ly|ing)$/u.test(tokens[first]!.text)) && tokens[first + 1]?.text === 'the' && first + 2 <= last) first += 2;
  // `Chairman of the Board of Uzbekistan Airways`: a company's board is the company's, no body of its own.
  // `Board of Governors of the Asian Development Bank` stays whole: an organ of the body it names.
  if (lower(tokens[first]!) === 'board' && lower(tokens[first + 1] ?? tokens[first]!) === 'of' && !BOARD_ORGANS.has(lower(tokens[first + 2] ?? tokens[first]!))) {
    if (lower(tokens[first + 2] ?? tokens[first]!) === 'directors' && lower(tokens[first + 3] ?? tokens[first]!) === 'of') first += 2;
    first += lower(tokens[first + 2] ?? tokens[first]!) === 'the' ? 3 : 2;
    if (first > last || softCovered.slice(first, last + 1).every(Boolean)) return null;
  }
  // `Pupils of Secondary School № 24`: the people of a body, opening a sentence, are not its name.
  if (MEMBERS_OF.has(lower(tokens[first]!)) && lower(tokens[first + 1] ?? tokens[first]!) === 'of') first += lower(tokens[first + 2] ?? tokens[first]!) === 'the' ? 3 : 2;
  // `Viktor Danilov-Danilyan of the Russian Academy of Sciences`: a person's name before the first `of` (a known
  // given name, or a surname's form, and no head word or linked name) is someone of the body, which starts after it.
  const firstOf = tokens.findIndex((t, k) => k > first && k < last && lower(t) === 'of');
  if (firstOf - first >= 2 && firstOf - first <= 3) {
    const before = tokens.slice(first, firstOf);
    const bodyStart = firstOf + (lower(tokens[firstOf + 1]!) === 'the' ? 2 : 1);
    const personal = before.every((t, n) => isPlainName(t) && !softCovered[first + n]) && (givenName(before[0]!.text) !== null || hasSurnameForm(before.at(-1)!.text));
    if (personal && bodyStart < last) first = bodyStart;
  }
  if (last <= first) return null;
  // `Summit of the Council of Heads of State of …`, `Annual Meeting of the Board of Governors of …`: a sitting of a
  // body is no body, but the body after its `of` is one.
  const sat = sittingsBody(tokens, first, last);
  if (sat > 0) return organizationCandidate(tokens, sat, last, softCovered);
  if (isEventRun(tokens, first, last)) return null;
  let legalPrefix = 0;
  let legalSuffix = 0;
  // `FC Astana`: a club's letters are part of its name, and the club is named after a city as often as not.
  const club = CLUB_PREFIXES.has(lower(tokens[first]!));
  while (first + legalPrefix < last && LEGAL_PREFIXES.has(lower(tokens[first + legalPrefix]!)) && !CLUB_PREFIXES.has(lower(tokens[first + legalPrefix]!))) legalPrefix++;
  while (last - legalSuffix > first + legalPrefix && LEGAL_SUFFIXES.has(lower(tokens[last - legalSuffix]!))) legalSuffix++;
  const nameFirst = first + legalPrefix;
  let nameLast = last - legalSuffix;
  const legal = legalPrefix + legalSuffix > 0 || club;
  // `Gymnasium № 38`, `Hospital No. 1`: the head word is the one before the number.
  const numberFirst = /^\d+$/u.test(tokens[nameLast]!.text) ? (tokens[nameLast - 1]?.text === 'No' ? nameLast - 1 : nameLast) : -1;
  const numbered = numberFirst > nameFirst && NUMBERED_HEADS.has(lower(tokens[numberFirst - 1]!));
  // `Kazakhstan Embassy in Washington`: where a post serves is after its head word; whose it is, before
  // it (`its Embassy in Nur-Sultan` names no one's).
  const servesAt = tokens.slice(nameFirst + 1, nameLast).findIndex(
    (t, k) => lower(t) === 'in' && ORG_HEADS.has(lower(tokens[nameFirst + k]!)) && tokens.slice(nameFirst, nameFirst + k).some((o, n) => softCovered[nameFirst + n] || lower(o) === 'of'),
  );
  const lastWord = lower(tokens[numbered ? numberFirst - 1 : servesAt >= 0 ? nameFirst + servesAt : nameLast]!);
  const headLast = ORG_HEADS.has(lastWord) && !HEADS_ONLY_BEFORE_OF.has(lastWord);
  // A run whose head is inside it (`Institute for Strategic Studies`) is fine when the head is followed by a connector.
  const innerHead = (() => {
    for (let k = nameFirst; k < nameLast; k++) {
      const word = lower(tokens[k]!);
      if ((ORG_HEADS.has(word) && !HEADS_ONLY_LAST.has(word) && (ORG_CONNECTORS.has(lower(tokens[k + 1]!)) || (CAMPUS_HEADS.has(word) && campusTownAt(tokens, k + 1)))) || forumFor(tokens, k) || (isGeneralStaff(tokens, k) && ORG_CONNECTORS.has(lower(tokens[k + 1]!)))) return true;
      // `Times of Oman`, `Times of Central Asia`: a paper's `Times` of the country or place it serves.
      if (word === 'times' && k === nameFirst && lower(tokens[k + 1]!) === 'of' && softCovered[nameLast] === true) return true;
    }
    return false;
  })();
  // `Universiti Utara Malaysia`, `Universidad Nacional …`: languages that put the head word first.
  const headFirst = nameLast > nameFirst && HEAD_FIRST.has(lower(tokens[nameFirst]!));
  if (!legal && !headLast && !innerHead && !headFirst) {
    const cut = headBeforeTrailingWords(tokens, nameFirst, nameLast);
    return cut > 0 ? organizationCandidate(tokens, first, cut, softCovered) : null;
  }
  // `House of Commons Committee Special report`: past a later head word, trailing words are not the name.
  // Not a name that ends naming its country (`Ministry of Oil and Gas Industry of the Republic of Kazakhstan`).
  const endsWithCountry = softCovered[nameLast] === true && ['of', 'the'].includes(lower(tokens[nameLast - 1] ?? tokens[nameLast]!));
  if (!legal && !headLast && innerHead && !endsWithCountry) {
    // (`News and Current Affairs Channel of Radio Pakistan`: an `and` joining the fields that open the name is no connector here.)
    const firstConnector = tokens.findIndex((t, k) => k > nameFirst && k <= nameLast && ORG_CONNECTORS.has(lower(t)) && !(lower(t) === 'and' && k === nameFirst + 1));
    let lastHead = -1;
    // (A word that is a head only last is none inside: `… of Independent Mining Experts`, `… of Nuclear Power Plants`.)
    for (let k = firstConnector + 2; firstConnector > 0 && k < nameLast; k++) if (ORG_HEADS.has(lower(tokens[k]!)) && !HEADS_ONLY_LAST.has(lower(tokens[k]!))) lastHead = k;
    // Cut only where the head is followed by another capitalised word, not by `of …`; nor where a field's head
    // (`Energy`) is itself a field the name lists, the rest fields too (`Committee for Nuclear and Energy Supervision`).
    const trailing = lastHead > 0 ? tokens.slice(lastHead + 1, nameLast + 1) : [];
    const connector = trailing.findIndex((t) => ORG_CONNECTORS.has(lower(t)));
    const fieldRun = connector < 0 ? trailing : trailing.slice(0, connector);
    const fieldsToEnd = lastHead > 0 && FIELD_HEADS.has(lower(tokens[lastHead]!)) && fieldRun.length > 0 && fieldRun.every((t) => isFieldWord(t));
    if (lastHead > 0 && !ORG_CONNECTORS.has(lower(tokens[lastHead + 1]!)) && !fieldsToEnd) {
      last = lastHead;
      nameLast = lastHead;
    }
  }
  // `Leaders of the European Union`, `Dean of GSPP`: people, not a body. `Board of Directors`: a body every
  // company has. `Strengthening Disaster Preparedness and Response Systems`: a project's aim.
  const firstWord = lower(tokens[nameFirst]!);
  if (!legal && (PEOPLE_WORDS.has(firstWord) || PROJECT_VERBS.has(firstWord))) return null;
  // `Center of the Ahal Region`, `Centre of Earth`: the middle of a place, not a body.
  if (!legal && (firstWord === 'center' || firstWord === 'centre') && lower(tokens[nameFirst + 1] ?? tokens[nameFirst]!) === 'of' && PLACE_WORDS.has(lower(tokens[nameLast]!))) return null;
  // `Defence Ministers of Shanghai Cooperation Organisation`: people in office, named by what they head.
  const beforeOf = tokens.slice(nameFirst, nameLast + 1).findIndex((t) => lower(t) === 'of');
  if (!legal && beforeOf > 1 && PEOPLE_WORDS.has(lower(tokens[nameFirst + beforeOf - 1]!))) return null;
  if (!legal && GENERIC_ORGANS.test(tokens.slice(nameFirst, nameLast + 1).map((t) => t.text).join(' '))) return null;
  if (isLegalFormOnly(tokens, nameFirst, nameLast)) return null;
  // `the UK Government`, `the Kazakh authorities`: a country's government in general is the country.
  if (!legal && nameLast > nameFirst && softCovered.slice(nameFirst, nameLast).every(Boolean) && GENERIC_HEADS.has(lower(tokens[nameLast]!))) return null;
  // Wholly soft-covered runs (`Kazakhstan`) and a head word alone (`the Ministry`) are not organizations.
  let own = 0;
  for (let k = nameFirst; k <= nameLast; k++) if (!softCovered[k] && tokens[k]!.capitalized) own++;
  if (own < 1 || nameLast < nameFirst) return null;
  if (!legal && nameLast === nameFirst) return null;
  if (!legal && own === 1 && headLast && !softCovered.slice(nameFirst, nameLast).some(Boolean) && nameLast - nameFirst === 0) return null;
  return { type: 'organization', first, last, cue: legal ? 'legal-form' : 'org-head-word', strong: true, legalPrefix, legalSuffix };
}


/** `Peter Wood - Consultant - …`: a dash, then a post, after a name on a line of its own. */
const DASHED_POST = new RegExp(String.raw`^\s+[-–—]\s+(?:(?:senior|junior|managing|associate|chief|deputy|vice|executive|general|principal|lead)\s+)*${HUMAN_ROLE}\b`, 'iu');
/** The words of a photo credit in capitals that are no photographer's name: an agency's, `PHOTO`, `FILE`. */
export const CREDIT_WORD_IN_CAPITALS = /^(?:AP|AFP|EPA|EFE|PHOTO|IMAGE|FILE|GETTY|IMAGES|REUTERS|TASS|XINHUA)$/u;
/** The photo agencies a photographer's credit names beside the name, after a slash or before one. */
const PHOTO_AGENCY = String.raw`(?:Reuters|REUTERS|AFP|Agence France-Presse|AP|EPA(?:-EFE)?|Getty Images|Xinhua|TASS|Sputnik|Anadolu|RFE\/RL|Bloomberg|ANI|PTI|Shutterstock|Alamy)`;
/** `Omar Sobhani/Reuters`: a photo agency after a slash, closing a photographer's credit. */
const PHOTO_AGENCY_AFTER = new RegExp(String.raw`^\s?\/\s?${PHOTO_AGENCY}\b`, 'u');
/** `EPA-EFE/ZSOLT SZIGETVARY`: a photo agency and a slash, opening a photographer's credit. */
const PHOTO_AGENCY_BEFORE = new RegExp(String.raw`(?:^|[\s(])${PHOTO_AGENCY}\s?\/\s?$`, 'u');
/** `deputy chairman of the committee of the State Duma for the CIS, `: an office spelled out, then a comma before the name. */
const OFFICE_PHRASE_COMMA_BEFORE = new RegExp(String.raw`\b(?:chairman|chairwoman|chair|head|minister|secretary|director|president|governor|ambassador|envoy|spokesman|spokeswoman|spokesperson)\s+(?:of|for)\s+[^.;:!?,()“”"]{3,120},\s+$`, 'u');
/** `, Carnegie Endowment for International Peace` closing a line: a body's name alone after the comma. */
const LINE_AFFILIATION = /^,\s+((?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|for|and|on|in|the|&|\p{Lu}[\p{L}.&'’-]*)){0,8})\s*$/u;

/** `CZ` of `Changpeng Zhao`, `KJT` of `Kassym-Jomart Tokayev`: the first letters of a name's words, in capitals. */
function nameInitials(tokens: Token[], first: number, last: number): string {
  let initials = '';
  for (let k = first; k <= last; k++) initials += tokens[k]!.text.charAt(0).toUpperCase();
  return initials;
}

/**
 * `Changpeng Zhao (CZ)`: the initials of the name from token `first` to `last`, in brackets right after `end`; with
 * how many characters they take there (the space and the brackets); null when none follow.
 */
export function bracketedInitials(text: string, tokens: Token[], first: number, last: number, end: number): { initials: string; length: number } | null {
  const bracketed = /^\s+\((\p{Lu}{2,4})\)/u.exec(text.slice(end, end + 8));
  return bracketed && bracketed[1] === nameInitials(tokens, first, last) ? { initials: bracketed[1], length: bracketed[0].length } : null;
}

function personCue(text: string, tokens: Token[], first: number, last: number, softCovered: boolean[] = []): { cue: string; strong: boolean } | null {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end + (tokens[last]!.possessive ? 2 : 0);
  const before = text.slice(Math.max(0, start - 60), start);
  // (`founder, Changpeng Zhao (CZ), is …`: the person's initials in brackets are part of the name's mention.)
  const afterName = end + (bracketedInitials(text, tokens, first, last, end)?.length ?? 0);
  const after = text.slice(afterName, afterName + 80);
  const prevToken = tokens[first - 1];
  if (HONORIFIC_BEFORE.test(before)) return { cue: 'honorific', strong: true };
  // (`Heide King, R Ph.`: the pharmacist's degree after the name is no one's name.)
  if (TWO_WORD_DEGREE_ONLY.test(text.slice(start, end))) return null;
  // `KTVB's Dee Sarton`, `Breitbart News’s John Binder`, `Kazakhstan’s Aigerim Steppova`: a known given name and a
  // surname after a body's or a country's possessive.
  // (Not a body's or a building's name: `Russia's Ria-Novosti news agency`, `the Heritage’s Allison Auditorium`.)
  const possessiveBefore = prevToken?.possessive === true && prevToken.capitalized && /^['’]s\s+$/u.test(text.slice(prevToken.end, start));
  const ofCountry = last - first === 1 && !possessiveBefore ? /^\s+of\s+(?:the\s+)?/u.exec(after) : null;
  const knownGiven = () => {
    const bodyAfter = tokens[last + 1] !== undefined && /^\s+$/u.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start)) && /^(?:news|agency|group|company|foundation|institute)$/iu.test(tokens[last + 1]!.text);
    return last - first === 1 && givenName(tokens[first]!.text) !== null && isPlainName(tokens[last]!) && !bodyAfter && !/^(?:Auditorium|Hall|Centre|Center|Building|Room|Library|Museum|Theatre|Theater|Stadium|Arena|Square|Street|Avenue|Park|Gallery|Palace)$/u.test(tokens[last]!.text) && !/[-‐‑]$/u.test(text.slice(tokens[first]!.end, tokens[first]!.end + 1));
  };
  if (possessiveBefore && knownGiven()) return { cue: 'affiliation', strong: true };
  // `… beat Omari Jones of the United States 3-2`, `Patrick Brown of Great Britain`: a name, then the country the person is from.
  if (ofCountry) {
    let countryAt = last + 1;
    while (countryAt < tokens.length && tokens[countryAt]!.start < end + ofCountry[0].length) countryAt++;
    if (tokens[countryAt]?.start === end + ofCountry[0].length && softCovered[countryAt] === true && !PLACE_WORDS.has(lower(tokens[last]!)) && !ORG_HEADS.has(lower(tokens[last]!)) && knownGiven()) return { cue: 'name-of-country', strong: true };
  }
  // `his Kazakh counterpart Kairat Kelimbetov`, `her predecessor Jane Roe`: a role that is always a person's.
  if (PERSON_ROLE_BEFORE.test(before)) return { cue: 'title', strong: true };
  // `… in Aralsk. Image by Jane Roe. Kazakhstan, 2017.`: a photographer's credit inside a caption.
  if (CREDIT_BY_BEFORE.test(before) && /^\s*(?:[.,;/]|for\s+\p{Lu}|(?:&|and)\s+\p{Lu}|$)/u.test(after)) return { cue: 'credit', strong: true };
  // `… Feb. 14, 2015. Omar Sobhani/Reuters`: a photographer's credit closing a caption, the agency after a slash.
  if (last - first <= 2 && PHOTO_AGENCY_AFTER.test(after)) return { cue: 'credit', strong: true };
  // `Heide King, R Ph`, `Lateef Olaniyan, Pharm D`: a health professional's degree after the name.
  if (CREDENTIAL_AFTER.test(after) && last - first <= 2) return { cue: 'apposition', strong: true };
  // `Omirserik Ibragimov, 25, uses a net …`: a person's age set off after the name; `23-year-old Jamie Giles`: before it.
  if ((AGE_AFTER.test(after) || AGE_BEFORE.test(before)) && last - first <= 3 && !tokens.slice(first, last + 1).some((t) => ORG_HEADS.has(lower(t)) || PLACE_WORDS.has(lower(t)))) {
    return { cue: 'apposition', strong: true };
  }
  // `(Vice President of Academic Affairs) Nancy Hellerud`: an office in brackets right before the name.
  if (BRACKETED_OFFICE_BEFORE.test(text.slice(Math.max(0, start - 140), start))) return { cue: 'title', strong: true };
  // `— Zygmunt Bauman` on a line of its own: who an epigraph or a quotation above is by.
  if (/^\s*[—–]\s*$/u.test(text.slice(0, start)) && /^[\s.]*$/u.test(text.slice(end))) return { cue: 'signature', strong: true };
  // (`Rep. Grace Meng`, `Gen. …`: an abbreviated title keeps its full stop.)
  if (prevToken && (isTitleToken(prevToken) || PLURAL_TITLES.has(lower(prevToken))) && (/^\s+$/u.test(text.slice(prevToken.end, start)) || (ABBREVIATED_TITLES.has(prevToken.text) && /^\.\s+$/u.test(text.slice(prevToken.end, start))))) return { cue: 'title', strong: true };
  // `Secretary of State Jane Roe`, `Minister of Foreign Affairs Arslan Nurov`.
  if ((TITLE_OF_BEFORE.test(before) && !afterCountryAdjective(text, tokens, first, softCovered)) || (/\s(?:of|for)\s/u.test(before) && LOWER_TITLE_OF_BEFORE.test(before))) return { cue: 'title', strong: true };
  if (POSTED_TITLE_BEFORE.test(before)) return { cue: 'title', strong: true };
  // `Rashid Meredov Foreign Minister of Turkmenistan`: the office right after the name.
  if (TITLE_AFTER.test(after)) return { cue: 'title', strong: true };
  // `Alicia Kearns MP`, `Jane Roe KC`: a member's or an honour's letters after the name.
  if (POST_NOMINAL_AFTER.test(after)) return { cue: 'title', strong: true };
  // (A place's name closed by its kind is no one's: `the country’s Hazratisho Range, whose soaring crags …`; nor a
  // field's, as a degree names it: `Candidate of Biological Sciences, Associate Professor Otabek Ismoilov`.)
  // (`In Sandy Springs, the delegation met …`: a place opening the sentence after its preposition, no apposition's.)
  if ((APPOSITION.test(after) && !bareClauseSubjectAfter(before, after) && !FRONTED_PLACE_BEFORE.test(before) && !PLACE_KINDS.has(lower(tokens[last]!)) && !/^(?:Sciences|Studies|Affairs|Relations)$/u.test(tokens[last]!.text)) || DASH_APPOSITION.test(after)) return { cue: 'apposition', strong: true };
  // `Air Astana CEO, Peter Foster.`: the apposition closes the sentence too.
  // (`the CTBTO Executive Secretary, Tibor Tóth,`: a title in capitals too; but not an office's field after it,
  // `AIIB Vice President, Investment Operations, Konstantin …`.)
  // (Not the body after a person's role set off by commas, `said Denis Legezo, security researcher, Kaspersky Lab,`.)
  // (`Tajik-American journalist, Farangis Najibullah has been …`: the closing comma left out, the verb after the name.)
  if (ROLE_BEFORE.test(before) && (/^[,.;]/u.test(after) || /^\s+(?:has|had|is|was|said|says|told|added|noted|wrote|writes)\s/u.test(after)) && !tokens.slice(first, last + 1).some(isFieldWord) && !NAME_ROLE_COMMA_BEFORE.test(before)) return { cue: 'apposition', strong: true };
  if (ROLE_POSTED_BEFORE.test(before)) return { cue: 'apposition', strong: true };
  // (`… along with the leader of the Afghan National Congress Party, Abdul Latif Pedram.`: closing the sentence too,
  // with a given name the lexicon knows: `…, director for Eurasia partnerships, Penn State Global.` is the employer.)
  if ((/^,/u.test(after) || (/^(?:;|\.(?:\s|$))/u.test(after) && givenName(tokens[first]!.text) !== null)) && ROLE_OF_BEFORE.test(text.slice(Math.max(0, start - 110), start))) return { cue: 'apposition', strong: true };
  if (BY_ROLE_BEFORE.test(before)) return { cue: 'credited', strong: true };
  // `the late Menachem Mendel Schneerson`: only a person is late.
  if (/\bthe late\s+$/u.test(before)) return { cue: 'title', strong: true };
  // `Translator:Lin Xinjing`, `Editor-in-Chief: Wang Jie`: a staff credit's label.
  if (/[:：]\s*$/u.test(before) && CREDIT_LABEL_BEFORE.test(before)) return { cue: 'staff-credit', strong: true };
  // `(Director – Zhazira A. Mukasheva)`, `Director: Galina Parubova`: an office, a dash or colon, its holder
  // (after the staff credits' labels, which are offices too).
  if (prevToken && isTitleToken(prevToken) && /^\s*[–—:-]\s+$/u.test(text.slice(prevToken.end, start))) return { cue: 'title', strong: true };
  // (A workplace closing an apposition speaks for no one: `David Perry, director at Trend Micro, says`.)
  if (SPEECH_AFTER.test(after) && !(/^,/u.test(after) && /\b(?:at|of|from|with|for)\s+(?:the\s+)?$/u.test(before))) return { cue: 'speech-verb', strong: true };
  if ((SPEECH_BEFORE.test(before) && !NAMED_CALLED_BEFORE.test(before)) || (SPEECH_BEFORE_POSSESSIVE.test(before) && /^[.,;]/u.test(after))) return { cue: 'speech-verb', strong: true };
  // `Zavkibek Saidamini and Abdusattor Pirmukhamadzoda, are reporters`: a plural role after the list covers it too.
  if (PLURAL_ROLE_AFTER.test(after)) return { cue: 'apposition', strong: true };
  // `Congress members Ann Lee and Bo Chan`: the role covers every name of the list.
  if (pluralRoleBefore(before) || PLURAL_ROLE_LIST.test(text.slice(Math.max(0, start - 200), start))) {
    return { cue: 'title', strong: true };
  }
  if (AFFILIATION.test(after) && /^\s+(?:from|of|at)\s+(?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}]*)*\s+(?:Institute|Center|Centre|Foundation|University|Council|Agency|Fund|Bank|Group|Company|Ministry|Committee|Commission)\b/u.test(after)) {
    return { cue: 'affiliation', strong: true };
  }
  // `Paul Stronski, Carnegie Endowment for International Peace` on a line of its own: a participant and the
  // body they come from, as programmes and lists of speakers print them.
  if (last - first <= 3 && /^\s*$/u.test(text.slice(0, start))) {
    const body = LINE_AFFILIATION.exec(text.slice(end))?.[1];
    if (body && body.split(/\s+/u).some((w) => ORG_HEADS.has(w.toLowerCase()))) return { cue: 'line-affiliation', strong: true };
  }
  // `Peter Wood - Consultant - International Litigation Group`: a name on a line of its own, a dash, then a post.
  if (last - first <= 3 && DASHED_POST.test(after) && /^\s*$/u.test(text.slice(0, start))) {
    return { cue: 'line-affiliation', strong: true };
  }
  // `Chris Bucknall | Investor Relations, London | Tel: +44 20 7901 7882 |`: a release's contact, the name opening a
  // row of bars that gives a telephone.
  if (last - first <= 3 && /^\s*$/u.test(text.slice(0, start)) && /^\s*\|[^\n]{0,80}\b(?:Tel|Phone|Telephone|Mobile|Email|E-mail)\b\.?\s*:?\s*[+\d]/u.test(after)) {
    return { cue: 'line-affiliation', strong: true };
  }
  // `… deputy chairman of the committee of the State Duma for the CIS, Konstantin Zatulin, that …`: an office
  // spelled out in lower case, then the name between commas.
  if (last - first <= 2 && /^,/u.test(after) && OFFICE_PHRASE_COMMA_BEFORE.test(text.slice(Math.max(0, start - 160), start))) return { cue: 'title', strong: true };
  // `Nasimjon Sharifov`, `Saltanat Tursinbekova`: a name word, then a surname in a Slavic or Central Asian
  // form, is a person whether or not the given name is one we know (`Rostov`, `Saratov` are places, but never
  // after a plain name word). Not a patronymic and a surname: the rest of a name (`Kassym-Jomart Kemelevich Tokayev`).
  if (last === first + 1 && hasSurnameForm(tokens[last]!.text) && isPlainName(tokens[first]!) && isPlainName(tokens[last]!) && mayBeGivenName(tokens[first]!) && !tokens[first]!.possessive && !isPatronymic(tokens[first]!.text) && !/\b(?:in|at|near|outside|inside|across|via|to|from)\s+$/iu.test(before)) {
    return { cue: 'surname-form', strong: true };
  }
  // `Zhang Shanming signed …`, `Wang Jiong`: a Chinese family name, then a given name of pinyin (not a place's
  // word: `Tian Shan`), is a person.
  // (Not the rest of a longer name: `Xi Jin Ping`.)
  const nameBefore = prevToken !== undefined && prevToken.capitalized && /^\s$/u.test(text.slice(prevToken.end, start));
  if (last === first + 1 && !nameBefore && isChineseName(tokens[first]!.text, tokens[last]!.text) && !tokens[first]!.possessive && !/\b(?:in|at|near|the|of|to|from)\s+$/iu.test(before)) {
    return { cue: 'chinese-name', strong: true };
  }
  // `Samat Nadyrbek Uulu`: a Kyrgyz name closed by the father's name and `Uulu` (son of) or `Kyzy` (daughter of),
  // capitalised as a surname; in lower case it is a patronymic in an address (`Dear Ilham Heydar oglu`).
  if (last === first + 2 && tokens[last]!.capitalized && TRAILING_PARTICLES.has(lower(tokens[last]!)) && isPlainName(tokens[first]!) && isPlainName(tokens[first + 1]!) && !tokens[first]!.possessive) {
    return { cue: 'surname-form', strong: true };
  }
  // A known given name opening a two- or three-word run: `Kamala Harris`, `Vladimir Putin`. Weak alone, and
  // none after a preposition of place (`met … in Abu Dhabi`, `in Issyk-Kul`) or a word for a place and `of` (`the coastal city of Bandar Abbas`): a place named like a person.
  // (Strong as a given name of one sex and a plain surname, in running text: `a program I started with Roger
  // Leeds`, `Francis Fukuyama's latest`; not a name alone on its line, as staff lists and teasers print them,
  // nor a project or place named so: `the Nur Navoi solar project`.)
  // (`Nadyrbek Uulu`, son of Nadyrbek: a father's name and its particle are the short form of a longer name, no given name.)
  const fathersName = last === first + 1 && TRAILING_PARTICLES.has(lower(tokens[last]!));
  // (Nor a body's words after a given name's word: `Flora International`, `Victoria Group`.)
  const bodyWord = ORG_HEADS.has(lower(tokens[last]!)) || /^(?:International|Global|National|Worldwide)$/u.test(tokens[last]!.text);
  if (last - first <= 2 && !fathersName && !bodyWord && givenName(tokens[first]!.text) && !/\b(?:in|at|near|outside|inside|across|via|(?:city|town|village|port|province|region|district|capital)\s+of)\s+$/iu.test(before)) {
    const surname = tokens[last]!;
    const plainSurname =
      knownGiven() &&
      givenName(tokens[first]!.text) !== 'any' &&
      /^[’ʼ]?\s$/u.test(text.slice(tokens[first]!.end, surname.start)) &&
      /^(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}{2,}(?:[-'’]\p{Lu}\p{Ll}+)?$/u.test(surname.text) &&
      !softCovered[last] &&
      !PLACE_WORDS.has(lower(surname)) &&
      !/^(?:['’]s)?\s*(?:[-‐‑&]|\p{Lu}|(?:\p{Ll}+\s+)?(?:project|plant|field|mine|deposit|station|port|airport|dam|park|complex|fund|brand)\b)/u.test(after) &&
      /\p{L}/u.test(text.slice(0, start) + text.slice(end));
    return { cue: 'given-name', strong: plainSurname };
  }
  return null;
}

/**
 * `Indiana University Bloomington`: a school's head word, then one plain word closing the run (its campus's town): the
 * school's name ends at its head word. -1 when not.
 */
function headBeforeTrailingWords(tokens: Token[], first: number, last: number): number {
  const town = tokens[last]!;
  return last - 1 > first && CAMPUS_HEADS.has(lower(tokens[last - 1]!)) && isPlainName(town) && !ORG_HEADS.has(lower(town)) && !isTitleToken(town) ? last - 1 : -1;
}

/**
 * `Ministry of industry and infrastructure development of Kazakhstan`, `Ministry of education and science of Kazakhstan`:
 * a state body's fields written in lower case, as some of the region's English pages print them, are its name all the
 * same when the name closes with its state. `at` is the `of` or `for` after the head word; the run's last token, or -1.
 */
const LOWER_CASE_FIELD_HEADS = new Set(['ministry', 'committee', 'agency', 'department', 'service', 'inspectorate']);
function lowerCaseFieldsEnd(text: string, tokens: Token[], at: number, heads: number[], softCovered: boolean[]): number {
  const connector = lower(tokens[at]!);
  if ((connector !== 'of' && connector !== 'for') || heads.at(-1) !== at - 1 || !LOWER_CASE_FIELD_HEADS.has(lower(tokens[at - 1]!))) return -1;
  const spaced = (k: number) => /^,?\s+$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  let k = at + 1;
  let fields = 0;
  for (; k < tokens.length && k - at <= 7; k++) {
    const token = tokens[k]!;
    if (!spaced(k) || token.capitalized) break;
    if (token.text === 'and') continue;
    if (!isFieldWord(token)) break;
    fields++;
  }
  if (fields === 0 || tokens[k]?.text !== 'of' || tokens[k - 1]!.text === 'and' || !spaced(k)) return -1;
  let state = k + 1;
  if (tokens[state]?.text === 'the' && spaced(state)) state++;
  if (!softCovered[state] || !spaced(state)) return -1;
  while (softCovered[state + 1] && /^\s+$/u.test(text.slice(tokens[state]!.end, tokens[state + 1]!.start))) state++;
  return state;
}
