import * as React from 'react';
import { ActionButton, IButton, Text } from '@fluentui/react';
import { useBundle } from '../../../ui/AppContext';
import { withStrings } from '../../../ui/withStrings';
import { bundle as briefBundle } from './strings';

export interface HandoverBriefProps {
  accountId: number;
  absenceId: number;
  onBack(): void;
}

function Brief(props: HandoverBriefProps): JSX.Element {
  const s = useBundle(briefBundle);
  const back = React.useRef<IButton>(null);
  React.useEffect(() => back.current?.focus(), []);
  return (
    <main data-testid="handover-brief">
      <ActionButton componentRef={back} iconProps={{ iconName: 'Back' }} onClick={props.onBack}>
        {s.back}
      </ActionButton>
      <Text as="h1" variant="xLarge" block>
        {s.title}
      </Text>
    </main>
  );
}

export const HandoverBrief = withStrings<HandoverBriefProps>([briefBundle], Brief);
