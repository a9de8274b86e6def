/**
 * What a feature folder exports to the hosts (its web part, the workbench, My accounts opening an account): the view
 * and the string bundles it needs. Each feature's index is loaded with `import()` so it is a chunk of its own.
 */
import type * as React from 'react';
import { Bundle, loadBundles } from '../loc/bundle';
import { commonStrings } from '../loc/strings';
import type { Locale } from '../loc/locale';

export interface ViewProps {
  /**
   * A first-screen read the host started before React (in the web part's onInit), so the data round trip overlaps
   * loading the view's code. Views that have none ignore it.
   */
  initial?: Promise<unknown>;
}

export interface Feature {
  View: React.ComponentType<ViewProps>;
  /** String bundles the view reads; loaded in the user's language before it renders. */
  bundles: readonly Bundle<unknown>[];
}

/** Loads a feature's chunk and its strings (and the common strings) in the user's language, in parallel where possible. */
export async function prepareFeature(load: () => Promise<{ feature: Feature }>, locale: Locale): Promise<Feature> {
  const [{ feature }] = await Promise.all([load(), loadBundles([commonStrings], locale)]);
  await loadBundles(feature.bundles, locale);
  return feature;
}
