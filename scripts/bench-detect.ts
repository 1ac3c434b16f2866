/**
 * Benchmark of the detector: median time of assess() on a 2 KB ticket, a 200 KB thread and a 200 KB single
 * message, printed as a table. Reported, not asserted.
 *
 *   npm run bench
 */
// First: zod's settings must be in place before any schema runs (lib/zod-config.ts).
import '../lib/zod-config';
import { assess } from '../lib/detect/index';
import type { TicketSnapshot } from '../lib/sites/types';

// Hand-written sample sentences (not from any data set), mixed English / Vietnamese, mixed mood.
const CUSTOMER = [
  'Hi team, I ordered a blender two weeks ago and it still has not arrived.',
  'The tracking page has said "in transit" for 9 days and nobody answers my emails!!',
  'This is the third time I am writing, honestly I am getting really frustrated.',
  'If I do not get a refund by Friday I will dispute the charge with my bank.',
  'Chào shop, mình đặt đơn hàng tuần trước mà tới giờ vẫn chưa nhận được.',
  'Hàng giao tới thì hộp bị móp, sản phẩm bên trong trầy xước khá nhiều.',
  'giao hang cham qua, goi dien thi ko ai nghe may, mong shop xu ly som giup minh',
  'Thanks for the quick answer yesterday, the replacement works fine now.',
];
const AGENT = [
  'Thank you for reaching out, I am sorry for the delay. Let me check the status of your order right away.',
  'Dạ em xin lỗi anh/chị vì sự bất tiện này, em sẽ kiểm tra và phản hồi trong hôm nay ạ.',
];

function textOf(bytes: number, offset: number, pool: string[]): string {
  let s = '';
  for (let i = offset; s.length < bytes; i++) s += pool[i % pool.length]! + (i % 3 === 2 ? '\n' : ' ');
  return s.slice(0, bytes);
}

function thread(bytes: number): TicketSnapshot {
  const messages: TicketSnapshot['messages'] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const author = i % 2 === 0 ? 'customer' : 'agent';
    const text = textOf(2048, i, author === 'customer' ? CUSTOMER : AGENT);
    messages.push({ author, text });
    total += text.length;
  }
  return { site: 'bench', ticketId: '1', subject: 'Order not received', requester: { name: 'Lan' }, messages, url: 'https://example.invalid/1' };
}

function median(fn: () => unknown, runs: number): number {
  for (let i = 0; i < Math.min(20, runs); i++) fn(); // warm up
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  t.sort((x, y) => x - y);
  return t[Math.floor(t.length / 2)]!;
}

const small = textOf(2048, 0, CUSTOMER);
const bigThread = thread(200 * 1024);
const bigText = textOf(200 * 1024, 0, CUSTOMER);
const huge = textOf(1024 * 1024, 0, CUSTOMER);

const base = median(() => assess(small), 2000);
const rows: Array<[string, number, number]> = [
  ['2 KB ticket (one message)', small.length, base],
  ['200 KB thread (100 messages)', bigThread.messages.reduce((s, m) => s + m.text.length, 0), median(() => assess(bigThread), 300)],
  ['200 KB single message', bigText.length, median(() => assess(bigText), 40)],
  ['1 MB single message (windowed)', huge.length, median(() => assess(huge), 15)],
];

console.log('case                              chars      median ms   × 2 KB');
for (const [name, chars, ms] of rows)
  console.log(`${name.padEnd(32)} ${String(chars).padStart(8)} ${ms.toFixed(3).padStart(12)} ${(ms / base).toFixed(1).padStart(8)}`);
console.log(`\n1 MB input: truncated=${assess(huge).truncated === true}, analysed window ${JSON.stringify(assess(huge).window)}`);
console.log('target: 2 KB < 0.5 ms; 200 KB within ~120× the 2 KB case (linear cost)');
