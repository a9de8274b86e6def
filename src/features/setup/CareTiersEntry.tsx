/**
 * The care tiers (hoitomallit) section's entry on the setup view's first screen: its heading, what it is for and a
 * button that opens it. The section itself (its dropdowns, the tier rules and the clock engine a move runs) is a
 * chunk of its own that loads, with its one `$batch`, only when opened.
 */
import * as React from 'react';
import { DefaultButton, Spinner, Stack, Text } from '@fluentui/react';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { bundle as tierStrings } from './careTierStrings';

type Section = React.ComponentType<object>;

let loaded: Section | undefined;
const loadSection = (): Promise<Section> =>
  import(/* webpackChunkName: 'setup-care-tiers' */ './CareTiers').then((m) => (loaded = m.CareTiers));

const HEADING_ID = 'ac-care-tiers-title';
const BODY_ID = 'ac-care-tiers-body';

export function CareTiersEntry(): JSX.Element {
  const { strings } = useApp();
  const s = useBundle(tierStrings);
  const [open, setOpen] = React.useState(false);
  const [Section, setSection] = React.useState<Section | undefined>(() => loaded);
  const [error, setError] = React.useState<unknown>();
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    if (!open || Section) return undefined;
    let live = true;
    loadSection().then(
      (c) => live && setSection(() => c),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [open, Section, attempt]);

  return (
    <section aria-labelledby={HEADING_ID}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h2" variant="large" id={HEADING_ID}>
          {s.heading}
        </Text>
        <Text>{s.intro}</Text>
        <Stack horizontal>
          <DefaultButton text={open ? s.hide : s.show} aria-expanded={open} aria-controls={open ? BODY_ID : undefined} onClick={() => setOpen((o) => !o)} />
        </Stack>
        {open && (
          <div id={BODY_ID}>
            {Section ? (
              <Section />
            ) : error !== undefined ? (
              <ErrorBar
                error={error}
                onRetry={() => {
                  setError(undefined);
                  setAttempt((n) => n + 1);
                }}
              />
            ) : (
              <Spinner label={strings.loading} style={{ padding: 8 }} />
            )}
          </div>
        )}
      </Stack>
    </section>
  );
}
