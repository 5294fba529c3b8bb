import { describe, expect, it } from 'vitest';
import { migrateSettings, type MigrationTable } from '../../../lib/settings/migrations';
import { MAX_PAUSED_SITES, SETTINGS_VERSION } from '../../../lib/settings/schema';
import { normalizeSite } from '../../../lib/settings/sites';

describe('migrateSettings', () => {
  it('should apply each step in order when several versions apart', () => {
    const table: MigrationTable = {
      2: (old) => ({ ...(old as object), two: true }),
      3: (old) => ({ ...(old as object), three: (old as { two?: boolean }).two === true }),
    };
    expect(migrateSettings({ one: 1 }, 1, 3, table)).toEqual({ one: 1, two: true, three: true });
  });

  it('should change nothing when already at the target version', () => {
    const value = { pausedSites: ['WWW.EXAMPLE.COM'] };
    expect(migrateSettings(value, SETTINGS_VERSION, SETTINGS_VERSION)).toBe(value);
  });

  it.each<[string, unknown[], string[]]>([
    ['normalizes case, www and URL parts', ['https://WWW.Example.com/a?b', 'News.Test:8080'], ['example.com', 'news.test']],
    ['drops entries that are not sites', ['', 'not a host', 42, null, 'ok.test'], ['ok.test']],
    ['keeps each site once', ['example.com', 'www.example.com', 'EXAMPLE.COM'], ['example.com']],
  ])('should migrate v1 pause lists to v2 when it %s', (_name, sites, expected) => {
    const migrated = migrateSettings({ language: 'en', pausedSites: sites }, 1, 2);
    expect(migrated).toEqual({ language: 'en', pausedSites: expected });
  });

  it('should cap a long v1 pause list to the v2 maximum', () => {
    const sites = Array.from({ length: 1000 }, (_, i) => `s${i}.test`);
    const migrated = migrateSettings({ pausedSites: sites }, 1, 2) as { pausedSites: string[] };
    expect(migrated.pausedSites).toHaveLength(MAX_PAUSED_SITES);
  });

  it.each([['a string', 'x'], ['null', null], ['no pause list', { language: 'zh' }]])(
    'should leave the value to repair when v1 data is %s',
    (_name, value) => {
      expect(migrateSettings(value, 1, 2)).toEqual(value);
    },
  );
});

describe('normalizeSite', () => {
  it.each<[string, string | null]>([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['https://www.example.com/path?q=1', 'example.com'],
    ['example.com.', 'example.com'],
    ['news.example.com:8080', 'news.example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['例子.测试', 'xn--fsqu00a.xn--0zwm56d'],
    ['', null],
    ['not a host', null],
    ['javascript:alert(1)', null],
    ['file:///etc/passwd', null],
  ])('should turn %j into %j', (input, expected) => {
    expect(normalizeSite(input)).toBe(expected);
  });
});
