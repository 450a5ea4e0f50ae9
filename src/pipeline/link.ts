// Entity linking, in two steps around a global one (so that what one article learns serves the others):
//   draftLinks   per article: registry names (matcher.ts), then candidates for people and organizations
//                the registry does not know (discover.ts), each with the cue that found it;
//   resolveDiscovered (discovered.ts), over every draft: which candidates become entities, merged across
//                articles and spellings, or are spellings of a registry person (variants.ts);
//   finishLinks  per article: the accepted candidates, then names introduced elsewhere: a discovered
//                entity's name or acronym (in this article or another), a surname alone after the full
//                name in the same article.
import { CREDIT_WORD_IN_CAPITALS, endsInBodyHead, endsInSiteDomain, findCandidates, givenName, inOfficePhrase, isGenericBodyName, isPlaceKind, isPlainName, NAME_PARTICLES, bracketedInitials, type Candidate } from './discover.ts';
import { isHeadlineCase } from './clean.ts';
import { addAlias, addAliasCopyOnWrite, chooseEntry, givenNameOfAnother, matchAt, namedAfterMatch, namedAfterPerson, newNode, placeKindBefore, withArticle, type AliasEntry, type Span, type TrieNode, type Matcher } from './matcher.ts';
import { memoize } from './memo.ts';
import { foldKey, isPatronymic } from './names.ts';
import { capitalizeWords, isDomainName, isOutletName } from './metadata/outlets.ts';
import { surnameIndex } from './surnames.ts';
import { isNameJoiner, tokenize, type Token } from './tokens.ts';
import type { Entity, ExtractedArticle, Field, Mention, SeedOverrides } from './types.ts';
import { candidateKey, entityOfCandidate, resolveDiscovered, type Resolution } from './discovered.ts';

export { buildMatcher, type Matcher } from './matcher.ts';

export interface DraftSegment {
  field: Field;
  index: number;
  text: string;
  tokens: Token[];
  spans: Span[];
}

/** A person or organization the registry does not know, as one article names it. */
export interface CandidateMention {
  segment: number;
  /** Token range of the mention in its segment (a legal form such as `JSC` or `LLC` included). */
  first: number;
  last: number;
  type: 'person' | 'organization';
  /** The name it proposes: legal forms and a leading `The` left out; a byline's name in Latin script. */
  name: string;
  /** Other spellings the article gives: the mention as written, an acronym in brackets after it. */
  aliases: string[];
  cue: string;
  strong: boolean;
  /** A registry organization the name contains (`UN` in `UN General Assembly`). */
  parent: string | null;
  /** A person also named elsewhere in the article: the full name in another paragraph, or the surname alone. */
  corroborated: boolean;
}

export interface LinkDraft {
  file: string;
  segments: DraftSegment[];
  candidates: CandidateMention[];
}

export interface LinkResult {
  mentions: Mention[];
  /** Discovered entities this article mentions. */
  discovered: Entity[];
}

const BYLINE_SPLIT = /\s*(?:,|;|\band\b|\bи\b|&)\s*/u;

/** Splits a byline into authors with their offsets: `A and B`, `A, B & C`. */
function bylineParts(text: string): { index: number; text: string }[] {
  const parts: { index: number; text: string }[] = [];
  let from = 0;
  for (const sep of text.matchAll(new RegExp(BYLINE_SPLIT.source, 'gu'))) {
    if (sep[0].length === 0) continue;
    parts.push({ index: from, text: text.slice(from, sep.index) });
    from = sep.index + sep[0].length;
  }
  parts.push({ index: from, text: text.slice(from) });
  return parts.filter((p) => p.text.trim().length > 0);
}

/** The tokens lying wholly inside [start, end), as an index range. */
function tokenRange(tokens: Token[], start: number, end: number): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  tokens.forEach((t, k) => {
    if (t.start >= start && t.end <= end) {
      if (first < 0) first = k;
      last = k;
    }
  });
  return first < 0 ? null : { first, last };
}

/** A body's kind before or after its name in quotation marks (`company “Kyrgyzneftegaz”`, `“Data Volt” company`). */
// (Both shapes open at the quotation mark, so the pattern is tried only there, the kind checked around it.)
const QUOTED_BODY = new RegExp(
  String.raw`[“"«](?:(?<=\b(?:company|firm|NGO|association|bank|club|holding|operator|carrier|airline|fund|corporation|channel|newspaper|magazine|portal|agency|concern|group|startup|manufacturer|producer)\s+[“"«])(?<before>\p{Lu}[^”"»\n]{1,48})[”"»]|(?<after>\p{Lu}[^”"»\n]{1,48})[”"»](?=\s+(?:company|firm|group|holding|plant|enterprise|association|bank|concern|newspaper|magazine|channel|portal|club|corporation|fund)\b))`,
  'gu',
);
/** `the Gruzavtotrans association`: a name between `the` and the kind of body it is (`the Moscow-based Izvestia newspaper`: after a compound adjective). */
const NAMED_BODY =
  /\b[Tt]he (?:\p{Lu}[\p{L}-]*-(?:based|owned|backed|run|led|funded|controlled) )?(?<name>\p{Lu}[\p{L}\p{N}'’&.-]*(?: \p{Lu}[\p{L}\p{N}'’&.-]*){0,3}) (?:association|company|firm|holding|concern|corporation|consortium|newspaper|magazine|channel|portal|website|operator|carrier|airline|startup|party|movement)\b(?!['’]s)/gu;
/** Posts a company's name stands before, in lower case (`… director Daulet Uvashev`). */
const COMPANY_POSTS = 'director(?: general)?|general director|managing director|executive director|CEO|chief executive|chairman|chairwoman|founder|co-founder|boss|owner|spokesperson|spokesman|spokeswoman';
/**
 * `Harvest Kazakhstan director Daulet Uvashev`, `Talco spokesperson Igor Sattarov`: a company's name before a
 * post in lower case and the holder's name. (Not an office's field: `External Affairs spokesperson …`.)
 */
const BODY_BEFORE_ROLE = new RegExp(String.raw`(?<![\p{L}\p{N}’'.-])(?<name>\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,3}) (?:${COMPANY_POSTS}) (?=\p{Lu}[\p{L}'’-]+ \p{Lu})`, 'gu');
const ROLE_HINT = new RegExp(String.raw` (?:${COMPANY_POSTS}) \p{Lu}`, 'u');
/** Each shape of a body's name in running text, its cue, and what a paragraph must hold for it to be worth trying. */
const BODY_SHAPES = [
  [QUOTED_BODY, 'quoted-body', /[“"«]/u],
  [NAMED_BODY, 'named-body', /[Tt]he \p{Lu}/u],
  [BODY_BEFORE_ROLE, 'body-before-role', ROLE_HINT],
] as const;
const OFFICE_FIELD_WORDS = new Set(['external', 'foreign', 'internal', 'home', 'interior', 'affairs', 'national', 'security', 'defence', 'defense', 'host', 'new', 'former', 'acting', 'deputy']);
/** The last word of an adjective, not a name: `Islamic`, `Central Asian`, `Communist`, `China-backed`, `Saudi-based`. */
const ADJECTIVE_ENDING = /(?:ic|[ieac]an|ist|ese|ish|ed|based|backed|owned|run|led)$|['’]s$/u;

/** A word alone that names no one body before its kind: `the State party` (a treaty's term), `the Federal company`. */
const GENERIC_NAME_WORD = /^(?:State|Government|Federal|National|Opposition|Ruling|Governing|Coalition|Parent|Holding)$/u;

const LEGAL_FORM = /^(?:LLC|LLP|Ltd|Inc|PLC|Corp|GmbH|AG|SA|SE|NV|BV|JSC|OJSC|CJSC|PJSC|AO|PAO|OAO|ZAO|OOO|TOO|LP|Co)\.?$/iu;

/** `(“Cove Kaz”)`, `(GCC)`, `(the “Company”)`: a short name the article gives an organization in brackets. */
const SHORT_NAME_AFTER = /^\s+\((?:the\s+)?(?:[“"]([\p{Lu}][\p{L}\p{N}&.' -]{1,30})[”"]|(\p{Lu}[\p{Lu}\p{N}&/-]{1,9}))/u;
/** Short names that a press release gives every company: never a name of its own. */
// (`the Kazakhstan Association for the Conservation of Biodiversity (NGO)`: a kind of body in capitals, too.)
const GENERIC_SHORT_NAMES = new Set(['company', 'the company', 'group', 'fund', 'bank', 'issuer', 'buyer', 'seller', 'parties', 'partners', 'ngo', 'ngos', 'ingo', 'npo', 'nko', 'soe', 'sme', 'llc', 'jsc', 'ltd']);

/**
 * `the U.S. Embassy` in a story about Uzbekistan: of diplomatic missions sharing a spelling, the one seated in the
 * country the article names most; none when no seat is named, or two are named as often.
 */
function seatedMission(entries: AliasEntry[], countries: Map<string, number>): AliasEntry | null {
  const ranked = entries.map((entry) => ({ entry, count: countries.get(entry.entity.seat!) ?? 0 })).sort((a, b) => b.count - a.count);
  const [best, next] = ranked;
  return best && best.count > 0 && (next === undefined || next.count < best.count) ? best.entry : null;
}

/**
 * `the Senate`, `the Ministry of Foreign Affairs` in a story about Kazakhstan: a state body's name alone after `the`
 * is that of the country the article names most (and more often than any other), when the registry lists such a
 * body for it. Not the start of a longer name (`the Senate Foreign Relations Committee`, `the Parliament of Georgia`).
 */
function homeStateBody(text: string, tokens: Token[], i: number, bodies: TrieNode | undefined): { last: number; entity: Entity } | null {
  const match = bodies ? matchAt(text, tokens, i, bodies) : null;
  // (`the Government`: generic, as `the Kazakh Government` is.)
  if (!match || /^(?:Government|Cabinet)\b/u.test(tokens[i]!.text)) return null;
  // (`the Committee of Forestry and Hunting of the Ministry of Agriculture`: the end of a longer body's name; not
  // after an office, `Chair of the Senate`.)
  const before = /((?:\p{Lu}[\p{L}.'’-]*\s+(?:(?:of|and|for|on)\s+)?){1,6})of\s+the\s+$/u.exec(text.slice(Math.max(0, tokens[i]!.start - 80), tokens[i]!.start));
  if (before && before[1]!.split(/\s+/u).some((word) => endsInBodyHead([word]))) return null;
  // (`the Communist party`: a body's name is written as one, every word capitalised.)
  for (let k = i; k <= match.last; k++) if (!tokens[k]!.capitalized && !/^(?:of|and|for|on|the)$/u.test(tokens[k]!.text)) return null;
  const end = tokens[match.last]!.end;
  const after = tokens[match.last + 1];
  if (after?.capitalized && isNameJoiner(text.slice(end, after.start))) return null;
  // (`the Ministry of Health, Labour, and Social Protection`: its listed fields go on.)
  if (/^(?:\s+(?:(?:of|for|in|&)\s+(?:the\s+)?\p{Lu}|and\s+(?!the\b))|,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,?\s+(?:and|&)\s)/u.test(text.slice(end, end + 60))) return null;
  return { last: match.last, entity: match.entries[0]!.entity };
}

/** Whether a sentence starts at `at`: the text opens there, or a sentence's end comes before it. */
function sentenceStartsAt(text: string, at: number): boolean {
  // Walk back over the spaces only: a regex anchored at the end of the whole prefix rescans it per call.
  let k = at;
  while (k > 0 && /\s/u.test(text[k - 1]!)) k--;
  return k === 0 || /[.!?…]["”’)»]{0,3}$/u.test(text.slice(Math.max(0, k - 4), k));
}

function isUnlinked(overrides: SeedOverrides | undefined, surface: string, entityId: string): boolean {
  return (overrides?.unlink ?? []).some((u) => u.surface === surface && (u.entity === undefined || u.entity === entityId));
}

/** Before a word, what makes it a place or a thing rather than a surname used alone: an article or determiner, a locative, a closing quotation mark (`“Central Asia plus Japan” Dialogue`). */
const PLACE_OR_ARTICLE_BEFORE = /(?:(?:^|[^\p{L}])(?:the|a|an|this|that|these|those|its|their|our|his|her|in|into|to|from|across|throughout|near|at)|[”"»])\s+$/iu;
/** After a surname used alone: a verb or a joining word, not a noun it qualifies (`Turkic states`). */
const SUBJECT_FOLLOWERS = /^(?:is|was|has|had|and|or|who|whom|whose|also|later|then|now|still|would|will|could|can|did|does|said|says|told|\p{Ll}+ed)$/u;

/**
 * The social network X, whose one-letter name is a name only where the words around it say it is the
 * network: `a post on X`, `via his X account`, `X, formerly Twitter`, a credit's `X/@handle`. Its registry
 * entry is named `X (social network)`, so that no other `X` (`Generation X`, `Malcolm X`) matches.
 */
const SOCIAL_NETWORK_X = 'x-social-network';
const X_PLATFORM_BEFORE = /\b(?:posted|posts?|wrote|written|shared|said|announced|published|on|via)\s+(?:(?:the|his|her|its|their|social\s+(?:media|network)|official)\s+)*$/iu;
const X_PLATFORM_AFTER = /^(?:\s+(?:account|accounts|post|posts|page|handle|feed|platform)\b|,?\s*\(?formerly\b|\/@)/u;
function isSocialNetworkX(text: string, token: Token): boolean {
  const after = text.slice(token.end, token.end + 24);
  if (X_PLATFORM_AFTER.test(after)) return true;
  // `in a post on X.`, `a photo posted on X on Thursday`: the network closes the phrase.
  return X_PLATFORM_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start)) && /^(?:[.,;:)]|\s+\p{Ll}|\s*$)/u.test(after);
}

/**
 * `President Japarov`, when the registry holds Sadyr and Akylbek Japarov: a surname two registry people share, after
 * the title of an office only one of them held (on the article's date, when it has one), is that one, unless the
 * article names one of them in full.
 */
function officeHolderBySurname(text: string, tokens: Token[], i: number, matcher: Matcher, date: string | null, segments: { text: string }[]): Entity | undefined {
  const token = tokens[i]!;
  const holders = token.capitalized ? matcher.variants.sharedSurname(token.key) : [];
  if (holders.length === 0 || (tokens[i + 1]?.capitalized && /^\s$/u.test(text.slice(token.end, tokens[i + 1]!.start)))) return undefined;
  // (One of them named in full in the article is whom the surname stands for: finishLinks reads it so.)
  const inFull = (entity: Entity) => [entity.name, ...entity.aliases].some((name) => /\s/u.test(name) && segments.some((segment) => segment.text.includes(name)));
  if (holders.some(inFull)) return undefined;
  // The title: the one or two capitalised words right before the surname (`President`, `Prime Minister`).
  const titles: string[] = [];
  for (let k = i - 1, title = ''; k >= Math.max(0, i - 2) && tokens[k]!.capitalized && text.slice(tokens[k]!.end, tokens[k + 1]!.start) === ' '; k--) {
    title = title === '' ? tokens[k]!.text : `${tokens[k]!.text} ${title}`;
    titles.push(title.toLowerCase());
  }
  const held = (entity: Entity) =>
    (entity.offices ?? []).some((office) => {
      const name = office.title.toLowerCase();
      if (!titles.some((title) => name === title || name.startsWith(`${title} `))) return false;
      if (date === null) return true;
      return (office.from === null || date.slice(0, office.from.length) >= office.from) && (office.to === null || date.slice(0, office.to.length) <= office.to);
    });
  const fitting = titles.length > 0 ? holders.filter(held) : [];
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** The state's body named by the capitalised words after its possessive (`Senate` of `Kazakhstan’s Senate`), or null. */
function bodyAfterPossessive(text: string, tokens: Token[], possessive: number, bodies: TrieNode | undefined): { last: number; entity: Entity } | null {
  const first = tokens[possessive + 1];
  if (!bodies || !first?.capitalized || !/^['’ʼ]s?\s$/u.test(text.slice(tokens[possessive]!.end, first.start))) return null;
  const match = matchAt(text, tokens, possessive + 1, bodies);
  // The whole of a body's name, not the start of a longer one (`Kazakhstan’s Government Accounting Office`).
  const after = match ? tokens[match.last + 1] : undefined;
  if (!match || (after?.capitalized && isNameJoiner(text.slice(tokens[match.last]!.end, after.start)))) return null;
  return { last: match.last, entity: match.entries[0]!.entity };
}

/** Pass 1 and 2 of one article: registry names, then candidates for what the registry does not know. */
export function draftLinks(article: ExtractedArticle, matcher: Matcher, overrides?: SeedOverrides): LinkDraft {
  let root = matcher.root;
  if (overrides?.link?.length) {
    // Per-article forced links go into a private copy of the trie's top level.
    root = { next: new Map(matcher.root.next), entries: [] };
    for (const { surface, entity: id } of overrides.link) {
      const entity = matcher.entities.get(id);
      if (!entity) continue; // validated by the caller
      addAliasCopyOnWrite(root, surface, { entity, kind: 'override' });
    }
  }

  const segments: DraftSegment[] = [];
  const addSegment = (field: Field, index: number, text: string | null) => {
    if (text) segments.push({ field, index, text, tokens: tokenize(text), spans: [] });
  };
  addSegment('title', 0, article.meta.titleGenerated ? null : article.meta.title);
  addSegment('byline', 0, article.meta.bylineText);
  addSegment('source', 0, article.meta.source);
  article.paragraphs.forEach((p, i) => addSegment('body', i, p));
  article.captions.forEach((c, i) => {
    addSegment('caption', i, c.text);
    addSegment('credit', i, c.credit);
  });

  // What the article names unambiguously, scanned once when first asked (few articles ask):
  // - one sense per article: a spelling two entities share (`CPC`) is the one the article also names by a spelling of
  //   its own (`the Caspian Pipeline Consortium (CPC)`);
  // - how often it names each country: of diplomatic missions sharing a spelling (`the U.S. Embassy`), the one seated
  //   in the country named most;
  // - the country it names more often than any other (`leading`), whose body `the Senate` names.
  let named: { ids: Set<string>; countries: Map<string, number>; leading: string | null } | null = null;
  const namedInArticle = (): { ids: Set<string>; countries: Map<string, number>; leading: string | null } => {
    if (named) return named;
    named = { ids: new Set(), countries: new Map(), leading: null };
    for (const { text, tokens } of segments) {
      for (let i = 0; i < tokens.length; i++) {
        if (!tokens[i]!.capitalized && !opensName(tokens, i)) continue;
        const match = matchAt(text, tokens, i, root);
        if (!match) continue;
        const entry = namedAfterMatch(text, tokens, i, match.last, match.entries) === null ? chooseEntry(text, tokens, i, match.last, match.entries, undefined) : null;
        if (entry) named.ids.add(entry.entity.id);
        if (entry?.entity.type === 'country') named.countries.set(entry.entity.id, (named.countries.get(entry.entity.id) ?? 0) + 1);
        i = match.last;
      }
    }
    let most = 0;
    for (const [id, count] of named.countries) {
      if (count > most) [named.leading, most] = [id, count];
      else if (count === most) named.leading = null;
    }
    return named;
  };

  // Words the article's running text uses alone as a surname, at least twice (`questions about Matraimov.`,
  // `Matraimov later sued …`, `Otan is a Chinese citizen`): not a place after `in` or `the`, not an
  // adjective before a noun (`Turkic states`), not a registry name, not a word the article also writes in
  // lower case. Once only is too little: a lone `Report` or `Africa` is common. The article's words are
  // indexed once, when a cueless run first asks; a word's uses are judged only when asked about.
  let wordIndex: { capitalized: Map<string, [DraftSegment, number][]>; lower: Set<string> } | null = null;
  const judged = new Map<string, boolean>();
  const aloneAsSurname = (segment: DraftSegment, k: number): boolean => {
    const { text, tokens } = segment;
    const token = tokens[k]!;
    if (!isPlainName(token) || !/^\p{Lu}\p{Ll}/u.test(token.text) || isPartOfLongerName(segment, k)) return false;
    const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(token.end + (token.possessive ? 2 : 0), token.end + 40));
    // At a sentence's start, only as a subject before its verb (`Matraimov later sued`).
    if (sentenceStartsAt(text, token.start)) {
      if (!next || next[1] === 'and') return false;
    } else if (PLACE_OR_ARTICLE_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start)) || (!token.possessive && next && !SUBJECT_FOLLOWERS.test(next[1]!))) {
      return false;
    }
    // A registry name alone (`an interview with Report,`, a known person's surname) is that entity, no one new.
    return matchAt(text, tokens, k, root) === null;
  };
  const printedAlone = (key: string): boolean => {
    if (!wordIndex) {
      const index = { capitalized: new Map<string, [DraftSegment, number][]>(), lower: new Set<string>() };
      for (const segment of segments) {
        if (segment.field !== 'body' && segment.field !== 'caption') continue;
        segment.tokens.forEach((token, k) => {
          if (!token.capitalized) index.lower.add(token.key);
          else {
            const uses = index.capitalized.get(token.key);
            if (uses) uses.push([segment, k]);
            else index.capitalized.set(token.key, [[segment, k]]);
          }
        });
      }
      wordIndex = index;
    }
    let answer = judged.get(key);
    if (answer === undefined) {
      // A word the article also writes in lower case (`dialogue`, `cooperation`) is a common word, no surname.
      const uses = wordIndex.lower.has(key) ? [] : (wordIndex.capitalized.get(key) ?? []);
      answer = uses.length >= 2 && uses.filter(([segment, k]) => aloneAsSurname(segment, k)).length >= 2;
      judged.set(key, answer);
    }
    return answer;
  };

  const candidates: CandidateMention[] = [];
  segments.forEach((segment, s) => {
    const { text, tokens } = segment;
    const covered = new Array<boolean>(tokens.length).fill(false);
    const soft = new Array<boolean>(tokens.length).fill(false);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!token.capitalized && !opensName(tokens, i)) continue;
      const match = matchAt(text, tokens, i, root);
      if (!match) {
        const platform = token.text === 'X' && isSocialNetworkX(text, token) ? matcher.entities.get(SOCIAL_NETWORK_X) : undefined;
        const holder = platform ? undefined : officeHolderBySurname(text, tokens, i, matcher, article.meta.date, segments);
        if (platform ?? holder) {
          segment.spans.push({ first: i, last: i, entity: (platform ?? holder)!, kind: 'alias' });
          covered[i] = true;
          continue;
        }
        const body = /(?:^|\s)[Tt]he\s+$/u.test(text.slice(Math.max(0, token.start - 5), token.start)) ? homeStateBody(text, tokens, i, matcher.stateBodies.get(namedInArticle().leading ?? '')) : null;
        if (body) {
          segment.spans.push({ first: i, last: body.last, entity: body.entity, kind: 'alias' });
          for (let k = i; k <= body.last; k++) covered[k] = true;
          i = body.last;
        }
        continue;
      }
      // `Khamenei.ir`: a registry name glued to a site's domain is the site (discovery names it).
      if (endsInSiteDomain(text, tokens, match.last)) {
        i = match.last;
        continue;
      }
      // (Left to discovery, which reads the whole name.)
      if (givenNameOfAnother(text, tokens, i, match.last, match.entries)) continue;
      // `Nazarbayev International School`: a body named after a registry person is that body, which discovery
      // reads whole (a place named after them, `Abai Avenue`, is a known name left unlinked below).
      const namesAfter = namedAfterMatch(text, tokens, i, match.last, match.entries);
      if (namesAfter !== null) {
        if (namesAfter === 'place') for (let k = i; k <= match.last; k++) covered[k] = true;
        i = match.last;
        continue;
      }
      let entry = chooseEntry(text, tokens, i, match.last, match.entries, segment.spans[segment.spans.length - 1]);
      if (!entry && match.entries.every((e) => e.kind !== 'metonym')) {
        const unambiguous = match.entries.filter((e) => namedInArticle().ids.has(e.entity.id));
        if (unambiguous.length > 0 && unambiguous.every((e) => e.entity.id === unambiguous[0]!.entity.id)) entry = unambiguous[0]!;
      }
      if (!entry && match.entries.every((e) => e.entity.seat !== undefined)) entry = seatedMission(match.entries, namedInArticle().countries);
      let last = match.last;
      if (entry) {
        // `Cove Capital LLC`: a registry organization's legal form is part of the mention.
        while (entry.entity.type === 'organization' && tokens[last + 1] && LEGAL_FORM.test(tokens[last + 1]!.text) && isNameJoiner(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
        segment.spans.push({ first: i, last, entity: entry.entity, kind: entry.kind });
        // A country, place or organization may sit inside a longer organization's name (`UN General Assembly`).
        const inner = entry.entity.type !== 'person' && entry.kind !== 'override';
        for (let k = i; k <= last; k++) {
          covered[k] = true;
          soft[k] = inner;
        }
        // `Kazakhstan’s Senate`: a body named after its state's possessive, capitalised, is that state's body. (Not
        // after its adjective: the key's conventions count `the Kazakh Government`, like `the U.S. government`, as generic.)
        const body = entry.entity.type === 'country' && tokens[last]!.possessive ? bodyAfterPossessive(text, tokens, last, matcher.stateBodies.get(entry.entity.id)) : null;
        if (body) {
          segment.spans.push({ first: last + 1, last: body.last, entity: body.entity, kind: 'alias' });
          for (let k = last + 1; k <= body.last; k++) {
            covered[k] = true;
            soft[k] = true;
          }
          last = body.last;
        }
      } else {
        // A known name, deliberately left unlinked; one that only bodies share (`China Railway`) may still open
        // a longer body's name (`China Railway Construction Corporation`).
        const inner = match.entries.every((e) => e.entity.type === 'organization');
        for (let k = i; k <= last; k++) {
          covered[k] = true;
          soft[k] = inner;
        }
      }
      i = last;
    }

    // `Sergei Viktorovich Lavrov`: name words before a registry person's surname that, with it, spell that person.
    for (const span of segment.spans) {
      if (span.entity.type !== 'person') continue;
      let first = span.first;
      while (first > 0 && span.first - first < 2) {
        const prev = tokens[first - 1]!;
        if (covered[first - 1] || !prev.capitalized || prev.acronym || !isNameJoiner(text.slice(prev.end, tokens[first]!.start))) break;
        first--;
      }
      for (let from = first; from < span.first; from++) {
        if (matcher.variants.find(text.slice(tokens[from]!.start, tokens[span.last]!.end))?.id === span.entity.id) {
          for (let k = from; k < span.first; k++) covered[k] = true;
          span.first = from;
          break;
        }
      }
    }

    // `Alisher Karimov`: a given name before a registry person's surname alone that, with it, does not spell
    // that person (the loop above) names someone else: the surname is not the registry person's here.
    // Not in a line in headline case, where every word before it is capitalised (`Uzbek Leader Meets Karimov`).
    const headlineCase = segment.field === 'title' || isHeadlineCase(text);
    const givenNameBefore = (span: Span): boolean => {
      if (span.first === 0) return false;
      const prev = tokens[span.first - 1]!;
      if (covered[span.first - 1] || !isPlainName(prev) || !/^\s+$/u.test(text.slice(prev.end, tokens[span.first]!.start))) return false;
      return givenName(prev.text) !== null || !(sentenceStartsAt(text, prev.start) || inOfficePhrase(text, prev.start));
    };
    // `Umarov Ahmadzhon, director of Uzbekkino`: a registry person's surname alone, then a given name of one sex that
    // is not theirs, names someone else surname first.
    const givenNameAfter = (span: Span): boolean => {
      const next = tokens[span.last + 1];
      if (next === undefined || covered[span.last + 1]) return false;
      const sex = givenName(next.text);
      if ((sex !== 'male' && sex !== 'female') || !isPlainName(next) || !/^\s+$/u.test(text.slice(tokens[span.last]!.end, next.start))) return false;
      return !foldKey(span.entity.name).split(' ').includes(foldKey(next.text));
    };
    for (let n = headlineCase ? -1 : segment.spans.length - 1; n >= 0; n--) {
      const span = segment.spans[n]!;
      if (span.entity.type !== 'person' || span.first !== span.last || span.kind === 'override') continue;
      if (!givenNameBefore(span) && !givenNameAfter(span)) continue;
      segment.spans.splice(n, 1);
      covered[span.first] = false;
      soft[span.first] = false;
    }

    const add = (type: CandidateMention['type'], first: number, last: number, name: string, cue: string, strong: boolean, extra: Partial<CandidateMention> = {}) => {
      const written = text.slice(tokens[first]!.start, tokens[last]!.end);
      // A person is named without the patronymic (`Makhkamov Ilkhom Rustamovich` is Makhkamov Ilkhom), as
      // other articles name them; the mention keeps it as written. Only in that surname-first order: in
      // `Roman Arkadyevich Abramovich` the patronymic is the middle word and the last is the surname.
      if (type === 'person') {
        const words = name.split(/\s+/u);
        if (words.length >= 3 && isPatronymic(words[words.length - 1]!) && !isPatronymic(words[words.length - 2]!)) name = words.slice(0, -1).join(' ');
      }
      candidates.push({
        segment: s,
        first,
        last,
        type,
        name,
        aliases: written !== name ? [written] : [],
        cue,
        strong,
        parent: null,
        corroborated: false,
        ...extra,
      });
    };

    if (segment.field === 'byline') {
      // A byline is people by position: each author the registry did not know is a person.
      const written = bylineParts(text);
      const latin = (article.meta.byline ?? '').split(BYLINE_SPLIT);
      written.forEach((part, n) => {
        const inPart = tokenRange(tokens, part.index, part.index + part.text.length);
        if (!inPart || inPart.last - inPart.first < 1 || covered.slice(inPart.first, inPart.last + 1).some(Boolean)) return;
        add('person', inPart.first, inPart.last, written.length === latin.length ? latin[n]!.trim() : part.text, 'byline', true);
      });
      return;
    }
    if (segment.field === 'source') {
      // The outlet is one organization, even when a country opens its name (`Iran Press`).
      const whole = segment.spans.some((span) => span.first === 0 && span.last === tokens.length - 1);
      // `UCA News` is no University of Central Asia (`UCA`): a body inside an outlet's name that is no outlet
      // itself is none of it.
      if (!whole && isOutletName(text) && segment.spans.some((span) => span.entity.type === 'organization' && !MEDIA_DESCRIPTION.test(span.entity.description ?? ''))) {
        for (const span of segment.spans.splice(0)) for (let k = span.first; k <= span.last; k++) covered[k] = soft[k] = false;
      }
      if (!whole && tokens.length >= 1 && segment.spans.every((span) => span.entity.type !== 'organization' && span.entity.type !== 'person')) {
        // `The Kabul times` is the `Kabul Times` the body names: no article, each word capitalised.
        const name = capitalizeWords(text.replace(/^the\s+/iu, ''));
        add('organization', 0, tokens.length - 1, name, 'source', true);
      }
      return;
    }
    if (segment.field === 'credit') {
      // `Name/Agency`, `Agency / Site`, `JANE ROE/Reuters`: each part that looks like a full personal name is a person.
      // (`Tom Hogan – Hoganphotos/Golden Boy Promotions`: a spaced dash parts the photographer from their studio too.)
      // (`PHOTOS BY Joel Caldwell & Sebastian Kennerknecht`: an ampersand parts two photographers.)
      // (`Photo by Maria Lupan on Unsplash`, `Beata Zawrzel/NurPhoto via Getty`: the platform or agency after `on` or `via`.)
      const slashed = text.replace(/\s+(?:on|via)\s+(?=\p{Lu})/gu, (gap) => '\u0001'.padEnd(gap.length, ' '));
      const parts = [...slashed.matchAll(/(?:[^/|,;–—&()\u0001]|(?<!\s)[–—](?!\s))+/gu)];
      for (const part of parts) {
        // (`Photo: Tom Hogan`, `Photos by …`: the credit's label is no part of the name.)
        // (`Jane Roe/For The Washington Post`: whom the photographer worked for is credited too.)
        const written = part[0].trim().replace(/^(?:(?:photo|image|source|credit)s?\s*[:：]|(?:photo|image|picture)s?\s+by\s)\s*/iu, '').replace(/^[Ff]or\s+(?=\p{Lu})/u, '');
        const from = written === '' ? part.index : text.indexOf(written, part.index);
        const range = tokenRange(tokens, from, part.index + part[0].length);
        if (!range) continue;
        const { first, last } = range;
        const inPart = tokens.slice(first, last + 1);
        // `Photo: Uzbekistan Chess Federation`, `Courtesy of Emad Hajjaj, Cartoon Movement`, `Photo courtesy of Stuart Public
        // Library`: a body credited by its name and head word, a country in it or not, is no one's name but the body's.
        if (inPart.length >= 2 && inPart.length <= 6 && inPart.every((t) => t.capitalized) && endsInBodyHead(inPart.map((t) => t.text)) && !covered.slice(first, last + 1).some((c, n) => c && !soft[first + n])) {
          add('organization', first, last, text.slice(tokens[first]!.start, tokens[last]!.end), 'credit', true);
          for (let k = first; k <= last; k++) covered[k] = true;
          continue;
        }
        if (covered.slice(first, last + 1).some(Boolean)) continue;
        // `Caspian Post`, `president.az`, `Trend`: an outlet credited for the picture.
        if (written !== '' && (isOutletName(written) || isDomainName(written)) && !/^(?:photo|image|file|getty|images)$/iu.test(written)) {
          const start = text.indexOf(written, part.index);
          const outlet = tokenRange(tokens, start, start + written.length);
          if (outlet) {
            add('organization', outlet.first, outlet.last, written, 'credit', true);
            for (let k = outlet.first; k <= outlet.last; k++) covered[k] = true;
            continue;
          }
        }
        // `on Unsplash`, `via Getty`: one capitalised word after them is the platform or the agency the picture came
        // through. (Not one after a slash: a photographer's handle is written so too, `Stephen M. Bland/Allexxandar`.)
        if (inPart.length === 1 && part.index > 0 && slashed.charAt(part.index - 1) === '\u0001' && written === inPart[0]!.text && /^\p{Lu}[\p{L}-]{2,}$/u.test(written) && !/^(?:Photo|Photos|Image|Images|File|Getty|Courtesy|Source|Credit|Archive|Handout|Screenshot|Video|Illustration)$/iu.test(written)) {
          add('organization', first, last, written, 'credit', true);
          covered[first] = true;
          continue;
        }
        if (inPart.length < 2 || inPart.length > 4) continue;
        // (Nor a name opening with `The`: `The News/Simon Schatzberg` credits a paper.)
        if (!inPart.every((t) => t.capitalized) || inPart.some((t) => /\p{N}/u.test(t.text)) || inPart[0]!.text === 'The') continue;
        // A studio or a company credited (`Golden Boy Promotions`) is no one's name (a body with a head word was read above).
        if (/^(?:Promotions|Productions|Studios?|Pictures|Media|Photography|Photos|Images|Agency|Group|Archives?)$/u.test(inPart.at(-1)!.text)) continue;
        // (Nor a place where it was taken: `Photo courtesy of: Tablas Hoeck. Savnob Village, Gorno Badakhshan Autonomous Oblast`.)
        if (isPlaceKind(inPart.at(-1)!.text)) continue;
        // A name in capitals (`JANE ROE`) is read in capitals only when every word is.
        if (inPart.some((t) => t.acronym) && !inPart.every((t) => t.acronym && t.text.length > 1)) continue;
        if (inPart.every((t) => t.acronym) && inPart.some((t) => CREDIT_WORD_IN_CAPITALS.test(t.text))) continue;
        const name = text.slice(tokens[first]!.start, tokens[last]!.end);
        add('person', first, last, titleCaseName(name), 'credit', true);
        for (let k = first; k <= last; k++) covered[k] = true;
      }
      return;
    }

    // `the “Data Volt” company`, `the American NGO “Winrock International”`: a name in quotation marks that a
    // kind of body announces is that body, whatever its words.
    // So is a name between `the` and a kind of body (`the Gruzavtotrans association`, `the Uslu Yapı company`),
    // unless it reads as an adjective (`the Islamic magazine`, `the China-backed bank`, `the Communist party`) or
    // the phrase describes a body named elsewhere (`The Saskatoon company’s agreement`).
    if (segment.field === 'body' || segment.field === 'caption') {
      for (const [pattern, cue, hint] of BODY_SHAPES) {
        // (A plain scan for what each shape needs first: the patterns try every capital, at every paragraph.)
        if (!hint.test(text)) continue;
        for (const found of text.matchAll(pattern)) {
          const name = (found.groups!['before'] ?? found.groups!['after'] ?? found.groups!['name'])!.replace(/[.,;:]+$/u, '');
          if (name.split(/\s+/u).length > 6 || (cue !== 'quoted-body' && (ADJECTIVE_ENDING.test(name) || GENERIC_NAME_WORD.test(name)))) continue;
          if (cue === 'body-before-role' && name.split(/\s+/u).some((word) => OFFICE_FIELD_WORDS.has(word.toLowerCase()))) continue;
          const start = found.index + found[0].indexOf(name);
          const range = tokenRange(tokens, start, start + name.length);
          // A country may stand inside the name (`Harvest Kazakhstan`), not fill it.
          const inside = (k: number) => !covered[k] || soft[k];
          if (!range || !tokens.slice(range.first, range.last + 1).every((_, n) => inside(range.first + n)) || tokens.slice(range.first, range.last + 1).every((_, n) => covered[range.first + n])) continue;
          add('organization', range.first, range.last, name, cue, true);
          for (let k = range.first; k <= range.last; k++) covered[k] = true;
        }
      }
    }

    if (segment.field === 'body' || segment.field === 'caption') {
      for (const post of countrysPostsInLowerCase(text, tokens, segment.spans, covered)) {
        add('organization', post.first, post.last, post.name, 'org-head-word', true);
        for (let k = post.first; k <= post.last; k++) covered[k] = true;
      }
      for (const office of countryOffices(text, tokens, segment.spans)) {
        add('organization', office.first, office.last, office.name, 'country-office', true, { parent: office.parent });
        for (let k = office.first; k <= office.last; k++) covered[k] = true;
      }
    }

    // Title-case headlines (and teasers, subheadings in headline case) make every word look like a name:
    // they only get names found elsewhere (finishLinks), and a name an honorific announces (`Mr Docherty, …?`).
    const isVariant = (first: number, last: number) => matcher.variants.find(text.slice(tokens[first]!.start, tokens[last]!.end)) !== null;
    const found = findCandidates(text, tokens, covered, soft, { isVariant, printedAlone, headlineCase: segment.field === 'title' || isHeadlineCase(text) });
    for (const candidate of segment.field === 'title' ? found.filter((c) => c.cue === 'honorific') : found) {
      // `High Representative of the Union for Foreign Affairs and Security Policy`: the EU's office, its `Union` the EU
      // in the EU's own style; no body of that name.
      if (candidate.type === 'organization' && tokens[candidate.first]!.text === 'Union' && tokens[candidate.first + 1]?.text === 'for' && /\bRepresentative of the\s+$/u.test(text.slice(Math.max(0, tokens[candidate.first]!.start - 40), tokens[candidate.first]!.start))) continue;
      // `Rosatom’s Engineering Division`: a unit named with its organization's possessive is one name, the
      // organization its parent. A body with a name of its own (`the European Union’s European Fund for
      // Sustainable Development Plus`, `Rosatom’s JSC Atomstroyexport`) is not merged; an outlet's service in
      // a language (`RFE/RL’s Tajik Service`) is the outlet.
      if (candidate.type === 'organization' && candidate.first > 0 && tokens[candidate.first - 1]!.possessive && !candidate.legalPrefix) {
        const owner = segment.spans.find((sp) => sp.last === candidate.first - 1 && sp.entity.type === 'organization');
        if (owner && /^['’]s\s+$/u.test(text.slice(tokens[owner.last]!.end, tokens[candidate.first]!.start)) && UNIT_HEADS.has(tokens[candidate.last]!.text.toLowerCase())) {
          const languageService = candidate.last === candidate.first + 1 && tokens[candidate.last]!.text === 'Service' && segment.spans.some((sp) => sp.first === candidate.first && sp.entity.type === 'country');
          if (languageService) continue;
          candidate.first = owner.first;
        }
      }
      const { first, last } = candidate;
      // `… a meeting between President Wi`: the scrape cut the page off inside the name that ends it, mid-sentence
      // (not a signature after the last sentence: `… infrastructure. Alisher Yusupov`, `Editor: Kim Taylor`).
      if (candidate.type === 'person' && segment.field === 'body' && segment.index === article.paragraphs.length - 1 && text.slice(tokens[last]!.end).trim() === '' && /[\p{L}\p{N},]\s+$/u.test(text.slice(0, tokens[first]!.start))) continue;
      // `OJSC Rogun HPP` is the company that builds the plant; `Rogun HPP` alone is the plant, no body: a power
      // plant's company keeps its legal form in its name, so the plant named alone elsewhere is not linked to it.
      const keepsLegalForm = candidate.type === 'organization' && POWER_PLANT_END.test(text.slice(tokens[first]!.start, tokens[last]!.end));
      const nameFirst = first + (keepsLegalForm ? 0 : (candidate.legalPrefix ?? 0));
      const nameLast = last - (keepsLegalForm ? 0 : (candidate.legalSuffix ?? 0));
      // (`Changpeng “CZ” Zhao`: a nickname in quotation marks is no part of the person's name; the mention keeps it.)
      const name = candidate.cue === 'nickname' ? `${tokens[first]!.text} ${tokens[last]!.text}` : text.slice(tokens[nameFirst]!.start, tokens[nameLast]!.end).replace(/^The\s+/u, '');
      const extra: Partial<CandidateMention> = {};
      const aliases: string[] = [];
      if (candidate.type === 'organization') {
        const short = SHORT_NAME_AFTER.exec(text.slice(tokens[last]!.end));
        const given = short?.[1] ?? short?.[2];
        if (given && !GENERIC_SHORT_NAMES.has(given.toLowerCase())) aliases.push(given);
        const parent = segment.spans.find((sp) => sp.first >= first && sp.last <= last && sp.entity.type === 'organization');
        if (parent) extra.parent = parent.entity.id;
      } else if (candidate.type === 'person') {
        // `Changpeng Zhao (CZ)`: the person's initials in brackets after their name are what the article calls them next.
        const bracketed = bracketedInitials(text, tokens, first, last, tokens[last]!.end);
        if (bracketed) aliases.push(bracketed.initials);
      }
      // (`Marina KHRAMOVA`: a surname in capitals is the person's `Khramova`; the mention keeps the capitals.)
      add(candidate.type, first, last, candidate.type === 'person' ? name.replace(/\b(\p{Lu})(\p{Lu}{2,})\b/gu, (_, a: string, rest: string) => a + rest.toLowerCase()) : name, candidate.cue, candidate.strong, extra);
      const added = candidates[candidates.length - 1]!;
      for (const alias of aliases) if (!added.aliases.includes(alias)) added.aliases.push(alias);
    }
  });

  reclassifyPeopleAsOrganizations(candidates);
  reclassifyInitialsAsPeople(candidates);
  markCorroborated(segments, candidates);
  qualifyGenericBodies(segments, candidates);
  return { file: article.file, segments, candidates };
}

/** An embassy or consulate written in lower case (`consulate general` is read on from `consulate`). */
const POST_IN_LOWER_CASE = /^(?:embassy|consulate)$/u;

/**
 * `the Qatari embassy in Tashkent`, `China’s embassy in Dushanbe`, `the Kazakhstan embassy`: a country's embassy
 * or consulate written in lower case is its post all the same, as `the Indian Embassy` is (with the city or
 * country it serves, when the registry knows that place). Only right after a country, and one post: `Western
 * embassies`, `an embassy`, `the Indian and Pakistani embassies` name none.
 */
function countrysPostsInLowerCase(text: string, tokens: Token[], spans: Span[], covered: boolean[]): { first: number; last: number; name: string }[] {
  const posts: { first: number; last: number; name: string }[] = [];
  // (Most paragraphs name no post: a plain scan first spares the walk over their tokens.)
  if (!/\b(?:embassy|consulate)\b/u.test(text)) return posts;
  for (let k = 1; k < tokens.length; k++) {
    const head = tokens[k]!;
    if (covered[k] || !POST_IN_LOWER_CASE.test(head.text)) continue;
    // (The country by its name or people's adjective: a capital standing for it is where the post is, `the London embassy`.)
    const owner = spans.find((sp) => sp.last === k - 1 && sp.entity.type === 'country' && sp.kind !== 'metonym');
    // (`China’s embassy`: the possessive ending lies between the country and the post.)
    if (!owner || !/^(?:['’]s?)?\s$/u.test(text.slice(tokens[k - 1]!.end, head.start))) continue;
    // (A second country before `and` or `or`, `the US and Chinese embassy`: whose post is unclear.)
    const beforeOwner = tokens[owner.first - 1];
    if (beforeOwner && /^(?:and|or)$/u.test(beforeOwner.text)) continue;
    let last = k;
    if (head.text === 'consulate' && tokens[k + 1]?.text === 'general' && /^[\s-]$/u.test(text.slice(head.end, tokens[k + 1]!.start))) last = k + 1;
    const served = tokens[last + 1]?.text === 'in' ? spans.find((sp) => sp.first === last + 2 && (sp.entity.type === 'place' || sp.entity.type === 'country')) : undefined;
    if (served && /^\s$/u.test(text.slice(tokens[last + 1]!.end, tokens[last + 2]!.start))) last = served.last;
    const written = text.slice(tokens[owner.first]!.start, tokens[last]!.end);
    // The post's words capitalised, as a name is printed (`Qatari Embassy in Tashkent`); the mention keeps them as written.
    const name = written.replace(/\b(embassy|consulate|general)\b/gu, (word) => word[0]!.toUpperCase() + word.slice(1));
    posts.push({ first: owner.first, last, name });
  }
  return posts;
}

/** What a pairing of two names is about, after them: `EU Kazakhstan relations` names no body. */
const PAIRING_AFTER = /^\s+(?:relations|ties|cooperation|partnership|talks|summit|trade|border|dialogue|agreement|deal|axis|meeting|visit|war|conflict|rivalry|match|game|friendship)\b/iu;

/**
 * `General Motors Uzbekistan`, `UNICEF Tajikistan`, `Beeline Uzbekistan`: a registry organization's name and a
 * country's, side by side and closing the name, are its office or subsidiary there, a body of its own with the
 * organization as its parent (not after a longer name: `EU Kazakhstan Business Council` is another body).
 */
function countryOffices(text: string, tokens: Token[], spans: Span[]): { first: number; last: number; name: string; parent: string }[] {
  const offices: { first: number; last: number; name: string; parent: string }[] = [];
  for (let n = 0; n + 1 < spans.length; n++) {
    const [body, country] = [spans[n]!, spans[n + 1]!];
    if (body.entity.type !== 'organization' || body.entity.discovered || country.entity.type !== 'country' || (country.kind !== 'name' && country.kind !== 'alias')) continue;
    if (country.first !== body.last + 1 || text.slice(tokens[body.last]!.end, tokens[country.first]!.start) !== ' ' || tokens[body.last]!.possessive) continue;
    const next = tokens[country.last + 1];
    const after = text.slice(tokens[country.last]!.end);
    if ((next && next.capitalized && /^[\s-]+$/u.test(text.slice(tokens[country.last]!.end, next.start))) || PAIRING_AFTER.test(after) || /^['’]s\b/u.test(after)) continue;
    offices.push({ first: body.first, last: country.last, name: text.slice(tokens[body.first]!.start, tokens[country.last]!.end), parent: body.entity.id });
  }
  return offices;
}

/** A power plant's name: `Rogun HPP`, `Rogun Hydropower Plant`, `Ekibastuz Power Station` (with a company's legal form after, if any). */
const POWER_PLANT_END = /\s(?:HPP|HPS|TPP|CHP|CHPP|NPP|GRES|(?:Hydro(?:electric)?\s?|Thermal\s|Nuclear\s)?Power\s(?:Plant|Station)|Hydropower\s(?:Plant|Station))(?:\s(?:LLC|JSC|OJSC|Ltd))?$/u;

/** Head words of a unit inside a body, named with the body's possessive (`Rosatom’s Engineering Division`). */
const UNIT_HEADS = new Set(['division', 'department', 'service', 'bureau', 'unit', 'directorate', 'office', 'section', 'desk', 'branch', 'centre', 'center']);

/**
 * `Kazakhstan’s Ministry of Energy`, `the Tajik Interior Ministry`: a body whose name says no country is the
 * country the text puts right before it, and is named with it as English names it (`Ministry of Energy of
 * Kazakhstan`, so the name written in full elsewhere is the same body), so two countries' ministries of energy stay
 * two pages and the bare name is no alias other articles would link. With no country right before it, it stays as
 * written: the article's most named country was tried and guessed wrong too often (`Security Council Secretary
 * Marat Imankulov` in a story set in Moscow).
 */
function qualifyGenericBodies(segments: DraftSegment[], candidates: CandidateMention[]): void {
  // Not where the article names its source or credits a picture: there the name is an outlet's own.
  const generic = candidates.filter((c) => c.type === 'organization' && c.cue !== 'source' && c.cue !== 'credit' && isGenericBodyName(c.name));
  for (const candidate of generic) {
    const segment = segments[candidate.segment]!;
    let before = candidate.first - 1;
    if (before >= 0 && segment.tokens[before]!.text.toLowerCase() === 'the') before--;
    const owner = segment.spans.find((sp) => sp.last === before && sp.entity.type === 'country')?.entity;
    // `Special Forces`, `the Armed Forces` with no country: a kind of force, no body a page could be about.
    if (!owner && /^(?:(?:special|armed|security|military|ground|land|naval|air|defen[cs]e)\s+)+forces$/iu.test(candidate.name)) {
      candidates.splice(candidates.indexOf(candidate), 1);
      continue;
    }
    if (!owner) continue;
    candidate.aliases = candidate.aliases.filter((alias) => !isGenericBodyName(alias));
    candidate.name = `${candidate.name} of ${withArticle(owner.name)}`;
  }
}

/**
 * A person candidate whose words are part of an organization the same article names (`Cove Kaz Capital`
 * said …, beside `Cove Kaz Capital Group LLC`; `according to Acwa Power` beside `Acwa Power, a … developer`)
 * is that organization.
 */
function reclassifyPeopleAsOrganizations(candidates: CandidateMention[]): void {
  const organizations = candidates.filter((c) => c.type === 'organization').map((c) => ({ candidate: c, key: ` ${foldKey(c.name)} ` }));
  if (organizations.length === 0) return;
  for (const c of candidates) {
    // (An honorific says a person: `Ms Zhanova` beside the `Aliya Zhanova Foundation` is its namesake. A title
    // does not: `the General Director of Kyzhylzhar Su` is the company's.)
    if (c.type !== 'person' || c.cue === 'byline' || c.cue === 'credit' || c.cue === 'honorific') continue;
    const key = ` ${foldKey(c.name)} `;
    const org = organizations.find((o) => o.key.includes(key));
    if (!org) continue;
    c.type = 'organization';
    if (org.candidate.name !== c.name && !org.candidate.aliases.includes(c.name)) org.candidate.aliases.push(c.name);
    c.name = org.candidate.name;
  }
}

/**
 * An organization candidate of capitals alone that the article gave a person as their initials (`Changpeng Zhao
 * (CZ)`, then `CZ wrote …`) is that person.
 */
function reclassifyInitialsAsPeople(candidates: CandidateMention[]): void {
  const byInitials = new Map<string, CandidateMention>();
  for (const c of candidates) if (c.type === 'person') for (const alias of c.aliases) if (/^\p{Lu}{2,4}$/u.test(alias)) byInitials.set(alias, c);
  if (byInitials.size === 0) return;
  for (const c of candidates) {
    const person = c.type === 'organization' ? byInitials.get(c.name) : undefined;
    if (!person) continue;
    c.type = 'person';
    c.name = person.name;
    c.cue = person.cue;
    c.strong = person.strong;
  }
}

/** `JANE ROE` → `Jane Roe` for the entity's name; the mention keeps the capitals as written. */
function titleCaseName(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * A person candidate is corroborated when the article names them again: the same full name in another
 * paragraph, or their surname alone, capitalised and not part of another name.
 */
function markCorroborated(segments: DraftSegment[], candidates: CandidateMention[]): void {
  const people = candidates.filter((c) => c.type === 'person' && !c.strong);
  if (people.length === 0) return;
  const byKey = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (c.type !== 'person') continue;
    const key = candidateKey(c);
    let where = byKey.get(key);
    if (!where) byKey.set(key, (where = new Set()));
    where.add(`${c.segment}`);
  }
  const used = segments.map((segment) => {
    const flags = new Array<boolean>(segment.tokens.length).fill(false);
    for (const span of segment.spans) for (let k = span.first; k <= span.last; k++) flags[k] = true;
    return flags;
  });
  // A titled surname alone (`Mr. Heaton`) is itself the surname seen again.
  for (const c of candidates) if (c.first !== c.last || c.type !== 'person') for (let k = c.first; k <= c.last; k++) used[c.segment]![k] = true;
  for (const c of people) {
    if ((byKey.get(candidateKey(c))?.size ?? 0) > 1) {
      c.corroborated = true;
      continue;
    }
    const surname = surnameIndex(c.name);
    if (!surname) continue;
    c.corroborated = segments.some((segment, s) =>
      segment.tokens.some((t, k) => !used[s]![k] && t.capitalized && t.key === surname && !isPartOfLongerName(segment, k)),
    );
  }
}

/** A surname with no given name: one word, or particles and one word (`Al Jaber`, `van Gogh`). */
/** Records `entity` as the one entity of `key`; a second, different one makes the key no one's (null). */
function noteOnly(map: Map<string, Entity | null>, key: string, entity: Entity): void {
  const known = map.get(key);
  if (known === undefined) map.set(key, entity);
  else if (known && known.id !== entity.id) map.set(key, null);
}

function isSurnameAlone(segment: { tokens: Token[] }, span: { first: number; last: number }): boolean {
  return segment.tokens.slice(span.first, span.last).every((t) => NAME_PARTICLES.has(t.text.toLowerCase()));
}

/** A capitalised token joined to another capitalised one: part of a name (`Toal Street`), not a surname alone. */
function isPartOfLongerName(segment: DraftSegment, k: number): boolean {
  const { text, tokens } = segment;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const joinedTo = (a: Token, b: Token) => isNameJoiner(text.slice(a.end, b.start)) && b.capitalized && a.capitalized && !a.possessive;
  return (prev !== undefined && joinedTo(prev, tokens[k]!) && !/^(?:Mr|Mrs|Ms|Dr|Prof|President|Minister|Senator|Ambassador)$/u.test(prev.text)) || (next !== undefined && joinedTo(tokens[k]!, next));
}

/** The key of a person name's surname (`Toal` of `Gerard Toal`, `Xi` of `Xi Jinping`); remembered: asked for every person mention. */
const surnameKey = memoize((name: string): string | null => surnameIndex(name), 50_000);

/** Names every article may use: accepted discovered entities' full names and acronyms (built once per set). */
export function globalNames(resolution: Resolution, matcher: Matcher): TrieNode {
  const root = newNode();
  for (const entity of resolution.entities) {
    const names = [entity.name, ...entity.aliases].filter((name) => {
      const tokens = tokenize(name);
      if (tokens.length >= 2) return true;
      // One word: an acronym (`GCC`) or a name with inner capitals (`QazaqGaz`) that no registry entity spells.
      return /^\p{Lu}[\p{Lu}\p{N}&]{2,}$|^\p{Lu}\p{Ll}+\p{Lu}/u.test(name) && !matchAt(name, tokens, 0, matcher.root);
    });
    for (const name of names) addAlias(root, name, { entity, kind: 'alias' });
  }
  return root;
}

/** What finishing an article needs from the global step: who each candidate is, and the names every article may use. */
export interface Resolved {
  resolution: Resolution;
  entityOf: (candidate: Pick<CandidateMention, 'type' | 'name'>) => Entity | null;
  shared: TrieNode;
}

export function prepareResolved(resolution: Resolution, matcher: Matcher): Resolved {
  return { resolution, entityOf: entityOfCandidate(resolution, matcher), shared: globalNames(resolution, matcher) };
}

/** Pass 3 of one article, once the drafts of every article are resolved. */
export function finishLinks(draft: LinkDraft, resolved: Resolved, overrides?: SeedOverrides): LinkResult {
  const shared = resolved.shared;
  const segments = draft.segments.map((segment) => ({ ...segment, spans: [...segment.spans] }));
  for (const candidate of draft.candidates) {
    const entity = resolved.entityOf(candidate);
    if (!entity) continue;
    const segment = segments[candidate.segment]!;
    // An organization that swallowed a country or registry organization replaces that mention.
    segment.spans = segment.spans.filter((sp) => sp.last < candidate.first || sp.first > candidate.last);
    segment.spans.push({ first: candidate.first, last: candidate.last, entity, kind: entity.discovered ? 'discovered' : 'variant' });
  }
  for (const segment of segments) segment.spans.sort((a, b) => a.first - b.first);

  // Names this article introduced, wherever else they appear: a discovered entity's name or acronym,
  // a person's surname alone (`Toal` after `Gerard Toal`, when only one person has that surname).
  const local = newNode();
  const surnames = new Map<string, Entity | null>();
  for (const segment of segments) {
    for (const span of segment.spans) {
      // A titled surname alone (or with its particle: `Al Jaber`) is no full name to take surnames from.
      if (span.entity.type !== 'person' || ((span.kind === 'discovered' || span.kind === 'variant') && isSurnameAlone(segment, span))) continue;
      const written = segment.text.slice(segment.tokens[span.first]!.start, segment.tokens[span.last]!.end);
      for (const name of [span.entity.name, written]) {
        const key = surnameKey(name);
        if (!key) continue;
        noteOnly(surnames, key, span.entity);
      }
    }
  }
  // `Shavkat` alone, as Malaysian and Indonesian papers write a president, after `Shavkat Mirziyoyev` in full:
  // the given name of the one registry person of the article who has it, when no one else named in full has it
  // either (`the other Nodirbek`, in a story on two grandmasters of that name).
  const givenNames = new Map<string, Entity | null>();
  for (const segment of segments) {
    for (const span of segment.spans) {
      if (span.entity.type !== 'person' || span.last === span.first) continue;
      const first = segment.tokens[span.first]!;
      if (first.text.length < 4 || first.acronym || foldKey(first.text) !== foldKey(span.entity.name.split(/[\s-]+/u)[0] ?? '')) continue;
      noteOnly(givenNames, first.key, span.entity);
    }
  }
  for (const [key, entity] of givenNames) if (entity && (entity.discovered || surnames.has(key))) givenNames.set(key, null);
  for (const segment of segments) {
    for (const span of segment.spans) {
      if (span.first !== span.last || !span.entity.discovered || span.entity.type !== 'person') continue;
      const full = givenNames.get(segment.tokens[span.first]!.key);
      if (full) span.entity = full;
    }
  }

  // `Mikhail Solomonovich` after `Mikhail Gusman`: a given name and a patronymic, the polite Russian address, is the
  // one person of the article named in full with that given name.
  const fullByGiven = new Map<string, Entity | null>();
  for (const segment of segments) {
    for (const span of segment.spans) {
      if (span.entity.type !== 'person' || span.last === span.first || isPatronymic(segment.tokens[span.last]!.text)) continue;
      noteOnly(fullByGiven, segment.tokens[span.first]!.key, span.entity);
    }
  }
  for (const segment of segments) {
    for (const span of segment.spans) {
      if (span.entity.type !== 'person' || !span.entity.discovered || span.last !== span.first + 1 || !isPatronymic(segment.tokens[span.last]!.text)) continue;
      const full = fullByGiven.get(segment.tokens[span.first]!.key);
      if (full) span.entity = full;
    }
  }

  // `Jeenbekov said` after `Kyrgyz politician Ravshan Jeenbekov`: a registry person's surname alone is the one person
  // the article names in full with it, when that is someone else and the registry person is never named in full.
  const namedInFull = new Map<string, Entity | null>();
  for (const segment of segments) {
    for (const span of segment.spans) {
      if (span.entity.type !== 'person' || isSurnameAlone(segment, span)) continue;
      noteOnly(namedInFull, segment.tokens[span.last]!.key, span.entity);
    }
  }
  for (const segment of segments) {
    for (const span of segment.spans) {
      if (span.entity.type !== 'person' || span.entity.discovered || span.first !== span.last) continue;
      const full = namedInFull.get(segment.tokens[span.last]!.key);
      if (full?.discovered && full.id !== span.entity.id) span.entity = full;
    }
  }

  // `Ms. Usenova` found alone is the `Begaim Usenova` named elsewhere in the article (before any registry person of
  // that surname); `Al Jaber` with its particle is the `Mohammed Al Jaber` named before.
  for (const segment of segments) {
    for (const span of segment.spans) {
      if ((span.kind !== 'discovered' && span.kind !== 'variant') || span.entity.type !== 'person' || !isSurnameAlone(segment, span)) continue;
      const full = surnames.get(segment.tokens[span.last]!.key);
      if (full && full.id !== span.entity.id) span.entity = full;
    }
  }
  for (const segment of segments) {
    for (const span of segment.spans) {
      if (!span.entity.discovered) continue;
      for (const name of [span.entity.name, ...span.entity.aliases]) addAlias(local, name, { entity: span.entity, kind: 'alias' });
    }
  }
  for (const [key, entity] of [...surnames, ...givenNames]) {
    if (!entity) continue;
    const node = local.next.get(key) ?? newNode();
    local.next.set(key, node);
    if (!node.entries.some((e) => e.entity.id === entity.id)) node.entries.push({ entity, kind: 'alias', raw: [key] });
  }
  for (const segment of segments) {
    if (segment.field === 'byline' || segment.field === 'source') continue;
    const { text, tokens } = segment;
    const used = new Array<boolean>(tokens.length).fill(false);
    for (const span of segment.spans) for (let k = span.first; k <= span.last; k++) used[k] = true;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (used[i] || !token.capitalized) continue;
      const match = longer(matchAt(text, tokens, i, local), matchAt(text, tokens, i, shared));
      if (!match || used.slice(i, match.last + 1).some(Boolean)) continue;
      // A lone surname must not be the first word of a longer unknown name (`Toal Street`).
      const next = tokens[match.last + 1];
      const last = tokens[match.last]!;
      if (next && next.capitalized && !last.possessive && isNameJoiner(text.slice(last.end, next.start))) continue;
      // (Nor a street named after the person, written in lower case: `Tokayev avenue`.)
      if (namedAfterPerson(text, last.end) !== null || placeKindBefore(text, token.start)) continue;
      const ids = new Set(match.entries.map((e) => e.entity.id));
      if (ids.size !== 1) continue;
      let entity = match.entries[0]!.entity;
      // `Al Jaber`, a person of its own in another article, is here the `Mohammed Al Jaber` named before.
      const span = { first: i, last: match.last };
      if (entity.type === 'person' && entity.discovered && isSurnameAlone(segment, span)) entity = surnames.get(tokens[match.last]!.key) ?? entity;
      segment.spans.push({ ...span, entity, kind: 'surname' });
      for (let k = i; k <= match.last; k++) used[k] = true;
      i = match.last;
    }
    segment.spans.sort((a, b) => a.first - b.first);
  }

  const mentions: Mention[] = [];
  for (const segment of segments) {
    for (const span of segment.spans) {
      const start = segment.tokens[span.first]!.start;
      const end = segment.tokens[span.last]!.end;
      const surface = segment.text.slice(start, end);
      if (isUnlinked(overrides, surface, span.entity.id)) continue;
      mentions.push({ field: segment.field, index: segment.index, start, end, surface, entityId: span.entity.id, type: span.entity.type });
    }
  }
  const used = new Set(mentions.map((m) => m.entityId));
  const discovered = new Map<string, Entity>();
  for (const segment of segments) for (const span of segment.spans) if (span.entity.discovered && used.has(span.entity.id)) discovered.set(span.entity.id, span.entity);
  return { mentions, discovered: [...discovered.values()].sort((a, b) => a.id.localeCompare(b.id)) };
}

function longer<T extends { last: number }>(a: T | null, b: T | null): T | null {
  if (!a) return b;
  if (!b) return a;
  return b.last > a.last ? b : a;
}

/** `von der Leyen`, `al-Sisi`: a registry name may open with a particle in lower case before a capitalised word. */
function opensName(tokens: Token[], i: number): boolean {
  let k = i;
  while (tokens[k] && NAME_PARTICLES.has(tokens[k]!.text) && k - i < 3) k++;
  return k > i && tokens[k]?.capitalized === true;
}

/** A registry description of a news outlet: `British public broadcaster`, `Kazakhstan's state news agency`. */
const MEDIA_DESCRIPTION = /\b(?:news|agency|broadcaster|broadcasting|newspaper|daily|weekly|magazine|outlet|television|radio|media|wire|journal|publication|portal)\b/iu;

/** Links one article on its own (what it discovers is judged on its own evidence). */
export function linkArticle(article: ExtractedArticle, matcher: Matcher, overrides?: SeedOverrides): LinkResult {
  const draft = draftLinks(article, matcher, overrides);
  return finishLinks(draft, prepareResolved(resolveDiscovered([draft], matcher), matcher), overrides);
}

export { givenName };
export type { Candidate };
