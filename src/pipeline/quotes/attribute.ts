// Quote attribution: which quotation spans are quotes (an utterance, or a phrase after a speech cue) and
// who said each, from the cue before or after it (a verb of saying or of judgement, a transcript's speaker
// label, `according to`), the previous paragraph's cue or the sentence just before, or the speaker carried
// over from the quote before (a paragraph that goes on, a quote that runs on, an epigraph's signature). The rule throughout is "never guess": a speaker is named only when a
// speech cue points at exactly one person (or, for an explicit institutional statement, one
// organization); otherwise it is null.
import type { Entity, Mention, Quote } from '../types.ts';
import { sentenceRanges, type SentenceRange as Range } from '../sentences.ts';
import { SPEECH_VERB, SPEECH_CUE, SPEECH_CUE_ANY, VERB_AFTER, wordCount } from './lexicon.ts';
import { type Subject, type SentenceRecord, type Context, insideSpan, subjectBefore, subjectAt, clauseSubject, resolveSubject, sentenceRefs, collectRoles, inferGenders } from './people.ts';
import { findQuotationSpans, type QuotationSpan } from './spans.ts';

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

/** What follows the subject of `“…,” X said`: an apposition, adverbs, the verb (`was quoted as saying` too). */
const SAID_AFTER_SUBJECT = new RegExp(
  `^((?:\\s*,[^,“”"«»;]{1,160},)?\\s*(?:(?:also|has|have|had|once|then|later|again|\\p{Ll}+ly)\\s+)*)(?:${SPEECH_VERB}|(?:was|were|is)\\s+(?:also\\s+)?quoted\\s+as\\s+(?:saying|telling))\\b`,
  'iu',
);

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
  // `Takal said that “…,” according to the Associated Press`: with a verb of saying before the quote, `according
  // to` after it names who reported the words, not who said them.
  if (inverted && /^according/iu.test(inverted[0])) {
    const spans = context.spans[paragraph] ?? [];
    const verbBefore = lastCueBefore(text.slice(sentence.start, span.start), SPEECH_CUE, spans, sentence.start, span.start);
    if (verbBefore && !verbBefore[3]) return null;
  }
  if (inverted) {
    const subjectStart = at + inverted[0].length + (/^\s*/u.exec(after.slice(inverted[0].length))?.[0].length ?? 0);
    const subject = subjectAt(context, paragraph, subjectStart, sentence.end);
    if (!subject) return null;
    return { subject, cue: /^according/iu.test(inverted[0]) ? 'according-to' : 'said-after-inverted' };
  }
  const subject = subjectAt(context, paragraph, at, sentence.end);
  if (!subject) return null;
  const tail = text.slice(subject.end, sentence.end);
  const verb = SAID_AFTER_SUBJECT.exec(tail);
  if (!verb) return null;
  return { subject, cue: 'said-after' };
}

/** `X said: “…”`, `X noted … that "…"`, `According to X, “…”`, `…, adding that "…"`. */
function cueBefore(context: Context, paragraph: number, span: QuotationSpan, sentence: Range): { subject: Subject | null; cue: string } | null {
  const text = context.paragraphs[paragraph] ?? '';
  const spans = context.spans[paragraph] ?? [];
  const prefix = text.slice(sentence.start, span.start);
  const last = lastCueBefore(prefix, SPEECH_CUE, spans, sentence.start, span.start);
  if (!last) return personBeforeColon(context, paragraph, sentence.start, span.start) ?? evaluativeCue(context, paragraph, span, sentence);
  const verbStart = sentence.start + last.index;
  const verbEnd = verbStart + last[0].length;
  const colon = /:\s*$/u.test(prefix);
  const cue = colon ? 'colon-before' : last[3] ? 'according-to' : 'verb-before';
  // Where a subject after the verb would start (`said X`, `according to X`, `Added … mayor X:`).
  const afterVerb = verbEnd + (/^\s*/u.exec(text.slice(verbEnd))?.[0].length ?? 0);
  // `Added Aralsk mayor Mukhtar Urazbayev: “…”`: the verb opens the sentence, its subject follows it.
  if (!last[2] && !last[3] && verbStart === sentence.start + (/^\s*/u.exec(prefix)?.[0].length ?? 0) && /^\p{Lu}/u.test(last[0])) {
    const inverted = subjectAt(context, paragraph, afterVerb, span.start);
    return { subject: inverted?.kind === 'mention' ? inverted : null, cue };
  }
  if (last[3]) {
    return { subject: subjectAt(context, paragraph, afterVerb, span.start), cue };
  }
  if (last[2]) {
    // `Somon Air ordered …, with Abdulkosim Valiev, the CEO of the airline, stating that “…”`: after `with`, the
    // participle's subject is the name it introduces.
    const withName = [...text.slice(sentence.start, verbStart).matchAll(/\bwith\s+(?=\p{Lu})/gu)].at(-1);
    if (withName) {
      const named = subjectBefore(context, paragraph, sentence.start + withName.index + withName[0].length, verbStart);
      if (named?.kind === 'mention') return { subject: named, cue };
    }
    // `“…,” said Bahram Huseynov, the …, adding that “…”`: the participle goes on from the speaker of the quote
    // before it, named after its verb.
    const inverted = spans.filter((s) => s.end > sentence.start && s.end <= verbStart).at(-1);
    const saidAfter = inverted ? VERB_AFTER_QUOTE.exec(text.slice(inverted.end, verbStart)) : null;
    if (inverted && saidAfter) {
      const named = subjectAt(context, paragraph, inverted.end + saidAfter[0].length, verbStart);
      if (named?.kind === 'mention' && named.mention?.type === 'person') return { subject: named, cue };
    }
    // A participle's subject is the subject of the sentence: a name (after titles) opening it, or opening its main clause.
    const opening = subjectAt(context, paragraph, sentence.start, verbStart);
    if (opening) return { subject: opening.kind !== 'role' ? opening : null, cue };
    return { subject: clauseSubject(context, paragraph, sentence.start, verbStart), cue };
  }
  const subject = subjectBefore(context, paragraph, sentence.start, verbStart);
  // `Raisi described the visit as … and said: “…”`: a second verb of the clause's subject.
  if (!subject && /\band\s+(?:also\s+)?$/u.test(text.slice(sentence.start, verbStart))) {
    return { subject: clauseSubject(context, paragraph, sentence.start, verbStart), cue };
  }
  return { subject, cue };
}

/** `,” said ` right after a quote: the speaker's name follows. */
const VERB_AFTER_QUOTE = new RegExp(`^\\s*,?\\s*(?:${SPEECH_VERB})\\s+(?=\\p{Lu})`, 'u');

/**
 * The last match of `pattern` in a sentence's text before a quote (`prefix`, starting at `offset`). A cue inside
 * an earlier quotation is someone's words, not a cue; one before an earlier quote belongs to that quote.
 */
function lastCueBefore(prefix: string, pattern: RegExp, spans: QuotationSpan[], offset: number, quoteStart: number): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const match of prefix.matchAll(pattern)) {
    const at = offset + match.index;
    if (insideSpan(spans, at, at + match[0].length) || spans.some((s) => s.start >= at && s.end <= quoteStart)) continue;
    last = match;
  }
  return last;
}

/**
 * `Tokayev called the meeting “the beginning of a new era …”`, `Rahmon hailed the summit as “a continuation
 * of …”`: a verb that gives someone's judgement in their words. Only with a named subject right before it
 * (`a project called “Green Bridge”` names a thing), and only for a phrase of three words or more.
 */
function evaluativeCue(context: Context, paragraph: number, span: QuotationSpan, sentence: Range): { subject: Subject | null; cue: string } | null {
  const text = context.paragraphs[paragraph] ?? '';
  const last = lastCueBefore(text.slice(sentence.start, span.start), EVALUATIVE_VERB, context.spans[paragraph] ?? [], sentence.start, span.start);
  if (!last || wordCount(text.slice(span.innerStart, span.innerEnd)) < 3) return null;
  const verbStart = sentence.start + last.index;
  const subject = subjectBefore(context, paragraph, sentence.start, verbStart);
  if (subject?.kind !== 'mention' || subject.mention?.type !== 'person') return null;
  // `chair Betsy Berns Korn and CEO William Daroff hailed the move as “…”`: two people say it, not the last one.
  if (/\b(?:and|&)\s+(?:[\p{L}.’'-]+\s+){0,3}$/u.test(text.slice(Math.max(sentence.start, subject.start - 60), subject.start))) return null;
  // What follows the verb up to the quote is its object, not another clause (`… called for talks, and “…”`).
  if (/[,;:.!?]/u.test(text.slice(verbStart + last[0].length, span.start))) return null;
  return { subject, cue: 'verb-before' };
}
const EVALUATIVE_VERB = /\b(?:called|calls|hailed|hails|praised|praises|described|describes|termed|referred\s+to|reaffirmed|lauded|characteri[sz]ed)\b/gu;

/**
 * A person opening the sentence, and a colon before the quote. Either a transcript's speaker label (`President
 * Putin: “…”`, `Sodiq Safoev, First Deputy Chairman of the Senate: ⏎ “…”`: titles before the name, an apposition
 * after it), or a clause of that one person (`Ambassador Zohidi expressed his gratitude for the invitation: “…”`:
 * a verb right after the name, or after an apposition, and no other person in the clause).
 */
function personBeforeColon(context: Context, paragraph: number, sentenceStart: number, quoteStart: number): { subject: Subject | null; cue: string } | null {
  const text = context.paragraphs[paragraph] ?? '';
  const colon = /:\s*$/u.exec(text.slice(sentenceStart, quoteStart));
  if (!colon) return null;
  const colonAt = sentenceStart + colon.index;
  const subject = subjectAt(context, paragraph, sentenceStart + (/^\s*/u.exec(text.slice(sentenceStart))?.[0].length ?? 0), colonAt);
  if (subject?.kind !== 'mention' || subject.mention?.type !== 'person') return null;
  const after = text.slice(subject.end, colonAt);
  if (/^(?:,[^,:;.“”"«»]{1,120})?$/u.test(after)) return { subject, cue: 'speaker-label' };
  // (`Suhail Al Mazrouei, UAE Minister of Energy, echoed this sentiment: “…”`.)
  const clause = after.replace(/^\s*,[^,“”"«»;:]{1,160},/u, '');
  if (!/^\s+(?:also\s+)?\p{Ll}+(?:ed|es|s)\b/u.test(clause) || /[“”"«»;]/u.test(clause)) return null;
  if ((context.mentions[paragraph] ?? []).some((m) => m.type === 'person' && m.start >= subject.end && m.end <= colonAt && m.entityId !== subject.mention?.entityId)) return null;
  return { subject, cue: 'colon-before' };
}

function namedInside(context: Context, paragraph: number, span: QuotationSpan, id: string): boolean {
  return (context.mentions[paragraph] ?? []).some((m) => m.entityId === id && m.start >= span.innerStart && m.end <= span.innerEnd);
}

/** `“…,” it said` / `It added: “…”`: an institution's statement going on. */
function itSaid(text: string, span: QuotationSpan, sentence: Range): boolean {
  return IT_SAID_AFTER.test(text.slice(span.end, sentence.end)) || IT_SAID_BEFORE.test(text.slice(sentence.start, span.start));
}
const IT_SAID_AFTER = new RegExp(`^\\s*,?\\s*it\\s+(?:also\\s+|further\\s+)?(?:${SPEECH_VERB}|reported|reads)\\b`, 'u');
const IT_SAID_BEFORE = new RegExp(`^It\\s+(?:also\\s+|further\\s+)?(?:${SPEECH_VERB}|reported)\\b[^“”"«»]{0,20}$`, 'u');

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

/**
 * `…, Foreign Ministry Spokesman Yusup Kabulzhanov told TASS on Saturday.` / `“At the meetings, …”`: an utterance
 * opening its sentence, right after a sentence in which a named person speaks and no one is quoted, is theirs.
 */
function reportedJustBefore(context: Context, paragraph: number, span: QuotationSpan, sentence: Range): { subject: Subject | null; cue: string } | null {
  const text = context.paragraphs[paragraph] ?? '';
  if (text.slice(sentence.start, span.start).trim() !== '') return null;
  const inner = text.slice(span.innerStart, span.innerEnd);
  if (!/^\p{Lu}/u.test(inner) || wordCount(inner) < 4) return null;
  // `“…,” the material says.`: a cue after the quote that names no one still says whose words they are not.
  if (CUED_AFTER.test(text.slice(span.end, sentence.end))) return null;
  const sentences = context.sentences[paragraph] ?? [];
  const index = sentences.findIndex((s) => s.start === sentence.start);
  let where = paragraph;
  let previous = index > 0 ? sentences[index - 1] : undefined;
  if (index === 0 && paragraph > 0 && text.slice(0, span.start).trim() === '') {
    where = paragraph - 1;
    previous = (context.sentences[where] ?? []).at(-1);
  }
  if (!previous) return null;
  const before = context.paragraphs[where] ?? '';
  if ((context.spans[where] ?? []).some((s) => s.start < previous.end && s.end > previous.start)) return null;
  let verb: RegExpExecArray | null = null;
  for (const match of before.slice(previous.start, previous.end).matchAll(SPEECH_CUE)) if (match[1]) verb = match;
  if (!verb) return null;
  const subject = subjectBefore(context, where, previous.start, previous.start + verb.index);
  if (subject?.kind !== 'mention' || subject.mention?.type !== 'person') return null;
  return { subject, cue: 'reported-before' };
}

const CUED_AFTER = new RegExp(`^\\s*,?\\s*[^.!?“”"«»]{0,60}?\\b(?:${SPEECH_VERB}|reads)\\b`, 'u');

/** A passive naming verb right before the quotation marks: what they hold is a name or a label. */
const NAMING_BEFORE = /\b(?:(?:was|were|is|are|been|be|being)\s+(?:officially\s+|formally\s+|also\s+)?(?:proclaimed|dubbed|named|called|nicknamed|known\s+as|termed|labell?ed|branded|designated|declared|renamed)|so-called)\s*$/iu;

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
    officesOf: (id) => people(id)?.offices ?? [],
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
  // The organization whose statement was quoted last, for `“…,” it added.`
  let lastOrganization: { id: string; paragraph: number } | null = null;
  paragraphs.forEach((text, paragraph) => {
    // `Gold prices have room to fall further … - Natixis' Bernard Dahdah` between paragraphs: a teaser or a
    // heading, no sentence, names no one a later `he said` continues.
    const fragment = isFragment(text, spans[paragraph] ?? []);
    for (const sentence of context.sentences[paragraph] ?? []) {
      const speakers: SentenceRecord['refs'] = [];
      for (const span of (spans[paragraph] ?? []).filter((s) => s.start >= sentence.start && s.start < sentence.end)) {
        const inner = text.slice(span.innerStart, span.innerEnd);
        const after = cueAfter(context, paragraph, span, sentence);
        const before = after
          ? null
          : (cueBefore(context, paragraph, span, sentence) ?? cueFromPreviousParagraph(context, paragraph, span) ?? reportedJustBefore(context, paragraph, span, sentence));
        let cue = after ?? before;
        let speaker: string | null = null;
        let how: string | null = null;
        if (cue?.subject) {
          const resolved = resolveSubject(context, paragraph, cue.subject);
          speaker = resolved.id;
          how = resolved.how === 'name' ? cue.cue : resolved.how === 'pronoun' ? 'pronoun' : 'role-noun';
          // `“President Mirziyoyev and I share …,” he said`: whoever the quote names is not the he who says it.
          if (resolved.how === 'pronoun' && speaker !== null && namedInside(context, paragraph, span, speaker)) speaker = null;
          if (speaker) lastOrganization = cue.subject.mention?.type === 'organization' ? { id: speaker, paragraph } : null;
        } else if (!cue && itSaid(text, span, sentence)) {
          // `“…,” CPC said.` / `“…,” it added.`: the statement quoted just before goes on.
          cue = { subject: null, cue: 'it' };
          if (lastOrganization && paragraph - lastOrganization.paragraph <= 2) {
            speaker = lastOrganization.id;
            how = 'it';
          }
        }
        // `Turkestan, which was proclaimed “the spiritual capital of the Turkic World”`: a name given, not words said.
        const named = NAMING_BEFORE.test(text.slice(Math.max(sentence.start, span.start - 60), span.start));
        const isQuote = !named && classify(inner, span, text, cue !== null, after === null);
        found.push({ paragraph, span, text: inner, speaker, cue: speaker ? how : null, isQuote, cued: cue !== null });
        // Someone named but not resolvable (`one anonymous senior official`) still stands between a later pronoun and earlier people.
        if (isQuote && cue?.subject) speakers.push({ id: speaker, gender: speaker ? context.genderOf(speaker) : cue.subject?.gender });
      }
      const refs = fragment ? [] : sentenceRefs(context, paragraph, sentence, sentence.end);
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
 * A paragraph of six to 25 words, no quotation, that does not end as a sentence does: a teaser's or a heading's
 * words. (A name alone under a picture, `Dimash Qudaibergen`, still names whom the next paragraph is about.)
 */
function isFragment(text: string, spans: QuotationSpan[]): boolean {
  if (spans.length > 0 || text.length > 400 || /[.!?…:;"”’)\]]$/u.test(text.trimEnd())) return false;
  const words = wordCount(text);
  return words >= 6 && words <= 25;
}

/** `he told President Rahmon`: whom a speaker addressed, not someone who spoke after them. */
const ADDRESSEE = /\b(?:told|thanked|addressing|congratulated)\s+(?:(?:\p{Lu}[\p{L}.’'-]*|the|of)\s+)*$/u;

/**
 * Quotes that carry on someone's words: the parts of a multi-paragraph quote, and a second quote in
 * the same paragraph with nothing between but the first speaker's apposition
 * (`“…,” said Begaim Usenova, director of the MPI. “We will challenge it.”`).
 */
function continueSpeakers(found: Found[], context: Context): void {
  continueChains(found, context);
  // A paragraph that is one quote and nothing else, with no cue, right after a paragraph whose last quote has
  // a speaker and names no one after it but whom they spoke to: the same speaker goes on
  // (`Šefčovič said … "…"` / `"This will help us …"`; `“…,” he told President Rahmon.` / `“We want …`).
  let carried = false;
  for (const quote of found) {
    if (!quote.isQuote || quote.cued || quote.speaker !== null || quote.paragraph === 0) continue;
    const text = context.paragraphs[quote.paragraph] ?? '';
    if (text.slice(0, quote.span.start).trim() !== '' || !/^[\s.,]*$/u.test(text.slice(quote.span.end))) continue;
    if (found.some((f) => f !== quote && f.paragraph === quote.paragraph)) continue;
    // (`"You will bribe the Taliban and look for financiers"` with no full stop: a pull quote set between paragraphs,
    // whose speaker the page does not give there.)
    if (!/[.!?…,;:]['"’”»]*\s*$/u.test(text.trim().replace(/['"’”»]+$/u, ''))) continue;
    const previous = found.filter((f) => f.paragraph === quote.paragraph - 1 && f.isQuote).at(-1);
    if (!previous || previous.speaker === null || previous.span.runsOn) continue;
    const previousText = context.paragraphs[previous.paragraph] ?? '';
    const others = (context.mentions[previous.paragraph] ?? []).some(
      (m) => m.start >= previous.span.end && m.type === 'person' && m.entityId !== previous.speaker && !ADDRESSEE.test(previousText.slice(previous.span.end, m.start)),
    );
    if (others) continue;
    quote.speaker = previous.speaker;
    quote.cue = 'continued';
    carried = true;
  }
  // A chain whose opening part got its speaker just now passes it on.
  if (carried) continueChains(found, context);
  // An epigraph: a paragraph that is a quote, then a paragraph that is a dash and a person's name.
  for (const quote of found) {
    if (!quote.isQuote || quote.speaker !== null) continue;
    const text = context.paragraphs[quote.paragraph] ?? '';
    if (text.slice(0, quote.span.start).trim() !== '' || text.slice(quote.span.end).trim() !== '') continue;
    const next = context.paragraphs[quote.paragraph + 1] ?? '';
    const dash = /^\s*[—–―]\s*/u.exec(next);
    const person = (context.mentions[quote.paragraph + 1] ?? [])[0];
    if (!dash || person?.type !== 'person' || person.start !== dash[0].length || !/^\s*(?:,[^.!?]*)?$/u.test(next.slice(person.end))) continue;
    quote.speaker = person.entityId;
    quote.cue = 'epigraph';
  }
  // A further quote in the same paragraph after an attributed one, with no other person or cue between.
  for (let k = 1; k < found.length; k++) {
    const quote = found[k];
    const previous = found.slice(0, k).reverse().find((f) => f.paragraph === quote?.paragraph && f.isQuote);
    if (!quote || !previous || !quote.isQuote || quote.cued || quote.speaker !== null || previous.speaker === null) continue;
    const text = context.paragraphs[quote.paragraph] ?? '';
    const between = text.slice(previous.span.end, quote.span.start);
    // (A person whose relative or colleague the speaker is, `Leila Adilzhan, Bilash’s wife, told …`, said nothing.)
    const others = (context.mentions[quote.paragraph] ?? []).some(
      (m) => m.start >= previous.span.end && m.end <= quote.span.start && m.type === 'person' && m.entityId !== previous.speaker && !/^['’]s\s+\p{Ll}/u.test(text.slice(m.end, m.end + 4)),
    );
    // Text after the first quote's own sentence must hold no new cue (`Later, X told …`).
    const ownSentence = (context.sentences[quote.paragraph] ?? []).find((s) => previous.span.start >= s.start && previous.span.start < s.end);
    const after = text.slice(Math.max(previous.span.end, ownSentence?.end ?? 0), quote.span.start);
    // (Nor a quote whose own sentence gives it a speaker the article names no one by: `"…," the report said.`)
    const ownCue = /^[\s,.”"’]*(?:the|a|an|this|that)\s+[\p{Ll}-]+\s+(?:said|says|stated|states|added|noted|read|reads)\b/u.test(text.slice(quote.span.end, quote.span.end + 60));
    if (others || ownCue || /\b(?:he|she|they)\b/iu.test(after) || SPEECH_CUE_ANY.test(after)) continue;
    quote.speaker = previous.speaker;
    quote.cue = 'continued';
  }
}

/** Multi-paragraph quotes: a part that runs on, then the quote that opens the next paragraph, all one speaker's. */
function continueChains(found: Found[], context: Context): void {
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
}
