/** Strings of the hand-back list: what happened on each covered account while its manager was away. */
import { defineBundle } from '../../../loc/bundle';

export interface HandBackStrings {
  title: string;
  loading: string;
  back: string;
  print: string;
}

export const bundle = defineBundle<HandBackStrings>('handBack', {
  fi: () => import(/* webpackChunkName: 'strings-hand-back-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-hand-back-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-hand-back-en' */ './strings.en'),
});
