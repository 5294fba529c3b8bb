import { SETTINGS_VERSION, type Settings } from '../settings/schema';

/** The exported settings file: a marked envelope, so that any other JSON file is refused by name. */
export const FILE_FORMAT = 'leak-lens-settings';
export const EXPORT_FILE_NAME = 'leak-lens-settings.json';
/** A settings file is well under 16 KB; anything far larger is not one (and is not read into memory). */
export const MAX_IMPORT_BYTES = 64 * 1024;

export interface SettingsFile {
  format: typeof FILE_FORMAT;
  version: number;
  settings: Settings;
}

export function exportSettings(settings: Settings): string {
  const file: SettingsFile = { format: FILE_FORMAT, version: SETTINGS_VERSION, settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}
