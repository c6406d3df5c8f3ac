import { Icon } from '../../icons/icon';

/** The Import view in the navigation: a tray receiving a file. */
export function ImportIcon() {
  return (
    <Icon>
      <path d="M12 3v11M7.5 9.5L12 14l4.5-4.5" />
      <path d="M4 14.5v3A2.5 2.5 0 0 0 6.5 20h11a2.5 2.5 0 0 0 2.5-2.5v-3" />
    </Icon>
  );
}

export function FileTableIcon() {
  return (
    <Icon>
      <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
      <path d="M14 3v5h5M8.5 12.5h7M8.5 16h7M12 12.5V19" />
    </Icon>
  );
}

export function UndoIcon() {
  return (
    <Icon className="icon-small">
      <path d="M9 14L4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
    </Icon>
  );
}

export function InfoIcon() {
  return (
    <Icon>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 11v5.5M12 7.8v.01" />
    </Icon>
  );
}

export function BlockedIcon() {
  return (
    <Icon>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M6 6l12 12" />
    </Icon>
  );
}

export function KeyIcon() {
  return (
    <Icon className="icon-small">
      <circle cx="8" cy="15" r="4" />
      <path d="M11 12l9-9M16.5 6.5l2.5 2.5M14 9l2 2" />
    </Icon>
  );
}
