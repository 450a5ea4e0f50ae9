// The words quote attribution reads: speech verbs and participles, titles and offices, role nouns and
// the groups they fall into, gendered pronouns and roles.

export const SPEECH_VERB =
  'said|says|say|added|adds|noted|stated|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|warned|warns|told|tells|' +
  'explained|explains|argued|argues|wrote|writes|concluded|concludes|reminded|reminds|remarked|insisted|insists|' +
  'asked|replied|replies|declared|declares|announced|commented|observed|observes|pointed out|points out|' +
  'described|describes|acknowledged|recalled|recalls|recounted|recounts|mentioned|revealed|responded|maintained|admitted|continued|continues|answered|answers|tweeted|posted|believes|believed|thinks|affirmed|' +
  'assured|cautioned|countered|highlighted|highlights|underlined|underlines|underscored|underscores|reiterated|reiterates';
// Participles introduce a quote but their subject is the clause's subject, found differently.
// (`it is adding new 4G customers, “so …”`: `adding` after an auxiliary is adding something, not words.)
const SPEECH_PARTICIPLE =
  'saying|(?<!\\b(?:is|are|was|were|be|been|being)\\s+)adding|noting|stating|stressing|emphasi[sz]ing|warning|telling|explaining|arguing|insisting|declaring|describing';
export const SPEECH_CUE = new RegExp(`\\b(?:(${SPEECH_VERB})|(${SPEECH_PARTICIPLE})|(according to))\\b`, 'giu');
export const SPEECH_CUE_ANY = new RegExp(SPEECH_CUE.source, 'iu');
export const VERB_AFTER = new RegExp(`^(?:${SPEECH_VERB})\\b`, 'iu');

// Between a subject and its verb: an apposition set off by commas, auxiliaries, adverbs.
// (An apposition of several parts too: `Sultan Al Jaber, UAE Minister of …, Chairman of Masdar, and COP28 President-Designate, said`.)
// (Or the body the person is from, though no registry names it: `Oliver Bens from the GFZ underlined: …`.)
// (Or an office in capitals with no comma closing it: `Oleg Novachuk, Chief Executive Officer of Kazakhmys said: …`.)
export const SUBJECT_GAP =
  /^(?:\s*,[^,“”"«»;]{1,160}(?:,[^,“”"«»;]{1,80}){0,3},|\s*,\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Officer|Executive|Director|Minister|President|Chairman|Chairwoman|Chair|Head|Secretary|Ambassador|Governor|Mayor|CEO|Manager|Founder)(?:\s+(?:of|for|at)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:of\s+|and\s+|the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*){0,5})?|\s+(?:from|of|at)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*){0,5})?\s*(?:(?:also|has|have|had|having|once|then|later|again|previously|recently|earlier|further|would|will|\p{Ll}+ly)\s+)*$/u;

/** A person's office right after an organization's name: `Rosatom Director General`, `Boeing spokesman`. */
export const OFFICE_AFTER = /^\s+(?:[\p{Lu}][\p{L}.-]*\s+)*?(?:Director|General|Chairman|Chairwoman|Chair|Chief|CEO|President|Head|Spokes(?:man|woman|person)|Minister|Secretary|Ambassador|Officer|Executive|Manager|Founder|spokes(?:man|woman|person)|director|chairman|head|chief|officials?|representatives?)\b/u;

const ROLE_NOUN =
  'official|minister|president|expert|analyst|spokesman|spokeswoman|spokesperson|professor|journalist|secretary|' +
  'ambassador|senator|diplomat|chief|head|director|leader|author|researcher|economist|scholar|commentator|chairman|' +
  'chairwoman|adviser|advisor|envoy|lawmaker|deputy|governor|mayor|activist|coordinator|fellow|source|' +
  'representative|reporter|editor|founder|chairperson|pope|pontiff|patriarch|father|mother|teacher|lecturer|student|employee|resident|worker';
export const ROLE_WORD = new RegExp(`^(?:${ROLE_NOUN})$`, 'iu');
/** `the leader of the Afghan National Congress Party`: a body's officer, not the body, whom the words are from. */
export const OFFICER_OF_BODY_BEFORE = new RegExp(`\\b(?:${ROLE_NOUN})s?\\s+(?:of|at)\\s+(?:the\\s+)?$`, 'iu');
/** An apposition left open before the verb, closed by the person's post: `Peter Foster, Air Astana Group President and chief executive said`. */
export const OPEN_APPOSITION_GAP = new RegExp(`^\\s*,[^,“”"«»;:]{1,120}\\b(?:${ROLE_NOUN}|executive|officer|ceo|manager)\\s+(?:also\\s+)?$`, 'iu');
/** A person's apposition opened and not yet closed, naming their post: `, a project manager at the Central Asian branch of `. */
export const OPEN_POST_APPOSITION = new RegExp(`^\\s*,[^,“”"«»;:]*\\b(?:${ROLE_NOUN}|executive|officer|ceo|manager)\\s+(?:at|of|with|for|in)\\b[^,“”"«»;:]*$`, 'iu');
/** A person's post between commas, the body they work for after it: `Marco Arcelli, Chief Executive Officer, ` ACWA Power said. */
export const POST_BETWEEN_COMMAS = new RegExp(`^\\s*,[^,“”"«»;:]{1,80}\\b(?:${ROLE_NOUN}|executive|officer|ceo|manager)\\s*,\\s*$`, 'iu');
// Titles before a name: `Kazakh President`, `Commerce Secretary`, `U.S. Senator`, `Ms.`, `Minister of
// Foreign Affairs and Trade`, `Aralsk mayor`.
// (`their coach Timur Kapadze said`: a team's people, after whose they are; `local coordinator Crissy Libby said`.)
export const TITLE_RUN = new RegExp(
  `^(?:(?:his|her|their|its|our)\\s+(?=(?:coach|manager|captain|head|chief)\\b))?(?:(?:[\\p{Lu}][\\p{L}\\p{M}.’'/-]*|of|for|and|the|on|to|former|deputy|foreign|prime|vice|senior|chief|acting|then|local|regional|national|programme|program|project|coach|manager|captain|goalkeeper|striker|midfielder|defender|${ROLE_NOUN})\\s+)*$`,
  'u',
);
// `the NGO chief`, `the Uzbek foreign minister` (resolvable) and `a senior official`, `one anonymous
// senior official` (never resolvable).
// A compound office is one role (`the deputy prime minister`, not `the deputy`), and what it is of belongs
// to it (`the President of Turkmenistan`): group 4, words that tell two presidents apart.
export const ROLE_PHRASE = new RegExp(
  `\\b(the|a|an|one|another)\\s+((?:[\\p{L}\\p{M}.’'-]+\\s+){0,3}?)(${ROLE_NOUN})\\b(?!['’]s)(?!\\s+(?:(?:prime|foreign|general|executive|state)\\s+)?(?:${ROLE_NOUN})\\b)` +
    `(?:\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{M}’'-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}’'-]*){0,3}))?`,
  'giu',
);
/** Words before a role that say nothing about whose it is: `the former minister` may be titled `Minister`. */
export const ROLE_QUALIFIER_IGNORED: ReadonlySet<string> = new Set(['new', 'former', 'then', 'current', 'top', 'senior', 'veteran', 'visiting', 'acting', 'outgoing', 'incoming', 'same', 'latter', 'country’s', "country's", 'long-time', 'longtime']);
/** Whether a role noun occurs at all: a cheap test before ROLE_PHRASE, which backtracks at every article word. */
export const ROLE_NOUN_ANYWHERE = new RegExp(`\\b(?:${ROLE_NOUN})\\b`, 'iu');
/** A clause that opens with an office (`Deputy Chairman of …`, `The head of the …`): whom it describes is named after it. */
export const OFFICE_LEAD = new RegExp(`^\\s*(?:(?:the|its|his|her|their)\\s+)?(?:(?:first|vice|prime|foreign|general|former|acting|senior|chief)\\s+)*(?:${ROLE_NOUN}|chairman|chair)\\b`, 'iu');
const ROLE_GROUP: Readonly<Record<string, string>> = {
  chief: 'head', head: 'head', leader: 'head', director: 'head',
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', spokesperson: 'spokesperson',
  advisor: 'adviser', chairman: 'chair', chairwoman: 'chair', chairperson: 'chair',
  ambassador: 'diplomat', envoy: 'diplomat',
};
export const ROLE_GENDER: Readonly<Record<string, Gender>> = { spokesman: 'male', spokeswoman: 'female', chairman: 'male', chairwoman: 'female' };

export type Gender = 'female' | 'male';
export const PRONOUN_GENDER: Readonly<Record<string, Gender>> = {
  he: 'male', him: 'male', his: 'male', himself: 'male',
  she: 'female', her: 'female', hers: 'female', herself: 'female',
};

export function roleGroup(noun: string): string {
  const lower = noun.toLowerCase();
  return ROLE_GROUP[lower] ?? lower;
}

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;
}
