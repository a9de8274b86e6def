/**
 * Fluent UI's icon font lives on a Microsoft CDN the workbench must not depend on (offline, tests). Register the
 * few icons our components use as inline SVG instead; unknown icons render nothing, without console warnings.
 */
import * as React from 'react';
import { registerIcons, setIconOptions } from '@fluentui/react';

function svg(d: string, opts: { stroke?: boolean } = {}): JSX.Element {
  return (
    <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false" style={{ verticalAlign: '-0.125em' }}>
      {opts.stroke ? (
        <path d={d} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      ) : (
        <path d={d} fill="currentColor" />
      )}
    </svg>
  );
}

const chevronDown = svg('M3.5 6l4.5 4.5L12.5 6', { stroke: true });
const chevronUp = svg('M3.5 10L8 5.5l4.5 4.5', { stroke: true });
const chevronRight = svg('M6 3.5L10.5 8 6 12.5', { stroke: true });
const chevronLeft = svg('M10 3.5L5.5 8l4.5 4.5', { stroke: true });
const check = svg('M3 8.5l3 3 7-7', { stroke: true });
const cross = svg('M4 4l8 8M12 4l-8 8', { stroke: true });
const info = svg('M8 1a7 7 0 110 14A7 7 0 018 1zm0 1.2a5.8 5.8 0 100 11.6A5.8 5.8 0 008 2.2zM7.4 7h1.2v4.6H7.4zm.6-2.6a.8.8 0 110 1.6.8.8 0 010-1.6z');
const error = svg('M8 1a7 7 0 110 14A7 7 0 018 1zm-.6 3.5v5h1.2v-5zM8 10.6a.8.8 0 100 1.6.8.8 0 000-1.6z');
const warning = svg('M8 1.5l7 12.5H1zm-.6 4.5v4h1.2V6zM8 11a.75.75 0 100 1.5A.75.75 0 008 11z');
const completed = svg('M8 1a7 7 0 110 14A7 7 0 018 1zm3.2 4.1L7 9.3 4.8 7.1l-.85.85L7 11l5.05-5.05z');
const blocked = svg('M8 1a7 7 0 110 14A7 7 0 018 1zM3.6 4.45A5.8 5.8 0 0011.55 12.4zm.85-.85l7.95 7.95A5.8 5.8 0 004.45 3.6z');
const sortUp = svg('M8 13V3M4 7l4-4 4 4', { stroke: true });
const sortDown = svg('M8 3v10M4 9l4 4 4-4', { stroke: true });
const circle = svg('M8 2a6 6 0 110 12A6 6 0 018 2z', { stroke: true });
const person = svg('M8 1.5a3 3 0 110 6 3 3 0 010-6zM2.5 14c.4-3 2.6-4.8 5.5-4.8s5.1 1.8 5.5 4.8z');

const add = svg('M8 3v10M3 8h10', { stroke: true });
const addPerson = svg('M6.5 2a2.5 2.5 0 110 5 2.5 2.5 0 010-5zM1.5 13.5c.3-2.6 2.2-4.2 5-4.2 1 0 1.9.2 2.6.6M12 9v5M9.5 11.5h5', { stroke: true });
const back = svg('M13 8H3M7 4L3 8l4 4', { stroke: true });
const forward = svg('M3 8h10M9 4l4 4-4 4', { stroke: true });
const calendar = svg('M2.5 3.5h11v10h-11zM2.5 6.5h11M5.5 2v3M10.5 2v3', { stroke: true });
const clock = svg('M8 2a6 6 0 110 12A6 6 0 018 2zM8 4.5V8l2.5 1.5', { stroke: true });
const copy = svg('M5.5 5.5h8v8h-8zM10.5 5.5v-3h-8v8h3', { stroke: true });
const edit = svg('M10.5 2.5l3 3-8 8h-3v-3z', { stroke: true });
const mail = svg('M2 4h12v8H2zM2 4l6 5 6-5', { stroke: true });
const refresh = svg('M13 8a5 5 0 11-1.5-3.5M13 2.5v3h-3', { stroke: true });
const card = svg('M1.5 3.5h13v9h-13zM4 6.5a1.3 1.3 0 112.6 0 1.3 1.3 0 01-2.6 0zM3.2 10.5c.3-1 1-1.6 2.1-1.6s1.8.6 2.1 1.6M9.5 6.5h3.5M9.5 9h3.5', { stroke: true });
const teams = svg('M2 4.5h7v7H2zM4 6.5h3M5.5 6.5v3.5M10.5 6h3v4a1.5 1.5 0 01-3 0zM12 2.5a1.2 1.2 0 110 2.4 1.2 1.2 0 010-2.4z', { stroke: true });
const pin = svg('M9.5 2l4.5 4.5-2 .5-2.5 2.5-.5 3-5-5 3-.5L9.5 4.5zM5.5 10.5L2 14', { stroke: true });
// The annual clock's toolbar.
const print = svg('M4.5 6V1.5h7V6M4.5 11.5h-3v-5.5h13v5.5h-3M4.5 9.5h7v5h-7z', { stroke: true });
const list = svg('M5.5 4h8.5M5.5 8h8.5M5.5 12h8.5M2 4h.5M2 8h.5M2 12h.5', { stroke: true });
const org = svg('M6 1.5h4v3H6zM1.5 11.5h4v3h-4zM10.5 11.5h4v3h-4zM8 4.5v3.5M3.5 11.5V8h9v3.5', { stroke: true });
const undo = svg('M5 3L2 6l3 3M2 6h7.5a4 4 0 010 8H6', { stroke: true });
const filter = svg('M1.5 2.5h13L9.5 8.5v5l-3-1.5V8.5z', { stroke: true });
const clearFilter = svg('M1.5 2.5h11L8.5 7.5v6l-2.5-1.5V7.5zM11 10l3.5 3.5M14.5 10L11 13.5', { stroke: true });
const people = svg('M5.5 2a2.3 2.3 0 110 4.6 2.3 2.3 0 010-4.6zM1 13.5c.3-2.5 2-4 4.5-4s4.2 1.5 4.5 4M11 3a2 2 0 110 4M12 9.5c1.7.3 2.8 1.7 3 4', { stroke: true });
const docs = svg('M4.5 1.5h5l3 3v8h-8zM9.5 1.5v3h3M2.5 4v10.5h8', { stroke: true });

let done = false;

export function registerWorkbenchIcons(): void {
  if (done) return;
  done = true;
  setIconOptions({ disableWarnings: true });
  registerIcons({
    icons: {
      ChevronDown: chevronDown,
      ChevronDownMed: chevronDown,
      ChevronDownSmall: chevronDown,
      ChevronUp: chevronUp,
      ChevronUpSmall: chevronUp,
      DoubleChevronDown: chevronDown,
      DoubleChevronUp: chevronUp,
      ChevronRight: chevronRight,
      ChevronLeft: chevronLeft,
      ChevronLeftMed: chevronLeft,
      ChevronRightMed: chevronRight,
      ChevronRightSmall: chevronRight,
      CheckMark: check,
      StatusCircleCheckmark: check,
      Cancel: cross,
      Clear: cross,
      Info: info,
      Error: error,
      ErrorBadge: error,
      Warning: warning,
      Completed: completed,
      Blocked2: blocked,
      SortUp: sortUp,
      SortDown: sortDown,
      CircleRing: circle,
      Contact: person,
      Add: add,
      AddFriend: addPerson,
      Back: back,
      Forward: forward,
      Calendar: calendar,
      Clock: clock,
      Copy: copy,
      Edit: edit,
      Mail: mail,
      Refresh: refresh,
      ContactCard: card,
      TeamsLogo: teams,
      Pinned: pin,
      DocumentSet: docs,
      Print: print,
      BulletedList: list,
      Org: org,
      Undo: undo,
      Filter: filter,
      ClearFilter: clearFilter,
      People: people,
    },
  });
}
