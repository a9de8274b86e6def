/**
 * The ideas as tables grouped by stage (ideas awaiting the gate first for those who decide there), filterable by
 * stage and account. Each idea's title is a button that opens it; the stage is the one the gate's decisions give,
 * and a gate stage nobody decided at the gate says so in words.
 */
import * as React from 'react';
import { CommandButton, DefaultButton, Dropdown, Icon, IDropdownOption, Stack, Text, useTheme } from '@fluentui/react';
import { decisionsOf, IdeasData, shownStage, ShownStage } from '../../data/queries/ideas';
import { formatDate } from '../../domain/dates';
import type { Account, Idea, IdeaGateDecision, IdeaStage } from '../../domain/types';
import { IDEA_STAGES } from '../../domain/vocabulary';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { bundle as ideaBundle } from './strings';
import { euros } from './text';

const cell: React.CSSProperties = { textAlign: 'left', padding: '4px 8px', verticalAlign: 'top' };
const ALL = '__all';

interface Row {
  idea: Idea;
  account?: Account;
  shown: ShownStage;
  latest?: IdeaGateDecision;
}

/** The stages in the order the list shows them: awaiting the gate first for the steering group. */
export function stageOrder(canDecide: boolean): IdeaStage[] {
  return canDecide ? ['awaitingGate', ...IDEA_STAGES.filter((st) => st !== 'awaitingGate')] : [...IDEA_STAGES];
}

export function IdeaList(props: { data: IdeasData; focusId?: number; onOpen(id: number): void; onShowAll?: () => void }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(ideaBundle);
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const l = s.list;
  const { data } = props;
  const [stage, setStage] = React.useState<IdeaStage | undefined>(undefined);
  const [accountId, setAccountId] = React.useState<number | undefined>(undefined);
  const opened = React.useRef<HTMLButtonElement | null>(null);

  const rows = React.useMemo<Row[]>(
    () =>
      data.ideas.map((idea) => ({
        idea,
        account: data.accounts.find((a) => a.id === idea.accountId),
        shown: shownStage(idea, data.decisions),
        latest: decisionsOf(idea.id, data.decisions)[0],
      })),
    [data],
  );
  // Back from an idea: focus returns to the idea that was opened.
  React.useEffect(() => opened.current?.focus(), []);

  const visible = rows.filter((r) => (stage === undefined || r.shown.stage === stage) && (accountId === undefined || r.idea.accountId === accountId));
  const groups = stageOrder(data.canDecide)
    .map((st) => ({ stage: st, rows: visible.filter((r) => r.shown.stage === st).sort((a, b) => a.idea.title.localeCompare(b.idea.title, host.locale)) }))
    .filter((g) => g.rows.length > 0);
  const accounts = [...new Map(rows.filter((r) => r.account).map((r) => [r.idea.accountId, r.account as Account])).values()].sort((a, b) =>
    a.abbreviation.localeCompare(b.abbreviation, host.locale),
  );
  const opt = (key: string | number, text: string): IDropdownOption => ({ key, text });
  const filtered = stage !== undefined || accountId !== undefined;

  const stageCell = (r: Row): JSX.Element => (
    <span>
      {c.ideaStage[r.shown.stage]}
      {r.shown.kind === 'notDecided' && (
        <span style={{ display: 'block', fontWeight: 600 }} title={l.notDecidedHint} data-testid="idea-not-decided">
          <Icon iconName="Warning" aria-hidden="true" style={{ marginRight: 4 }} />
          {l.notDecided}
        </span>
      )}
    </span>
  );

  return (
    <Stack tokens={{ childrenGap: 12 }} as="section" aria-label={s.title} data-testid="idea-list">
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }} role="search" aria-label={l.filters}>
        <Dropdown
          label={l.filterStage}
          selectedKey={stage ?? ALL}
          options={[opt(ALL, l.all), ...stageOrder(data.canDecide).map((st) => opt(st, c.ideaStage[st]))]}
          onChange={(_, o) => o && setStage(o.key === ALL ? undefined : (o.key as IdeaStage))}
          styles={{ root: { minWidth: 200 } }}
          data-testid="ideas-filter-stage"
        />
        {!data.account && (
          <Dropdown
            label={l.filterAccount}
            selectedKey={accountId ?? ALL}
            options={[opt(ALL, l.all), ...accounts.map((a) => opt(a.id, `${a.abbreviation} – ${a.name}`))]}
            onChange={(_, o) => o && setAccountId(o.key === ALL ? undefined : Number(o.key))}
            styles={{ root: { minWidth: 220 } }}
            data-testid="ideas-filter-account"
          />
        )}
        {filtered && (
          <DefaultButton
            text={l.clearFilters}
            onClick={() => {
              setStage(undefined);
              setAccountId(undefined);
            }}
          />
        )}
        {props.onShowAll && <DefaultButton text={s.showAll} onClick={props.onShowAll} data-testid="ideas-show-all" />}
      </Stack>
      <Text block role="status" aria-live="polite" variant="small">
        {format(l.shown, { shown: visible.length, total: rows.length })}
      </Text>
      {groups.length === 0 && <Text block>{l.empty}</Text>}
      {groups.map((g) => (
        <Stack key={g.stage} as="section" tokens={{ childrenGap: 4 }} aria-labelledby={`ac-ideas-${g.stage}`}>
          <Text as="h2" variant="large" id={`ac-ideas-${g.stage}`} style={{ margin: 0 }}>
            {c.ideaStage[g.stage]}
          </Text>
          <div style={{ overflowX: 'auto' }}>
            <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid={`ideas-table-${g.stage}`}>
              <caption style={{ textAlign: 'left', padding: '4px 0', color: theme.semanticColors.bodySubtext }}>
                {format(l.groupCaption, { stage: c.ideaStage[g.stage], count: g.rows.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" style={cell}>{l.idea}</th>
                  <th scope="col" style={cell}>{l.account}</th>
                  <th scope="col" style={cell}>{l.stage}</th>
                  <th scope="col" style={cell}>{l.owner}</th>
                  <th scope="col" style={{ ...cell, textAlign: 'right' }}>{l.cost}</th>
                  <th scope="col" style={cell}>{l.lastDecision}</th>
                </tr>
              </thead>
              <tbody>
                {g.rows.map((r) => (
                  <tr key={r.idea.id} data-testid={`idea-row-${r.idea.id}`} style={{ borderTop: `1px solid ${theme.semanticColors.bodyDivider}` }}>
                    <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                      <CommandButton
                        elementRef={r.idea.id === props.focusId ? (el) => (opened.current = el as HTMLButtonElement | null) : undefined}
                        text={r.idea.title}
                        ariaLabel={format(l.open, { title: r.idea.title })}
                        onClick={() => props.onOpen(r.idea.id)}
                        styles={{ root: { height: 'auto', padding: 0, textAlign: 'left' }, label: { margin: 0 } }}
                        data-testid={`idea-open-${r.idea.id}`}
                      />
                    </th>
                    <td style={cell}>{r.account ? <span title={r.account.name}>{r.account.abbreviation}</span> : ''}</td>
                    <td style={cell}>{stageCell(r)}</td>
                    <td style={cell}>{r.idea.owner?.title ?? l.noOwner}</td>
                    <td style={{ ...cell, textAlign: 'right', whiteSpace: 'nowrap' }}>{typeof r.idea.estimatedCost === 'number' ? euros(r.idea.estimatedCost, host.locale) : l.noCost}</td>
                    <td style={cell}>
                      {r.latest
                        ? format(l.decisionOn, { decision: s.decision[r.latest.decision], date: r.latest.decidedOn ? formatDate(r.latest.decidedOn, host.locale) : '' }).trim()
                        : l.noDecision}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Stack>
      ))}
    </Stack>
  );
}
