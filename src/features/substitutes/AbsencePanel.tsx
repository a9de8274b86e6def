/**
 * The absence editor in a side panel (AbsenceForm), loaded when first opened (its own chunk), so the view's first
 * screen does not carry it; when the panel closes (saved, cancelled, Escape) the focus returns to what opened it.
 */
import type { Absence } from '../../domain/types';
import type { SubstitutesData } from '../../data/queries/substitutes';
import { lazyForm } from '../../ui/forms/lazyForm';

export interface AbsencePanelProps {
  data: SubstitutesData;
  /** The absence to edit or show; undefined: a new one. */
  absence?: Absence;
  /** Whether the user may change it (a new one: may add). */
  editable: boolean;
  onClose: () => void;
  /** After a save or delete: the view reads again. */
  onChanged: (message: 'saved' | 'deleted') => void;
}

/** Where the editor keeps the unsent form (sessionStorage, drafts.ts): one per absence, one for a new one. */
export const absenceDraftKey = (absenceId?: number): string => `absence:${absenceId ?? 'new'}`;

export const AbsencePanel = lazyForm<AbsencePanelProps>(() => import(/* webpackChunkName: 'substitutes-editor' */ './AbsenceForm').then((m) => m.AbsenceForm));
