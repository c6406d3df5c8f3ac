import type { Language } from '../../src-shared/model/workspace';
import { useAppStore } from '../state/store';
import { createFormatters, type Formatters } from './format';
import { messages, type Messages } from './messages';

const formatters = new Map<Language, Formatters>();

export function formattersFor(language: Language): Formatters {
  let format = formatters.get(language);
  if (!format) {
    format = createFormatters(language);
    formatters.set(language, format);
  }
  return format;
}

export const useLanguage = (): Language => useAppStore((state) => state.preferences.language);

/** The strings of the language the analyst chose. */
export const useMessages = (): Messages => messages[useLanguage()];

/** Numbers, money, percentages and dates in the analyst's language. */
export const useFormat = (): Formatters => formattersFor(useLanguage());
