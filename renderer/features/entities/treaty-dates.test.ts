import { describe, expect, it } from 'vitest';
import { checkEvents, eventRow, isTreatyDate, notADate } from './treaty-dates';

const rows = (...events: [string, string][]) => events.map(([date, label]) => eventRow({ date, label }));

describe('isTreatyDate', () => {
  it('takes a year, a year-month or a day, and nothing else', () => {
    expect(['1987', '1987-12', '1987-12-08'].filter(isTreatyDate)).toEqual(['1987', '1987-12', '1987-12-08']);
    expect(['87', '8 Dec 1987', '1987-12-8', '1987/12/08', ' 1987', '1987-12-08T00:00'].filter(isTreatyDate)).toEqual([]);
  });

  it('refuses months and days that do not exist, leap days included', () => {
    expect(['2023-13', '2023-00', '2023-13-45', '2023-01-00', '2023-01-32', '2023-04-31', '2023-02-29', '1900-02-29'].filter(isTreatyDate)).toEqual([]);
    expect(['2023-01-31', '2023-04-30', '2024-02-29', '2000-02-29', '2023-12'].filter(isTreatyDate)).toEqual(['2023-01-31', '2023-04-30', '2024-02-29', '2000-02-29', '2023-12']);
  });
});

describe('checkEvents', () => {
  it('sorts by date, a bare year or month before the days inside it, and keeps one day’s events in the order written', () => {
    const checked = checkEvents(rows(['2026-02-05', 'Expires'], ['2023-02-21', 'B'], ['2023', 'Year'], ['2023-02', 'Month'], ['2023-02-21', 'A later'], ['2021-02-03', 'Extended']));
    expect(checked).toEqual({
      events: [
        { date: '2021-02-03', label: 'Extended' },
        { date: '2023', label: 'Year' },
        { date: '2023-02', label: 'Month' },
        { date: '2023-02-21', label: 'B' },
        { date: '2023-02-21', label: 'A later' },
        { date: '2026-02-05', label: 'Expires' },
      ],
    });
  });

  it('trims what it keeps and drops a row left wholly blank', () => {
    expect(checkEvents(rows([' 2023-02-21 ', '  Russia suspends participation '], ['  ', '']))).toEqual({
      events: [{ date: '2023-02-21', label: 'Russia suspends participation' }],
    });
    expect(checkEvents([])).toEqual({ events: [] });
  });

  it('names the first row it cannot take, and what is wrong with it', () => {
    expect(checkEvents(rows(['2021-02-03', 'Extended'], ['21 Feb 2023', 'Suspended'], ['2026', '']))).toEqual({
      problem: { message: `Event 2: ${notADate('21 Feb 2023')}`, row: 1, field: 'date' },
    });
    expect(checkEvents(rows(['2021-02-03', 'Extended'], ['2026', ' ']))).toEqual({
      problem: { message: 'Event 2 (2026) has no label: say what happened.', row: 1, field: 'label' },
    });
    expect(checkEvents(rows(['', 'Suspended']))).toEqual({
      problem: { message: 'Event 1 (“Suspended”) has no date: write it as 1987-12-08, 1987-12 or 1987.', row: 0, field: 'date' },
    });
  });
});
