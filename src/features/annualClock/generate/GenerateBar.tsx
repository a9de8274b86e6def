/**
 * "This year's items are not there yet": shown when accounts in view have no annual clock items for the year (a
 * new account, or a year nobody has generated). One click creates them from the template with the product's
 * idempotent generator: a manager for their own accounts (items due from today on), a site owner for the whole
 * year. Loaded lazily, so the recurrence engine stays out of the clock's first screen.
 */
import * as React from 'react';
import { MessageBar, MessageBarButton, MessageBarType, Spinner, SpinnerSize } from '@fluentui/react';
import type { AnnualClockData } from '../../../data/queries/annualClock';
import { generateOccurrences } from '../../../data/queries/clockTemplate';
import { format } from '../../../loc/strings';
import { useApp, useBundle } from '../../../ui/AppContext';
import { errorMessage } from '../../../ui/errorMessage';
import { bundle as clockBundle } from '../strings';

export interface GenerateBarProps {
  data: AnnualClockData;
  /** The accounts to create items for; undefined = the whole year of every account and the organisation's own. */
  accountIds?: number[];
  /** Called with how many items were created; the view reads the year again. */
  onDone(created: number): void;
}

export function GenerateBar(props: GenerateBarProps): JSX.Element {
  const { services, strings } = useApp();
  const s = useBundle(clockBundle).generate;
  const { data, accountIds } = props;
  const [running, setRunning] = React.useState(false);
  const [error, setError] = React.useState<unknown>();
  // A successful run makes the view read the year again, which usually removes this bar.
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const names = accountIds?.map((id) => data.accounts.find((a) => a.id === id)).map((a) => a?.abbreviation || a?.name).filter(Boolean);

  const run = async (): Promise<void> => {
    setRunning(true);
    setError(undefined);
    try {
      let created = 0;
      // Each template's generator skips the accounts that follow another template.
      for (const template of [...new Set(data.tasks.map((t) => t.template))]) {
        created += (await generateOccurrences(services, { template, year: data.year, today: data.today, accountIds })).created;
      }
      if (mounted.current) setRunning(false);
      props.onDone(created);
    } catch (e) {
      if (mounted.current) {
        setError(e);
        setRunning(false);
      }
    }
  };

  return (
    <div className="ac-clock-no-print" data-testid="clock-generate">
      <MessageBar
        messageBarType={error === undefined ? MessageBarType.info : MessageBarType.error}
        isMultiline
        actions={
          <MessageBarButton onClick={run} disabled={running} data-testid="clock-generate-run">
            {s.action}
          </MessageBarButton>
        }
      >
        {names ? format(s.missing, { year: data.year, accounts: names.join(', ') }) : format(s.missingAll, { year: data.year })}
        {running && <Spinner size={SpinnerSize.small} label={s.running} labelPosition="right" styles={{ root: { justifyContent: 'flex-start', marginTop: 4 } }} />}
        {error !== undefined && <div role="alert">{errorMessage(strings, error)}</div>}
      </MessageBar>
    </div>
  );
}
