/**
 * What the brief and the hand-back list share: a toolbar (Back, Print) and the print stylesheet. Printing shows
 * only the element with PRINT_ROOT (the rest of the page, the host's chrome included, is not printed), on A4, black
 * on white whatever the theme, without the buttons, each section kept on one page where it fits.
 */
import * as React from 'react';
import { ActionButton, IButton, Stack } from '@fluentui/react';

export const PRINT_ROOT = 'ac-print-root';

const CSS = `
@media print {
  @page { size: A4; margin: 16mm 15mm 18mm 15mm; }
  html, body { background: #fff !important; }
  body *:not(:has(.${PRINT_ROOT})):not(.${PRINT_ROOT}):not(.${PRINT_ROOT} *) { display: none !important; }
  body * { visibility: hidden; }
  .${PRINT_ROOT}, .${PRINT_ROOT} * { visibility: visible; }
  .${PRINT_ROOT} { position: absolute; inset: 0 auto auto 0; width: 100%; padding: 0 !important; font-size: 10.5pt; line-height: 1.4; }
  .${PRINT_ROOT}, .${PRINT_ROOT} * { color: #000 !important; background: transparent !important; box-shadow: none !important; border-color: #888 !important; }
  .${PRINT_ROOT} [data-print="hide"] { display: none !important; }
  .${PRINT_ROOT} h1 { font-size: 16pt; margin: 0 0 6pt; }
  .${PRINT_ROOT} h2 { font-size: 12.5pt; margin: 10pt 0 4pt; break-after: avoid; }
  .${PRINT_ROOT} h3 { font-size: 11pt; break-after: avoid; }
  .${PRINT_ROOT} section, .${PRINT_ROOT} li, .${PRINT_ROOT} tr { break-inside: avoid; }
  .${PRINT_ROOT} [data-print="new-page"] { break-before: page; }
  .${PRINT_ROOT} a { text-decoration: underline; }
  .${PRINT_ROOT} a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 8.5pt; overflow-wrap: anywhere; }
}`;

/** The print stylesheet; rendered with the part that prints, so it applies only while that part is shown. */
export function PrintStyles(): JSX.Element {
  return <style data-testid="print-styles">{CSS}</style>;
}

/** Back (focused when the part opens, so keyboard users land on it) and Print. */
export function PrintToolbar(props: { label: string; back: string; print: string; onBack(): void }): JSX.Element {
  const back = React.useRef<IButton>(null);
  React.useEffect(() => back.current?.focus(), []);
  return (
    <Stack horizontal wrap horizontalAlign="space-between" role="group" aria-label={props.label} data-print="hide" tokens={{ childrenGap: 8 }}>
      <ActionButton componentRef={back} iconProps={{ iconName: 'Back' }} onClick={props.onBack} data-testid="brief-back">
        {props.back}
      </ActionButton>
      <ActionButton iconProps={{ iconName: 'Print' }} onClick={() => window.print()} data-testid="brief-print">
        {props.print}
      </ActionButton>
    </Stack>
  );
}
