import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../../i18n';
import { clearSavedData, exportSavedDataRaw } from '../../state/savedDataReset';
import { downloadText, exportFileName } from '../runs/download';

interface State {
  error: Error | null;
}

/**
 * The last line of defence: an error while drawing shows a way out instead of a blank page.
 * Data read from outside is validated before it gets here; this is for what validation missed.
 * A class, as React catches render errors only in class components.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('lab: render failed', error, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return <CrashScreen message={error.message} />;
  }
}

function CrashScreen({ message }: { message: string }) {
  // i18n.t directly: the React context of the app may be what failed.
  const t = (key: string, opts: Record<string, string> = {}) =>
    i18n.t(`hardening.crash.${key}`, opts);
  const exportAndClear = async () => {
    try {
      const text = await exportSavedDataRaw();
      downloadText(exportFileName('json'), text, 'application/json');
    } catch (e) {
      // Nothing to export (no storage): still clear, as the user asked.
      console.warn('lab: could not export saved data', e);
    }
    try {
      await clearSavedData();
    } finally {
      location.reload();
    }
  };
  return (
    <main className="crash" role="alert" data-testid="crash-screen">
      <h1>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <p className="crash-detail">{t('detail', { message: message.slice(0, 300) })}</p>
      <ul className="crash-actions">
        <li>
          <button type="button" className="button" onClick={() => location.reload()}>
            {t('reload')}
          </button>
        </li>
        <li>
          <button
            type="button"
            className="button"
            data-testid="crash-reset"
            onClick={() => location.assign(location.pathname)}
          >
            {t('reset')}
          </button>{' '}
          <span className="muted">{t('resetHint')}</span>
        </li>
        <li>
          <button
            type="button"
            className="button"
            data-testid="crash-export-clear"
            onClick={() => void exportAndClear()}
          >
            {t('exportClear')}
          </button>{' '}
          <span className="muted">{t('exportClearHint')}</span>
        </li>
      </ul>
    </main>
  );
}
