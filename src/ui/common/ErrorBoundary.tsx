// Last line of defence: a rendering bug shows a message and a way back, never a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../../content/i18n';
import { DEFAULT_STARTER_ID } from '../../content/scenarios';
import { useSimStore } from '../../store/simStore';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    useSimStore.getState().setPlaying(false);
    console.warn('KafkaScope view error', error, info.componentStack);
  }

  private retry = () => {
    useSimStore.getState().loadStarter(DEFAULT_STARTER_ID);
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    const lang = useSimStore.getState().lang;
    return (
      <div className="boundary" role="alert">
        <h2>{translate(lang, 'error.boundary.title')}</h2>
        <pre>{this.state.error.message}</pre>
        <button type="button" className="btn" onClick={this.retry}>
          {translate(lang, 'error.boundary.retry')}
        </button>
      </div>
    );
  }
}
