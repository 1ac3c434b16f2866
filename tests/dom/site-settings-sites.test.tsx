import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nContext, translatorFrom } from '../../components/i18n';
import { SiteSettings, type SiteSettingsProps } from '../../components/site-settings';
import type { CustomSite } from '../../lib/sites/custom';

const translators = {
  en: translatorFrom(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'))),
  vi: translatorFrom(JSON.parse(readFileSync('public/_locales/vi/messages.json', 'utf8'))),
};

function setup(props: Partial<SiteSettingsProps> = {}, lang: 'en' | 'vi' = 'en') {
  const handlers = { onAdd: vi.fn(), onRemove: vi.fn(), onChangeAdapter: vi.fn() };
  render(
    <I18nContext.Provider value={translators[lang]}>
      <SiteSettings sites={[]} {...handlers} {...props} />
    </I18nContext.Provider>,
  );
  return handlers;
}

const site: CustomSite = { host: 'desk.acme.example', scheme: 'https', adapter: 'generic' };

describe('the Sites section of the options page', () => {
  it('adds a valid site with the chosen adapter and clears the field', () => {
    const { onAdd } = setup();
    fireEvent.change(screen.getByLabelText('Site address'), { target: { value: 'https://Help.Acme.example/agent' } });
    fireEvent.change(screen.getByLabelText('Read it as'), { target: { value: 'freshdesk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(onAdd).toHaveBeenCalledWith({ host: 'help.acme.example', scheme: 'https', adapter: 'freshdesk' });
    expect((screen.getByLabelText('Site address') as HTMLInputElement).value).toBe('');
  });

  it('explains what is wrong instead of adding', () => {
    const { onAdd } = setup({ sites: [site] });
    const field = screen.getByLabelText('Site address');
    fireEvent.change(field, { target: { value: 'acme.zendesk.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(screen.getByRole('alert').textContent).toBe('CalmReply already works on this site: there is nothing to add.');
    fireEvent.change(field, { target: { value: 'desk.acme.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(screen.getByRole('alert').textContent).toBe('This site is already in your list.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('lists sites, changes their adapter, removes them, and announces the outcome', () => {
    const { onRemove, onChangeAdapter } = setup({ sites: [site], status: { kind: 'denied', host: 'x.example' } });
    fireEvent.change(screen.getByLabelText('How to read desk.acme.example'), { target: { value: 'help-scout' } });
    expect(onChangeAdapter).toHaveBeenCalledWith(site, 'help-scout');
    fireEvent.click(screen.getByRole('button', { name: 'Remove desk.acme.example' }));
    expect(onRemove).toHaveBeenCalledWith(site);
    expect(screen.getByRole('status').textContent).toBe('The browser did not grant access to x.example, so it was not added.');
  });

  it('speaks Vietnamese, and says which helpdesks need nothing added', () => {
    setup({}, 'vi');
    expect(screen.getByRole('button', { name: 'Thêm trang' })).toBeTruthy();
    expect(screen.getByText(/Zendesk, Freshdesk, Help Scout/).textContent).toContain('dùng được ngay');
  });
});
