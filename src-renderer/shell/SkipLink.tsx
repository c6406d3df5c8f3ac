import type { MouseEvent } from 'react';
import { useMessages } from '../i18n/use-i18n';

export const mainContentId = 'main-content';

/** The first stop for keyboard users: straight past the navigation to the view. */
export function SkipLink() {
  const m = useMessages();
  // The fragment names a view, so move focus by hand instead of following the link.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(mainContentId)?.focus();
  };
  return (
    <a className="skip-link" href={`#${mainContentId}`} onClick={skip}>
      {m.app.skipToContent}
    </a>
  );
}
