// Which word of a person's name is the surname a later mention uses alone. Usually the last
// (`Toal` of `Gerard Toal`), but Chinese and Korean names put the family name first (`Xi` of
// `Xi Jinping`, `Kim` of `Kim Tae-hyo`), and a Korean name written Western-style keeps its
// hyphenated given name (`Jang` of `Kwan-Seok Jang`). Central Asian patronymic words (`kyzy`, `uulu`)
// close a name without being the surname.
import { tokenize } from './tokens.ts';

/** Common Chinese family names in pinyin (the hundred commonest, and those of officials the region's news names). */
const CHINESE_SURNAMES = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng deng cao
  peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lu ding ren shen yao jin fu zhong cui tan shi qin qian hou
  shao meng long wan duan lei xiong bai mao hao kong kang qiu qu xia yan yin dai fan fang jia lai lao mo nie ou qi shang tao
  wen xing xue zou xi`.split(/\s+/),
);
/** Chinese family names as Singapore, Malaysia and Hong Kong romanise them. */
const SOUTHERN_CHINESE_SURNAMES = new Set('lee goh tan lim ong teo ng wong chan chua koh yeo chong low toh lau ho tay quek'.split(' '));
/** Korean family names as usually romanised. */
const KOREAN_SURNAMES = new Set(
  `kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh shin sin seo suh kwon hwang ahn an
  song yoo yu hong jeon chun moon mun ban yang baek paik nam noh roh ha kwak sung son bae`.split(/\s+/),
);
/** A syllable of pinyin: what the given name of a Chinese name is made of (`Jin·ping`, `Jia·kun`). */
const PINYIN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|ü|v)(?:n|ng|r)?){1,2}$/u;
/** Words of Chinese places that follow a family name's spelling (`Tian Shan`, `Dong Hai`): no given name. */
const CHINESE_PLACE_WORDS = new Set(['shan', 'hai', 'kong', 'jiang', 'he', 'hu', 'men', 'kou', 'gang', 'dao', 'wan', 'zhou', 'an', 'ling', 'cheng', 'guan', 'ning']);
/** `Zhang Shanming`, `Wang Jiong`, `Lin Xinjing`: a Chinese family name and a given name of one or two pinyin syllables. */
export function isChineseName(family: string, given: string): boolean {
  const name = given.toLowerCase();
  return /^\p{Lu}\p{Ll}+$/u.test(family) && /^\p{Lu}\p{Ll}{2,}$/u.test(given) && CHINESE_SURNAMES.has(family.toLowerCase()) && PINYIN.test(name) && !CHINESE_PLACE_WORDS.has(name);
}
/** One syllable of a romanised Korean given name (`Suk`, `Yeol`, `Jae`). */
const KOREAN_SYLLABLE = /^(?:[bcdghjkmnprstwy]{0,2}(?:yeo|eo|eu|ae|oe|ui|wa|wo|ya|yo|yu|ye|a|e|i|o|u)(?:ng|n|k|l|m|p|t)?)$/u;
export const TRAILING_PARTICLES = new Set(['kyzy', 'kizi', 'qizi', 'uulu', 'uly', 'ogly', 'oglu', 'ugli', 'ulu']);

/** The name's surname as a folded token key, or null for a one-word name. */
export function surnameIndex(name: string): string | null {
  const words = tokenize(name).filter((t) => t.capitalized || /-/u.test(name.slice(t.start - 1, t.start)));
  // Hyphenated tails (`Tae-hyo`) belong to the word before them.
  const parts: { key: string; text: string; hyphenated: boolean; end: number }[] = [];
  for (const token of words) {
    const previous = parts[parts.length - 1];
    // Joined to the word before it only (`Tae-hyo`); after a particle (`al-Sisi`) it is a word of its own.
    if (previous && name[token.start - 1] === '-' && previous.end === token.start - 1) {
      previous.hyphenated = true;
      previous.text += `-${token.text}`;
      previous.end = token.end;
      continue;
    }
    if (TRAILING_PARTICLES.has(token.text.toLowerCase())) continue;
    parts.push({ key: token.key, text: token.text, hyphenated: false, end: token.end });
  }
  if (parts.length < 2) return null;
  const [first, second] = [parts[0]!, parts[1]!];
  // `Yoon Suk Yeol`, `Moon Jae In`: a Korean family name, then a given name of two syllables written apart.
  if (parts.length === 3 && KOREAN_SURNAMES.has(first.text.toLowerCase()) && parts.slice(1).every((p) => KOREAN_SYLLABLE.test(p.text.toLowerCase()))) return first.key;
  // `Lee Kuan Yew`, `Lee Hsien Loong`, `Goh Chok Tong`: a Chinese family name as Singapore and Malaysia spell it,
  // then a given name of two short syllables written apart.
  if (parts.length === 3 && (CHINESE_SURNAMES.has(first.text.toLowerCase()) || SOUTHERN_CHINESE_SURNAMES.has(first.text.toLowerCase())) && parts.slice(1).every((p) => /^\p{Lu}\p{Ll}{1,4}$/u.test(p.text) && !p.hyphenated)) return first.key;
  if (parts.length === 2) {
    // Korean: the word without the hyphen is the family name, whichever side it is on.
    if (second.hyphenated && !first.hyphenated && KOREAN_SURNAMES.has(first.text.toLowerCase())) return first.key;
    if (first.hyphenated && !second.hyphenated && KOREAN_SURNAMES.has(second.text.toLowerCase())) return second.key;
    // Chinese: a family name, then a given name of one or two pinyin syllables.
    if (CHINESE_SURNAMES.has(first.text.toLowerCase()) && PINYIN.test(second.text.toLowerCase()) && !CHINESE_SURNAMES.has(second.text.toLowerCase())) return first.key;
  }
  // `Mohammed bin Salman`: the word after `bin` is the father's name, and the name gives no family's.
  if (/\b(?:bin|ibn|bint)\s+\S+$/u.test(name.trim())) return null;
  return parts[parts.length - 1]!.key;
}
