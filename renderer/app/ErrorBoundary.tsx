import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

type State = { error: Error | null };

/** A screen that throws shows what happened and how to go on, instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('A screen failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="error-panel" role="alert">
        <h2>Something went wrong on this screen</h2>
        <p>Your library is safe: nothing was deleted. Try again, or reload the window.</p>
        <pre>{this.state.error.message}</pre>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </section>
    );
  }
}
