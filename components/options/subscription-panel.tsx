import { useState } from 'react';
import { useStore } from 'zustand';
import type { OptionsStore } from '../../lib/store/options-store';
import { useT } from '../i18n';
import { useSayProblem } from '../problem-text';
import { phraseCount } from './count';
import { Field } from './field';
import { absoluteTime, relativeTime } from './time';

/**
 * The team pack subscription: the address (the administrator's, or the user's), the copy in use and
 * its age, and what happened at the last check.
 */
export function SubscriptionPanel({ store, uiLang }: { store: OptionsStore; uiLang: 'vi' | 'en' }) {
  const t = useT();
  const say = useSayProblem();
  const state = useStore(store);
  const { policy, settings, subscription } = state;
  const managedUrl = policy.teamPackUrl;
  const [url, setUrl] = useState(settings.teamPackUrl);
  const current = managedUrl ?? settings.teamPackUrl;
  const pack = subscription?.pack;
  const error = subscription?.error;
  const locked = policy.lockTeamPack;

  return (
    <section className="settings-section" aria-labelledby="subscription-title">
      <h2 id="subscription-title">{t('optSubscriptionTitle')}</h2>
      <p className="field-hint">{t('optSubscriptionIntro')}</p>

      {managedUrl ? (
        <div className="notice">
          <p>
            <strong>{t('optManagedUrl')}</strong>
          </p>
          <p className="mono break">{managedUrl}</p>
        </div>
      ) : (
        <form
          className="subscribe-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            // No await before this call: the browser's permission prompt needs the click.
            void state.subscribe(url);
          }}
        >
          <Field label={t('optSubscriptionUrl')} hint={t('optSubscriptionUrlHint')} error={state.subscriptionUrlError ? say(state.subscriptionUrlError) : undefined}>
            {(a) => (
              <input
                {...a}
                type="url"
                inputMode="url"
                placeholder="https://example.com/team-pack.json"
                value={url}
                disabled={locked && Boolean(current)}
                onChange={(e) => setUrl(e.target.value)}
              />
            )}
          </Field>
          <div className="editor-actions">
            <button type="submit" className="primary" disabled={state.subscriptionBusy || (locked && Boolean(current))}>
              {current ? t('optSubscriptionUpdate') : t('optSubscribe')}
            </button>
            {current && !locked && (
              <button type="button" onClick={() => void state.unsubscribe().then(() => setUrl(''))}>
                {t('optUnsubscribe')}
              </button>
            )}
          </div>
        </form>
      )}

      {locked && <p className="notice">{t('optLockedNotice')}</p>}

      {current && (
        <div className="status-card" aria-live="polite">
          <h3>{t('optSubscriptionStatus')}</h3>
          {pack ? (
            <p data-testid="subscription-copy">
              {t('optSubscriptionCopy', pack.name, pack.version, phraseCount(t, pack.phrases.length))}{' '}
              <time dateTime={subscription?.installedAt} title={absoluteTime(subscription?.installedAt, uiLang)}>
                {t('optDownloadedAgo', relativeTime(subscription?.installedAt, uiLang))}
              </time>
              {subscription?.packUrl && subscription.packUrl !== current && (
                <span className="field-hint"> {t('optCopyFromOtherUrl', subscription.packUrl)}</span>
              )}
            </p>
          ) : (
            <p>{t('optNoCopyYet')}</p>
          )}
          {error ? (
            <div className="check-error" role="alert">
              <p>
                <strong>{t('optCheckFailed', relativeTime(error.at, uiLang))}</strong> {say(error)}
              </p>
              {pack && <p>{t('optStillUsingCopy', relativeTime(subscription?.installedAt, uiLang))}</p>}
            </div>
          ) : (
            subscription?.checkedAt && <p className="field-hint">{t('optCheckedAgo', relativeTime(subscription.checkedAt, uiLang))}</p>
          )}
          <p className="field-hint">{t('optSubscriptionSchedule')}</p>
          <div className="editor-actions">
            <button type="button" disabled={state.subscriptionBusy} onClick={() => void state.checkNow()}>
              {state.subscriptionBusy ? t('optChecking') : t('optCheckNow')}
            </button>
            {managedUrl && error?.kind === 'network' && (
              <button type="button" onClick={() => void state.allowAccess()}>
                {t('optAllowAccess')}
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
