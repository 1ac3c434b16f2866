import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translatorFrom } from '../../components/i18n';
import { problemSayer } from '../../components/problem-text';
import { describeErrorIn } from '../../lib/packs/issues';
import { parsePackData, parsePackText } from '../../lib/packs/import';
import { PROBLEM_EN, problem } from '../../lib/packs/problems';
import { parseSubscriptionState, refreshSubscription } from '../../lib/packs/subscription';
import { checkPackUrl } from '../../lib/packs/url';

const messages = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const en = messages('en');
const vi = messages('vi');
const sayVi = problemSayer(translatorFrom(vi));
const placeholders = (text: string) => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort();

const base = { id: 'p', name: 'N', lang: 'vi', version: '1.0.0', updatedAt: '2026-01-31T09:00:00Z', phrases: [] as unknown[] };
const phrase = (extra: object) => ({ id: 'a', step: 1, text: 'Dạ', ...extra });
/** One broken pack per kind of mistake a team lead makes by hand. */
const BROKEN: unknown[] = [
  { ...base, lang: 'fr' },
  { ...base, extra: 1 },
  { ...base, name: 5 },
  { ...base, name: undefined },
  { ...base, name: '   ' },
  { ...base, id: 'has space' },
  { ...base, id: '' },
  { ...base, version: 'v1' },
  { ...base, updatedAt: 'yesterday' },
  { ...base, phrases: 'x' },
  { ...base, playbook: { nope: { goal: 'x' } } },
  { ...base, playbook: { delivery: { goal: '', canOffer: 'x' } } },
  { ...base, phrases: [phrase({ step: 9 }), phrase({ id: 'b', step: 'two' }), phrase({ id: 'c', step: 1.5 })] },
  { ...base, phrases: [phrase({ categories: ['nope'], tone: 'loud', minAnger: 5, tags: 'x', shortcut: 'Bad Key' })] },
  { ...base, phrases: [phrase({ text: 'Hi {{nope}}', title: 'x'.repeat(201) }), phrase({})] },
  { ...base, phrases: [phrase({ minAnger: 3, maxAnger: 1, categories: Array(11).fill('delivery') })] },
  { ...base, phrases: [phrase({ text: 7, tags: [1] })] },
];

describe('problems in the options page’s language', () => {
  it('every problem has English wording identical to lib/packs and Vietnamese wording with the same placeholders', () => {
    for (const [code, english] of Object.entries(PROBLEM_EN)) {
      expect(en[`problem_${code}`]?.message, code).toBe(english);
      const words = vi[`problem_${code}`]?.message;
      expect(words, code).toBeTruthy();
      expect(placeholders(words!), code).toEqual(placeholders(english));
    }
  });

  it('every mistake in a hand-edited pack is a problem the page can translate, never zod’s English', () => {
    for (const data of BROKEN) {
      const result = parsePackData(data);
      expect(result.ok, JSON.stringify(data)).toBe(false);
      for (const error of result.ok ? [] : result.errors) {
        expect(error.code, `${error.path}: ${error.message}`).toBeDefined();
        expect(sayVi(error), error.message).not.toBe(error.message);
      }
    }
  });

  it('says which type it found instead, or that the field is missing', () => {
    const { version: _absent, ...noVersion } = base;
    const result = parsePackData({ ...noVersion, name: 5, phrases: [phrase({ tags: 'x' })] });
    expect(result.ok ? [] : result.errors.map((e) => describeErrorIn(sayVi)(e))).toEqual([
      'name: cần văn bản, nhưng nhận được một số',
      'version: còn thiếu',
      'phrases[0].tags: cần một danh sách, nhưng nhận được văn bản',
    ]);
  });

  it('words located, nested and file-level problems in Vietnamese', () => {
    const broken = parsePackText(JSON.stringify({ ...base, phrases: [phrase({ step: 9 }), phrase({ text: 'Hi {{nope}}' })] }));
    expect(broken.ok ? [] : broken.errors.map(describeErrorIn(sayVi))).toEqual([
      'phrases[0].step: cần từ 1 đến 5',
      expect.stringMatching(/^phrases\[1\]\.text: biến \{\{nope\}\} không tồn tại; các biến dùng được: customer\.name, /),
      'phrases[1].id: id "a" bị trùng (đã có ở phrases[0])',
    ]);
    const json = parsePackText('{"id": "p",\n  "name": }');
    expect(json.ok ? '' : sayVi(json.errors[0]!)).toMatch(/^không phải JSON hợp lệ ở dòng 2, cột 11: /);
    expect(sayVi(problem('packNotValidMore', problem('at', 'phrases[3].step', problem('stepRange')), 4))).toBe(
      'bộ câu mẫu không hợp lệ: phrases[3].step: cần từ 1 đến 5 (và 4 lỗi khác)',
    );
    const url = checkPackUrl('http://packs.example.com/team.json');
    expect(url.ok ? '' : sayVi(url.error)).toBe('chỉ chấp nhận địa chỉ https (địa chỉ này bắt đầu bằng http://)');
  });

  it('a failed subscription check is stored with its problem, and read back it is said in Vietnamese', async () => {
    const served = JSON.stringify({ ...base, phrases: [phrase({ step: 0 }), phrase({ id: 'b', step: 6 })] });
    const state = await refreshSubscription(null, 'https://packs.example.com/team.json', {
      fetch: async () => new Response(served, { status: 200 }),
      now: () => new Date('2026-11-22T10:00:00Z'),
    });
    expect(state.error?.message).toBe('the pack is not valid: phrases[0].step: expected 1-5 (and 1 more)');
    const stored = parseSubscriptionState(JSON.parse(JSON.stringify(state)))!;
    expect(sayVi(stored.error!)).toBe('bộ câu mẫu không hợp lệ: phrases[0].step: cần từ 1 đến 5 (và 1 lỗi khác)');
    // From a newer version with a code this one doesn't know: its English words stand.
    const newer = parseSubscriptionState({ url: 'https://x.example/p.json', error: { kind: 'http', code: 'fromTheFuture', message: 'the server answered 418', at: '2026-11-22T10:00:00Z' } })!;
    expect(sayVi(newer.error!)).toBe('the server answered 418');
  });
});
