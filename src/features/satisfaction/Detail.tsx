/**
 * The detail of one account (or the whole organisation) in the latest quarter: the areas against the quarter before
 * with the change and its significance, the trend (chart chunk + table), distributions, NPS, response rate, comments
 * (plain text, only at or above the threshold), and the actions made from a result.
 */
import * as React from 'react';
import { DefaultButton, Dropdown, Icon, MessageBar, MessageBarType, PrimaryButton, Spinner, Stack, Text, TextField, useTheme } from '@fluentui/react';
import { newClientKey } from '../../data/clientKey';
import type { Services } from '../../data/ports';
import { createSurveyAction, nextFollowUpDue } from '../../data/queries/satisfaction';
import { addDays, formatDate, IsoDate } from '../../domain/dates';
import { actionSourceRef, AreaChange, AreaResult, Cell, Row, SatisfactionResult } from '../../domain/satisfactionResults';
import type { Action, PersonRef } from '../../domain/types';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { errorMessage } from '../../ui/errorMessage';
import { DateField } from '../../ui/forms/DateField';
import { bundle as satisfactionBundle } from './strings';
import { areaLabel, decimal, percent, quarterLabel, signed, suppressedText } from './text';

const TrendChart = React.lazy(() => import(/* webpackChunkName: 'satisfaction-chart' */ './TrendChart'));

const head: React.CSSProperties = { textAlign: 'left', padding: '4px 8px' };
const num: React.CSSProperties = { textAlign: 'right', padding: '4px 8px', whiteSpace: 'nowrap' };
const caption: React.CSSProperties = { textAlign: 'left', fontWeight: 600, padding: '4px 0' };

type Shown = Extract<Cell, { shown: true }>;

export interface DetailProps {
  result: SatisfactionResult;
  row: Row;
  today: IsoDate;
  actions: Action[];
  canAddActions: boolean;
  onActionSaved(action: Action): void;
  services: Services;
}

export function Detail(props: DetailProps): JSX.Element {
  const { host } = useApp();
  const s = useBundle(satisfactionBundle);
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const { result, row } = props;
  const last = result.quarters.length - 1;
  const cell = row.cells[last];
  const prev = row.cells[last - 1];
  const q = quarterLabel(result.quarters[last], s);
  const name = row.account ? `${row.account.name} (${row.account.abbreviation})` : s.detail.organisation;
  const [formFor, setFormFor] = React.useState<string | undefined>();
  const locale = host.locale;
  const points = row.cells.map((x, i) => ({ label: quarterLabel(result.quarters[i], s), value: x.shown ? x.figures.overall : undefined }));
  const chartLabel = format(s.detail.chartLabel, { points: points.map((p, i) => `${p.label} ${p.value === undefined ? suppressedText(row.cells[i], s) || '–' : decimal(p.value, locale)}`).join(', ') });
  const account = row.account;
  const actionsOf = (area: string): Action[] =>
    account ? props.actions.filter((a) => a.accountId === account.id && a.status === 'open' && a.sourceRef?.startsWith('satisfaction:') && a.sourceRef.endsWith(`:${account.abbreviation}:${area}`)) : [];

  return (
    <section aria-labelledby="ac-satisfaction-detail" data-testid="satisfaction-detail">
      <Stack tokens={{ childrenGap: 16 }}>
        <Text block as="h2" variant="large" id="ac-satisfaction-detail" style={{ margin: 0 }}>
          {format(s.detail.heading, { name, quarter: q })}
        </Text>
        {!cell.shown ? (
          <Text block as="p" data-testid="detail-suppressed">
            {format(s.detail.suppressed, { fewer: suppressedText(cell, s) })}
          </Text>
        ) : (
          <>
            <Text block as="p">
              {format(s.detail.responses, { count: cell.figures.responses })}
            </Text>
            <table style={{ borderCollapse: 'collapse', alignSelf: 'flex-start' }} data-testid="detail-areas">
              <caption style={caption}>{format(s.detail.areasCaption, { current: q })}</caption>
              <thead>
                <tr>
                  <th scope="col" style={head}>
                    {s.detail.area}
                  </th>
                  <th scope="col" style={num}>
                    {s.detail.previous} ({quarterLabel(result.quarters[last - 1], s)})
                  </th>
                  <th scope="col" style={num}>
                    {s.detail.current} ({q})
                  </th>
                  <th scope="col" style={num}>
                    {s.detail.change}
                  </th>
                  <th scope="col" style={head}>
                    {s.detail.significance}
                  </th>
                  {account && <th scope="col" style={head}>{s.detail.existingActions}</th>}
                </tr>
              </thead>
              <tbody>
                {cell.figures.areas.map((a) => {
                  const change = row.changes[last].find((x) => x.area === a.area);
                  const before = prev?.shown ? prev.figures.areas.find((x) => x.area === a.area) : undefined;
                  const label = areaLabel(a.area, c);
                  return (
                    <tr key={a.area} data-testid={`detail-area-${a.area}`}>
                      <th scope="row" style={head}>
                        {label}
                      </th>
                      <td style={num}>{before ? decimal(before.average, locale) : prev && !prev.shown ? suppressedText(prev, s) : '–'}</td>
                      <td style={num}>{decimal(a.average, locale)}</td>
                      <td style={num}>{change ? signed(change.delta, locale) : '–'}</td>
                      <td style={head}>
                        {change?.significantDrop ? (
                          <span style={{ color: theme.semanticColors.errorText, fontWeight: 600 }}>
                            <Icon iconName="ArrowDown" aria-hidden="true" /> {s.detail.significantDrop}
                          </span>
                        ) : change ? (
                          s.detail.notSignificant
                        ) : (
                          '–'
                        )}
                      </td>
                      {account && (
                        <td style={head}>
                          <ActionList actions={actionsOf(a.area)} />
                          {props.canAddActions &&
                            (formFor === a.area ? (
                              <ActionForm
                                {...props}
                                area={a}
                                change={change}
                                onDone={(saved) => {
                                  setFormFor(undefined);
                                  if (saved) props.onActionSaved(saved);
                                }}
                              />
                            ) : (
                              <DefaultButton text={s.action.create} ariaLabel={format(s.action.createLabel, { area: label })} onClick={() => setFormFor(a.area)} />
                            ))}
                        </td>
                      )}
                    </tr>
                  );
                })}
                <tr>
                  <th scope="row" style={head}>
                    {s.detail.overall}
                  </th>
                  <td style={num}>{prev?.shown && prev.figures.overall !== undefined ? decimal(prev.figures.overall, locale) : '–'}</td>
                  <td style={num}>{cell.figures.overall !== undefined ? decimal(cell.figures.overall, locale) : '–'}</td>
                  <td style={num}>{prev?.shown && prev.figures.overall !== undefined && cell.figures.overall !== undefined ? signed(cell.figures.overall - prev.figures.overall, locale) : '–'}</td>
                  <td />
                  {account && <td />}
                </tr>
              </tbody>
            </table>
          </>
        )}

        <section aria-labelledby="ac-satisfaction-trend">
          <Text block as="h3" variant="mediumPlus" id="ac-satisfaction-trend" style={{ margin: '0 0 8px' }}>
            {s.detail.trend}
          </Text>
          <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
            <Stack.Item grow styles={{ root: { minWidth: 280, maxWidth: 560 } }}>
              <React.Suspense fallback={<Spinner />}>
                <TrendChart points={points} label={chartLabel} scale={{ min: 4, max: 10 }} />
              </React.Suspense>
            </Stack.Item>
            <table style={{ borderCollapse: 'collapse' }} data-testid="detail-trend">
              <caption style={caption}>{s.detail.overall}</caption>
              <tbody>
                {points.map((p, i) => (
                  <tr key={p.label}>
                    <th scope="row" style={head}>
                      {p.label}
                    </th>
                    <td style={num}>{p.value !== undefined ? decimal(p.value, locale) : suppressedText(row.cells[i], s) || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Stack>
        </section>

        {cell.shown && <Figures cell={cell} />}
      </Stack>
    </section>
  );
}

function Figures({ cell }: { cell: Shown }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(satisfactionBundle);
  const c = useBundle(choiceBundle);
  const f = cell.figures;
  const values = [...new Set(f.areas.flatMap((a) => a.distribution.map((d) => d.value)))].sort((a, b) => a - b);
  return (
    <>
      <table style={{ borderCollapse: 'collapse', alignSelf: 'flex-start' }} data-testid="detail-distribution">
        <caption style={caption}>{s.detail.distribution}</caption>
        <thead>
          <tr>
            <th scope="col" style={head}>
              {s.detail.area}
            </th>
            {values.map((v) => (
              <th scope="col" key={v} style={num}>
                {v}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {f.areas.map((a: AreaResult) => (
            <tr key={a.area}>
              <th scope="row" style={head}>
                {areaLabel(a.area, c)}
              </th>
              {values.map((v) => (
                <td key={v} style={num}>
                  {a.distribution.find((d) => d.value === v)?.count ?? '–'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: 0 }}>
        <dt style={{ fontWeight: 600 }}>{s.detail.nps}</dt>
        <dd style={{ margin: 0 }} data-testid="detail-nps">
          {f.nps ? format(s.detail.npsValue, { score: f.nps.score, promoters: f.nps.promoters, passives: f.nps.passives, detractors: f.nps.detractors, answers: f.nps.answers }) : '–'}
        </dd>
        <dt style={{ fontWeight: 600 }}>{s.detail.responseRate}</dt>
        <dd style={{ margin: 0 }} data-testid="detail-rate">
          {f.responseRate === undefined || f.invited === undefined
            ? s.detail.noInvited
            : format(s.detail.responseRateValue, { answered: f.respondents, invited: f.invited, percent: percent(f.responseRate, host.locale) })}
        </dd>
      </dl>
      <section aria-labelledby="ac-satisfaction-comments">
        <Text block as="h3" variant="mediumPlus" id="ac-satisfaction-comments" style={{ margin: '0 0 8px' }}>
          {s.detail.comments}
        </Text>
        {f.comments.length ? (
          <ul data-testid="detail-comments" style={{ margin: 0, paddingLeft: 20 }}>
            {f.comments.map((x, i) => (
              // Plain text: React escapes it; never rendered as HTML.
              <li key={i} style={{ whiteSpace: 'pre-wrap' }}>
                {x}
              </li>
            ))}
          </ul>
        ) : (
          <Text block as="p">
            {s.detail.noComments}
          </Text>
        )}
      </section>
    </>
  );
}

function ActionList({ actions }: { actions: Action[] }): JSX.Element | null {
  const { host } = useApp();
  const s = useBundle(satisfactionBundle);
  if (!actions.length) return null;
  return (
    <ul style={{ margin: '0 0 4px', paddingLeft: 16 }} data-testid="area-actions">
      {actions.map((a) => (
        <li key={a.id}>
          {format(s.detail.actionLine, { title: a.title, owner: a.owner?.title ?? s.action.noOwner, due: a.dueDate ? formatDate(a.dueDate, host.locale) : '–' })}
        </li>
      ))}
    </ul>
  );
}

function ActionForm(props: DetailProps & { area: AreaResult; change?: AreaChange; onDone(saved?: Action): void }): JSX.Element {
  const { host, strings } = useApp();
  const s = useBundle(satisfactionBundle);
  const c = useBundle(choiceBundle);
  const { result, row, area, change } = props;
  const account = row.account!;
  const last = result.quarters.length - 1;
  const q = quarterLabel(result.quarters[last], s);
  const label = areaLabel(area.area, c);
  const initialTitle = change?.significantDrop
    ? format(s.action.dropTitle, { area: label, from: decimal(change.previous, host.locale), to: decimal(change.current, host.locale), quarter: q })
    : format(s.action.resultTitle, { area: label, value: decimal(area.average, host.locale), quarter: q });
  const people = [account.accountManager, account.backup].filter((p, i, all): p is PersonRef => !!p && all.findIndex((x) => x?.id === p.id) === i);
  const [title, setTitle] = React.useState(initialTitle);
  const [ownerId, setOwnerId] = React.useState<number | undefined>(account.accountManager?.id);
  const [due, setDue] = React.useState<IsoDate | undefined>(addDays(props.today, 30));
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  // One key per form: a retried or double-pressed save files one action.
  const [clientKey] = React.useState(newClientKey);
  React.useEffect(() => {
    let current = true;
    nextFollowUpDue(props.services, account.id, props.today).then(
      (d) => current && d && setDue(d),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [props.services, account.id, props.today]);
  const save = async (): Promise<void> => {
    setSaving(true);
    setError(undefined);
    try {
      const saved = await createSurveyAction(props.services, {
        title: title.trim() || initialTitle,
        accountId: account.id,
        owner: people.find((p) => p.id === ownerId),
        dueDate: due,
        source: 'survey',
        status: 'open',
        sourceRef: actionSourceRef(result.quarters[last], account.abbreviation, area.area),
        clientKey,
      });
      props.onDone(saved);
    } catch (e) {
      setError(format(s.action.failed, { message: errorMessage(strings, e) }));
      setSaving(false);
    }
  };
  return (
    <Stack tokens={{ childrenGap: 8 }} role="group" aria-label={`${s.action.formTitle}: ${label}`} data-testid="action-form" style={{ minWidth: 280 }}>
      <TextField label={s.action.titleLabel} value={title} onChange={(_, v) => setTitle(v ?? '')} maxLength={255} />
      <Dropdown label={s.action.owner} selectedKey={ownerId ?? null} options={people.map((p) => ({ key: p.id, text: p.title ?? p.email ?? String(p.id) }))} onChange={(_, o) => o && setOwnerId(Number(o.key))} />
      <DateField label={s.action.due} value={due} onChange={setDue} today={props.today} />
      {error && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">
          {error}
        </MessageBar>
      )}
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={saving ? s.action.saving : s.action.save} onClick={() => void save()} disabled={saving} />
        <DefaultButton text={s.action.cancel} onClick={() => props.onDone()} disabled={saving} />
      </Stack>
    </Stack>
  );
}
