/**
 * Cross-cover readiness (ristiintuuraus): the account managers × the customers' organisation forms, with the
 * managers whose accounts are all of one form marked in words and with an icon (the tint only supports them), and
 * per account the other managers who know its form and whether its backup does. Computed from the accounts the
 * Substitutes view already read (src/domain/crossCover.ts); a chunk of its own, loaded when the tab is opened.
 */
import * as React from 'react';
import { Checkbox, Icon, mergeStyleSets, Text, useTheme } from '@fluentui/react';
import type { Theme } from '@fluentui/react';
import { crossCover, CrossCoverAccount, FormKey } from '../../../domain/crossCover';
import type { Account } from '../../../domain/types';
import { ORGANISATION_FORMS } from '../../../domain/vocabulary';
import { bundle as choiceBundle } from '../../../loc/choices';
import { format } from '../../../loc/strings';
import { useApp, useBundle } from '../../../ui/AppContext';
import { withStrings } from '../../../ui/withStrings';
import { bundle as subsBundle } from '../strings';
import { accountLabel, personName } from '../text';
import { bundle as crossBundle } from './strings';

export interface CrossCoverViewProps {
  /** The active accounts (the view's first read). */
  accounts: Account[];
}

function View(props: CrossCoverViewProps): JSX.Element {
  const { host } = useApp();
  const t = useBundle(crossBundle);
  const s = useBundle(subsBundle);
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const css = React.useMemo(() => classesFor(theme), [theme]);
  const result = React.useMemo(() => crossCover(props.accounts, new Intl.Collator(host.locale).compare), [props.accounts, host.locale]);
  const [onlyRisks, setOnlyRisks] = React.useState(false);
  const missing = result.formMissing.length > 0;
  const columns: FormKey[] = missing ? [...ORGANISATION_FORMS, 'notGiven'] : [...ORGANISATION_FORMS];
  const formName = (f: FormKey): string => (f === 'notGiven' ? t.notGiven : c.organisationForm[f]);
  const risky = (x: CrossCoverAccount): boolean => x.nobodyElse || x.form === 'notGiven';
  const rows = result.accounts.filter((x) => !onlyRisks || risky(x));
  const oneForm = result.managers.filter((m) => m.oneForm).length;
  const n = (x: number): string => x.toLocaleString(host.locale);

  return (
    <section aria-labelledby="ac-subs-cross" data-testid="cross-cover">
      <Text as="h2" variant="large" id="ac-subs-cross" block style={{ margin: '0 0 4px' }}>
        {t.heading}
      </Text>
      <Text as="p" style={{ margin: '0 0 8px' }}>
        {t.intro}
      </Text>
      {result.accounts.length + result.unmanaged.length === 0 ? (
        <Text as="p">{t.none}</Text>
      ) : (
        <>
          <ul className={css.summary} data-testid="cross-cover-summary">
            <li>{format(t.summaryOneForm, { count: n(oneForm), total: n(result.managers.length) })}</li>
            <li>{format(t.summaryNobodyElse, { count: n(result.nobodyElse.length) })}</li>
            {missing && <li>{format(t.summaryFormMissing, { count: n(result.formMissing.length) })}</li>}
            {result.unmanaged.length > 0 && <li>{format(t.summaryUnmanaged, { count: n(result.unmanaged.length) })}</li>}
          </ul>

          <Text as="h3" variant="mediumPlus" block className={css.h3}>
            {t.managersHeading}
          </Text>
          <div className={css.scroller} role="region" aria-labelledby="ac-cross-managers" tabIndex={0}>
            <table className={css.table} data-testid="cross-cover-managers">
              <caption id="ac-cross-managers" className={css.caption}>
                {t.managersCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={css.th}>
                    {t.manager}
                  </th>
                  {columns.map((f) => (
                    <th scope="col" key={f} className={css.num}>
                      {formName(f)}
                    </th>
                  ))}
                  <th scope="col" className={css.num}>
                    {t.total}
                  </th>
                  <th scope="col" className={css.th}>
                    {t.status}
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.managers.map((m) => (
                  <tr key={m.manager.id} className={m.oneForm ? css.risky : undefined} data-one-form={m.oneForm ? 'true' : 'false'}>
                    <th scope="row" className={css.rowHead}>
                      {personName(m.manager, s)}
                    </th>
                    {columns.map((f) => (
                      <td key={f} className={css.numCell}>
                        {n(m.counts[f])}
                      </td>
                    ))}
                    <td className={css.numCell}>{n(m.total)}</td>
                    <td className={css.td}>
                      {m.oneForm ? (
                        <>
                          <Icon iconName="Warning" aria-hidden className={css.icon} />
                          <strong>{format(t.oneForm, { form: formName(m.forms[0]) })}</strong>
                        </>
                      ) : m.forms.length ? (
                        format(t.forms, { count: n(m.forms.length) })
                      ) : (
                        t.noForms
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" className={css.rowHead}>
                    {t.holders}
                  </th>
                  {columns.map((f) => (
                    <td key={f} className={css.numCell}>
                      {f === 'notGiven' ? '' : n(result.holders[f].length)}
                    </td>
                  ))}
                  <td className={css.td} />
                  <td className={css.td} />
                </tr>
              </tfoot>
            </table>
          </div>

          <Text as="h3" variant="mediumPlus" block className={css.h3}>
            {t.accountsHeading}
          </Text>
          <Checkbox label={t.onlyRisks} checked={onlyRisks} onChange={(_, v) => setOnlyRisks(!!v)} />
          <Text as="p" variant="small" role="status" style={{ margin: '6px 0' }}>
            {format(t.count, { shown: n(rows.length), total: n(result.accounts.length) })}
          </Text>
          <div className={css.scroller} role="region" aria-labelledby="ac-cross-accounts" tabIndex={0}>
            <table className={css.table} data-testid="cross-cover-accounts">
              <caption id="ac-cross-accounts" className={css.caption}>
                {t.accountsCaption}
              </caption>
              <thead>
                <tr>
                  {[t.account, t.form, t.manager, t.canCover, t.backup].map((h) => (
                    <th scope="col" key={h} className={css.th}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((x) => (
                  <tr key={x.account.id} className={risky(x) ? css.risky : undefined}>
                    <th scope="row" className={css.rowHead}>
                      {x.account.abbreviation ? `${x.account.name} (${x.account.abbreviation})` : x.account.name}
                    </th>
                    <td className={css.td}>{formName(x.form)}</td>
                    <td className={css.td}>{personName(x.manager, s)}</td>
                    <td className={css.td}>
                      {x.coveredBy.length ? (
                        x.coveredBy.map((p) => personName(p, s)).join(', ')
                      ) : (
                        <>
                          <Icon iconName={x.nobodyElse ? 'ErrorBadge' : 'Info'} aria-hidden className={css.icon} />
                          <strong>{x.nobodyElse ? t.nobodyElse : t.formMissing}</strong>
                        </>
                      )}
                    </td>
                    <td className={css.td}>
                      {!x.backup ? t.noBackup : format(x.backupKnowsForm ? t.backupKnows : t.backupNew, { name: personName(x.backup, s) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {result.unmanaged.length > 0 && (
            <>
              <Text as="h3" variant="mediumPlus" block className={css.h3}>
                {t.unmanagedHeading}
              </Text>
              <ul className={css.summary} data-testid="cross-cover-unmanaged">
                {result.unmanaged.map((a) => (
                  <li key={a.id}>{accountLabel(a, a.id)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function classesFor(theme: Theme) {
  const sc = theme.semanticColors;
  const cell = { padding: '6px 8px', borderBottom: `1px solid ${sc.bodyDivider}` };
  return mergeStyleSets({
    summary: { margin: '0 0 8px', paddingLeft: 20 },
    h3: { fontWeight: 600, margin: '12px 0 4px' },
    // Focusable, so a keyboard user can scroll a wide table sideways.
    scroller: { overflowX: 'auto', maxWidth: '100%', selectors: { ':focus-visible': { outline: `2px solid ${sc.focusBorder}` } } },
    table: { borderCollapse: 'collapse', minWidth: '100%', fontSize: theme.fonts.medium.fontSize, color: sc.bodyText },
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0 8px' },
    th: { textAlign: 'left', padding: '6px 8px', borderBottom: `2px solid ${sc.bodyDivider}`, verticalAlign: 'bottom', fontWeight: 600 },
    num: { textAlign: 'right', padding: '6px 8px', borderBottom: `2px solid ${sc.bodyDivider}`, verticalAlign: 'bottom', fontWeight: 600 },
    rowHead: { ...cell, textAlign: 'left', fontWeight: 600 },
    td: cell,
    numCell: { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
    // The tint supports the words and the icon; it is never the only sign.
    risky: { background: sc.warningBackground, color: sc.warningText },
    icon: { marginRight: 6, verticalAlign: 'middle' },
  });
}

export const CrossCoverView = withStrings<CrossCoverViewProps>([crossBundle], View);
