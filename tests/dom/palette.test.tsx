import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nContext, translatorFrom } from '../../components/i18n';
import { Palette, type InsertAnswer, type PaletteProps } from '../../components/palette/palette';
import { PackSchema, type Pack, type PhraseInput } from '../../lib/packs/schema';
import { createPaletteFinder, type PaletteItem } from '../../lib/search/palette';
import type { TicketState } from '../../lib/messaging/schemas';
import en from '../../public/_locales/en/messages.json';

const t = translatorFrom(en);

function pack(id: string, lang: 'vi' | 'en', phrases: Partial<PhraseInput>[]): Pack {
  return PackSchema.parse({
    id,
    name: `Pack ${id.toUpperCase()}`,
    lang,
    version: '1.0.0',
    updatedAt: '2026-11-22T00:00:00Z',
    phrases: phrases.map((p, i) => ({ id: `${id}-${i}`, step: 2, text: `phrase ${i}`, ...p })),
  });
}

const PACKS = [
  pack('vi', 'vi', [
    { text: 'Dạ, em thành thật xin lỗi {{honorific}} {{customer.firstName}} vì đơn hàng đến trễ.', title: 'Xin lỗi giao trễ', categories: ['delivery'] },
    { text: 'Em xin lỗi vì sự bất tiện này.', title: 'Xin lỗi chung' },
    { text: 'Em cảm ơn {{honorific}} đã kiên nhẫn chờ.', title: 'Cảm ơn', step: 5 },
    { text: 'Bên em sẽ hoàn tiền trong ba ngày.', title: 'Hoàn tiền', step: 4, categories: ['billing'], shortcut: 'tien' },
    { text: 'Đội kỹ thuật đang kiểm tra <b>lỗi</b> này.', title: 'Kiểm tra', step: 3 },
  ]),
];

const TICKET: TicketState = {
  kind: 'ticket',
  snapshot: {
    site: 'zendesk',
    ticketId: '4821',
    subject: 'Đơn hàng giao trễ',
    requester: { name: 'Nguyễn Thị Lan' },
    messages: [{ author: 'customer', text: 'Giao trễ quá!' }],
    url: 'https://example.zendesk.com/agent/tickets/4821',
  },
  assessment: { lang: 'vi', complaint: true, score: 0.9, anger: 2, categories: [{ category: 'delivery', evidence: [] }], evidence: [], text: 'Giao trễ quá!' },
  hasEditor: true,
};

function setup(overrides: Partial<PaletteProps> = {}) {
  const props: PaletteProps = {
    find: createPaletteFinder({ packs: PACKS, ticket: TICKET, uiLang: 'en', honorific: 'chị' }),
    canInsert: true,
    onInsert: vi.fn(async (): Promise<InsertAnswer> => ({ ok: true })),
    onCopy: vi.fn(async () => true),
    onClose: vi.fn(),
    shortcut: 'Alt+Shift+P',
    ...overrides,
  };
  render(
    <I18nContext.Provider value={t}>
      <Palette {...props} />
    </I18nContext.Provider>,
  );
  const input = screen.getByRole('combobox', { name: 'Search phrases' });
  return { props, input };
}

const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });
const activeOption = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
const insertedItem = (props: PaletteProps, call = 0) => (props.onInsert as ReturnType<typeof vi.fn>).mock.calls[call]?.[0] as PaletteItem;

describe('search palette', () => {
  it('is a combobox over a listbox, with focus in the search field', () => {
    const { input } = setup();
    expect(input).toHaveProperty('ownerDocument.activeElement', input);
    const listbox = screen.getByRole('listbox', { name: 'Phrases' });
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('dialog', { name: 'Search phrases' })).toBeTruthy();
  });

  it('shows the ticket’s suggestions per step for an empty query, rendered with its variables', () => {
    const { input } = setup();
    const groups = screen.getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent)).toEqual([
      'Step 2: Empathize',
      'Step 3: Clarify',
      'Step 4: Offer a solution',
      'Step 5: Check back',
    ]);
    // The delivery apology fits this ticket best; it is active and shows the customer's name.
    const first = activeOption(input)!;
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(first.textContent).toContain('Dạ, em thành thật xin lỗi chị Lan vì đơn hàng đến trễ.');
    expect(within(first).getByText('Delivery')).toBeTruthy();
    expect(within(first).getByText('Pack VI')).toBeTruthy();
  });

  it('finds phrases typed without accents', () => {
    const { input } = setup();
    type(input, 'hoan tien');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]!.textContent).toContain('Bên em sẽ hoàn tiền trong ba ngày.');
    expect(within(options[0]!).getByTitle('Type this shortcut to find the phrase first').textContent).toBe('tien');
    expect(screen.getByRole('status').textContent).toBe('Phrases found: 1');
  });

  it('moves with the arrows (wrapping) and tells assistive technology which option is active', () => {
    const { input } = setup();
    type(input, 'xin loi');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(2);
    expect(activeOption(input)).toBe(options[0]);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(activeOption(input)).toBe(options[1]);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    expect(options[0]!.getAttribute('aria-selected')).toBe('false');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(activeOption(input)).toBe(options[0]);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(activeOption(input)).toBe(options[1]);
  });

  it('Enter inserts the active phrase and lets the owner close', async () => {
    const { input, props } = setup();
    type(input, 'xin loi');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(props.onInsert).toHaveBeenCalledTimes(1));
    expect(insertedItem(props).text).toBe('Em xin lỗi vì sự bất tiện này.');
    expect((props.onInsert as ReturnType<typeof vi.fn>).mock.calls[0]![1]).toEqual({ keepOpen: false });
    expect(props.onClose).not.toHaveBeenCalled();
  });

  it('Shift+Enter inserts, stays open with focus in the search field and says so', async () => {
    const { input, props } = setup();
    type(input, 'cam on');
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Inserted\./));
    expect((props.onInsert as ReturnType<typeof vi.fn>).mock.calls[0]![1]).toEqual({ keepOpen: true });
    expect(insertedItem(props).text).toBe('Em cảm ơn chị đã kiên nhẫn chờ.');
    expect(document.activeElement).toBe(input);
  });

  it('after Shift+Enter, what was typed during the insertion goes on in the search field; Esc then closes', async () => {
    const typedDuring = vi.fn(async (): Promise<InsertAnswer> => ({ ok: true, typedAhead: { text: ' hoan', cancelled: false } }));
    const { input, props } = setup({ onInsert: typedDuring });
    type(input, 'cam on');
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    await waitFor(() => expect(input).toHaveProperty('value', 'cam on hoan'));
    expect(props.onClose).not.toHaveBeenCalled();

    cleanup();
    const escDuring = vi.fn(async (): Promise<InsertAnswer> => ({ ok: true, typedAhead: { text: '', cancelled: true } }));
    const second = setup({ onInsert: escDuring });
    type(second.input, 'cam on');
    fireEvent.keyDown(second.input, { key: 'Enter', shiftKey: true });
    await waitFor(() => expect(second.props.onClose).toHaveBeenCalledTimes(1));
  });

  it('shows why an insertion failed and stays open', async () => {
    const { input } = setup({
      onInsert: vi.fn(async (): Promise<InsertAnswer> => ({ ok: false, why: 'rejected', message: 'The reply editor did not accept the text (editor; tried paste).', detail: 'paste' })),
    });
    type(input, 'cam on');
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Could not insert the phrase: the reply editor did not accept the text (tried: paste).'),
    );
    expect(screen.getAllByRole('option')).toHaveLength(1);
  });

  it('Esc closes', () => {
    const { input, props } = setup();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('ignores keys that belong to an input-method composition, and searches what the composition typed', async () => {
    const { input, props } = setup();
    fireEvent.compositionStart(input);
    type(input, 'xin lô');
    fireEvent.keyDown(input, { key: 'Process', keyCode: 229 });
    fireEvent.keyDown(input, { key: 'ArrowDown', isComposing: true });
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(input, { key: 'Escape', keyCode: 229 });
    type(input, 'xin lỗi'.normalize('NFD'));
    fireEvent.compositionEnd(input, { data: 'lỗi' });
    await act(async () => {});
    expect(props.onInsert).not.toHaveBeenCalled();
    expect(props.onClose).not.toHaveBeenCalled();
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(2);
    expect(activeOption(input)).toBe(options[0]);
  });

  it('works with the mouse: hover makes an option active, click inserts, Shift+click keeps it open', async () => {
    const { input, props } = setup();
    type(input, 'xin loi');
    const options = screen.getAllByRole('option');
    fireEvent.mouseMove(options[1]!);
    expect(activeOption(input)).toBe(options[1]);
    fireEvent.click(options[1]!, { shiftKey: true });
    await waitFor(() => expect(props.onInsert).toHaveBeenCalledTimes(1));
    expect((props.onInsert as ReturnType<typeof vi.fn>).mock.calls[0]![1]).toEqual({ keepOpen: true });
    fireEvent.click(options[0]!);
    await waitFor(() => expect(props.onInsert).toHaveBeenCalledTimes(2));
    expect(insertedItem(props, 1).title).toBe('Xin lỗi giao trễ');
  });

  it('renders phrase text as text, never as markup', () => {
    const { input } = setup();
    type(input, 'kiem tra');
    const option = screen.getByRole('option');
    expect(option.textContent).toContain('Đội kỹ thuật đang kiểm tra <b>lỗi</b> này.');
    expect(option.querySelector('b')).toBeNull();
  });

  it('without an editor it says so, and Enter copies the phrase', async () => {
    const { input, props } = setup({ canInsert: false });
    expect(screen.getByRole('note').textContent).toContain('Open the reply box first');
    type(input, 'cam on');
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(props.onCopy).toHaveBeenCalledTimes(1));
    expect((props.onCopy as ReturnType<typeof vi.fn>).mock.calls[0]![0].text).toBe('Em cảm ơn chị đã kiên nhẫn chờ.');
    expect(props.onInsert).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('clipboard'));
  });

  it('the Copy button copies the active phrase', async () => {
    const { input, props } = setup();
    type(input, 'hoan tien');
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(props.onCopy).toHaveBeenCalledTimes(1));
    expect((props.onCopy as ReturnType<typeof vi.fn>).mock.calls[0]![0].text).toBe('Bên em sẽ hoàn tiền trong ba ngày.');
  });

  it.each([
    ['x'.repeat(1000), 'That search is too long: 200 characters at most.'],
    ['      ', 'Type a word to search.'],
    ['?!%$#', 'Type letters or digits to search.'],
    ['qwxzv', 'No phrase matches “qwxzv”.'],
  ])('answers %j with no results and a message', (query, message) => {
    const { input, props } = setup();
    type(input, query);
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText(message)).toBeTruthy();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(props.onInsert).not.toHaveBeenCalled();
  });

  it('a click on the backdrop closes; a click inside does not', () => {
    const { props } = setup();
    // The dialog fills the viewport and dims the page around the card: a press on it, outside the card, closes.
    fireEvent.mouseDown(screen.getByRole('combobox'));
    expect(props.onClose).not.toHaveBeenCalled();
    fireEvent.mouseDown(screen.getByRole('dialog'));
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });
});
