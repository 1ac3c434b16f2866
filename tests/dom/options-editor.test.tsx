import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nContext, translatorFrom } from '../../components/i18n';
import { OptionsPage } from '../../components/options/options-page';
import { formatPack } from '../../lib/packs/format';
import { packToCsv } from '../../lib/packs/convert';
import { createOptionsStore } from '../../lib/store/options-store';
import { createFakeOptionsClient, storedWith, testBuiltin, userPack } from '../fixtures/storage/fake-client';

const en = translatorFrom(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));
const viT = translatorFrom(JSON.parse(readFileSync('public/_locales/vi/messages.json', 'utf8')));

async function renderOptions(initial: Parameters<typeof createFakeOptionsClient>[0] = {}, uiLang: 'en' | 'vi' = 'en') {
  const { client, fake } = createFakeOptionsClient({ stored: storedWith({ pack: userPack() }), ...initial });
  const store = createOptionsStore(client, testBuiltin);
  await store.getState().load();
  render(
    <I18nContext.Provider value={uiLang === 'vi' ? viT : en}>
      <OptionsPage store={store} uiLang={uiLang} />
    </I18nContext.Provider>,
  );
  return { store, fake };
}
const storedTeam = (fake: ReturnType<typeof createFakeOptionsClient>['fake']) =>
  fake.snapshot.stored.packs[0]!.pack as { phrases: { id: string; text: string }[] };
const rowOf = (id: string) => document.querySelector<HTMLElement>(`[data-phrase-id="${id}"]`)!;

afterEach(async () => {
  vi.restoreAllMocks();
  // Let focus moves scheduled for the next frame land before the page is torn down, not in the next test.
  await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
});

describe('options page: packs', () => {
  it('lists team, personal and built-in packs; built-in phrases are read-only with "Copy to my pack"', async () => {
    await renderOptions();
    const list = screen.getByRole('navigation', { name: 'Packs' });
    expect(within(list).getByRole('region', { name: 'Team' })).toHaveProperty('textContent', expect.stringContaining('Team (English)'));
    expect(within(list).getByRole('region', { name: 'Personal' }).textContent).toContain('No personal pack yet');
    fireEvent.click(within(list).getByRole('button', { name: /Built-in \(English\)/ }));
    expect(screen.getByRole('heading', { level: 2, name: 'Built-in (English)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: /^Copy to my pack: “.*”$/ })).toHaveLength(3);
  });

  it('edits a phrase: live preview with the sample ticket, save, the list and storage show it', async () => {
    const { fake } = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Edit “First”' }));
    const editor = screen.getByRole('region', { name: 'Edit phrase' });
    const text = within(editor).getByLabelText('Text');
    expect(document.activeElement).toBe(text);
    fireEvent.change(text, { target: { value: 'Hello {{customer.firstName|there}}, this is {{agent.name|the team}} about #{{ticket.id}}.' } });
    expect(within(editor).getByTestId('phrase-preview').textContent).toBe('Hello Dana, this is the team about #4821.');
    fireEvent.change(within(editor).getByLabelText('Customer name'), { target: { value: '' } });
    expect(within(editor).getByTestId('phrase-preview').textContent).toBe('Hello there, this is the team about #4821.');

    await act(async () => fireEvent.click(within(editor).getByRole('button', { name: 'Save phrase' })));
    expect(screen.queryByRole('region', { name: 'Edit phrase' })).toBeNull();
    expect(rowOf('team-2-a').textContent).toContain('Hello {{customer.firstName|there}}');
    expect(storedTeam(fake).phrases[0]!.text).toContain('Hello {{customer.firstName|there}}');
  });

  it('shows validation errors next to their field, described for screen readers, and saves nothing', async () => {
    const { fake } = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Edit “First”' }));
    const editor = screen.getByRole('region', { name: 'Edit phrase' });
    const text = within(editor).getByLabelText('Text');
    fireEvent.change(text, { target: { value: 'Hi {{customer.nickname}}' } });
    fireEvent.blur(text);
    expect(text.getAttribute('aria-invalid')).toBe('true');
    const errorId = text.getAttribute('aria-describedby')!.split(' ')[0]!;
    expect(document.getElementById(errorId)!.textContent).toMatch(/^Unknown variable \{\{customer\.nickname\}\}/);

    const shortcut = within(editor).getByLabelText('Shortcut (optional)');
    fireEvent.change(shortcut, { target: { value: 'Not Valid' } });
    fireEvent.change(within(editor).getByLabelText('Id'), { target: { value: 'team-2-b' } });
    await act(async () => fireEvent.click(within(editor).getByRole('button', { name: 'Save phrase' })));
    expect(document.activeElement).toBe(text); // focus goes to the first problem
    expect(within(editor).getByText('Lowercase letters, digits and dashes')).toBeTruthy();
    expect(within(editor).getByText('Another phrase in this pack already has the id "team-2-b"')).toBeTruthy();
    expect(fake.packWrites).toBe(0);
  });

  it('asks before a changed draft is thrown away', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Edit “First”' }));
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Half-written thought' } });
    fireEvent.click(screen.getByRole('button', { name: /Built-in \(English\)/ }));
    expect(screen.getByRole('alert').textContent).toContain('Discard the changes to this phrase?');
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect((screen.getByLabelText('Text') as HTMLTextAreaElement).value).toBe('Half-written thought');
    expect(screen.getByRole('heading', { level: 2, name: 'Team (English)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Built-in \(English\)/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Built-in (English)' })).toBeTruthy();
  });

  it('deletes a phrase with an undo toast', async () => {
    const { fake } = await renderOptions();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Delete “Second”' })));
    expect(rowOf('team-2-b')).toBeNull();
    const toast = screen.getByText('Phrase “Second” deleted.');
    await act(async () => fireEvent.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' })));
    expect(rowOf('team-2-b')).not.toBeNull();
    expect(storedTeam(fake).phrases.map((p) => p.id)).toEqual(['team-2-a', 'team-2-b', 'team-2-c', 'team-4-a']);
  });

  it('reorders within a step with Alt+↓ / Alt+↑ and the move buttons, keeping focus on the row', async () => {
    const { fake } = await renderOptions();
    const edit = within(rowOf('team-2-a')).getByRole('button', { name: 'Edit “First”' });
    edit.focus();
    await act(async () => fireEvent.keyDown(edit, { key: 'ArrowDown', altKey: true }));
    expect(storedTeam(fake).phrases.map((p) => p.id)).toEqual(['team-2-b', 'team-2-a', 'team-2-c', 'team-4-a']);
    await waitFor(() => expect(document.activeElement?.closest('[data-phrase-id]')?.getAttribute('data-phrase-id')).toBe('team-2-a'));
    expect(screen.getByText('“First” is now 2 of 3 in its step.')).toBeTruthy();
    // The last phrase of a step can't move further down; step 4 is a group of its own.
    expect(within(rowOf('team-2-c')).getByRole('button', { name: 'Move “Third” down' })).toHaveProperty('disabled', true);
    await act(async () => fireEvent.click(within(rowOf('team-2-c')).getByRole('button', { name: 'Move “Third” up' })));
    expect(storedTeam(fake).phrases.map((p) => p.id)).toEqual(['team-2-b', 'team-2-c', 'team-2-a', 'team-4-a']);
  });

  it('filters by text (accent-insensitive), step and category', async () => {
    await renderOptions();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'replacement' } });
    expect(document.querySelectorAll('[data-phrase-id]')).toHaveLength(1);
    expect(screen.getByText('1 of 4 phrases')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Step'), { target: { value: '2' } });
    expect(document.querySelectorAll('[data-phrase-id]')).toHaveLength(3);
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'billing' } });
    expect(screen.getByText('No phrase matches these filters.')).toBeTruthy();
  });

  it('copies a built-in phrase to my pack and opens the copy in the editor', async () => {
    const { fake } = await renderOptions({ stored: { packs: [] } });
    fireEvent.click(screen.getByRole('button', { name: /Built-in \(English\)/ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy to my pack: “Sorry”' })));
    expect(screen.getByRole('heading', { level: 2, name: 'My phrases (English)' })).toBeTruthy();
    expect((screen.getByLabelText('Text') as HTMLTextAreaElement).value).toBe("I'm sorry, {{customer.firstName|there}}.");
    expect(screen.getByLabelText('Id')).toHaveProperty('value', 'en-2-sorry');
    expect((fake.snapshot.stored.packs[0]!.pack as { id: string }).id).toBe('my-phrases-english');
  });

  it('exports the pack in canonical form, named after its id and version', async () => {
    await renderOptions();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:pack';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(clicks).toEqual(['team-en-1.0.0.json']);
    expect(await blobs[0]!.text()).toBe(formatPack(userPack()));
  });

  it('exports the pack as a spreadsheet that imports back as the same pack, with nothing to change', async () => {
    const { fake } = await renderOptions();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:pack';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(clicks).toEqual(['team-en.csv']);
    // Blob.text() would drop the byte-order mark that Excel needs: read the bytes.
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer());
    expect(csv).toBe(packToCsv(userPack()));
    expect(csv.startsWith('\uFEFF')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Import…' }));
    fireEvent.change(screen.getByLabelText('Pack file'), { target: { files: [new File([csv], 'team-en.csv', { type: 'text/csv' })] } });
    const dialog = screen.getByRole('dialog', { name: 'Import a pack' });
    expect(await within(dialog).findByText('Recognised as: Spreadsheet (CSV, separated by “,”)')).toBeTruthy();
    const importButton = await within(dialog).findByRole('button', { name: 'Import 4 replies' });
    await act(async () => fireEvent.click(importButton));
    expect(within(dialog).getByText(/This is a version of your pack “Team \(English\)”/)).toBeTruthy();
    expect(within(dialog).getByText('Identical to your current version: nothing would change.')).toBeTruthy();
    expect(fake.packWrites).toBe(0);
  });

  it('renders pack text as text, never as markup', async () => {
    const hostile = userPack({ phrases: [{ id: 'x', step: 2, title: '<b>bold</b>', text: '<img src=x onerror="window.__pwned=1">' }] });
    await renderOptions({ stored: storedWith({ pack: hostile }) });
    expect(rowOf('x').querySelector('img, b')).toBeNull();
    expect(rowOf('x').textContent).toContain('<img src=x onerror="window.__pwned=1">');
  });
});

describe('options page in Vietnamese: problems are said in Vietnamese', () => {
  it('next to a phrase’s fields', async () => {
    const { fake } = await renderOptions({}, 'vi');
    fireEvent.click(screen.getByRole('button', { name: 'Sửa “First”' }));
    const editor = screen.getByRole('region', { name: 'Sửa câu' });
    const text = within(editor).getByLabelText('Nội dung');
    fireEvent.change(text, { target: { value: '   ' } });
    fireEvent.change(within(editor).getByLabelText('Phím tắt (không bắt buộc)'), { target: { value: 'Not Valid' } });
    fireEvent.change(within(editor).getByLabelText('Mã'), { target: { value: 'team-2-b' } });
    await act(async () => fireEvent.click(within(editor).getByRole('button', { name: 'Lưu câu' })));
    expect(within(editor).getByText('Không được để trống')).toBeTruthy();
    expect(within(editor).getByText('Chỉ dùng chữ thường không dấu, chữ số và gạch ngang')).toBeTruthy();
    expect(within(editor).getByText('Bộ này đã có một câu khác mang id "team-2-b"')).toBeTruthy();
    expect(fake.packWrites).toBe(0);
  });

  it('in the import dialog', async () => {
    await renderOptions({}, 'vi');
    fireEvent.click(screen.getByRole('button', { name: 'Nhập…' }));
    const dialog = screen.getByRole('dialog', { name: 'Nhập bộ câu mẫu' });
    const broken = { ...userPack(), phrases: [{ id: 'a', step: 2, text: 'ok' }, { id: 'b', step: 9, text: 'Hi', tone: 'loud' }] };
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: JSON.stringify(broken) } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kiểm tra nội dung đã dán' }));
    expect(within(within(dialog).getByRole('alert')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'phrases[1].step: cần từ 1 đến 5',
      'phrases[1].tone: cần một trong các giá trị: formal, warm, neutral',
    ]);
  });
});

describe('options page: import', () => {
  const openImport = () => fireEvent.click(screen.getByRole('button', { name: 'Import…' }));

  it('shows located errors for a broken pack and changes nothing', async () => {
    const { fake } = await renderOptions();
    const before = structuredClone(fake.snapshot.stored);
    openImport();
    const dialog = screen.getByRole('dialog', { name: 'Import a pack' });
    const broken = { ...userPack(), phrases: [{ id: 'a', step: 2, text: 'ok' }, { id: 'b', step: 9, text: 'Hi {{nope}}' }] };
    fireEvent.change(within(dialog).getByLabelText('Or paste JSON or CSV'), { target: { value: JSON.stringify(broken) } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Check pasted text' }));
    const alert = within(dialog).getByRole('alert');
    expect(alert.textContent).toContain("This pack can't be imported. Nothing was changed.");
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'phrases[1].step: expected 1-5',
      expect.stringMatching(/^phrases\[1\]\.text: unknown variable \{\{nope\}\}/),
    ]);
    expect(fake.snapshot.stored).toEqual(before);
    expect(fake.packWrites).toBe(0);
  });

  it('names the phrases and fields whose text holds half an emoji before anything is saved', async () => {
    const { fake } = await renderOptions();
    openImport();
    const dialog = screen.getByRole('dialog', { name: 'Import a pack' });
    const pack = userPack({ id: 'halves', name: 'Halves' });
    // A JSON escape of one half of 😀 survives JSON.parse as a lone surrogate.
    const text = formatPack(pack).replace('"Second phrase."', '"Second \\ud83d phrase."').replace('"Offer"', '"Offer \\ude00"');
    fireEvent.change(within(dialog).getByLabelText('Or paste JSON or CSV'), { target: { value: text } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Check pasted text' }));
    await within(dialog).findByText('Halves');
    const alert = within(dialog).getByRole('alert');
    expect(alert.querySelector('p')!.textContent).toBe(
      'Broken characters in 2 places (half of an emoji or other symbol): they would be saved as “�”. Fix them in the file first, or import and correct them here.',
    );
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['phrases[1].text (phrase team-2-b)', 'phrases[3].title (phrase team-4-a)']);
    expect(fake.packWrites).toBe(0);
  });

  it('refuses an oversized file from its size alone', async () => {
    await renderOptions();
    openImport();
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 3 * 1024 * 1024 });
    const read = vi.spyOn(file, 'text');
    fireEvent.change(screen.getByLabelText('Pack file'), { target: { files: [file] } });
    expect((await screen.findByRole('alert')).textContent).toContain('the pack is 3.0 MB; the limit is 2.0 MB');
    expect(read).not.toHaveBeenCalled();
  });

  it('imports a file as a new pack', async () => {
    const { fake } = await renderOptions();
    openImport();
    const file = new File([formatPack(userPack({ id: 'night-shift', name: 'Night shift' }))], 'night.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Pack file'), { target: { files: [file] } });
    await screen.findByText('Night shift');
    const dialog = screen.getByRole('dialog', { name: 'Import a pack' });
    fireEvent.click(within(dialog).getByLabelText('Personal'));
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Import' })));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Night shift' })).toBeTruthy();
    expect(fake.snapshot.stored.packs.map((r) => [r.kind, (r.pack as { id: string }).id])).toEqual([
      ['team', 'team-en'],
      ['personal', 'night-shift'],
    ]);
  });

  it('shows what a new version changes before replacing, and the replacement can be undone', async () => {
    const { fake } = await renderOptions();
    const before = formatPack(userPack());
    openImport();
    const next = userPack({
      version: '1.1.0',
      phrases: [
        { id: 'team-2-a', step: 2, title: 'First', text: 'First phrase, improved.' },
        { id: 'team-2-b', step: 2, title: 'Second', text: 'Second phrase.' },
        { id: 'team-4-a', step: 4, title: 'Offer', text: 'We will send a replacement today.' },
        { id: 'team-5-a', step: 5, title: 'Check', text: 'Does that work for you?' },
      ],
    });
    fireEvent.change(screen.getByLabelText('Or paste JSON or CSV'), { target: { value: formatPack(next) } });
    fireEvent.click(screen.getByRole('button', { name: 'Check pasted text' }));
    const summary = screen.getByRole('list', { name: 'Summary of changes' });
    expect(within(summary).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1 added', '1 changed', '1 removed', '2 unchanged']);
    expect(screen.getByText(/This is a version of your pack “Team \(English\)”/)).toBeTruthy();
    expect(fake.packWrites).toBe(0);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Replace my pack' })));
    expect(storedTeam(fake).phrases.map((p) => p.id)).toEqual(['team-2-a', 'team-2-b', 'team-4-a', 'team-5-a']);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
    expect(formatPack(userPack())).toBe(before);
    expect(storedTeam(fake).phrases.map((p) => p.id)).toEqual(['team-2-a', 'team-2-b', 'team-2-c', 'team-4-a']);
  });

  it('imports a spreadsheet: shows the guessed columns and steps, lets the lead change them, then stores the pack', async () => {
    const { fake } = await renderOptions();
    openImport();
    const dialog = screen.getByRole('dialog', { name: 'Import a pack' });
    const csv = '\uFEFFTiêu đề;Nội dung;Ghi chú\r\nXin lỗi;"Dạ em rất xin lỗi {{honorific}} vì sự bất tiện này ạ.";a\r\nHỏi mã đơn;"Dạ {{honorific}} cho em xin mã đơn hàng để em kiểm tra ạ?";b\r\nGiờ làm việc;Bên em làm việc từ 8 giờ đến 17 giờ.;c\r\n';
    fireEvent.change(within(dialog).getByLabelText('Or paste JSON or CSV'), { target: { value: csv } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Check pasted text' }));
    expect(await within(dialog).findByText('Recognised as: Spreadsheet (CSV, separated by “;”)')).toBeTruthy();
    const mapping = within(dialog).getByRole('group', { name: 'Columns' });
    expect(within(mapping).getByLabelText<HTMLSelectElement>('Title').value).toBe('0');
    expect(within(mapping).getByLabelText<HTMLSelectElement>('Reply text').value).toBe('1');
    expect(within(mapping).getByLabelText<HTMLSelectElement>('Tags').value).toBe('');

    const stepOf = (where: string) => dialog.querySelector<HTMLSelectElement>(`[data-step-of="${where}"]`)!;
    expect([stepOf('row 2').value, stepOf('row 3').value, stepOf('row 4').value]).toEqual(['2', '3', '']);
    expect(dialog.querySelector('[data-where="row 2"] .guessed')?.textContent).toBe('guessed');

    // The "Ghi chú" column becomes tags once the lead maps it.
    fireEvent.change(within(mapping).getByLabelText('Tags'), { target: { value: '2' } });
    await waitFor(() => expect(stepOf('row 2')).toBeTruthy());
    fireEvent.click(within(dialog).getByLabelText('Select Giờ làm việc'));
    fireEvent.change(within(dialog).getByLabelText('Step for the selected replies'), { target: { value: '4' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply to 1 selected' }));
    expect(stepOf('row 4').value).toBe('4');
    fireEvent.change(within(dialog).getByLabelText('Pack name'), { target: { value: 'Ca đêm' } });
    fireEvent.click(within(dialog).getByLabelText('Personal'));
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Import 3 replies' })));

    expect(screen.queryByRole('dialog')).toBeNull();
    const stored = fake.snapshot.stored.packs[1]!;
    expect(stored.kind).toBe('personal');
    const pack = stored.pack as { id: string; name: string; lang: string; phrases: { step?: number; title?: string; tags: string[] }[] };
    expect([pack.id, pack.name, pack.lang]).toEqual(['ca-dem', 'Ca đêm', 'vi']);
    expect(pack.phrases.map((p) => [p.title, p.step, p.tags])).toEqual([
      ['Xin lỗi', 2, ['a']],
      ['Hỏi mã đơn', 3, ['b']],
      ['Giờ làm việc', 4, ['c']],
    ]);
  });

  it('lists the rows a spreadsheet gets wrong and imports nothing', async () => {
    const { fake } = await renderOptions();
    const before = structuredClone(fake.snapshot.stored);
    openImport();
    const dialog = screen.getByRole('dialog', { name: 'Import a pack' });
    fireEvent.change(within(dialog).getByLabelText('Or paste JSON or CSV'), { target: { value: 'title,text,step\nA,Fine,2\nB,Also fine,9\n' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Check pasted text' }));
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'row 3, step: "9" is not one of: 1-5, empathize, clarify, solve, check back',
    ]);
    // The row with the bad step is listed and stays in the preview; nothing can be imported until it is fixed.
    expect(await within(dialog).findByRole('button', { name: 'Import 2 replies' })).toHaveProperty('disabled', true);
    expect(fake.snapshot.stored).toEqual(before);
    expect(fake.packWrites).toBe(0);
  });

  it('closes with Escape and gives focus back', async () => {
    await renderOptions();
    const opener = screen.getByRole('button', { name: 'Import…' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog');
    expect(dialog.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe('options page: sections', () => {
  it('moves between sections with the arrow keys and saves the agent name', async () => {
    const { fake } = await renderOptions();
    const packsTab = screen.getByRole('tab', { name: 'Phrase packs' });
    fireEvent.keyDown(packsTab, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Team subscription' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Team pack subscription' })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Team subscription' }), { key: 'ArrowRight' });
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Minh' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    expect(fake.snapshot.settings.agentName).toBe('Minh');
    expect(screen.getByText('Saved.')).toBeTruthy();
  });

  it('shows a failed check with the age of the copy still in use', async () => {
    const pack = userPack({ id: 'published', name: 'Published pack' });
    await renderOptions({
      settings: { agentName: '', companyName: '', disabledPackIds: [], paletteShortcut: 'Alt+Shift+P', teamPackUrl: 'https://packs.example.com/team.json' },
      subscription: {
        url: 'https://packs.example.com/team.json',
        packUrl: 'https://packs.example.com/team.json',
        pack,
        installedAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
        error: { kind: 'invalid', message: 'the pack is not valid: phrases[0].step: expected 1-5', at: new Date(Date.now() - 120_000).toISOString() },
      },
    });
    fireEvent.click(screen.getByRole('tab', { name: 'Team subscription' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The last check failed (2 minutes ago): the pack is not valid: phrases[0].step: expected 1-5');
    expect(alert.textContent).toContain('CalmReply keeps using the copy downloaded 3 hours ago.');
    expect(screen.getByTestId('subscription-copy').textContent).toContain('In use: “Published pack”, version 1.0.0, 4 phrases,');
  });

  it('under an administrator policy the address is read-only and the team pack is locked on', async () => {
    await renderOptions({
      policy: { teamPackUrl: 'https://packs.example.com/team.json', lockTeamPack: true },
      subscription: { url: 'https://packs.example.com/team.json', pack: userPack({ id: 'published', name: 'Published pack' }) },
    });
    fireEvent.click(screen.getByRole('button', { name: /Published pack/ }));
    expect(screen.getByText('Locked by your administrator')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Use in suggestions' })).toHaveProperty('disabled', true);
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Team subscription' }));
    expect(screen.getByText('Set by your administrator:')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Unsubscribe' })).toBeNull();
    expect(screen.queryByLabelText('Address of the team pack')).toBeNull();
  });
});

describe('options page: storage use', () => {
  it('shows the bytes the packs use of the quota, per pack, and warns when nearly full', async () => {
    // A record that no longer validates still takes its space (and is listed by its id).
    const big = { id: 'big', name: 'Big pack', junk: 'x'.repeat(8_500_000) };
    await renderOptions({ stored: storedWith({ pack: userPack() }, { pack: big }) });
    fireEvent.click(screen.getByRole('tab', { name: 'General' }));
    const section = screen.getByRole('region', { name: 'Storage' });
    const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
    const stored = storedWith({ pack: userPack() }, { pack: big });
    const used = 'packs'.length + bytes(stored);
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    expect(section.querySelector('#storage-used')!.textContent).toBe(
      `About ${mb(used)} of 10.0 MB used (${Math.round((used / (10 * 1024 * 1024)) * 100)}%) by your packs and the team pack.`,
    );
    expect(within(section).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `big ${mb(bytes(stored.packs[1]))}`,
      `Team (English) ${(bytes(stored.packs[0]) / 1024).toFixed(1)} KB`,
    ]);
    expect(section.textContent).toContain('Storage is nearly full');
  }, 30_000);
});
