import type { Language } from '../../../src-shared/model/workspace';
import { en } from './en';
import { ja } from './ja';

/** Every string a person reads, per language. A key missing from any language is a type error. */
export type Messages = typeof en;

export const messages: Record<Language, Messages> = { en, ja };
