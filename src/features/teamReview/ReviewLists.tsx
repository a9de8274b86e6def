/**
 * What the meeting goes through: situation records grouped by category and then account (conflict contacts always
 * included), and feedback grouped by kind and then account, each marked reviewed with one button (etag-safe; an item
 * someone else marked first counts as done and says so). Users' text is shown as plain text.
 */
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import type { DataError } from '../../data/errors';
import { markReviewed, ReviewList, TeamReviewData } from '../../data/queries/teamReview';
import { formatDate } from '../../domain/dates';
import type { Account, Feedback, SituationRecord } from '../../domain/types';
import { FEEDBACK_KINDS, SITUATION_CATEGORIES } from '../../domain/vocabulary';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { errorMessage } from '../../ui/errorMessage';
import { bundle as reviewBundle } from './strings';

interface Group<T> {
  key: string;
  label: string;
  accounts: { key: string; label: string; items: T[] }[];
  count: number;
}

/** Groups by `first` (in the vocabulary's order), then by account name (no account last). */
function grouped<T extends { accountId?: number }>(items: T[], order: readonly string[], first: (x: T) => string, labelOf: (k: string) => string, accounts: Map<number, Account>, noAccount: string, collator: Intl.Collator): Group<T>[] {
  const out: Group<T>[] = [];
  for (const key of order) {
    const inGroup = items.filter((x) => first(x) === key);
    if (!inGroup.length) continue;
    const byAccount = new Map<string, { key: string; label: string; items: T[] }>();
    for (const x of inGroup) {
      const a = x.accountId !== undefined ? accounts.get(x.accountId) : undefined;
      const k = a ? String(a.id) : 'none';
      if (!byAccount.has(k)) byAccount.set(k, { key: k, label: a ? `${a.name}${a.abbreviation ? ` (${a.abbreviation})` : ''}` : noAccount, items: [] });
      byAccount.get(k)!.items.push(x);
    }
    const list = [...byAccount.values()].sort((a, b) => (a.key === 'none' ? 1 : b.key === 'none' ? -1 : collator.compare(a.label, b.label)));
    out.push({ key, label: labelOf(key), accounts: list, count: inGroup.length });
  }
  return out;
}

export function ReviewLists(props: { data: TeamReviewData }): JSX.Element {
  const { services, host, strings } = useApp();
  const s = useBundle(reviewBundle);
  const c = useBundle(choiceBundle);
  const { data } = props;
  const [records, setRecords] = React.useState(data.records);
  const [feedback, setFeedback] = React.useState(data.feedback);
  const [busy, setBusy] = React.useState<string>();
  const [notice, setNotice] = React.useState<{ text: string; kind: 'success' | 'info' }>();
  const [failure, setFailure] = React.useState<unknown>();
  const [done, setDone] = React.useState(0);
  const accounts = React.useMemo(() => new Map(data.accounts.map((a) => [a.id, a])), [data.accounts]);
  const collator = React.useMemo(() => new Intl.Collator(host.locale), [host.locale]);
  const locale = host.locale;

  const accountLabel = (id?: number): string => {
    const a = id !== undefined ? accounts.get(id) : undefined;
    return a ? a.abbreviation || a.name : s.review.noAccount;
  };

  async function mark<T extends SituationRecord | Feedback>(list: ReviewList, item: T, what: string, remove: (id: number) => void): Promise<void> {
    const key = `${list}:${item.id}`;
    setBusy(key);
    setFailure(undefined);
    setNotice(undefined);
    try {
      const r = await markReviewed(services, list, item);
      remove(item.id);
      setDone((n) => n + 1);
      const date = formatDate(item.date, locale);
      setNotice(r.kind === 'reviewed' ? { kind: 'success', text: format(s.review.marked, { what, date }) } : { kind: 'info', text: format(s.review.alreadyMarked, { what, date }) });
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(undefined);
    }
  }

  const recordGroups = grouped(records, SITUATION_CATEGORIES, (x) => x.category, (k) => c.situationCategory[k as SituationRecord['category']] ?? k, accounts, s.review.noAccount, collator);
  const feedbackGroups = grouped(feedback, FEEDBACK_KINDS, (x) => x.kind, (k) => c.feedbackKind[k as Feedback['kind']] ?? k, accounts, s.review.noAccount, collator);
  const canRecords = data.recordRights.edit;
  const canFeedback = data.feedbackRights.edit;

  const markButton = (list: ReviewList, item: SituationRecord | Feedback, what: string, remove: (id: number) => void): JSX.Element => {
    const key = `${list}:${item.id}`;
    return (
      <DefaultButton
        text={busy === key ? s.review.marking : s.review.mark}
        iconProps={{ iconName: 'CheckMark' }}
        ariaLabel={format(s.review.markLabel, { what, account: accountLabel(item.accountId), date: formatDate(item.date, locale) })}
        disabled={busy !== undefined}
        onClick={() => void mark(list, item, what, remove)}
        data-testid={`mark-${list}-${item.id}`}
        styles={{ root: { alignSelf: 'flex-start' } }}
      />
    );
  };

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar messageBarType={notice.kind === 'success' ? MessageBarType.success : MessageBarType.info} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.close} data-testid="review-notice">
            {notice.text}
          </MessageBar>
        )}
      </div>
      {failure !== undefined && <ErrorBar error={failure} />}
      {done > 0 && <Text data-testid="reviewed-count">{format(s.review.doneToday, { count: done })}</Text>}

      <section aria-labelledby="ac-review-records" data-testid="review-records">
        <Text block as="h2" variant="large" id="ac-review-records" style={{ margin: '0 0 8px' }}>
          {s.review.recordsHeading} <span style={{ fontWeight: 400 }}>({format(s.review.count, { count: records.length })})</span>
        </Text>
        {data.ownRecordsOnly && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="own-records-only">
            {s.review.ownOnly}
          </MessageBar>
        )}
        {data.recordsError ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {format(s.review.noAccessRecords, { message: errorMessage(strings, data.recordsError as DataError) })}
          </MessageBar>
        ) : (
          <>
            {!canRecords && records.length > 0 && <Text block as="p">{s.review.readOnlyRecords}</Text>}
            <Text block as="p" style={{ margin: '4px 0' }}>
              {s.review.conflictAlways}
            </Text>
            {records.length === 0 ? (
              <Text block as="p" data-testid="records-empty">
                {s.review.recordsEmpty}
              </Text>
            ) : (
              recordGroups.map((g) => (
                <section key={g.key} aria-labelledby={`ac-rg-${g.key}`} data-category={g.key}>
                  <Text block as="h3" variant="mediumPlus" id={`ac-rg-${g.key}`} style={{ margin: '12px 0 4px' }}>
                    {g.label} ({g.count})
                  </Text>
                  {g.accounts.map((a) => (
                    <div key={a.key}>
                      <Text block as="h4" variant="medium" style={{ margin: '8px 0 4px', fontWeight: 600 }}>
                        {a.label}
                      </Text>
                      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                        {a.items.map((x) => {
                          const what = c.situationCategory[x.category] ?? x.category;
                          return (
                            <li key={x.id} data-testid={`record-${x.id}`} style={{ padding: '8px 0', borderBottom: '1px solid rgba(128,128,128,0.4)' }}>
                              <Stack tokens={{ childrenGap: 4 }}>
                                <Text variant="small">
                                  {formatDate(x.date, locale)} · {format(s.review.broughtBy, { name: x.recorder?.title ?? '' })}
                                  {x.supervisorNotified ? ` · ${s.review.supervisorNotified}` : ''}
                                </Text>
                                <Text>
                                  <strong>{s.review.situation}:</strong> <span style={{ whiteSpace: 'pre-wrap' }}>{x.situation}</span>
                                </Text>
                                <Text>
                                  <strong>{s.review.solution}:</strong> <span style={{ whiteSpace: 'pre-wrap' }}>{x.solution || s.review.noSolution}</span>
                                </Text>
                                {canRecords && markButton('situationRecords', x, what, (id) => setRecords((rs) => rs.filter((r) => r.id !== id)))}
                              </Stack>
                            </li>
                          );
                        })}
                      </ul>
                    </div>
                  ))}
                </section>
              ))
            )}
          </>
        )}
      </section>

      <section aria-labelledby="ac-review-feedback" data-testid="review-feedback">
        <Text block as="h2" variant="large" id="ac-review-feedback" style={{ margin: '0 0 8px' }}>
          {s.review.feedbackHeading} <span style={{ fontWeight: 400 }}>({format(s.review.count, { count: feedback.length })})</span>
        </Text>
        {data.feedbackError ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {format(s.review.noAccessFeedback, { message: errorMessage(strings, data.feedbackError as DataError) })}
          </MessageBar>
        ) : feedback.length === 0 ? (
          <Text block as="p" data-testid="feedback-empty">
            {s.review.feedbackEmpty}
          </Text>
        ) : (
          <>
            {!canFeedback && <Text block as="p">{s.review.readOnlyFeedback}</Text>}
            {feedbackGroups.map((g) => (
              <section key={g.key} aria-labelledby={`ac-fg-${g.key}`} data-kind={g.key}>
                <Text block as="h3" variant="mediumPlus" id={`ac-fg-${g.key}`} style={{ margin: '12px 0 4px' }}>
                  {g.label} ({g.count})
                </Text>
                {g.accounts.map((a) => (
                  <div key={a.key}>
                    <Text block as="h4" variant="medium" style={{ margin: '8px 0 4px', fontWeight: 600 }}>
                      {a.label}
                    </Text>
                    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                      {a.items.map((x) => {
                        const what = c.feedbackKind[x.kind] ?? x.kind;
                        const reason = x.reason === 'other' && x.reasonOther ? `${c.feedbackReason.other}: ${x.reasonOther}` : c.feedbackReason[x.reason];
                        return (
                          <li key={x.id} data-testid={`feedback-${x.id}`} style={{ padding: '8px 0', borderBottom: '1px solid rgba(128,128,128,0.4)' }}>
                            <Stack tokens={{ childrenGap: 4 }}>
                              <Text variant="small">
                                {formatDate(x.date, locale)} · {s.review.reason}: {reason} · {s.review.status}: {c.feedbackStatus[x.status] ?? x.status}
                              </Text>
                              <Text style={{ whiteSpace: 'pre-wrap' }}>{x.text}</Text>
                              {x.reaction && (
                                <Text>
                                  <strong>{s.review.reaction}:</strong> <span style={{ whiteSpace: 'pre-wrap' }}>{x.reaction}</span>
                                </Text>
                              )}
                              {canFeedback && markButton('feedback', x, what, (id) => setFeedback((fs) => fs.filter((r) => r.id !== id)))}
                            </Stack>
                          </li>
                        );
                      })}
                    </ul>
                  </div>
                ))}
              </section>
            ))}
          </>
        )}
      </section>
    </Stack>
  );
}
