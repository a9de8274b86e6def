/**
 * The annual clock (vuosikello). This index is small on purpose: it carries the compact month strip that the
 * account tab's "this year at a glance" shows (`loadMonthStrip`), and the web part's feature, whose view (the
 * wheel, the month list, filters and details) is a chunk of its own (`annual-clock-view`) fetched together with the
 * view's strings. So a page with only the account tab downloads the strip, never the wheel.
 */
import * as React from 'react';
import type { Bundle } from '../../loc/bundle';
import { bundle as choiceLabels } from '../../loc/choices';
import type { Locale } from '../../loc/locale';
import { langOf } from '../../loc/locale';
import type { Feature, ViewProps } from '../../ui/feature';
import { MonthStrip, MonthStripProps } from './MonthStrip';
import { bundle as clockStrings } from './strings';
import { bundle as stripStrings, ClockStripStrings } from './stripStrings';

type ViewModule = typeof import('./AnnualClock');

/**
 * The view's code, loaded like a string bundle (in parallel with the strings, before the first render), so the
 * web part's first screen waits for no extra round trip. It is the same chunk in every language.
 */
function viewChunk(): Bundle<ViewModule> & { current(): ViewModule } {
  let loaded: ViewModule | undefined;
  let pending: Promise<ViewModule> | undefined;
  const load = (): Promise<ViewModule> => {
    if (!pending) {
      pending = import(/* webpackChunkName: 'annual-clock-view' */ './AnnualClock').then((m) => (loaded = m));
      pending.catch(() => (pending = undefined)); // a failed chunk load may be retried
    }
    return pending;
  };
  const current = (): ViewModule => {
    if (!loaded) throw new Error('The annual clock view was rendered before its chunk loaded');
    return loaded;
  };
  return { name: 'annualClockView', load: () => load(), get: () => current(), current };
}

const view = viewChunk();

function AnnualClockEntry(props: ViewProps): React.ReactElement {
  return React.createElement(view.current().AnnualClock, props);
}

export const feature: Feature = { View: AnnualClockEntry, bundles: [clockStrings, stripStrings, choiceLabels, view] };

export type { MonthStripProps, ClockStripStrings };

/**
 * The compact month strip with its strings loaded in the user's language: the account tab imports this index
 * lazily and renders the component it gets (props without `strings`).
 */
export async function loadMonthStrip(locale: Locale): Promise<(props: Omit<MonthStripProps, 'strings'>) => JSX.Element> {
  const strings = await stripStrings.load(langOf(locale));
  return function ClockMonthStrip(props: Omit<MonthStripProps, 'strings'>): JSX.Element {
    return React.createElement(MonthStrip, { ...props, strings });
  };
}
