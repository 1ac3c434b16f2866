import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nContext, translatorFrom } from '../../components/i18n';
import { SidePanel, type SidePanelProps } from '../../components/side-panel';
import type { Assessment } from '../../lib/detect/types';
import { builtinPacks } from '../../lib/packs';
import type { TicketState } from '../../lib/messaging/schemas';

const en = translatorFrom(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));
const viT = translatorFrom(JSON.parse(readFileSync('public/_locales/vi/messages.json', 'utf8')));
const HOSTILE = '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> you are useless';

const assessment: Assessment = {
  lang: 'en',
  complaint: true,
  score: 0.9,
  anger: 3,
  categories: [{ category: 'delivery', evidence: [] }],
  evidence: [{ start: HOSTILE.indexOf('useless'), end: HOSTILE.length, cue: 'insult', weight: 2 }],
  text: HOSTILE,
};

const ticket = (a: Assessment | null): TicketState => ({
  kind: 'ticket',
  hasEditor: true,
  assessment: a,
  snapshot: {
    site: 'zendesk',
    ticketId: '77',
    subject: 'Parcel <b>late</b>',
    requester: { name: 'Robin <i>Lee</i>' },
    messages: [{ author: 'customer', text: a?.text ?? '' }],
    url: 'https://acme.zendesk.com/agent/tickets/77',
  },
});

function renderPanel(props: Partial<SidePanelProps> = {}, uiLang: 'en' | 'vi' = 'en') {
  const onInsert = vi.fn();
  const utils = render(
    <I18nContext.Provider value={uiLang === 'vi' ? viT : en}>
      <SidePanel
        ticket={ticket(assessment)}
        packs={builtinPacks}
        uiLang={uiLang}
        honorific="quý khách"
        lastInsert={null}
        onInsert={onInsert}
        onHonorific={() => {}}
        {...props}
      />
    </I18nContext.Provider>,
  );
  return { ...utils, onInsert };
}

describe('side panel', () => {
  it('shows customer text as text: markup is neither parsed nor run', () => {
    const { container } = renderPanel();
    const quote = container.querySelector('blockquote')!;
    expect(quote.textContent).toBe(HOSTILE);
    expect(container.querySelector('img, script, b, i')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(within(quote).getByText('useless').tagName).toBe('MARK');
    expect(screen.getByRole('heading', { name: 'Parcel <b>late</b>' })).toBeTruthy();
  });

  it('shows anger, complaint and categories', () => {
    renderPanel();
    expect(screen.getByRole('meter').getAttribute('aria-valuenow')).toBe('3');
    expect(screen.getByText('Hostile')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Complaint categories' })).getByText('Delivery')).toBeTruthy();
  });

  it('lists the five steps with phrases in the ticket language, rendered with its variables', () => {
    const { onInsert } = renderPanel();
    for (const name of ['Plan', 'Empathize', 'Clarify', 'Offer a solution', 'Check back']) {
      expect(screen.getByRole('region', { name: new RegExp(name) })).toBeTruthy();
    }
    const empathize = screen.getByRole('region', { name: /Empathize/ });
    const first = empathize.querySelector<HTMLButtonElement>('button.phrase')!;
    expect(first.textContent).not.toMatch(/\{\{|\}\}/);
    fireEvent.click(first);
    expect(onInsert).toHaveBeenCalledTimes(1);
    const [, text] = onInsert.mock.calls[0]!;
    expect(first.textContent).toContain(text);
  });

  it('says when there is no ticket, or no customer message to assess', () => {
    const { rerender } = renderPanel({ ticket: { kind: 'none', reason: 'no-ticket' } });
    expect(screen.getByRole('heading', { name: 'No ticket found on this page' })).toBeTruthy();
    rerender(
      <I18nContext.Provider value={en}>
        <SidePanel ticket={ticket(null)} packs={builtinPacks} uiLang="en" honorific="quý khách" lastInsert={null} onInsert={() => {}} onHonorific={() => {}} />
      </I18nContext.Provider>,
    );
    expect(screen.getByText(/no customer message yet/)).toBeTruthy();
  });

  it('reports a failed insertion and where the phrase went', () => {
    renderPanel({ lastInsert: { phraseId: 'x', outcome: { status: 'no-editor' }, copied: true } });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Open the reply box first');
    expect(status.textContent).toContain('on your clipboard');
  });

  it('says why an insertion failed in the panel’s language', () => {
    const rejected = { status: 'failed', why: 'rejected', reason: 'The reply editor did not accept the text (editor; tried execCommand).', detail: 'execCommand' } as const;
    const first = renderPanel({ lastInsert: { phraseId: 'x', outcome: rejected, copied: true } }, 'vi');
    expect(screen.getByRole('status').textContent).toBe(
      'Không chèn được câu: ô trả lời không nhận văn bản (đã thử: execCommand). Câu đã được sao chép: dán bằng Ctrl+V.',
    );
    first.unmount();
    const second = renderPanel({ lastInsert: { phraseId: 'x', outcome: { status: 'error', reason: 'Could not establish connection.' }, copied: false } }, 'vi');
    expect(screen.getByRole('status').textContent).toMatch(/^Không chèn được câu: trang helpdesk không phản hồi; hãy tải lại trang rồi thử lại\. /);
    second.unmount();
    // From a content script older than the panel: no `why`, so its own words stand.
    renderPanel({ lastInsert: { phraseId: 'x', outcome: { status: 'failed', reason: 'The editor exploded.' }, copied: true } });
    expect(screen.getByRole('status').textContent).toMatch(/^Could not insert the phrase: The editor exploded\. /);
  });

  it('lights up the steps the draft covers and offers a kinder alternative', () => {
    const onApplyCoach = vi.fn();
    renderPanel({
      draft: { text: 'Thank you for writing. That is not my department, you will have to ask someone else.', hasEditor: true },
      onApplyCoach,
    });
    const strip = screen.getByRole('list', { name: 'Steps your reply covers' });
    expect(within(strip).getByRole('listitem', { name: /Check back: not yet/ })).toBeTruthy();
    const replace = screen.getAllByRole('button', { name: /Replace with/ })[0]!;
    fireEvent.click(replace);
    expect(onApplyCoach).toHaveBeenCalledTimes(1);
    expect(onApplyCoach.mock.calls[0]![0].kind).toBe('deflect');
  });

  it('names each warning and highlights exactly the flagged words inside their sentence', () => {
    const text =
      "Hi Sarah, I'm sorry the parcel is late. Delays are handled by the courier, so you'll need to contact DPD directly with your tracking number. Thanks!";
    renderPanel({ draft: { text, hasEditor: true } });
    const item = document.querySelector('.warning[data-kind="deflect"]')!;
    expect(item.querySelector('.warning-kind')!.textContent).toBe('Sending the customer elsewhere');
    expect(item.querySelector('mark.flagged')!.textContent).toBe("you'll need to contact DPD");
    expect(item.querySelector('.warning-context')!.textContent).toBe(
      "Delays are handled by the courier, so you'll need to contact DPD directly with your tracking number.",
    );
    expect(within(item as HTMLElement).getByRole('button').textContent).toBe("Replace with “I'll contact DPD for you”");
  });

  it('labels warnings in Vietnamese in a Vietnamese panel', () => {
    renderPanel({ draft: { text: 'Dạ chị liên hệ ngân hàng để hỏi giúp em nhé.', hasEditor: true } }, 'vi');
    const item = document.querySelector('.warning[data-kind="deflect"]')!;
    expect(item.querySelector('.warning-kind')!.textContent).toBe('Đẩy khách sang nơi khác');
    expect(item.querySelector('mark.flagged')!.textContent).toBe('chị liên hệ ngân hàng');
  });
});
