import { browser } from '#imports';
import { parsePolicy, type Policy } from './stored';

/**
 * The administrator's policy (public/managed-schema.json), read from managed storage once per page or
 * worker, and only when something asks for it. Importing this module reads nothing: the helpdesk page's
 * content script never touches managed storage until the search palette opens.
 *
 * Managed storage differs by browser. Chrome answers `{}` when no policy is set; Firefox rejects the read
 * ("Managed storage manifest not found") unless policies.json names the extension, and never fires
 * onChanged for it. Both mean "no policy" here, decided at the one place that reads.
 */
const POLICY_KEYS = ['teamPackUrl', 'lockTeamPack'];
const NO_POLICY = parsePolicy(null, false);

let known: Promise<Policy> | null = null;
/** Told when a policy that came late (see policyOrDefault) arrives. */
const lateListeners = new Set<() => void>();

async function readManagedPolicy(): Promise<Policy> {
  try {
    const values = (await browser.storage.managed.get(POLICY_KEYS)) as Record<string, unknown>;
    return parsePolicy(values.teamPackUrl, values.lockTeamPack);
  } catch {
    return NO_POLICY;
  }
}

/** The policy once the browser has it, however long that takes (Chrome's policy service starts late). */
export function settledPolicy(): Promise<Policy> {
  known ??= readManagedPolicy();
  return known;
}

/**
 * Chrome answers the first managed read after a browser start only once its policy service is up (about
 * 3 s). Pages don't wait for it: they start with "no policy" and hear from onPolicyChange when it arrives.
 */
const POLICY_WAIT_MS = 200;

export function policyOrDefault(): Promise<Policy> {
  const policy = settledPolicy();
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), POLICY_WAIT_MS));
  return Promise.race([policy, late]).then((early) => {
    if (early) return early;
    void policy.then(() => lateListeners.forEach((listener) => listener()));
    return NO_POLICY;
  });
}

/**
 * Calls back when the policy arrives late or the administrator changes it; returns the unsubscribe, which a
 * content script calls when it is invalidated. Chrome reports a new policy through storage.onChanged with
 * the area "managed"; that shared event exists everywhere, while `storage.managed.onChanged` does not in
 * Firefox, whose policy only changes at a browser restart.
 */
export function onPolicyChange(listener: () => void): () => void {
  const onStorage = (_changes: unknown, area: string) => {
    if (area !== 'managed') return;
    known = null;
    listener();
  };
  browser.storage.onChanged.addListener(onStorage);
  lateListeners.add(listener);
  return () => {
    browser.storage.onChanged.removeListener(onStorage);
    lateListeners.delete(listener);
  };
}
