import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { wireBackground } from '../../../lib/content/background-wiring';

const sender = (tabId: number, frameId = 0) => ({ tab: { id: tabId } as never, frameId });

type CommandListener = (command: string, tab?: { id?: number }) => Promise<void>;

describe('wireBackground', () => {
  let onCommand: CommandListener | undefined;
  let sendMessage: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fakeBrowser.reset();
    // Detection ports are tested in background-port.test.ts; the fake browser has no onConnect.
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
    // The fake browser has no commands API and no tabs.sendMessage: capture and record them.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
      onCommand = listener as unknown as CommandListener;
    });
    sendMessage = vi.fn(async () => ({ index: 0, total: 1 }));
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(sendMessage as never);
    wireBackground();
  });

  it('should show the sum of the frame counts on the tab badge when content scripts report', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mention-count', count: 12 }, sender(7), () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mention-count', count: 3 }, sender(7, 4), () => undefined);
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('15'));
  });

  it('should ignore malformed messages', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mention-count', count: -1 }, sender(7), () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mention-count', count: 2 }, {}, () => undefined);
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('should clear the badge when the tab starts loading a new page', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mention-count', count: 5 }, sender(3), () => undefined);
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({ tabId: 3 })).toBe('5'));
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, { id: 3 } as never);
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({ tabId: 3 })).toBe(''));
  });

  it.each([
    ['next-mention', 'next'],
    ['previous-mention', 'previous'],
  ])('should forward the %s command to the top frame of the tab', async (command, direction) => {
    await onCommand?.(command, { id: 9 });
    expect(sendMessage).toHaveBeenCalledWith(9, { type: 'navigate', direction }, { frameId: 0 });
  });

  it('should answer prepare-detection that its engine is ready', async () => {
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'prepare-detection' }, sender(7), () => undefined);
    expect(answers).toContainEqual({ ready: true });
  });

  it('should ignore commands that are not ours', async () => {
    await onCommand?.('_execute_action', { id: 9 });
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
