/**
 * One customer message → cue instances (with spans) and a small vector of interpretable features.
 *
 * Rules applied on top of the lexicon matches:
 * - negation: a negator flips the cues in the next 3 words of its clause: "not good" counts as negative,
 *   "not received" / "chưa nhận được" as a problem, "no refund" as a problem, "not bad" / "không lỗi" as
 *   (weakly) positive;
 * - intensifiers multiply the next cue ("very slow", "rất tệ"); Vietnamese ones also the previous cue
 *   ("chậm quá", "tệ lắm"); ALL CAPS and stretched words ("sooo") strengthen a cue;
 * - "too" / "hơi" before a neutral word make it a flaw ("too small", "hơi chật");
 * - a number or quantity before a time unit is a wait ("3 days", "mấy tuần");
 * - "thanks for …" / "cảm ơn vì …" followed by a negative cue in the same sentence is sarcasm.
 */
import type { CueClass } from './lexicon/format';
import { decide, scoreTokens, type TextLang } from './lang';
import { LEARNED, scoreWords, type LearnedModels } from './learned';
import type { LearnWord } from './ngrams';
import { expandTeencode, isEnWord, isViWord, matchRange, tokenizeText, type Hit } from './matcher';
import { Kind, type Tok } from './tokenize';
import { LEARNED_CUE, type Category } from './types';

export const FEATURES = [
  'neg',
  'problem',
  'service',
  'request',
  'escalate',
  'question',
  'threat',
  'blame',
  'abuse',
  'profanity',
  'sarcasm',
  'pos',
  'polite',
  'negation',
  'contrast',
  'butNeg',
  'persist',
  'wait',
  'expect',
  'topic',
  'exclaim',
  'qmarks',
  'shout',
  'emojiNeg',
  'emojiPos',
  'length',
  'self',
  'you',
  'mixed',
  /** the learned layer's n-gram score for a complaint (learned.ts), without its bias */
  'learned',
  /** the learned layer's n-gram score for anger intensity (English) */
  'learnedAnger',
] as const;
export type Feature = (typeof FEATURES)[number];
export const NF = FEATURES.length;
const F = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<Feature, number>;

/** A lexicon cue class, or a phrase whose n-grams moved the learned layer's score. */
export type InstClass = CueClass | 'learned';

/** Which feature a cue class feeds. */
export const CLASS_FEATURE: Partial<Record<InstClass, Feature>> = {
  neg: 'neg',
  problem: 'problem',
  service: 'service',
  request: 'request',
  escalate: 'escalate',
  question: 'question',
  threat: 'threat',
  blame: 'blame',
  insult: 'abuse',
  profanity: 'profanity',
  sarcasm: 'sarcasm',
  pos: 'pos',
  polite: 'polite',
  persist: 'persist',
  wait: 'wait',
  expect: 'expect',
  topic: 'topic',
  'emoji-neg': 'emojiNeg',
  'emoji-pos': 'emojiPos',
  self: 'self',
  addressee: 'you',
  // modifiers are kept as spans too, so that every feature the model uses can be shown as evidence
  negator: 'negation',
  contrast: 'contrast',
  learned: 'learned',
};

/**
 * Cue classes that show something went wrong. Anger stays 0 without one of them; politeness, questions,
 * requests and support nouns alone never make a customer angry.
 */
export const HEAT = new Set<CueClass>(['neg', 'problem', 'service', 'question', 'threat', 'insult', 'profanity', 'blame', 'sarcasm', 'emoji-neg', 'escalate']);
export const heatOf = (sums: Partial<Record<CueClass, number>>) => {
  let h = 0;
  for (const c of HEAT) h += sums[c] ?? 0;
  return h;
};

/** One scored cue in the message. */
export interface Inst {
  s: number;
  e: number;
  cls: InstClass;
  cue: string;
  w: number;
  tags: Category[];
  /** a negative cue after a contrast word ("good, but it broke"): feeds the butNeg feature */
  but?: boolean;
}

/** A lexicon cue's instance (the rule pass emits only these; learned phrases are added after it). */
type CueInst = Inst & { cls: CueClass };

export interface MessageAnalysis {
  lang: TextLang;
  /** transformed features, see FEATURES */
  x: Float64Array;
  /** raw sums per cue class */
  sums: Partial<Record<CueClass, number>>;
  /** summed cue weight per complaint category (negative cues and requests only) */
  tagTotals: Map<Category, number>;
  insts: Inst[];
  words: number;
  /** the words the learned layer read */
  lw: LearnWord[];
  calmSignals: number;
  sideCues: number;
}

const NEGATIVE = new Set<CueClass>(['neg', 'problem', 'service', 'blame', 'insult', 'profanity', 'threat', 'emoji-neg']);
const SCORED = new Set<CueClass>([
  'neg', 'problem', 'service', 'request', 'escalate', 'question', 'threat', 'insult', 'profanity', 'blame', 'sarcasm', 'pos',
  'func', 'polite', 'persist', 'expect', 'emoji-neg', 'emoji-pos',
]);
/** Cue classes that say nothing about what went wrong (no category). */
export const NO_CATEGORY = new Set<InstClass>(['pos', 'polite', 'emoji-pos', 'self', 'addressee', 'learned']);
/**
 * Cue classes that say something is wrong or wanted (context such as a wait or "still" alone does not). A clause
 * with a polite or plain-question cue and none of these is invisible to the learned layer, as are the polite and
 * question words themselves: politeness and plain questions never move the complaint score, whatever the
 * training data said about them. Sarcasm's words are read by its cue ("great, just great" is not praise).
 */
const COMPLAINT_SIDE = new Set<CueClass>([...HEAT, 'request']);
/** At most this many cue spans are kept per message (the sums keep counting). */
const MAX_INSTS = 2000;
const SCOPE_WORDS = 3;
const INTENS_WORDS = 2;

/** Polite cues that open a wish; praise words after them in the clause are part of the wish. */
const WISH = /^(chúc|wish|hope you|have a|enjoy your)/;

/** Vietnamese negators that also end yes/no questions, and what may follow them in such a question (folded). */
const QUESTION_TAIL = new Set(['không', 'chưa']);
/** Words that open an English question (not "why": challenging a company is a complaint cue) and Vietnamese question words. */
const QUESTION_OPENERS = new Set(['what', 'when', 'where', 'how', 'which', 'who', 'can', 'could', 'would', 'will', 'do', 'does', 'is', 'are', 'may', 'should', 'shall']);
const VI_QUESTION_WORDS = new Set(['mấy', 'nào', 'đâu', 'nhiêu']);
const VI_PARTICLES = new Set(['a', 'ah', 'nhi', 'nhe', 'nha', 'vay', 'the', 'ha', 'ho', 'shop', 'ban', 'ad', 'admin', 'anh', 'chi', 'em', 'oi', 'ca', 'z']);

/** Long messages are analysed in slices of about this many characters, cut at line or word breaks. */
const CHUNK = 16384;

interface Acc {
  sums: Partial<Record<CueClass, number>>;
  tagTotals: Map<Category, number>;
  insts: Inst[];
  words: number;
  negators: number;
  contrast: number;
  /** negative cues after a contrast word ("good, but it broke") */
  butNeg: number;
  bangs: number;
  qruns: number;
  capsWords: number;
  /** the words the learned layer reads (not masked), in order */
  lw: LearnWord[];
  /** plain questions: [ask] cues, a question's opening word, a Vietnamese question word or tail */
  calmSignals: number;
  /** cues that something is wrong or wanted (COMPLAINT_SIDE) */
  sideCues: number;
}

interface LangCtx {
  lang: TextLang;
  folded: boolean;
}

export function analyseMessage(clean: string, models: LearnedModels = LEARNED): MessageAnalysis {
  const acc: Acc = { sums: {}, tagTotals: new Map(), insts: [], words: 0, negators: 0, contrast: 0, butNeg: 0, bangs: 0, qruns: 0, capsWords: 0, lw: [], calmSignals: 0, sideCues: 0 };
  let ctx: LangCtx | null = null;
  for (let a = 0; a < clean.length; ) {
    let b = Math.min(clean.length, a + CHUNK);
    if (b < clean.length) {
      const nl = clean.lastIndexOf('\n', b);
      const sp = clean.lastIndexOf(' ', b);
      if (nl > a + CHUNK / 2) b = nl + 1;
      else if (sp > a + CHUNK / 2) b = sp + 1;
      const code = clean.charCodeAt(b - 1);
      if (code >= 0xd800 && code <= 0xdbff) b--;
    }
    ctx = scan(a === 0 && b === clean.length ? clean : clean.slice(a, b), a, acc, ctx);
    a = b;
  }
  return features(acc, ctx ? ctx.lang : 'other', models);
}

/** Tokens, language, cues and rules for one slice of a message; results are added to `acc`. */
function scan(text: string, base: number, acc: Acc, known: LangCtx | null): LangCtx {
  const raw = tokenizeText(text);
  if (base)
    for (const t of raw) {
      t.s += base;
      t.e += base;
    }
  // ---- sentences and their language
  const sentences: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const k = raw[i]!.k;
    if (k === Kind.Strong || k === Kind.Line) {
      if (i + 1 > start) sentences.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < raw.length) sentences.push([start, raw.length]);
  let lang = known ? known.lang : decide(scoreTokens(raw, 0, raw.length), 'other');
  if (!known && lang === 'other') lang = fallbackLang(raw);
  let marked = 0;
  let plain = 0;
  const sentLang: TextLang[] = [];
  for (const [a, b] of sentences) {
    // a sentence switches language only on clear evidence (mixed-language tickets)
    const ss = scoreTokens(raw, a, b);
    const main: TextLang = lang === 'other' ? 'en' : lang;
    const sl: TextLang = main === 'en' && ss.vi >= 2 && ss.vi > ss.en ? 'vi' : main === 'vi' && ss.en >= 2 && ss.en > ss.vi ? 'en' : main;
    sentLang.push(sl);
    if (sl === 'vi' && !known)
      for (let i = a; i < b; i++) {
        const t = raw[i]!;
        if (t.k !== Kind.Word || t.w.num) continue;
        if (t.w.marks) marked++;
        else plain++;
      }
  }
  // text typed without diacritics: let plain words match accented entries
  const folded = known ? known.folded : marked < 0.5 * (marked + plain);

  // ---- expand teencode in Vietnamese sentences, then match
  const toks: Tok[] = [];
  const hits: Hit[] = [];
  const viFrom: number[] = [];
  sentences.forEach(([a, b], n) => {
    const sl = sentLang[n]!;
    const from = toks.length;
    if (sl === 'vi') expandTeencode(raw, a, b, toks);
    else for (let i = a; i < b; i++) toks.push(raw[i]!);
    if (sl === 'vi') viFrom.push(from, toks.length);
    matchRange(toks, from, toks.length, sl === 'vi' ? 'vi' : 'en', folded, hits);
  });
  const isVi = new Uint8Array(toks.length);
  for (let k = 0; k < viFrom.length; k += 2) isVi.fill(1, viFrom[k], viFrom[k + 1]);

  // ---- token bookkeeping: clause ids, sentence ids, word positions
  const n = toks.length;
  const clause = new Int32Array(n);
  const sentence = new Int32Array(n);
  const wordNo = new Int32Array(n);
  let c = 0;
  let sn = 0;
  let w = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    clause[i] = c;
    sentence[i] = sn;
    wordNo[i] = w;
    if (t.k === Kind.Word || t.k === Kind.Emoji || t.k === Kind.Emoticon) {
      w++;
      if (t.k === Kind.Word && !t.w.num) {
        acc.words++;
        if (t.w.caps) acc.capsWords++;
      }
    } else {
      c++;
      if (t.k !== Kind.Weak) sn++;
      acc.bangs += t.bang;
      if (t.q >= 2) acc.qruns++;
    }
  }
  /** only particles and forms of address ("ạ", "nhỉ", "shop ơi") between token j and the end of the clause */
  const endsClause = (j: number) => {
    for (let i = j; i < n; i++) {
      const t = toks[i]!;
      if (t.k === Kind.Weak || t.k === Kind.Strong || t.k === Kind.Line) return true;
      if (t.k !== Kind.Word || !VI_PARTICLES.has(t.w.fk)) return false;
    }
    return true;
  };
  // what the learned layer must not read: polite and plain-question words, and clauses made only of them
  const masked = new Uint8Array(n);
  const clauseHas = new Uint8Array(c + 1);
  const POLITE_OR_ASK = 1;
  const SIDE = 2;
  const maskHit = (h: Hit) => {
    masked.fill(1, h.i, h.j);
    clauseHas[clause[h.i]!]! |= POLITE_OR_ASK;
    // a plain question is a calm signal; politeness is not (a thank-you must never change the score)
    if (h.cue.cls === 'ask') acc.calmSignals++;
  };
  // a sentence that opens like a question ("what are…", "can I…") or asks with a Vietnamese question word
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (t.k !== Kind.Word) continue;
    const first = i === 0 || toks[i - 1]!.k === Kind.Strong || toks[i - 1]!.k === Kind.Line;
    if ((first && !isVi[i] && QUESTION_OPENERS.has(t.w.low)) || (isVi[i] && VI_QUESTION_WORDS.has(t.w.low))) acc.calmSignals++;
    // "có … không ạ?", "giao chưa?": a không / chưa that ends its clause asks
    else if (isVi[i] && QUESTION_TAIL.has(t.w.low) && endsClause(i + 1)) acc.calmSignals++;
  }
  const hitAt: Array<Hit | undefined> = new Array(n);
  for (const h of hits) hitAt[h.i] = h;

  // ---- rule pass
  const { insts, sums, tagTotals } = acc;
  let neg: { end: number; clause: number; s: number; strength: number } | null = null;
  let pending: { end: number; clause: number; mult: number } | null = null;
  let last: { inst: CueInst; j: number; clause: number; boosted: boolean } | null = null;
  let lead: { hit: Hit; sentence: number; clause: number; fallback: CueClass } | null = null;
  let quantityEnd = -1;
  let afterContrast = false;
  /** clause of a wish ("chúc shop một ngày vui vẻ", "have a wonderful weekend"): its praise words are politeness */
  let wishClause = -1;
  const wordsAhead = (j: number, k: number) => {
    // token index just past the k-th word after position j (same clause is checked separately)
    let cnt = 0;
    for (let i = j; i < n; i++) {
      const t = toks[i]!;
      if (t.k === Kind.Word || t.k === Kind.Emoji) {
        cnt++;
        if (cnt === k) return i + 1;
      } else return i;
    }
    return n;
  };
  const emit = (inst: CueInst) => {
    // very long messages: keep counting, but stop collecting spans (features and categories use the totals)
    if (insts.length < MAX_INSTS) insts.push(inst);
    sums[inst.cls] = (sums[inst.cls] ?? 0) + inst.w;
    if (COMPLAINT_SIDE.has(inst.cls)) acc.sideCues++;
    if (inst.tags.length && !NO_CATEGORY.has(inst.cls))
      for (const t of inst.tags) tagTotals.set(t, (tagTotals.get(t) ?? 0) + inst.w);
    return inst;
  };
  const flushLead = () => {
    if (!lead) return;
    const h = lead.hit;
    emit({ s: toks[h.i]!.s, e: toks[h.j - 1]!.e, cls: lead.fallback, cue: `${lead.fallback}:${h.cue.phrase}`, w: 1, tags: [] });
    if (lead.fallback === 'polite') maskHit(h);
    lead = null;
  };

  for (const h of hits) {
    const cls = h.cue.cls;
    const first = toks[h.i]!;
    const lastTok = toks[h.j - 1]!;
    const cl = clause[h.i]!;
    if (lead && sentence[h.i] !== lead.sentence) flushLead();
    if (neg && (cl !== neg.clause || h.i >= neg.end)) neg = null;
    if (pending && (cl !== pending.clause || h.i >= pending.end)) pending = null;

    switch (cls) {
      case 'negator':
        // Vietnamese "có … không?", "giao chưa ạ?": a không / chưa that ends its clause asks, it does not negate
        if (isVi[h.i] && QUESTION_TAIL.has(h.cue.phrase) && endsClause(h.j)) {
          acc.calmSignals++;
          continue;
        }
        acc.negators += h.cue.weight;
        neg = { end: wordsAhead(h.j, SCOPE_WORDS), clause: cl, s: first.s, strength: h.cue.weight };
        emit({ s: first.s, e: lastTok.e, cls, cue: `negation:${h.cue.phrase}`, w: h.cue.weight, tags: [] });
        continue;
      case 'intens':
        pending = { end: wordsAhead(h.j, INTENS_WORDS), clause: cl, mult: 1 + 0.5 * h.cue.weight };
        continue;
      case 'intens-post': {
        const m = 1 + 0.5 * h.cue.weight;
        if (last && !last.boosted && last.clause === cl && wordNo[h.i]! - wordNo[last.j - 1]! <= 2) {
          boost(last.inst, m, sums);
          last.inst.e = Math.max(last.inst.e, lastTok.e);
          last.boosted = true;
        } else pending = { end: wordsAhead(h.j, INTENS_WORDS), clause: cl, mult: m };
        continue;
      }
      case 'excess': {
        const t = h.j < n ? toks[h.j] : undefined;
        if (!t || t.k !== Kind.Word || clause[h.j] !== cl) continue;
        const nh = hitAt[h.j];
        if (nh && (nh.cue.cls === 'pos' || nh.cue.cls === 'func' || nh.cue.cls === 'negator')) continue;
        if (nh && NEGATIVE.has(nh.cue.cls)) pending = { end: h.j + 1, clause: cl, mult: 1.3 };
        clauseHas[cl]! |= SIDE;
        emit({ s: first.s, e: t.e, cls: 'problem', cue: `problem:${h.cue.phrase} ${t.w.low}`, w: h.cue.weight, tags: h.cue.tags });
        continue;
      }
      case 'contrast':
        acc.contrast = Math.max(acc.contrast, h.cue.weight);
        if (h.cue.weight >= 1) afterContrast = true;
        neg = null;
        if (lead) lead.clause = -1;
        emit({ s: first.s, e: lastTok.e, cls, cue: h.cue.name, w: h.cue.weight, tags: [] });
        continue;
      case 'ask':
        maskHit(h);
        neg = null;
        continue;
      case 'neutral':
        neg = null;
        continue;
      case 'quantity':
        quantityEnd = h.j;
        continue;
      case 'wait': {
        const prev = h.i > 0 ? toks[h.i - 1] : undefined;
        if ((prev && prev.k === Kind.Word && prev.w.num) || quantityEnd === h.i) {
          clauseHas[cl]! |= SIDE;
          emit({ s: prev && quantityEnd !== h.i ? prev.s : first.s, e: lastTok.e, cls: 'wait', cue: `wait:${h.cue.phrase}`, w: h.cue.weight, tags: [] });
        }
        continue;
      }
      case 'self':
      case 'addressee':
      case 'topic':
        emit({ s: first.s, e: lastTok.e, cls, cue: h.cue.name, w: h.cue.weight, tags: h.cue.tags });
        continue;
    }
    if (!SCORED.has(cls)) continue;
    if (h.cue.lead) {
      flushLead();
      const p = h.cue.phrase;
      lead = { hit: h, sentence: sentence[h.i]!, clause: cl, fallback: /^(thank|cảm ơn|cám ơn)/.test(p) ? 'polite' : 'pos' };
      continue;
    }
    // "thank you for refunding me", "cảm ơn shop đã đổi hàng": the remedy already happened, nothing is asked
    if (cls === 'request' && lead && lead.fallback === 'polite' && lead.clause === cl) continue;
    // a weak quality word before a measurement describes, it does not criticise: "cao 1m6", "nặng 50kg", "dài 2m"
    if (isVi[h.i] && (cls === 'neg' || cls === 'problem') && h.cue.weight < 1 && h.j < n && toks[h.j]!.k === Kind.Word && /^\p{N}/u.test(toks[h.j]!.w.low)) continue;

    let weight = h.cue.weight;
    let outCls: CueClass = cls;
    let s = first.s;
    let cue = h.cue.name;
    if (pending) {
      weight *= pending.mult;
      pending = null;
    }
    for (let i = h.i; i < h.j; i++) {
      const t = toks[i]!;
      if (t.w.caps) weight *= 1.3;
      if (t.w.elong) weight *= 1.2;
    }
    if (neg) {
      const st = neg.strength;
      if (cls === 'pos') [outCls, weight] = ['neg', weight * 0.9 * st];
      else if (cls === 'func' || (cls === 'request' && h.cue.tags.length > 0)) [outCls, weight] = ['problem', weight * st];
      else if (cls === 'request') continue; // "không cần sửa", "no need to explain": not a request
      else if (cls === 'neg' || cls === 'problem' || cls === 'service' || cls === 'expect') {
        // "không bị trầy" praises in Vietnamese reviews; English "not" + a negative word is too often still a
        // complaint ("don't want it to glitch"), so there the cue is just dropped
        if (!isVi[h.i]) continue;
        [outCls, weight] = ['pos', weight * 0.4 * st];
      }
      if (outCls !== cls) {
        s = Math.min(s, neg.s);
        cue = `${outCls}:not ${h.cue.phrase}`;
      }
    }
    if (outCls === 'func') continue; // a thing that works is not evidence of anything
    if (cls === 'polite' && WISH.test(h.cue.phrase)) wishClause = cl;
    else if (outCls === 'pos' && cls === 'pos' && wishClause === cl) [outCls, cue] = ['polite', `polite:${h.cue.phrase}`];
    const inst = emit({ s, e: lastTok.e, cls: outCls, cue, w: weight, tags: outCls === 'pos' ? [] : h.cue.tags });
    if (outCls === 'polite') maskHit(h);
    else if (COMPLAINT_SIDE.has(outCls)) clauseHas[cl]! |= SIDE;
    if (outCls === 'sarcasm') masked.fill(1, h.i, h.j);
    last = { inst, j: h.j, clause: cl, boosted: false };
    if (afterContrast && NEGATIVE.has(outCls)) {
      acc.butNeg++;
      inst.but = true;
    }
    if (lead && NEGATIVE.has(outCls) && sentence[h.i] === lead.sentence) {
      const lh = lead.hit;
      emit({ s: toks[lh.i]!.s, e: lastTok.e, cls: 'sarcasm', cue: `sarcasm:${lh.cue.phrase} …`, w: lh.cue.weight, tags: [] });
      clauseHas[clause[lh.i]!]! |= SIDE;
      masked.fill(1, lh.i, lh.j);
      lead = null;
    }
  }
  flushLead();

  // ---- the words the learned layer reads; a wider gap than one space (blanked HTML, a quote) also separates
  let brk = true;
  let prevEnd = -1;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const wordLike = t.k === Kind.Word || t.k === Kind.Emoji || t.k === Kind.Emoticon;
    if (!wordLike || masked[i] || (clauseHas[clause[i]!]! & (POLITE_OR_ASK | SIDE)) === POLITE_OR_ASK) {
      brk = true;
      continue;
    }
    // (teencode expansions share their word's span, so they stay joined)
    acc.lw.push({ s: t.s, e: t.e, w: t.w, brk: brk || t.s > prevEnd + 1 });
    brk = false;
    prevEnd = t.e;
  }
  return { lang, folded };
}

function features(acc: Acc, lang: TextLang, models: LearnedModels): MessageAnalysis {
  const { sums, insts, words, tagTotals } = acc;
  const x = new Float64Array(NF);
  const g = (k: CueClass) => sums[k] ?? 0;
  x[F.neg] = Math.log1p(g('neg'));
  x[F.problem] = Math.log1p(g('problem'));
  x[F.service] = Math.log1p(g('service'));
  x[F.request] = Math.log1p(g('request'));
  x[F.escalate] = Math.log1p(g('escalate'));
  // a question mark by itself is not a cue: "how do I reset my password?" is a plain question
  x[F.question] = Math.log1p(g('question'));
  x[F.threat] = Math.log1p(g('threat'));
  x[F.blame] = Math.log1p(g('blame'));
  x[F.abuse] = Math.log1p(g('insult'));
  x[F.profanity] = Math.log1p(g('profanity'));
  x[F.sarcasm] = Math.log1p(g('sarcasm'));
  x[F.pos] = Math.log1p(g('pos'));
  x[F.polite] = Math.log1p(g('polite'));
  x[F.negation] = Math.log1p(acc.negators);
  x[F.contrast] = acc.contrast;
  x[F.butNeg] = Math.log1p(acc.butNeg);
  x[F.persist] = Math.log1p(g('persist'));
  x[F.wait] = Math.log1p(g('wait'));
  x[F.expect] = Math.log1p(g('expect'));
  x[F.topic] = Math.log1p(g('topic'));
  x[F.exclaim] = Math.log1p(Math.min(acc.bangs, 10));
  x[F.qmarks] = Math.log1p(acc.qruns);
  x[F.shout] = acc.capsWords >= 2 ? Math.log1p(acc.capsWords - 1) : 0;
  x[F.emojiNeg] = Math.log1p(g('emoji-neg'));
  x[F.emojiPos] = Math.log1p(g('emoji-pos'));
  x[F.length] = Math.log1p(words) / 3;
  x[F.self] = Math.log1p(g('self'));
  x[F.you] = Math.log1p(g('addressee'));
  // praise and criticism in one message: reviews that like the product but report a flaw
  x[F.mixed] = Math.min(x[F.pos]!, Math.log1p(g('neg') + g('problem') + g('service')));
  x[F.learned] = learnedPhrases(acc, scoreWords(acc.lw, lang === 'vi' ? models.vi : models.en));
  // the anger model reads English keys; Vietnamese data has no intensity labels to fit one on
  x[F.learnedAnger] = lang === 'vi' ? 0 : scoreWords(acc.lw, models.anger).sum;
  return { lang, x, sums, tagTotals, insts, words, lw: acc.lw, calmSignals: acc.calmSignals, sideCues: acc.sideCues };
}

function boost(inst: CueInst, m: number, sums: Partial<Record<CueClass, number>>) {
  const add = inst.w * (m - 1);
  inst.w += add;
  sums[inst.cls] = (sums[inst.cls] ?? 0) + add;
}

/** No function words either way: decide by diacritics, then by which lexicon knows the words. */
function fallbackLang(toks: Tok[]): TextLang {
  let en = 0;
  let vi = 0;
  for (const t of toks) {
    if (t.k !== Kind.Word || t.w.num) continue;
    if (t.w.marks) vi += 2;
    else {
      if (isEnWord(t.w.ek)) en++;
      if (isViWord(t.w.fk)) vi++;
    }
  }
  if (vi > en) return 'vi';
  if (en > 0) return 'en';
  return 'other';
}

/**
 * A support question with no sign of a problem: a plain question, and no cue that something is
 * wrong or wanted. There the learned layer may only calm: "Hi, I forgot my password, how do I get a new one?"
 * reads like a complaint to a model fitted on complaint tweets, but it is a plain question (a product rule).
 */
export const calmRequest = (a: { calmSignals: number; sideCues: number }) => a.calmSignals > 0 && a.sideCues === 0;

/**
 * The learned score as phrases: adjacent words (same clause, nothing masked between them) whose contributions
 * have the same sign become one phrase, so the panel can mark "arrived broken" rather than a dozen n-grams. In a
 * calm request only the calming phrases count. The phrases' weights add up to the returned score.
 */
export function learnedPhraseSpans(lw: readonly LearnWord[], per: Float64Array, calmOnly: boolean): { spans: Array<[number, number, number]>; sum: number } {
  const spans: Array<[number, number, number]> = [];
  let sum = 0;
  let from = 0;
  for (let i = 1; i <= lw.length; i++) {
    const cut = i === lw.length || lw[i]!.brk || Math.sign(per[i]!) !== Math.sign(per[from]!);
    if (!cut) continue;
    let w = 0;
    for (let k = from; k < i; k++) w += per[k]!;
    if (w < 0 || (w > 0 && !calmOnly)) {
      spans.push([lw[from]!.s, lw[i - 1]!.e, w]);
      sum += w;
    }
    from = i;
  }
  return { spans, sum };
}

function learnedPhrases(acc: Acc, scored: { per: Float64Array }): number {
  const { spans, sum } = learnedPhraseSpans(acc.lw, scored.per, calmRequest(acc));
  for (const [s, e, w] of spans) if (acc.insts.length < MAX_INSTS) acc.insts.push({ s, e, cls: 'learned', cue: LEARNED_CUE, w, tags: [] });
  return sum;
}
