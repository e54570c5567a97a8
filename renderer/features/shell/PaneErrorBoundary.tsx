import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the pane shows, for the message: `this memo`, `the data browser`. */
  what: string;
  /** A change of key (e.g. another memo opened) clears the error. */
  resetKey: string | number;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: string | number;
}

/**
 * Keeps a crash in one pane from blanking the app: the pane says what failed and offers to
 * try again; the sidebar, the other pane and the status line keep working. (A class: React
 * has no hook for error boundaries.)
 */
export class PaneErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Tickmark: ${this.props.what} crashed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="pane-crash" role="alert" data-testid="pane-crash">
        <h2>Something went wrong showing {this.props.what}.</h2>
        <p>Everything already saved is safe. The problem was: {error.message}</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
