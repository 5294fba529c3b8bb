import { describe, expect, it } from 'vitest';
import { pauseSite, resumeSite } from '../../../lib/settings/pause';
import { DEFAULT_SETTINGS, MAX_PAUSED_SITES, type Settings } from '../../../lib/settings/schema';

const withSites = (pausedSites: string[]): Settings => ({ ...DEFAULT_SETTINGS, pausedSites });

describe('pauseSite', () => {
  it.each<[string[], string, string[]]>([
    [[], 'www.example.com', ['example.com']],
    [[], 'News.Example.com', ['news.example.com']],
    [['example.com'], 'news.example.com', ['example.com']],
    [['a.test'], '127.0.0.1', ['a.test', '127.0.0.1']],
  ])('should turn %j into %j when pausing %s', (before, host, after) => {
    expect(pauseSite(withSites(before), host).pausedSites).toEqual(after);
  });

  it('should change nothing when the list is full', () => {
    const full = withSites(Array.from({ length: MAX_PAUSED_SITES }, (_, i) => `s${i}.test`));
    expect(pauseSite(full, 'new.test')).toBe(full);
  });
});

describe('resumeSite', () => {
  it.each<[string[], string, string[]]>([
    [['example.com'], 'www.example.com', []],
    [['example.com', 'news.example.com', 'other.test'], 'news.example.com', ['other.test']],
    [['other.test'], 'example.com', ['other.test']],
  ])('should turn %j into %j when resuming %s', (before, host, after) => {
    expect(resumeSite(withSites(before), host).pausedSites).toEqual(after);
  });
});
