// Quote detection and speaker attribution: rule-based, in the spirit of the Gender Gap Tracker.
// The rule throughout is "never guess": a speaker is named only when a speech cue points at exactly
// one person (or, for an explicit institutional statement, one organization); otherwise it is null.
import type { Entity, Mention, Quote } from './types.ts';
import { sentenceRanges, type SentenceRange as Range } from './sentences.ts';

/** A quotation-marked span of one paragraph, before it is judged to be a quote or a phrase. */
export interface QuotationSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark, or the paragraph length when the quote runs on. */
  end: number;
  innerStart: number;
  innerEnd: number;
  /** No closing mark: the quote continues in the next paragraph (which opens with a quotation mark). */
  runsOn: boolean;
}

// Opening mark → the marks that close it. Single quotes are never top-level quotes: a ‘…’ nested in a
// double quote is part of it, and a top-level one is a title or scare quote (the ‘Great Game’).
const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '"': '"',
  '«': '»',
  '„': '“”',
  '”': '”', // Swedish/Finnish style ”…”; only opens where an opening mark may stand
};
const OPENERS = Object.keys(CLOSERS);

/**
 * Finds the spans between double quotation marks (“…”, "…", «…», „…“). A mark left open at the end of
 * a paragraph runs on when the next paragraph opens with a quotation mark (the multi-paragraph
 * convention); otherwise it is a stray mark and is skipped so it cannot swallow the rest of the text.
 */
export function findQuotationSpans(paragraph: string, nextParagraph?: string): QuotationSpan[] {
  const spans: QuotationSpan[] = [];
  let i = 0;
  while (i < paragraph.length) {
    const mark = paragraph[i] ?? '';
    if (!OPENERS.includes(mark) || !canOpen(paragraph, i)) {
      i++;
      continue;
    }
    const closers = CLOSERS[mark] ?? '';
    let close = -1;
    for (let j = i + 1; j < paragraph.length; j++) {
      const ch = paragraph[j] ?? '';
      // A straight mark inside a straight quote that is followed by a word is a new opening, not ours.
      if (closers.includes(ch) && (mark !== '"' || !canOpen(paragraph, j) || j === paragraph.length - 1)) {
        close = j;
        break;
      }
    }
    if (close > i + 1) {
      spans.push(span(paragraph, i, close + 1, i + 1, close, false));
      i = close + 1;
    } else if (close === -1 && runsOn(paragraph, i, nextParagraph)) {
      spans.push(span(paragraph, i, paragraph.length, i + 1, paragraph.length, true));
      break;
    } else {
      i++;
    }
  }
  return spans;
}

/**
 * The multi-paragraph convention: an utterance opened at the start of the paragraph or of a sentence
 * (or after `said:`), left open, with the next paragraph opening a quotation mark again. A mark left
 * open mid-sentence (`the "reset was over.`) is a typo, not a run-on quote.
 */
function runsOn(paragraph: string, at: number, nextParagraph: string | undefined): boolean {
  if (nextParagraph === undefined || !/^\s*["“«„”]/u.test(nextParagraph)) return false;
  const before = paragraph.slice(0, at).trimEnd();
  return (before === '' || /[:.!?,]$/u.test(before)) && /^[\p{Lu}\p{N}]/u.test(paragraph.slice(at + 1).trimStart());
}

function span(text: string, start: number, end: number, innerStart: number, innerEnd: number, runsOn: boolean): QuotationSpan {
  // The inside without surrounding blanks, so `text` never starts or ends with a space.
  while (innerStart < innerEnd && /\s/u.test(text[innerStart] ?? '')) innerStart++;
  while (innerEnd > innerStart && /\s/u.test(text[innerEnd - 1] ?? '')) innerEnd--;
  return { start, end, innerStart, innerEnd, runsOn };
}

/** An opening mark stands at the start, after a blank or an opening bracket/dash, and before a non-blank. */
function canOpen(text: string, at: number): boolean {
  const before = at === 0 ? ' ' : (text[at - 1] ?? ' ');
  const after = text[at + 1] ?? '';
  if (after === '' || /\s/u.test(after)) return false;
  if (text[at] === '“' || text[at] === '«' || text[at] === '„') return true;
  return /[\s([{—–-]/u.test(before);
}

// ── words ─────────────────────────────────────────────────────────────────

const SPEECH_VERB =
  'said|says|say|added|adds|noted|stated|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|warned|warns|told|tells|' +
  'explained|explains|argued|argues|wrote|writes|concluded|concludes|reminded|reminds|remarked|insisted|insists|' +
  'asked|replied|replies|declared|declares|announced|commented|observed|observes|pointed out|points out|' +
  'described|describes|acknowledged|recalled|admitted|continued|tweeted|posted|believes|believed|thinks|affirmed|' +
  'assured|cautioned|countered';
// Participles introduce a quote but their subject is the clause's subject, found differently.
const SPEECH_PARTICIPLE =
  'saying|adding|noting|stating|stressing|emphasi[sz]ing|warning|telling|explaining|arguing|insisting|declaring|describing';
const SPEECH_CUE = new RegExp(`\\b(?:(${SPEECH_VERB})|(${SPEECH_PARTICIPLE})|(according to))\\b`, 'giu');
const SPEECH_CUE_ANY = new RegExp(SPEECH_CUE.source, 'iu');
const VERB_AFTER = new RegExp(`^(?:${SPEECH_VERB})\\b`, 'iu');

// Between a subject and its verb: an apposition set off by commas, auxiliaries, adverbs.
const SUBJECT_GAP =
  /^(?:\s*,[^,“”"«»;]{1,160},)?\s*(?:(?:also|has|have|had|once|then|later|again|previously|recently|earlier|further|would|will|\p{Ll}+ly)\s+)*$/u;
// Titles before a name: `Kazakh President`, `Commerce Secretary`, `U.S. Senator`, `Ms.`.
const TITLE_RUN = /^(?:(?:[\p{Lu}][\p{L}\p{M}.’'-]*|former|deputy|foreign|prime|vice|senior|chief|acting|then|spokesperson|spokesman|spokeswoman|minister|secretary|president|ambassador|envoy|official|adviser|advisor|analyst|expert|head|director|chairman|chairwoman|leader)\s+)*$/u;

/** A person's office right after an organization's name: `Rosatom Director General`, `Boeing spokesman`. */
const OFFICE_AFTER = /^\s+(?:[\p{Lu}][\p{L}.-]*\s+)*?(?:Director|General|Chairman|Chairwoman|Chair|Chief|CEO|President|Head|Spokes(?:man|woman|person)|Minister|Secretary|Ambassador|Officer|Executive|Manager|Founder|spokes(?:man|woman|person)|director|chairman|head|chief|officials?|representatives?)\b/u;

const ROLE_NOUN =
  'official|minister|president|expert|analyst|spokesman|spokeswoman|spokesperson|professor|journalist|secretary|' +
  'ambassador|senator|diplomat|chief|head|director|leader|author|researcher|economist|scholar|commentator|chairman|' +
  'chairwoman|adviser|advisor|envoy|lawmaker|deputy|governor|mayor|activist|coordinator|fellow|source|' +
  'representative|reporter|editor|founder|chairperson';
const ROLE_WORD = new RegExp(`^(?:${ROLE_NOUN})$`, 'iu');
// `the NGO chief`, `the Uzbek foreign minister` (resolvable) and `a senior official`, `one anonymous
// senior official` (never resolvable).
const ROLE_PHRASE = new RegExp(`\\b(the|a|an|one|another)\\s+((?:[\\p{L}\\p{M}.’'-]+\\s+){0,3}?)(${ROLE_NOUN})\\b(?!['’]s)`, 'giu');
/** Whether a role noun occurs at all: a cheap test before ROLE_PHRASE, which backtracks at every article word. */
const ROLE_NOUN_ANYWHERE = new RegExp(`\\b(?:${ROLE_NOUN})\\b`, 'iu');
const ROLE_GROUP: Readonly<Record<string, string>> = {
  chief: 'head', head: 'head', leader: 'head', director: 'head',
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', spokesperson: 'spokesperson',
  advisor: 'adviser', chairman: 'chair', chairwoman: 'chair', chairperson: 'chair',
};
const ROLE_GENDER: Readonly<Record<string, Gender>> = { spokesman: 'male', spokeswoman: 'female', chairman: 'male', chairwoman: 'female' };

type Gender = 'female' | 'male';
const PRONOUN_GENDER: Readonly<Record<string, Gender>> = {
  he: 'male', him: 'male', his: 'male', himself: 'male',
  she: 'female', her: 'female', hers: 'female', herself: 'female',
};

function roleGroup(noun: string): string {
  const lower = noun.toLowerCase();
  return ROLE_GROUP[lower] ?? lower;
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;
}

// ── references to people ──────────────────────────────────────────────────

/** Something in the text that may be the subject of a speech verb. */
interface Subject {
  start: number;
  end: number;
  kind: 'mention' | 'pronoun' | 'role';
  mention?: Mention;
  gender?: Gender;
  /** For `role`: the role group, or null for an indefinite/anonymous role (`a senior official`). */
  role?: string | null;
}

/** A sentence's people, as the pronoun resolver sees them: ids, or null for someone unnamed. */
interface SentenceRecord {
  paragraph: number;
  refs: { id: string | null; gender: Gender | undefined }[];
}

interface Context {
  paragraphs: string[];
  spans: QuotationSpan[][];
  sentences: Range[][];
  mentions: Mention[][];
  genderOf: (id: string) => Gender | undefined;
  /** Per person id: role groups the article gives them (titles, appositions), with where they were given. */
  roles: { id: string; group: string; paragraph: number; at: number }[];
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

function insideSpan(spans: QuotationSpan[], start: number, end: number): boolean {
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
  for (const match of slice.matchAll(/\b(he|she)\b/giu)) {
    const start = from + match.index;
    const word = (match[1] ?? '').toLowerCase();
    if (!insideSpan(spans, start, start + word.length)) {
      subjects.push({ start, end: start + word.length, kind: 'pronoun', gender: PRONOUN_GENDER[word] });
    }
  }
  for (const match of ROLE_NOUN_ANYWHERE.test(slice) ? slice.matchAll(ROLE_PHRASE) : []) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (insideSpan(spans, start, end) || subjects.some((s) => s.start < end && start < s.end)) continue;
    const determiner = (match[1] ?? '').toLowerCase();
    const modifiers = match[2] ?? '';
    const noun = match[3] ?? '';
    // Plural and possessive uses are not a person: `the leaders`, `the president's engagement`.
    if (/\b(?:of|at|from|in|on|for|to|with|and|by|as)\s/iu.test(modifiers)) continue;
    const anonymous = determiner !== 'the' || /\b(?:anonymous|unnamed|unidentified)\b/iu.test(modifiers);
    const gender = ROLE_GENDER[noun.toLowerCase()];
    subjects.push({ start, end, kind: 'role', role: anonymous ? null : roleGroup(noun), ...(gender ? { gender } : {}) });
  }
  return subjects.sort((a, b) => a.start - b.start);
}

/** The subject of a speech verb at `verbStart`: the nearest candidate joined to it by an apposition/adverb gap. */
function subjectBefore(context: Context, paragraph: number, sentenceStart: number, verbStart: number): Subject | null {
  const text = context.paragraphs[paragraph] ?? '';
  const candidates = subjectsIn(context, paragraph, sentenceStart, verbStart);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const candidate = candidates[k];
    if (!candidate) continue;
    const gap = text.slice(candidate.end, verbStart);
    if (SUBJECT_GAP.test(gap)) return candidate;
    // A name set off as the apposition of an unnamed subject: `His spokeswoman, Erkina Ubysheva, told`.
    const lead = text.slice(sentenceStart, candidate.start);
    if (/^\s*,\s*$/u.test(gap) && /^[^,]+,\s*$/u.test(lead) && !candidates.slice(0, k).some((c) => c.kind === 'mention')) return candidate;
  }
  return null;
}

/** A subject that starts at `at` (after optional titles): `Jamankulova`, `she`, `the minister`, `Kazakh President Tokayev`. */
function subjectAt(context: Context, paragraph: number, at: number, limit: number): Subject | null {
  const text = context.paragraphs[paragraph] ?? '';
  const candidates = subjectsIn(context, paragraph, at, limit);
  for (let k = 0; k < candidates.length; k++) {
    const candidate = candidates[k]!;
    const lead = text.slice(at, candidate.start);
    if (lead !== '' && !(candidate.kind === 'mention' && TITLE_RUN.test(lead))) return null;
    // `External Affairs Ministry spokesperson Arindam Bagchi said`: the organization is part of the person's title.
    const next = candidates[k + 1];
    if (candidate.mention?.type !== 'person' && next?.mention?.type === 'person' && TITLE_RUN.test(text.slice(at, next.start))) return next;
    // `said Rosatom Director General …` with the name cut off: the organization names who spoke, it did not speak.
    if (candidate.mention?.type === 'organization' && OFFICE_AFTER.test(text.slice(candidate.end, candidate.end + 40))) return null;
    return candidate;
  }
  return null;
}

/** Turns a subject into a speaker id; `null` with a reason when it cannot be done with confidence. */
function resolveSubject(context: Context, paragraph: number, subject: Subject): { id: string | null; how: 'name' | 'pronoun' | 'role' } {
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
function sentenceRefs(context: Context, paragraph: number, sentence: Range, before: number): SentenceRecord['refs'] {
  const refs: SentenceRecord['refs'] = [];
  for (const subject of subjectsIn(context, paragraph, sentence.start, Math.min(before, sentence.end))) {
    if (subject.kind === 'mention') {
      if (subject.mention?.type === 'person') refs.push({ id: subject.mention.entityId, gender: context.genderOf(subject.mention.entityId) });
    } else if (subject.start === sentence.start) {
      // Sentence-initial pronouns and role phrases name someone; resolve them so chains work (`She emphasized …`).
      const id = subject.kind === 'pronoun' ? resolvePronounInHistory(context, subject.gender) : resolveRole(context, paragraph, subject);
      if (subject.kind === 'role' && subject.role === undefined) continue;
      refs.push({ id, gender: id ? context.genderOf(id) : subject.gender });
    }
  }
  return refs;
}

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
    if (fits.length === 0) continue;
    const ids = new Set(fits.map((ref) => ref.id));
    if (ids.size !== 1) return null;
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
  const ids = new Set(
    context.roles
      .filter((r) => r.group === subject.role && (r.paragraph < paragraph || (r.paragraph === paragraph && r.at < subject.start)))
      .map((r) => r.id),
  );
  if (ids.size !== 1) return null;
  const [id] = ids;
  return id ?? null;
}

/** Role groups given to people by titles (`Foreign Minister Saidov`) and appositions (`Pannier, a veteran journalist`). */
function collectRoles(paragraphs: string[], mentions: Mention[][]): Context['roles'] {
  const roles: Context['roles'] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const mention of mentions[paragraph] ?? []) {
      if (mention.type !== 'person') continue;
      const add = (word: string) => {
        if (ROLE_WORD.test(word)) roles.push({ id: mention.entityId, group: roleGroup(word), paragraph, at: mention.start });
      };
      // Title: the run of capitalised words or role nouns right before the name.
      const before = text.slice(Math.max(0, mention.start - 80), mention.start).split(/\s+/u).filter(Boolean).reverse();
      for (const word of before) {
        const bare = word.replace(/['’]s$/u, '').replace(/[^\p{L}.-]/gu, '');
        // `Minister of Foreign Affairs and Trade Péter Szijjártó`: connectors inside the title.
        if (/^(?:of|and|for|the|on)$/u.test(bare) && !/[,;:]$/u.test(word)) continue;
        if (!(ROLE_WORD.test(bare) || /^\p{Lu}/u.test(bare)) || /[,;:]$/u.test(word)) break;
        add(bare);
      }
      // Apposition: `, (a|an|the)? … role …,` up to the first preposition.
      const after = /^,\s+((?:(?:a|an|the)\s+)?[^,.;:“”"]{1,100})/u.exec(text.slice(mention.end));
      if (after) {
        for (const word of (after[1] ?? '').split(/\s+/u)) {
          if (/^(?:of|at|from|on|in|with|for|to|who|which|that)$/iu.test(word)) break;
          add(word);
        }
      }
    }
  });
  return roles;
}

/** Genders the article itself shows: a he/she/his/her whose only possible antecedent is one person. */
function inferGenders(context: Context): Map<string, Gender | 'mixed'> {
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

// ── attribution ───────────────────────────────────────────────────────────

interface Found {
  paragraph: number;
  span: QuotationSpan;
  text: string;
  speaker: string | null;
  cue: string | null;
  /** Why it counts as a quote: an utterance, a partial quote after a speech cue, or a cued quote. */
  isQuote: boolean;
  /** A speech cue was found (even if it could not be resolved). */
  cued: boolean;
}

/** `“…,” X said` / `“…,” said X` / `“…,” she stressed` / `“…,” according to X`. */
function cueAfter(context: Context, paragraph: number, span: QuotationSpan, sentence: Range): { subject: Subject; cue: string } | null {
  const text = context.paragraphs[paragraph] ?? '';
  const inner = text.slice(span.innerStart, span.innerEnd);
  const rest = text.slice(span.end, sentence.end);
  const lead = /^\s*,?\s*/u.exec(rest)?.[0] ?? '';
  // Only a quote that leaves its sentence open (`,” she said`) takes a following speaker.
  if (!/[,?!—–…]$/u.test(inner) && !lead.includes(',')) return null;
  const at = span.end + lead.length;
  const after = text.slice(at, sentence.end);
  const inverted = VERB_AFTER.exec(after) ?? /^according to\b/iu.exec(after);
  if (inverted) {
    const subjectStart = at + inverted[0].length + (/^\s*/u.exec(after.slice(inverted[0].length))?.[0].length ?? 0);
    const subject = subjectAt(context, paragraph, subjectStart, sentence.end);
    if (!subject) return null;
    return { subject, cue: /^according/iu.test(inverted[0]) ? 'according-to' : 'said-after-inverted' };
  }
  const subject = subjectAt(context, paragraph, at, sentence.end);
  if (!subject) return null;
  const tail = text.slice(subject.end, sentence.end);
  const verb = new RegExp(`^((?:\\s*,[^,“”"«»;]{1,160},)?\\s*(?:(?:also|has|have|had|once|then|later|again|\\p{Ll}+ly)\\s+)*)(?:${SPEECH_VERB})\\b`, 'iu').exec(tail);
  if (!verb) return null;
  return { subject, cue: 'said-after' };
}

/** `X said: “…”`, `X noted … that "…"`, `According to X, “…”`, `…, adding that "…"`. */
function cueBefore(context: Context, paragraph: number, span: QuotationSpan, sentence: Range): { subject: Subject | null; cue: string } | null {
  const text = context.paragraphs[paragraph] ?? '';
  const spans = context.spans[paragraph] ?? [];
  const prefix = text.slice(sentence.start, span.start);
  let last: RegExpExecArray | null = null;
  for (const match of prefix.matchAll(SPEECH_CUE)) {
    const at = sentence.start + match.index;
    // A cue inside an earlier quotation is someone's words, not a cue; one before an earlier quote
    // belongs to that quote.
    if (insideSpan(spans, at, at + match[0].length)) continue;
    if (spans.some((s) => s.start >= at && s.end <= span.start)) continue;
    last = match;
  }
  if (!last) return null;
  const verbStart = sentence.start + last.index;
  const verbEnd = verbStart + last[0].length;
  const colon = /:\s*$/u.test(prefix);
  const cue = colon ? 'colon-before' : last[3] ? 'according-to' : 'verb-before';
  if (last[3]) {
    return { subject: subjectAt(context, paragraph, verbEnd + (/^\s*/u.exec(text.slice(verbEnd))?.[0].length ?? 0), span.start), cue };
  }
  if (last[2]) {
    // A participle's subject is the subject of the sentence: a name (after titles) opening it.
    const opening = subjectAt(context, paragraph, sentence.start, verbStart);
    return { subject: opening && opening.kind !== 'role' ? opening : null, cue };
  }
  return { subject: subjectBefore(context, paragraph, sentence.start, verbStart), cue };
}

/** The last sentence of the previous paragraph when it ends `… warned:` and this paragraph opens with the quote. */
function cueFromPreviousParagraph(context: Context, paragraph: number, span: QuotationSpan): { subject: Subject | null; cue: string } | null {
  if (paragraph === 0 || span.start !== 0) return null;
  const previous = context.paragraphs[paragraph - 1] ?? '';
  if (!/:\s*$/u.test(previous)) return null;
  const sentence = (context.sentences[paragraph - 1] ?? []).at(-1);
  if (!sentence) return null;
  const fake: QuotationSpan = { start: previous.length, end: previous.length, innerStart: previous.length, innerEnd: previous.length, runsOn: false };
  return cueBefore(context, paragraph - 1, fake, sentence);
}

function classify(text: string, span: QuotationSpan, paragraph: string, cued: boolean, before: boolean): boolean {
  const words = wordCount(text);
  if (words === 0) return false;
  const following = paragraph.slice(span.end, span.end + 2);
  // The quote closes its clause: punctuation inside the marks, punctuation after them, or the paragraph ends.
  const clauseEnds = span.runsOn || /[.,!?;:…—–]$/u.test(text) || /^\s*(?:[.,!?;:)…—–]|$)/u.test(following);
  const titleCase = text.split(/\s+/u).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || w.length <= 3);
  // A full utterance: a sentence of its own words.
  if (/^[\p{Lu}\p{N}]/u.test(text) && words >= 4 && clauseEnds && !(titleCase && !/[.!?]$/u.test(text))) return true;
  // `“No,” she said.`: any quote with a speech cue right after it.
  if (cued && !before) return true;
  // A partial quote: three or more words introduced by a speech cue, ending its clause (or long enough
  // not to be a modifier, unlike `a "law and order" strategy`).
  return cued && before && words >= 3 && (clauseEnds || words >= 5);
}

/**
 * Finds the direct quotes of an article's body and their speakers.
 * `mentions` are the linker's body mentions (offsets into `paragraphs`); `people(id)` gives the
 * registry entry, for `gender`. Scare quotes and titles (`"America First" policy`) are left out.
 */
export function findQuotes(paragraphs: string[], mentions: Mention[], people: (id: string) => Entity | undefined): Quote[] {
  const spans = paragraphs.map((text, i) => findQuotationSpans(text, paragraphs[i + 1]));
  // Grouped in one pass: filtering all mentions per paragraph is quadratic on long articles.
  const byParagraph: Mention[][] = paragraphs.map(() => []);
  for (const m of mentions) if (m.field === 'body') byParagraph[m.index]?.push(m);
  for (const list of byParagraph) list.sort((a, b) => a.start - b.start);
  const context: Context = {
    paragraphs,
    spans,
    sentences: paragraphs.map((text, i) => sentenceRanges(text, spans[i] ?? [])),
    mentions: byParagraph,
    genderOf: () => undefined,
    roles: collectRoles(paragraphs, byParagraph),
    history: [],
  };
  const inferred = inferGenders(context);
  context.genderOf = (id) => {
    const entity = people(id);
    if (entity?.gender) return entity.gender;
    if (entity && entity.type !== 'person') return undefined;
    const vote = inferred.get(id);
    return vote === 'mixed' ? undefined : vote;
  };

  const found: Found[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const sentence of context.sentences[paragraph] ?? []) {
      const speakers: SentenceRecord['refs'] = [];
      for (const span of (spans[paragraph] ?? []).filter((s) => s.start >= sentence.start && s.start < sentence.end)) {
        const inner = text.slice(span.innerStart, span.innerEnd);
        const after = cueAfter(context, paragraph, span, sentence);
        const before = after ? null : (cueBefore(context, paragraph, span, sentence) ?? cueFromPreviousParagraph(context, paragraph, span));
        const cue = after ?? before;
        let speaker: string | null = null;
        let how: string | null = null;
        if (cue?.subject) {
          const resolved = resolveSubject(context, paragraph, cue.subject);
          speaker = resolved.id;
          how = resolved.how === 'name' ? cue.cue : resolved.how === 'pronoun' ? 'pronoun' : 'role-noun';
        }
        const isQuote = classify(inner, span, text, cue !== null, after === null);
        found.push({ paragraph, span, text: inner, speaker, cue: speaker ? how : null, isQuote, cued: cue !== null });
        // Someone named but not resolvable (`one anonymous senior official`) still stands between a later pronoun and earlier people.
        if (isQuote && cue?.subject) speakers.push({ id: speaker, gender: speaker ? context.genderOf(speaker) : cue.subject?.gender });
      }
      const refs = sentenceRefs(context, paragraph, sentence, sentence.end);
      // A speaker found through a pronoun or a role counts as named in this sentence.
      for (const s of speakers) if (s.id === null || !refs.some((r) => r.id === s.id)) refs.push(s);
      context.history.push({ paragraph, refs });
    }
  });

  continueSpeakers(found, context);
  return found
    .filter((f) => f.isQuote)
    .map((f) => ({ paragraph: f.paragraph, start: f.span.start, end: f.span.end, text: f.text, speaker: f.speaker, cue: f.cue }));
}

/**
 * Quotes that carry on someone's words: the parts of a multi-paragraph quote, and a second quote in
 * the same paragraph with nothing between but the first speaker's apposition
 * (`“…,” said Begaim Usenova, director of the MPI. “We will challenge it.”`).
 */
function continueSpeakers(found: Found[], context: Context): void {
  // Multi-paragraph chains: a part that runs on, then the quote that opens the next paragraph.
  for (let k = 0; k < found.length; k++) {
    const chain = [found[k]];
    while (chain.at(-1)?.span.runsOn) {
      const last = chain.at(-1);
      const next = found.find((f) => last && f.paragraph === last.paragraph + 1 && f.span.start === (/^\s*/u.exec(context.paragraphs[f.paragraph] ?? '')?.[0].length ?? 0));
      if (!next) break;
      chain.push(next);
    }
    const parts = chain.filter((f): f is Found => f !== undefined);
    if (parts.length < 2) continue;
    const source = parts.find((f) => f.speaker !== null);
    const anyQuote = parts.some((f) => f.isQuote);
    for (const part of parts) {
      part.isQuote = anyQuote;
      if (source && part.speaker === null && !part.cued) {
        part.speaker = source.speaker;
        part.cue = 'continued';
      }
    }
    k += parts.length - 1;
  }
  // A further quote in the same paragraph after an attributed one, with no other person or cue between.
  for (let k = 1; k < found.length; k++) {
    const quote = found[k];
    const previous = found.slice(0, k).reverse().find((f) => f.paragraph === quote?.paragraph && f.isQuote);
    if (!quote || !previous || !quote.isQuote || quote.cued || quote.speaker !== null || previous.speaker === null) continue;
    const text = context.paragraphs[quote.paragraph] ?? '';
    const between = text.slice(previous.span.end, quote.span.start);
    const others = (context.mentions[quote.paragraph] ?? []).some(
      (m) => m.start >= previous.span.end && m.end <= quote.span.start && m.type === 'person' && m.entityId !== previous.speaker,
    );
    // Text after the first quote's own sentence must hold no new cue (`Later, X told …`).
    const ownSentence = (context.sentences[quote.paragraph] ?? []).find((s) => previous.span.start >= s.start && previous.span.start < s.end);
    const after = text.slice(Math.max(previous.span.end, ownSentence?.end ?? 0), quote.span.start);
    if (others || /\b(?:he|she|they)\b/iu.test(after) || SPEECH_CUE_ANY.test(after)) continue;
    quote.speaker = previous.speaker;
    quote.cue = 'continued';
  }
}
