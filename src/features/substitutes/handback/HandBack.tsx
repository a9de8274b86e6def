import * as React from 'react';
import { ActionButton, IButton, Text } from '@fluentui/react';
import { useBundle } from '../../../ui/AppContext';
import { withStrings } from '../../../ui/withStrings';
import { bundle as handBackBundle } from './strings';

export interface HandBackProps {
  absenceId: number;
  onBack(): void;
}

function HandBackList(props: HandBackProps): JSX.Element {
  const s = useBundle(handBackBundle);
  const back = React.useRef<IButton>(null);
  React.useEffect(() => back.current?.focus(), []);
  return (
    <main data-testid="hand-back">
      <ActionButton componentRef={back} iconProps={{ iconName: 'Back' }} onClick={props.onBack}>
        {s.back}
      </ActionButton>
      <Text as="h1" variant="xLarge" block>
        {s.title}
      </Text>
    </main>
  );
}

export const HandBack = withStrings<HandBackProps>([handBackBundle], HandBackList);
