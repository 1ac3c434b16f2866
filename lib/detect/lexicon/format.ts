/**
 * The lexicon text format (see README-detector.md, "Extending the lexicons").
 *
 *   # comment
 *   [class]                        section: every entry below belongs to this cue class
 *   phrase = weight tag tag        one cue; weight defaults to 1, tags are complaint categories
 *   one / other / third = 1.5      "/" lists spelling variants that share weight and tags
 *
 * Phrases are written as a person types them (with diacritics for Vietnamese, any case). Matching is done
 * word by word on normalised keys, so "giao hàng chậm" also matches "giao hang cham" and "GIAO HÀNG CHẬM",
 * and English entries match their inflections ("refund" matches "refunded", "refunds").
 */
import { CATEGORIES, type Category } from '../types';

export const CUE_CLASSES = [
  'neg', // negative judgement: bad, terrible, tệ, kém
  'problem', // a defect or failure: broken, not working, lỗi, hỏng
  'service', // poor service, waiting, no answer: no response, chờ mãi
  'request', // asks for a fix or remedy: please fix, refund me, mong, đề nghị
  'escalate', // demands someone higher up: speak to a manager, gặp quản lý
  'question', // challenges and chasers: why, how come, any update, tại sao, bao giờ mới
  'ask', // plain information and status questions: how do I, when will, is there a way, cho mình hỏi, bao giờ
  'threat', // legal action, going public: lawyer, chargeback, kiện, bóc phốt
  'insult', // insults aimed at people: idiots, đồ ngu
  'profanity', // swearing: fuck, đm
  'blame', // accuses the company: scam, cheated, lừa đảo
  'sarcasm', // thanks for nothing, great just great
  'pos', // positive judgement: good, great, tốt, đẹp
  'func', // it works / it arrived: negated, it becomes a problem ("not received")
  'polite', // thanks, please, dạ, ạ
  'negator', // not, never, không, chưa
  'intens', // intensifier before the word: very, so, rất
  'intens-post', // Vietnamese intensifier after the word: quá, lắm, vãi
  'excess', // "too"/"hơi" + quality: too small, hơi chật
  'contrast', // but, however, nhưng
  'persist', // still, again, yet, vẫn, lại
  'wait', // units of waiting time after a number: days, weeks, ngày
  'topic', // support topics, used for categories only: order, parcel, đơn hàng
  'expect', // broken expectations: supposed to, promised, tưởng
  'quantity', // a few, several, mấy, vài: makes a following [wait] unit count
  'self', // first person: I, my, tôi, mình (complaints are about one's own experience)
  'addressee', // second person: you, your, shop, bạn (talking to the company)
  'neutral', // phrases that only stop other readings: "not only", "không biết"
  'emoji-neg',
  'emoji-pos',
] as const;
export type CueClass = (typeof CUE_CLASSES)[number];

export interface LexEntry {
  cls: CueClass;
  phrase: string;
  weight: number;
  tags: Category[];
}

const CLASS_SET = new Set<string>(CUE_CLASSES);
const CAT_SET = new Set<string>(CATEGORIES);

/** Parse lexicon text. Throws on malformed lines so mistakes show up in the unit tests, not in the field. */
export function parseLexicon(src: string, name: string): LexEntry[] {
  const out: LexEntry[] = [];
  let cls: CueClass | null = null;
  const lines = src.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/#.*$/, '').trim();
    if (!line) continue;
    const sec = /^\[([a-z-]+)\]$/.exec(line);
    if (sec) {
      if (!CLASS_SET.has(sec[1]!)) throw new Error(`${name}:${n + 1}: unknown class [${sec[1]}]`);
      cls = sec[1] as CueClass;
      continue;
    }
    if (!cls) throw new Error(`${name}:${n + 1}: entry before any [class]`);
    const eq = line.lastIndexOf(' = ');
    const phrases = (eq >= 0 ? line.slice(0, eq) : line).split(' / ');
    let weight = 1;
    const tags: Category[] = [];
    if (eq >= 0) {
      const rest = line.slice(eq + 3).trim().split(/\s+/);
      const w = Number(rest[0]);
      if (!Number.isFinite(w)) throw new Error(`${name}:${n + 1}: bad weight "${rest[0]}"`);
      weight = w;
      for (const t of rest.slice(1)) {
        if (!CAT_SET.has(t)) throw new Error(`${name}:${n + 1}: unknown category "${t}"`);
        tags.push(t as Category);
      }
    }
    for (const p of phrases) {
      const phrase = p.trim();
      if (!phrase) throw new Error(`${name}:${n + 1}: empty phrase`);
      out.push({ cls, phrase, weight, tags });
    }
  }
  return out;
}
