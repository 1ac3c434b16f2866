/**
 * CalmReply complaint and anger detector: explainable, local, fast. See README-detector.md.
 *
 *   assess(text | TicketSnapshot) → Assessment
 *
 * Pipeline: thread.ts (pick customer messages, blank quotes/signatures/HTML) → features.ts (tokens, language,
 * teencode, lexicon cues, negation/intensity rules, features) → score.ts (weights from model.ts: complaint
 * probability, anger, categories, evidence spans).
 */
import { CATEGORY_MODEL, rankCategories } from './categories';
import { FEATURES, analyseMessage, heatOf, type Inst, type MessageAnalysis } from './features';
import { categoriesOf, contributions, evidenceOf, langModel, scoreMessage, type Scored } from './score';
import { readThread } from './thread';
import type { AngerLevel, AssessInput, Assessment, Lang, Trend } from './types';

export * from './types';

/** How much an earlier customer message still counts, per step back. */
const DECAY = 0.5;

export function assess(input: AssessInput): Assessment {
  try {
    return run(input);
  } catch {
    // the detector must never break the page; an unexpected input is simply calm
    return calm(typeof input === 'string' ? input : '');
  }
}

function calm(text: string, lang: Lang = 'other'): Assessment {
  return { lang, complaint: false, score: 0, anger: 0, categories: [], evidence: [], text };
}

function run(input: unknown): Assessment {
  const thread = readThread(input);
  const latest = thread.messages[thread.messages.length - 1];
  if (!latest) return calm(typeof input === 'string' ? input : '');
  const analysed = analyseMessage(latest.clean);
  // nothing to read (blank, control characters, punctuation only) and no earlier message: calm
  if (analysed.words === 0 && analysed.insts.length === 0 && thread.messages.length === 1 && !thread.subject)
    return calm(latest.text);
  const cur = scoreMessage(analysed);
  const m = langModel(cur.a.lang);

  // earlier customer messages (newest first), then the subject, each counting half as much as the next
  const earlier: Scored[] = [];
  for (let i = thread.messages.length - 2; i >= 0; i--) earlier.push(scoreMessage(analyseMessage(thread.messages[i]!.clean)));
  const context = [...earlier];
  const subject = thread.subject ? scoreMessage(withoutLearned(analyseMessage(thread.subject.clean))) : undefined;
  if (subject) context.push(subject);
  let notComplaint = 1 - cur.p;
  let d = DECAY;
  for (const c of context) {
    // only an earlier complaint carries over: two calm messages (or a calm subject) never add up to one
    if (c.p >= 0.5) notComplaint *= 1 - d * c.p;
    d *= DECAY;
  }
  const score = round3(1 - notComplaint);
  const complaint = score >= 0.5;

  let anger: AngerLevel = cur.anger;
  let intensity = cur.intensity;
  const prev = earlier[0];
  // still upset from the message just before, with no sign of calming down: keep some of that anger
  if (prev && prev.anger - 1 > anger && cur.a.sums.pos === undefined && cur.a.sums.polite === undefined) {
    anger = (prev.anger - 1) as AngerLevel;
    intensity = Math.max(intensity, prev.intensity - 1);
  }
  // a complaint through earlier messages, with something wrong in this one too
  if (complaint && anger === 0 && cur.p < 0.5 && heatOf(cur.a.sums) > 0) {
    anger = 1;
    intensity = Math.max(intensity, 1);
  }

  let trend: Trend | undefined;
  if (prev) {
    const diff = cur.intensity - prev.intensity;
    trend = cur.anger > prev.anger || (cur.anger === prev.anger && diff > 0.5) ? 'angrier' : cur.anger < prev.anger || (cur.anger === prev.anger && diff < -0.5) ? 'calmer' : 'same';
  }

  const showCategories = complaint || anger > 0;
  const out: Assessment = {
    lang: cur.a.lang,
    complaint,
    score,
    anger,
    categories: !showCategories ? [] : CATEGORY_MODEL ? rankCategories(cur.a, subject?.a, cueWeight(cur, m), CATEGORY_MODEL) : categoriesOf(cur.a, m),
    evidence: evidenceOf(cur.a, m),
    text: latest.text,
    intensity: round3(intensity),
  };
  if (trend) out.trend = trend;
  if (latest.truncated) {
    out.truncated = true;
    out.window = { start: 0, end: latest.clean.length };
  }
  return out;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const F_LEARNED = FEATURES.indexOf('learned');

/**
 * A subject is a few words naming the topic ("Hỏi về đơn hàng", "Change my email"), not a message: the learned
 * layer, fitted on messages, is not asked about it. Its cues still count, and its words still name categories.
 */
function withoutLearned(a: MessageAnalysis): MessageAnalysis {
  const x = Float64Array.from(a.x);
  x[F_LEARNED] = 0;
  return { ...a, x, insts: a.insts.filter((i) => i.cls !== 'learned') };
}

function cueWeight(cur: Scored, m: ReturnType<typeof langModel>) {
  const { per } = contributions(cur.a, m);
  return (i: Inst) => per.get(i) ?? 0;
}
