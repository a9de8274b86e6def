/**
 * The date field: what a user types is parsed in the form the app shows dates in (d.m.yyyy in Finnish and Swedish,
 * dd/mm/yyyy or d.m.yyyy in English), whether they clicked or tabbed into the field, on Enter and on Tab; what is
 * not a date says so at the field; and the calendar speaks the user's language.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ThemeProvider } from '@fluentui/react';
import { AppContextProvider } from '../../src/ui/AppContext';
import { DateField } from '../../src/ui/forms/DateField';
import type { IsoDate } from '../../src/domain/dates';
import type { Locale } from '../../src/loc/locale';
import { fakeServices } from './fixtures/fakeServices';
import { host } from './fixtures/orkAccount';

jest.setTimeout(30000);

const LABEL = { 'fi-FI': 'Määräpäivä', 'sv-SE': 'Förfallodag', 'en-US': 'Due date' } as const;

/** A form that stores what the field reports, like the plan action panel does. */
function Form(props: { locale: Locale; initial?: IsoDate; onChange: jest.Mock }): JSX.Element {
  const [value, setValue] = React.useState(props.initial);
  return (
    <>
      <DateField
        label={LABEL[props.locale]}
        value={value}
        today="2026-10-15"
        onChange={(v) => {
          props.onChange(v);
          setValue(v);
        }}
      />
      <button type="button">next</button>
      <output data-testid="stored">{value ?? 'none'}</output>
    </>
  );
}

function mount(locale: Locale, initial?: IsoDate): { onChange: jest.Mock; field: HTMLInputElement } {
  const onChange = jest.fn();
  render(
    <ThemeProvider>
      <AppContextProvider services={fakeServices({}).services} host={host(locale)}>
        <Form locale={locale} initial={initial} onChange={onChange} />
      </AppContextProvider>
    </ThemeProvider>,
  );
  return { onChange, field: screen.getByRole('combobox', { name: LABEL[locale] }) as HTMLInputElement };
}

/** As a mouse does it: press, focus, release, click. */
function clickInto(field: HTMLElement): void {
  fireEvent.mouseDown(field);
  act(() => field.focus());
  fireEvent.mouseUp(field);
  fireEvent.click(field);
}

function type(field: HTMLElement, text: string): void {
  fireEvent.change(field, { target: { value: text } });
}

function pressEnter(field: HTMLElement): void {
  fireEvent.keyDown(field, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
}

/** Tab: the key goes to the field, then focus moves to the next control. */
function pressTab(field: HTMLElement): void {
  fireEvent.keyDown(field, { key: 'Tab', code: 'Tab', keyCode: 9, which: 9 });
  act(() => screen.getByRole('button', { name: 'next' }).focus());
}

describe('typing a date', () => {
  it('clicked into with the mouse, 1.9.2027 + Enter stores 1 September 2027 (not today), in Finnish', async () => {
    const { field, onChange } = mount('fi-FI');
    clickInto(field);
    // A click does not open the calendar or take focus away from the text.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(field).toHaveFocus();
    type(field, '1.9.2027');
    pressEnter(field);
    expect(await screen.findByText('2027-09-01')).toBeInTheDocument();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('2027-09-01');
    expect(field).toHaveValue('1.9.2027');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(field).toHaveFocus();
  });

  it('clicked into with the mouse, 1.9.2027 + Tab stores it, in Finnish', async () => {
    const { field, onChange } = mount('fi-FI', '2026-12-31');
    clickInto(field);
    type(field, '1.9.2027');
    pressTab(field);
    expect(await screen.findByText('2027-09-01')).toBeInTheDocument();
    expect(onChange).toHaveBeenCalledWith('2027-09-01');
    expect(field).toHaveValue('1.9.2027');
  });

  it('tabbed into, d.m.yyyy + Tab and + Enter store the date in Swedish', async () => {
    const { field } = mount('sv-SE');
    act(() => field.focus());
    type(field, '1.9.2027');
    pressTab(field);
    expect(await screen.findByText('2027-09-01')).toBeInTheDocument();
    act(() => field.focus());
    type(field, '24.12.2027');
    pressEnter(field);
    expect(await screen.findByText('2027-12-24')).toBeInTheDocument();
    expect(field).toHaveValue('24.12.2027');
  });

  it('in English takes the Finnish day-first forms and shows dd/mm/yyyy', async () => {
    const { field } = mount('en-US');
    clickInto(field);
    type(field, '1.9.2027');
    pressEnter(field);
    expect(await screen.findByText('2027-09-01')).toBeInTheDocument();
    expect(field).toHaveValue('01/09/2027');
    type(field, '02/03/2027');
    pressTab(field);
    // Day before month, as in Finland: 2 March, never 3 February.
    expect(await screen.findByText('2027-03-02')).toBeInTheDocument();
  });

  it('says at the field when the text is not a date, keeps the text and the stored value, and takes the fix', async () => {
    const { field, onChange } = mount('fi-FI', '2026-11-30');
    clickInto(field);
    type(field, '31.2.2027');
    pressEnter(field);
    expect(await screen.findByText('Anna päivämäärä muodossa p.k.vvvv, esimerkiksi 1.9.2026.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue('31.2.2027');
    expect(screen.getByTestId('stored')).toHaveTextContent('2026-11-30');
    expect(onChange).not.toHaveBeenCalled();

    type(field, 'huomenna');
    pressTab(field);
    expect(screen.getByText('Anna päivämäärä muodossa p.k.vvvv, esimerkiksi 1.9.2026.')).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();

    clickInto(field);
    type(field, '28.2.2027');
    pressTab(field);
    expect(await screen.findByText('2027-02-28')).toBeInTheDocument();
    expect(screen.queryByText('Anna päivämäärä muodossa p.k.vvvv, esimerkiksi 1.9.2026.')).not.toBeInTheDocument();
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('gives the message in Swedish and English too', async () => {
    const sv = mount('sv-SE');
    type(sv.field, '1/13/2027');
    pressEnter(sv.field);
    expect(await screen.findByText('Ange datumet som d.m.åååå, till exempel 1.9.2026.')).toBeInTheDocument();
  });

  it('clears the value when the text is emptied', async () => {
    const { field, onChange } = mount('fi-FI', '2026-11-30');
    expect(field).toHaveValue('30.11.2026');
    clickInto(field);
    type(field, '');
    pressTab(field);
    expect(await screen.findByText('none')).toBeInTheDocument();
    expect(onChange).toHaveBeenCalledWith(undefined);
  });
});

describe('the calendar in the user’s language', () => {
  it('Finnish: "Avaa kalenteri", month names, Monday first, week numbers, days in proper grammar', async () => {
    const { field } = mount('fi-FI', '2027-09-01');
    const open = screen.getByRole('button', { name: 'Avaa kalenteri' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Kalenteri: Määräpäivä' });
    expect(open).toHaveAttribute('aria-expanded', 'true');
    expect(field).toHaveAttribute('aria-expanded', 'true');
    expect(field).toHaveAttribute('aria-controls', dialog.id);
    expect(within(dialog).getByText('syyskuu 2027')).toBeInTheDocument();
    const weekdays = within(dialog).getAllByRole('columnheader').map((th) => th.textContent);
    expect(weekdays.filter((d) => d)).toEqual(['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su']);
    expect(within(dialog).getByRole('button', { name: 'keskiviikkona 1. syyskuuta 2027' })).toBeInTheDocument();
    expect(within(dialog).getByRole('rowheader', { name: 'Viikko 35' })).toHaveTextContent('35');
    expect(within(dialog).getByRole('button', { name: 'Siirry tähän päivään' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Seuraava kuukausi lokakuu' })).toBeInTheDocument();

    fireEvent.click(within(dialog).getByRole('button', { name: 'perjantaina 17. syyskuuta 2027' }));
    expect(await screen.findByText('2027-09-17')).toBeInTheDocument();
    expect(field).toHaveValue('17.9.2027');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(field).toHaveFocus());
  });

  it('Swedish: "Öppna kalendern", Swedish months and days', async () => {
    mount('sv-SE', '2027-09-01');
    fireEvent.click(screen.getByRole('button', { name: 'Öppna kalendern' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kalender: Förfallodag' });
    expect(within(dialog).getByText('september 2027')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'onsdag 1 september 2027' })).toBeInTheDocument();
    expect(within(dialog).getByRole('rowheader', { name: 'Vecka 35' })).toHaveTextContent('35');
    expect(within(dialog).getByRole('button', { name: 'Gå till i dag' })).toBeInTheDocument();
    // Escape closes it and returns to the field.
    fireEvent.keyDown(dialog, { key: 'Escape', code: 'Escape', keyCode: 27, which: 27 });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Förfallodag' })).toHaveFocus());
  });

  it('opens at the typed date, and Alt+Down opens it from the keyboard', async () => {
    const { field } = mount('en-US');
    act(() => field.focus());
    type(field, '15/03/2028');
    fireEvent.keyDown(field, { key: 'ArrowDown', code: 'ArrowDown', keyCode: 40, which: 40, altKey: true });
    const dialog = await screen.findByRole('dialog', { name: 'Calendar: Due date' });
    expect(within(dialog).getByText('March 2028')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Wednesday, 15 March 2028' })).toBeInTheDocument();
    expect(screen.getByTestId('stored')).toHaveTextContent('2028-03-15');
  });
});
