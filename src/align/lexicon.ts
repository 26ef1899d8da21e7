// Lexical cues that need no tokenizer: loanwords compared by consonant skeleton (ロケット ~ rocket),
// and a small dictionary of the words every Japanese science-policy text uses. Like hunalign's
// dictionary, it only tips the balance between candidates the numbers and lengths leave open.
import { englishSkeleton, katakanaSkeleton } from '../text/loanword.js';

/** Concept id ← Japanese spelling(s), English spelling(s). English forms are matched as word prefixes. */
const POLICY_TERMS: Array<[string, string[], string[]]> = [
  ['research', ['研究'], ['research', 'r&d']],
  ['development', ['開発'], ['develop', 'r&d']],
  ['accelerate', ['加速'], ['accelerat', 'speed up']],
  ['support', ['支援', '後押し'], ['support', 'assist', 'back']],
  ['strengthen', ['強化'], ['strengthen', 'reinforc', 'enhanc', 'bolster']],
  ['consider', ['検討'], ['consider', 'examin', 'discuss', 'stud']],
  ['build', ['構築'], ['build', 'construct', 'establish']],
  ['share', ['共有'], ['shar']],
  ['demonstration', ['実証'], ['demonstrat', 'verif', 'pilot']],
  ['implementation', ['実装'], ['implement']],
  ['utilization', ['活用', '利活用'], ['utiliz', 'use', 'using', 'leverag']],
  ['cooperation', ['連携', '協力', '協働'], ['cooperat', 'collaborat', 'partnership', 'coordinat', 'link']],
  ['reconstruction', ['復興'], ['reconstruct', 'recover']],
  ['world', ['世界'], ['world', 'global']],
  ['local-government', ['自治体', '地方公共団体'], ['local government', 'municipal']],
  ['young-researcher', ['若手研究者'], ['young researcher']],
  ['secure', ['確保'], ['secur', 'ensur']],
  ['future', ['将来', '次世代'], ['future', 'next-generation', 'next generation']],
  ['university', ['大学'], ['universit']],
  ['space', ['宇宙'], ['space']],
  ['quantum', ['量子'], ['quantum']],
  ['ocean', ['海洋', '海域'], ['ocean', 'marine', 'maritime', 'sea']],
  ['human-resources', ['人材'], ['human resource', 'personnel', 'talent', 'workforce']],
  ['startup', ['スタートアップ', '起業'], ['startup', 'start-up', 'entrepreneur']],
  ['security', ['安全保障', 'セキュリティ'], ['security']],
  ['economic', ['経済'], ['econom']],
  ['international', ['国際'], ['international', 'global']],
  ['education', ['教育'], ['educat']],
  ['student', ['学生', '生徒', '児童'], ['student', 'pupil', 'children']],
  ['semiconductor', ['半導体'], ['semiconductor']],
  ['fusion', ['フュージョン', '核融合'], ['fusion']],
  ['energy', ['エネルギー'], ['energy']],
  ['biotechnology', ['バイオ', '生命科学'], ['bio', 'life science']],
  ['material', ['マテリアル', '材料', '素材'], ['material']],
  ['health', ['健康', '医療', '医薬'], ['health', 'medic', 'pharma']],
  ['food', ['食料', '農林水産', '農業'], ['food', 'agricultur', 'forestry', 'fisher']],
  ['disaster', ['災害', '防災'], ['disaster']],
  ['climate', ['気候', '脱炭素', 'カーボン'], ['climate', 'decarboni', 'carbon']],
  ['data', ['データ'], ['data']],
  ['digital', ['デジタル'], ['digital']],
  ['infrastructure', ['基盤', 'インフラ'], ['infrastructure', 'platform', 'foundation', 'base']],
  ['satellite', ['衛星'], ['satellite']],
  ['rocket', ['ロケット', '打ち上げ', '打上げ'], ['rocket', 'launch']],
  ['moon', ['月面', '月探査', '月'], ['moon', 'lunar']],
  ['exploration', ['探査'], ['explor']],
  ['fund', ['基金', 'ファンド', '資金'], ['fund']],
  ['investment', ['投資'], ['invest']],
  ['innovation', ['イノベーション'], ['innovat']],
  ['strategy', ['戦略'], ['strateg']],
  ['plan', ['計画'], ['plan']],
  ['government', ['政府', '官民'], ['government', 'public and private']],
  ['industry', ['産業', '企業', '民間'], ['industr', 'compan', 'business', 'private']],
  ['academia', ['産学', 'アカデミア'], ['academ']],
  ['region', ['地方', '地域'], ['region', 'local']],
  ['international-standard', ['国際標準', '標準化'], ['standard']],
  ['intellectual-property', ['知的財産', '知財'], ['intellectual property']],
  ['young', ['若手'], ['young', 'early-career']],
  ['women', ['女性'], ['women', 'female']],
  ['doctor', ['博士'], ['doctor']],
  ['budget', ['予算'], ['budget']],
  ['technology', ['技術'], ['technolog']],
  ['science', ['科学'], ['scien']],
  ['robot', ['ロボット'], ['robot']],
  ['computer', ['計算', 'コンピュータ', 'スパコン'], ['comput']],
  ['communication', ['通信'], ['communicat', 'telecom']],
  ['network', ['ネットワーク'], ['network']],
  ['cyber', ['サイバー'], ['cyber']],
  ['evidence', ['エビデンス'], ['evidence']],
  ['evaluation', ['評価'], ['evaluat', 'assess']],
  ['international-cooperation', ['国際連携', '国際協力', '国際協調'], ['international cooperation', 'international collaboration']],
  ['society', ['社会'], ['societ', 'social']],
  ['city', ['都市', 'スマートシティ'], ['city', 'cities', 'urban']],
  ['safety', ['安全'], ['safe']],
  ['law', ['法律', '法案', '法'], ['act', 'law', 'bill']],
  ['facility', ['施設', '設備'], ['facilit', 'equipment']],
  ['market', ['市場'], ['market']],
  ['supply-chain', ['サプライチェーン'], ['supply chain']],
  ['ecosystem', ['エコシステム'], ['ecosystem']],
  ['nuclear', ['原子力'], ['nuclear']],
  ['hydrogen', ['水素'], ['hydrogen']],
  ['battery', ['蓄電池', '電池'], ['batter']],
  ['mobility', ['モビリティ', '自動運転'], ['mobility', 'automated driving', 'autonomous driving']],
  ['museum', ['博物館', '図書館'], ['museum', 'librar']],
  ['open-science', ['オープンサイエンス'], ['open science']],
  ['diversity', ['多様'], ['divers']],
  ['regulation', ['規制', '制度'], ['regulat', 'system', 'institution']],
];

interface CompiledTerm {
  id: string;
  ja: string[];
  /** What englishConcepts matches, as a regular expression: the definition, kept for the tests. */
  en: RegExp;
}

const COMPILED: CompiledTerm[] = POLICY_TERMS.map(([id, ja, en]) => ({
  id,
  ja,
  en: new RegExp(`\\b(?:${en.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+')).join('|')})`, 'i'),
}));

export function japaneseConcepts(text: string): string[] {
  return COMPILED.filter((t) => t.ja.some((j) => text.includes(j))).map((t) => t.id);
}

// englishConcepts matches the terms' expressions in one pass over the text instead of running 90 of
// them over every sentence: at each word start, only the forms beginning with the same three
// characters (case folded) are tried, which is rarely any.
interface EnglishForm {
  term: number;
  words: string[]; // lower-case; a space in the form matches [\s-]+
}

/** The first three characters of a form, or of the text at `at`, as one number (ASCII letters folded to lower case). */
function prefixKey(text: string, at: number): number {
  let key = 0;
  for (let k = 0; k < 3; k++) {
    const c = text.charCodeAt(at + k); // NaN past the end: never a key of a form
    key = key * 128 + (c >= 65 && c <= 90 ? c + 32 : c);
  }
  return key;
}

const FORMS_BY_PREFIX = new Map<number, EnglishForm[]>();
POLICY_TERMS.forEach(([, , en], term) => {
  for (const form of en) {
    // every form starts with three characters, a letter first, no space among them ("r&d" is one)
    if (!/^[a-z][^ ]{2}/.test(form)) throw new Error(`policy term form "${form}" is too short for the prefix index`);
    const key = prefixKey(form, 0);
    const list = FORMS_BY_PREFIX.get(key) ?? [];
    list.push({ term, words: form.split(' ') });
    FORMS_BY_PREFIX.set(key, list);
  }
});

const SEPARATOR = /[\s-]/;

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Case-insensitive as the expressions' 'i' flag is: an ASCII letter matches only itself in either case. */
function formAt(text: string, at: number, form: EnglishForm): boolean {
  for (let w = 0; w < form.words.length; w++) {
    if (w > 0) {
      const start = at;
      while (at < text.length && SEPARATOR.test(text[at]!)) at++;
      if (at === start) return false;
    }
    const word = form.words[w]!;
    for (let k = 0; k < word.length; k++) {
      const c = text.charCodeAt(at + k);
      const p = word.charCodeAt(k);
      if (c !== p && !(p >= 97 && p <= 122 && c === p - 32)) return false;
    }
    at += word.length;
  }
  return true;
}

export function englishConcepts(text: string): string[] {
  const found = new Set<number>();
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) || (at > 0 && isWordCode(text.charCodeAt(at - 1)))) continue; // \b before a letter
    const forms = FORMS_BY_PREFIX.get(prefixKey(text, at));
    if (forms) for (const form of forms) if (!found.has(form.term) && formAt(text, at, form)) found.add(form.term);
  }
  return COMPILED.filter((_, term) => found.has(term)).map((t) => t.id);
}

/** The regular-expression form of englishConcepts, which the tests compare it with. */
export function englishConceptsByExpression(text: string): string[] {
  return COMPILED.filter((t) => t.en.test(text)).map((t) => t.id);
}

const KATAKANA_RUN = /[\u30a1-\u30fa\u30fc]{3,}/g;
const ENGLISH_WORD = /[A-Za-z]{4,}/g;

// A document repeats the same words hundreds of times, and romanisation is slow: skeleton keys are
// remembered per word (the cache is dropped when it grows past a vocabulary's size).
const MAX_CACHED_WORDS = 50_000;
const skeletonKeys = { ja: new Map<string, string | null>(), en: new Map<string, string | null>() };

function skeletonKey(word: string, lang: 'ja' | 'en'): string | null {
  const cache = skeletonKeys[lang];
  let key = cache.get(word);
  if (key === undefined) {
    // ロケット and "rocket" share the key k:RKT (src/text/loanword.ts)
    const skeleton = lang === 'ja' ? katakanaSkeleton(word) : englishSkeleton(word);
    key = skeleton.length >= 3 ? `k:${skeleton}` : null;
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    cache.set(word, key);
  }
  return key;
}

function skeletons(text: string, words: RegExp, lang: 'ja' | 'en'): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(words)) {
    const key = skeletonKey(match[0], lang);
    if (key !== null) out.push(key);
  }
  return out;
}

export function katakanaSkeletons(text: string): string[] {
  return skeletons(text, KATAKANA_RUN, 'ja');
}

export function englishSkeletons(text: string): string[] {
  return skeletons(text, ENGLISH_WORD, 'en');
}
