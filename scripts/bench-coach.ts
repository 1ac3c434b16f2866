/**
 * Draft coach benchmark: time per keystroke on a ~3,000-character draft (target: p95 under 2 ms).
 *
 *   npx vite-node scripts/bench-coach.ts            # table of median / p95 / max per scenario
 *   npx vite-node scripts/bench-coach.ts --runs 5000
 *
 * Each "keystroke" is one coachDraft() call on the draft after one edit: typing the last 300 characters one by
 * one (the draft grows from 2,700 to 3,000 characters and starts over), and every fifth edit a character typed
 * into the middle. Packs are two synthetic packs of 400 phrases each, indexed once (like in the side panel).
 * Each keystroke state is timed REPEATS times and its fastest run kept: on a shared machine the other runs
 * measure the neighbours, not the coach. The drafts include blaming, deflecting and arguing sentences, so the
 * warning patterns do real work. Exits with code 1 when a 3,000-character scenario misses the target.
 */

// First: zod's settings must be in place before any schema runs (lib/zod-config.ts).
import '../lib/zod-config';
import { performance } from 'node:perf_hooks';
import { coachDraft, type CoachContext } from '../lib/coach';
import type { Pack } from '../lib/packs/schema';

const TARGET_P95_MS = 2;
const REPEATS = 3;
const argRuns = process.argv.indexOf('--runs');
const RUNS = argRuns > 0 ? Number(process.argv[argRuns + 1]) || 2000 : 2000;

// ---- inputs (written for this benchmark) ------------------------------------------------------------------

const VI_SENTENCES = [
  'Dạ em chào anh Khoa, em là Ngân bên chăm sóc khách hàng ạ.',
  'Em rất tiếc vì chiếc nồi chiên anh đặt tuần trước bị móp ở nắp khi giao tới.',
  'Em hiểu cảm giác của anh khi chờ cả tuần mà nhận hàng không như mong đợi.',
  'Anh cho em xin thêm một tấm ảnh chụp phần nắp và mã đơn hàng để em đối chiếu với kho nhé.',
  'Có phải lúc nhận hàng thùng carton bên ngoài vẫn còn nguyên vẹn không ạ?',
  'Như em hiểu thì máy vẫn chạy bình thường, chỉ có phần nắp bị cong nên đóng không khít.',
  'Bên em sẽ gửi nắp thay thế miễn phí trong hai ngày làm việc, hoặc đổi máy mới nếu anh muốn.',
  'Em đã tạo yêu cầu ưu tiên với kho Thủ Đức và sẽ gửi mã vận đơn qua tin nhắn cho anh.',
  'Trong lúc chờ, anh vẫn dùng máy được nhưng nên đặt nắp nhẹ tay để tránh trầy.',
  'Anh thấy như vậy đã ổn chưa ạ?',
  'Em cảm ơn anh đã kiên nhẫn và báo cho bên em biết sớm ạ.',
  'Việc giao hàng là do bên vận chuyển xử lý, anh vui lòng tự liên hệ bên Giao Hàng Nhanh giúp em nhé.',
  'Chắc là anh chọn nhầm màu lúc đặt hàng nên bên em giao đúng theo đơn ạ.',
  'Sản phẩm bên em không bao giờ bị lỗi vì đã được kiểm tra kỹ trước khi xuất kho ạ.',
];
const EN_SENTENCES = [
  'Hi Rosa, thanks for getting back to us so quickly.',
  "I'm sorry the standing desk arrived with a bent leg; that is not the start we wanted for you.",
  'Could you send me a photo of the leg and the label on the side of the box?',
  'Just to confirm, the desk still goes up and down, it only wobbles at full height?',
  'I will ship a replacement leg today by express courier, and you can keep the old one.',
  'If you would rather return the whole desk, we can book a free pickup for Thursday instead.',
  'The tracking number will reach your inbox as soon as the parcel is scanned.',
  'Does this work for you?',
  'Thank you again for your patience with this.',
  "Delays in transit are handled by the courier, so you'll need to contact DPD directly with your tracking number.",
  'It looks like you entered the wrong postcode at checkout, so the mistake was on your end.',
  "That's not true, our payment system never takes money for a failed payment.",
];

function build(sentences: readonly string[], length: number, sep = ' '): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += (out ? sep : '') + sentences[i % sentences.length];
  return out.slice(0, length);
}

const VI_DRAFT = build(VI_SENTENCES, 3000);
const EN_DRAFT = build(EN_SENTENCES, 3000);
const HTML_DRAFT = build(
  VI_SENTENCES.map((s, i) => `<p class="reply-${i}">${s} 🙏😊</p>${i % 3 === 0 ? '<br>&nbsp;' : ''}`),
  3000,
  '',
);
const HUGE_DRAFT = build(EN_SENTENCES, 100_000);

function syntheticPack(id: string, lang: 'vi' | 'en', sentences: readonly string[], n: number): Pack {
  const phrases: Pack['phrases'] = [];
  for (let i = 0; i < n; i++) {
    const a = sentences[i % sentences.length]!;
    const b = sentences[(i * 7 + 3) % sentences.length]!;
    const words = (a + ' ' + b).split(' ');
    const text = `{{honorific}} ${words.slice(i % 5, (i % 5) + 8 + (i % 9)).join(' ')} ${i}`;
    phrases.push({ id: `${id}-${i}`, step: 1 + (i % 5), text, categories: [], tone: 'neutral', tags: [] });
  }
  return { id, name: id, lang, version: '1.0.0', updatedAt: '2026-01-31T09:00:00Z', phrases };
}

const PACKS = [syntheticPack('bench-vi', 'vi', VI_SENTENCES, 400), syntheticPack('bench-en', 'en', EN_SENTENCES, 400)];

// ---- measurement ---------------------------------------------------------------------------------------------

/** The i-th keystroke state of `draft`: typing its tail, sometimes an edit in the middle. */
function keystroke(draft: string, i: number): string {
  const typed = 300;
  const len = draft.length - typed + (i % (typed + 1));
  const prefix = draft.slice(0, len);
  if (i % 5 !== 4) return prefix;
  const mid = (i * 37) % Math.max(1, prefix.length);
  return prefix.slice(0, mid) + 'a' + prefix.slice(mid);
}

interface Row {
  scenario: string;
  chars: number;
  runs: number;
  'median ms': string;
  'p95 ms': string;
  'max ms': string;
  target: string;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

let missed = false;

function measure(scenario: string, draft: string, ctx: CoachContext, runs: number, checked: boolean): Row {
  for (let i = 0; i < 200; i++) coachDraft(keystroke(draft, i), ctx); // warm-up (JIT, caches)
  const times: number[] = [];
  let sink = 0;
  for (let i = 0; i < runs; i++) {
    const text = keystroke(draft, i);
    let best = Infinity;
    for (let k = 0; k < REPEATS; k++) {
      const t0 = performance.now();
      const r = coachDraft(text, ctx);
      best = Math.min(best, performance.now() - t0);
      sink += r.warnings.length + r.covered.length;
    }
    times.push(best);
  }
  if (sink < 0) console.log(sink);
  times.sort((a, b) => a - b);
  const median = quantile(times, 0.5);
  const p95 = quantile(times, 0.95);
  if (checked && !(p95 < TARGET_P95_MS)) missed = true;
  return {
    scenario,
    chars: draft.length,
    runs,
    'median ms': median.toFixed(3),
    'p95 ms': p95.toFixed(3),
    'max ms': (times[times.length - 1] ?? NaN).toFixed(3),
    target: checked ? (p95 < TARGET_P95_MS ? `ok (p95 <${TARGET_P95_MS})` : `MISSED (p95 <${TARGET_P95_MS})`) : '-',
  };
}

function once(scenario: string, run: () => unknown): Row {
  const t0 = performance.now();
  run();
  const ms = performance.now() - t0;
  return { scenario, chars: VI_DRAFT.length, runs: 1, 'median ms': ms.toFixed(3), 'p95 ms': '-', 'max ms': '-', target: '-' };
}

/** Packs the coach has never seen: the first call pays for indexing their 800 phrases, once. */
const freshPacks = () => PACKS.map((p) => ({ ...p, phrases: [...p.phrases] }));

const rows: Row[] = [
  once('first call ever (compiles cues, cold JIT)', () => coachDraft(VI_DRAFT, { lang: 'vi' })),
  once('first call with new packs (indexing)', () => coachDraft(VI_DRAFT, { lang: 'vi', packs: freshPacks() })),
  measure('vi draft + 2 packs, honorific', VI_DRAFT, { lang: 'vi', honorific: 'anh', packs: PACKS }, RUNS, true),
  measure('en draft + 2 packs', EN_DRAFT, { lang: 'en', packs: PACKS }, RUNS, true),
  measure('vi draft, no packs', VI_DRAFT, { lang: 'vi' }, RUNS, true),
  measure('vi HTML + emoji draft + packs', HTML_DRAFT, { lang: 'vi', honorific: 'anh', packs: PACKS }, RUNS, true),
  measure('100,000-char draft (truncated)', HUGE_DRAFT, { lang: 'en', packs: PACKS }, Math.min(RUNS, 500), false),
];

console.log(`coachDraft per keystroke — node ${process.version}, ${RUNS} keystrokes per scenario, fastest of ${REPEATS} runs each`);
console.table(rows);
if (missed) process.exitCode = 1;
