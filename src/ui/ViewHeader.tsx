/**
 * A view's heading row: the h1 (its id names the view's landmark), a Refresh button and a one-line intro. The
 * Substitutes view, My accounts and the team meeting open the same way.
 */
import * as React from 'react';
import { IconButton, Stack, Text } from '@fluentui/react';

export interface ViewHeaderProps {
  /** The h1's id, for the view's `aria-labelledby`. */
  titleId: string;
  title: string;
  intro?: string;
  refreshLabel: string;
  onRefresh(): void;
  /** While a read is under way the button waits. */
  refreshing?: boolean;
}

export function ViewHeader(props: ViewHeaderProps): JSX.Element {
  return (
    <>
      <Stack horizontal verticalAlign="center" horizontalAlign="space-between">
        <Text block as="h1" variant="xLarge" id={props.titleId} style={{ margin: 0 }}>
          {props.title}
        </Text>
        <IconButton iconProps={{ iconName: 'Refresh' }} title={props.refreshLabel} ariaLabel={props.refreshLabel} onClick={props.onRefresh} disabled={props.refreshing} />
      </Stack>
      {props.intro && (
        <Text block as="p" style={{ margin: 0 }}>
          {props.intro}
        </Text>
      )}
    </>
  );
}
