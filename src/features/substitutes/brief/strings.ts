/** Strings of the handover brief (tuurauskortti): one account of an absent manager, for the person covering it. */
import { defineBundle } from '../../../loc/bundle';

export interface BriefStrings {
  title: string;
  loading: string;
  back: string;
  print: string;
}

export const bundle = defineBundle<BriefStrings>('handoverBrief', {
  fi: () => import(/* webpackChunkName: 'strings-handover-brief-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-handover-brief-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-handover-brief-en' */ './strings.en'),
});
