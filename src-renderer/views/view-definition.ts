import type { ComponentType } from 'react';
import type { MenuCommand } from '../../src-shared/ipc/workspace-channels';
import type { Messages } from '../i18n/messages';

/** One view of the application: what the navigation shows for it and what renders it. */
export interface ViewDefinition {
  /** Its address, #/id, and its stable name in tests. */
  id: string;
  title(messages: Messages): string;
  icon: ComponentType;
  component: ComponentType;
  /** The native menu's command that opens it. */
  menuCommand?: MenuCommand;
}
