// Rule-based discovery of people and organizations the registry does not know.
// A capitalised run of tokens becomes a person only with a cue a news writer gives for a
// new name (a title before it, an apposition after it, a speech verb, an affiliation), and an
// organization only when it carries an organization head word. Without a cue, nothing is guessed.
import { createRequire } from 'node:module';
import { memoize } from './memo.ts';
import { isNameJoiner, type Token } from './tokens.ts';

// compromise ships its code both as hundreds of ES modules and bundled into one CommonJS file (its
// "require" export): the same code, and the bundle loads in about half the time (~160 ms against
// ~300 ms on this machine), which every annotating build pays before its first article.
const nlp = createRequire(import.meta.url)('compromise') as typeof import('compromise').default;

export interface Candidate {
  type: 'person' | 'organization';
  /** Token index range [first, last] in the segment. */
  first: number;
  last: number;
  /** Which rule fired, for the review report. */
  cue: string;
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

/** Titles and roles that announce a person's name when they stand right before it. */
const TITLES = new Set(
  `mr mr. mrs ms dr prof professor president vice-president premier prime minister secretary senator sen rep representative
  congressman congresswoman ambassador envoy governor mayor chancellor king queen prince princess sheikh emir general gen
  colonel col admiral captain judge justice chairman chairwoman chair director chief head spokesperson spokesman spokeswoman
  deputy speaker commissioner commander pope patriarch cardinal bishop father rabbi imam
  expert analyst journalist correspondent reporter economist researcher scholar author writer editor commentator columnist
  official diplomat activist lawyer attorney blogger politician lawmaker legislator founder co-founder ceo cfo chairperson
  president-elect leader adviser advisor aide strategist historian scientist entrepreneur businessman businesswoman billionaire
  candidate nominee director-general secretary-general opposition dissident poet artist musician singer actor actress coach player`.split(/\s+/),
);

/** Words that make a capitalised run an organization. */
const ORG_HEADS = new Set(
  `institute institution foundation center centre council agency department ministry university college academy school
  committee commission bank fund organization organisation association party group company corporation corp inc ltd llc plc
  capital holdings partners network forum society authority service office bureau federation alliance coalition movement
  front press times post news media television tv radio airlines airways exchange energy oil gas motors systems technologies
  technology labs laboratory union court parliament assembly congress senate tribunal army navy police guard brigade
  consortium trust endowment observatory watch club league board directorate secretariat mission embassy consulate
  newspaper magazine journal gazette herald tribune daily weekly channel broadcasting studios industries enterprises`.split(/\s+/),
);

/** Lower-case words allowed inside a person's name (`Ursula von der Leyen`) or an organization's (`Institute for Strategic Studies`). */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'da', 'di', 'del', 'la', 'le', 'dos', 'du', 'ter']);
const ORG_CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'de', 'to']);
/** Patronymic words that close a Central Asian name: `Makhabat Tazhibek kyzy`, `Azamat Tashiev uulu`. */
const TRAILING_PARTICLES = new Set(['kyzy', 'kizi', 'qizi', 'uulu', 'uly', 'ogly', 'oglu', 'ugli']);

const SPEECH_VERBS =
  'said|says|added|adds|noted|notes|stated|states|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|warned|warns|told|tells|explained|explains|argued|argues|wrote|writes|concluded|reminded|remarked|insisted|asked|replied|declared|announced|commented|observed|believes|thinks|pointed out|points out|recalled|suggested|claimed|acknowledged|admitted|confirmed|predicted';
const SPEECH_AFTER = new RegExp(`^(?:,)?\\s+(?:(?:has|had|have|also|then|later|once|\\w+ly)\\s+)*(?:${SPEECH_VERBS})\\b`, 'u');
const SPEECH_BEFORE = new RegExp(`(?:\\b(?:${SPEECH_VERBS})|\\baccording to)\\s+$`, 'u');
const APPOSITION =
  /^,\s+(?:a|an|the|who|whose|head|chief|director|founder|co-founder|president|chairman|chairwoman|spokesperson|spokesman|spokeswoman|deputy|former|senior|junior|editor|professor|author|leader|member|one)\b/u;
const ORG_NOUN_BEFORE =
  /\b(?:company|firm|agency|consultancy|group|bank|broadcaster|newspaper|outlet|airline|carrier|operator|giant|producer|maker|manufacturer|fund|charity|ngo|think[- ]tank|party|start-?up|miner|lender|insurer|regulator|conglomerate|publisher|website|portal|channel|watchdog|daily|weekly|tabloid)\s+$/u;
const ORG_APPOSITION =
  /^,\s+(?:a|an|the)\s+(?:(?!(?:at|of|for|with|in|on|from|by)\s)[\p{L}-]+\s+){0,4}?(?:company|firm|group|corporation|conglomerate|bank|fund|think[- ]tank|ngo|non-governmental organi[sz]ation|organi[sz]ation|agency|outlet|newspaper|broadcaster|start-?up|manufacturer|producer|miner|operator|consortium|lender|insurer|carrier|airline|university|institute|charity|foundation|party|holding)\b/iu;
const AFFILIATION = /^\s+(?:from|of|at)\s+(?:the\s+)?\p{Lu}/u;
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$/u;
/** Titles strong enough to make one capitalised word a person: `President Tokayev`, `Mr Trump`. */
const STRONG_TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Prof|Professor|President|Premier|Senator|Minister|Ambassador|Chancellor|Governor|Mayor|Secretary|Sheikh|Emir)\.?\s+$/u;
/** `His successor, Kasym-Žomart Tokaev, has…`: a role noun and a comma before the name, a comma after. */
const ROLE_BEFORE = /\b(?:successor|predecessor|spokesperson|spokesman|spokeswoman|adviser|advisor|aide|deputy|wife|husband|son|daughter|father|mother|brother|sister|colleague|rival|ally|counterpart|envoy|ambassador|minister|president|leader|chief|head|director|founder|lawyer|analyst|expert)\s*,\s+$/u;

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

function isPlainName(token: Token): boolean {
  // A name word: capitalised, not an acronym, no digits, not a stopword or title.
  return (
    token.capitalized &&
    !token.acronym &&
    !/\p{N}/u.test(token.text) &&
    !STOPWORDS.has(lower(token)) &&
    !TITLES.has(lower(token)) &&
    !ORG_HEADS.has(lower(token))
  );
}

function isInitial(token: Token, text: string): boolean {
  return /^\p{Lu}$/u.test(token.text) && text[token.end] === '.';
}

/** Does a sentence end between these two tokens? (`Smith. Jones` — but not `Stephen M. Bland`). */
function sentenceBreak(prev: Token, between: string, text: string): boolean {
  return between.includes('.') && !isInitial(prev, text);
}

/**
 * Finds person and organization candidates among tokens not already linked (`covered[i]` false).
 * `softCovered[i]` marks tokens linked to a country or place: an organization name may contain one
 * (`Kazakhstan Institute for Strategic Studies`) and then wins, being longer.
 */
export function findCandidates(text: string, tokens: Token[], covered: boolean[], softCovered: boolean[]): Candidate[] {
  const candidates: Candidate[] = [];
  const taken = new Array<boolean>(tokens.length).fill(false);

  // Organizations first: `… Institute`, `Ministry of …`, `… News Agency`.
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || (covered[i] && !softCovered[i])) continue;
    const start = tokens[i]!;
    if (!start.capitalized || STOPWORDS.has(lower(start))) continue;
    let last = i;
    let sawHead = ORG_HEADS.has(lower(start));
    let lastHead = sawHead ? i : -1;
    for (let j = i + 1; j < tokens.length; j++) {
      const prev = tokens[j - 1]!;
      const token = tokens[j]!;
      const between = text.slice(prev.end, token.start);
      if (!isNameJoiner(between) || sentenceBreak(prev, between, text)) break;
      if (covered[j] && !softCovered[j]) break;
      if (prev.possessive) break;
      if (token.capitalized && !STOPWORDS.has(lower(token))) {
        last = j;
        if (ORG_HEADS.has(lower(token))) {
          sawHead = true;
          lastHead = j;
        }
        continue;
      }
      // Connectors are kept only when a capitalised word follows them.
      if (ORG_CONNECTORS.has(lower(token)) && tokens[j + 1]?.capitalized) continue;
      break;
    }
    if (!sawHead || last === i) continue;
    // A run that only ends in a head word after a connector chain must end on a capitalised word.
    const headIsLast = lastHead === last;
    const headLeads = ORG_HEADS.has(lower(start)) && last > i;
    if (!headIsLast && !headLeads && !ORG_HEADS.has(lower(tokens[last]!))) {
      // `Institute for Strategic Studies`-like runs whose head is inside are fine when followed by `of/for`.
      const afterHead = tokens[lastHead + 1];
      if (!afterHead || !ORG_CONNECTORS.has(lower(afterHead))) continue;
    }
    // Wholly soft-covered runs (`Kazakhstan`) are not organizations.
    let own = 0;
    for (let k = i; k <= last; k++) if (!softCovered[k]) own++;
    if (own < 1 || (own === 1 && ORG_HEADS.has(lower(tokens[last]!)) && last - i === 0)) continue;
    candidates.push({ type: 'organization', first: i, last, cue: 'org-head-word' });
    for (let k = i; k <= last; k++) taken[k] = true;
    i = last;
  }

  // `the consultancy Prism Political Risk Management`, `state news agency TDH`: a kind-of-organization noun before the name.
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i]!;
    if (taken[i] || covered[i] || !start.capitalized || STOPWORDS.has(lower(start))) continue;
    if (!ORG_NOUN_BEFORE.test(text.slice(Math.max(0, start.start - 30), start.start))) continue;
    let last = i;
    for (let j = i + 1; j < tokens.length && j - i < 6; j++) {
      const prev = tokens[j - 1]!;
      const token = tokens[j]!;
      if (taken[j] || covered[j] || prev.possessive || !token.capitalized || STOPWORDS.has(lower(token))) break;
      const between = text.slice(prev.end, token.start);
      if (!isNameJoiner(between) || sentenceBreak(prev, between, text)) break;
      last = j;
    }
    candidates.push({ type: 'organization', first: i, last, cue: 'organization-noun' });
    for (let k = i; k <= last; k++) taken[k] = true;
    i = last;
  }

  // People: runs of 2–4 name words (initials and particles allowed inside) with a cue.
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || covered[i] || !isPlainName(tokens[i]!)) continue;
    let last = i;
    for (let j = i + 1; j < tokens.length && j - i < 5; j++) {
      const prev = tokens[j - 1]!;
      const token = tokens[j]!;
      const between = text.slice(prev.end, token.start);
      if (taken[j] || covered[j] || prev.possessive) break;
      if (!isNameJoiner(between) || sentenceBreak(prev, between, text)) break;
      if (isPlainName(token) || isInitial(token, text)) {
        last = j;
        continue;
      }
      if (NAME_PARTICLES.has(token.text) && tokens[j + 1] && isPlainName(tokens[j + 1]!)) continue;
      if (TRAILING_PARTICLES.has(token.text) && j > i) last = j;
      break;
    }
    const lastToken = tokens[last]!;
    if (last === i) {
      // One word is a person only after a strong title, and only if it is not a known given name alone.
      const before = text.slice(Math.max(0, lastToken.start - 20), lastToken.start);
      if (STRONG_TITLE_BEFORE.test(before) && !givenName(lastToken.text)) {
        candidates.push({ type: 'person', first: i, last, cue: 'title' });
        taken[i] = true;
      }
      continue;
    }
    if (isInitial(lastToken, text)) {
      i = last;
      continue;
    }
    const cue = personCue(text, tokens, i, last);
    if (cue) {
      // `Nordvik Minerals, a Swedish company`: the apposition says what kind of name this is.
      const type = cue === 'apposition' && ORG_APPOSITION.test(text.slice(tokens[last]!.end)) ? 'organization' : 'person';
      candidates.push({ type, first: i, last, cue });
      for (let k = i; k <= last; k++) taken[k] = true;
    }
    i = last;
  }
  return candidates.sort((a, b) => a.first - b.first);
}

function personCue(text: string, tokens: Token[], first: number, last: number): string | null {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end + (tokens[last]!.possessive ? 2 : 0);
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 80);
  const prevToken = tokens[first - 1];
  if (HONORIFIC_BEFORE.test(before)) return 'honorific';
  if (prevToken && TITLES.has(lower(prevToken)) && /^\s+$/u.test(text.slice(prevToken.end, start))) return 'title';
  if (APPOSITION.test(after)) return 'apposition';
  if (ROLE_BEFORE.test(before) && /^,/u.test(after)) return 'apposition';
  if (SPEECH_AFTER.test(after)) return 'speech-verb';
  if (SPEECH_BEFORE.test(before)) return 'speech-verb';
  // A known given name opening a two- or three-word run: `Kamala Harris`, `Vladimir Putin`.
  if (last - first <= 2 && givenName(tokens[first]!.text) && !tokens.slice(first + 1, last + 1).some((t) => givenName(t.text) === null && ORG_HEADS.has(lower(t)))) {
    return 'given-name';
  }
  if (AFFILIATION.test(after) && /^\s+(?:from|of|at)\s+(?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}]*)*\s+(?:Institute|Center|Centre|Foundation|University|Council|Agency|Fund|Bank|Group|Company|Ministry|Committee|Commission)\b/u.test(after)) {
    return 'affiliation';
  }
  return null;
}
