/**
 * The account plan (asiakkuussuunnitelma, docs/care-model.md §7): general customer information, description of the
 * relationship and responsibilities as text edited in place, each with a hint of what belongs there, and the
 * development actions with goals, metrics and status. Other open actions (from surveys, follow-up groups and
 * feedback) follow in a compact list, so the whole action programme is in one place.
 */
import * as React from 'react';
import { Stack, Text, useTheme } from '@fluentui/react';
import type { Account } from '../../domain/types';
import { bundle as sectionsBundle } from './strings/sections';
import { useBundle } from '../../ui/AppContext';
import { EditableText } from '../../ui/EditableText';
import { fieldDraftKey } from '../../ui/forms/drafts';
import { listDef } from '../../data/schema/lists';
import { maxLengthOf } from '../../data/schema/validate';
import { useAccountTab } from './AccountTabContext';
import { OtherOpenActions, PlanActions } from './plan/PlanActions';

const ACCOUNTS = listDef('accounts');

type PlanField = 'planGeneral' | 'planRelationship' | 'planResponsibilities';

export function AccountPlan(): JSX.Element {
  const s = useBundle(sectionsBundle).plan;
  const theme = useTheme();
  const { data, canEdit, saveAccount } = useAccountTab();
  const a: Account = data.account;
  const card: React.CSSProperties = { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12 };
  const sections: { field: PlanField; label: string; help: string; empty: string; testId: string }[] = [
    { field: 'planGeneral', label: s.general, help: s.generalHelp, empty: s.generalEmpty, testId: 'plan-general' },
    { field: 'planRelationship', label: s.relationship, help: s.relationshipHelp, empty: s.relationshipEmpty, testId: 'plan-relationship' },
    { field: 'planResponsibilities', label: s.responsibilities, help: s.responsibilitiesHelp, empty: s.responsibilitiesEmpty, testId: 'plan-responsibilities' },
  ];

  return (
    <section aria-labelledby="ac-plan-title" data-testid="section-AccountPlan">
      <Text as="h2" variant="large" id="ac-plan-title" style={{ margin: '0 0 4px' }}>
        {s.title}
      </Text>
      <Text block variant="small" style={{ color: theme.semanticColors.bodySubtext, marginBottom: 12 }}>
        {s.intro}
      </Text>
      <Stack tokens={{ childrenGap: 12 }}>
        {sections.map((x) => (
          <div key={x.field} style={card}>
            <EditableText
              label={x.label}
              description={x.help}
              value={a[x.field]}
              multiline
              canEdit={canEdit}
              emptyText={x.empty}
              onSave={(text) => saveAccount({ [x.field]: text })}
              maxLength={maxLengthOf(ACCOUNTS, x.field)}
              draftKey={fieldDraftKey('accounts', a.id, x.field)}
              testId={x.testId}
            />
          </div>
        ))}
        <div style={card}>
          <PlanActions />
        </div>
        <div style={card}>
          <OtherOpenActions />
        </div>
      </Stack>
    </section>
  );
}
