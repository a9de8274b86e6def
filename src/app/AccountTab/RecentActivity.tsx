/** Placeholder while the section is being built (being replaced in this change). */
import * as React from 'react';

export function RecentActivity(): JSX.Element {
  return <div data-testid="section-RecentActivity" />;
}
