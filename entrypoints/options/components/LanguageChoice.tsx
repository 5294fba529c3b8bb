import { LANGUAGE_CHOICES, type LanguageChoice as Choice } from '../../../lib/settings/schema';
import type { MessageKey } from '../../../lib/i18n/messages-en';
import { useI18n } from '../../../lib/i18n/context';

/** Language names are written in their own language, so a reader finds theirs whatever the interface shows. */
const NATIVE_NAMES: Record<'en' | 'zh', string> = { en: 'English', zh: '简体中文' };

interface Props {
  id: string;
  label: MessageKey;
  autoLabel: MessageKey;
  value: Choice;
  onChange: (choice: Choice) => void;
}

export function LanguageChoice({ id, label, autoLabel, value, onChange }: Props) {
  const { t } = useI18n();
  return (
    <div class="field">
      <label for={id}>{t(label)}</label>
      <select id={id} value={value} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as Choice)}>
        {LANGUAGE_CHOICES.map((choice) => (
          <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice === 'zh' ? 'zh-CN' : 'en'}>
            {choice === 'auto' ? t(autoLabel) : NATIVE_NAMES[choice]}
          </option>
        ))}
      </select>
    </div>
  );
}
