import type { ComponentType } from 'react';
import type { MenuCommand } from '../../src-shared/ipc/workspace-channels';
import type { ViewId } from '../../src-shared/model/views';
import type { Messages } from '../i18n/messages';

/** One view of the application: what the navigation shows for it and what renders it. */
export interface ViewDefinition {
  /** Its address, #/id, its place and key in `appViews`, and its stable name in tests. */
  id: ViewId;
  title(messages: Messages): string;
  icon: ComponentType;
  component: ComponentType;
  /** A menu command besides the view's own that opens it, such as "Import Files…". */
  alsoOpenedBy?: MenuCommand;
}
