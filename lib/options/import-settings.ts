import { z } from 'zod/mini';
import type { MessageKey } from '../i18n/messages-en';
import type { Params } from '../i18n/translate';
import { migrateSettings } from '../settings/migrations';
import { SETTINGS_VERSION, settingsSchema, type Settings } from '../settings/schema';
import { FILE_FORMAT, MAX_IMPORT_BYTES } from './file-format';

export type ImportResult =
  | { ok: true; settings: Settings }
  /** Why the file was refused, as a message key and its parameters (shown in the interface language). */
  | { ok: false; reason: MessageKey; params: Params };

/** Keys that could change prototypes if a later step merged the object; refused wherever they occur. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function refuse(reason: MessageKey, params: Params = {}): ImportResult {
  return { ok: false, reason, params };
}

function forbiddenKey(value: unknown, depth = 0): string | null {
  if (typeof value !== 'object' || value === null || depth > 32) return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const found = forbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates an imported settings file completely before anything is stored: size, JSON, hostile keys,
 * format marker, version (older ones are migrated), then every field. The first problem is reported.
 */
export function parseSettingsFile(text: string, byteLength: number = new TextEncoder().encode(text).length): ImportResult {
  if (byteLength > MAX_IMPORT_BYTES) return refuse('import.tooLarge', { size: byteLength, max: MAX_IMPORT_BYTES });
  let raw: unknown;
  try {
    // JSON.parse stores "__proto__" as a plain own key (it never sets the prototype), so the scan below sees it.
    raw = JSON.parse(text);
  } catch {
    return refuse('import.notJson');
  }
  if (!isRecord(raw)) return refuse('import.notObject');
  const hostile = forbiddenKey(raw);
  if (hostile !== null) return refuse('import.forbiddenKey', { key: hostile });
  if (raw.format !== FILE_FORMAT) return refuse('import.wrongFormat');
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse('import.badVersion');
  if (version > SETTINGS_VERSION) return refuse('import.newerVersion', { version, current: SETTINGS_VERSION });
  if (!isRecord(raw.settings)) return refuse('import.notObject');

  const migrated = migrateSettings(raw.settings, version, SETTINGS_VERSION);
  const parsed = z.strictObject(settingsSchema.shape).safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // An unknown key is reported under its own name, not as a fault of the whole object.
    const path = [...(issue?.path ?? []), ...(issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])];
    const field = ['settings', ...path].map(String).join('.');
    return refuse('import.invalidField', { field });
  }
  return { ok: true, settings: parsed.data };
}
