import type { ReactNode } from 'react';

type EmptyStateProps = { title: string; children: ReactNode; actions?: ReactNode };

/** What a place shows before the user has anything there: what it is for and how to start. */
export function EmptyState({ title, children, actions }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      <div className="empty-state-body">{children}</div>
      {actions ? <div className="empty-state-actions">{actions}</div> : null}
    </section>
  );
}
