import { isFieldName } from './field-names';
import type { Messages } from './messages';

/** A canonical field's label; a field the tables do not know yet is shown by its own name. */
export const fieldLabel = (m: Messages, field: string): string =>
  isFieldName(field) ? m.fields[field] : field.replaceAll('_', ' ');
