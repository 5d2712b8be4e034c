import { Component, type ReactNode } from 'react';
import { i18n } from '../../i18n';

interface Props {
  /** What names the record in the message (a run id). */
  id: string;
  columns: number;
  children: ReactNode;
}

/** One record that cannot be drawn becomes one row saying so; the rest of the table stays. */
export class RowErrorBoundary extends Component<Props, { message: string | null }> {
  state = { message: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  render(): ReactNode {
    if (this.state.message === null) return this.props.children;
    return (
      <tr data-testid="run-row-bad" data-value={this.props.id}>
        <td colSpan={this.props.columns} className="alert-message">
          {i18n.t('hardening.badRow', {
            id: this.props.id.slice(0, 60),
            message: this.state.message.slice(0, 200),
          })}
        </td>
      </tr>
    );
  }
}
