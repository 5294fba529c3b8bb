import { describe, expect, it } from 'vitest';
import { exportSettings, MAX_IMPORT_BYTES } from '../../../lib/options/file-format';
import { parseSettingsFile } from '../../../lib/options/import-settings';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../../lib/settings/schema';

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  categories: { ...DEFAULT_SETTINGS.categories, company: false },
  pausedSites: ['example.com'],
  language: 'zh',
  palette: 'high-contrast',
};

const file = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'leak-lens-settings', version: SETTINGS_VERSION, settings, ...extra });

describe('parseSettingsFile', () => {
  it('should read back exactly what was exported when the file is untouched', () => {
    expect(parseSettingsFile(exportSettings(custom))).toEqual({ ok: true, settings: custom });
  });

  it('should migrate the settings when the file is from an older version', () => {
    const old = JSON.stringify({
      format: 'leak-lens-settings',
      version: 1,
      settings: { ...custom, pausedSites: ['https://www.Example.com/news'] },
    });
    expect(parseSettingsFile(old)).toEqual({ ok: true, settings: custom });
  });

  it.each<[string, string, string, Record<string, unknown>]>([
    ['is not JSON', '{"format": "leak-lens-settings",', 'import.notJson', {}],
    ['is empty', '', 'import.notJson', {}],
    ['is a JSON array', '[1, 2]', 'import.notObject', {}],
    ['is a JSON string', '"settings"', 'import.notObject', {}],
    ['has no format marker', JSON.stringify({ version: 1, settings: custom }), 'import.wrongFormat', {}],
    ['is another program’s file', JSON.stringify({ format: 'dark-reader', version: 1, settings: custom }), 'import.wrongFormat', {}],
    ['has no version', JSON.stringify({ format: 'leak-lens-settings', settings: custom }), 'import.badVersion', {}],
    ['has version 0', file(custom, { version: 0 }), 'import.badVersion', {}],
    ['has a fractional version', file(custom, { version: 1.5 }), 'import.badVersion', {}],
    ['has a string version', file(custom, { version: '2' }), 'import.badVersion', {}],
    ['is from a newer version', file(custom, { version: SETTINGS_VERSION + 1 }), 'import.newerVersion', { version: SETTINGS_VERSION + 1, current: SETTINGS_VERSION }],
    ['has no settings object', file(null), 'import.notObject', {}],
    ['has a bad palette', file({ ...custom, palette: 'neon' }), 'import.invalidField', { field: 'settings.palette' }],
    ['has a bad category flag', file({ ...custom, categories: { ...custom.categories, leak: 'yes' } }), 'import.invalidField', { field: 'settings.categories.leak' }],
    ['misses a field', file({ ...custom, language: undefined }), 'import.invalidField', { field: 'settings.language' }],
    ['has an unknown field', file({ ...custom, theme: 'dark' }), 'import.invalidField', { field: 'settings.theme' }],
    ['pauses something that is not a site', file({ ...custom, pausedSites: ['<script>'] }), 'import.invalidField', { field: 'settings.pausedSites.0' }],
    ['has a top-level __proto__ key', '{"__proto__": {"polluted": true}, "format": "leak-lens-settings", "version": 2, "settings": {}}', 'import.forbiddenKey', { key: '__proto__' }],
    ['has a nested __proto__ key', file(custom).replace('"categories":{', '"categories":{"__proto__":{"isAdmin":true},'), 'import.forbiddenKey', { key: '__proto__' }],
    ['has a constructor key', file({ ...custom, constructor: { prototype: { x: 1 } } }), 'import.forbiddenKey', { key: 'constructor' }],
  ])('should refuse the file when it %s', (_name, text, reason, params) => {
    expect(parseSettingsFile(text)).toEqual({ ok: false, reason, params });
  });

  it('should refuse a file larger than the limit without parsing it', () => {
    const text = file({ ...custom, padding: 'x'.repeat(MAX_IMPORT_BYTES) });
    const result = parseSettingsFile(text);
    expect(result).toEqual({ ok: false, reason: 'import.tooLarge', params: { size: text.length, max: MAX_IMPORT_BYTES } });
  });

  it('should leave Object.prototype untouched when a hostile file is parsed', () => {
    parseSettingsFile('{"__proto__": {"polluted": true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
