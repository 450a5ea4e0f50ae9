// Rule-based discovery of people and organizations the registry does not know, in one segment of text.
// A capitalised run of tokens becomes a person candidate with a cue a news writer gives for a new name
// (a title before it, an apposition after it, a speech verb, an affiliation), and an organization
// candidate when it carries an organization head word, a legal form (LLC, JSC) or a kind-of-organization
// noun before it. Each candidate says which cue it has; a known given name alone is a weak cue: the
// name is a candidate, and becomes a page only when something else corroborates it (discovered.ts).
// Runs that name events, agreements, initiatives or proclaimed years are neither.
import { createRequire } from 'node:module';
import { memoize } from './memo.ts';
import { isNameJoiner, type Token } from './tokens.ts';

// compromise ships its code both as hundreds of ES modules and bundled into one CommonJS file (its
// "require" export): the same code, and the bundle loads in about half the time.
const nlp = createRequire(import.meta.url)('compromise') as typeof import('compromise').default;

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
  also still there here yet amid during since although though despite another one some many most all both each every
  no not this that these those it its he she they we i you his her their our your my me him them us
  according among between beyond over under about against through throughout toward towards upon via per
  mr mrs ms dr sir madam
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  today yesterday tomorrow
  image photo photograph credit source video audio`.split(/\s+/),
);

/** Titles, roles and honorifics that announce a person's name when they stand right before it; never part of it. */
export const TITLES = new Set(
  `mr mr. mrs ms dr prof professor president vice-president premier prime minister secretary senator sen rep representative
  congressman congresswoman congressmember ambassador envoy governor mayor chancellor king queen prince princess sheikh emir
  general gen colonel col admiral captain judge justice chairman chairwoman chair director chief head spokesperson spokesman
  spokeswoman deputy speaker commissioner commander pope patriarch cardinal bishop father rabbi imam mullah mulla maulvi
  mawlawi haji hajji ustad sayyid emir
  expert analyst journalist correspondent reporter economist researcher scholar author writer editor commentator columnist
  official diplomat activist lawyer attorney blogger politician lawmaker legislator founder co-founder ceo cfo coo cto chairperson
  president-elect leader adviser advisor aide strategist historian scientist entrepreneur businessman businesswoman billionaire
  candidate nominee director-general secretary-general opposition dissident poet artist musician singer actor actress coach player`.split(/\s+/),
);
/** Words that open a compound title (`Foreign Minister`, `Deputy Prime Minister`, `Oil Minister`): they end a name before it. */
const TITLE_MODIFIERS = new Set(
  `foreign deputy vice first prime former acting interior defence defense finance economy economic energy trade justice health
  education agriculture transport culture labour labor oil emergency emergencies digital industry investment investments
  environment ecology water security state national chief senior executive special general attorney majority minority
  permanent parliamentary presidential crown`.split(/\s+/),
);

/** Words that make a capitalised run an organization. */
const ORG_HEADS = new Set(
  `institute institution foundation center centre council agency department ministry university college academy school
  committee commission bank fund organization organisation association party group company corporation corp inc ltd llc plc
  holdings partners network society authority service office bureau federation alliance coalition movement
  front press times post news media television tv radio airlines airways exchange motors systems technologies
  technology labs laboratory union court parliament assembly congress senate tribunal army navy police guard brigade
  consortium trust endowment observatory watch club league board directorate secretariat mission embassy consulate
  newspaper magazine journal gazette herald tribune daily weekly channel broadcasting studios industries enterprises
  administration cabinet government railways railway mining energy petroleum oil gas`.split(/\s+/),
);
/** Head words that name an organization only at the end of the name (`Kazakhstan Petroleum`, never `Energy Hub`). */
const HEADS_ONLY_LAST = new Set(['energy', 'oil', 'gas', 'petroleum', 'mining', 'press', 'news', 'media', 'times', 'post', 'daily', 'weekly', 'government']);
/** Legal forms: a name ending (or, for the post-Soviet ones, starting) with one is a company. */
const LEGAL_SUFFIXES = new Set(['llc', 'llp', 'ltd', 'inc', 'plc', 'corp', 'gmbh', 'ag', 'sa', 'se', 'nv', 'bv', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'ao', 'pao', 'oao', 'zao', 'ooo', 'too', 'lp', 'co']);
const LEGAL_PREFIXES = new Set(['jsc', 'ojsc', 'cjsc', 'pjsc', 'ao', 'pao', 'oao', 'zao', 'ooo', 'too']);
/**
 * Words that make a run an event, agreement, plan or proclaimed year rather than an organization or a
 * person (`Nakhchivan Agreement`, `Belt and Road Initiative`, `Year of Peace and Trust`, `SCO Summit`).
 */
const EVENT_HEADS = new Set(
  `agreement agreements accord accords treaty treaties initiative initiatives summit summits declaration declarations conference
  conferences forum forums strategy vision charter program programme plan project projects pipeline corridor route road belt
  year years games olympics olympiad award awards prize act law laws resolution convention protocol pact memorandum festival
  exhibition expo week day days meeting meetings ministerial session sessions talks format process doctrine concept
  reform reforms war crisis revolution operation campaign election elections referendum cup championship tournament`.split(/\s+/),
);

/** Lower-case words allowed inside a person's name (`Ursula von der Leyen`) or an organization's (`Institute for Strategic Studies`). */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'bint', 'al', 'da', 'di', 'del', 'la', 'le', 'dos', 'du', 'ter', 'ul', 'ud', 'abu']);
const ORG_CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'de', 'to', 'on']);
/** Patronymic words that close a Central Asian name: `Makhabat Tazhibek kyzy`, `Azamat Tashiev uulu`. */
const TRAILING_PARTICLES = new Set(['kyzy', 'kizi', 'qizi', 'uulu', 'uly', 'ogly', 'oglu', 'ugli', 'ulu']);
/** Possessives that belong to the name they open: `People's Council`, `People’s Bank of China`. */
const POSSESSIVE_IN_NAMES = new Set(['people', 'workers', 'women', 'children', 'veterans']);

const SPEECH_VERBS =
  'said|says|added|adds|noted|notes|stated|states|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|warned|warns|told|tells|explained|explains|argued|argues|wrote|writes|concluded|reminded|remarked|insisted|asked|replied|declared|announced|commented|observed|believes|thinks|pointed out|points out|recalled|suggested|claimed|acknowledged|admitted|confirmed|predicted|tweeted|posted|highlighted|underlined|underscored|urged|called|praised|criticized|criticised|expressed|welcomed|proposed|reiterated|assured';
const SPEECH_AFTER = new RegExp(`^(?:,)?\\s+(?:(?:has|had|have|also|then|later|once|\\w+ly)\\s+)*(?:${SPEECH_VERBS})\\b`, 'u');
const SPEECH_BEFORE = new RegExp(`(?:\\b(?:${SPEECH_VERBS})|\\baccording to)\\s+$`, 'u');
const APPOSITION =
  /^,\s+(?:a|an|the|who|whose|head|chief|director|founder|co-founder|president|chairman|chairwoman|spokesperson|spokesman|spokeswoman|deputy|former|senior|junior|editor|professor|author|leader|member|one|minister|ambassador|envoy|governor|mayor|secretary|chair|ceo|adviser|advisor|analyst|expert|researcher|journalist|correspondent|lecturer|fellow|executive)\b/u;
const ORG_NOUN_BEFORE =
  /\b(?:company|firm|agency|consultancy|group|bank|broadcaster|newspaper|outlet|airline|carrier|operator|giant|producer|maker|manufacturer|fund|charity|ngo|think[- ]tank|party|start-?up|miner|lender|insurer|regulator|conglomerate|publisher|website|portal|channel|watchdog|daily|weekly|tabloid|developer|contractor|exporter|importer|holding|organi[sz]ation|movement|network)\s+$/u;
const ORG_APPOSITION =
  /^,\s+(?:a|an|the)\s+(?:(?!(?:at|of|for|with|in|on|from|by)\s)[\p{L}-]+\s+){0,4}?(?:company|firm|group|corporation|conglomerate|bank|fund|think[- ]tank|ngo|non-governmental organi[sz]ation|organi[sz]ation|agency|outlet|newspaper|broadcaster|start-?up|manufacturer|producer|miner|operator|consortium|lender|insurer|carrier|airline|university|institute|charity|foundation|party|holding|website|portal|movement|network)\b/iu;
const AFFILIATION = /^\s+(?:from|of|at)\s+(?:the\s+)?\p{Lu}/u;
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$/u;
/** Titles strong enough to make one capitalised word a person: `President Tokayev`, `Mr Trump`. */
const STRONG_TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Prof|Professor|President|Premier|Senator|Minister|Ambassador|Chancellor|Governor|Mayor|Secretary|Sheikh|Emir)\.?\s+$/u;
/** `His successor, Kasym-Žomart Tokaev, has…`: a role noun and a comma before the name, a comma after. */
const ROLE_BEFORE = /\b(?:successor|predecessor|spokesperson|spokesman|spokeswoman|adviser|advisor|aide|deputy|wife|husband|son|daughter|father|mother|brother|sister|colleague|rival|ally|counterpart|envoy|ambassador|minister|president|leader|chief|head|director|founder|lawyer|analyst|expert)\s*,\s+$/u;
/** `edited by …`, `written by …`, `hosted by …`: a name credited with a piece of work. */
const BY_ROLE_BEFORE = /\b(?:edited|written|compiled|translated|reported|produced|moderated|hosted|presented|authored|curated|reviewed|illustrated|photographed|interviewed|signed|chaired|led|headed|founded|directed)\s+by\s+$/u;
const OFFICE = String.raw`(?:secretary|minister|chairman|chairwoman|chair|head|president|director|governor|mayor|speaker|commissioner|ambassador|envoy|spokesman|spokeswoman|spokesperson|adviser|advisor)`;
const TITLE_OF_BEFORE = new RegExp(String.raw`\b${OFFICE}\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:and|of)\s+)?){1,4}$`, 'iu');
const TITLE_AFTER = new RegExp(String.raw`^\s+(?:(?:foreign|deputy|prime|vice|first|former|acting|interior|defen[cs]e|finance|economy|energy|trade|oil|special|chief|senior)\s+)*${OFFICE}\b`, 'iu');
/** `Secretary of `, `Minister for `: what follows names the office (`State`, `Foreign Affairs`) before the person. */
const OFFICE_OF_BEFORE = new RegExp(String.raw`\b${OFFICE}\s+(?:of|for)\s+(?:the\s+)?$`, 'iu');
const OFFICE_COMPLEMENTS = new Set(
  `state foreign affairs internal interior defence defense commerce treasury economy economic finance energy trade justice health
  education agriculture transport culture labour labor emergencies emergency industry investment investments environment ecology
  digital development water resources natural security information communications external international and`.split(/\s+/),
);
/** A year in brackets or after the name, as a citation gives it: `Mackinder (1904)`, `Layne 2006)`, `Owen 2019;`. */
const CITATION_AFTER = /^(?:\s\((?:1[89]|20)\d\d[a-z]?\)|\s(?:1[89]|20)\d\d[a-z]?[;)]|\s(?:and|&)\s\p{Lu}[\p{L}'’-]+\s(?:1[89]|20)\d\d[a-z]?[;)])/u;
/** `Congress members Ann Lee and Bo Chan`, `analysts Jane Roe and John Doe`: a plural role before coordinated names. */
const PLURAL_ROLE_BEFORE = /\b(?:members|ministers|officials|leaders|presidents|analysts|experts|researchers|journalists|diplomats|lawmakers|senators|activists|envoys|ambassadors|speakers|authors|editors|scholars)\s+$/iu;

/**
 * compromise's lexicon of given names, as one signal among others (it knows `Kamala`, not `Ainur`):
 * the gender it records lets quote attribution resolve `she` and `he`.
 */
export const givenName = memoize((word: string): 'male' | 'female' | 'any' | null => {
  const doc = nlp(word);
  return doc.has('#MaleName') ? 'male' : doc.has('#FemaleName') ? 'female' : doc.has('#FirstName') ? 'any' : null;
}, 50_000);

function lower(token: Token): string {
  return token.text.toLowerCase();
}

function isTitleToken(token: Token): boolean {
  return TITLES.has(lower(token));
}

function isPlainName(token: Token): boolean {
  // A name word: capitalised, not an acronym, no digits, not a stopword or title.
  return (
    token.capitalized &&
    !token.acronym &&
    !/\p{N}/u.test(token.text) &&
    !STOPWORDS.has(lower(token)) &&
    !isTitleToken(token) &&
    !ORG_HEADS.has(lower(token)) &&
    !EVENT_HEADS.has(lower(token)) &&
    !LEGAL_SUFFIXES.has(lower(token))
  );
}

function isInitial(token: Token, text: string): boolean {
  return /^\p{Lu}$/u.test(token.text) && text[token.end] === '.';
}

/** Does a sentence end between these two tokens? (`Smith. Jones` — but not `Stephen M. Bland`). */
function sentenceBreak(prev: Token, between: string, text: string): boolean {
  return between.includes('.') && !isInitial(prev, text) && !(prev.acronym && prev.text.endsWith('.'));
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
  return token !== undefined && isTitleToken(token);
}

/** A quoted name followed by an event word names the event: `the "Peace and Trust" conference`. */
function eventFollows(text: string, tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next) return false;
  return /^[”"’']\s$/u.test(text.slice(tokens[last]!.end, next.start)) && EVENT_HEADS.has(lower(next));
}

function isEventRun(tokens: Token[], first: number, last: number): boolean {
  if (EVENT_HEADS.has(lower(tokens[last]!))) return true;
  // `Year of Peace and Trust`, `Summit of the Heads of State`, `Agreement on …`
  return EVENT_HEADS.has(lower(tokens[first]!)) && tokens[first + 1] !== undefined && ORG_CONNECTORS.has(lower(tokens[first + 1]!));
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
  /** Whether a run with no cue spells a registry person another way (variants.ts). */
  isVariant?: (first: number, last: number) => boolean,
): Candidate[] {
  const candidates: Candidate[] = [];
  const taken = new Array<boolean>(tokens.length).fill(false);
  const free = (k: number) => !covered[k] || softCovered[k];
  const joined = (k: number) => {
    const prev = tokens[k - 1]!;
    // `People's Council`: the possessive ending lies between the two tokens.
    const between = text.slice(prev.end, tokens[k]!.start).replace(/^['’ʼ]s?/u, prev.possessive ? '' : '$&');
    return isNameJoiner(between) && !sentenceBreak(prev, between, text) && (!prev.possessive || POSSESSIVE_IN_NAMES.has(lower(prev)));
  };

  // Organizations first: `… Institute`, `Ministry of …`, `… News Agency`, `Cove Capital LLC`, `JSC Tau-Ken Samruk`.
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !free(i)) continue;
    const start = tokens[i]!;
    if (!start.capitalized || STOPWORDS.has(lower(start)) || isTitleToken(start) || /^\d/u.test(start.text)) continue;
    // Never from the middle of a capitalised name (`Group LLC` of `Cove Kaz Capital Group LLC`); an
    // ordinal before a name is not part of it (`the 11th Summit`, `the 80th United Nations General Assembly`).
    const before = tokens[i - 1];
    if (before && joined(i) && before.capitalized && !STOPWORDS.has(lower(before)) && !taken[i - 1] && !covered[i - 1] && !/^\d+(?:st|nd|rd|th)$/u.test(before.text)) continue;
    let last = i;
    const heads: number[] = ORG_HEADS.has(lower(start)) || LEGAL_PREFIXES.has(lower(start)) ? [i] : [];
    for (let j = i + 1; j < tokens.length; j++) {
      const token = tokens[j]!;
      if (!joined(j) || !free(j)) break;
      if (token.capitalized && !STOPWORDS.has(lower(token))) {
        // A person's title ends the organization: `Oil Minister Mohsen Paknejad`.
        if (titleStartsAt(tokens, j) && !ORG_HEADS.has(lower(token))) break;
        last = j;
        if (ORG_HEADS.has(lower(token)) || LEGAL_SUFFIXES.has(lower(token))) heads.push(j);
        continue;
      }
      // Connectors (`of`, `of the`) are kept only when a capitalised word follows them.
      if (ORG_CONNECTORS.has(lower(token))) {
        let k = j + 1;
        // Two connectors only as `of the`, `for the`: `A and the B` is two names.
        if (lower(token) !== 'and' && lower(token) !== '&' && tokens[k]?.text.toLowerCase() === 'the' && joined(k)) k++;
        if (k < tokens.length && tokens[k]!.capitalized && joined(k) && free(k)) {
          j = k - 1;
          continue;
        }
      }
      break;
    }
    if (heads.length === 0 || last === i) continue;

    // `the "Peace and Trust" conference`: a name followed by an event word names the event.
    if (eventFollows(text, tokens, last)) {
      i = last;
      continue;
    }
    // `Cove Capital LLC and Kazakhstan National Mining Company`: two organizations joined by `and`.
    for (const [first, end] of splitCoordinated(tokens, i, last, heads)) {
      const candidate = organizationCandidate(tokens, first, end, softCovered);
      if (candidate) {
        candidates.push(candidate);
        for (let k = first; k <= end; k++) taken[k] = true;
      }
    }
    i = last;
  }

  // `the consultancy Prism Political Risk Management`, `state news agency TDH`: a kind-of-organization noun before the name.
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i]!;
    if (taken[i] || covered[i] || !start.capitalized || STOPWORDS.has(lower(start)) || isTitleToken(start)) continue;
    if (!ORG_NOUN_BEFORE.test(text.slice(Math.max(0, start.start - 30), start.start))) continue;
    let last = i;
    for (let j = i + 1; j < tokens.length && j - i < 6; j++) {
      const token = tokens[j]!;
      if (taken[j] || covered[j] || !token.capitalized || STOPWORDS.has(lower(token)) || !joined(j)) break;
      last = j;
    }
    if (isEventRun(tokens, i, last)) {
      i = last;
      continue;
    }
    candidates.push({ type: 'organization', first: i, last, cue: 'organization-noun', strong: true });
    for (let k = i; k <= last; k++) taken[k] = true;
    i = last;
  }

  // People: runs of 2–4 name words (initials, particles and hyphenated tails allowed inside) with a cue.
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || covered[i] || !isPlainName(tokens[i]!)) continue;
    // `Secretary of State Jane Roe`: the words naming the office are not the name.
    if (OFFICE_OF_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start))) {
      let k = i;
      while (tokens[k + 1] && OFFICE_COMPLEMENTS.has(lower(tokens[k]!)) && joined(k + 1)) k++;
      if (k > i) {
        i = k - 1;
        continue;
      }
    }
    let last = i;
    for (let j = i + 1; j < tokens.length && j - i < 6; j++) {
      const prev = tokens[j - 1]!;
      const token = tokens[j]!;
      if (taken[j] || covered[j] || prev.possessive) break;
      if (isHyphenatedTail(prev, token, text)) {
        last = j;
        continue;
      }
      if (!joined(j)) break;
      // `Rashid Meredov Foreign Minister of …`: a title after the name ends it.
      if (titleStartsAt(tokens, j)) break;
      if (isPlainName(token) || isInitial(token, text)) {
        last = j;
        continue;
      }
      if (NAME_PARTICLES.has(token.text) && tokens[j + 1] && isPlainName(tokens[j + 1]!)) continue;
      if (TRAILING_PARTICLES.has(token.text) && j > i) last = j;
      break;
    }
    const lastToken = tokens[last]!;
    // A name word right after a run that ends in an event word belongs to the event (`Nakhchivan Agreement`).
    if (tokens[last + 1] && joined(last + 1) && EVENT_HEADS.has(lower(tokens[last + 1]!))) {
      i = last + 1;
      continue;
    }
    const nameWords = countNameWords(tokens, i, last, text);
    // `Mackinder (1904)`, `(Layne 2006)`, `Larson and Shevchenko 2010`: an author cited by surname and year.
    if (nameWords === 1 && CITATION_AFTER.test(text.slice(lastToken.end, lastToken.end + 40))) {
      candidates.push({ type: 'person', first: i, last, cue: 'citation', strong: true });
      for (let k = i; k <= last; k++) taken[k] = true;
      i = last;
      continue;
    }
    if (nameWords === 1) {
      // One word is a person only after a strong title, and only if it is not a known given name alone.
      const before = text.slice(Math.max(0, lastToken.start - 20), tokens[i]!.start);
      if (STRONG_TITLE_BEFORE.test(before) && !givenName(tokens[i]!.text)) {
        candidates.push({ type: 'person', first: i, last, cue: 'title', strong: true });
        for (let k = i; k <= last; k++) taken[k] = true;
      }
      i = last;
      continue;
    }
    // `Foreign Affairs`, `External Affairs`: the name of an office, not of a person.
    if (isInitial(lastToken, text) || tokens.slice(i, last + 1).every((t) => OFFICE_COMPLEMENTS.has(lower(t)))) {
      i = last;
      continue;
    }
    // `edited by Muqtedar Khan, Jiwon Nam and Amara Galileo`: a list goes on with the cue its first name had.
    const previous = candidates[candidates.length - 1];
    const inList =
      previous?.type === 'person' && previous.strong && previous.last < i && /^(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+)$/u.test(text.slice(tokens[previous.last]!.end, tokens[i]!.start));
    const cue =
      personCue(text, tokens, i, last) ?? (isVariant?.(i, last) ? { cue: 'registry-variant', strong: true } : null) ?? (inList ? { cue: 'list', strong: true } : null);
    if (cue) {
      // `Nordvik Minerals, a Swedish company`: the apposition says what kind of name this is.
      const type = cue.cue === 'apposition' && ORG_APPOSITION.test(text.slice(tokens[last]!.end)) ? 'organization' : 'person';
      candidates.push({ type, first: i, last, ...cue });
      for (let k = i; k <= last; k++) taken[k] = true;
    }
    i = last;
  }
  return candidates.sort((a, b) => a.first - b.first);
}

/** Name words of a run, counting a hyphenated tail with the word it hangs on. */
function countNameWords(tokens: Token[], first: number, last: number, text: string): number {
  let words = 0;
  for (let k = first; k <= last; k++) if (k === first || !isHyphenatedTail(tokens[k - 1]!, tokens[k]!, text)) words++;
  return words;
}

/** Splits a run at an `and` that joins two whole organizations; returns [first, last] ranges. */
function splitCoordinated(tokens: Token[], first: number, last: number, heads: number[]): [number, number][] {
  for (let k = first + 1; k < last; k++) {
    if (lower(tokens[k]!) !== 'and' && tokens[k]!.text !== '&') continue;
    const before = tokens[k - 1]!;
    const headBefore = ORG_HEADS.has(lower(before)) || LEGAL_SUFFIXES.has(lower(before));
    const headAfter = heads.some((h) => h > k);
    if (headBefore && headAfter && tokens[k + 1]?.capitalized) return [[first, k - 1], ...splitCoordinated(tokens, k + 1, last, heads.filter((h) => h > k))];
  }
  return [[first, last]];
}

/** The organization candidate a run makes, or null when it is an event, a fragment or a country alone. */
function organizationCandidate(tokens: Token[], first: number, last: number, softCovered: boolean[]): Candidate | null {
  if (last <= first) return null;
  if (isEventRun(tokens, first, last)) return null;
  let legalPrefix = 0;
  let legalSuffix = 0;
  while (first + legalPrefix < last && LEGAL_PREFIXES.has(lower(tokens[first + legalPrefix]!))) legalPrefix++;
  while (last - legalSuffix > first + legalPrefix && LEGAL_SUFFIXES.has(lower(tokens[last - legalSuffix]!))) legalSuffix++;
  const nameFirst = first + legalPrefix;
  const nameLast = last - legalSuffix;
  const legal = legalPrefix + legalSuffix > 0;
  const lastWord = lower(tokens[nameLast]!);
  const headLast = ORG_HEADS.has(lastWord);
  // A run whose head is inside it (`Institute for Strategic Studies`) is fine when the head is followed by a connector.
  const innerHead = (() => {
    for (let k = nameFirst; k < nameLast; k++) {
      const word = lower(tokens[k]!);
      if (ORG_HEADS.has(word) && !HEADS_ONLY_LAST.has(word) && ORG_CONNECTORS.has(lower(tokens[k + 1]!))) return true;
    }
    return false;
  })();
  if (!legal && !headLast && !innerHead) return null;
  // Wholly soft-covered runs (`Kazakhstan`) and a head word alone (`the Ministry`) are not organizations.
  let own = 0;
  for (let k = nameFirst; k <= nameLast; k++) if (!softCovered[k] && tokens[k]!.capitalized) own++;
  if (own < 1 || nameLast < nameFirst) return null;
  if (!legal && nameLast === nameFirst) return null;
  if (!legal && own === 1 && headLast && !softCovered.slice(nameFirst, nameLast).some(Boolean) && nameLast - nameFirst === 0) return null;
  return { type: 'organization', first, last, cue: legal ? 'legal-form' : 'org-head-word', strong: true, legalPrefix, legalSuffix };
}

function personCue(text: string, tokens: Token[], first: number, last: number): { cue: string; strong: boolean } | null {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end + (tokens[last]!.possessive ? 2 : 0);
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 80);
  const prevToken = tokens[first - 1];
  if (HONORIFIC_BEFORE.test(before)) return { cue: 'honorific', strong: true };
  if (prevToken && isTitleToken(prevToken) && /^\s+$/u.test(text.slice(prevToken.end, start))) return { cue: 'title', strong: true };
  // `Secretary of State Jane Roe`, `Minister of Foreign Affairs Arslan Nurov`.
  if (TITLE_OF_BEFORE.test(before)) return { cue: 'title', strong: true };
  // `Rashid Meredov Foreign Minister of Turkmenistan`: the office right after the name.
  if (TITLE_AFTER.test(after)) return { cue: 'title', strong: true };
  if (APPOSITION.test(after)) return { cue: 'apposition', strong: true };
  if (ROLE_BEFORE.test(before) && /^,/u.test(after)) return { cue: 'apposition', strong: true };
  if (BY_ROLE_BEFORE.test(before)) return { cue: 'credited', strong: true };
  if (SPEECH_AFTER.test(after)) return { cue: 'speech-verb', strong: true };
  if (SPEECH_BEFORE.test(before)) return { cue: 'speech-verb', strong: true };
  // `Congress members Ann Lee and Bo Chan`: the role covers every name of the list.
  if (PLURAL_ROLE_BEFORE.test(before) || /\b(?:members|ministers|officials|leaders|analysts|experts)\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3},?\s+(?:and|&)\s+$/u.test(before)) {
    return { cue: 'title', strong: true };
  }
  if (AFFILIATION.test(after) && /^\s+(?:from|of|at)\s+(?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}]*)*\s+(?:Institute|Center|Centre|Foundation|University|Council|Agency|Fund|Bank|Group|Company|Ministry|Committee|Commission)\b/u.test(after)) {
    return { cue: 'affiliation', strong: true };
  }
  // A known given name opening a two- or three-word run: `Kamala Harris`, `Vladimir Putin`. Weak alone.
  if (last - first <= 2 && givenName(tokens[first]!.text)) return { cue: 'given-name', strong: false };
  return null;
}
