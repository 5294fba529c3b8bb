import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsStore, isSitePaused, preferredArea } from '../../../lib/settings/store';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../../lib/settings/schema';

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  categories: { ...DEFAULT_SETTINGS.categories, person: false },
  pausedSites: ['example.com'],
  language: 'zh',
  palette: 'high-contrast',
};

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('should prefer sync storage when the browser has it', () => {
    expect(preferredArea()).toBe('sync');
  });

  it('should return the defaults, not repaired, when nothing is stored', async () => {
    const result = await createSettingsStore('sync').load();
    expect(result).toEqual({ settings: DEFAULT_SETTINGS, repaired: false });
  });

  it('should read back what it saved, with the version recorded, when saving valid settings', async () => {
    const store = createSettingsStore('sync');
    await store.save(custom);
    expect(await store.load()).toEqual({ settings: custom, repaired: false });
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
  });

  it('should reject and store nothing when saving invalid settings', async () => {
    const store = createSettingsStore('sync');
    await store.save(custom);
    const invalid = { ...custom, palette: 'neon' } as unknown as Settings;
    await expect(store.save(invalid)).rejects.toThrow();
    expect((await store.load()).settings).toEqual(custom);
  });

  it('should keep good fields and default the corrupt one when a stored field is out of range', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...custom, language: 'klingon' },
      settings$: { v: SETTINGS_VERSION },
    });
    const result = await createSettingsStore('sync').load();
    expect(result.repaired).toBe(true);
    expect(result.settings).toEqual({ ...custom, language: DEFAULT_SETTINGS.language });
  });

  it('should migrate a version 1 value when the store is first used', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...custom, pausedSites: ['https://WWW.Example.com/news', 'example.com', 'news.test'] },
      settings$: { v: 1 },
    });
    const result = await createSettingsStore('sync').load();
    expect(result).toEqual({
      settings: { ...custom, pausedSites: ['example.com', 'news.test'] },
      repaired: false,
    });
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
  });

  it('should use local storage when asked to', async () => {
    const store = createSettingsStore('local');
    await store.save(custom);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: custom });
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({});
  });

  it('should call the watcher with repaired settings when another context writes', async () => {
    const store = createSettingsStore('sync');
    const seen: Settings[] = [];
    const unwatch = store.watch((settings) => seen.push(settings));
    await fakeBrowser.storage.sync.set({ settings: { ...custom, palette: 42 } });
    await waitFor(() => seen.length > 0);
    unwatch();
    expect(seen).toEqual([{ ...custom, palette: DEFAULT_SETTINGS.palette }]);
  });

  it('should stop calling the watcher when unwatched', async () => {
    const store = createSettingsStore('sync');
    const seen: Settings[] = [];
    store.watch((settings) => seen.push(settings))();
    await store.save(custom);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([]);
  });
});

describe('isSitePaused', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, pausedSites: ['example.com', '127.0.0.1'] };

  it.each([
    ['example.com', true],
    ['www.example.com', true],
    ['news.example.com', true],
    ['EXAMPLE.com.', true],
    ['127.0.0.1', true],
    ['notexample.com', false],
    ['example.org', false],
    ['example.com.evil.org', false],
  ])('should say %s is paused: %s when example.com and 127.0.0.1 are paused', (host, expected) => {
    expect(isSitePaused(settings, host)).toBe(expected);
  });
});
