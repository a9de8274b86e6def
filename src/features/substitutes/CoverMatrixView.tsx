/**
 * Leadership's cover matrix: accounts × the people who can cover them (manager, backup, substitutes named in the
 * absences in view). An account with nobody but its manager, or with one person besides, is a single point of
 * failure: its row says so in words and with an icon, and is tinted; a filter shows only those.
 */
import * as React from 'react';
import { Checkbox, Icon, mergeStyleSets, Text, useTheme } from '@fluentui/react';
import type { Theme } from '@fluentui/react';
import type { CoverMatrix, CoverMatrixRow } from '../../domain/cover';
import { format } from '../../loc/strings';
import { useBundle } from '../../ui/AppContext';
import { bundle as subsBundle } from './strings';
import { personName } from './text';

export function CoverMatrixView(props: { matrix: CoverMatrix }): JSX.Element {
  const s = useBundle(subsBundle);
  const t = s.matrix;
  const theme = useTheme();
  const classes = React.useMemo(() => classesFor(theme), [theme]);
  const [onlySpof, setOnlySpof] = React.useState(false);
  const rows = props.matrix.rows.filter((r) => !onlySpof || r.singlePointOfFailure);
  const people = props.matrix.people;
  const status = (r: CoverMatrixRow): string => (r.noCover ? t.noCover : r.singlePointOfFailure ? t.spof : format(t.ok, { count: String(r.coverCount) }));

  return (
    <div data-testid="cover-matrix">
      <Checkbox label={t.onlySpof} checked={onlySpof} onChange={(_, v) => setOnlySpof(!!v)} />
      <Text as="p" variant="small" role="status" style={{ margin: '6px 0' }}>
        {format(t.count, { shown: String(rows.length), total: String(props.matrix.rows.length) })}
      </Text>
      {props.matrix.rows.length === 0 ? (
        <Text as="p">{t.none}</Text>
      ) : (
        <div className={classes.scroller}>
          <table className={classes.table}>
            <caption className={classes.caption}>{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col" className={classes.th}>
                  {t.account}
                </th>
                <th scope="col" className={classes.th}>
                  {t.status}
                </th>
                {people.map((p) => (
                  <th scope="col" key={p.id} className={classes.th}>
                    {personName(p, s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const risky = r.singlePointOfFailure;
                return (
                  <tr key={r.account.id} className={risky ? classes.risky : undefined} data-testid={`matrix-row-${r.account.id}`} data-spof={risky ? 'true' : 'false'}>
                    <th scope="row" className={classes.rowHead}>
                      {r.account.abbreviation ? `${r.account.name} (${r.account.abbreviation})` : r.account.name}
                    </th>
                    <td className={classes.td}>
                      {risky && <Icon iconName={r.noCover ? 'ErrorBadge' : 'Warning'} aria-hidden className={classes.icon} />}
                      <span className={risky ? classes.riskText : undefined}>{status(r)}</span>
                    </td>
                    {people.map((p) => {
                      const cell = r.cells.find((x) => x.person.id === p.id);
                      return (
                        <td key={p.id} className={classes.td}>
                          {cell && (
                            <>
                              <span aria-hidden="true">{cell.roles.map((role) => t.rolesShort[role]).join(', ')}</span>
                              <span className={classes.srOnly}>{cell.roles.map((role) => t.roles[role]).join(', ')}</span>
                            </>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Text as="p" variant="small" style={{ marginTop: 8 }}>
        {t.legend}
      </Text>
    </div>
  );
}

function classesFor(theme: Theme) {
  const sc = theme.semanticColors;
  const p = theme.palette;
  return mergeStyleSets({
    scroller: { overflowX: 'auto', maxWidth: '100%' },
    table: { borderCollapse: 'collapse', minWidth: '100%', fontSize: theme.fonts.medium.fontSize, color: sc.bodyText },
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0 8px' },
    th: { textAlign: 'left', padding: '6px 8px', borderBottom: `2px solid ${sc.bodyDivider}`, verticalAlign: 'bottom', fontWeight: 600 },
    rowHead: { textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${sc.bodyDivider}`, fontWeight: 600 },
    td: { padding: '6px 8px', borderBottom: `1px solid ${sc.bodyDivider}`, whiteSpace: 'nowrap' },
    // The tint supports the words and the icon; it is never the only sign.
    risky: { background: sc.warningBackground, color: sc.warningText, selectors: { th: { borderLeft: `4px solid ${p.orangeLighter}` } } },
    riskText: { fontWeight: 600 },
    icon: { marginRight: 6, verticalAlign: 'middle' },
    srOnly: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  });
}
