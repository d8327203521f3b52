import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { onRegistryChanged, request } from '../../../lib/messaging/client';

describe('the messaging client', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns what the background answers', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({
      ok: true,
      value: { deleted: 1 },
    } as never);
    expect(await request('metric.delete', { ids: ['a'] })).toEqual({
      ok: true,
      value: { deleted: 1 },
    });
  });

  it('turns an unreachable background into a sentence, never a throw', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Receiving end does not exist.'),
    );
    const answer = await request('registry.get', {});
    expect(answer).toEqual({
      ok: false,
      error: expect.stringMatching(/could not be reached.*Reload this page/),
    });
  });

  it('hears registry changes and ignores other messages', async () => {
    const seen: number[] = [];
    const stop = onRegistryChanged((revision) => seen.push(revision));
    await fakeBrowser.runtime.onMessage.trigger(
      { name: 'registry.changed', payload: { revision: 4 } },
      {},
    );
    await fakeBrowser.runtime.onMessage.trigger({ name: 'something.else', payload: {} }, {});
    stop();
    await fakeBrowser.runtime.onMessage.trigger(
      { name: 'registry.changed', payload: { revision: 5 } },
      {},
    );
    expect(seen).toEqual([4]);
  });
});
