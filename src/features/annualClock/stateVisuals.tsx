/**
 * How a state looks, never by colour alone: each state has its own shape (SVG) or icon (HTML) and is spelled out in
 * words next to it. Colours come from the Fluent theme the host gives (Teams light, dark, high contrast), picked
 * for at least 3:1 against the background for shapes; state words are written in body text colours.
 */
import * as React from 'react';
import type { Theme } from '@fluentui/react';
import type { OccurrenceState } from '../../domain/clock';

export const STATE_ICON: Record<OccurrenceState, string> = { overdue: 'Warning', dueSoon: 'Clock', upcoming: 'Calendar', done: 'CheckMark' };

export function stateColors(theme: Theme): Record<OccurrenceState, string> {
  const sc = theme.semanticColors;
  return {
    overdue: sc.errorText,
    // Light: Fluent's severe-warning orange (4:1 on white); dark and high contrast: its yellow.
    dueSoon: sc.severeWarningIcon,
    // High contrast draws the theme colour and the warning in the same yellow: upcoming then takes the text colour.
    upcoming: theme.palette.themePrimary === sc.severeWarningIcon ? sc.bodyText : theme.palette.themePrimary,
    done: sc.successIcon,
  };
}

/** The state's shape, centred on (0, 0), about 16 px across: diamond with "!", clock, open ring, filled check. */
export function StateGlyph(props: { state: OccurrenceState; colors: Record<OccurrenceState, string>; background: string; scale?: number }): JSX.Element {
  const { state, colors, background } = props;
  const c = colors[state];
  const inner = { stroke: background, strokeWidth: 2, strokeLinecap: 'round' as const, fill: 'none' };
  let shape: JSX.Element;
  switch (state) {
    case 'overdue':
      shape = (
        <>
          <path d="M0 -8.5L8.5 0L0 8.5L-8.5 0Z" fill={c} stroke={background} strokeWidth={1} />
          <path d="M0 -4.2V1" {...inner} />
          <circle cx={0} cy={3.9} r={1.2} fill={background} />
        </>
      );
      break;
    case 'dueSoon':
      shape = (
        <>
          <circle r={6.5} fill={background} stroke={c} strokeWidth={2.5} />
          <path d="M0 -3.6V0H3" stroke={c} strokeWidth={1.8} strokeLinecap="round" fill="none" />
        </>
      );
      break;
    case 'upcoming':
      shape = <circle r={5.5} fill={background} stroke={c} strokeWidth={2.5} />;
      break;
    default:
      shape = (
        <>
          <circle r={7} fill={c} stroke={background} strokeWidth={1} />
          <path d="M-3.4 0.2L-1 2.7L3.6 -2.4" {...inner} />
        </>
      );
  }
  return props.scale && props.scale !== 1 ? <g transform={`scale(${props.scale})`}>{shape}</g> : shape;
}
