import { Icon } from './icon';

export function OverviewIcon() {
  return (
    <Icon>
      <rect x="3" y="3" width="7.5" height="9" rx="1.5" />
      <rect x="13.5" y="3" width="7.5" height="5" rx="1.5" />
      <rect x="13.5" y="11" width="7.5" height="10" rx="1.5" />
      <rect x="3" y="15" width="7.5" height="6" rx="1.5" />
    </Icon>
  );
}

export function AdvocatesIcon() {
  return (
    <Icon>
      <path d="M12 3.5l2.6 5.3 5.8.8-4.2 4.1 1 5.8L12 16.8l-5.2 2.7 1-5.8-4.2-4.1 5.8-.8z" />
    </Icon>
  );
}

export function CaseStudiesIcon() {
  return (
    <Icon>
      <path d="M6 3h9l4 4v14H6z" />
      <path d="M15 3v4h4M9 12h7M9 16h5" />
    </Icon>
  );
}

export function CustomerIcon() {
  return (
    <Icon>
      <circle cx="12" cy="8.5" r="3.5" />
      <path d="M5 20c.8-3.6 3.6-5.5 7-5.5s6.2 1.9 7 5.5" />
      <path d="M19.5 4.5a9.5 9.5 0 0 1 0 8M4.5 4.5a9.5 9.5 0 0 0 0 8" />
    </Icon>
  );
}

export function ChannelsIcon() {
  return (
    <Icon>
      <path d="M4 5h16l-6 7v6l-4 2v-8z" />
    </Icon>
  );
}

export function AffiliatesIcon() {
  return (
    <Icon>
      <circle cx="7" cy="8" r="3" />
      <circle cx="17" cy="8" r="3" />
      <path d="M3 19c.6-2.8 2.2-4.5 4-4.5s3.4 1.7 4 4.5M13 19c.6-2.8 2.2-4.5 4-4.5s3.4 1.7 4 4.5" />
    </Icon>
  );
}

export function SegmentsIcon() {
  return (
    <Icon>
      <path d="M12 3v9h9a9 9 0 1 1-9-9z" />
      <path d="M15 3.5A9 9 0 0 1 20.5 9H15z" />
    </Icon>
  );
}

export function AtRiskIcon() {
  return (
    <Icon>
      <path d="M12 3.5l9 16H3z" />
      <path d="M12 10v4.5M12 17.2v.3" />
    </Icon>
  );
}

export function ScenariosIcon() {
  return (
    <Icon>
      <path d="M4 19V5M4 19h16" />
      <path d="M7 15l4-4 3 3 5-6" />
    </Icon>
  );
}

export function GoalsIcon() {
  return (
    <Icon>
      <circle cx="12" cy="12" r="8.5" />
      <circle cx="12" cy="12" r="4.5" />
      <circle cx="12" cy="12" r="1" />
    </Icon>
  );
}

export function SettingsIcon() {
  return (
    <Icon>
      <path d="M4 7h10M18 7h2M4 17h4M12 17h8" />
      <circle cx="16" cy="7" r="2" />
      <circle cx="10" cy="17" r="2" />
    </Icon>
  );
}
