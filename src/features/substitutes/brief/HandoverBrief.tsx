/**
 * The handover brief (tuurauskortti): everything a colleague covering one account needs without opening anything
 * else. The first screen answers who is away, who covers and until when, how this customer wants to be worked
 * with, whom to call and what falls due during the absence; the agreement, the last follow-up group, open actions
 * and ideas, recent situations and feedback and the links follow. Printable on A4 (print.tsx).
 */
import * as React from 'react';
import { Link, MessageBar, MessageBarType, Shimmer, Text, useTheme } from '@fluentui/react';
import type { Theme } from '@fluentui/react';
import { loadHandoverBrief, HandoverBriefData } from '../../../data/queries/handover';
import { formatDate, formatDateTime, toHelsinkiDate } from '../../../domain/dates';
import type { Contact } from '../../../domain/types';
import { bundle as choiceBundle } from '../../../loc/choices';
import { format } from '../../../loc/strings';
import { useApp, useBundle } from '../../../ui/AppContext';
import { ErrorBar } from '../../../ui/ErrorBar';
import { errorMessage } from '../../../ui/errorMessage';
import { safeUrl } from '../../../ui/safeUrl';
import { useAsync } from '../../../ui/useAsync';
import { withStrings } from '../../../ui/withStrings';
import { PRINT_ROOT, PrintStyles, PrintToolbar } from './print';
import { BriefStrings, bundle as briefBundle } from './strings';

export interface HandoverBriefProps {
  accountId: number;
  absenceId: number;
  onBack(): void;
}

function Brief(props: HandoverBriefProps): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(briefBundle);
  const today = toHelsinkiDate(host.now ?? new Date());
  const state = useAsync(() => loadHandoverBrief(services, { accountId: props.accountId, absenceId: props.absenceId, today }), [services, props.accountId, props.absenceId, today]);
  return (
    <div className={PRINT_ROOT} style={{ padding: 16 }} data-testid="handover-brief">
      <PrintStyles />
      <PrintToolbar label={s.actions} back={s.back} print={s.print} onBack={props.onBack} />
      {state.error !== undefined ? (
        <ErrorBar error={state.error} onRetry={state.reload} />
      ) : !state.value ? (
        <div role="status" aria-busy="true" aria-label={s.loading}>
          <Shimmer width="50%" />
          <Shimmer style={{ marginTop: 12 }} />
          <Shimmer style={{ marginTop: 8 }} width="80%" />
        </div>
      ) : (
        <BriefBody data={state.value} s={s} />
      )}
    </div>
  );
}

function BriefBody(props: { data: HandoverBriefData; s: BriefStrings }): JSX.Element {
  const { host, strings } = useApp();
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const st = styles(theme);
  const { data: d, s } = props;
  const a = d.account;
  const date = (x: string): string => formatDate(x, host.locale);
  const manager = d.absence.person.title || a.accountManager?.title || '';

  return (
    <article aria-labelledby="ac-brief-title">
      <Text as="h1" variant="xLarge" block id="ac-brief-title" style={{ margin: '8px 0' }}>
        {format(s.heading, { account: a.abbreviation ? `${a.name} (${a.abbreviation})` : a.name })}
      </Text>
      {d.problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline data-print="hide">
          {format(s.partly, { message: d.problems.map((p) => errorMessage(strings, p)).join(' ') })}
        </MessageBar>
      )}
      <dl style={st.facts} data-testid="brief-cover">
        <dt style={st.term}>{s.away}</dt>
        <dd style={st.def}>{format(s.awayValue, { name: manager, kind: c.absenceKind[d.absence.kind].toLowerCase(), start: date(d.absence.start), end: date(d.absence.end) })}</dd>
        <dt style={st.term}>{s.coveredBy}</dt>
        <dd style={st.def}>
          {!d.needsCover ? (
            s.notCovered
          ) : (
            <ul style={st.plain}>
              {d.cover.map((span) => (
                <li key={span.since} style={span.cover ? undefined : { color: theme.semanticColors.errorText, fontWeight: 600 }}>
                  {span.cover
                    ? format(s.coverSpan, { name: span.cover.title || span.cover.email || '', start: date(span.since), end: date(span.until) })
                    : format(s.noCover, { start: date(span.since), end: date(span.until) })}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <Text as="p" variant="small" block style={{ margin: '4px 0 12px', color: theme.semanticColors.bodySubtext }}>
        {s.backupNote}
      </Text>

      <section aria-labelledby="ac-brief-wa" style={st.highlight} data-testid="brief-working-agreements">
        <h2 id="ac-brief-wa" style={st.h2}>
          {s.workingAgreements}
        </h2>
        <p style={st.text}>{a.workingAgreements?.trim() || s.workingAgreementsEmpty}</p>
      </section>

      <section aria-labelledby="ac-brief-contacts" data-testid="brief-contacts">
        <h2 id="ac-brief-contacts" style={st.h2}>
          {s.contacts}
        </h2>
        {d.contacts.length === 0 ? <p style={st.text}>{s.contactsEmpty}</p> : <ContactTable contacts={d.contacts} s={s} />}
      </section>

      <section aria-labelledby="ac-brief-due" data-testid="brief-due">
        <h2 id="ac-brief-due" style={st.h2}>
          {s.due}
        </h2>
        {d.due.length === 0 ? (
          <p style={st.text}>{s.dueEmpty}</p>
        ) : (
          <ul style={st.list}>
            {d.due.map(({ occurrence: o, task }) => (
              <li key={o.id}>
                <strong>{date(o.dueDate)}</strong> {task?.title ?? ''}
                {task?.category ? ` · ${c.clockCategory[task.category]}` : ''}
                {o.done ? ` · ${o.doneOn ? format(s.doneOn, { date: date(o.doneOn) }) : s.done}` : ''}
              </li>
            ))}
          </ul>
        )}
        {d.meetings.length > 0 && (
          <>
            <h3 style={st.h3}>{s.meetings}</h3>
            <ul style={st.list}>
              {d.meetings.map((m) => (
                <li key={m.id}>
                  <strong>{formatDateTime(m.startsAt, host.locale)}</strong> {m.title} · {c.meetingType[m.meetingType]}
                  {m.location ? ` · ${m.location}` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <div data-print="new-page">
        <section aria-labelledby="ac-brief-agreement" data-testid="brief-agreement">
          <h2 id="ac-brief-agreement" style={st.h2}>
            {s.agreement}
          </h2>
          {!d.agreement && !d.nextAgreement && <p style={st.text}>{format(s.agreementNone, { year: d.absence.start.slice(0, 4) })}</p>}
          {[d.nextAgreement, d.agreement].map(
            (ag) =>
              ag && (
                <dl key={ag.id} style={st.facts} data-testid={`brief-agreement-${ag.year}`}>
                  <dt style={st.term}>{ag.title}</dt>
                  <dd style={st.def}>{`${c.agreementKind[ag.kind]} ${ag.year}`}</dd>
                  <dt style={st.term}>{s.stage}</dt>
                  <dd style={st.def}>{c.agreementStage[ag.stage]}</dd>
                  <dt style={st.term}>{s.diaryNumber}</dt>
                  <dd style={st.def}>{ag.diaryNumber || a.diaryNumbers || strings.notSet}</dd>
                  {ag.deadline && (
                    <>
                      <dt style={st.term}>{s.deadline}</dt>
                      <dd style={st.def}>{date(ag.deadline)}</dd>
                    </>
                  )}
                  {safeUrl(ag.documentUrl?.url) && (
                    <>
                      <dt style={st.term}>{s.agreementDocument}</dt>
                      <dd style={st.def}>
                        <Link href={safeUrl(ag.documentUrl?.url)} target="_blank" rel="noopener noreferrer">
                          {ag.documentUrl?.description || ag.title}
                        </Link>
                      </dd>
                    </>
                  )}
                </dl>
              ),
          )}
        </section>

        <section aria-labelledby="ac-brief-followup" data-testid="brief-follow-up">
          <h2 id="ac-brief-followup" style={st.h2}>
            {s.lastFollowUp}
          </h2>
          {!d.lastFollowUp ? (
            <p style={st.text}>{s.followUpNone}</p>
          ) : (
            <>
              <p style={st.text}>
                <strong>{date(toHelsinkiDate(d.lastFollowUp.startsAt))}</strong> {d.lastFollowUp.title}
              </p>
              {d.lastFollowUp.minutes && (
                <>
                  <h3 style={st.h3}>{s.minutes}</h3>
                  <p style={st.text}>{d.lastFollowUp.minutes}</p>
                </>
              )}
              {d.lastFollowUp.decisions && (
                <>
                  <h3 style={st.h3}>{s.decisions}</h3>
                  <p style={st.text}>{d.lastFollowUp.decisions}</p>
                </>
              )}
              {safeUrl(d.lastFollowUp.minutesUrl?.url) && (
                <Link href={safeUrl(d.lastFollowUp.minutesUrl?.url)} target="_blank" rel="noopener noreferrer">
                  {s.minutesLink}
                </Link>
              )}
            </>
          )}
        </section>

        <section aria-labelledby="ac-brief-actions" data-testid="brief-actions">
          <h2 id="ac-brief-actions" style={st.h2}>
            {s.openActions}
          </h2>
          {d.openActions.length === 0 ? (
            <p style={st.text}>{s.actionsNone}</p>
          ) : (
            <ul style={st.list}>
              {d.openActions.map((x) => (
                <li key={x.id}>
                  <strong>{x.title}</strong> · {c.actionStatus[x.status]} · {x.owner?.title || s.noOwner}
                  {x.dueDate ? ` · ${format(s.dueBy, { date: date(x.dueDate) })}` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="ac-brief-ideas" data-testid="brief-ideas">
          <h2 id="ac-brief-ideas" style={st.h2}>
            {s.openIdeas}
          </h2>
          {d.openIdeas.length === 0 ? (
            <p style={st.text}>{s.ideasNone}</p>
          ) : (
            <ul style={st.list}>
              {d.openIdeas.map((x) => (
                <li key={x.id}>
                  <strong>{x.title}</strong> · {c.ideaStage[x.stage]}
                  {x.owner?.title ? ` · ${x.owner.title}` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="ac-brief-situations" data-testid="brief-situations">
          <h2 id="ac-brief-situations" style={st.h2}>
            {s.situations}
          </h2>
          <Text as="p" variant="small" block style={{ margin: '0 0 4px', color: theme.semanticColors.bodySubtext }}>
            {s.situationsScope}
          </Text>
          {d.situations.length === 0 ? (
            <p style={st.text}>{s.situationsNone}</p>
          ) : (
            <ul style={st.list}>
              {d.situations.map((x) => (
                <li key={x.id}>
                  <strong>{date(x.date)}</strong> · {c.situationCategory[x.category]} · {x.recorder.title}
                  <div style={st.text}>{x.situation}</div>
                  {x.solution && <div style={st.text}>{`${s.solution}: ${x.solution}`}</div>}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="ac-brief-feedback" data-testid="brief-feedback">
          <h2 id="ac-brief-feedback" style={st.h2}>
            {s.feedback}
          </h2>
          {d.feedback.length === 0 ? (
            <p style={st.text}>{s.feedbackNone}</p>
          ) : (
            <ul style={st.list}>
              {d.feedback.map((x) => (
                <li key={x.id}>
                  <strong>{date(x.date)}</strong> · {c.feedbackKind[x.kind]} · {c.feedbackStatus[x.status]}
                  <div style={st.text}>{x.text}</div>
                </li>
              ))}
            </ul>
          )}
        </section>

        <Links data={d} s={s} />
      </div>
    </article>
  );
}

function ContactTable(props: { contacts: Contact[]; s: BriefStrings }): JSX.Element {
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const { s } = props;
  const cell: React.CSSProperties = { padding: '4px 8px 4px 0', verticalAlign: 'top', textAlign: 'left', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` };
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              {s.name}
            </th>
            <th scope="col" style={cell}>
              {s.role}
            </th>
            <th scope="col" style={cell}>
              {s.phone}
            </th>
            <th scope="col" style={cell}>
              {s.email}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.contacts.map((x) => {
            const roles = [...(x.roles ?? []).map((r) => c.contactRole[r]), x.jobTitle].filter(Boolean).join(', ');
            const tel = x.phone?.replace(/[^\d+]/g, '');
            return (
              <tr key={x.id}>
                <th scope="row" style={{ ...cell, fontWeight: 600 }}>
                  {x.name}
                  <div style={{ fontWeight: 400, color: theme.semanticColors.bodySubtext }}>{x.side === 'customer' ? x.organisation || c.contactSide.customer : c.contactSide.provider}</div>
                </th>
                <td style={cell}>{roles}</td>
                <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                  {x.phone && tel ? (
                    <Link href={`tel:${tel}`} aria-label={format(s.callName, { name: x.name, value: x.phone })}>
                      {x.phone}
                    </Link>
                  ) : null}
                </td>
                <td style={{ ...cell, overflowWrap: 'anywhere' }}>
                  {x.email && safeUrl(`mailto:${x.email}`) ? (
                    <Link href={`mailto:${x.email}`} aria-label={format(s.emailName, { name: x.name, value: x.email })}>
                      {x.email}
                    </Link>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Links(props: { data: HandoverBriefData; s: BriefStrings }): JSX.Element {
  const { s } = props;
  const a = props.data.account;
  const links = [
    { label: s.workspace, url: safeUrl(a.workspaceUrl?.url), text: a.workspaceUrl?.description },
    { label: s.caseSystem, url: safeUrl(a.caseSystemUrl?.url), text: a.caseSystemUrl?.description },
    ...(a.keyDocuments ?? []).map((k) => ({ label: k.title, url: safeUrl(k.url), text: undefined })),
  ].filter((l) => l.url);
  return (
    <section aria-labelledby="ac-brief-links" data-testid="brief-links">
      <h2 id="ac-brief-links" style={{ fontSize: 18, fontWeight: 600, margin: '16px 0 6px' }}>
        {s.links}
      </h2>
      {links.length === 0 ? (
        <p style={{ margin: 0 }}>{s.linksNone}</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {links.map((l, i) => (
            <li key={i}>
              <Link href={l.url} target="_blank" rel="noopener noreferrer">
                {l.text ? `${l.label}: ${l.text}` : l.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function styles(theme: Theme) {
  return {
    h2: { fontSize: theme.fonts.large.fontSize, fontWeight: 600, margin: '16px 0 6px' } as React.CSSProperties,
    h3: { fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600, margin: '10px 0 4px' } as React.CSSProperties,
    // User text as written: line breaks kept, never markup.
    text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as React.CSSProperties,
    list: { margin: 0, paddingLeft: 20, display: 'grid', gap: 4 } as React.CSSProperties,
    plain: { margin: 0, padding: 0, listStyle: 'none' } as React.CSSProperties,
    facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 12px', margin: '0 0 12px' } as React.CSSProperties,
    term: { fontWeight: 600 } as React.CSSProperties,
    def: { margin: 0 } as React.CSSProperties,
    highlight: {
      border: `1px solid ${theme.semanticColors.bodyDivider}`,
      borderLeft: `4px solid ${theme.palette.themePrimary}`,
      background: theme.palette.themeLighterAlt,
      borderRadius: 4,
      padding: '0 12px 12px',
      marginTop: 8,
    } as React.CSSProperties,
  };
}

export const HandoverBrief = withStrings<HandoverBriefProps>([briefBundle, choiceBundle], Brief);
