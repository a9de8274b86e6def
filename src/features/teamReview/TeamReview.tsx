/**
 * The team meeting view (tiimipalaveri), in two tabs:
 * - For review: the situation records and feedback brought to the meeting, and every conflict contact, grouped by
 *   category (kind) and account, each marked reviewed with one click;
 * - Feedback summary: a week, month, quarter or year by kind and reason, with the trend and the CSV export.
 * Staff read only their own situation records (SharePoint's item-level read rule); the view says so.
 */
import * as React from 'react';
import { Pivot, PivotItem, Spinner, Stack } from '@fluentui/react';
import type { TeamReviewData } from '../../data/queries/teamReview';
import { toHelsinkiDate } from '../../domain/dates';
import { useApp, useBundle } from '../../ui/AppContext';
import { ViewHeader } from '../../ui/ViewHeader';
import { ErrorBar } from '../../ui/ErrorBar';
import type { ViewProps } from '../../ui/feature';
import { useAsync } from '../../ui/useAsync';
import { firstRead } from './firstRead';
import { ReviewLists } from './ReviewLists';
import { bundle as reviewBundle } from './strings';
import { Summary } from './Summary';

type Tab = 'review' | 'summary';

export function TeamReview(props: ViewProps): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(reviewBundle);
  const today = toHelsinkiDate(host.now ?? new Date());
  const initial = React.useRef(props.initial as Promise<TeamReviewData> | undefined);
  const state = useAsync(() => {
    // The web part's early read serves the first render; Refresh reads again.
    const early = initial.current;
    initial.current = undefined;
    return early ?? firstRead(services, host);
  }, [services, today]);
  const [tab, setTab] = React.useState<Tab>('review');

  return (
    <Stack tokens={{ childrenGap: 12, padding: 16 }} as="main" aria-labelledby="ac-review-title" data-testid="team-review">
      <ViewHeader titleId="ac-review-title" title={s.title} intro={s.intro} refreshLabel={s.refresh} onRefresh={state.reload} refreshing={state.loading} />
      <Pivot selectedKey={tab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as Tab)} headersOnly aria-label={s.title}>
        <PivotItem itemKey="review" headerText={s.tabs.review} itemIcon="TaskManager" />
        <PivotItem itemKey="summary" headerText={s.tabs.summary} itemIcon="BarChartVertical" />
      </Pivot>
      {state.error !== undefined ? (
        <ErrorBar error={state.error} onRetry={state.reload} />
      ) : !state.value || state.loading ? (
        <Spinner label={s.loading} />
      ) : tab === 'review' ? (
        <ReviewLists data={state.value} />
      ) : (
        <Summary today={state.value.today} accounts={state.value.accounts} />
      )}
    </Stack>
  );
}
