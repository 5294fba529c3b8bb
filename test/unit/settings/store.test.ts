import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsReader, createSettingsStore, isSitePaused, preferredArea } from '../../../lib/settings/store';
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

describe('settings reader (the content script)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('should return the defaults, not repaired, when nothing is stored', async () => {
    expect(await createSettingsReader('sync').load()).toEqual({ settings: DEFAULT_SETTINGS, repaired: false });
  });

  it('should read what the store saved when both use the same area', async () => {
    await createSettingsStore('sync').save(custom);
    expect(await createSettingsReader('sync').load()).toEqual({ settings: custom, repaired: false });
  });

  it('should read storage once when it loads', async () => {
    await createSettingsStore('sync').save(custom);
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    await createSettingsReader('sync').load();
    expect(get).toHaveBeenCalledTimes(1);
    get.mockRestore();
  });

  it('should migrate a version 1 value in memory and write nothing when it reads one', async () => {
    const stored = { ...custom, pausedSites: ['https://WWW.Example.com/news', 'example.com', 'news.test'] };
    await fakeBrowser.storage.sync.set({ settings: stored, settings$: { v: 1 } });
    expect(await createSettingsReader('sync').load()).toEqual({
      settings: { ...custom, pausedSites: ['example.com', 'news.test'] },
      repaired: false,
    });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ settings: stored, settings$: { v: 1 } });
  });

  it('should read a value stored without a version as version 1 when it migrates', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...custom, pausedSites: ['WWW.example.com'] } });
    expect((await createSettingsReader('sync').load()).settings.pausedSites).toEqual(['example.com']);
  });

  it.each<[string, unknown]>([
    ['a version from a newer release', { v: SETTINGS_VERSION + 1 }],
    ['a version that is not a number', { v: 'two' }],
    ['metadata that is not an object', 'v2'],
  ])('should repair field by field, not throw, when the metadata has %s', async (_case, meta) => {
    await fakeBrowser.storage.sync.set({ settings: { ...custom, language: 'klingon' }, settings$: meta });
    const result = await createSettingsReader('sync').load();
    expect(result.repaired).toBe(true);
    expect(result.settings).toEqual({ ...custom, language: DEFAULT_SETTINGS.language });
  });

  it('should replace a stored value that is not settings at all with the defaults, marked repaired', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'corrupt', settings$: { v: SETTINGS_VERSION } });
    expect(await createSettingsReader('sync').load()).toEqual({ settings: DEFAULT_SETTINGS, repaired: true });
  });

  it('should read the local area when asked to', async () => {
    await createSettingsStore('local').save(custom);
    expect((await createSettingsReader('local').load()).settings).toEqual(custom);
    expect((await createSettingsReader('sync').load()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('should call the watcher with repaired settings when the popup saves, and stop when unwatched', async () => {
    const seen: Settings[] = [];
    const unwatch = createSettingsReader('sync').watch((settings) => seen.push(settings));
    await fakeBrowser.storage.sync.set({ settings: { ...custom, palette: 42 } });
    await waitFor(() => seen.length > 0);
    unwatch();
    await createSettingsStore('sync').save(custom);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([{ ...custom, palette: DEFAULT_SETTINGS.palette }]);
  });
});
