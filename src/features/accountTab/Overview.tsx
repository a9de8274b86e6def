/**
 * Overview: the working agreements first (how this customer wants to be worked with — what a colleague who has
 * never seen the account needs most), then the facts, the responsible people with presence, and the links.
 */
import * as React from 'react';
import { Link, Stack, Text, useTheme } from '@fluentui/react';
import { needsCover } from '../../domain/substitution';
import { coverOptions } from '../../data/queries/coverSettings';
import { formatDate } from '../../domain/dates';
import { bundle as tabBundle } from './strings/tab';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { EditableText } from '../../ui/EditableText';
import { fieldDraftKey } from '../../ui/forms/drafts';
import { listDef } from '../../data/schema/lists';
import { maxLengthOf } from '../../data/schema/validate';
import { usePresence } from '../../ui/usePresence';
import { safeUrl } from '../../ui/safeUrl';
import { useAccountTab } from './AccountTabContext';
import { PersonLine } from './PersonLine';

const ACCOUNTS = listDef('accounts');

function Fact(props: { label: string; children: React.ReactNode; testId?: string }): JSX.Element {
  return (
    <>
      <dt style={{ fontWeight: 600 }}>{props.label}</dt>
      <dd style={{ margin: 0 }} data-testid={props.testId}>
        {props.children}
      </dd>
    </>
  );
}

export function Overview(): JSX.Element {
  const { strings, host } = useApp();
  const s = useBundle(tabBundle).overview;
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const { data, canEdit, saveAccount } = useAccountTab();
  const a = data.account;
  const presence = usePresence([a.accountManager?.email, a.backup?.email, a.systemManager?.email]);
  const segment = data.segments.find((x) => x.id === a.segmentId);
  const { shortAbsenceMaxDays } = coverOptions(data.settings);
  const absence = (personId?: number) => data.absences.find((x) => x.person.id === personId && needsCover(x, shortAbsenceMaxDays));
  const managerAway = absence(a.accountManager?.id);
  // The backup covers unless the absence names someone else for this account (the banner above says who covers).
  const named = managerAway && (managerAway.cover?.overrides?.[a.id] ?? managerAway.substitute);
  const backupCovers = !!managerAway && (!named || named.id === a.backup?.id) && !absence(a.backup?.id);
  const awayNote = (personId?: number): string | undefined => {
    const ab = absence(personId);
    return ab ? `${c.absenceKind[ab.kind]} – ${formatDate(ab.end, host.locale)}` : undefined;
  };
  const card: React.CSSProperties = { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12 };

  return (
    <section aria-labelledby="ac-overview-title">
      <Text as="h2" variant="large" id="ac-overview-title" style={{ margin: '0 0 8px' }}>
        {s.title}
      </Text>
      <div style={{ ...card, borderLeft: `4px solid ${theme.palette.themePrimary}`, background: theme.palette.themeLighterAlt, marginBottom: 12 }}>
        <EditableText
          label={s.workingAgreements}
          value={a.workingAgreements}
          multiline
          canEdit={canEdit}
          emptyText={s.workingAgreementsEmpty}
          onSave={(text) => saveAccount({ workingAgreements: text })}
          maxLength={maxLengthOf(ACCOUNTS, 'workingAgreements')}
          draftKey={fieldDraftKey('accounts', a.id, 'workingAgreements')}
          testId="working-agreements"
        />
      </div>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        <Stack.Item grow styles={{ root: { minWidth: 260, flexBasis: 300 } }} style={card}>
          <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 12px', margin: 0 }}>
            <Fact label={s.accountType}>{c.accountType[a.accountType] ?? a.accountType}</Fact>
            {a.memberAgencies && <Fact label={s.memberAgencies}>{a.memberAgencies.split(/\r?\n/).filter(Boolean).join(', ')}</Fact>}
            <Fact label={s.segment}>{segment?.name ?? strings.notSet}</Fact>
            <Fact label={s.lifecycleStage}>{a.lifecycleStage ? c.lifecycleStage[a.lifecycleStage] : strings.notSet}</Fact>
            <Fact label={s.engagementLevel} testId="engagement-level">
              {a.engagementLevel ? c.engagementLevel[String(a.engagementLevel) as '1'] : strings.notSet}
            </Fact>
            <Fact label={s.meetingRhythm}>{a.meetingRhythm ? c.meetingRhythm[a.meetingRhythm] : strings.notSet}</Fact>
            {a.teamsChannelName && <Fact label={s.teamsChannel}>{a.teamsChannelName}</Fact>}
          </dl>
        </Stack.Item>
        <Stack.Item grow styles={{ root: { minWidth: 260, flexBasis: 300 } }} style={card}>
          <Text as="h3" variant="mediumPlus" style={{ margin: '0 0 8px', fontWeight: 600 }}>
            {s.people}
          </Text>
          <Stack tokens={{ childrenGap: 10 }}>
            <PersonLine role={s.accountManager} person={a.accountManager} presence={a.accountManager?.email ? presence.get(a.accountManager.email) : undefined} s={s} notSet={strings.notSet} note={awayNote(a.accountManager?.id)} />
            <PersonLine
              role={s.backup}
              person={a.backup}
              presence={a.backup?.email ? presence.get(a.backup.email) : undefined}
              s={s}
              notSet={strings.notSet}
              note={backupCovers ? s.coversNow : awayNote(a.backup?.id)}
            />
            <PersonLine role={s.systemManager} person={a.systemManager} presence={a.systemManager?.email ? presence.get(a.systemManager.email) : undefined} s={s} notSet={strings.notSet} />
          </Stack>
        </Stack.Item>
        <Stack.Item grow styles={{ root: { minWidth: 260, flexBasis: 300 } }} style={card}>
          <Text as="h3" variant="mediumPlus" style={{ margin: '0 0 8px', fontWeight: 600 }}>
            {s.links}
          </Text>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {safeUrl(a.workspaceUrl?.url) && (
              <li>
                <Link href={safeUrl(a.workspaceUrl?.url)} target="_blank" rel="noopener noreferrer">
                  {s.workspace}
                </Link>
              </li>
            )}
            {safeUrl(a.caseSystemUrl?.url) && (
              <li>
                <Link href={safeUrl(a.caseSystemUrl?.url)} target="_blank" rel="noopener noreferrer">
                  {s.caseSystem}
                </Link>
              </li>
            )}
            {(a.keyDocuments ?? []).filter((d) => safeUrl(d.url)).map((d) => (
              <li key={d.url}>
                <Link href={safeUrl(d.url)} target="_blank" rel="noopener noreferrer">
                  {d.title}
                </Link>
              </li>
            ))}
            <li>
              <Link href={viewHref(data.settings, 'ideas', a.abbreviation || String(a.id))} data-testid="ideas-link">
                {format(s.ideas, { count: String(data.ideas.length) })}
              </Link>
            </li>
            <li>
              <Link href={viewHref(data.settings, 'assessment', String(a.id))} data-testid="assessment-link">
                {s.assessment}
              </Link>
            </li>
          </ul>
          {a.diaryNumbers && (
            <Text block style={{ marginTop: 8 }}>
              {format('{label}: {value}', { label: s.diaryNumbers, value: a.diaryNumbers })}
            </Text>
          )}
        </Stack.Item>
      </Stack>
    </section>
  );
}

/**
 * Another view for this account: the page a site owner named in the settings (`pages.ideas`, `pages.assessment`:
 * the SharePoint page that hosts that web part) with `account=`, else this page's URL with `view=` (the
 * workbench's view switcher). The assessment takes the account's id, which its first read needs for one batch.
 */
function viewHref(settings: readonly { key: string; value?: string }[], view: 'ideas' | 'assessment', account: string): string {
  const page = safeUrl(settings.find((x) => x.key === `pages.${view}`)?.value?.trim());
  const url = new URL(page || window.location.href, window.location.href);
  if (!page) url.searchParams.set('view', view);
  url.searchParams.set('account', account);
  return url.toString();
}
