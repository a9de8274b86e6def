/** A state shown as icon plus words, never by colour alone; the tone only tints the icon (and error text). */
import * as React from 'react';
import { Icon, Text, useTheme } from '@fluentui/react';

export type Tone = 'error' | 'warning' | 'success' | 'info' | 'neutral';

export function StateText(props: { icon: string; text: string; tone?: Tone; strong?: boolean; testId?: string }): JSX.Element {
  const theme = useTheme();
  const tone = props.tone ?? 'neutral';
  const iconColor = {
    error: theme.semanticColors.errorIcon,
    warning: theme.semanticColors.warningIcon,
    success: theme.semanticColors.successIcon,
    info: theme.palette.themePrimary,
    neutral: theme.semanticColors.bodySubtext,
  }[tone];
  return (
    <Text variant="small" data-testid={props.testId} style={{ whiteSpace: 'nowrap', fontWeight: props.strong || tone === 'error' ? 600 : undefined, color: tone === 'error' ? theme.semanticColors.errorText : undefined }}>
      <Icon iconName={props.icon} aria-hidden="true" style={{ color: iconColor, marginRight: 4, verticalAlign: 'middle' }} />
      {props.text}
    </Text>
  );
}
