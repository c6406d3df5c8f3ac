import { useEffect } from 'react';
import { Shell } from '../shell/Shell';
import { StartingScreen, UnreachableScreen } from '../shell/StartupScreens';
import { useHashNavigation } from '../shell/navigation';
import { useAppStore } from '../state/store';
import { useDocumentTheme } from '../theme/use-theme';
import { useAppEvents } from './use-app-events';
import { useShortcuts } from './use-shortcuts';

export function App() {
  const boot = useAppStore((state) => state.boot);
  const bootstrap = useAppStore((state) => state.bootstrap);
  useDocumentTheme();
  useAppEvents();
  useHashNavigation();
  useShortcuts();

  useEffect(() => {
    void bootstrap();
  }, [bootstrap]);

  if (boot.state === 'starting') return <StartingScreen />;
  if (boot.state === 'failed')
    return <UnreachableScreen error={boot.error} onRetry={() => void bootstrap()} />;
  return <Shell />;
}
