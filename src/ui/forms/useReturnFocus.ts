/**
 * WCAG 2.4.3 (focus order): when a panel or dialog closes — saved, cancelled, Escape, the close button — focus goes
 * back to the control that opened it, so a keyboard or screen-reader user continues where they were. Call it in the
 * component that is mounted while the panel is open: it remembers what had focus when it mounted (the opener,
 * focused by the click or key press that opened it) and focuses it again when it unmounts. When a save redrew the
 * opener (a new element), the control with the same accessible name takes the focus.
 */
import * as React from 'react';

function replacementFor(opener: HTMLElement): HTMLElement | undefined {
  const label = opener.getAttribute('aria-label');
  const candidates = Array.from(document.querySelectorAll<HTMLElement>(opener.tagName));
  return candidates.find((el) => (label ? el.getAttribute('aria-label') === label : el.textContent === opener.textContent) && !el.hasAttribute('disabled'));
}

export function useReturnFocus(): void {
  const [opener] = React.useState(() => (typeof document !== 'undefined' && document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : undefined));
  React.useEffect(
    () => () => {
      if (!opener) return;
      // After the panel's own layer and focus trap are gone.
      window.setTimeout(() => {
        const target = opener.isConnected ? opener : replacementFor(opener);
        target?.focus();
      }, 0);
    },
    [opener],
  );
}
