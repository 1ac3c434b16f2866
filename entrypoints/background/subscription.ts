import { browser } from '#imports';
import { onPolicyChange } from '../../lib/store/policy';
import { createSubscriptionIO, checkTeamPack } from '../../lib/store/subscription-io';

export const TEAM_PACK_ALARM = 'calmreply-team-pack';
const PERIOD_MINUTES = 6 * 60;

/**
 * Keeps the subscribed team pack fresh: a check when the browser starts or the extension is installed
 * or updated, then every 6 hours. The period is an alarm because a service worker (and its timers) is
 * shut down when idle; alarms wake it. A failed check keeps the last good copy (lib/packs/subscription).
 */
export function startTeamPackSubscription() {
  // The e2e build's test server is http://localhost; the published build accepts https only.
  const io = createSubscriptionIO({ allowLocalHttp: import.meta.env.MODE === 'e2e' });
  const refresh = () =>
    checkTeamPack(io).catch((error: unknown) => {
      console.warn('CalmReply: team pack check failed', error);
    });

  // Listeners are registered synchronously so the events that woke the worker reach them.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== TEAM_PACK_ALARM) return;
    void refresh();
    // A one-off alarm under this name (set by hand to check early) must not end the 6-hour cycle.
    if (!alarm.periodInMinutes) void ensureAlarm();
  });
  browser.runtime.onStartup.addListener(() => void refresh());
  browser.runtime.onInstalled.addListener(() => void refresh());
  // A new policy from the administrator takes effect without waiting for the next period.
  onPolicyChange(() => void refresh());
  void ensureAlarm();
}

async function ensureAlarm() {
  try {
    const existing = await browser.alarms.get(TEAM_PACK_ALARM);
    if (existing?.periodInMinutes) return;
    await browser.alarms.create(TEAM_PACK_ALARM, { delayInMinutes: PERIOD_MINUTES, periodInMinutes: PERIOD_MINUTES });
  } catch (error) {
    console.warn('CalmReply: could not schedule the team pack check', error);
  }
}
