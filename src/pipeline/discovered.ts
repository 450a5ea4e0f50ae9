// The global step of linking: every article's candidates (link.ts) judged together. A candidate becomes
// a discovered entity, with a page, only with evidence: an office or role before the name, an
// apposition, a speech verb, an organization head word or legal form, a byline or credit, or two
// independent mentions (the name again elsewhere in its article, or in another article). Weaker
// candidates are listed in the review report, not published. Spellings of one person across articles
// (a slip, another transliteration) become one entity; a spelling of a registry person links to that
// person and is reported as a variant to confirm.
import type { CandidateMention } from './link.ts';
import { givenName } from './discover.ts';
import type { Matcher } from './matcher.ts';
import { acronymKey, foldKey, INITIAL_LETTERS, isAcronym } from './names.ts';
import { isReservedSlug, toSlug } from './slug.ts';
import type { Entity } from './types.ts';
import { isProphetsName, LONG_SURNAME, looseWord, nameParts, sameLoosePerson } from './variants.ts';
import { byCodeUnit } from './order.ts';

/** The Prophet's name as it opens many Muslim names, in its usual spellings (folded). */

/** What follows an outlet's short name in its full name: `Trend` → `Trend News Agency`. */
const OUTLET_SUFFIXES = ['News Agency', 'news agency', 'News', 'Agency', 'Press Agency', 'Information Agency'];

/** What the review report says about one discovered name. */
export interface DiscoveryRecord {
  type: 'person' | 'organization';
  /** The name as the entity (or the candidate) has it. */
  name: string;
  /** The entity it became, or null when it was left a candidate. */
  id: string | null;
  /** Cues and their counts, e.g. `title ×2`, `2 articles`; for a variant, the registry person. */
  evidence: string[];
  /** Articles that name it (seed file names). */
  files: string[];
  /** Set when the name is a spelling of a registry person. */
  variantOf?: string;
}

/** What the global step decided, as plain data (it crosses threads and is cached). */
export interface Resolution {
  /** Accepted discovered entities, sorted by id. */
  entities: Entity[];
  /** Candidate key (`candidateKey`) → the id of the entity it stands for: discovered, or a registry person it spells. */
  byKey: Record<string, string>;
  records: DiscoveryRecord[];
}

/** The entity a candidate mention stands for, or null when it was left a candidate. */
export function entityOfCandidate(resolution: Resolution, matcher: Matcher): (candidate: Pick<CandidateMention, 'type' | 'name'>) => Entity | null {
  const discovered = new Map(resolution.entities.map((e) => [e.id, e]));
  return (candidate) => {
    const id = resolution.byKey[candidateKey(candidate)];
    return id === undefined ? null : (discovered.get(id) ?? matcher.entities.get(id) ?? null);
  };
}

/** Candidates are grouped by type and folded name (`Kassym Tokayev` and `Kasym Tokaev` together). */
export function candidateKey(candidate: Pick<CandidateMention, 'type' | 'name'>): string {
  return `${candidate.type}:${foldKey(candidate.name)}`;
}

interface Group {
  key: string;
  type: 'person' | 'organization';
  /** Spellings with how often each was used, in first-seen order. */
  spellings: Map<string, number>;
  aliases: Set<string>;
  cues: Map<string, number>;
  files: Set<string>;
  strong: boolean;
  corroborated: boolean;
  parent: string | null;
  variantOf: Entity | null;
  /** Only a surname several registry people bear: which of them is meant, the name alone cannot say. */
  registrySurname?: boolean;
}

/** Union-find over group indices. */
function unionFind(size: number): { find: (i: number) => number; union: (a: number, b: number) => void } {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  return { find, union: (a, b) => void (parent[Math.max(find(a), find(b))] = Math.min(find(a), find(b))) };
}

/** The candidates of every article, with the file that names them: all the global step reads. */
export type CandidateList = { file: string; candidates: Omit<CandidateMention, 'segment' | 'first' | 'last'>[] };

export function resolveDiscovered(drafts: CandidateList[], matcher: Matcher): Resolution {
  const groups = new Map<string, Group>();
  for (const draft of drafts) {
    for (const c of draft.candidates) {
      const key = candidateKey(c);
      let group = groups.get(key);
      if (!group) {
        group = { key, type: c.type, spellings: new Map(), aliases: new Set(), cues: new Map(), files: new Set(), strong: false, corroborated: false, parent: null, variantOf: null };
        groups.set(key, group);
      }
      group.spellings.set(c.name, (group.spellings.get(c.name) ?? 0) + 1);
      for (const alias of c.aliases) group.aliases.add(alias);
      group.cues.set(c.cue, (group.cues.get(c.cue) ?? 0) + 1);
      group.files.add(draft.file);
      group.strong ||= c.strong;
      group.corroborated ||= c.corroborated;
      group.parent ??= c.parent;
    }
  }
  const ordered = [...groups.values()].sort((a, b) => byCodeUnit(a.key, b.key));

  // Spellings of a registry person; a titled surname alone (`President Costa`) is the one registry person of that surname.
  for (const group of ordered) {
    if (group.type !== 'person') continue;
    for (const spelling of group.spellings.keys()) {
      const known = /\s/u.test(spelling.trim()) ? matcher.variants.find(spelling) : matcher.variants.bySurname(spelling);
      if (known) {
        group.variantOf = known;
        break;
      }
    }
    // `President Berdimuhamedov` alone, when the registry has two of that name: one of them, not a new person.
    if (!group.variantOf && [...group.spellings.keys()].every((spelling) => !/\s/u.test(spelling.trim()) && matcher.variants.surnameBearers(spelling) > 1)) {
      group.registrySurname = true;
    }
  }

  // `Acwa Power` for the registry's `ACWA Power`: a name the registry holds, spelled so that the matcher
  // did not take it (an acronym in another case, other diacritics), is the registry's entity.
  const claims = claimsOf(matcher);
  for (const group of ordered) {
    if (group.variantOf) continue;
    // An outlet named short where the article names its source (`Trend`, `Mehr`, `APA`) is the registry's
    // `Trend News Agency`, `Mehr News Agency`, `APA news agency`: its name and an outlet's suffix.
    const outlet = group.type === 'organization' && (group.cues.has('source') || group.cues.has('credit'));
    for (const spelling of group.spellings.keys()) {
      const tries = [spelling, ...(outlet ? OUTLET_SUFFIXES.map((suffix) => `${spelling.trim()} ${suffix}`) : [])];
      const known = tries
        // One word is enough for a credit's or a source's name (`dpa` in `Jens Büttner/dpa/picture alliance`).
        .filter((name) => outlet || /\s/u.test(name.trim()))
        .map((name) => claims.get(`${group.type}\u0000${foldedClaimKey(name)}`) ?? claims.get(`${group.type}\u0000F\u0000${name.toLowerCase()}`))
        .find((entity) => entity !== undefined);
      if (known) {
        group.variantOf = known;
        break;
      }
    }
  }

  // Spellings of one discovered person: the same loose given name, surnames one edit apart.
  const sets = unionFind(ordered.length);
  // Compared within buckets: the same given name, and a long surname's bearers too, for given names one
  // letter apart (`Jorabek`, `Jurabek`).
  const byGiven = new Map<string, number[]>();
  const byLongSurname = new Map<string, number[]>();
  const compareWithin = (buckets: Map<string, number[]>, key: string, i: number) => {
    const list = buckets.get(key) ?? [];
    for (const j of list) if (sameLoosePerson(firstSpelling(ordered[j]!), firstSpelling(ordered[i]!))) sets.union(i, j);
    list.push(i);
    buckets.set(key, list);
  };
  ordered.forEach((group, i) => {
    if (group.type !== 'person' || group.variantOf) return;
    const parts = nameParts(firstSpelling(group));
    if (!parts) return;
    compareWithin(byGiven, parts.given, i);
    if (parts.surname.length >= LONG_SURNAME) compareWithin(byLongSurname, parts.surname, i);
  });
  // `Makhkamov Ilkhom` (surname first, as official news of the region often writes) and `Ilkhom Makhkamov`:
  // two words in either order, the same two, are one person (`Khurelsukh Ukhnaa`, `Ukhnaa Khurelsukh`, though
  // `Ukhnaa` folds to four letters). Not short names: `Wang Li` and `Li Wang` are two.
  const twoWords = new Map<string, number>();
  ordered.forEach((group, i) => {
    if (group.type !== 'person' || group.variantOf) return;
    const words = nameWords(firstSpelling(group)).map(looseWord);
    if (words.length !== 2 || words.some((w) => w.length < 4) || words[0]!.length + words[1]!.length < 11) return;
    const reversed = twoWords.get(`${words[1]} ${words[0]}`);
    if (reversed !== undefined && words[0] !== words[1]) sets.union(i, reversed);
    twoWords.set(`${words[0]} ${words[1]}`, i);
  });
  // `Mr Docherty` in one article, `Leo Docherty` in another: a surname alone is the one discovered person
  // of that surname (two of them, and it stays apart).
  const bySurname = new Map<string, number[]>();
  ordered.forEach((group, i) => {
    if (group.type !== 'person' || group.variantOf) return;
    const words = nameWords(firstSpelling(group));
    if (words.length < 2) return;
    const surname = foldKey(words[words.length - 1]!);
    const owners = bySurname.get(surname);
    if (owners) owners.push(i);
    else bySurname.set(surname, [i]);
  });
  // `Steve Daines` in one article, `Steven Daines` in another: the same surname, and one given name the
  // other's short form, when it is the short form of one name only (`Alex` beside `Alexander` and `Alexis` stays apart).
  for (const owners of bySurname.values()) {
    if (owners.length < 2) continue;
    const given = owners.map((k) => foldKey(nameWords(firstSpelling(ordered[k]!))[0]!));
    owners.forEach((short, a) => {
      const longer = new Set(owners.filter((_, b) => isShortGivenName(given[a]!, given[b]!)).map((k) => sets.find(k)));
      if (longer.size === 1) sets.union(short, [...longer][0]!);
    });
    // `U. Khurelsukh`, `Sh.Mirziyoyev` (as official news of the region writes names) and `Ukhnaa Khurelsukh`:
    // an initial, of one letter or a digraph, is the one person of that surname whose given name it opens.
    const initials = owners.map((k) => INITIAL.exec(nameWords(firstSpelling(ordered[k]!))[0]!)?.[1] ?? null);
    owners.forEach((initialled, a) => {
      if (initials[a] === null) return;
      const folded = foldKey(initials[a]!);
      const named = owners.filter((_, b) => initials[b] === null && given[b]!.startsWith(folded) && given[b]!.length > folded.length);
      let roots = new Set(named.map((k) => sets.find(k)));
      // Several such people in the set: the one the same article names in full (`Azat Sultanov` … `A. Sultanov added`).
      if (roots.size > 1) {
        roots = new Set(named.filter((k) => shareAnArticle(ordered[k]!, ordered[initialled]!)).map((k) => sets.find(k)));
      }
      if (roots.size === 1) sets.union(initialled, [...roots][0]!);
    });
    // `Muhammad Shehbaz Sharif` and `Shehbaz Sharif`: the Prophet's name before a given name is often left out.
    const folded = owners.map((k) => foldKey(firstSpelling(ordered[k]!).trim()));
    owners.forEach((full, a) => {
      const words = folded[a]!.split(/\s+/u);
      if (words.length < 3 || !isProphetsName(words[0]!)) return;
      const rest = words.slice(1).join(' ');
      const same = new Set(owners.filter((_, b) => folded[b] === rest).map((k) => sets.find(k)));
      if (same.size === 1) sets.union(full, [...same][0]!);
    });
  }
  // `Amir Tamim` beside `Tamim bin Hamad Al Thani` in the same article: a given name alone, when no one
  // has it as a surname, is the one person of the article whose name it opens.
  const byGivenWord = new Map<string, number[]>();
  ordered.forEach((group, i) => {
    if (group.type !== 'person' || group.variantOf) return;
    const words = firstSpelling(group).trim().split(/\s+/u);
    if (words.length < 2) return;
    const given = foldKey(words[0]!);
    const named = byGivenWord.get(given);
    if (named) named.push(i);
    else byGivenWord.set(given, [i]);
  });
  ordered.forEach((group, i) => {
    if (group.type !== 'person' || group.variantOf || /\s/u.test(firstSpelling(group).trim())) return;
    const word = foldKey(firstSpelling(group));
    const owners = new Set((bySurname.get(word) ?? []).map((j) => sets.find(j)));
    if (owners.size === 1) sets.union(i, [...owners][0]!);
    if (owners.size > 0 || word.length < 4) return;
    const sameArticle = (byGivenWord.get(word) ?? []).filter((j) => shareAnArticle(ordered[j]!, group));
    const named = new Set(sameArticle.map((j) => sets.find(j)));
    if (named.size === 1) sets.union(i, [...named][0]!);
  });
  // `Mohamed Bin Zayed` beside `Mohamed Bin Zayed Al Nahyan` in the same article: a name of two words or more
  // that opens the name of exactly one other person of that article is theirs (a family name left off); of
  // three words or more (`Salman bin Abdulaziz`), of exactly one other person of any article.
  const byFirstTwo = new Map<string, { index: number; words: string[] }[]>();
  ordered.forEach((group, i) => {
    if (group.type !== 'person' || group.variantOf) return;
    const words = firstSpelling(group).trim().split(/\s+/u).map(foldKey);
    if (words.length < 2) return;
    const key = `${words[0]} ${words[1]}`;
    byFirstTwo.set(key, [...(byFirstTwo.get(key) ?? []), { index: i, words }]);
  });
  for (const named of byFirstTwo.values()) {
    if (named.length < 2) continue;
    // Longest first, so that a shorter name finds the longer ones already joined.
    for (const short of [...named].sort((a, b) => b.words.length - a.words.length)) {
      const longer = named.filter(
        (other) =>
          other.words.length > short.words.length &&
          short.words.every((w, k) => other.words[k] === w) &&
          (short.words.length >= 3 || shareAnArticle(ordered[other.index]!, ordered[short.index]!)),
      );
      const roots = new Set(longer.map((other) => sets.find(other.index)));
      if (roots.size === 1) sets.union(short.index, [...roots][0]!);
    }
  }
  const merged = new Map<number, Group[]>();
  ordered.forEach((group, i) => {
    const root = sets.find(i);
    merged.set(root, [...(merged.get(root) ?? []), group]);
  });

  const byKey: Record<string, string> = {};
  const records: DiscoveryRecord[] = [];
  const taken = new Set<string>();
  const accepted: Entity[] = [];
  for (const members of merged.values()) {
    const type = members[0]!.type;
    const files = new Set(members.flatMap((g) => [...g.files]));
    const cues = new Map<string, number>();
    for (const g of members) for (const [cue, n] of g.cues) cues.set(cue, (cues.get(cue) ?? 0) + n);
    const strong = members.some((g) => g.strong);
    const corroborated = members.some((g) => g.corroborated);
    const evidence = [...cues].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([cue, n]) => (n > 1 ? `${cue} ×${n}` : cue));
    if (corroborated) evidence.push('named again in the article');
    if (files.size > 1) evidence.push(`${files.size} articles`);
    const name = bestSpelling(members);
    const fileList = [...files].sort();

    const variantOf = members.find((g) => g.variantOf)?.variantOf ?? null;
    if (variantOf) {
      for (const g of members) byKey[g.key] = variantOf.id;
      records.push({ type, name, id: variantOf.id, evidence: [`spelling of ${variantOf.name}`, ...evidence], files: fileList, variantOf: variantOf.id });
      continue;
    }
    if (members.every((g) => g.registrySurname)) {
      records.push({ type, name, id: null, evidence: ['surname of several registry people', ...evidence], files: fileList });
      continue;
    }
    // A name made a candidate only because its surname recurs (discover.ts) needs that surname seen again
    // alone in its article; the same words in other articles prove nothing more (`Strategic Dialogue`).
    const onlySurnameAgain = [...cues.keys()].every((cue) => cue === 'surname-again');
    if (!(strong || corroborated || (files.size > 1 && !onlySurnameAgain))) {
      records.push({ type, name, id: null, evidence, files: fileList });
      continue;
    }
    let id = toSlug(name) || `${type}-${accepted.length + 1}`;
    const unavailable = (candidate: string) => matcher.entities.has(candidate) || taken.has(candidate) || isReservedSlug(candidate);
    if (unavailable(id)) id = `${id}-${type}`;
    for (let n = 2; unavailable(id); n++) id = `${toSlug(name)}-${type}-${n}`;
    taken.add(id);
    const aliases = new Set<string>();
    for (const g of members) {
      for (const spelling of g.spellings.keys()) aliases.add(spelling);
      for (const alias of g.aliases) aliases.add(alias);
    }
    aliases.delete(name);
    // A spelling the registry claims (`SCNS` of another country's security committee) stays the registry's.
    for (const alias of aliases) if (registryClaims(matcher, type, alias)) aliases.delete(alias);
    const entity: Entity = { id, type, name, aliases: [...aliases].sort(), wikidata: null, description: null, country: null, discovered: true };
    const parent = members.find((g) => g.parent)?.parent;
    if (parent) entity.parent = parent;
    if (type === 'person') {
      // A recorded given name's gender lets quote attribution resolve `she`/`he` for people the registry lacks.
      const first = givenName(name.split(/[\s-]/u)[0] ?? '');
      if (first === 'male' || first === 'female') entity.gender = first;
    }
    entity.evidence = evidence;
    accepted.push(entity);
    for (const g of members) byKey[g.key] = id;
    records.push({ type, name, id, evidence, files: fileList });
  }
  // A spelling two discovered entities of a type claim (`SCNS` for two countries' committees) is neither's
  // alias; each keeps its name.
  const claimants = new Map<string, Set<string>>();
  for (const entity of accepted) {
    for (const spelling of [entity.name, ...entity.aliases]) {
      const key = `${entity.type}\u0000${foldedClaimKey(spelling)}`;
      claimants.set(key, (claimants.get(key) ?? new Set()).add(entity.id));
    }
  }
  for (const entity of accepted) {
    entity.aliases = entity.aliases.filter((alias) => (claimants.get(`${entity.type}\u0000${foldedClaimKey(alias)}`)?.size ?? 0) < 2);
  }
  accepted.sort((a, b) => a.id.localeCompare(b.id));
  records.sort((a, b) => byCodeUnit(a.name, b.name) || a.type.localeCompare(b.type));
  return { entities: accepted, byKey, records };
}

/**
 * `Steve` of `Steven`, `Chris` of `Christopher`, `Alex` of `Alexander`: four letters at least, and the
 * longer not a feminine form (`Alexandra`, `Ivana`, `Joanne` are other people's names).
 */
export function isShortGivenName(short: string, long: string): boolean {
  return short.length >= 4 && long.length > short.length && long.startsWith(short) && !/(?:a|e|ie|y)$/u.test(long);
}

/**
 * The registry's spellings as registry.ts settles clashes (type, then an acronym by its letters in its
 * case, any other spelling by its fold key), each to its one entity; a spelling two entities share is
 * left out. A discovered entity may not claim one of these: the build would refuse the clash.
 */
const claimsOfMatcher = new WeakMap<Matcher, Map<string, Entity>>();
function claimsOf(matcher: Matcher): Map<string, Entity> {
  let map = claimsOfMatcher.get(matcher);
  if (map) return map;
  map = new Map();
  const shared = new Set<string>();
  for (const entity of matcher.entities.values()) {
    for (const name of [entity.name, ...entity.aliases]) {
      for (const key of [`${entity.type}\u0000${foldedClaimKey(name)}`, `${entity.type}\u0000F\u0000${name.toLowerCase()}`]) {
        const known = map.get(key);
        if (known && known.id !== entity.id) shared.add(key);
        else map.set(key, entity);
      }
    }
  }
  for (const key of shared) map.delete(key);
  claimsOfMatcher.set(matcher, map);
  return map;
}

/** How registry.ts keys a spelling for clashes: an acronym by its own letters, anything else folded. */
function foldedClaimKey(text: string): string {
  return isAcronym(text) ? `A\u0000${acronymKey(text)}` : `F\u0000${foldKey(text)}`;
}

/** Whether any registry entity of this type claims the spelling (shared ones included). */
function registryClaims(matcher: Matcher, type: Entity['type'], spelling: string): boolean {
  let keys = claimedKeys.get(matcher);
  if (!keys) {
    keys = new Set();
    for (const entity of matcher.entities.values()) for (const name of [entity.name, ...entity.aliases]) keys.add(`${entity.type}\u0000${foldedClaimKey(name)}`);
    claimedKeys.set(matcher, keys);
  }
  return keys.has(`${type}\u0000${foldedClaimKey(spelling)}`);
}
const claimedKeys = new WeakMap<Matcher, Set<string>>();

/** Whether two candidate groups were named in one same article. */
function shareAnArticle(a: Group, b: Group): boolean {
  for (const file of a.files) if (b.files.has(file)) return true;
  return false;
}

function firstSpelling(group: Group): string {
  return group.spellings.keys().next().value!;
}

/** An initial standing for a given name: `U.`, `Sh.` (names.ts INITIAL_LETTERS). */
const INITIAL = new RegExp(`^(${INITIAL_LETTERS})\\.$`, 'u');
/** Where an initial glued to the surname (`U.Khurelsukh`) ends. */
const AFTER_GLUED_INITIAL = new RegExp(`\\s+|(?<=^${INITIAL_LETTERS}\\.)(?=\\p{Lu})`, 'u');

/** A name's words, an initial glued to the surname split off as a word of its own. */
function nameWords(spelling: string): string[] {
  return spelling.trim().split(AFTER_GLUED_INITIAL);
}

/**
 * The spelling used most often among those of more than one word (a surname alone, however often it is
 * used, does not name a page: `Docherty` ×5 and `Leo Docherty` once is Leo Docherty); on a tie, the
 * longest, then the first in code-unit order (deterministic).
 */
function bestSpelling(groups: Group[]): string {
  const counts = new Map<string, number>();
  for (const g of groups) for (const [spelling, n] of g.spellings) counts.set(spelling, (counts.get(spelling) ?? 0) + n);
  // A name in full first: more than one word, the first of them not an initial (`U. Khurelsukh`).
  const words = (spelling: string) => (/\s/u.test(spelling.trim()) ? 1 : 0) + (INITIAL.test(nameWords(spelling)[0]!) ? 0 : 1);
  return [...counts].sort((a, b) => words(b[0]) - words(a[0]) || b[1] - a[1] || b[0].length - a[0].length || byCodeUnit(a[0], b[0]))[0]![0];
}
