/** The timeline's table alternative: every absence in the window, one row each, with who covers and an open button. */
import * as React from 'react';
import { ActionButton, CheckboxVisibility, DetailsList, DetailsListLayoutMode, IColumn, SelectionMode } from '@fluentui/react';
import type { AwayRow } from '../../domain/cover';
import { formatDate } from '../../domain/dates';
import { absenceLength } from '../../domain/substitution';
import type { Absence } from '../../domain/types';
import { bundle as choiceBundle } from '../../loc/choices';
import { useApp, useBundle } from '../../ui/AppContext';
import { bundle as subsBundle } from './strings';
import { personName } from './text';

export interface AbsenceTableProps {
  rows: AwayRow[];
  covered: (a: Absence) => boolean;
  canChange: (a: Absence) => boolean;
  onOpen: (a: Absence) => void;
}

export function AbsenceTable(props: AbsenceTableProps): JSX.Element {
  const { host } = useApp();
  const s = useBundle(subsBundle);
  const c = useBundle(choiceBundle);
  const t = s.absences.columns;
  const items = props.rows.flatMap((r) => r.absences.map((a) => ({ key: String(a.id), absence: a, person: r.person })));
  const col = (key: string, name: string, render: (a: Absence) => React.ReactNode, min = 90, max = 160): IColumn => ({
    key,
    name,
    minWidth: min,
    maxWidth: max,
    isResizable: true,
    isMultiline: true,
    onRender: (item: { absence: Absence }) => render(item.absence),
  });
  const columns: IColumn[] = [
    col('person', t.person, (a) => personName(items.find((i) => i.absence.id === a.id)?.person ?? a.person, s), 130, 200),
    col('kind', t.kind, (a) => c.absenceKind[a.kind]),
    col('from', t.from, (a) => formatDate(a.start, host.locale), 80, 100),
    col('to', t.to, (a) => formatDate(a.end, host.locale), 80, 100),
    col('days', t.days, (a) => absenceLength(a), 50, 60),
    col('substitute', t.substitute, (a) => (a.substitute ? personName(a.substitute, s) : s.absences.noSubstitute), 120, 200),
    col('cover', t.cover, (a) => (props.covered(a) ? s.absences.covered : s.absences.notCovered), 110, 200),
    col(
      'actions',
      t.actions,
      (a) => {
        const verb = props.canChange(a) ? s.absences.edit : s.absences.view;
        return (
          <ActionButton
            iconProps={{ iconName: props.canChange(a) ? 'Edit' : 'View' }}
            text={verb}
            ariaLabel={`${verb}: ${personName(a.person, s)}, ${c.absenceKind[a.kind]} ${formatDate(a.start, host.locale)}–${formatDate(a.end, host.locale)}`}
            onClick={() => props.onOpen(a)}
            styles={{ root: { height: 24 } }}
          />
        );
      },
      90,
      120,
    ),
  ];
  return (
    <div data-testid="absence-table">
      <DetailsList
        items={items}
        columns={columns}
        selectionMode={SelectionMode.none}
        checkboxVisibility={CheckboxVisibility.hidden}
        layoutMode={DetailsListLayoutMode.justified}
        ariaLabelForGrid={s.absences.heading}
        onShouldVirtualize={() => false}
      />
    </div>
  );
}
