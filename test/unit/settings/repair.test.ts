import { describe, expect, it } from 'vitest';
import { repairSettings } from '../../../lib/settings/repair';
import { DEFAULT_SETTINGS, MAX_PAUSED_SITES, type Settings } from '../../../lib/settings/schema';

const good: Settings = {
  categories: { leak: true, distillation: false, policy: true, company: false, person: true },
  pausedSites: ['example.com', 'news.test'],
  language: 'en',
  cardLanguage: 'zh',
  palette: 'soft',
};

describe('repairSettings', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
  ])('should return defaults without a repair when the stored value is %s', (_name, raw) => {
    expect(repairSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, repaired: false });
  });

  it('should keep valid settings as they are when nothing is wrong', () => {
    expect(repairSettings(good)).toEqual({ settings: good, repaired: false });
  });

  it.each([
    ['a string', 'settings'],
    ['a number', 7],
    ['an array', [good]],
  ])('should fall back to all defaults with a repair when the stored value is %s', (_name, raw) => {
    expect(repairSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, repaired: true });
  });

  it.each<[string, Record<string, unknown>, Settings]>([
    ['language is unknown', { language: 'fr' }, { ...good, language: 'auto' }],
    ['cardLanguage is a number', { cardLanguage: 3 }, { ...good, cardLanguage: 'auto' }],
    ['palette is missing', { palette: undefined }, { ...good, palette: 'default' }],
    [
      'one category flag is a string',
      { categories: { ...good.categories, policy: 'yes' } },
      { ...good, categories: { ...good.categories, policy: true } },
    ],
    [
      'one category flag is missing',
      { categories: { leak: true, distillation: false, policy: true, company: false } },
      { ...good, categories: { ...good.categories, person: true } },
    ],
    ['categories is not an object', { categories: 'all' }, { ...good, categories: DEFAULT_SETTINGS.categories }],
    ['pausedSites is not an array', { pausedSites: 'example.com' }, { ...good, pausedSites: [] }],
    [
      'one paused site is not a hostname',
      { pausedSites: ['example.com', 'javascript:alert(1)', 'news.test'] },
      good,
    ],
    ['a paused site is listed twice', { pausedSites: ['example.com', 'news.test', 'example.com'] }, good],
  ])('should repair only that field when %s', (_name, patch, expected) => {
    expect(repairSettings({ ...good, ...patch })).toEqual({ settings: expected, repaired: true });
  });

  it('should cut the pause list to its maximum when it is too long', () => {
    const sites = Array.from({ length: MAX_PAUSED_SITES + 5 }, (_, i) => `site${i}.test`);
    const result = repairSettings({ ...good, pausedSites: sites });
    expect(result.repaired).toBe(true);
    expect(result.settings.pausedSites).toEqual(sites.slice(0, MAX_PAUSED_SITES));
  });

  it('should drop unknown keys without calling it a repair when the rest is valid', () => {
    expect(repairSettings({ ...good, theme: 'dark' })).toEqual({ settings: good, repaired: false });
  });
});
