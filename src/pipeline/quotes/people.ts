// Who a speech cue's subject is: a named mention, a pronoun resolved to the last compatible person
// (by the genders the article gives them), or a role (`the foreign minister`) resolved to the person
// the article gave that role. Anything less than one person is null: never a guess.
import type { Mention, Office } from '../types.ts';
import type { SentenceRange as Range } from '../sentences.ts';
import { SPEECH_VERB, SUBJECT_GAP, OPEN_APPOSITION_GAP, OPEN_POST_APPOSITION, POST_BETWEEN_COMMAS, TITLE_RUN, OFFICE_AFTER, OFFICE_LEAD, ROLE_WORD, OFFICER_OF_BODY_BEFORE, ROLE_PHRASE, ROLE_NOUN_ANYWHERE, ROLE_QUALIFIER_IGNORED, ROLE_GENDER, type Gender, PRONOUN_GENDER, roleGroup } from './lexicon.ts';
import type { QuotationSpan } from './spans.ts';
import { looksLikePersonName } from '../metadata/bylines.ts';
import { inOfficePhrase } from '../discover.ts';

/** Something in the text that may be the subject of a speech verb. */
export interface Subject {
  start: number;
  end: number;
  kind: 'mention' | 'pronoun' | 'role';
  mention?: Mention;
  gender?: Gender;
  /** For `role`: the role group, or null for an indefinite/anonymous role (`a senior official`). */
  role?: string | null;
  /** For `role`: the words that narrow it (`Kazakh`, `deputy`, `Turkmenistan`), lower-cased. */
  qualifiers?: string[];
  /** For `role`: a country's name is one of its words (`the Indian leader`). */
  overCountry?: boolean;
}

/** A sentence's people, as the pronoun resolver sees them: ids, or null for someone unnamed. */
export interface SentenceRecord {
  paragraph: number;
  /** `lead`: the sentence opens with this person's name (titles aside), its grammatical subject. */
  refs: { id: string | null; gender: Gender | undefined; lead?: boolean; speaks?: boolean }[];
}

export interface Context {
  paragraphs: string[];
  spans: QuotationSpan[][];
  sentences: Range[][];
  mentions: Mention[][];
  genderOf: (id: string) => Gender | undefined;
  /** Per person id: role groups the article gives them (titles, appositions), with where they were given and the words around the role. */
  roles: { id: string; group: string; paragraph: number; at: number; words: string[] }[];
  /** A registry person's offices (`President of Kazakhstan`), for a role the article gives no one. */
  officesOf?: (id: string) => Office[];
  history: SentenceRecord[];
}

/**
 * The mentions lying wholly in [from, to) of a paragraph's mentions (sorted by start), found by
 * binary search: scanning every mention for every sentence was quadratic on long paragraphs.
 */
function mentionsWithin(sorted: Mention[], from: number, to: number): Mention[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.start < from) low = mid + 1;
    else high = mid;
  }
  const found: Mention[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.start < to; i++) if (sorted[i]!.end <= to) found.push(sorted[i]!);
  return found;
}

export function insideSpan(spans: QuotationSpan[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

/** Candidate subjects in `text[from, to)`: mentions, he/she, role phrases; never inside quotation marks. */
function subjectsIn(context: Context, paragraph: number, from: number, to: number): Subject[] {
  const text = context.paragraphs[paragraph] ?? '';
  const spans = context.spans[paragraph] ?? [];
  const subjects: Subject[] = [];
  for (const mention of mentionsWithin(context.mentions[paragraph] ?? [], from, to)) {
    if (!insideSpan(spans, mention.start, mention.end)) {
      subjects.push({ start: mention.start, end: mention.end, kind: 'mention', mention });
    }
  }
  const slice = text.slice(from, to);
  // Not `HE` in capitals: the Gulf's `HE Ambassador …` is His Excellency, a title.
  for (const match of slice.matchAll(/\b([Hh]e|[Ss]he|SHE)\b/gu)) {
    const start = from + match.index;
    const word = (match[1] ?? '').toLowerCase();
    if (!insideSpan(spans, start, start + word.length)) {
      subjects.push({ start, end: start + word.length, kind: 'pronoun', gender: PRONOUN_GENDER[word] });
    }
  }
  for (const match of ROLE_NOUN_ANYWHERE.test(slice) ? slice.matchAll(ROLE_PHRASE) : []) {
    const start = from + match.index;
    // What the role is of counts only as capitalised words (the pattern is case-insensitive throughout).
    const of = /^(?:\p{Lu}[\p{L}\p{M}’'-]*(?:\s+|$))*/u.exec(match[4] ?? '')?.[0].trim() ?? '';
    // What the role is of closes the match: its start is found from the end, and the noun ends before `of`.
    const ofStart = match[4] === undefined ? match[0].length : match[0].length - match[4].length;
    const nounEnd = from + match.index + (match[4] === undefined ? match[0].length : match[0].slice(0, ofStart).replace(/\s+of\s+(?:the\s+)?$/iu, '').length);
    const end = of === '' ? nounEnd : from + match.index + ofStart + of.length;
    if (insideSpan(spans, start, end)) continue;
    // `the Kazakh president`: a country inside the role qualifies it; a person or organization there is the subject.
    const inside = subjects.filter((s) => s.start < end && start < s.end);
    if (inside.some((s) => s.start < start || s.end > end || s.mention?.type === 'person' || s.mention?.type === 'organization' || s.kind !== 'mention')) continue;
    const determiner = (match[1] ?? '').toLowerCase();
    const modifiers = match[2] ?? '';
    const noun = match[3] ?? '';
    // Plural and possessive uses are not a person: `the leaders`, `the president's engagement`.
    if (/\b(?:of|at|from|in|on|for|to|with|and|by|as)\s/iu.test(modifiers)) continue;
    const anonymous = determiner !== 'the' || /\b(?:anonymous|unnamed|unidentified)\b/iu.test(modifiers);
    const gender = ROLE_GENDER[noun.toLowerCase()];
    const qualifiers = `${modifiers} ${of}`.toLowerCase().split(/\s+/u).filter((w) => w !== '' && !ROLE_QUALIFIER_IGNORED.has(w));
    for (const s of inside) subjects.splice(subjects.indexOf(s), 1);
    subjects.push({ start, end, kind: 'role', role: anonymous ? null : roleGroup(noun), qualifiers, ...(inside.length > 0 ? { overCountry: true } : {}), ...(gender ? { gender } : {}) });
  }
  return subjects.sort((a, b) => a.start - b.start);
}

/** The subject of a speech verb at `verbStart`: the nearest candidate joined to it by an apposition/adverb gap. */
export function subjectBefore(context: Context, paragraph: number, sentenceStart: number, verbStart: number): Subject | null {
  const text = context.paragraphs[paragraph] ?? '';
  const candidates = subjectsIn(context, paragraph, sentenceStart, verbStart);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const candidate = candidates[k];
    if (!candidate) continue;
    const gap = text.slice(candidate.end, verbStart);
    // `Sultan Al Jaber, …, Chairman of Masdar, and COP28 President-Designate, said`: a body an office names is no subject.
    if (candidate.mention?.type === 'organization' && inOfficePhrase(text.slice(sentenceStart), candidate.start - sentenceStart)) continue;
    // `Orbán and Mirziyoyev said`: two speakers, neither alone. (So too `Geoghegan, who …, and Austin, who …, said`.)
    const jointAt = (j: number) =>
      j > 0 &&
      (/^\s*(?:and|&)\s+$/u.test(text.slice(candidates[j - 1]!.end, candidates[j]!.start)) ||
        (candidates[j - 1]!.mention?.type === 'person' && candidates[j]!.mention?.type === 'person' && /^\s*,[^,“”"«»;:.!?]{1,120},\s*(?:and|&)\s+$/u.test(text.slice(candidates[j - 1]!.end, candidates[j]!.start))));
    const joint = jointAt(k);
    // `Munavvar Alidodov and Khalil Karimov, Nature Protection Team, said`: the body after a person and a comma is
    // where they work; they speak (or, coordinated, neither alone).
    const worker = k > 0 && candidate.mention?.type === 'organization' && candidates[k - 1]!.mention?.type === 'person' && /^\s*,\s*$/u.test(text.slice(candidates[k - 1]!.end, candidate.start)) ? candidates[k - 1]! : undefined;
    if (worker && (SUBJECT_GAP.test(gap) || /^\s*,\s*$/u.test(gap))) return jointAt(k - 1) ? null : worker;
    // `Dr Michael Green from the International Office said`: the body a person comes from is no subject; they are.
    const member = k > 0 ? candidates[k - 1]! : undefined;
    if (SUBJECT_GAP.test(gap) && candidate.mention?.type === 'organization' && member?.mention?.type === 'person' && /^\s+(?:from|of|at|with)\s+(?:the\s+)?$/u.test(text.slice(member.end, candidate.start))) return member;
    // `Guo Tianyu, a project manager at … China Energy Co, the plant's builder, said`: a body inside a person's apposition
    // is where they work; they speak. So is one right after their post between commas (`Marco Arcelli, Chief Executive
    // Officer, ACWA Power said:`).
    const officer = candidate.mention?.type === 'organization' ? candidates.slice(0, k).find((c) => c.mention?.type === 'person') : undefined;
    if (officer && OPEN_POST_APPOSITION.test(text.slice(officer.end, candidate.start)) && SUBJECT_GAP.test(text.slice(officer.end, verbStart))) return officer;
    if (officer && POST_BETWEEN_COMMAS.test(text.slice(officer.end, candidate.start)) && SUBJECT_GAP.test(gap)) return officer;
    const lead = text.slice(sentenceStart, candidate.start);
    // `the teacher of the Tashkent State University, who wished to remain anonymous, told`: the body is whose the
    // unnamed speaker is; it did not speak.
    if (candidate.mention?.type === 'organization' && OFFICER_OF_BODY_BEFORE.test(lead)) return null;
    if (SUBJECT_GAP.test(gap)) return joint ? null : candidate;
    if (candidate.mention?.type === 'person' && OPEN_APPOSITION_GAP.test(gap)) return joint ? null : candidate;
    // A name set off as the apposition of an unnamed subject: `His spokeswoman, Erkina Ubysheva, told`; so too
    // after an office naming its body (`Deputy Chairman of Kyrgyzstan’s Cabinet of Ministers, Edil Baisalov, said`).
    const earlier = candidates.slice(0, k);
    // (A country in the lead names where the unnamed subject is from: `His counterpart from Tajikistan, Saymumin Yatimov, said`.)
    const person = candidate.mention?.type === 'person';
    const unnamedSubject = !earlier.some((c) => c.kind === 'mention' && !(person && c.mention?.type === 'country')) || (person && OFFICE_LEAD.test(lead) && !earlier.some((c) => c.mention?.type === 'person'));
    if (/^\s*,\s*$/u.test(gap) && /^[^,]+,\s*$/u.test(lead) && unnamedSubject) return candidate;
    // `As for the International Judo Federation, its Sport Director Armen Bagdasarov, said that “…”`: a body's
    // officer, named after `its` and the office, speaks, though a comma sets them off from the verb.
    if (candidate.mention?.type === 'person' && /^\s*,\s*$/u.test(gap) && /,\s+(?:its|their)\s+(?:\p{L}[\p{L}-]*\s+){1,4}$/u.test(lead)) return joint ? null : candidate;
  }
  return null;
}

/**
 * The subject of the clause a participle or a coordinated verb hangs on: `Despite …, Putin expressed
 * optimism, noting, “…”`, `In a press conference with Tokayev, Raisi described … and said: “…”`. The
 * last person named at the start of a clause (after titles) and followed by a verb, with no one else
 * named, and no he or she, between them and the cue.
 */
export function clauseSubject(context: Context, paragraph: number, sentenceStart: number, verbStart: number): Subject | null {
  const text = context.paragraphs[paragraph] ?? '';
  const candidates = subjectsIn(context, paragraph, sentenceStart, verbStart).filter((c) => c.kind !== 'mention' || c.mention?.type === 'person');
  const last = candidates.at(-1);
  if (!last || last.kind !== 'mention') return null;
  const clauseStart = Math.max(sentenceStart, text.lastIndexOf(',', last.start) + 1);
  if (!TITLE_RUN.test(text.slice(clauseStart, last.start).trimStart())) return null;
  if (!/^\s+(?:also\s+|then\s+|later\s+)?\p{Ll}+(?:ed|s)\b/u.test(text.slice(last.end, verbStart))) return null;
  return last;
}

/** A subject that starts at `at` (after optional titles): `Jamankulova`, `she`, `the minister`, `Kazakh President Tokayev`. */
export function subjectAt(context: Context, paragraph: number, at: number, limit: number): Subject | null {
  const text = context.paragraphs[paragraph] ?? '';
  const candidates = subjectsIn(context, paragraph, at, limit);
  for (let k = 0; k < candidates.length; k++) {
    const candidate = candidates[k]!;
    const lead = text.slice(at, candidate.start);
    if (lead !== '' && !(candidate.kind === 'mention' && TITLE_RUN.test(lead))) return null;
    // `External Affairs Ministry spokesperson Arindam Bagchi said`, `Ambassador of Kyrgyzstan to Qatar Chyngyz
    // Eshimbekov said`: organizations and countries are part of the person's title.
    if (candidate.kind === 'mention' && candidate.mention?.type !== 'person') {
      const person = candidates.slice(k + 1).find((c) => c.kind !== 'mention' || c.mention?.type === 'person');
      // `says PTC Cargo CEO, Mr Shyngys Tuleushin`: a comma may close the title.
      if (person?.mention?.type === 'person' && TITLE_RUN.test(text.slice(at, person.start).replace(/,\s+(?=(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$)/u, ' '))) return person;
    }
    // `said Rosatom Director General …` with the name cut off, `the Head of the Catholic Church mentioned`: the
    // organization names the office of who spoke, it did not speak.
    if (candidate.mention?.type === 'organization' && (OFFICE_AFTER.test(text.slice(candidate.end, candidate.end + 40)) || inOfficePhrase(text, candidate.start) || OFFICER_OF_BODY_BEFORE.test(lead))) return null;
    return candidate;
  }
  return null;
}

/** Turns a subject into a speaker id; `null` with a reason when it cannot be done with confidence. */
export function resolveSubject(context: Context, paragraph: number, subject: Subject): { id: string | null; how: 'name' | 'pronoun' | 'role' } {
  if (subject.kind === 'mention') {
    const type = subject.mention?.type;
    // Countries and places are not speakers, even as metonyms (`Washington said`).
    const id = type === 'person' || type === 'organization' ? (subject.mention?.entityId ?? null) : null;
    return { id, how: 'name' };
  }
  if (subject.kind === 'pronoun') return { id: resolvePronoun(context, paragraph, subject.start, subject.gender), how: 'pronoun' };
  return { id: resolveRole(context, paragraph, subject), how: 'role' };
}

/** Person references of a sentence up to `before`, outside quotation marks, with resolved pronouns and roles. */
export function sentenceRefs(context: Context, paragraph: number, sentence: Range, before: number): SentenceRecord['refs'] {
  const refs: SentenceRecord['refs'] = [];
  let firstEnd: number | null = null;
  for (const subject of subjectsIn(context, paragraph, sentence.start, Math.min(before, sentence.end))) {
    if (subject.kind === 'mention') {
      if (subject.mention?.type === 'person') {
        // `Lord David Cameron meets foreign minister …`: only capitalised title words before the name.
        const paragraphText = context.paragraphs[paragraph] ?? '';
        const lead = refs.length === 0 && /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(paragraphText.slice(sentence.start, subject.start));
        // `Serikova and Ospanov met reporters`: coordinated, neither is the subject alone.
        if (refs.length === 1 && refs[0]!.lead && firstEnd !== null && /^\s*(?:,|,?\s*and|&)\s*$/u.test(paragraphText.slice(firstEnd, subject.start))) refs[0]!.lead = false;
        if (refs.length === 0) firstEnd = subject.end;
        // `… Yusup Kabulzhanov told TASS on Saturday.`: the one who speaks in the sentence, whom a `he said` after a quote continues.
        // (`“…,” said the Chairman of the European Commission von der Leyen`: the verb between the quote and the name.)
        const speaks =
          SPEAKS_AFTER.test(paragraphText.slice(subject.end, Math.min(sentence.end, subject.end + 200))) ||
          SPEAKS_BEFORE.test(paragraphText.slice(Math.max(sentence.start, subject.start - 160), subject.start));
        // `… defended President Vladimir Putin’s war in Ukraine – the pope voiced hope …`: a possessive before a noun,
        // mid-sentence, is someone the sentence is about, not who a later `he said` continues.
        if (!lead && !speaks && /^['’]s\s+\p{Ll}/u.test(paragraphText.slice(subject.end, subject.end + 4))) continue;
        refs.push({ id: subject.mention.entityId, gender: context.genderOf(subject.mention.entityId), lead, ...(speaks ? { speaks } : {}) });
      }
    } else if (subject.start === sentence.start) {
      // Sentence-initial pronouns and role phrases name someone; resolve them so chains work (`She emphasized …`).
      const id = subject.kind === 'pronoun' ? resolvePronounInHistory(context, subject.gender) : resolveRole(context, paragraph, subject);
      if (subject.kind === 'role' && subject.role === undefined) continue;
      // `The Indian leader … She said`: a country's role the article gave no one blocks no one (as the country did not).
      if (subject.kind === 'role' && subject.overCountry && id === null) continue;
      refs.push({ id, gender: id ? context.genderOf(id) : subject.gender });
    }
  }
  // `Meanwhile, Berdimuhamedow stressed …`: a name the linker could not resolve (two registry people share
  // the surname) speaks here; a later `he` may be them, so it is not given to someone named earlier.
  const text = (context.paragraphs[paragraph] ?? '').slice(sentence.start, Math.min(before, sentence.end));
  const mentions = context.mentions[paragraph] ?? [];
  // Most sentences have none of the verbs: a plain scan for them first spares the name pattern, which tries
  // every capital (a tenth of the quote stage's time at 10,000 articles).
  // (`“…,” said Anisa (who asked not to use her full name)`: so is one named after the verb, right after a quote.)
  for (const match of SPEECH_WORD.test(text) ? [...text.matchAll(UNLINKED_SPEAKER), ...text.matchAll(UNLINKED_SPEAKER_AFTER_QUOTE)] : []) {
    const nameAt = match.index + match[0].indexOf(match[1]!);
    const at = sentence.start + nameAt;
    const end = at + match[1]!.length;
    if (nameAt > 0 && !/[\s,(]/u.test(text[nameAt - 1]!)) continue;
    // Someone's words (`“Moscow said no”`) or a word that names no one (`Beijing stressed`) blocks nothing.
    if (insideSpan(context.spans[paragraph] ?? [], at, end) || !looksLikePersonName(match[1]!)) continue;
    // Any part of it linked (`Minister Murat Nurtleu said`): the linker knows who speaks.
    if (mentions.some((m) => m.start < end && m.end > at)) continue;
    refs.push({ id: null, gender: undefined });
    break;
  }
  return refs;
}

/** Right before a name: a quotation's close and a verb of saying, a title between. */
const SPEAKS_BEFORE = new RegExp(`[”"»]\\s*,?\\s*(?:${SPEECH_VERB})\\b[^“”"«».!?]{0,140}$`, 'u');
/** Right after a name: its verb of saying (an apposition and adverbs between). */
const SPEAKS_AFTER = new RegExp(`^(?:\\s*,[^,“”"«»;]{1,160},)?\\s*(?:(?:also|has|have|had|having|then|later|\\p{Ll}+ly)\\s+)*(?:${SPEECH_VERB})\\b`, 'u');

/**
 * A capitalised name (not a sentence's opening word of another kind) right before a verb of saying;
 * not `continued`, `believes` or `posted`, which follow any subject.
 */
const SAYING = 'said|says|told|stated|stressed|noted|added|emphasi[sz]ed|warned|explained|argued|insisted|declared|remarked|replied|announced|underlined|underscored|reiterated|highlighted';
const SPEECH_WORD = new RegExp(String.raw`\b(?:${SAYING})\b`, 'u');
const UNLINKED_SPEAKER = new RegExp(String.raw`(?<![\p{L}'’-])(?!(?:The|This|That|These|Those|It|He|She|They|We|I|You|His|Her|Their|Our|Its|A|An)\s)(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})\s+(?:has\s+|had\s+|also\s+)?(?:${SAYING})\b`, 'gu');
/** The same name after the verb, right behind a quotation (`”, said Anisa`). */
const UNLINKED_SPEAKER_AFTER_QUOTE = new RegExp(String.raw`[”"»]\s*,?\s*(?:${SAYING})\s+(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})(?![\p{L}'’-])`, 'gu');

function compatible(gender: Gender | undefined, ref: SentenceRecord['refs'][number]): boolean {
  return gender === undefined || ref.gender === undefined || ref.gender === gender;
}

/**
 * The nearest earlier sentence (within this and the two previous paragraphs) that holds a person
 * compatible with the pronoun decides: exactly one compatible person resolves; two, or someone
 * unnamed, leaves the pronoun unresolved.
 */
function pickFrom(records: SentenceRecord[], gender: Gender | undefined, paragraph: number): string | null {
  for (let k = records.length - 1; k >= 0; k--) {
    const record = records[k];
    if (!record || paragraph - record.paragraph > 2) break;
    const fits = record.refs.filter((ref) => compatible(gender, ref));
    // `“…,” said von der Leyen. “…,” he added.`: a pronoun of the other gender right after a quote is a slip
    // or a change of speaker the text does not name; never someone named further back.
    if (fits.length === 0 && record.refs.some((ref) => ref.speaks)) return null;
    if (fits.length === 0) continue;
    const ids = new Set(fits.map((ref) => ref.id));
    // Two people fit: the one of them who speaks in the sentence is who a later pronoun continues (`Kombos had also
    // met Nurtleu, with Nurtleu having said … “…”.` / `“…,” he added.`); else the sentence's subject, when it opens it.
    if (ids.size !== 1) {
      const speakers = new Set(fits.filter((ref) => ref.speaks).map((ref) => ref.id));
      const [only] = speakers;
      if (speakers.size === 1 && only !== null && only !== undefined) return only;
      if (fits[0]?.lead === true && fits[0].id !== null && fits.slice(1).every((ref) => ref.id !== fits[0]!.id)) return fits[0].id;
      return null;
    }
    return fits[0]?.id ?? null;
  }
  return null;
}

function resolvePronoun(context: Context, paragraph: number, at: number, gender: Gender | undefined): string | null {
  const sentence = (context.sentences[paragraph] ?? []).find((s) => at >= s.start && at < s.end);
  const here: SentenceRecord[] = [];
  if (sentence) {
    const refs = subjectsIn(context, paragraph, sentence.start, at)
      .filter((s) => s.kind === 'mention' && s.mention?.type === 'person')
      .map((s) => ({ id: s.mention?.entityId ?? null, gender: s.mention ? context.genderOf(s.mention.entityId) : undefined }));
    here.push({ paragraph, refs });
  }
  return pickFrom([...context.history, ...here], gender, paragraph);
}

function resolvePronounInHistory(context: Context, gender: Gender | undefined): string | null {
  const last = context.history[context.history.length - 1];
  return last ? pickFrom(context.history, gender, last.paragraph) : null;
}

/** `the NGO chief` → the one person the article has so far described as chief/head; otherwise null. */
function resolveRole(context: Context, paragraph: number, subject: Subject): string | null {
  if (!subject.role) return null;
  const given = context.roles.filter((r) => r.group === subject.role && (r.paragraph < paragraph || (r.paragraph === paragraph && r.at < subject.start)));
  let ids = new Set(given.map((r) => r.id));
  // Two presidents: `the Kazakh president` is the one whose title says Kazakh (or Kazakhstan).
  const qualifiers = subject.qualifiers ?? [];
  // (One president so far, `the Polish president`: `the President of Kazakhstan` is still not him.)
  if (ids.size > 0 && qualifiers.length > 0) {
    ids = new Set([...ids].filter((id) => qualifiers.every((q) => given.some((r) => r.id === id && r.words.some((w) => sameStem(q, w))))));
  }
  if (ids.size === 0 && qualifiers.length > 0 && context.officesOf) return holderNamedBefore(context, paragraph, subject, qualifiers);
  if (ids.size !== 1) return null;
  const [id] = ids;
  return id ?? null;
}

/**
 * `"…," the President of Kazakhstan pointed out.`: a role the article gave no one names the one person named
 * before it whose office in the registry it describes (its noun, and every word qualifying it); null for none or two.
 */
function holderNamedBefore(context: Context, paragraph: number, subject: Subject, qualifiers: string[]): string | null {
  const holders = new Set<string>();
  for (const { paragraph: p, start, id, offices } of officeHolders(context)) {
    if (p > paragraph || (p === paragraph && start >= subject.start)) break;
    if (holders.has(id)) continue;
    const fits = offices.some((office) => {
      const [head] = office.title.split(/\s+of\s+/u);
      const words = [...office.title.toLowerCase().split(/[\s,]+/u), ...(office.country ? office.country.split('-') : [])];
      return roleGroup(head!.split(/\s+/u).at(-1)!) === subject.role && qualifiers.every((q) => words.some((w) => sameStem(q, w)));
    });
    if (fits) holders.add(id);
  }
  return holders.size === 1 ? [...holders][0]! : null;
}

/** The article's mentions of people who hold offices in the registry, in reading order (found once per article). */
const officeHoldersOf = new WeakMap<Context, { paragraph: number; start: number; id: string; offices: Office[] }[]>();
function officeHolders(context: Context): { paragraph: number; start: number; id: string; offices: Office[] }[] {
  let found = officeHoldersOf.get(context);
  if (!found) {
    found = [];
    context.mentions.forEach((mentions, paragraph) => {
      for (const mention of mentions) {
        if (mention.type !== 'person') continue;
        const offices = context.officesOf!(mention.entityId);
        if (offices.length > 0) found!.push({ paragraph, start: mention.start, id: mention.entityId, offices });
      }
    });
    officeHoldersOf.set(context, found);
  }
  return found;
}

/** `Kazakh` and `Kazakhstan`, `Chinese` and `China`, `ministry` and `minister`: one word for telling roles apart. */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  return long.startsWith(short) || (short.length >= 5 && short.slice(0, 4) === long.slice(0, 4));
}

/** Role groups given to people by titles (`Foreign Minister Saidov`) and appositions (`Pannier, a veteran journalist`). */
export function collectRoles(paragraphs: string[], mentions: Mention[][]): Context['roles'] {
  const roles: Context['roles'] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const mention of mentions[paragraph] ?? []) {
      if (mention.type !== 'person') continue;
      const found: string[] = [];
      const words: string[] = [];
      // Title: the run of capitalised words or role nouns right before the name.
      const before = text.slice(Math.max(0, mention.start - 80), mention.start).split(/\s+/u).filter(Boolean).reverse();
      for (const word of before) {
        const bare = word.replace(/['’]s$/u, '').replace(/[^\p{L}.-]/gu, '');
        // `Minister of Foreign Affairs and Trade Péter Szijjártó`, `Ambassador of Kyrgyzstan to Qatar Chyngyz
        // Eshimbekov`: connectors inside the title.
        if (/^(?:of|and|for|the|on|to)$/u.test(bare) && !/[,;:]$/u.test(word)) continue;
        if (!(ROLE_WORD.test(bare) || /^\p{Lu}/u.test(bare)) || /[,;:]$/u.test(word)) break;
        words.push(bare.toLowerCase());
        if (ROLE_WORD.test(bare)) found.push(bare);
      }
      // (`Pope Francis`: a title the registry's name opens with.)
      const opening = mention.surface.split(/\s+/u)[0] ?? '';
      if (mention.surface.includes(' ') && ROLE_WORD.test(opening)) found.push(opening);
      // Apposition: `, (a|an|the)? … role …,` up to the first preposition, and what the role is of.
      const after = /^,\s+((?:(?:a|an|the)\s+)?[^,.;:“”"]{1,100})/u.exec(text.slice(mention.end));
      if (after) {
        let inRole = true;
        for (const word of (after[1] ?? '').split(/\s+/u)) {
          if (/^(?:at|from|on|in|with|for|to|who|which|that)$/iu.test(word)) break;
          if (word === 'of') inRole = false;
          else if (inRole && ROLE_WORD.test(word)) found.push(word);
          words.push(word.replace(/[^\p{L}.-]/gu, '').toLowerCase());
        }
      }
      for (const word of found) roles.push({ id: mention.entityId, group: roleGroup(word), paragraph, at: mention.start, words });
    }
  });
  return roles;
}

/** Genders the article itself shows: a he/she/his/her whose only possible antecedent is one person. */
export function inferGenders(context: Context): Map<string, Gender | 'mixed'> {
  const votes = new Map<string, Gender | 'mixed'>();
  let previous: string[] = [];
  context.paragraphs.forEach((text, paragraph) => {
    const spans = context.spans[paragraph] ?? [];
    for (const sentence of context.sentences[paragraph] ?? []) {
      const people = mentionsWithin(context.mentions[paragraph] ?? [], sentence.start, sentence.end).filter(
        (m) => m.type === 'person' && !insideSpan(spans, m.start, m.end),
      );
      for (const match of text.slice(sentence.start, sentence.end).matchAll(/\b(he|him|his|himself|she|her|hers|herself)\b/giu)) {
        const at = sentence.start + match.index;
        if (insideSpan(spans, at, at + match[0].length)) continue;
        const before = people.filter((m) => m.end <= at).map((m) => m.entityId);
        const candidates = new Set(before.length > 0 ? before : previous);
        const [only] = candidates;
        if (candidates.size !== 1 || only === undefined) continue;
        const gender = PRONOUN_GENDER[(match[1] ?? '').toLowerCase()];
        if (!gender) continue;
        const known = votes.get(only);
        votes.set(only, known === undefined || known === gender ? gender : 'mixed');
      }
      previous = people.map((m) => m.entityId);
    }
  });
  return votes;
}
