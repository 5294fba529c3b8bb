import { useRef } from 'preact/hooks';
import { EXPORT_FILE_NAME, exportSettings, MAX_IMPORT_BYTES } from '../../../lib/options/file-format';
import { parseSettingsFile, type ImportResult } from '../../../lib/options/import-settings';
import type { Settings } from '../../../lib/settings/schema';
import { useI18n } from '../../../lib/i18n/context';

interface Props {
  settings: Settings;
  onImport: (result: ImportResult, fileName: string) => void;
  onReset: () => void;
}

/** Export to a JSON file, import from one (validated before anything is stored), reset to defaults. */
export function Backup({ settings, onImport, onReset }: Props) {
  const { t } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = EXPORT_FILE_NAME;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const read = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after fixing it
    if (!file) return;
    // Refuse an oversized file by its size, before reading it into memory.
    const result: ImportResult =
      file.size > MAX_IMPORT_BYTES
        ? { ok: false, reason: 'import.tooLarge', params: { size: file.size, max: MAX_IMPORT_BYTES } }
        : parseSettingsFile(await file.text(), file.size);
    onImport(result, file.name);
  };

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('options.backup')}</h2>
      <div class="row">
        <button type="button" onClick={download}>
          {t('options.export')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('options.import')}
        </button>
        <input
          ref={fileInput}
          id="import-file"
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          tabIndex={-1}
          aria-label={t('options.import')}
          onChange={read}
        />
        <button type="button" onClick={onReset}>
          {t('options.reset')}
        </button>
      </div>
    </section>
  );
}
