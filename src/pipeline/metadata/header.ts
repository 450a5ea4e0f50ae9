// The header: the run of short, non-prose blocks at the top of an article. In it: date lines and date
// stamps, bylines, a masthead, a dateline standing on its own line, section labels and other furniture
// (`Press Release`, `Print`, `Category: Latest News`, `This article is 4 years old`), and the headline.
import { isHeadlineCase, isProse, latinShare, parseCaption, wordCount } from '../clean.ts';
import { isBylineOnlyName, isPersonNames, looksLikePersonName, OUTLET_REPORTER, parseBylineLine, type FoundByline } from './bylines.ts';
import { findDate, MONTH, parseDateLine, parseDateStamp, parseLabelledDateLine, TITLE_CASE_WEEKDAY_NAMES, WEEKDAY_NAMES, WEEKDAYS, type FoundDate } from './dates.ts';
import { isAcronymOf, opensWithGluedOutlet, parseDateline } from './datelines.ts';
import { givenName } from '../discover.ts';
import { capitalizeWords, HEADLINE_VERB, isAgencyName, isDomainName, isKnownOutlet, isOutletName, mastheadOutlet, mastheadWithTag, outletCase, REPOST_NOTE, splitOutletPrefix, unshouted } from './outlets.ts';

/** How many blocks from the top may still be header (furniture lines included). */
const MAX_HEADER_BLOCKS = 10;
/** A headline has at most this many words… */
const MAX_TITLE_WORDS = 25;
/** A headline with no final full stop may run to this many words. */
const MAX_LONG_TITLE_WORDS = 45;
/** … and at least this many: a line of one or two words above the headline is a section label (`City`, `Print`). */
const MIN_TITLE_WORDS = 3;

export interface Header {
  title: string | null;
  /** Where the title came from: the line as written. */
  titleLine: string | null;
  /** An outlet printed as a masthead or before the headline (`The New York Times: …`). */
  source: string | null;
  date: (FoundDate & { how: string }) | null;
  bylineText: string | null;
  bylineAgency: string | null;
  /** Header lines that are furniture, with the reason (their block index). */
  furniture: { index: number; reason: string }[];
  /** Indices of the blocks the header took. */
  taken: Set<number>;
  /** Blocks whose text the header shortened (a date stamp taken off the front): index → what is left. */
  rewritten: Map<number, string>;
  /** Photo captions among the header lines (their block index). */
  captions: { index: number; text: string; credit: string | null }[];
}

/** A label of a date that is not the page's, on the line above it: `Start date:`, `Deadline:`, `Event date:`. */
const EVENT_DATE_LABEL = /^(?:(?:start(?:ing)?|end(?:ing)?|closing|opening|event|expiry|expiration|due|application|submission|registration)\s+date|deadline|application deadline)\s*:$/iu;
/** `Friday, 10:03`: the weekday and the time, a site clock's line under today's date. */
// (Or a time alone with its seconds, the site's zone after it or not: `00:00:00 (GMT+5)`; a story's time shows no seconds.)
const CLOCK_TIME_LINE = new RegExp(String.raw`^(?:(?:${WEEKDAY_NAMES}),?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}:\d{2}:\d{2}(?:\s*\((?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::\d{2})?\))?)$`, 'iu');
/** A weekday written out and a date: how a site's top bar shows today's date (SITE_CLOCK below). */
const WEEKDAY_DATE = String.raw`(?:${TITLE_CASE_WEEKDAY_NAMES}),?\s[^:]*\d{4}`;

/** A language's short label in a page's language switch (`En`, `Ру`, `O'z`, `Қаз`). */
const LANGUAGE_LABEL = String.raw`(?:en|eng|ru|rus|ру|рус|uz|uzb|ўз|ўзб|o['‘’ʻ]z|kz|kaz|қаз|kk|kg|kyr|кыр|ky|tj|taj|тоҷ|tk|tm|tkm|de|fr|zh|cn|ar|tr)`;

/** A site menu's first item, bulleted: `• Home`, `• About`, `• About us`, `• Who we are`. */
const SITE_MENU_TOP = /^\s*[•·▪*-]\s*(?:Home|About(?:\s+us)?|Who\s+we\s+are)\s*$/iu;

/** Lines above or around the headline that are never one. */
const HEADER_FURNITURE: [reason: string, pattern: RegExp][] = [
  ['section-label', /^(?:press release|news release|media release|statement|opinion|analysis|commentary|editorial|interview|op-ed|features?|news|world|politics|business|economy|asia|central asia|latest news|top stories|home|print|epaper|e-paper|city|open in app|listen|share|menu|log ?in|sign ?in|subscribe|try pro|go pro|upgrade|go to the main site|read in app|advertisement)$/iu],
  ['section-label', /^(?:category|section|rubric|topic|tags?)\s*[:：]\s*.{1,60}$/iu],
  // `News of the Ministry`, `News from the Embassy`: a body's own news section, not an outlet's name.
  ['section-label', /^(?:latest |recent )?news (?:of|from) the (?:ministry|embassy|consulate|agency|committee|department|government|president|university|institute|company|mission|centre|center)$/iu],
  // `Introduction to the Crisis`, `Why is this important`: a section's heading inside a story cut short above.
  ['section-heading', /^(?:introduction(?: to (?:the )?\p{L}[\p{L} -]{0,40})?|background|conclusions?|summary|overview|context|key (?:takeaways|points|facts)|highlights|in brief|why (?:is )?(?:this|it) (?:is )?(?:important|matters?))$/iu],
  // (`This article is 21 years old. Images might not display.`: with a short note after it.)
  ['age-warning', /^this (?:article|story|page|post) is (?:more than |over )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) old(?:\.?$|\.\s+[^.]{1,60}\.?$)/iu],
  ['age-warning', /^(?:archived|archive) (?:article|story)\b.{0,60}$/iu],
  ['editor-note', /^(?:ADDS|UPDATES|RECASTS|CHANGES|CORRECTS|REPEATS|REFILES|EDITS?|ADDING|UPDATING)\b[\p{Lu}\p{N}\s,;:'’&/()-]*$/u],
  // `Editor’s Note: As with all iDose articles, the views expressed …`: the editors' note on the piece.
  ['editor-note', /^editor['’]s note\s*[:：–—-]\s*.{0,300}$/iu],
  // `This story was written by the ILO Newsroom For official ILO statements …, please visit …`: a note on who wrote it.
  ['editor-note', /^this (?:story|article|news release|release) (?:was|has been) (?:written|produced|prepared|edited) by\b.{0,200}$/iu],
  // `| Welcome to Global Village Space`, `Welcome to Crime and Justice News`: the site greeting its reader (its name
  // is the outlet, below).
  ['site-welcome', /^\|?\s*[Ww]elcome to (?:the )?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:and\s+|of\s+|&\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*){0,4}[!.]?$/u],
  // `The article has been automatically translated into English by Google Translate from Russian and has not been edited.`
  ['translation-note', /^(?:this|the) (?:article|text|material|story|page|news|post) (?:has been|was|is) (?:automatically |machine[- ])?translated\b.{0,160}$/iu],
  // (The same note in the site's other languages, `Bu məqalə Google Translate servisi vasitəsi ilə …`: headerFurnitureReason.)
  ['page-ui', /^(?:select font\b.*|character spacing\b.*|font size\b.*|text size\b.*|view this (?:article|page) in another language|(?:read|view) (?:this|the) (?:article|page) in\b.*|click here\b.*|skip to content\b.*|back\s*\|\s*print|transcripts?\s*\/?)$/iu],
  // `998 (66) 233 38 73 sies_info@edu.uz`: a telephone number and an e-mail address, the site's contact bar.
  ['contact', /^[+\d()\s.-]{7,30}\s*[|,;]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u],
  // `Working days, from 09:00 to 18:30`, `Toll-free`: a contact block's hours and lines.
  ['contact', /^(?:(?:working|business|office|opening|reception) (?:days|hours)\b.{0,40}\d{1,2}[:.]\d{2}.{0,20}|toll[- ]free|hotline|call cent(?:er|re))$/iu],
  // `UEFA.com works better on other browsers`, `This is a BETA experience. You may opt-out by clicking here`.
  ['page-ui', /^(?:\S+(?: \S+)? works (?:best|better) (?:on|in|with) (?:other|another|a different|modern|the latest)\b|this is a beta experience\b|for the best (?:possible )?experience\b|your browser is (?:out of date|not supported|outdated)\b|(?:please )?(?:upgrade|update) your browser\b)/iu],
  // `Our directory of things of interest`, `University Directory`: a site's directories in its menu.
  ['page-ui', /^(?:[Oo]ur directory\b.{0,40}|\p{Lu}\p{L}+ Directory)$/u],
  // `Year 2024 - «Fount of Wisdom`, `2025 – the Year of Peace and Trust`: a state's motto for the year, a site's banner.
  ['year-motto', /^(?:(?:the\s+)?year\s+\d{4}\s*[-–—:]\s*[«"“]|\d{4}\s*[-–—]\s*(?:the\s+)?year of\b)/iu],
  // `Connect with us`, `(Last Updated On: )`: a social bar's label, a date label the page left empty.
  ['page-ui', /^(?:connect with us|follow us(?: on \S+)?|\(?(?:last )?updated on\s*:?\s*\)?)$/iu],
  // `размер шрифта: Aa | Aa`, `Font size: A A A`: a widget that sets the text's size.
  ['page-ui', /^(?:размер шрифта|font size|text size)\s*:?\s*(?:A\p{Ll}?\s*[|/-]?\s*){0,4}$/iu],
  // `Read the Latest News`, `See all stories`: a link to the site's other stories, no masthead.
  ['page-ui', /^(?:read|see|view|browse)\s+(?:the\s+|our\s+|all\s+)?(?:latest|more|other|all|recent)?\s*(?:news|stories|articles|posts|updates)$/iu],
  // (In Turkish, with the page's print and share buttons: `Yazdır Paylaş Yazıları Büyült Yazıları Küçült`.)
  ['page-ui', /^(?:(?:yazdır|paylaş|yazıları büyült|yazıları küçült)\s*){2,}$/iu],
  // (Unlabelled: `Aa Aa Aa`, `- A +`.)
  ['page-ui', /^(?:Aa(?:\s+Aa){1,3}|[-–]\s*A\s*\+)$/u],
  // `Last Updated : GMT 09:40:38`: a stamp of a time with no date in it.
  ['page-ui', /^last updated\s*:?\s*(?:GMT|UTC)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:GMT|UTC)?$/iu],
  // `Heute 72` / `Gestern 888` / `Insgesamt 39517545`: a site's counter of visits, today's, yesterday's and all.
  ['visit-counter', /^(?:heute|gestern|insgesamt|online|besucher|today|yesterday|total|this week|this month|visitors?|hits)\s*:?\s*\d[\d .,]*$/iu],
  // `Flag Saturday, 27 April 2024`: the site's clock beside an icon's text, wherever it stands.
  ['site-clock', new RegExp(String.raw`^\p{Lu}\p{Ll}+\s+${WEEKDAY_DATE}$`, 'u')],
  // `9-15 Mar. 2005`: the week a bulletin's issue covers, not a headline (and not the story's date).
  ['issue-dates', new RegExp(String.raw`^\d{1,2}\s*[-–]\s*\d{1,2}\s+${MONTH}\.?,?\s+\d{4}$`, 'u')],
  // `Forward article link`, `Share PDF with colleagues`: a page's tools.
  ['page-ui', /^(?:forward|share|email|e-mail|print|save|download)\s+(?:this\s+)?(?:article|story|page|link|pdf)\b.{0,30}$/iu],
  // `in Afghan Business` after a date stamp: the category a blog files the story in.
  ['section-label', /^in \p{Lu}[\p{L}&'’]*(?: [\p{L}&'’]+){0,3}$/u],
  // A theme's image placeholder glued to a label (`Supported byspot_img`), and a sponsor's label.
  ['page-ui', /spot_img$|^supported by$|^member of [\p{L}\p{N} .&'’-]{2,40}$/iu],
  // A weather widget: `clear sky`, `25°C / 25°C`, `19.3 C`, `weather in`.
  ['weather', /^(?:-?\d{1,2}(?:\.\d)?\s*°\s*[CF]?(?:\s*\/\s*-?\d{1,2}\s*°\s*[CF]?)?|-?\d{1,2}\.\d\s[CF]|clear sky|few clouds|scattered clouds|broken clouds|overcast clouds|light rain|shower rain|moderate rain|thunderstorm|mist|haze|weather(?: in| today| forecast)?)$/iu],
  // `Weather (Tashkent) 17.08.2016`, `, -18 C`, `Precipitation: %`, `High -18C`: a weather widget's rows.
  ['weather', /^weather\s*\([^()]{2,30}\).{0,20}$|^,?\s*[+-]?\d{1,2}\s*°?\s*[CF]$|^precipitation\s*:?\s*\d{0,3}\s*%$|^(?:high|low)\s+[+-]?\d{1,2}\s*°?\s*[CF]$/iu],
  // `clearВ Атырау +36`: the widget's sky, city and signed temperature in a few words; `Moscow -10 °C`, `New Delhi
  // 19 °C`: a city and its temperature with the degree's sign (`Tashkent +4,7 °C`: in tenths too).
  ['weather', /^\S+(?:\s\S+){0,3}\s(?:[+−]\d{1,2}(?:[.,]\d)?\s*(?:°\s*[CF]?)?|[–-]?\d{1,2}(?:[.,]\d)?\s?°\s?[CF])$/u],
  // `Read Time: < 1 minute`, `Last modified: Tuesday, November 20, 2012` (not when it was published), `Also available
  // in Deutsch, русский, Қазақша`: a page's reading time, its last edit, its languages.
  ['meta-line', /^(?:(?:estimated\s+)?read(?:ing)?\s+time\s*[:：]?\s*[<~]?\s*\d{1,2}\s*min(?:ute)?s?|last\s+(?:modified|edited)\s*[:：].{4,60}|(?:also\s+)?available\s+in\s*[:：]?\s*\p{L}+(?:,\s*\p{L}+)+)$/iu],
  // `Ру Ўз O'z En`, `ru en ўз`: a language switch's row of short labels.
  ['page-ui', new RegExp(String.raw`^${LANGUAGE_LABEL}(?:(?:\s*[|/·•]\s*|\s+)${LANGUAGE_LABEL}){1,7}$`, 'iu')],
  // `Libmonster ID: KZ-1731`, `2021 N7-8(196-197)`: a library's record number, a journal's issue.
  ['identifier', /^(?:\p{L}[\p{L} .-]{1,30}\s(?:ID|No\.?|Number)\s*[:#]\s*[\p{L}\p{N}/-]{1,20}|\d{4}\s+(?:N|No\.?|№)\s?\d[\d-]*(?:\([\d-]+\))?)$/u],
  // `Friday, March 29, 2024 | Ramadan 18, 1445 H`: the site's clock with the Hijri date, not the story's date.
  ['site-clock', /\|\s*(?:muharram|safar|rabi|jumada|rajab|sha['’]?ban|ramadan|shawwal|dhu)\b.*\b1[34]\d\d\s*(?:H|AH)\.?$/iu],
  // `f18 Logo`: a logo's alternative text.
  ['page-ui', /^\S{1,30}(?:\s\S{1,30})? logo(?:type)?$/iu],
  // `2. Press`, `3. Press Releases`: a numbered menu's items.
  ['navigation', /^\d{1,2}\.\s+\p{L}[\p{L}&' -]{0,30}$/u],
  // `1. Home` / `2. News Releases` / `4. July FY2019`: a numbered trail's item, a month or a fiscal year among them.
  ['navigation', new RegExp(String.raw`^\d{1,2}\.\s+(?:${MONTH}\s+)?(?:FY)?\s*\d{4}$|^\d{1,2}\.\s+\p{L}[\p{L}&' -]{0,30}\s(?:FY)?\d{4}$`, 'u')],
  // `September 2022, Vol. 249, No. 9`: the issue a magazine's story appeared in.
  ['issue-label', /^(?:\p{Lu}\p{Ll}+\s+)?\d{4},?\s+Vol(?:ume)?\.?\s*\d+,?\s+(?:No|Issue)\.?\s*\d+$/u],
  // `MAKE YOUR VOICES HEARD!`: a call to action in capitals.
  ['page-ui', /^[\p{Lu}\p{N}\s,'’-]{6,60}!$/u],
  // `EURASIAN STAR LOGO`: a logo's alt text; `Logo Assembly Logo Hemicycle`, `Image header Agence Europe`: images' alt texts in a row.
  ['page-ui', /^[\p{L}\p{N} .&'’-]{2,40}\s+logo$/iu],
  ['page-ui', /^(?:Logo\b.{1,40}\bLogo\b.{0,40}|Image header\b.{0,60})$/u],
  // `Global perspective through the lens of regional issues`: a site's slogan;
  // `Get all your news in one place.` / `Start reading`: a news app's prompt; `CB Buy Sell`: a rates table's heading.
  ['tagline', /^global perspectives?\b.{0,60}$/iu],
  // `Bringing the Latest in News Straight to Your Screen`: a site's slogan.
  ['tagline', /^bringing (?:you )?the (?:latest|best|top)\b.{0,60}$/iu],
  // `Report this ad`, `Read more like this`, `Most Commented`, `mk-logo`: an ad's link, a list's heading, a logo's name.
  ['page-ui', /^(?:report this ad|read more like this|most commented|[\p{L}\p{N}-]{1,20}[-_]logo)$/iu],
  // `In Analysis, Central Asia, Civil Society`: the categories a post is filed in.
  ['section-label', /^[Ii]n \p{Lu}[\p{L}&'’]*(?: \p{Lu}[\p{L}&'’]*){0,3}(?:, \p{Lu}[\p{L}&'’]*(?: \p{Lu}[\p{L}&'’]*){0,3}){1,5}$/u],
  // `KAZ MINERALS PLC 6TH FLOOR … LONDON SW1E 5JL Tel: +44 (0) 20 7901 7800`: an address with its telephone.
  ['contact', /\b(?:Tel|Phone|Telephone|Fax)\.?\s*:?\s*\+?[\d (),-]{7,}\d\s*$/u],
  ['page-ui', /^(?:get all your news in one place|start reading|one app|\d+['’]?s of premium titles)$/iu],
  // (`GBP 2897.79 2898.00 2941.00`: a row of the table.)
  ['ticker', /^(?:CB\s+)?Buy\s+Sell$|^\p{Lu}{3}(?:\s+\d+(?:[.,]\d+)?){1,4}$/u],
  // `Read count: * 0 Comment(s) Share Print`, `now loading...`, `Who we are`: a page's counters, loader and menu.
  ['page-ui', /^(?:read count\b.{0,80}|now loading|loading…?|who we are|what we do|our work)$/iu],
  // `Archived page: may contain outdated information!`: the archive's warning.
  ['age-warning', /^archived (?:page|content)\b.{0,60}$/iu],
  // `You are here`: a breadcrumb trail's label.
  ['navigation', /^you are here$/iu],
  // `#Earthquake #residents #escape #Almaty`: hashtags alone.
  ['tags', /^#[\p{L}\p{N}_]+(?:\s+#[\p{L}\p{N}_]+)+$/u],
  // `First slide … Second slide …`: a carousel's labels.
  ['page-ui', /\bFirst slide\b.*\bSecond slide\b/u],
  // `The must-have newsletter about Hungary`: a newsletter's sign-up prompt.
  ['page-ui', /^(?:[\p{L}'’-]+\s+){0,6}newsletters?(?:\s+[\p{L}'’-]+){0,5}$/iu],
  // `Kazakhstan Institute for Strategic Studies` / `under the President of the Republic of Kazakhstan`: a line
  // opening in lower case with a preposition goes on from the line above (a masthead set on two lines).
  ['continuation', /^(?:of|under|to|and|for|at|with)\s+(?:the\s+)?\p{Lu}.{0,80}$/u],
  // `https://sputniknews.com/20220702/…`: the page's address printed on its own line.
  ['page-ui', /^https?:\/\/\S+$/u],
  // `Currency Rates (UZS) 17.08.2016`: a ticker's heading; `$ 450.79`, `€ 482.21`: its rates.
  ['ticker', /^(?:currency|exchange) rates?\b.{0,40}$/iu],
  ['ticker', /^[$€£¥₽₸]\s*\d+(?:[.,]\d+)?$/u],
  // `Atyrau, June 16 02:03`: a city's clock in the site's top bar, a day and a time with no year.
  ['site-clock', new RegExp(String.raw`^(?:\p{Lu}[\p{L}-]+,\s+)?(?:${MONTH}\.?\s+\d{1,2}|\d{1,2}\s+${MONTH}\.?),?\s+\d{1,2}:\d{2}$`, 'u')],
  // `Europe Daily Bulletin No. 12988`: the issue a story appeared in.
  ['issue-label', /^(?:[\p{L}'’&-]+\s+){0,4}(?:Bulletin|Issue|Edition|Newsletter)\s+(?:No\.?|№|#)\s*\d+$/u],
  // `Kyrgyzstan - April 2024`: a monthly digest's country and month, above the story's own headline.
  ['section-label', new RegExp(String.raw`^\p{Lu}[\p{L}' ]{2,30}\s+[-–—]\s+${MONTH}\s+\d{4}$`, 'u')],
  // The banner every U.S. federal site carries, and GOV.UK's note on a page of a past government.
  ['site-banner', /^(?:an official website of the (?:united states|u\.s\.) government|here['’]s how you know|official websites use \.gov|secure \.gov websites use https|(?:a )?\.gov website belongs to an official government organization in the united states|a lock \(.{0,20}\) or https:\/\/ means you['’]ve safely connected to the \.gov website\b.*|this was published under the .{3,80} government)$/iu],
  // `Posts Tagged ‘Central Asia’`, `Tag Archives: Uzbekistan`: a blog's archive of a tag, above the posts it lists.
  ['section-label', /^(?:posts tagged|tag archives?|archives? for|posts (?:in|under)(?: category| tag)?)\s*[:：]?\s*['‘"“]?[^'’"”]{1,60}['’"”]?$/iu],
  // `In the spotlight`, `Editor's picks`: a section's label; `More information . Close`: a cookie prompt's buttons.
  ['section-label', /^(?:in the spotlight|spotlight|editor['’]?s (?:picks?|choice)|must read|trending(?: now)?)$/iu],
  ['page-ui', /^more information\s*\.?\s*close$/iu],
  // `Our Terms & Conditions | Our Privacy Policy`: the footer's links.
  ['page-ui', /^(?:(?:our\s+)?(?:terms(?:\s*(?:&|and)\s*conditions)?|terms of (?:use|service)|privacy policy|cookie policy)(?:\s*[|·]\s*|$))+$/iu],
  // A document type GOV.UK and other government sites print above the headline.
  ['section-label', /^(?:(?:world )?news story|speech|oral statement to parliament|written (?:ministerial )?statement|policy paper|case study|guidance|breaking news!?|ads|sponsored(?: content)?)$/iu],
  // `Please make active links to the source, when using materials from this website`: the site's terms of reuse.
  ['rights-notice', /^(?:please\s+)?(?:make (?:an? )?active (?:hyper)?links?\b.{0,80}|(?:when|if) (?:using|reprinting|quoting) (?:the )?materials?\b.{0,80}|all rights reserved\.?|reproduction (?:of|in) .{0,60}(?:prohibited|permitted).{0,40})$/iu],
  ['site-clock', CLOCK_TIME_LINE],
  // `ballistic missiles,Defense,Doctrine,North Korea,Nuclear`: a page's tags, joined by commas without spaces.
  ['tags', /^[^\s,][^,]{0,40}(?:,[^\s,][^,]{0,40}){3,}$/u],
  // `Central Asia, Tajik, girl`: an image's keywords, short and one of them in lower case, never a headline's words.
  ['tags', /^(?=.*(?:^|,\s)\p{Ll}+(?:,|$))[\p{L}-]+(?:\s[\p{L}-]+)?(?:,\s[\p{L}-]+(?:\s[\p{L}-]+)?){2,5}$/u],
  // `Don’t miss the latest developments in business and finance.`: a subscription prompt.
  ['page-ui', /^don['’]?t miss (?:the latest|out|a story|an update)\b.{0,80}$/iu],
  // `The website color`, `Distance between letter distance`: an accessibility widget's settings.
  ['page-ui', /^(?:the )?(?:website|site|page) colou?rs?\b.{0,30}|^(?:distance between|(?:letter|line|word) (?:distance|spacing|height))\b.{0,40}$|^(?:high |invert(?:ed)? )?contrast$|^(?:grayscale|greyscale|reading mode|accessibility(?: tools| menu| settings| mode)?)$/iu],
  // `FORT PICKETT, Va. –`: the story's dateline on a line of its own, the place in capitals and a dash to the story.
  ['dateline', /^\p{Lu}[\p{Lu}.'’ -]{2,40}(?:,\s+\p{Lu}[\p{L}.]{1,12}){0,2}\s*[–—-]+\s*$/u],
  // `The writer is the minister of investment, …`: a note on who wrote it, above the story.
  ['author-note', /^the (?:writer|author) is (?:a|an|the)\b.{0,200}$/iu],
  // `Asia | Central Asia`: the section path, a word or two per step.
  ['section-label', /^\p{Lu}[\p{L}&-]*(?:\s\p{Lu}[\p{L}&-]*)?(?:\s\|\s\p{Lu}[\p{L}&-]*(?:\s\p{Lu}[\p{L}&-]*)?){1,3}$/u],
  // `USD` / `381.77`, `Type to search`: a currency ticker, a search box (a weather widget's `weather in` is above).
  ['ticker', /^(?:USD|EUR|RUB|GEL|KZT|UZS|KGS|TJS|TMT|AMD|AZN|CNY|GBP|JPY|TRY|AED|\+?-?\d{1,6}(?:[.,]\d{1,4})?)$/u],
  ['page-ui', /^(?:type to search|search for|enter (?:search )?keywords?|search this site|what are you looking for\??)$/iu],
  // `Getting your Trinity Audio player ready...`: a text-to-speech widget loading.
  ['page-ui', /^(?:getting your .{0,30}player ready|listen to (?:this|the) (?:article|story)|audio (?:version|player))\b.{0,20}$/iu],
  // `Don't you have an account with Pajhwok Afghan News?`: a login prompt (it names the site).
  ['page-ui', /^(?:don['’]?t you have|do(?:n['’]?t)? you (?:already )?have|(?:not|already) have) an account\b.{0,60}$/iu],
  // `google-site-verification=jrFRO6…`: a site's meta tag, scraped as text.
  ['page-ui', /^[\w.-]{3,40}=[\w-]{6,}$/u],
  // `A leading source of global Islamic and Arabic news, views and information for more than 50 years.`: a site's tagline.
  ['tagline', /^(?:a|the|your)\s+(?:leading|trusted|premier|first|largest|independent|reliable|top|main|only)\s+(?:\p{Ll}+\s+){0,3}(?:source|provider|destination|voice|platform|portal)\s+(?:of|for)\b.{0,120}$/iu],
  // `Pakistan's Premier Multilingual News Agency`, `World first Volunteer based News Agency`: a country's (or the
  // world's) best, in the site's own words.
  // (An outlet's words among them: `Uzbekistan's First Nuclear Plant: …` is a headline.)
  ['tagline', /^(?:\p{Lu}[\p{L}-]+['’]s|(?:the\s+)?world['’]?s?)\s+(?:premier|leading|first|largest|biggest|oldest|most trusted|number one|top|no\.?\s?1)\b.{0,60}\b(?:news|media|source|portal|agency|newspaper|paper|site|website|magazine|channel|platform|voice|daily|weekly|outlet|broadcaster|network)\b.{0,40}$/iu],
  // `Support independent journalism in Central & Eastern Europe.`, `Donate to TOL!`: a fund-raising banner.
  ['page-ui', /^(?:support (?:independent|quality|our|local) journalism\b.{0,80}|support (?:the|our) (?:author|writer|newsroom|work)!?|donate(?: (?:now|today|to [\p{L}\p{N} .&-]{1,30}))?!?|(?:×\s*)?learn more|no,? thanks\b.*|.{0,30}bookmark and share)$/iu],
  // `Home > NHK WORLD News > World Update`: a trail from the home page, whatever its last step.
  ['breadcrumb', /^home\s*[>»›/]\s*[^>»›/]{1,60}(?:[>»›/]\s*[^>»›/]{1,60})*$/iu],
  // `Quick access to main page (top) Direct access to main contents …`: skip links, as Korean public sites word them.
  ['page-ui', /^(?:quick|direct) access to (?:the )?main (?:page|contents?|menu)\b.{0,120}$/iu],
  // `9717405332, 9599714297, 9810335381`: a help desk's telephone numbers, nine digits or more each (a date
  // line such as `2022 05 13` has eight).
  ['contact', /^\+?(?:\d[ ()-]{0,2}){9,}(?:[,;/]\s*\+?(?:\d[ ()-]{0,2}){9,})*$/u],
  // `Stop COVID19 The site works in a test mode`, `Text size`: a site's notice and its reading controls.
  ['page-ui', /^(?:.{0,30}\bthe (?:site|website|portal) (?:works|is working|operates|is operating|is running|runs|is) in (?:a )?(?:test|beta|trial|testing) mode\.?|text size|font size|(?:increase|decrease|reset) (?:text|font)(?: size)?)$/iu],
  // `Podcast in English`, `Business Announcement and Updates`: a section's name.
  ['section-label', /^(?:podcasts?|videos?|audio|radio|news) in (?:english|russian|uzbek|kazakh|bulgarian|french|german|spanish|chinese|arabic|turkish)$|^(?:\p{Lu}\p{L}+\s+)?(?:news|announcements?|updates|events|press releases?)\s+(?:and|&)\s+(?:updates|announcements?|events|news|press releases?)$/iu],
  // The United States government's banner atop its sites: `An official website of the United States government` /
  // `Here's how you know` / `A .mil website belongs to …` / `A lock (lock ) or https:// means …`.
  ['page-ui', /^(?:an official website of the (?:united states|u\.s\.) government|here['’]s how you know|an? \.(?:gov|mil) website belongs to an official\b.{0,120}|a lock \(.{0,40}\) or https:\/\/ means\b.{0,160}|official websites use \.(?:gov|mil)|secure \.(?:gov|mil) websites use https)$/iu],
  // `przeskocz do treści | przeskocz do menu głównego`: Polish skip links; `A | A | A`: text-size buttons; `In progress at
  // UNHQ`: a live-events banner; `SG/T/3396`: a UN document's symbol.
  ['page-ui', /^(?:przeskocz do (?:treści|menu).{0,40}|A(?:\s*\|\s*A){1,3}|[Ii]n progress at UNHQ|[A-Z]{1,5}(?:\/[A-Z0-9.]{1,8}){1,4})$/u],
  // `image_pdfimage_print`: a print-and-PDF plugin's button labels, its icons' names glued. `… / The site is running in
  // test mode / …`: a site's banner in its languages; `Get News Fast`: an app's prompt.
  ['page-ui', /^(?:image_)?pdf(?:image_)?print$|^image_print$|^(?:.{0,80}\/\s*)?the site is running in test mode(?:\s*\/.{0,80})?$|^get news fast$/iu],
  // `Canada’s most-awarded newsroom for a reason`, `The online home of Women's Rugby`: a site's slogan; `Filtered By:
  // Topstories`, `Live On Twitter`, `Support our mission`, `Advertise with NZME`: its controls and appeals.
  ['tagline', /^(?:\p{Lu}[\p{L}-]+['’]s most[- ]awarded\b.{0,60}|(?:the|your) (?:online )?home of\b.{0,60})$/iu],
  ['page-ui', /^(?:filtered by\s*:.{0,40}|live on (?:twitter|x|facebook|youtube|instagram|telegram)|support (?:our|the) mission|advertise with\b.{0,30})$/iu],
  // `Support American RadioWorks with your purchases`, `Nautilus Members enjoy an ad-free experience. or Join now .`: a
  // site's appeal for money, or its members' offer.
  ['subscribe', /^(?:support\s+\S+(?:\s+\S+){0,3}\s+(?:with your (?:purchases|donations?|gift)|by (?:donating|subscribing|becoming a member))|\S+(?:\s+\S+){0,3}\s+(?:members|subscribers)\s+enjoy an ad-free experience\b.{0,40})$/iu],
  // `Enjoy unlimited digital access` / `$1.99` / `per week` / `for 24 weeks`: a paywall's offer.
  // (`Subscribe for 17¢ / day`, `Subscribe now for $1`: the offer with its price.)
  ['subscribe', /^(?:enjoy unlimited (?:digital )?access|[$€£]\s?\d{1,3}(?:[.,]\d{2})?|per (?:week|month|year)|for \d{1,3} (?:weeks|months)|subscribe(?: now| today)? for (?:only |just )?(?:[$€£]\s?\d{1,3}(?:[.,]\d{2})?|\d{1,3}\s?[¢p]|\d{1,3} cents)(?:\s*(?:\/|a|per)\s*(?:day|week|month|year))?)$/iu],
  // `Discover more from The Realistic Optimist`: a newsletter platform's prompt.
  ['subscribe', /^discover more from\s+(?:the\s+)?\p{Lu}.{0,60}$/iu],
  // `Go to main text`, `Go to the top`, `[Unofficial Translation]`, `Emergency Contact : 055 571 0041`, `Press release 63/2017`.
  ['page-ui', /^(?:go to (?:the )?(?:main text|main content|top|content)|\[?unofficial translation\]?|(?:emergency )?contacts?(?: us| number)?\s*:\s*\+?[\d ()-]{6,}\d)$/iu],
  ['section-label', /^(?:press|news|media) release\s+(?:no\.?\s*)?\d+\s*[/-]\s*\d+$|^speeches and remarks$|^the collective voice of\b.{0,40}$/iu],
  // `| (AIX)    USD 39.97   %   0.3 KZT 18500   %   0.05`: a share price's ticker.
  ['ticker', /^[|\s]*(?:\(?\p{Lu}{2,5}\)?\s+)?(?:\p{Lu}{3}\s+[\d.,]+\s+%\s+-?[\d.,]+\s*){1,4}$/u],
  // `Top.Mail.Ru`: a visit counter's badge.
  ['page-ui', /^(?:top\.mail\.ru|liveinternet|yandex\.metrika|rambler's top100)$/iu],
  // Skip links (`Skip to: Site Navigation` with a colon too), menu and reading controls.
  ['page-ui', /^(?:skip (?:global |breadcrumb |main |site |primary )?navigation(?: to (?:the )?main content)?|go to the main site|download and share|download|print this|share this|back to (?:home|news|top)|(?:skip|jump) (?:directly )?to (?:the )?(?:main |page )?content|to the (?:main )?(?:text|content) of this page\.?|skip to\s*:\s*(?:(?:main |page )?content|(?:site )?navigation|search|footer|menu)|salta al contenuto|aller au contenu(?: principal)?|zum inhalt springen|saltar al contenido|ir al contenido|pular para o conte[úu]do|перейти к содержимому|read more|continue reading|view (?:in )?browser|(?:go to |scroll to )?top of (?:the )?page|scroll to top|go to top)$/iu],
];

/** A weekday written out, a date and nothing else: how a site's top bar shows today's date. */
const SITE_CLOCK = new RegExp(String.raw`^${WEEKDAY_DATE}(?:,?\s+\d{1,2}:\d{2}:\d{2}(?:\s*[ap]\.?m\.?)?)?$`, 'iu');
/** A news theme's furniture (`spot_img`, `Must read`): the weekday's date atop such a page is its clock. */
const NEWS_THEME_SIGN = /spot_img$|^(?:must read|in the spotlight)$/iu;
/** A blog's date header as Blogger and its kind print it: `Tuesday, May 1, 2007`, `Wednesday 12 December 2012`. */
const BLOG_DATE_HEADER = new RegExp(String.raw`^(?:${TITLE_CASE_WEEKDAY_NAMES}),?\s(?:${MONTH}\s\d{1,2},\s\d{4}|\d{1,2}\s${MONTH}\s\d{4})$`, 'u');
/** How much older than a page's first date the story's own dates may be before that date reads as the day it was scraped. */
const BLOG_DATE_LAG_MONTHS = 18;

/**
 * `Tuesday, May 1, 2007` / `BBC: Uzbek rights activist imprisoned` / the post: a blog's date header opening the page,
 * the day the post went up. A news site's clock in its top bar (the day the page was scraped) gives itself away by its
 * theme's print (`Monday , 27 May 2019`, `Monday, June 05, 2023  |`), the theme's other furniture, another date in the
 * lines under it (the story's), or a story that dates its own events long before it.
 */
function blogDateHeader(blocks: string[], i: number, date: FoundDate): boolean {
  if (i !== 0 || !BLOG_DATE_HEADER.test(blocks[i]!.trim())) return false;
  const page = blocks.slice(0, 40);
  if (page.some((block) => NEWS_THEME_SIGN.test(block.trim()))) return false;
  const months = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7) || '1');
  const oldest = months(date.iso) - BLOG_DATE_LAG_MONTHS;
  for (const [k, block] of page.entries()) {
    if (k === 0) continue;
    for (let rest = block, found = findDate(rest); found; rest = rest.slice(found.index + found.text.length), found = findDate(rest)) {
      if (months(found.iso) < oldest || (k <= 4 && found.iso !== date.iso && /\d{4}/u.test(found.text))) return false;
    }
  }
  return true;
}

/** `26 май 2024, якшанбе`: the same clock with its weekday after the date, as the region's sites print it. (A
 * clock showing seconds, `Wednesday, 26 June 2024, 10:22:09 am`, ticks: it is one too, in SITE_CLOCK.) */
const SITE_CLOCK_DAY_LAST = new RegExp(String.raw`^[^:]*\d{4},?\s+(?:${WEEKDAYS})$`, 'iu');

/** What only a blog theme's meta line says: its comment status or the reading time. */
// (`By April 4, 2025No Comments`: a byline's date and a comment count glued, the writer's name left empty; `Posted on
// Leave a comment`: its date left empty.)
const BLOG_META = /\bComments? (?:Off|Closed) on\b|\d\s*min(?:ute)?s? read$|\d{4}\s*No Comments$|^(?:Posted on\s+)?Leave a (?:[Cc]omment|[Rr]eply)$/u;

/** `Issue BriefsPublished on Oct 13, 2014 PDF Download`: a short line of labels with the publication date in it. */
function publishedInLabelLine(text: string): boolean {
  // At the start or glued to a label: after a writer's name (`Jane Roe Published May 2, 2024`) it is a byline line.
  // `… Index: EUR 46/042/2012 Russia Date: 1 November 2012`: a document's header line, its date labelled last.
  const labelled = /\sDate:\s+(.+)$/u.exec(text);
  if (labelled && wordCount(text, 21) <= 20) {
    const date = findDate(labelled[1]!);
    if (date?.index === 0 && date.text.length === labelled[1]!.trim().length) return true;
  }
  const at = /(?:^|\p{Ll})Published(?:\s+on)?:?\s+/u.exec(text);
  if (!at || wordCount(text, 13) > 12 || /[.!?]$/u.test(text.trim())) return false;
  return findDate(text.slice(at.index + at[0].length))?.index === 0;
}

const STANDFIRST_WRITER = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`;
// `…, writes Marc Bennetts in Almaty`: a British standfirst closing on its writer.
// (`… by the Nazarbayev government. Gabriel Levy reports`: closing the standfirst, with no place after it.)
// (`…, becoming a counterweight to Russia, Jane Roe writes.`: the writer before the verb;
// `… in the former Soviet Union - writes Jane Roe, a sanctions expert in the president's office.`: after a dash, with her post.)
const REPORTS_FROM = new RegExp(
  String.raw`(?:^|[.!?]\s+)${STANDFIRST_WRITER}\s+reports(?:\s+from\s+\p{Lu}|\.?$)` +
    String.raw`|,\s+writes\s+${STANDFIRST_WRITER}(?:\s+(?:in|from)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?\.?$` +
    String.raw`|,\s+${STANDFIRST_WRITER}\s+writes\.?$` +
    String.raw`|\s[-–—]\s+writes\s+${STANDFIRST_WRITER},\s+(?:a|an|the)\s+[^.!?]{1,120}\.?$`,
  'u',
);
/** The writer a standfirst names (REPORTS_FROM), or ''. */
function standfirstWriter(text: string): string {
  const match = REPORTS_FROM.exec(text);
  return match?.slice(1).find((name) => name !== undefined) ?? '';
}
/** `Last news in Fakti`: a site's own heading above its headline, naming the site. */
const LATEST_NEWS_IN = /^(?:Last|Latest) news (?:in|from|on|at) ((?:The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})$/u;
/** `Published daily by the Lowy Institute`: a site's tagline naming who publishes it. */
const PUBLISHED_BY_LINE = /^Published (?:daily |weekly |monthly |online )?by (?:the )?(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*){0,5})$/u;
const MASTHEAD_STAFF = /^(?:Supervisor|Editor[- ]in[- ]Chief|Chief Editor|Managing Editor|Executive Editor|Publisher|Founder|General Director|Director General)\s*[:：-]?\s+(\S.*)$/iu;

/** A sentence's end inside a line, then another sentence: a line of prose or a standfirst, never one headline. */
const TWO_SENTENCES = /\p{Ll}[.!?]\s+\p{Lu}/u;

/** How a sentence of prose, not a headline, opens. */
const SENTENCE_OPENING = /^(?:During|After|Before|Following|While|When|According to|Speaking|In a|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/u;

// Not `Business` or `Asia`, and a word of four letters at least after it: brands glue such words too
// (`BusinessEurope`, `AsiaNews`, `WorldCom`).
const GLUED_SECTION_LABEL = /^(?:News|World|Politics|Economy|Opinion|Analysis|Society|Region|[a-z][a-z0-9-]*\.[a-z]{2,6})(?=\p{Lu}\p{Ll}{3,}\b)/u;

/** The date opening the line after two other posts' headlines and dates stacked at `i` (see readHeader), or null. */
function dateUnderStackedTeasers(blocks: string[], i: number): FoundDate | null {
  if (blocks[i + 4] === undefined || !/\d{4}/u.test(blocks[i + 1]!) || !/\d/u.test(blocks[i + 3]!)) return null;
  const [first, firstDate, second, opening, story] = blocks.slice(i, i + 5).map((b) => b.trim());
  if (story === undefined) return null;
  if (wordCount(firstDate!, 6) > 5 || !/\d{4}/u.test(firstDate!) || !/^\p{L}+ \d|^\d/u.test(opening!) || parseDateLine(firstDate!) === null) return null;
  const headlines = [first!, second!].every((line) => isHeadline(line) && isHeadlineCase(line) && !/\d/u.test(line));
  if (!headlines || !isProse(story)) return null;
  // (`November 28, 2024November 28, 2024 – Kazakhstan –`: the date printed twice, glued; then the place.)
  const unglued = opening!.replace(/(\d{4})(?=\p{L})/u, '$1 ');
  const found = findDate(unglued);
  const placed = found !== null && /[–—-]\s*\p{Lu}\p{L}+/u.test(unglued.slice(found.index + found.text.length));
  return found && found.index === 0 && placed && wordCount(opening!, 13) <= 12 ? { iso: found.iso, text: found.text } : null;
}

/** `January 22, 2026 3 Min Read`: the date and reading time closing a post's card in a menu. */
function isCardMeta(line: string): boolean {
  const meta = /^(.{6,30}?)\s+\d{1,2}\s*min(?:ute)?s?\s+read$/iu.exec(line.trim());
  return meta !== null && parseDateLine(meta[1]!) !== null;
}

/**
 * `Masters of the Universe teaser` / `Videos` / `Masters of … He-Man` / `January 22, 2026 3 Min Read`, and another
 * card like it: other posts' cards (a headline, its section, a date and reading time) from block `i`. The last
 * block of the cards when there are two or more, else -1.
 */
function teaserCardsEnd(blocks: string[], i: number): number {
  let end = -1;
  let cards = 0;
  for (let k = i; cards < 30; cards++) {
    let meta = -1;
    for (let j = k; j < k + 4 && j < blocks.length; j++) {
      if (isCardMeta(blocks[j]!)) {
        meta = j;
        break;
      }
    }
    if (meta < 0) break;
    end = meta;
    k = meta + 1;
  }
  return cards >= 2 ? end : -1;
}

/** The date opening `line` and what stands beside it (see readHeader), or null when the line is something else. */
function dateBeside(line: string, next: string): { date: FoundDate; publisher: string | null; rest: string | null } | null {
  const found = findDate(line);
  if (!found) return null;
  const date = { iso: found.iso, text: found.text };
  const before = line.slice(0, found.index).trim();
  const after = line.slice(found.index + found.text.length).replace(/^\s*\d{1,2}:\d{2}/u, '').trim();
  if (before === '') {
    const beside = /^[-–—|]\s*(\p{Lu}.{1,80})$/u.exec(after);
    if (beside) {
      const name = beside[1]!.trim();
      return { date, publisher: /\b(?:Office|Ministry|Agency|Embassy|Council|Commission|Secretariat|Department|Service|Centre|Center)\b/u.test(name) && !/[/(]/u.test(name) ? name : null, rest: null };
    }
    if (after !== '' && after === next) return { date, publisher: null, rest: after };
    return null;
  }
  return /^\d{1,7}$/u.test(before) && /^(?:Print|Download|Share|PDF)\b/u.test(after) ? { date, publisher: null, rest: null } : null;
}

/**
 * `Magyar Nemzet` / `51 perce`, `- Times Tengri` / `- Dec 5, 2025`, `Novastan` / `Edited by: …`, `QLNews` / `By QLNews`:
 * a name of one to three words right under the headline, over the story's date or reading time or an editor's or
 * writer's credit, is the site's.
 */
function siteUnderHeadline(blocks: string[], i: number): string | null {
  // (`Materials World magazine` / `,` / `1 Jun 2017`: the kind of publication in lower case, and a stray comma, aside.)
  const name = blocks[i]!.trim().replace(/^[-–•·]\s+/u, '').replace(/\s+(?:magazine|newspaper|journal)$/u, '');
  if (!isSiteNameShaped(name)) return null;
  const stray = /^[\s,.;:|·•-]*$/u.test(blocks[i + 1] ?? '') && blocks[i + 2] !== undefined;
  const next = (blocks[stray ? i + 2 : i + 1] ?? '').trim().replace(/^[-–•·]\s+/u, '');
  const dated = /\d/u.test(next) && wordCount(next, 7) <= 6 && (parseDateLine(next) !== null || /^\d+\s*(?:perce|min(?:ute)?s?(?: read)?|hours? ago)\b/iu.test(next));
  const credited = /^(?:Edited by|By|Written by|Text by)\b/u.test(next);
  if (!dated && !credited) return null;
  // `Serikzhan Bilash` under the headline of a story that goes on to say `Bilash was arrested`: a person's name
  // (a picture's caption, or the writer's), its last word used alone below; no site is named so.
  const words = name.split(/\s+/u);
  if (words.length >= 2 && words.length <= 3 && /^\p{Lu}\p{Ll}+$/u.test(words.at(-1)!)) {
    const before = words.at(-2)!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const alone = new RegExp(String.raw`(?<!${before}\s)\b${words.at(-1)!}\b`, 'u');
    if (blocks.slice(i + 1).some((block) => alone.test(block))) return null;
  }
  return unshouted(name);
}

/** `Good Morning` printed twice at the top of a page: its greeting to the reader, no site's name. */
const GREETING = /^Good (?:Morning|Afternoon|Evening|Night)$/iu;
/** A section's or a credit's word, which a line naming the site has none of (`Research Articles`, `By`). */
const NOT_A_SITE_WORD = /^By\b|\b(?:Staff|Reporters?|Correspondents?|Editors?|Desk|Articles?|Research|Analysis|Opinions?|Reports?|Features?|Blogs?|Insights?|Commentary|Publications?|Stories|Posts?|Columns?|Interviews?|Press|Releases?)\b/iu;

/**
 * `Ice Lounge Media` / `Ice Lounge Media` above the headline: a short name printed twice at the top of the page
 * (the logo's text and the site's title) is the site's name.
 */
function siteNameTwice(blocks: string[], i: number, printedTwice: ReadonlySet<number>): string | null {
  const name = blocks[i]!.trim();
  if (!(printedTwice.has(i) || name === blocks[i + 1]?.trim()) || !isSiteNameShaped(name)) return null;
  // Not a section a breadcrumb above has named (`Home > NHK WORLD News > World Update`).
  // (`About JBIC` / `About JBIC`: the menu's link to the page about the site names it.)
  const site = name.replace(/^About\s+(?=\p{Lu})/u, '');
  return blocks.slice(0, i).some((line) => line.includes(name)) ? null : /^\p{Lu}{2,6}$/u.test(site) ? site : unshouted(site);
}

/**
 * One to three words, each capitalised, no figure, no closing punctuation, no person's name: a site's name as it
 * stands on a line of its own (not a section's: `Research Articles`; nor a credit's word: `By`).
 */
function isSiteNameShaped(name: string): boolean {
  const words = wordCount(name, 4);
  // (Nor a language switch, `ҚАЗ RUS ENG`, or other furniture.)
  return words >= 1 && words <= 3 && !/\d|[.,:;!?]$/u.test(name) && name.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word)) && !looksLikePersonName(name) && !NOT_A_SITE_WORD.test(name) && !GREETING.test(name) && headerFurnitureReason(name) === null;
}

/** A site's account posting for it, not a writer: `System Administrator`, `Admin`, `Web Desk`. */
const SITE_ACCOUNT = /^\s*(?:System Administrator|Site Administrator|Administrator|Admin|Webmaster|Web Desk|News Desk)\s+(?=\p{Lu}|\d)/u;

/** A rubric or a line of tags has at most this many words. */
const MAX_RUBRIC_WORDS = 5;

/** Block `i` is a short line above a longer headline-shaped line, and the story's prose follows that one. */
/** `From Nezavisimaya gazeta, May 16, 2024, p. 3. Complete text:`. */
const DIGEST_CREDIT = /^From\s+((?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+[\p{L}.&'’-]+){0,3}),\s+(.{6,30}?\d{4})(?:,\s*pp?\.\s*\d+(?:-\d+)?)?\.?(?:\s*(?:Complete|Condensed|Abridged) text:?)?$/u;

/**
 * `The OPEC fund for` / `international development`: a masthead's name wrapped over two lines, the first ending on a
 * connector and the second going on in lower case. Neither line is a headline (the `site-name` furniture of both).
 */
function wrappedMasthead(blocks: string[], i: number): string | null {
  const next = (blocks[i + 1] ?? '').trim();
  const endsOnConnector = /\s(?:for|of|and|the|&)$/u.test(blocks[i]!.trim()) && /^\p{Ll}[\p{L} ]*$/u.test(next);
  // (`The OPEC Fund` / `for International` / `Development`: or the second line opening on one.)
  const nextOpensOnConnector = /^(?:for|of|and)\s+\p{Lu}[\p{L} ]*$/u.test(next) && wordCount(blocks[i]!, 5) <= 4;
  return (endsOnConnector || nextOpensOnConnector) && wordCount(next, 5) <= 4 ? 'site-name' : null;
}

/** A headline's last word that leaves it hanging: a connector, an article or a preposition. */
const TRAILING_CONNECTOR = /\s(?:and|or|of|for|to|in|on|at|with|by|from|the|a|an|as|its|their|his|her)$/iu;

/** `Qatar Charity implements Humanitarian and` above `Qatar Charity implements Humanitarian and Developmental …`: a headline cut short, printed whole below. */
function cutShort(blocks: string[], i: number): string | null {
  const line = blocks[i]!.trim();
  if (wordCount(line, 4) < 3) return null;
  for (const next of [blocks[i + 1], blocks[i + 2]]) {
    const whole = (next ?? '').trim();
    const rest = whole.slice(line.length);
    // Not a credit after it (`… ceasefire (Kabar)`), nor the headline printed twice on one line, nor the headline
    // glued to its teaser below (`… calls on A&O A banking syndicate has been advised … for...`): a sentence of its own
    // after the line's last word, no connector left hanging.
    const gluedTeaser = /^\s+\p{Lu}/u.test(rest) && wordCount(rest, 8) >= 8 && !TRAILING_CONNECTOR.test(line);
    if (whole.startsWith(line) && /^\s+\p{L}/u.test(rest) && !rest.trim().startsWith(line.slice(0, 12)) && wordCount(rest, 2) >= 2 && !gluedTeaser) return 'cut-short';
  }
  return null;
}

/**
 * `Global perspective Human stories` above a headline printed twice: a short line above the page's repeated
 * headline (its title and its heading) is the site's tagline or a rubric, not a headline cut short.
 */
function aboveRepeatedHeadline(blocks: string[], i: number, printedTwice: ReadonlySet<number>): string | null {
  const [line, next] = [blocks[i]!.trim(), (blocks[i + 1] ?? '').trim()];
  // (A caption printed twice, `… as Kazakhstan’s president. (Kremlin)`, is no headline.)
  if (!printedTwice.has(i + 1) || printedTwice.has(i) || /[.!?:]$|\d/u.test(line) || /[.!?]["”’]*(?:\s*\([^()]*\))?$/u.test(next) || headerCaption(next)?.credit) return null;
  const words = wordCount(line, MAX_RUBRIC_WORDS + 2);
  return words <= MAX_RUBRIC_WORDS + 1 && words < wordCount(next, MAX_TITLE_WORDS + 1) && isHeadline(next) ? 'tagline' : null;
}

/**
 * `Kyrgyzstan declares outlets … crackdown Babar Azam's form slump: … New York Times opens …`: a ticker of
 * headlines run together, opening with the page's own headline that is printed alone a few lines below.
 */
function tickerOpeningWithHeadline(blocks: string[], i: number): string | null {
  const line = blocks[i]!.trim();
  const words = wordCount(line, 61);
  if (words < 20) return null;
  for (const next of blocks.slice(i + 1, i + 6)) {
    const headline = next.trim();
    const headlineWords = wordCount(headline, MAX_TITLE_WORDS + 1);
    if (headlineWords >= 5 && headlineWords <= MAX_TITLE_WORDS && words >= 2 * headlineWords && line.startsWith(headline) && /^\s+\p{Lu}/u.test(line.slice(headline.length))) return 'ticker';
  }
  return null;
}

/** A bar of a story's details with a relative stamp (`Published 4 hours ago`) and the site's domain: the domain. */
function relativeStampBar(text: string): string | null {
  const parts = text.split('|').map((part) => part.trim());
  if (parts.length < 2 || !parts.some((part) => /^(?:published|updated|posted)?\s*\d{1,2}\s+(?:mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago$/iu.test(part))) return null;
  return parts.find((part) => isDomainName(part)) ?? null;
}

/** A dateline with its full date, then the story's words: the story's first line, not a headline. */
function opensWithDatedDateline(text: string): boolean {
  const dateline = parseDateline(text);
  return dateline !== null && dateline.date !== null && dateline.date.iso.length === 10 && wordCount(dateline.rest, 4) >= 4;
}

/** A credit line that reads like a sentence: `Story by … for The Beet. Edited by …`. */
const CREDIT_LINE = /^(?:story|article|text|report|words|reporting) by\s+\p{Lu}[^.]{2,80}(?:\.\s+(?:edited|translated|produced|fact-checked) by\s[^.]{2,60})?\.?$/iu;

/** `News World PM Modi, Kazakh President discuss …` above `PM Modi, Kazakh President discuss …`: a breadcrumb glued to the headline printed again. */
function repeatsNextLine(blocks: string[], i: number): string | null {
  const [line, next] = [blocks[i]!.trim(), (blocks[i + 1] ?? '').trim()];
  if (next.length < 20 || line === next || !line.endsWith(next)) return null;
  const prefix = line.slice(0, line.length - next.length).trim();
  return prefix !== '' && wordCount(prefix, 4) <= 3 ? 'breadcrumb' : null;
}

/**
 * `The right to believe, to worship and witness` / `The right to change one’s belief …` / `The right to join …`:
 * short lines opening with the same three words are a site's tagline or a list, not a headline.
 */
function parallelLine(blocks: string[], i: number): string | null {
  // The first three words alike, the fourth not (a headline printed twice, once with a credit, is no list).
  const opening = (k: number) => {
    const text = (blocks[k] ?? '').trim();
    if (text === '' || /[.!?]$/u.test(text) || wordCount(text, 16) > 15) return null;
    const words = text.toLowerCase().split(/\s+/u);
    return words.length > 3 ? { head: words.slice(0, 3).join(' '), fourth: words[3]! } : null;
  };
  const own = opening(i);
  const parallel = (k: number) => {
    const other = opening(k);
    return own !== null && other !== null && other.head === own.head && other.fourth !== own.fourth;
  };
  // (Two lines alike are a tagline only above a headline: a headline over its own deck or its publisher's line,
  // `Welcome remarks by the Ambassador …` / `Welcome remarks by Ambassador … (Bishkek; …)`, `U.S. Central Command
  // hosts …` / `U.S. Central Command Public Affairs`, opens two lines alike with the story below.)
  const alike = [i - 2, i - 1, i + 1, i + 2].filter(parallel);
  if (alike.length >= 2) return 'tagline';
  if (alike.length === 0) return null;
  const below = (blocks[Math.max(i, alike[0]!) + 1] ?? '').trim();
  return isHeadline(below) && !isProse(below) ? 'tagline' : null;
}

function isRubricAboveHeadline(blocks: string[], i: number): boolean {
  const [text, next, after] = [blocks[i]!, blocks[i + 1], blocks[i + 2]];
  if (next === undefined || after === undefined || wordCount(text, MAX_RUBRIC_WORDS + 1) > MAX_RUBRIC_WORDS || /[.!?:]$/u.test(text)) return false;
  const nextWords = wordCount(next, MAX_TITLE_WORDS + 1);
  // (Not a byline under it: `Kazakhstan: Reaching for the Future` / `by Nathan Hamm on 1/19/2007 · 4 comments`.)
  // (Nor a line giving the date and the writer: `RUSSIA / FSU POLITICS - In Brief 12 Jan 2022 by Alex Teddy`.)
  if (!(nextWords > wordCount(text) + 1 && nextWords <= MAX_TITLE_WORDS && isHeadline(next) && !isProse(next)) || /^(?:by|written by)\s/iu.test(next.trim())) return false;
  // (Nor a date line: `Forging Vietnam-Uzbekistan Cooperation` / `9:07:16 AM | 4/1/2024`.)
  if (parseBylineLine(next, false)?.date || parseDateLine(next) !== null) return false;
  // (Nor a standfirst of two sentences, the second naming its writer: `… by the Nazarbayev government. Gabriel Levy reports`.)
  if (TWO_SENTENCES.test(next)) return false;
  // `Child labour - Forced labour`: topics set apart by a dash or a bar are tags, whatever follows the headline;
  // so is a section's name in capitals (`WORLD AT FIVE`).
  // `Opening Asia for Russia` / `Uzbekistan Airways to fly to Tbilisi` / `08.02.2019 77 просмотров`: a date
  // stamp under the longer line marks it as the headline.
  const stampUnder = findDate(after)?.index === 0 && wordCount(after, 8) <= 6;
  // (`Context and Culture` / `On the Roof of the World: …` / `S Reza Kazemi 10 min`: so does the writer's name.)
  const bylineUnder = wordCount(after, 8) <= 6 && parseBylineLine(after, true)?.name != null;
  return stampUnder || bylineUnder || (isProse(after) && wordCount(after, 25) >= 25) || TAG_LIST.test(text.trim()) || CAPS_RUBRIC.test(text.trim());
}
/** Two to four words in capitals: a section's or a newsletter's name. */
const CAPS_RUBRIC = /^\p{Lu}[\p{Lu}'’&-]*(?: [\p{Lu}'’&-]+){1,3}$/u;
/** Two to four topics of one to three words each, set apart by a spaced dash or a bar. */
const TAG_LIST = /^\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){0,2}(?: [-–—|] \p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){0,2}){1,3}$/u;

/** A bulleted line (`• …`, `- …`): a summary's point, not a headline or the story's first sentence. */
export function isBulletPoint(text: string): boolean {
  return /^\s*[•▪►■◆*-]\s/u.test(text);
}

/** `This article is part of the US-China Dynamics series, edited by …`, `This is Part 2 of a two-part series …`: a note above the article, kept as text but never its first sentence. */
export function isSeriesNote(text: string): boolean {
  // (`This article originally appeared on … website. Below is an excerpt.`: a repost's note, as little the story.)
  if (/^this\s/iu.test(text) && REPOST_NOTE.test(text) && wordCount(text, 41) <= 40) return true;
  return /^this (?:(?:article|piece|story|essay|post|commentary|analysis) is (?:part|one) of (?:the|a|an|our)|is part (?:\d+|one|two|three|four|five) of (?:the|a|an|our))\b.{0,120}\bseries\b/iu.test(text);
}

/**
 * `The below is attributable to Spokesperson Ned Price:`, `Dear colleagues, distinguished guests,`: a statement's
 * preamble or a speech's salutation, kept as text but never the first sentence a title is made from.
 */
export function isPreamble(text: string): boolean {
  // (`Ambassador Daniel Rosenblum:` on a line of its own: a transcript's speaker, whose words follow.)
  return /^(?:the (?:below|following)|below is|following is)\b[^.!?]{0,150}:$/iu.test(text.trim()) || /^(?:dear\s[^.!?]{0,80}[,:!]\s*){1,4}$/iu.test(text.trim()) || /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]+:$/u.test(text.trim());
}

/** Words of site navigation: a line made only of them (`About Us News`, `Home / Policies`) is a menu or breadcrumb. */
const NAV_WORDS = new Set(
  'about us news home contact back print share media press releases release events gallery more menu policies policy archive archives updates latest main page pages section sections topics en ru kz uz statements interviews speeches briefings announcements and resources for journalists photo photos essays bulletin information centre center transcripts insight insights video videos podcast podcasts publications'.split(' '),
);

/** A scraped marquee: one text twice over, glued or spaced (`…projects with the French Agency AFKazCenter for HCS …`). */
function isMarquee(text: string): boolean {
  return marqueeHalf(text) !== null;
}

/** The text a marquee repeats, or null. */
function marqueeHalf(text: string): string | null {
  if (text.length < 40 || text.length > 600) return null;
  const half = Math.floor(text.length / 2);
  // The repeat starts about halfway (a space may or may not separate the two copies).
  for (let at = half - 2; at <= half + 2; at++) {
    if (at > 20 && text.slice(at).trimStart() === text.slice(0, text.length - at).trimEnd()) return text.slice(at).trim();
  }
  return null;
}

/**
 * A post's category tags on one line (`Bilateral Defence Diplomatic Featured Global News News Politics
 * United States US`): six or more capitalised words with no small word among them, in alphabetical order
 * but for one step back (a tag of two words). A headline in title case is in no such order.
 */
function isTagList(text: string): boolean {
  // `AsiaAzerbaijanBelarusCentral AsiaChinaEast Europe…`: tags glued together, no punctuation between.
  if (/\p{Ll}\p{Lu}/u.test(text) && (text.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) >= 4 && !/[.!?,:;]/u.test(text)) return true;
  // `Asia-Pacific, Crime & Justice, Europe, Gender, Headlines, Human Rights`: four topics or more, set apart by
  // commas in alphabetical order.
  if (text.includes(', ')) {
    const topics = text.trim().split(/,\s+/u);
    if (topics.length >= 4 && topics.every((t) => /^\p{Lu}[\p{L}'’-]*(?: (?:&|and|\p{Lu}[\p{L}'’-]*)){0,3}$/u.test(t))) {
      let back = 0;
      for (let i = 1; i < topics.length; i++) if (topics[i]!.toLowerCase() < topics[i - 1]!.toLowerCase()) back++;
      return back === 0;
    }
  }
  if (/(?:^|\s)[^\p{Lu}\s]/u.test(text)) return false;
  const words = text.split(/\s+/u);
  if (words.length < 6 || !words.every((w) => /^\p{Lu}[\p{L}\p{N}&'’-]*$/u.test(w))) return false;
  let stepsBack = 0;
  for (let i = 1; i < words.length; i++) if (words[i]!.toLowerCase() < words[i - 1]!.toLowerCase()) stepsBack++;
  return stepsBack <= 1;
}

const STOCK_PHOTO_CREDIT = /^[>©@\s]*\p{Lu}[\p{L} .'’-]{2,40}\s*\/\s*(?:iStock|Getty Images|Shutterstock|Alamy|Adobe Stock|Unsplash|Pexels|Depositphotos|Dreamstime)\b.{0,20}$/u;

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/iu;

/** A writer's post under their byline: `Impunity Watch Reporter, Asia`, `Senior Correspondent`. */
const STAFF_POST = /^((?:The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\s+(?:Staff\s+)?(?:Reporter|Correspondent|Writer|Contributor|Columnist)(?:,\s*\p{Lu}[\p{L} ]{1,30})?$/u;
/** Words of a post itself, no outlet's name (`Senior Correspondent`, `Our Reporter`). */
const POST_WORDS = /^(?:The\s+)?(?:Senior|Staff|Special|Chief|Foreign|Political|Business|Sports?|Investigative|Freelance|Contributing|Guest|Our|Associate|Assistant|Deputy|Diplomatic|Economics?|Energy|Defen[cs]e|Security|Tech(?:nology)?|Health|Science|Regional|Local|National|International|World|Asia|Europe|Editor)\b/u;

export function headerFurnitureReason(text: string): string | null {
  // `• Jamaat Signals Openness to Unity Government After Polls     |`: a bulleted ticker's item, closed by its bar.
  if (/^[•·]\s.{5,160}\s\|$/u.test(text.trim())) return 'ticker';
  const label = text.trim().replace(/[\s:：.…»>|•·]+$/u, '');
  for (const [reason, pattern] of HEADER_FURNITURE) if (pattern.test(label)) return reason;
  // (The patterns below scan a few words before they can fail: each only on lines that hold its marker.)
  // `Bu məqalə Google Translate servisi vasitəsi ilə …`: a machine translation's notice in any of the site's languages.
  if (label.length <= 300 && label.includes('Google Translate')) return 'translation-note';
  // `46108052_1650045388433316_8975489940691353600_n`, `IMG_2041.jpg`: an image's file name the scrape kept as text.
  if (!/\s/u.test(label) && IMAGE_FILE.test(label)) return 'image-file';
  // `>@Leonid Andronov/iStock`, `©Leonid Andronov/ iStock`: a photo's credit to a stock library.
  if (label.includes('/') && STOCK_PHOTO_CREDIT.test(label)) return 'photo-credit';
  // `Ultimate magazine theme for WordPress.`: a theme's own credit.
  if (/wordpress$/iu.test(label) && /^(?:(?:[\p{L}'’-]+\s+){0,4}theme for|(?:proudly )?powered by) wordpress$/iu.test(label)) return 'page-ui';
  // `Charter 97!`, `Long live Belarus!`: a cry of up to three words is a site's slogan, not a headline.
  if (text.trim().endsWith('!') && /^[^.!?]{2,40}!$/u.test(text.trim()) && wordCount(text, 4) <= 3) return 'tagline';
  // `Swiss perspectives in 10 languages`: a site's slogan.
  if (/languages$/u.test(label) && /^(?:[\p{L}'’-]+\s+){1,3}in \d{1,2} languages$/iu.test(label)) return 'tagline';
  // Words in another script beside a menu's (`Press Releases 상세보기`, Korean for "details") do not hide it.
  const words = label.split(/[\s/|»>›•·]+/u).filter((w) => w !== '' && !(/\p{L}/u.test(w) && !/\p{Script=Latin}/u.test(w)));
  if (words.length >= 1 && words.length <= 6 && words.every((w) => NAV_WORDS.has(w.toLowerCase()))) return 'navigation';
  // `Home Mission Cooperation with International Organisations News and events About Uzbekistan Photo gallery`:
  // a menu opening with `Home`, mostly of menu words, whatever its length.
  if (words[0] === 'Home' && words.length >= 6 && words.filter((w) => NAV_WORDS.has(w.toLowerCase())).length * 2 >= words.length) return 'navigation';
  if (isMarquee(label)) return 'marquee';
  if (isTagList(label)) return 'tag-list';
  // `Үнэлгээ өгөх` (Mongolian for "rate this") on an English page: a widget's words, not a headline. A line
  // with a number in it (`26 фев 2021`) may be a date.
  if (/\p{L}/u.test(label) && !/[\p{Script=Latin}\p{N}]/u.test(label)) return 'other-script';
  // A long line mostly in another script is another language's text, a date in it or not (`Сегодня, 2 июля состоялся …`).
  if (!/^[\p{Script=Latin}\P{L}]{0,40}$/u.test(label.slice(0, 40)) && wordCount(label, 9) >= 8 && latinShare(label) < 0.25) return 'other-script';
  // `casino siteleri yeni bahis siteleri`: words with no capital and no full stop are tags or injected spam,
  // never a headline (a sentence cut from the body has its punctuation), nor is a page's slug in lower case (`china to
  // build 16 bn aluminium plant in tajikistan`). A number in it may be a date (`25 февраля 2025 г.`): a year, a
  // numeric date or a month's name keep it.
  if (!/\p{Lu}/u.test(label) && !/[.!?,;:]/u.test(label) && (!/\p{N}/u.test(label) || (/^[\p{Ll}\p{N} $%-]+$/u.test(label) && !/\d{4}|\d[./-]\d/u.test(label) && /^[\p{Script=Latin}\P{L}]*$/u.test(label) && !MONTH_WORD.test(label)))) {
    const words = wordCount(label, 13);
    if (words >= 4 && words <= 12) return 'lower-case';
  }
  return null;
}

/**
 * An institution's name alone on a line: `European Commission`, `Bureau of European and Eurasian Affairs`,
 * `Center for Strategic Communication`; not a deck that ends in one (`A Test for the Trump Administration`).
 */
const INSTITUTION_LINE = /^(?!(?:A|An|How|Why|What|When|Where|Who|Is|Are|Can|Will|Does|Do|Inside|Behind|Beyond)\s)(?:The\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,4}(?:Commission|Council|Bureau|Ministry|Department|Office|Embassy|Secretariat|Parliament|Assembly|Government|Administration|Committee|Mission|Agency|Center|Centre|Institute|Foundation|Organisation|Organization|Public Affairs)(?:\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,4}){0,3}$/u;

export function institutionLine(text: string): string | null {
  const trimmed = text.trim();
  // A centre or an institute names what it is for (`Media Center` alone is a site's section).
  if (/\b(?:Center|Centre|Institute|Foundation)$/u.test(trimmed)) return null;
  return wordCount(trimmed, 11) <= 10 && INSTITUTION_LINE.test(trimmed) ? trimmed : null;
}

/**
 * `Coordinating Council on Tuberculosis` / `The Coordinating Council on Tuberculosis was held on August 3, …`: a body
 * that sits, meets or is held is the story's subject, its name the headline, not the site's.
 */
function meetingHeld(text: string, blocks: string[], i: number): boolean {
  const next = blocks.slice(i + 1, i + 3).find((block) => block.trim() !== '')?.trim() ?? '';
  return next.startsWith(`The ${text.trim()} `) && /^(?:was|were|is|will be)\s+(?:held|convened|opened)\b|^(?:met|convened|took place|opened)\b/u.test(next.slice(text.trim().length + 5));
}

/** `Jane Roe[, a former editor at X,] is a senior fellow at Y.`: one sentence about the writer. */
const AUTHOR_NOTE =
  /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})(?:,\s[^,]{3,120},)?\s+is\s+(?:a|an|the)\s+[^.]{0,160}?\b(?:journalist|writer|correspondent|reporter|editor|fellow|analyst|researcher|professor|lecturer|scholar|author|columnist|contributor|expert)\b[^.]{0,160}\.$/u;

/** `The English website of the Islamic magazine - Al-Mujtama`, `The official website of …`. */
const SITE_DESCRIPTION = /^(?:the\s+)?(?:english|official|online|english-language)\s+(?:website|site|version|edition|portal)\s+of\s+(?:the\s+)?(.+?)(?:\s+[-–—|]\s+(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}))?\.?$/iu;

/** Where a photo caption says who stands where: `(R)`, `(2nd L)`, `(left)`, `(from left)`. */
const POSITION_MARKER = /\((?:[LRC]|\d(?:st|nd|rd|th)\s?[LR]|left|right|cent(?:re|er)|front|back|from left|L to R|l-r)\)/u;
/** `Officials pose for a group photo …`. */
// (`…, holds a box with ITC Executive Director Pamela Coke-Hamilton.`, `… shakes hands with …`: what the picture shows.)
const PHOTO_POSE = /\bpose[sd]?\s+for\s+(?:an?\s+)?(?:\w+\s+)?(?:photo(?:graph)?s?|pictures?)\b|,\s(?:holds?\s+(?:up\s+)?(?:a|an|the)\s+(?:box|sign|placard|banner|flag|copy|trophy|medal|certificate|cheque|check|plaque)\s+with|shakes?\s+hands\s+with)\s/iu;
/**
 * A credit after the caption's last sentence: `… 2025. - KUNA`, `… 2025. — X/@GovtofPakistan`, `… region. (IE)`, `… system. Credit: Masdar.`
 * (a sentence of prose closes with its full stop, not with a name after it).
 */
const CLOSING_CREDIT = /^(.*[.!?]["”’]?)\s*(?:[-–—]\s*(\p{Lu}[\p{Lu}\p{N}/&.-]{1,15}|\p{Lu}[\p{L}\p{N}.]{0,15}\/@[\p{L}\p{N}_]{2,30})|\((\p{Lu}[\p{Lu}\p{N}/&-]{1,7}|\p{Lu}[^()/]{1,40}\/[^()]{2,50})\)|(?:[Cc]redit|[Pp]hoto|[Ii]mage|[Pp]icture|CREDIT|PHOTO)s?\s*[:：]\s*([^.:]{2,60}?))\.?$/u;
/** An image's placeholder label in a scraped page: `news image`, `Featured Image`, `Photo`. */
const IMAGE_LABEL = /^(?:news |featured |main |lead |article |cover )?(?:image|photo|picture|illustration)$/iu;
const MAX_IMAGE_CAPTION_WORDS = 30;
/** Header lines this long are never a caption. */
const MAX_HEADER_CAPTION_WORDS = 60;

/** A photo's caption standing in the header, with its credit if it names one. */
export function headerCaption(text: string): { text: string; credit: string | null } | null {
  if (wordCount(text, MAX_HEADER_CAPTION_WORDS + 1) > MAX_HEADER_CAPTION_WORDS) return null;
  const credited = CLOSING_CREDIT.exec(text);
  if (credited) {
    const credit = credited[2] ?? credited[3] ?? credited[4]!;
    // `… he said. - Reuters` inside prose would be a wire credit too; a credit is a name, not a clause
    // (`Jane Roe/For The Washington Post` is two).
    if (wordCount(credit) <= 8 && /^\p{Lu}/u.test(credit)) return { text: credited[1]!.trim(), credit: credit.trim() };
  }
  // `Kazakhstani Ambassador to Mexico Andrian Yelemessov,photo: The News/Simon Schatzberg`: a caption with no full
  // stop, its credit labelled after a comma.
  const commaCredit = /^(.{10,}?)\s*,\s*(?:photo|image|picture|credit)s?\s*[:：]\s*(\p{Lu}[^:,]{1,60})$/iu.exec(text.trim());
  if (commaCredit && wordCount(commaCredit[2]!, 9) <= 8) return { text: commaCredit[1]!.trim(), credit: commaCredit[2]!.trim() };
  // `Photo : YONHAP News` after a date stamp: a credit the cleaner would have taken on a line of its own.
  const plain = parseCaption(text);
  if (plain) return { text: plain.text, credit: plain.credit };
  if (POSITION_MARKER.test(text) || PHOTO_POSE.test(text)) return { text: text.trim(), credit: null };
  return null;
}

/**
 * `"Transparency and Visa Policies May Spur Anti-Chinese Sentiments"`: a headline printed whole in
 * quotation marks is the headline, without them (a quote inside a headline keeps its marks). Only words:
 * a line of code in quotes (`"><script>…</script x="`) is kept as written.
 */
export function unquotedHeadline(title: string): string {
  const quoted = /^["“«]([\p{L}\p{N}][^"“”«»<>]*[\p{L}\p{N}?!])["”»]$/u.exec(title.trim());
  return quoted ? quoted[1]! : title;
}

/** A site's section after a bar, closing a page's title: ` | News`, ` | World`. */
const TRAILING_SECTION = /\s+\|\s+(?:News|World|Politics|Business|Economy|Opinion|Analysis|Sports?|Culture|Society|Region|Asia|Europe|Features?|Lifestyle|Tech|Technology|Science|Health|Travel)\s*$/u;
/** An office and a name, nothing else: `PM Narendra Modi`, `Foreign Minister Wang Yi`, `President Tokayev`. */
const NAMED_OFFICER_LINE = /^(?:PM|President|Prime Minister|(?:Foreign |Defen[cs]e |Finance )?Minister|Ambassador|Chancellor|Senator|Secretary of State|Sheikh|Emir|Amir|King|Queen)\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}$/u;

/**
 * `Executive Director of the Development Strategy Center` under the writer's name, `President of the Republic of
 * Tajikistan` over a speech: a post and the body or state it is of, in title case and with no verb, says who writes
 * or speaks; a headline says what happened (`President of Kazakhstan Visits China`).
 */
function isPostLine(line: string): boolean {
  // (A verb anywhere makes it a headline: `Minister of Energy Meets Chinese Delegation`, `… Visited China`.)
  if (!POST_LINE.test(line) || wordCount(line, 13) > 12 || HEADLINE_VERB.test(line) || /\s\p{Lu}\p{Ll}+ed\s/u.test(line)) return false;
  const last = line.split(/\s+/u).at(-1)!;
  return !/\p{Ll}(?:s|ed)$/u.test(last) || /^(?:Affairs|Nations|States|Emirates|Relations|Studies|Sciences|Resources|Industries|Services|Statistics|Economics|Politics|Communications|Emergencies|Forces|Islands|Netherlands|Philippines|Maldives|Comoros|Bahamas)$/u.test(last);
}
const POST_LINE =
  /^(?:(?:Executive|Deputy|First|Vice|General|Managing|Senior|Chief|Acting)\s+)*(?:Director|Chairman|Chairwoman|Chair|Head|President|Minister|Ambassador|Rector|Founder|CEO|Secretary|Adviser|Advisor|Professor|Fellow|Researcher)(?:[- ]General)?\s+(?:of|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|and|on|the|\p{Lu}[\p{L}'’.-]*))*$/u;

/**
 * `Makhabat Tajibek kyzy and office` over `Kyrgyz police detain Temirov Live Director Makhabat Tajibek kyzy (left) after
 * searching the outlet's office … (Screenshots: …)`: a few words all taken from the photo's caption right below are
 * the image's alternative text, not a headline.
 */
function isImageAltText(line: string, next: string): boolean {
  const words = line.toLowerCase().split(/\s+/u);
  if (words.length < 2 || words.length > 8 || /[.!?:]$/u.test(line)) return false;
  const caption = headerCaption(next.trim());
  if (caption === null || caption.credit === null) return false;
  const captionWords = new Set(caption.text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u));
  return words.every((word) => captionWords.has(word));
}

/** A line that opens like a writer's byline (`By …`, `STORY BY …`, `Written by …`), read in full by parseBylineLine. */
const BYLINE_MARK = /^(?:(?:story|article|text|words|written|report|reporting)\s+)?by\b/iu;

/** A short line that does not end like a sentence or a label: `?`, `!` or no final punctuation. */
export function isHeadline(text: string): boolean {
  const words = wordCount(text, MAX_LONG_TITLE_WORDS + 1);
  // `… visited the construction site of the`: a sentence the scrape broke off, not a headline; nor `… For Almaty, the
  // website (`, broken at an opening bracket.
  if (words > MAX_TITLE_WORDS && /\s(?:the|a|an|of|to|and|in|for|with|on|at|by|from)$/u.test(text.trim())) return false;
  if (/\s[(\[“«]$/u.test(text.trim())) return false;
  return words >= MIN_TITLE_WORDS && words <= MAX_LONG_TITLE_WORDS && (!/[.:;,…]["”’»)]*$/.test(text) || endsInInitialism(text));
}

/**
 * `Uzbek Unicorn Uzum Plans Pre-IPO Funding Round in Hong Kong.`, `History, Politics, Economy and Startups in
 * Uzbekistan.`: a line in headline case closed by one full stop is a headline all the same; a story's sentence is
 * never in headline case.
 */
function titleCaseSentence(text: string): boolean {
  const trimmed = text.trim();
  return /[^.]\.$/u.test(trimmed) && !TWO_SENTENCES.test(trimmed) && isHeadlineCase(trimmed.slice(0, -1));
}

/**
 * `First EU-Central Asia Summit in Uzbekistan: Cooperation on critical minerals, energy, and logistics set to grow.`:
 * a label in headline case, a colon, then one sentence; a story's sentence does not open with such a label.
 */
function labelledSentenceHeadline(line: string): boolean {
  const labelled = /^([^:]{8,90}):\s+\p{Lu}[^:]*[^.]\.$/u.exec(line.trim());
  return labelled !== null && wordCount(line, 25) <= 24 && !TWO_SENTENCES.test(line) && isHeadlineCase(labelled[1]!) && wordCount(labelled[1]!) >= 3;
}

/** `Roza Otunbayeva to the world dictators: “You cannot stop democracy…”`: who spoke, a colon and their words closing the line. */
function quotationHeadline(line: string): boolean {
  return /^[^“”"«»:]{8,100}:\s*[“"«][^“”"«»]{3,160}[”"»]$/u.test(line.trim()) && wordCount(line, 30) <= 28;
}

/**
 * `Uzbek special forces train in U.S.A.` alone at the top of the page over a paragraph of the story: a short
 * line with no article and no comma, as headlines are written, is the headline even in sentence case with a
 * full stop. A story's first sentence has its articles (`… have established a joint venture in Uzbekistan.`)
 * or its clauses (`When you want to learn something useful, you go to the experts.`).
 */
function shortFirstLineOverStory(index: number, line: string, below: string): boolean {
  return index === 0 && wordCount(line, 13) <= 12 && !/(?:^|\s)(?:[Tt]he|[Aa]n?)\s|,/u.test(line) && wordCount(below, 25) >= 25 && isProse(below);
}

/**
 * `… Held in Washington D.C.`, `… Visit the U.S.`: a line in headline case whose last full stop is an
 * initialism's, not a sentence's end.
 */
function endsInInitialism(text: string): boolean {
  // `… with CEO of “Mitsubishi Heavy Industries, Ltd.”`: a company's legal form ends the name, not a sentence.
  if (/[\s,](?:Ltd|Inc|Corp|Co|LLC|Plc|PLC)\.["”’»)\]]*$/u.test(text)) return true;
  // `Kuwait Eager To Enhance Cooperation With Uzbekistan -- Min.`: an office cut short, in a headline-case line.
  return /(?:(?:^|[\s(])(?:\p{Lu}\.){2,}|\s(?:Min|Govt|Gov|Dept|Amb|Pres|Sen|Rep|Gen|Intl)\.)$/u.test(text) && isHeadlineCase(text.slice(0, -1));
}

/** How far down the page a breadcrumb may stand, and how far below it the headline. */
const MAX_BREADCRUMB_BLOCK = 6;
const MAX_BREADCRUMB_TO_HEADLINE = 3;
const CRUMB_SEPARATOR = /\s*(?:[»>›|/]+|\s:(?=\s))\s*/u;

/**
 * A breadcrumb trail from the home page to this article: `Home » Kazakhstan Closed Borders …`, `Home /
 * Socium / The number of migrant workers from Uzbekistan to R...`, or, its separators lost in the scrape,
 * `Home International Relations Indian Foreign Minister Attended …` above that headline. Its last crumb
 * is the headline, whole or cut short: the headline is the line below that it names, or the crumb itself.
 */
export function findBreadcrumb(blocks: string[]): { index: number; headline: number | null; title: string; site?: string } | null {
  for (let i = 0; i < blocks.length && i <= MAX_BREADCRUMB_BLOCK; i++) {
    // `You are here: Home > …`: the trail's own label.
    // (`• HOMEPAGE >> BLOG >> …`: a bulleted trail, in capitals.)
    const text = blocks[i]!.trim().replace(/^[•·▪]\s*/u, '').replace(/^you are here\s*[:»>]?\s*/iu, '').replace(/^HOME(?:PAGE)?\b/u, 'Home');
    // `Insight Turkey > Articles |`: a trail may open with the site's name, printed above, instead of `Home`.
    const site = blocks.slice(0, i).map((b) => b.trim()).find((b) => b.length >= 3 && text.startsWith(b) && /^\s*[»>›]\s*\S/u.test(text.slice(b.length)));
    if (!(/^Home\b/u.test(text) || site) || text.length > 300) continue;
    const next = blocks[i + 1]?.trim();
    // `… > Articles |`: a trail closed by its separator ends at a section; the headline is the next headline below.
    if (/[»>›|/]$/u.test(text) && (site || /^Home\s*[»>›|/]/u.test(text))) {
      // The site's name opening the trail is the outlet's when the page's top printed it, twice or as an outlet's.
      const outlet = site !== undefined && (blocks.slice(0, i).filter((b) => b.trim() === site).length >= 2 || isOutletName(site)) ? site : undefined;
      for (let k = i + 1; k < blocks.length && k <= i + MAX_BREADCRUMB_TO_HEADLINE; k++) {
        if (blocks[k]!.trim() !== '' && isHeadline(blocks[k]!.trim())) return { index: i, headline: k, title: blocks[k]!.trim(), ...(outlet ? { site: outlet } : {}) };
      }
      continue;
    }
    if (!/^Home\b/u.test(text)) continue;
    // (`Home : News : Article View`: crumbs between spaced colons.)
    const separated = /^Home\s*(?:[»>›|/]+|\s:(?=\s))\s*(\S.*)$/u.exec(text);
    if (!separated) {
      // The crumbs run into the headline below: `Home International Relations <headline>`.
      if (next && wordCount(next) >= MIN_TITLE_WORDS && text.endsWith(` ${next}`) && wordCount(text.slice(0, -next.length), 8) <= 6) {
        return { index: i, headline: i + 1, title: next };
      }
      continue;
    }
    const last = separated[1]!.split(CRUMB_SEPARATOR).pop()!.trim();
    // Cut short with `...`, `…` or `(...)`.
    const cut = /(?:\.{3}|…)\)?$/u.test(last);
    const stem = last.replace(/\s*\(?(?:\.{3}|…)\)?$/u, '');
    // A crumb cut short may keep a word only (`Assets...`): the headline below must then run on from it.
    const short = wordCount(stem) < MIN_TITLE_WORDS;
    if (short && !cut) {
      // `Home : News : Article View`: a trail ending at a page type; the headline is the next headline below.
      if (/\s:\s/u.test(text) || /^Home\s*[»>›|/]{2}/u.test(text)) {
        for (let k = i + 1; k < blocks.length && k <= i + MAX_BREADCRUMB_TO_HEADLINE; k++) {
          // (`NEWS | March 26, 2010` between: a section's name and the date, no headline.)
          if (blocks[k]!.trim() !== '' && isHeadline(blocks[k]!.trim()) && findDate(blocks[k]!) === null) return { index: i, headline: k, title: blocks[k]!.trim() };
        }
      }
      continue;
    }
    for (let k = i + 1; k < blocks.length && k <= i + MAX_BREADCRUMB_TO_HEADLINE; k++) {
      const line = blocks[k]!.trim();
      const runsOn = cut && line.startsWith(short ? `${stem} ` : stem) && wordCount(line) >= MIN_TITLE_WORDS;
      if (runsOn || (!cut && line === stem)) return { index: i, headline: k, title: line };
    }
    if (!cut) return { index: i, headline: null, title: stem };
  }
  return null;
}

/**
 * `Special Forces … take part in the "Interaction-2022" training` / `Special Forces … training 04.10.2022`: the
 * headline printed again with the story's date. What stands above it is another item's (a teaser and its date).
 */
function headlineDatedAgain(blocks: string[]): { headline: number; date: FoundDate } | null {
  for (let k = 0; k + 1 < blocks.length && k < MAX_HEADER_BLOCKS; k++) {
    const line = blocks[k]!.trim();
    const next = blocks[k + 1]!.trim();
    if (next.length <= line.length || !next.startsWith(`${line} `) || wordCount(line, MIN_TITLE_WORDS) < MIN_TITLE_WORDS) continue;
    const rest = next.slice(line.length).trim();
    const date = wordCount(rest, 5) <= 4 ? parseDateLine(rest) : null;
    if (date && isHeadline(line)) return { headline: k, date };
  }
  return null;
}

/** `Turkmenistan|politics|March 15, 2017 / 10:17 AM`: a breadcrumb of section labels with the date. */
function breadcrumbDate(text: string): FoundDate | null {
  const parts = text.split(/\s*[|·•]\s*/u);
  if (parts.length < 2) return null;
  const dated = parts.map((part) => parseDateLine(part.replace(/\s*\/\s*/gu, ' ')));
  const date = dated.find((d) => d !== null);
  if (!date) return null;
  return parts.every((part, k) => dated[k] !== null || wordCount(part, 4) <= 3) ? date : null;
}

/** `CABAR - Central Asian Bureau for Analytical Reporting` → the name the acronym stands for; else the mark as printed. */
function siteMark(credit: string): string | null {
  if (credit.includes('/')) return null;
  const [short, long] = credit.split(/\s+[-–—]\s+/u);
  if (long === undefined) return credit.trim();
  const initials = long
    .split(/\s+/u)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return initials === short!.replace(/[^\p{L}]/gu, '').toUpperCase() ? long.trim() : credit.trim();
}

/** `Xinhua) 08:09, June 19, 2025`, `(AFP) 25.02.2025`: an agency's name (brackets as scraped) and a date stamp. */
function agencyDateLine(text: string): { source: string; date: FoundDate } | null {
  const match = /^\(?\s*([\p{Lu}][\p{L}.&' -]{1,40}?)\s*\)\s*(.+)$/u.exec(text.trim());
  if (!match || !isAgencyName(match[1]!)) return null;
  const date = parseDateLine(match[2]!);
  return date ? { source: outletCase(match[1]!), date } : null;
}

/**
 * `Religious Liberty Prayer Bulletin | RLPB 091 | Wed 19 Jan 2011`: a bulletin's masthead, its issue and its date
 * in cells of one line.
 */
function mastheadDateLine(text: string): { source: string; date: FoundDate } | null {
  const cells = text.trim().split(/\s+\|\s+/u);
  if (cells.length < 2 || cells.length > 4 || !isOutletName(cells[0]!)) return null;
  const date = parseDateLine(cells.at(-1)!);
  // (Between them only short labels: an issue's number, a section.)
  return date && cells.slice(1, -1).every((cell) => wordCount(cell, 4) <= 3) ? { source: cells[0]!, date } : null;
}

/** `Headline | 12.03.2024`, `Headline 25 February 2025`: a date printed beside the headline. */
function splitTrailingDate(text: string, printedBelow: (title: string) => boolean): { title: string; date: FoundDate | null } {
  const parts = text.split(/\s+[|·•—–-]\s+|\s*\|\s*/u);
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    const date = parseDateLine(last);
    // (`Duration : December 1, 2016 - November 30, 2019`: the end of a range of dates is no headline's date.)
    const before = parts[parts.length - 2]!;
    const opening = findDate(before);
    const range = opening !== null && before.slice(opening.index + opening.text.length).trim() === '';
    if (date && !range) return { title: parts.slice(0, -1).join(' | ').trim(), date };
  }
  // `PM Netanyahu meets with … Nazarbayev 14 December 2016` with no mark between: only when the headline is
  // printed again below without the date (else the date may be the headline's own).
  const date = findDate(text);
  const title = date ? text.slice(0, date.index).trim() : '';
  if (date && date.index >= 20 && text.slice(date.index + date.text.length).trim() === '' && printedBelow(title)) return { title, date };
  return { title: text, date: null };
}

const IMAGE_FILE = /^(?:[\p{L}\p{N}-]*_[\p{L}\p{N}_-]*\d{4}[\p{L}\p{N}_-]*|[\p{L}\p{N}_-]+\.(?:jpe?g|png|gif|webp))$/iu;

/** `Farirai Machivenyika` / `Senior Reporter`: a newsroom post on a line of its own frames the name above it as the byline. */
const NEWSROOM_ROLE = /^(?:(?:senior|chief|political|business|foreign|diplomatic|special|staff|deputy|sports|news|features)\s+)?(?:reporter|correspondent|writer|editor|journalist)$/iu;

/** `… to double Tajikistan’s Energy Ouput Featured`: a theme's label glued after a headline of five words or more is none of it. */
function withoutThemeLabel(title: string): string {
  return wordCount(title) >= 6 ? title.replace(/\s+(?:Featured|Sponsored|Trending)$/u, '') : title;
}

/** `printedTwice`: the blocks the scrape printed again right below (the copy cleaned away as a duplicate). */
/**
 * `Introducing Kazakhstan` / `by Organizing Committee|15 NOV 2019`: where the header found no headline, a short line it
 * read as a section's label at the top of the page is the headline when the story's byline or date follows right under it.
 */
export function headlineOverByline(blocks: string[], header: Header): string | null {
  const label = header.furniture.find((f) => f.reason === 'section-label');
  if (!label) return null;
  for (let i = 0; i < label.index; i++) if (!header.taken.has(i)) return null;
  const under = blocks[label.index + 1]?.trim() ?? '';
  return /^by\s+\p{Lu}/u.test(under) || parseDateLine(under) !== null ? blocks[label.index]!.trim() : null;
}

export function readHeader(blocks: string[], printedTwice: ReadonlySet<number> = new Set()): Header {
  const header: Header = {
    title: null,
    titleLine: null,
    source: null,
    date: null,
    bylineText: null,
    bylineAgency: null,
    furniture: [],
    taken: new Set(),
    rewritten: new Map(),
    captions: [],
  };
  let titleSlotOpen = true;
  let titleIndex = -2;
  /** A date line atop the page, above the headline: the story's date, unless a line under the headline says otherwise. */
  let topDate: { index: number; date: NonNullable<typeof header.date> } | null = null;
  /** The date of the first byline taken, when it was a `by` line with its date (it may prove a teaser's). */
  let datedByline: NonNullable<typeof header.date> | null = null;
  // `Last Update : Friday, Oct 30, 2015` atop the page: when the page was last changed, its date only while no other
  // line of the header states one (`[Monday, Oct 26, 2015]` over the headline).
  let lastUpdateDate = false;
  /** `line`: the line the date is read from, when it may be a last update's. */
  const setDate = (date: FoundDate | null, how: string, line?: string) => {
    // (`date 2017-02` above, `Tuesday, 21 February 2017` below: the day within the month found first.)
    if (date && (header.date === null || lastUpdateDate || (header.date.iso.length === 7 && date.iso.startsWith(`${header.date.iso}-`)))) {
      header.date = { ...date, how };
      lastUpdateDate = line !== undefined && /^last\s+update\b/iu.test(line.trim());
    }
  };
  /** A byline line at block i: its writer or agency, and the date beside it. */
  const takeByline = (i: number, byline: FoundByline) => {
    header.bylineText = byline.name;
    header.bylineAgency = byline.agency;
    setDate(byline.date, 'byline');
    header.taken.add(i);
    takePostBelow(i);
  };
  /** The bare names on the lines right below a bare-name byline at i, each another writer; the last line taken. */
  const takeStackedWriters = (i: number): number => {
    const names = [header.bylineText!];
    let last = i;
    for (let k = i + 1; k < blocks.length && names.length < 4 && !header.taken.has(k); k++) {
      const line = blocks[k]!.trim();
      const writer = parseBylineLine(line, true);
      // (`Edward Lemon` / `Bradley Jardine` / `Edward LemonandBradley Jardine`: the names again, glued, end the stack.)
      if (writer?.name !== line || writer.agency !== null || writer.date !== null || !looksLikePersonName(line) || names.some((name) => line.includes(name))) break;
      names.push(line);
      header.taken.add(k);
      last = k;
    }
    header.bylineText = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    return last;
  };
  // `By: Katherine Hewitt` / `Impunity Watch Reporter, Asia`: the writer's post on the line below a byline, the outlet in it.
  const takePostBelow = (i: number) => {
    const post = STAFF_POST.exec(blocks[i + 1]?.trim() ?? '');
    if (!post || header.taken.has(i + 1)) return;
    if (!POST_WORDS.test(post[1]!)) header.source ??= post[1]!;
    header.taken.add(i + 1);
  };

  // Above a breadcrumb is the site's chrome (menus, teasers of other stories); the crumb ends in the headline.
  const crumb = findBreadcrumb(blocks);
  const aboveCrumb = (i: number): boolean => crumb !== null && i < crumb.index;
  const repeat = crumb === null ? headlineDatedAgain(blocks) : null;
  const takeTitle = (i: number, title: string, line: string) => {
    header.title = withoutThemeLabel(title);
    header.titleLine = line;
    titleIndex = i;
    titleSlotOpen = false;
    header.taken.add(i);
  };

  // Furniture does not use up the header's lines: a ticker of eight lines (`USD` / `381.77` / …) may stand above it.
  for (let i = 0; i < blocks.length && i < MAX_HEADER_BLOCKS + header.furniture.length; i++) {
    if (crumb && i >= crumb.index && i <= (crumb.headline ?? crumb.index)) {
      if (i === crumb.headline) takeTitle(i, blocks[i]!.trim(), blocks[i]!);
      else if (i === crumb.index && crumb.headline === null) takeTitle(i, crumb.title, blocks[i]!);
      else {
        if (i === crumb.index && crumb.site) header.source ??= crumb.site;
        // The crumb itself, and a line of tags between it and the headline (`Central Asia Featured Global News`).
        header.furniture.push({ index: i, reason: i === crumb.index ? 'breadcrumb' : 'section-label' });
        header.taken.add(i);
      }
      continue;
    }
    if (repeat && i <= repeat.headline + 1) {
      if (i === repeat.headline) takeTitle(i, blocks[i]!.trim(), blocks[i]!);
      else if (i === repeat.headline + 1) {
        header.date = { ...repeat.date, how: 'date line' };
        header.taken.add(i);
      } else {
        header.furniture.push({ index: i, reason: 'teaser' });
        header.taken.add(i);
      }
      continue;
    }
    // (A line a reading of the line above took already: a byline's post.)
    if (header.taken.has(i)) continue;
    let text = header.rewritten.get(i) ?? blocks[i]!;
    // `(Русский) Andrea Bertozzi: “…”`: a language switch's label glued before the headline.
    // `Reading: Tajikistan: PM Nawaz …`: a sticky bar's label before the headline it repeats.
    const switched = LANGUAGE_SWITCH.exec(text) ?? (titleSlotOpen ? /^Reading:\s+(?=\p{Lu})/u.exec(text) : null);
    if (switched && switched[0].length < text.trim().length) {
      text = text.slice(switched[0].length);
      header.rewritten.set(i, text);
    }

    // `Serbian Journalist … Assaulted …` / `November 27, 2024` / `Pakistan’s Arrest of …` / `November 28, 2024November
    // 28, 2024 – Kazakhstan –` / the story: other posts' headlines and dates stacked above a story that opens with
    // its own date and place.
    const storyDate = titleSlotOpen && header.date === null ? dateUnderStackedTeasers(blocks, i) : null;
    if (storyDate) {
      for (const k of [i, i + 1, i + 2]) header.furniture.push({ index: k, reason: 'teaser' });
      for (const k of [i, i + 1, i + 2, i + 3]) header.taken.add(k);
      setDate(storyDate, 'date line');
      i += 3;
      continue;
    }
    // `8 min readAug 7, 2024`: a blog's reading time glued before the date; the date is read on.
    const unread = withoutReadingTime(text);
    if (unread !== text && unread.trim() !== '') {
      text = unread;
      header.rewritten.set(i, text);
    }
    // `[Japan International Cooperation Agency] [Monday, Oct 26, 2015]`: an item's credit and its date, each in
    // brackets, as a portal prints another body's release: who released it, and when.
    const credited = /^\[([^[\]]{2,80})\]\s*\[([^[\]]{6,40})\]$/u.exec(text.trim());
    const creditDate = credited ? parseDateLine(credited[2]!) : null;
    if (credited && creditDate && /^\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}.&'’-]*)){0,8}$/u.test(credited[1]!)) {
      setDate(creditDate, 'date line');
      header.source = credited[1]!;
      header.taken.add(i);
      continue;
    }
    // `date 2025-06-16 China's Xi in Kazakhstan…`: a stamp opening the line; what follows is read on.
    const stamp = parseDateStamp(text);
    // The page's first line a ticking clock (its seconds shown): the day it was scraped, not the story's.
    // (`Sunday, 16 January 2022, 13:36:27 — Baku (UTC+4)`: with the site's city and time zone after it.)
    const clock = text.trim().replace(/\s+[—–-]\s+\p{Lu}[\p{L} ]{1,30}(?:\s*\((?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::\d{2})?\))?$/u, '');
    // (`Time in Yerevan: 11:07:36, 20 January`: the site's city and its time, no year.)
    const cityClock = i === 0 && /^(?:Local\s+)?Time in \p{Lu}[\p{L} -]{1,30}:\s*\d{1,2}:\d{2}(?::\d{2})?\b/u.test(text.trim());
    // (`Heute 72` / … / `Sonntag, 1.09.2024`: a date alone under the site's counter of visits is the day it was scraped.)
    // (In any language: `Sonntag, 1.09.2024`, a weekday and a date of a few words with a year.)
    const underCounter = wordCount(text, 6) <= 5 && /\b(?:1[89]|20)\d\d\b/u.test(text) && header.furniture.some((f) => f.index === i - 1 && f.reason === 'visit-counter');
    if (cityClock || underCounter || (stamp && (stamp.rest === '' || clock !== text.trim()) && i === 0 && /\d:\d{2}:\d{2}/u.test(text) && SITE_CLOCK.test(clock))) {
      header.furniture.push({ index: i, reason: 'site-clock' });
      header.taken.add(i);
      continue;
    }
    if (stamp) {
      setDate(stamp, 'date stamp', text);
      // `Friday, 29 March 2024 10:44` atop the page, `Monday, 11 May 2015` under the headline: a stamp with its
      // time on the first line may be the site's clock, which an earlier date under the headline then corrects.
      if (i === 0 && header.title === null && header.date?.text === stamp.text && /\d{1,2}:\d{2}/u.test(text)) topDate = { index: i, date: header.date };
      if (stamp.rest === '' || headerFurnitureReason(stamp.rest)) {
        header.taken.add(i);
        continue;
      }
      header.rewritten.set(i, stamp.rest);
      text = stamp.rest;
    }

    // `From Nezavisimaya gazeta, May 16, 2024, p. 3. Complete text:`: a digest's credit to the paper it translates.
    const digest = DIGEST_CREDIT.exec(text.trim());
    const digestDate = digest ? findDate(digest[2]!) : null;
    if (digest && digestDate) {
      setDate(digestDate, 'digest credit');
      header.source ??= capitalizeWords(digest[1]!);
      header.taken.add(i);
      continue;
    }
    // `Press release by the Global Snow Leopard and Ecosystems Protection Program (GSLEP) – Bishkek, Kyrgyzstan.`:
    // who issued the release, and where.
    const issuer = titleSlotOpen ? RELEASE_ISSUER.exec(text.trim()) : null;
    if (issuer) {
      header.source ??= issuer.groups!['body']!;
      header.taken.add(i);
      continue;
    }
    // `China Vaults Past US … - WhoWhatWhy China Vaults Past US … - WhoWhatWhy`: the page's title twice over;
    // one copy is the headline, and the name after its last dash or bar is the site's.
    // (A ticker repeating other stories has no site's name at its end, and stays furniture.)
    const repeated = titleSlotOpen ? marqueeHalf(text.trim()) : null;
    // `Isu - News - The first ISU partner University … The first ISU partner University …` over `The first ISU partner
    // University …`: the page's title, the site and the section before the headline, which the next line prints alone.
    if (i === 0 && titleSlotOpen && !repeated && pageTitleOverHeadline(text, blocks[i + 1] ?? '')) {
      header.furniture.push({ index: i, reason: 'page-title' });
      header.taken.add(i);
      continue;
    }
    // `Aid to the Church in Need Ireland | ACN Ireland`: the site's name, then its acronym; both the site's, no headline.
    const twoNames = i === 0 && titleSlotOpen && !repeated ? siteNameAndAcronym(text) : null;
    if (twoNames) {
      header.source ??= twoNames;
      header.furniture.push({ index: i, reason: 'site-name' });
      header.taken.add(i);
      continue;
    }
    // `Telia closes book on Uzbek bribery scandal - Mobile World Live` as the scrape's first line: the page's
    // title, the site's name of two to four words after its last dash or bar (not a series' `Part II`).
    // (`… – T-Dynamics Skip to main content`: a skip link glued after it.)
    // (Not a footer's links: `Our Terms & Conditions | Our Privacy Policy`.)
    const pageTitle = i === 0 && titleSlotOpen && !repeated && headerFurnitureReason(text) === null ? TITLE_THEN_SITE.exec(text.trim().replace(/\s+Skip to (?:main )?content$/u, '')) : null;
    // A site's name of one word only when the headline is printed again below alone (`… Summit – T-Dynamics` / `… Summit`).
    const headlineAgain = pageTitle !== null && blocks.slice(i + 1, i + 4).some((b) => b.trim() === pageTitle[1]!.trim());
    // (`… in the republic - Russian Foreign Ministry`: a ministry after the dash is whose statement the headline
    // reports; a ministry's own site names itself `Ministry of …`.)
    const pageSite =
      // (One word when it is an outlet everyone knows: `… Putin’s war | CNN`.)
      pageTitle && (/\s/u.test(pageTitle[2]!) || headlineAgain || isKnownOutlet(pageTitle[2]!)) && !/^(?:Part|Episode|Chapter|Vol|Volume|Day|Week|Round|Session)\b/u.test(pageTitle[2]!) && !/\sMinistry$/u.test(pageTitle[2]!) && isHeadline(pageTitle[1]!) && !looksLikePersonName(pageTitle[2]!)
        ? pageTitle
        : null;
    const site = repeated ? TITLE_THEN_SITE.exec(repeated) : pageSite;
    if (site) {
      // (`… to 'Borat 2' | News | LIVING LIFE FEARLESS`: the site's section before its name goes too.)
      text = site[1]!.replace(TRAILING_SECTION, '');
      header.source ??= site[2]!;
      header.rewritten.set(i, text);
    }
    // `Kassym-Jomart Tokayev: … we must look ahead | Company News | Export credit agency of Kazakhstan` as the
    // scrape's first line: the page's title, its section and its site after two bars; the headline is the first part.
    const sectioned = i === 0 && titleSlotOpen && !site ? TITLE_SECTION_SITE.exec(text.trim()) : null;
    // (A date in the last part makes it a masthead's bar: `Just Earth News | @justearthnews | 10 Jul 2023, 10:41 pm Print`.)
    if (sectioned && isHeadline(sectioned[1]!) && parseDateLine(sectioned[3]!) === null) {
      text = sectioned[1]!;
      header.rewritten.set(i, text);
    }
    // ` JournalismPakistan.com |  Published 4 hours ago |  JP Global Monitoring/CPJ`: the site's domain beside a
    // relative stamp in a bar of the story's details; the site is the source.
    const bar = relativeStampBar(text);
    if (bar) header.source ??= bar;
    const cardsEnd = titleSlotOpen && header.title === null && /\d\s*min/iu.test(blocks.slice(i, i + 4).join(' ')) ? teaserCardsEnd(blocks, i) : -1;
    if (cardsEnd >= 0) {
      for (let k = i; k <= cardsEnd; k++) {
        header.furniture.push({ index: k, reason: 'teaser' });
        header.taken.add(k);
      }
      i = cardsEnd;
      continue;
    }
    // `Source: The Loadstar` / `Date: 6th November 2023` atop a reprint: the outlet it was taken from, labelled (an
    // outlet's shape, or any short name over a labelled date).
    const sourceLabel = titleSlotOpen && header.source === null ? /^[Ss]ource\s*[:：]\s*((?:The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})$/u.exec(text.trim())?.[1] : undefined;
    if (sourceLabel !== undefined && (isOutletName(sourceLabel) || isKnownOutlet(sourceLabel) || isDomainName(sourceLabel) || /^date\s*[:：]/iu.test((blocks[i + 1] ?? '').trim()))) {
      header.source = sourceLabel;
      header.furniture.push({ index: i, reason: 'meta-line' });
      header.taken.add(i);
      continue;
    }
    const siteName = header.title === null && i === header.furniture.length ? siteNameTwice(blocks, i, printedTwice) : null;
    if (siteName) {
      // Furniture, as the top bar is: a site's clock may follow it (`The News` / `The News` / `Sunday 28 of May 2023`).
      header.source ??= siteName;
      const copies = blocks[i + 1]?.trim() === text.trim() ? [i, i + 1] : [i];
      for (const k of copies) {
        header.furniture.push({ index: k, reason: 'site-name' });
        header.taken.add(k);
      }
      i = copies.at(-1)!;
      continue;
    }
    const furniture =
      (bar ? 'details-bar' : null) ??
      headerFurnitureReason(text) ?? (titleSlotOpen ? (repeatsNextLine(blocks, i) ?? cutShort(blocks, i) ?? parallelLine(blocks, i) ?? aboveRepeatedHeadline(blocks, i, printedTwice) ?? tickerOpeningWithHeadline(blocks, i) ?? wrappedMasthead(blocks, i)) : null);
    if (furniture) {
      header.furniture.push({ index: i, reason: furniture });
      header.taken.add(i);
      if (furniture === 'site-name') {
        header.furniture.push({ index: i + 1, reason: furniture });
        header.taken.add(++i);
        continue;
      }
      // (`Year 2024 - «Fount of Wisdom` / `Magtymguly Fragi`: a motto's name left open goes on on the next line.)
      const next = blocks[i + 1]?.trim() ?? '';
      if (furniture === 'year-motto' && (text.match(/«/gu) ?? []).length > (text.match(/»/gu) ?? []).length && next !== '' && wordCount(next, 6) <= 5 && !/[.!?,;:]/u.test(next)) {
        header.furniture.push({ index: i + 1, reason: furniture });
        header.taken.add(i + 1);
        i++;
      }
      // (`11 March 2019 H.E Shaikha Mai Bids Farewell …` over the headline alone: the headline's date.)
      const dated = /^\s*\d/u.test(text) && /\d{4}/u.test(text) && wordCount(text, 31) <= 30 ? dateBeside(text.trim(), blocks[i + 1]?.trim() ?? '') : null;
      if (dated?.rest) setDate(dated.date, 'date line');
      // `UEFA.com works better on other browsers`: a site's banner names the site; so does a login prompt.
      const banner = /^(\S+\.[a-z]{2,6}) works (?:best|better)\b/iu.exec(text.trim());
      if (banner && isDomainName(banner[1]!)) header.source ??= banner[1]!;
      const account = /\ban account (?:with|on|at) ((?:the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})\?*$/u.exec(text.trim());
      if (account && isAgencyName(account[1]!)) header.source ??= account[1]!;
      // `Nautilus Members enjoy an ad-free experience.`: the site's members' offer names the site.
      const members = furniture === 'subscribe' ? /^(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\s+(?:Members|Subscribers)\s+enjoy\b/u.exec(text.trim()) : null;
      if (members) header.source ??= members[1]!;
      const welcome = furniture === 'site-welcome' ? /welcome to (?:the )?(.+?)[!.]?$/iu.exec(text.trim())?.[1] : undefined;
      if (welcome) header.source ??= welcome;
      // `The messenger logo` above the headline: the site's own logo, by its alternative text.
      const logo = titleSlotOpen ? siteLogoName(text) : null;
      if (logo) header.source ??= logo;
      continue;
    }
    // `The English website of the Islamic magazine - Al-Mujtama.`: the site says what it is, and its name.
    const described = SITE_DESCRIPTION.exec(text.trim());
    if (described && titleSlotOpen) {
      const named = described[2] ?? (mastheadOutlet(described[1]!) ? described[1]! : null);
      if (named) header.source ??= named.trim().replace(/\.$/u, '');
      header.furniture.push({ index: i, reason: 'tagline' });
      header.taken.add(i);
      continue;
    }
    // `your connection to The Boston Globe` atop the page: a short line opening in lower case is a site's
    // tagline, no headline; the headline may follow.
    // (Not a lower-case brand beside a date: `topicnews · September 15, 2024`.)
    if (titleSlotOpen && i === 0 && /^\p{Ll}{2,}\s/u.test(text.trim()) && !/[.!?]$/u.test(text.trim()) && wordCount(text, 10) <= 8 && !/^\S+\s+[·|–—-]\s+.*\d{4}$/u.test(text.trim())) {
      header.furniture.push({ index: i, reason: 'tagline' });
      header.taken.add(i);
      continue;
    }
    // `Cairo: Hani Kamal El-Din` on a line of its own: where the writer files from, and who.
    const filed = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?:\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u.exec(text.trim());
    // (`Interview: Kairat Abdrakhmanov` is an interview's headline: whom it is with.)
    if (filed && titleSlotOpen && header.bylineText === null && isPersonNames(filed[1]!) && looksLikePersonName(filed[1]!) && !/^(?:interview|profile|obituary|opinion|analysis|commentary|exclusive)\b/iu.test(text.trim())) {
      header.bylineText = filed[1]!;
      header.taken.add(i);
      takePostBelow(i);
      continue;
    }
    // `Supervisor Elham AbolFateh`, `Editor in Chief: Jane Roe`: the site's staff in its masthead, not the story's.
    const staff = MASTHEAD_STAFF.exec(text.trim());
    // `EDITOR IN CHIEF- ABDULLAH BIN SALIM AL SHUEILI`: in capitals, with particles, too.
    if (staff && (isBylineOnlyName(staff[1]!) || isPersonNames(staff[1]!))) {
      header.furniture.push({ index: i, reason: 'masthead-staff' });
      header.taken.add(i);
      continue;
    }
    // `Reid Standish, a former editor at …, is a freelance journalist based in Astana.`: a note on the writer
    // above the story names the byline and is no part of the story.
    const author = AUTHOR_NOTE.exec(text.trim());
    if (author && header.bylineText === null && header.bylineAgency === null && isPersonNames(author[1]!)) {
      header.bylineText = author[1]!;
      header.furniture.push({ index: i, reason: 'author-note' });
      header.taken.add(i);
      continue;
    }
    // `news image` / `Wabtec's … plant in Astana, Kazakhstan.`: the sentence under an image's label is its caption
    // (a byline or a headline there, with no full stop, is not: `Image` / `By Asia Education Review Team , Monday, …`).
    if (i > 0 && IMAGE_LABEL.test(blocks[i - 1]!.trim()) && /\.["”’)]*$/u.test(text) && wordCount(text, MAX_IMAGE_CAPTION_WORDS + 1) <= MAX_IMAGE_CAPTION_WORDS) {
      header.captions.push({ index: i, text: text.trim(), credit: null });
      header.taken.add(i);
      continue;
    }
    // A photo's caption above the headline or the first paragraph is kept as a caption, never the title.
    const caption = headerCaption(text);
    if (caption) {
      // `© CABAR - Central Asian Bureau for Analytical Reporting` as the page's first line: the site's mark.
      if (i === 0 && caption.text === '' && caption.credit && /^©/u.test(text.trim())) header.source ??= siteMark(caption.credit);
      header.captions.push({ index: i, ...caption });
      header.taken.add(i);
      continue;
    }
    // `- Georgian ports nearly double throughput: …` × 4 / `Georgia’s Growing Role in …` / the story: a box of key
    // points above the headline. The points stay the story's; the line after them is its headline.
    // (Not a menu's items, some of a word or three: `• About us`, `• Who we are`.)
    if (titleSlotOpen && isBulletPoint(text)) {
      let k = i;
      while (k < blocks.length && isBulletPoint(blocks[k]!)) k++;
      const after = blocks[k]?.trim() ?? '';
      if (k - i >= 2 && after !== '' && isHeadline(after) && wordCount(blocks[k + 1] ?? '', 13) >= 12 && blocks.slice(i, k).every((point) => wordCount(point, 5) >= 5)) {
        takeTitle(k, unquotedHeadline(after), blocks[k]!);
        break;
      }
    }
    // Prose ends the header; a question or exclamation still qualifies as the headline.
    const endsWithFullStop = /[.…]["”’»)\]]*$/.test(text) && !endsInInitialism(text);
    // An official's title can run long (`Foreign Minister Sergey Lavrov's remarks … Moscow, March 2, 2021`):
    // a long line is still the headline if nothing above was and it does not end like a sentence — nor
    // open like one (`During a meeting on Tuesday with …, stating that …`).
    const words = wordCount(text, MAX_LONG_TITLE_WORDS + 1);
    // `TABNAK, Dec. 22- Iran and Turkmenistan reviewed …`: a line its outlet's dateline opens is the story's first paragraph.
    const opensWithDateline = words > MIN_TITLE_WORDS && opensWithGluedOutlet(text);
    // `Post-Soviet state with no sea experiences a tourism boom.` opening the page over a short line (a standfirst, a
    // byline, its translation): a headline closed by a full stop; a story's first sentence runs on into a paragraph.
    const below = blocks[i + 1]?.trim() ?? '';
    const stoppedHeadline =
      // (Over a paragraph of the story, or its first line cut short: `Re-publishing my interview with … published by`.)
      (titleSlotOpen && i === 0 && (isProse(below) || wordCount(below, 12) >= 12) && (labelledSentenceHeadline(text) || quotationHeadline(text))) ||
      // (Over a writer's byline, `STORY BY Jason G. Goldman`: a long headline of one sentence, a standfirst's length.)
      (titleSlotOpen && i === 0 && /[^.]\.$/u.test(text.trim()) && !TWO_SENTENCES.test(text) && words <= MAX_LONG_TITLE_WORDS && BYLINE_MARK.test(below) && parseBylineLine(below, false)?.name != null) ||
      (titleSlotOpen &&
      /[^.]\.$/u.test(text.trim()) &&
      !TWO_SENTENCES.test(text) &&
      words <= 14 &&
      below !== '' &&
      // (The line below is no sentence of the story: a standfirst or byline with no full stop, or another script.)
      ((wordCount(below, 11) <= 10 && !/[.!?]["”’»)]*$/u.test(below)) || latinShare(below) < 0.25 || shortFirstLineOverStory(i, text, below)) &&
      parseCaption(text.trim()) === null &&
      // (Not a caption over its credit, `… on May 31, 2011.` / `(Vladimir Pirogov/Reuters)`, nor a transcript's
      // first words, `President …: Mr President, ladies and gentlemen,`.)
      !/^\(|\/|\b(?:photo|credit|image)\b|©|[,;:]$/iu.test(below) &&
      [...Array(i).keys()].every((k) => header.taken.has(k)));
    const endsHeader =
      !stoppedHeadline &&
      (opensWithDateline ||
      (words > MAX_TITLE_WORDS && !(titleSlotOpen && !endsWithFullStop && words <= MAX_LONG_TITLE_WORDS && !SENTENCE_OPENING.test(text))) ||
      ((endsWithFullStop || !titleSlotOpen) && isProse(text)));
    // `Story by Katie Marie Davies for The Beet. Edited by Eilish Hart.`: a credit line reads like a sentence.
    const credit = endsHeader && CREDIT_LINE.test(text) && header.bylineText === null ? parseBylineLine(text, false) : null;
    if (credit?.name) {
      header.bylineText = credit.name;
      header.taken.add(i);
      continue;
    }
    if (endsHeader) {
      if (!aboveCrumb(i)) break;
      header.furniture.push({ index: i, reason: 'above-breadcrumb' });
      header.taken.add(i);
      continue;
    }

    // `News announcement30 January 2024Directorate-General for International Partnerships`: a document type, its
    // date and the body publishing it, run together as the European Commission's pages print them.
    const typed = DOCUMENT_TYPE_DATE_BODY.exec(text.trim());
    const typedDate = typed ? findDate(typed.groups!['date']!) : null;
    const publisher = typed?.groups!['body']!.trim() ?? '';
    if (typed && typedDate && (institutionLine(publisher) !== null || /^Directorate-General\b/u.test(publisher))) {
      header.source ??= publisher;
      setDate({ iso: typedDate.iso, text: typedDate.text }, 'date line');
      header.taken.add(i);
      continue;
    }
    // `- The Washington Times - Friday, July 7, 2006`: the paper's name and the day's date, on one line.
    // (`topicnews · September 15, 2024`: a middle dot between them.)
    const outletDate = text.length <= 120 ? /^[-–—•]?\s*(.+?)\s+[-–—|·]\s+(.+)$/u.exec(text.trim()) : null;
    // (`topicnews`: a brand in lower case, one word closed by a newsroom's word, beside the date only.)
    const outletOfDate = outletDate ? (mastheadOutlet(outletDate[1]!) ?? (/^\p{Ll}[\p{Ll}\p{N}]{2,}(?:news|press|wire|times)$/u.test(outletDate[1]!) ? outletDate[1]! : null)) : null;
    // (`Just Earth News | @justearthnews | 10 Jul 2023, 10:41 pm Print`: the site's handle between them.)
    const dateOfOutlet = outletOfDate ? parseDateLine(outletDate![2]!.replace(/^@[\p{L}\p{N}_.]+\s*[|·•]\s*/u, '')) : null;
    if (outletOfDate && dateOfOutlet) {
      header.source ??= outletOfDate;
      setDate(dateOfOutlet, 'date line');
      header.taken.add(i);
      continue;
    }
    // A date opening a short line, then what the page prints beside it: its publisher (`05.07.2019 - UNESCO Office in
    // Tashkent`, `7.4.2017 12:30 | Ulkoasiainministeriö (UM) / Utrikesministeriet`), its view counter and buttons
    // (`9481 August 3, 2016 Print Download (PDF 26 Kb)`), or the headline printed again below it (`11 March 2019 H.E
    // Shaikha Mai Bids Farewell …` / `H.E Shaikha Mai Bids Farewell …`).
    const besideDate = (titleSlotOpen ? /^\s*\d/u : /^\s*\d{1,7}\s/u).test(text) && /\d{4}/u.test(text) && wordCount(text, 31) <= 30 ? dateBeside(text.trim(), blocks[i + 1]?.trim() ?? '') : null;
    if (besideDate) {
      setDate(besideDate.date, 'date line');
      if (besideDate.publisher) header.source ??= besideDate.publisher;
      if (besideDate.rest) {
        text = besideDate.rest;
        header.rewritten.set(i, text);
      } else {
        header.taken.add(i);
        continue;
      }
    }
    // `Start date:` / `Saturday, November 28, 1998`: a project's or an event's date under its label, not the page's.
    if (EVENT_DATE_LABEL.test((blocks[i - 1] ?? '').trim()) && parseDateLine(text)) {
      if (!header.taken.has(i - 1)) header.furniture.push({ index: i - 1, reason: 'event-date' });
      header.furniture.push({ index: i, reason: 'event-date' });
      header.taken.add(i - 1).add(i);
      continue;
    }
    // (`System Administrator Wednesday December 20, 2023`: the site's account that posted it, then the date.)
    const dateLine = parseDateLine(text) ?? (SITE_ACCOUNT.test(text) ? parseDateLine(text.replace(SITE_ACCOUNT, '')) : null);
    if (dateLine) {
      // `Tuesday, September 26, 2023` as the page's first line, above the headline, with no time: the
      // site's clock in its top bar (the day it was scraped), not the day the story was published.
      // So is a date on the first line with the weekday and time under it (`5 December 2025` / `Friday, 10:03`).
      // So is the weekday's date under a ticker or a menu, every line above it furniture.
      const topBar = i === 0 || (header.title === null && header.furniture.length === i);
      // (`Monday, June 05, 2023  |`: the clock before the bar that opens the site's menu.)
      // (Unless it is a blog's date header: see `blogDateHeader`.)
      const clockLine = SITE_CLOCK.test(text.trim().replace(/\s*\|$/u, '')) && !blogDateHeader(blocks, i, dateLine);
      if (topBar && header.title === null && (clockLine || SITE_CLOCK_DAY_LAST.test(text.trim()) || CLOCK_TIME_LINE.test(blocks[i + 1]?.trim() ?? ''))) header.furniture.push({ index: i, reason: 'site-clock' });
      else if (topDate && header.title !== null && header.date === topDate.date && dateLine.iso < topDate.date.iso) {
        // `March 14, 2026 09:20 am (IST)` atop the page, `Jul 14, 2015, at 01:03 am` under the headline: the
        // first was the site's clock (a clock never shows a day before the story's).
        header.date = { ...dateLine, how: 'date line' };
        header.furniture.push({ index: topDate.index, reason: 'site-clock' });
      } else {
        setDate(dateLine, 'date line', text);
        if (topBar && header.title === null && header.date?.text === dateLine.text) topDate = { index: i, date: header.date };
      }
      header.taken.add(i);
      // `Thursday, 12 October 2006` / `Fruitful cooperation` / `On 12 October 2006, …`: a short headline between a date
      // line and the story is the headline, however few its words.
      const under = (blocks[i + 1] ?? '').trim();
      const story = (blocks[i + 2] ?? '').trim();
      if (header.title === null && titleSlotOpen && wordCount(under, MIN_TITLE_WORDS) === 2 && /^\p{Lu}[^.!?:;]*$/u.test(under) && headerFurnitureReason(under) === null && parseDateline(under) === null && !/,/u.test(under) && isProse(story) && wordCount(story, 25) >= 25) {
        takeTitle(i + 1, under, blocks[i + 1]!);
        i++;
      }
      continue;
    }
    // `Asia-Pacific, News October 12, 2025 Comments Off on <headline>4 minute read`: a blog theme's line of
    // categories, date, comment status and reading time.
    // (`Leaving the island: … independent media6 min read` with no headline yet: the headline, its reading time glued on.)
    const headlineReadingTime = titleSlotOpen && text.includes(' read') && /(?<=\p{Ll})\d{1,2}\s*min(?:ute)?s? read$/u.test(text.trim()) && !/\bComments? (?:Off|Closed) on\b/u.test(text) && isHeadline(text.trim().replace(/\d{1,2}\s*min(?:ute)?s? read$/u, ''));
    // `Source: NYT (1/30/19)` atop the page: a digest's note of the paper the story ran in, and when.
    const sourceNote = titleSlotOpen && header.source === null ? /^source\s*[:：]\s*(\p{Lu}[\p{L}\p{N}.&' -]{1,40}?)\s*\([^()]{6,20}\)$/iu.exec(text.trim()) : null;
    const noteDate = sourceNote ? findDate(text.trim()) : null;
    if (sourceNote && noteDate) {
      header.source = sourceNote[1]!;
      setDate({ iso: noteDate.iso, text: noteDate.text }, 'source note');
      header.furniture.push({ index: i, reason: 'meta-line' });
      header.taken.add(i);
      continue;
    }
    if ((BLOG_META.test(text) && !headlineReadingTime) || publishedInLabelLine(text)) {
      // (`By April 4, 2025No Comments`: the comment count glued to the year.)
      const date = findDate(text.replace(/(?<=\d{4})(?=\p{Lu}\p{Ll})/gu, ' '));
      if (date) setDate({ iso: date.iso, text: date.text }, 'meta line');
      header.furniture.push({ index: i, reason: 'meta-line' });
      header.taken.add(i);
      continue;
    }
    // `Mehmood Ul Hassan Khan` alone above the story, with no headline above it: the writer's name.
    const next = blocks[i + 1]?.trim() ?? '';
    if (titleSlotOpen && header.title === null && header.bylineText === null && wordCount(text, 5) <= 4 && /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}$/u.test(text.trim()) && !/^(?:By|From|Post)\b/u.test(text.trim()) && looksLikePersonName(text.trim()) && isProse(next) && wordCount(next, 25) >= 25) {
      header.bylineText = text.trim();
      header.taken.add(i);
      continue;
    }
    // `Project Syndicate (6 December 2021)`: the publication a piece first ran in, and when.
    const ranIn = text.trimEnd().endsWith(')') ? /^((?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3})\s*\(([^()]{6,30})\)$/u.exec(text.trim()) : null;
    const ranOn = ranIn ? parseDateLine(ranIn[2]!) : null;
    if (ranIn && ranOn) {
      header.source ??= ranIn[1]!;
      setDate(ranOn, 'date line');
      header.taken.add(i);
      continue;
    }
    // `TASS || Shining BD`: the wire the story comes from, and the site carrying it.
    const carried = text.includes('||') ? /^(\S.{0,40}?)\s*\|\|\s*\S.{0,40}$/u.exec(text.trim()) : null;
    if (carried && isAgencyName(carried[1]!)) {
      header.source ??= carried[1]!;
      header.taken.add(i);
      continue;
    }
    // `By News Creatives Authors , in Business , at November 3, 2021`: a blog theme's line of writer, category and
    // date; a house account (`… Authors`, `… Team`, `… Desk`) names the site, not a writer.
    const themed = text.trimStart().startsWith('By ') ? /^By\s+(.+?)\s*,\s*in\s+[^,]{2,40},\s*(?:at|on)\s+(.{6,40})$/u.exec(text.trim()) : null;
    const themedDate = themed ? parseDateLine(themed[2]!) : null;
    if (themed && themedDate) {
      setDate(themedDate, 'byline');
      const house = /^(.+?)\s+(?:Authors|Team|Desk|Staff|Editors|Editorial|Admin)$/u.exec(themed[1]!);
      if (house) header.source ??= house[1]!;
      else if (header.bylineText === null && looksLikePersonName(themed[1]!)) header.bylineText = themed[1]!;
      header.taken.add(i);
      continue;
    }
    // `Published by Will Owen,` / `Editor` / `Global Mining Review,`: the writer, his post and the site, a line each.
    const publishedBy = !text.trimStart().startsWith('Published by') ? null : /^Published by\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),?$/u.exec(text.trim());
    if (publishedBy && header.bylineText === null && looksLikePersonName(publishedBy[1]!)) {
      header.bylineText = publishedBy[1]!;
      header.taken.add(i);
      for (let k = i + 1; k <= i + 2 && k < blocks.length; k++) {
        const line = blocks[k]!.trim().replace(/,$/u, '');
        if (isOutletName(line)) header.source ??= line;
        else if (!/^(?:(?:senior|chief|deputy|managing|contributing|assistant|associate|news)\s+)?(?:editor|reporter|correspondent|writer|journalist)(?:-in-chief)?$/iu.test(line)) break;
        header.taken.add(k);
      }
      continue;
    }
    // `(Xinhua) 07:57, November 20, 2025`: an agency and a date stamp (or a masthead's cells and a date).
    const agencyDate = agencyDateLine(text) ?? mastheadDateLine(text);
    if (agencyDate) {
      setDate(agencyDate.date, 'date line');
      header.source ??= agencyDate.source;
      header.taken.add(i);
      continue;
    }
    // A masthead above the headline, or a wire agency's name on a line of its own (`The Associated Press`);
    // right under the headline, the institution that publishes it (`European Commission`, `Council of the EU`).
    // An institution's name as the page's first line is the site's own (`Center for Strategic Communication`), unless
    // printed again below, as a headline is (`Outcomes of EEC Council` / `Outcomes of EEC Council`).
    // `• Kyodo`: a wire's name bulleted on a line of its own credits the story too.
    const bulleted = isBulletPoint(text) ? text.replace(/^\S\s+/u, '') : null;
    const masthead =
      (bulleted !== null && isKnownOutlet(bulleted) ? bulleted : null) ??
      (header.title === null
        ? (mastheadOutlet(text) ?? mastheadWithTag(text) ?? LATEST_NEWS_IN.exec(text.trim())?.[1] ?? PUBLISHED_BY_LINE.exec(text.trim())?.[1] ?? (i === header.furniture.length && !printedTwice.has(i) && !meetingHeld(text, blocks, i) ? institutionLine(text) : null))
        : ((wordCount(text) <= 4 ? mastheadOutlet(text) : null) ?? (i === titleIndex + 1 ? (institutionLine(text) ?? siteUnderHeadline(blocks, i)) : null)));
    if (masthead) {
      header.source ??= masthead;
      header.taken.add(i);
      continue;
    }
    // `Astana, Kazakhstan (AFP) June 16, 2025` on a line of its own.
    // (Not a writer, their outlet and the date: `Igor Rotar, Keston News Service, 23 April 2002` is a byline.)
    const dateline = parseDateline(text);
    const writerOutletDate = dateline?.date && dateline.source === null ? parseBylineLine(text, true) : null;
    if (dateline && dateline.rest === '' && (dateline.source || dateline.date) && !(writerOutletDate?.name && writerOutletDate.agency)) {
      setDate(dateline.date, 'dateline');
      header.source ??= dateline.source;
      header.taken.add(i);
      continue;
    }
    const byline = parseBylineLine(text, header.title !== null);
    if (byline && header.bylineText === null && header.bylineAgency === null) {
      takeByline(i, byline);
      if (byline.date && /^by\s/iu.test(text.trim()) && header.date?.text === byline.date.text) datedByline = header.date;
      // `Scott Parrish` / `William Potter` under the headline: writers' names stacked a line each.
      if (byline.name === text.trim() && byline.agency === null && byline.date === null) i = takeStackedWriters(i);
      continue;
    }
    // `Ukrainian Modernism charts …` / `by Dhwani ShanghviAug 21, 2025` / `•make your fridays matter …` / `by Vladimir
    // BelogolovskyPublished on : Nov 03, 2023` / the story: of two dated `by` lines, the one over the story is its own;
    // the first was a teaser's, another story's headline and writer.
    if (byline?.name && byline.date && datedByline !== null && header.date === datedByline && /^by\s/iu.test(text.trim()) && isProse((blocks[i + 1] ?? '').trim())) {
      header.bylineText = byline.name;
      header.bylineAgency = byline.agency;
      header.date = { ...byline.date, how: 'byline' };
      header.taken.add(i);
      datedByline = null;
      continue;
    }
    // `(Bloomberg – – Leonid Ragozin – March 14, 2017)`: a reprint's credit, the outlet, the writer and the date in brackets.
    const reprint = /^\(([^–—()]{2,40}?)\s*[–—]\s*(?:[–—]\s*)?([^–—()]{3,40}?)\s*[–—]\s*([^–—()]{6,30})\)$/u.exec(text.trim());
    const reprintDate = reprint && isOutletName(reprint[1]!) && isPersonNames(reprint[2]!) ? parseDateLine(reprint[3]!) : null;
    if (reprint && reprintDate && header.bylineText === null) {
      header.source ??= reprint[1]!;
      header.bylineText = reprint[2]!;
      setDate(reprintDate, 'reprint credit');
      header.taken.add(i);
      continue;
    }
    // `Posted on July 24, 2015 by KazCham`: a blog's date line, signed by a handle or a body rather than a writer.
    const postedBy = /^(?:Posted|Published)\s+(?:on\s+)?(.{6,40}?)\s+by\s+\S.{0,40}$/u.exec(text.trim());
    const postedDate = postedBy && header.date === null ? parseDateLine(postedBy[1]!) : null;
    if (postedDate) {
      setDate(postedDate, 'date line');
      header.taken.add(i);
      continue;
    }
    // `Wednesday 5 May 2010, by Ainur Kurmanov`: the date, then who wrote it.
    const datedBy = /^(.{6,40}?\d{4}),?\s+by\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u.exec(text.trim());
    const datedByDate = datedBy && header.bylineText === null && header.bylineAgency === null && isPersonNames(datedBy[2]!) ? parseDateLine(datedBy[1]!) : null;
    if (datedByDate) {
      setDate(datedByDate, 'date line');
      header.bylineText = datedBy![2]!;
      header.taken.add(i);
      continue;
    }
    const breadcrumb = breadcrumbDate(text);
    if (breadcrumb) {
      setDate(breadcrumb, 'date line');
      header.taken.add(i);
      continue;
    }
    // After the masthead, dateline and byline readings, which know an outlet's name beside a date.
    const labelledDate = parseLabelledDateLine(text);
    if (labelledDate) {
      setDate(labelledDate, 'date line with its section or view count');
      header.taken.add(i);
      continue;
    }
    // `… accompanied by first ladyBy Son Ji-hyoung`: a byline glued to the end of a deck.
    const glued = /^(.*\p{Ll})(By\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$/u.exec(text);
    if (glued && header.bylineText === null && header.bylineAgency === null && header.title !== null) {
      const byline = parseBylineLine(glued[2]!, true);
      if (byline?.name) {
        header.bylineText = byline.name;
        header.rewritten.set(i, glued[1]!);
        continue;
      }
    }
    if (aboveCrumb(i)) {
      header.furniture.push({ index: i, reason: 'above-breadcrumb' });
      header.taken.add(i);
      continue;
    }
    // `Hannan R. Hussain` / `20th Oct, 2022. 11:43 am` / the headline: a bare name over the date line is the writer's;
    // `Daniel Bevan - Senior Journalist`: so is a name beside a newsroom post.
    if (header.bylineText === null && header.bylineAgency === null) {
      const line = text.trim();
      const posted = /^(.{5,40}?)\s+[-–—|]\s+(.{6,40})$/u.exec(line);
      const writer = posted && NEWSROOM_ROLE.test(posted[2]!) ? posted[1]! : titleSlotOpen && parseDateLine((blocks[i + 1] ?? '').trim()) !== null ? line : null;
      if (writer !== null && isBylineOnlyName(writer) && looksLikePersonName(writer)) {
        header.bylineText = writer;
        header.taken.add(i);
        continue;
      }
    }
    // `- Category`, `- War in Ukraine`: a menu's bulleted items above the headline are labels (longer ones too
    // inside a run of them: `• European Bank for Reconstruction and Development`).
    // (`• Temur Umarov` / `Fellow at Carnegie Russia Eurasia Center (Berlin)`: a bulleted name over the writer's post is the byline.)
    const bulletName = isBulletPoint(text) ? text.trim().replace(/^\S\s+/u, '') : '';
    if (bulletName !== '' && header.bylineText === null && header.bylineAgency === null && isPersonNames(bulletName) && looksLikePersonName(bulletName) && POST_LINE.test((blocks[i + 1] ?? '').trim().replace(/\s*\([^()]*\)$/u, ''))) {
      header.bylineText = bulletName;
      header.taken.add(i).add(i + 1);
      continue;
    }
    const inMenu = header.furniture.at(-1)?.index === i - 1 && isBulletPoint(blocks[i - 1]!);
    if (isBulletPoint(text) && titleSlotOpen && wordCount(text, 9) <= (inMenu ? 8 : 5) && !/[.!?]$/u.test(text)) {
      header.furniture.push({ index: i, reason: 'section-label' });
      header.taken.add(i);
      continue;
    }
    // `• Written by Nick Redmayne` / `• Published in Places`: an article's details set as a list.
    const detail = isBulletPoint(text) ? text.replace(/^\S\s+/u, '').trim() : null;
    if (detail !== null && /^(?:written by|by)\s/iu.test(detail) && header.bylineText === null && header.bylineAgency === null) {
      const byline = parseBylineLine(detail, false);
      if (byline) {
        takeByline(i, byline);
        continue;
      }
    }
    if (detail !== null && /^(?:[Pp]ublished|[Pp]osted|[Ff]iled) in\s+\p{Lu}[\p{L}&' -]{0,40}$/u.test(detail)) {
      header.furniture.push({ index: i, reason: 'section-label' });
      header.taken.add(i);
      continue;
    }
    // `• Memorandum of Understanding will enable …`: a summary's bullet opens the story's text, never a headline;
    // so does an interview's first question (`1.     What are your priority goals …?`).
    // So does a quotation opened and not closed (`“Why would someone want to travel to Uzbekistan?`).
    // So does a dated dateline and the story after it (`London, 24 February 2009 -- Moody's … downgraded …`).
    if (isBulletPoint(text) || (titleSlotOpen && (/^\s*1\.\s+\p{Lu}.*\?$/u.test(text) || /^\s*[“"«][^”"»]+$/u.test(text) || opensWithDatedDateline(text)))) break;
    if (titleSlotOpen) {
      // One or two words above the headline are a label, not the headline: skip them, keep the slot open.
      // `Border Business` / `Caroline Knowles` / `8 min readAug 7, 2024`: a blog's headline, however short, over
      // its writer's name and reading time.
      const writer = blocks[i + 1]?.trim() ?? '';
      if (isBylineOnlyName(writer) && looksLikePersonName(writer) && /^\d{1,2}\s*min(?:ute)?s?\s*read(?!\p{Ll})/u.test(blocks[i + 2]?.trim() ?? '') && !/[.!?]$/u.test(text)) {
        takeTitle(i, text.trim(), text);
        if (header.bylineText === null && header.bylineAgency === null) {
          header.bylineText = writer;
          header.taken.add(i + 1);
        }
        continue;
      }
      // `Tajikistan Update` / `December 02, 2011` / a long paragraph: a release's short headline over its date.
      const overDate = wordCount(text, MIN_TITLE_WORDS) === 2 && isHeadlineCase(`${text.trim()} Of It`) && parseDateLine(blocks[i + 1]?.trim() ?? '') !== null && wordCount(blocks[i + 1]!, 7) <= 6 && isProse(blocks[i + 2] ?? '') && wordCount(blocks[i + 2]!, 25) >= 25;
      if (overDate) {
        takeTitle(i, text.trim(), text);
        continue;
      }
      // `Samarkand, Uzbekistan` / `Judy M. Zimmerman`, `Erkinbek Kamalov` / `"Transparency and …"`: a name alone where the
      // headline would be is the writer's (two words, or a known given name and an initial: `Turkmenistan Serdar
      // Berdimuhamedow` is a line of tags, `Jane Doe Reports` a headline).
      const bare = text.trim().replace(/\*$/u, '');
      const words = bare.length <= 40 ? wordCount(bare, 5) : 5;
      const initialled = words <= 4 && /\s\p{Lu}\.\s/u.test(bare) && givenName(bare.split(/\s+/u)[0]!) !== null;
      if ((words === 2 || initialled) && header.bylineText === null && header.bylineAgency === null && isBylineOnlyName(bare) && looksLikePersonName(bare)) {
        header.bylineText = bare;
        header.taken.add(i);
        continue;
      }
      // `Michael Olugbode in Abuja` opening the page, the story right under it: a writer filing from a city, where no
      // headline was printed (a known given name and a surname; `Putin in Astana` is a headline).
      const filed = /^(\p{Lu}[\p{Ll}'’-]+\s\p{Lu}[\p{Ll}'’-]+)\s+in\s+\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?$/u.exec(bare);
      const storyBelow = blocks.slice(i + 1).find((block) => block.trim() !== '');
      if (filed && header.bylineText === null && givenName(filed[1]!.split(/\s/u)[0]!) !== null && isBylineOnlyName(filed[1]!) && looksLikePersonName(filed[1]!) && storyBelow !== undefined && isProse(storyBelow) && wordCount(storyBelow, 20) >= 20) {
        header.bylineText = filed[1]!;
        header.taken.add(i);
        continue;
      }
      // `S&P Global Offerings` three times and more above the story: a menu's item, printed once per menu.
      if (blocks.filter((block) => block.trim() === bare).length >= 3) {
        header.furniture.push({ index: i, reason: 'navigation' });
        header.taken.add(i);
        continue;
      }
      // `PM Narendra Modi`, `President Tokayev`: an office and a name alone where the headline would be name who
      // a photo shows (a headline says what they did); so does an image's alternative text. A post and its body
      // say who writes or speaks.
      if (NAMED_OFFICER_LINE.test(bare) || isPostLine(bare) || isImageAltText(bare, blocks[i + 1] ?? '')) {
        header.furniture.push({ index: i, reason: 'caption' });
        header.taken.add(i);
        continue;
      }
      // `Cotton Campaign` / `• About` / `• Who We Are`: a name right above the site's menu, whose first item is `Home` or
      // `About`, is the site's own.
      if (titleSlotOpen && SITE_MENU_TOP.test(blocks[i + 1] ?? '') && /^\p{Lu}/u.test(bare) && wordCount(bare, 6) <= 5 && !looksLikePersonName(bare)) header.source ??= bare;
      if (wordCount(text, MIN_TITLE_WORDS) < MIN_TITLE_WORDS && !/[.!?]$/u.test(text)) {
        header.furniture.push({ index: i, reason: 'section-label' });
        header.taken.add(i);
        continue;
      }
      // `Last minute` / `Turkmenistan Serdar Berdimuhamedow` / `President of Turkmenistan to join CIS summit …` /
      // `ASHGABAT, …`: a short line of tags or a rubric right above a longer headline that the story's first
      // paragraph follows is a label too.
      if (isRubricAboveHeadline(blocks, i)) {
        header.furniture.push({ index: i, reason: 'section-label' });
        header.taken.add(i);
        continue;
      }

      titleSlotOpen = false;
      // `NewsTajik Migrants Flee …`, `site.btaBulgaria and …`: a section's label or the logo's name glued to the headline.
      // `Kazakhstan: 32 Die In Fire … | Twitter`: a share button's name glued after the headline; `…media6 min read`:
      // the reading time.
      const dated = splitTrailingDate(
        withoutThemeLabel(text.replace(GLUED_SECTION_LABEL, '').replace(/(?<=\p{Ll})\d{1,2}\s*min(?:ute)?s? read$/u, '').replace(/\s+\|\s+(?:Twitter|Facebook|LinkedIn|WhatsApp|Telegram)\s*$/u, '')),
        (title) => blocks.slice(i + 1, i + 4).some((block) => block.trim() === title),
      );
      // (`Dear compatriots! Dear countrymen!`: a speech's greeting where a headline would stand is none.)
      if ((isHeadline(dated.title) || ((titleCaseSentence(dated.title) || stoppedHeadline) && wordCount(dated.title) >= MIN_TITLE_WORDS)) && !isPreamble(text)) {
        const split = splitOutletPrefix(dated.title);
        header.title = unquotedHeadline(split.title);
        header.titleLine = text;
        titleIndex = i;
        header.source ??= split.outlet;
        setDate(dated.date, 'beside the headline');
        header.taken.add(i);
      }
    }
  }
  // A labelled date or byline a little below the headline, after a standfirst: `Date Published: 25 January
  // 2024`, `Author: …`. Only labelled lines: a bare name or date down here may be the article's — except
  // a byline block, where a bare name stands beside the outlet's name or a dateline on their own lines
  // (`Tribune News Service` / `Jane Roe` / `New Delhi, January 27, 2025`), and the name reads as a person's.
  const below: number[] = [];
  for (let i = 0; i < blocks.length && below.length < MAX_HEADER_BLOCKS; i++) if (!header.taken.has(i)) below.push(i);
  const isFrame = (i: number | undefined): boolean => {
    if (i === undefined) return false;
    const text = header.rewritten.get(i) ?? blocks[i]!;
    if (isProse(text)) return false;
    const dateline = parseDateline(text);
    return mastheadOutlet(text) !== null || (dateline !== null && dateline.rest === '') || NEWSROOM_ROLE.test(text.trim());
  };
  below.forEach((i, n) => {
    if (header.bylineText !== null || header.bylineAgency !== null) return;
    const text = (header.rewritten.get(i) ?? blocks[i]!).trim();
    // `Shabbir Khan, SME News Service` under a deck: a writer and an outlet of an outlet's shape, its own frame.
    const credited = n < 3 && /^[^,]{3,40},\s+[^,]{3,50}$/u.test(text) ? parseBylineLine(text, true) : null;
    if (credited?.name && credited.agency) {
      header.bylineText = credited.name;
      header.source ??= credited.agency;
      header.taken.add(i);
      return;
    }
    // (Over a newsroom post, a name the lexicons do not know is a writer's all the same: `Farirai Machivenyika` / `Senior Reporter`.)
    const overRole = below[n + 1] !== undefined && NEWSROOM_ROLE.test((header.rewritten.get(below[n + 1]!) ?? blocks[below[n + 1]!]!).trim());
    if (!isBylineOnlyName(text) || !(looksLikePersonName(text) || (overRole && isPersonNames(text))) || !(isFrame(below[n - 1]) || isFrame(below[n + 1]))) return;
    header.bylineText = text;
    header.taken.add(i);
    for (const k of [below[n - 1], below[n + 1]]) {
      if (k === undefined || !isFrame(k)) continue;
      const frame = (header.rewritten.get(k) ?? blocks[k]!).trim();
      if (NEWSROOM_ROLE.test(frame)) header.taken.add(k);
      const outlet = mastheadOutlet(frame);
      if (outlet) {
        header.source ??= outlet;
        header.taken.add(k);
      }
    }
  });
  let updated: { date: FoundDate; index: number } | null = null;
  let reporter = '';
  for (let i = 0, seen = 0; i < blocks.length && seen < MAX_HEADER_BLOCKS; i++) {
    if (header.taken.has(i)) continue;
    seen++;
    // `2 min read Last Updated : Aug 01 2022 | 6:15 AM IST`: the reading time before a date's label.
    const text = withoutReadingTime(header.rewritten.get(i) ?? blocks[i]!);
    // `Published by The Lawfare Institute`: the publisher, named on a line of its own.
    const publisher = /^[Pp]ublished by\s+((?:The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*){0,5})\.?$/u.exec(text.trim());
    if (publisher && header.source === null) {
      header.source = publisher[1]!;
      header.taken.add(i);
      continue;
    }
    // `Published on March 26, 2024` needs no colon; the date follows the label at once (`Published: 08th July
    // 2015 09:54 PM | Last Updated: …`, `Published - January 27, 2022 08:20 pm IST - New Delhi`).
    // (`For Immediate Release: September 8, 2006`: a release's embargo line dates it.)
    // (`Published in Nature on April 3rd, 2019`: a reprint's credit names where, then when.)
    const label = /^(date(?: published)?|published(?: on| (?:in|by) \p{Lu}[^.,;:|]{0,60}?(?=\s+on\s))?|posted(?: on)?|updated|last updated|first published|for immediate release)(?:\s*[:：]|\s+on\s|\s+[-–—]\s)/iu.exec(text);
    if (header.date === null && label) {
      const stamp = text.slice(label[0].length).trimStart();
      const after = findDate(stamp);
      // After the date only its time, then another stamp or the place past a separator; never a sentence.
      const stampOnly = after?.index === 0 && /^,?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:\p{Lu}{2,5}(?:[+-]\d{1,2})?)?)?\s*(?:(?:\||[-–—])\s*.*)?$/u.test(stamp.slice(after.text.length));
      const date = parseDateLine(text) ?? (stampOnly ? { iso: after.iso, text: after.text } : null);
      // `Updated - January 28, 2022` above `Published - January 27, 2022`: the update is not the publication.
      if (date && /updated/iu.test(label[1]!)) updated ??= { date, index: i };
      else if (date) {
        setDate(date, 'date line');
        header.taken.add(i);
      }
    } else if (header.bylineText === null && header.bylineAgency === null && isPersonNames((reporter = standfirstWriter(text)))) {
      // `… Guy Norton reports from Almaty on the future for cooperation.`: the standfirst names the writer
      // (and stays the standfirst).
      header.bylineText = reporter;
    } else if (header.bylineText === null && header.bylineAgency === null && header.date === null && /\s\|\s/u.test(text) && !isProse(text) && wordCount(text, 13) <= 12) {
      // `Azat Ruziev, Central Asia Fossil Fuels Campaign Leader  |  19 December 2025` under the lead: the writer,
      // their post and the date in the cells of one line (only with the date, which no line of the story has).
      const byline = parseBylineLine(text, false);
      if (byline?.name && byline.date) takeByline(i, byline);
    } else if (header.bylineText === null && header.bylineAgency === null && (/^(?:by|author|written by)\s*[:：]?\s/iu.test(text) || OUTLET_REPORTER.test(text)) && wordCount(text, 12) < 12) {
      const byline = parseBylineLine(text, false);
      if (byline) {
        // `By 19Network Editorial Team · Jun 25, 2026 · 5 min read` below a standfirst: its date too.
        takeByline(i, byline);
        // `Chinese Traces in Gorno-Badakhshan` / `by Raffaello Pantucci` under a blog's note: the line right
        // above a byline is the headline, when the header found none.
        const above = blocks[i - 1]?.trim();
        if (header.title === null && above !== undefined && !header.taken.has(i - 1) && isHeadline(above) && !isProse(above) && !headerFurnitureReason(above)) {
          header.title = unquotedHeadline(above);
          header.titleLine = blocks[i - 1]!;
          header.taken.add(i - 1);
        }
      }
    }
  }
  // `…, writes Marc Bennetts in Almaty` / … / `Marc Bennetts, Almaty` / `The Times`: the writer named already, their
  // byline block below still carries the outlet's name beside it.
  below.forEach((i, n) => {
    const written = header.bylineText;
    if (written === null || header.source !== null || header.taken.has(i)) return;
    const text = (header.rewritten.get(i) ?? blocks[i]!).trim();
    if (text !== written && !(text.startsWith(`${written}, `) && /^\p{Lu}[\p{L} -]{1,30}$/u.test(text.slice(written.length + 2)))) return;
    for (const k of [below[n + 1], below[n - 1]]) {
      const outlet = k === undefined || header.taken.has(k) ? null : mastheadOutlet((header.rewritten.get(k) ?? blocks[k]!).trim());
      if (outlet) {
        header.source = outlet;
        header.taken.add(i).add(k!);
        return;
      }
    }
  });
  // Only an update's date was labelled: the page's date all the same.
  if (header.date === null && updated) {
    setDate(updated.date, 'date line');
    header.taken.add(updated.index);
  }
  // `Kazakhstan embraces ‘Borat’ as` above and `Kazakhstan embraces ‘Borat’ as ‘Very Nice’ in new tourism campaign`
  // a few lines down (a teaser cut short), or `HomeWorld"Kazakhstan remains faithful …"` above `“Kazakhstan remains
  // faithful …”` (a breadcrumb glued on): the headline printed whole is the headline.
  if (header.title !== null && titleIndex >= 0) {
    const plain = (text: string) => text.replace(/["“”«»]/gu, '').trim();
    const title = plain(header.title);
    for (let k = titleIndex + 1; k < Math.min(blocks.length, titleIndex + 5); k++) {
      if (header.taken.has(k)) continue;
      const line = blocks[k]!.trim();
      const whole = plain(line);
      // (Cut short: it ends on a word no headline ends on, `… as`, `… of the`; not `… ceasefire` above `… ceasefire (Kabar)`.)
      const cutShort = whole.length > title.length + 3 && whole.startsWith(title) && wordCount(title) >= 3 && /\s(?:as|the|a|an|of|to|and|in|for|with|on|by|from|at|that|is|are|was|were)$/iu.test(title);
      const gluedCrumb = title.length > whole.length && title.endsWith(whole) && whole.length >= 0.7 * title.length && wordCount(whole) >= 3;
      if ((cutShort || gluedCrumb) && isHeadline(line)) {
        header.furniture.push({ index: titleIndex, reason: cutShort ? 'teaser' : 'breadcrumb' });
        takeTitle(k, unquotedHeadline(line), blocks[k]!);
        break;
      }
    }
  }
  // `Special Representative for Caucasus and Central Asia` / `visits Kazakhstan and Uzbekistan`: a headline
  // set on two lines, its second opening in lower case with no sentence's end.
  const rest = titleIndex >= 0 ? blocks[titleIndex + 1]?.trim() : undefined;
  // Three words at least, a name among them and no number: not a tag (`magyar`) or a counter (`views 326`).
  const continues = rest !== undefined && /^\p{Ll}[^.!?\p{N}]*\s\p{Lu}[^.!?\p{N}]*$/u.test(rest) && wordCount(rest, 11) >= 3 && wordCount(rest, 11) <= 10;
  if (header.title !== null && continues && !header.taken.has(titleIndex + 1) && wordCount(header.title) + wordCount(rest) <= MAX_TITLE_WORDS) {
    header.title = `${header.title} ${rest}`;
    header.titleLine = `${header.titleLine ?? ''}\n${blocks[titleIndex + 1]!}`;
    header.taken.add(titleIndex + 1);
  }
  return header;
}

/**
 * A line without the reading time that opens it: `2 min read Last Updated : …`, and `MIN READJul 6, 2017 |
 * 11:28 GMT` (in capitals, its number lost, glued to the date).
 */
export function withoutReadingTime(text: string): string {
  return text.replace(/^(?:\d{1,2}\s*)?(?:min(?:ute)?s?|MIN(?:UTE)?S?)\s*(?:read|READ)\s*(?=\p{Lu})/u, '');
}

/** A language switch's label in brackets: `(Русский)`, `(English)`, `(O‘zbekcha)`. */
const LANGUAGE_SWITCH = /^\s*\((?:Русский|English|Ўзбекча|O[‘'’`]zbekcha|Oʻzbekcha|Қазақша|Қазақ тілі|Кыргызча|Тоҷикӣ|Türkmençe|Deutsch|Français|Español)\)\s*/u;
/** `Press release by the … Program (GSLEP) – Bishkek, Kyrgyzstan.`: who issued a release, its letters and where. */
const RELEASE_ISSUER = /^(?:[Pp]ress|[Nn]ews|[Mm]edia) [Rr]elease (?:issued )?(?:by|from) (?:the )?(?<body>\p{Lu}[\p{L}\p{N}&'’ -]{2,100}?)(?:\s*\(\p{Lu}{2,8}\))?(?:\s+[–—-]\s+\p{Lu}[\p{L}, ]{2,60})?\.?$/u;
/** `News announcement30 January 2024Directorate-General for …`: a document type, its date and its body, run together. */
const DOCUMENT_TYPE_DATE_BODY = new RegExp(String.raw`^(?:press release|news announcement|news article|news|statement|speech|daily news)\s*(?<date>\d{1,2}\s+${MONTH}\s+\d{4})\s*(?<body>\p{Lu}.{3,100})$`, 'iu');
const TITLE_SECTION_SITE = /^(.{12,}?)\s+\|\s+([^|]{2,40}?)\s+\|\s+([^|]{2,60})$/u;
/** Whether a line is the page's title ending in the headline the next line prints alone (`Isu - News - The first …`). */
function pageTitleOverHeadline(text: string, below: string): boolean {
  const headline = below.trim();
  return wordCount(headline, 3) >= 3 && !isProse(headline) && text.trim().endsWith(headline) && text.trim().length > headline.length + 3;
}

/**
 * The site's name when a line is its name and then its acronym after a bar or dash (`Aid to the Church in Need
 * Ireland | ACN Ireland`): the acronym spells the capitalised words' initials, and what follows it ends the name.
 */
function siteNameAndAcronym(text: string): string | null {
  const parts = /^(\p{Lu}[\p{L}\p{N}.&'’ -]{5,80}?)\s+[|–—-]\s+(\p{Lu}{2,6})((?:\s+\p{Lu}[\p{L}.&'’-]*){0,2})$/u.exec(text.trim());
  if (!parts) return null;
  const [, name, acronym, rest] = parts as unknown as [string, string, string, string];
  const tail = rest.trim();
  if (tail !== '' && !name.endsWith(` ${tail}`)) return null;
  return isAcronymOf(acronym, tail === '' ? name : name.slice(0, -tail.length)) ? name : null;
}

/** A page's title: the headline, then the site's name of up to four capitalised words after a dash or a bar. */
const TITLE_THEN_SITE = /^(.{12,}?)\s+[-–—|]\s+(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})$/u;

/** Alternative texts of a logo that name no site. */
const GENERIC_LOGO_WORDS = /^(?:site|main|header|footer|company|brand|default|mobile|white|dark|light|black|small|large|retina|our|the|top|print|sticky|menu)$/iu;
/** `The messenger logo` → `The Messenger`: a logo's alternative text of one to four words of a name. */
export function siteLogoName(line: string): string | null {
  // (`Photonews Logo Photonews logo`: two images' texts in a row, the name once.)
  const match = /^((?:the\s+)?[\p{L}][\p{L}\p{N}.&'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}.&'’-]*){0,3}?)\s+logo(?:type)?(?:\s+\1\s+logo)?$/iu.exec(line.trim());
  if (!match) return null;
  const words = match[1]!.split(/\s+/u);
  if (words.every((w) => GENERIC_LOGO_WORDS.test(w))) return null;
  return /\p{Lu}/u.test(match[1]!.replace(/^the\s+/iu, '')) || /^the\s/iu.test(match[1]!) ? outletCase(capitalizeWords(match[1]!)) : null;
}
