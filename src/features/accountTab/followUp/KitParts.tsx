/** What the meeting kit attaches to each standard agenda item (docs/care-model.md §3). */
import * as React from 'react';
import { ActionButton, Link, Text, useTheme } from '@fluentui/react';
import type { OccurrenceState } from '../../../domain/clock';
import { formatDate, formatDateTime, IsoDate } from '../../../domain/dates';
import { KitAgendaItem, meetingDate, meetingQuarter, meetingYear, MeetingKit, periodLabel } from '../../../domain/meetingKit';
import type { Meeting } from '../../../domain/types';
import type { ChoiceLabels } from '../../../loc/choices';
import type { FollowUpStrings } from '../strings/followUp';
import { format } from '../../../loc/strings';
import { safeUrl } from '../../../ui/safeUrl';
import { ActionList } from './ActionList';
import { SatisfactionResults } from './SatisfactionResults';
import { StateText, Tone } from './StateText';
import { formatAmount, monthName } from './text';

export interface KitProps {
  meeting: Meeting;
  kit: MeetingKit;
  today: IsoDate;
  locale: string;
  s: FollowUpStrings;
  c: ChoiceLabels;
  onSelect: (id: number) => void;
}

const sub: React.CSSProperties = { margin: '8px 0 4px', fontWeight: 600 };
const pre: React.CSSProperties = { whiteSpace: 'pre-wrap', margin: '4px 0' };

function SubHeading(props: { children: React.ReactNode }): JSX.Element {
  return (
    <Text as="h5" block variant="medium" style={sub}>
      {props.children}
    </Text>
  );
}

function ExternalLink(props: { url?: string; children: React.ReactNode }): JSX.Element | null {
  const href = safeUrl(props.url);
  if (!href) return null;
  return (
    <Link href={href} target="_blank" rel="noopener noreferrer">
      {props.children}
    </Link>
  );
}

function OpenMeeting(props: { meeting: Meeting; s: FollowUpStrings; onSelect: (id: number) => void }): JSX.Element {
  const label = format(props.s.kit.showMeeting, { title: periodLabel(meetingYear(props.meeting), meetingQuarter(props.meeting)) });
  return <ActionButton iconProps={{ iconName: 'Forward' }} onClick={() => props.onSelect(props.meeting.id)} text={label} style={{ height: 28, paddingLeft: 0 }} />;
}

function PreviousMinutes(p: KitProps): JSX.Element {
  const theme = useTheme();
  const prev = p.kit.previous;
  const k = p.s.kit;
  return (
    <div data-testid="fu-kit-previous">
      {prev ? (
        <>
          <Text block>{format(k.previousMeeting, { title: prev.title, date: formatDate(meetingDate(prev), p.locale) })}</Text>
          {prev.minutes?.trim() ? (
            <div style={{ borderLeft: `3px solid ${theme.semanticColors.bodyDivider}`, paddingLeft: 10, margin: '6px 0' }} data-testid="fu-prev-minutes">
              <Text block style={pre}>
                {prev.minutes}
              </Text>
            </div>
          ) : (
            <StateText icon="Warning" text={k.previousNoMinutes} tone="warning" strong />
          )}
          {prev.decisions?.trim() && (
            <>
              <SubHeading>{k.decisions}</SubHeading>
              <Text block style={pre} data-testid="fu-prev-decisions">
                {prev.decisions}
              </Text>
            </>
          )}
          <div>
            <ExternalLink url={prev.minutesUrl?.url}>{prev.minutesUrl?.description || k.minutesDocument}</ExternalLink>
          </div>
          <OpenMeeting meeting={prev} s={p.s} onSelect={p.onSelect} />
        </>
      ) : (
        <Text block>{k.noPrevious}</Text>
      )}
      <SubHeading>{k.openActions}</SubHeading>
      <ActionList actions={p.kit.openActions} empty={k.noOpenActions} today={p.today} locale={p.locale} s={p.s} c={p.c} testId="fu-open-actions" />
    </div>
  );
}

const CLOCK_ICON: Record<OccurrenceState, { icon: string; tone: Tone }> = {
  done: { icon: 'CheckMark', tone: 'success' },
  overdue: { icon: 'Warning', tone: 'error' },
  dueSoon: { icon: 'Clock', tone: 'warning' },
  upcoming: { icon: 'Calendar', tone: 'neutral' },
};

function Economy(p: KitProps): JSX.Element {
  const e = p.kit.economy;
  const k = p.s.kit;
  return (
    <div data-testid="fu-kit-economy">
      {e.budget !== undefined && e.agreement ? (
        <>
          <Text block style={{ fontWeight: 600 }} data-testid="fu-budget">
            {format(k.budget, { year: e.year, amount: formatAmount(e.budget, p.locale) })}
          </Text>
          <Text block variant="small">
            {format(k.budgetSource, { title: e.agreement.title })}
          </Text>
        </>
      ) : (
        <Text block>{format(k.noBudget, { year: e.year })}</Text>
      )}
      {e.next && (
        // The December group sees next year's agreement against its Christmas deadline beside this year's figures.
        <Text block data-testid="fu-next-agreement" style={{ marginTop: 4 }}>
          {format(e.next.deadline ? k.nextAgreement : k.nextAgreementNoDeadline, {
            year: e.next.agreement.year,
            stage: p.c.agreementStage[e.next.stage],
            deadline: e.next.deadline ? formatDate(e.next.deadline, p.locale) : '',
            state: k.agreementState[e.next.state],
          })}
        </Text>
      )}
      <SubHeading>{format(k.financeClock, { from: formatDate(e.from, p.locale), to: formatDate(e.to, p.locale) })}</SubHeading>
      {e.tasks.length ? (
        <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="fu-economy-tasks">
          {e.tasks.map((t) => (
            <li key={t.occurrence.id}>
              <Text>{t.task?.title ?? '—'}</Text>{' '}
              <Text variant="small">· {formatDate(t.occurrence.dueDate, p.locale)} · </Text>
              <StateText icon={CLOCK_ICON[t.state].icon} tone={CLOCK_ICON[t.state].tone} text={k.clockState[t.state]} />
            </li>
          ))}
        </ul>
      ) : (
        <Text block>{k.noFinanceClock}</Text>
      )}
      <Text block variant="small" style={{ marginTop: 6, fontStyle: 'italic' }}>
        {k.financeReportHint}
      </Text>
    </div>
  );
}

function Services(p: KitProps): JSX.Element {
  const v = p.kit.services;
  const k = p.s.kit;
  const docs = v.keyDocuments.filter((d) => safeUrl(d.url));
  const nothing = !safeUrl(v.workspace?.url) && !safeUrl(v.agreementDocument?.url) && !v.appendices.length && !docs.length;
  return (
    <div data-testid="fu-kit-services">
      <Text block>{k.servicesToimi}</Text>
      {nothing && <Text block>{k.noServiceLinks}</Text>}
      <ul style={{ margin: '6px 0 0', paddingLeft: 20 }}>
        {safeUrl(v.workspace?.url) && (
          <li>
            <ExternalLink url={v.workspace?.url}>{k.workspace}</ExternalLink>
          </li>
        )}
        {safeUrl(v.agreementDocument?.url) && (
          <li>
            <ExternalLink url={v.agreementDocument?.url}>{v.agreementDocument?.description || k.agreementDocument}</ExternalLink>
          </li>
        )}
      </ul>
      {v.appendices.length > 0 && (
        <>
          <SubHeading>{k.appendices}</SubHeading>
          <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="fu-appendices">
            {v.appendices.map((a, i) => (
              <li key={i}>
                {safeUrl(a.url) ? <ExternalLink url={a.url}>{a.title}</ExternalLink> : <Text>{a.title}</Text>}
                {a.audience && <Text variant="small"> ({a.audience})</Text>}
              </li>
            ))}
          </ul>
        </>
      )}
      {docs.length > 0 && (
        <>
          <SubHeading>{k.keyDocuments}</SubHeading>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {docs.map((d, i) => (
              <li key={i}>
                <ExternalLink url={d.url}>{d.title}</ExternalLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Development(p: KitProps): JSX.Element {
  const theme = useTheme();
  const d = p.kit.development;
  const k = p.s.kit;
  return (
    <div data-testid="fu-kit-development">
      <SubHeading>{k.ideas}</SubHeading>
      {d.ideas.length ? (
        <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="fu-ideas">
          {d.ideas.map((i) => (
            <li key={i.id}>
              <Text>{i.title}</Text>{' '}
              <Text variant="small" style={{ color: theme.semanticColors.bodySubtext }}>
                · {p.c.ideaStage[i.stage]}
                {i.owner?.title ? ` · ${i.owner.title}` : ''}
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text block>{k.noIdeas}</Text>
      )}
      <SubHeading>{k.inProgress}</SubHeading>
      <ActionList actions={d.inProgress} empty={k.noInProgress} today={p.today} locale={p.locale} s={p.s} c={p.c} testId="fu-in-progress" />
    </div>
  );
}

function NextMeeting(p: KitProps): JSX.Element {
  const f = p.kit.following;
  const k = p.s.kit;
  if (f) {
    return (
      <div data-testid="fu-kit-next">
        <Text block>{k.nextAgreed}</Text>
        <Text block style={{ fontWeight: 600 }}>
          {f.title} · {formatDateTime(f.startsAt, p.locale)}
        </Text>
        <OpenMeeting meeting={f} s={p.s} onSelect={p.onSelect} />
      </div>
    );
  }
  return (
    <Text block data-testid="fu-kit-next">
      {format(k.noNextAgreed, { month: monthName(p.kit.suggestedNext.year, p.kit.suggestedNext.month, p.locale) })}
    </Text>
  );
}

/** The kit for one agenda item, or nothing for items the data has nothing to add to. */
export function KitFor(props: KitProps & { item: KitAgendaItem }): JSX.Element | null {
  switch (props.item.key) {
    case 'opening':
      return props.meeting.chair ? <Text block>{format(props.s.kit.opening, { chair: props.meeting.chair })}</Text> : null;
    case 'previousMinutes':
      return <PreviousMinutes {...props} />;
    case 'economy':
      return <Economy {...props} />;
    case 'services':
      return <Services {...props} />;
    case 'development':
      return <Development {...props} />;
    case 'satisfaction':
      return <SatisfactionResults kit={props.kit.satisfaction} today={props.today} locale={props.locale} s={props.s} c={props.c} />;
    case 'other':
      return <Text block variant="small">{props.s.kit.otherHint}</Text>;
    case 'nextMeeting':
      return <NextMeeting {...props} />;
    default:
      return null;
  }
}
