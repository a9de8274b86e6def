/**
 * One agreement's guided workflow in a side panel, for the account tab: the same workflow as the Agreements view,
 * its strings loaded on first open. Closing tells the opener whether anything was written (so it reads again), and
 * the focus returns to the control that opened it.
 */
import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react';
import { bundle as choiceBundle } from '../../../loc/choices';
import { useApp, useBundle } from '../../../ui/AppContext';
import { useReturnFocus } from '../../../ui/forms/useReturnFocus';
import { withStrings } from '../../../ui/withStrings';
import { bundle as agreementBundle } from '../strings';
import { Workflow } from '../Workflow';

export interface AgreementPanelProps {
  agreementId: number;
  /** The account the tab shows: the workflow's read is then one $batch. */
  accountId?: number;
  onClose(changed: boolean): void;
}

function Inner(props: AgreementPanelProps): JSX.Element {
  const { strings } = useApp();
  const s = useBundle(agreementBundle);
  const changed = React.useRef(false);
  useReturnFocus();
  const close = (): void => props.onClose(changed.current);
  return (
    <Panel isOpen type={PanelType.large} headerText={s.title} closeButtonAriaLabel={strings.close} onDismiss={close} isLightDismiss={false}>
      <Workflow agreementId={props.agreementId} accountId={props.accountId} headingLevel={2} onChanged={() => (changed.current = true)} />
    </Panel>
  );
}

export const AgreementPanel = withStrings<AgreementPanelProps>([agreementBundle, choiceBundle], Inner);
