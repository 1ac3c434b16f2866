import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** A fresh copy of lib/store/policy.ts: it remembers the policy per page, like the real module. */
const loadPolicy = async () => {
  vi.resetModules();
  return import('../../lib/store/policy');
};

// Each test imports the module afresh, which takes seconds on a busy machine.
describe("the administrator's policy", { timeout: 30_000 }, () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('reads nothing when the module loads', async () => {
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get');
    await loadPolicy();
    expect(get).not.toHaveBeenCalled();
  });

  it('Firefox without policies.json rejects the read: that is "no policy", read once, nothing thrown', async () => {
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const { settledPolicy, policyOrDefault } = await loadPolicy();
    expect(await settledPolicy()).toEqual({ lockTeamPack: false });
    expect(await policyOrDefault()).toEqual({ lockTeamPack: false });
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('a policy is read with both keys', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ teamPackUrl: ' https://packs.example.com/a.json ', lockTeamPack: true });
    const { settledPolicy } = await loadPolicy();
    expect(await settledPolicy()).toEqual({ teamPackUrl: 'https://packs.example.com/a.json', lockTeamPack: true });
  });

  it('a change to managed storage is read again and told to listeners; their unsubscribe removes the listener', async () => {
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({});
    const { settledPolicy, onPolicyChange } = await loadPolicy();
    await settledPolicy();
    const heard = vi.fn();
    const stop = onPolicyChange(heard);
    get.mockResolvedValue({ lockTeamPack: true });
    await fakeBrowser.storage.onChanged.trigger({ lockTeamPack: { newValue: true } }, 'managed');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(await settledPolicy()).toEqual({ lockTeamPack: true });
    stop();
    await fakeBrowser.storage.onChanged.trigger({ lockTeamPack: { newValue: false } }, 'managed');
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
