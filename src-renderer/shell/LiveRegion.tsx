import { useAppStore } from '../state/store';

/** Where short confirmations are read out to screen-reader users without moving their focus. */
export function LiveRegion() {
  const announcement = useAppStore((state) => state.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      <span key={announcement.serial}>{announcement.text}</span>
    </div>
  );
}
