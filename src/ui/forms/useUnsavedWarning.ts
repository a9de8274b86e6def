/**
 * Asks before the page is left (closed, reloaded, navigated away) while the user has typed something not yet
 * saved. Browsers show their own wording; the draft itself is also kept in sessionStorage (drafts.ts), so a
 * reload that goes ahead anyway still gives the text back.
 */
import * as React from 'react';

export function useUnsavedWarning(unsaved: boolean): void {
  React.useEffect(() => {
    if (!unsaved) return undefined;
    const warn = (e: BeforeUnloadEvent): string => {
      e.preventDefault();
      // Older browsers need a return value to ask.
      e.returnValue = '';
      return '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
