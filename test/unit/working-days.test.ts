import { getDayDetail, isHoliday, isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar, chineseDaysYears } from '../../src/modules/notify/seed-calendar.ts';
import {
  addDays,
  addWorkingDays,
  chinaDate,
  dayType,
  daysOfMonth,
  isIsoDate,
  isWorkingDay,
  weekdayOf,
  workingDaysBetween,
  type CalendarExceptions,
} from '../../src/domain/working-days.ts';
import { campaignOccasion } from '../../src/modules/notify/reminders.ts';

const seeded = chineseDaysCalendar();
const calendar: CalendarExceptions = new Map(seeded.map((e) => [e.day, e.kind]));
const none: CalendarExceptions = new Map();

describe('the calendar seeded from chinese-days', () => {
  it('has National Day 2025 as eight days off, 1 to 8 October (with the Mid-Autumn Festival on the 6th)', () => {
    for (const day of daysOfMonth(2025, 10).slice(0, 8)) expect(calendar.get(day), day).toBe('holiday');
    expect(seeded.find((e) => e.day === '2025-10-01')).toEqual({ day: '2025-10-01', kind: 'holiday', name: '国庆节' });
    expect(seeded.find((e) => e.day === '2025-10-06')?.name).toBe('中秋节');
    expect(calendar.get('2025-10-09')).toBeUndefined();
  });

  it('has Sunday 28 September and Saturday 11 October 2025 as make-up workdays (调休上班)', () => {
    expect(weekdayOf('2025-09-28')).toBe(0);
    expect(weekdayOf('2025-10-11')).toBe(6);
    expect(seeded.find((e) => e.day === '2025-09-28')).toEqual({ day: '2025-09-28', kind: 'workday', name: '国庆节' });
    expect(calendar.get('2025-10-11')).toBe('workday');
  });

  it('agrees with the package’s own answers, day by day, over 2025', () => {
    for (let d = '2025-01-01'; d <= '2025-12-31'; d = addDays(d, 1)) {
      expect(isWorkingDay(d, calendar), d).toBe(isWorkday(d));
      expect(dayType(d, calendar) === 'holiday', d).toBe(isHoliday(d) && getDayDetail(d).name.includes(','));
    }
  });

  it('covers every year from 2004 to 2026', () => {
    const years = chineseDaysYears();
    expect(years[0]).toBe(2004);
    expect(years).toContain(2017);
    expect(years).toContain(2026);
  });
});

describe('working days', () => {
  it('are Monday to Friday when the calendar has no exceptions', () => {
    expect(isWorkingDay('2025-06-13', none)).toBe(true); // a Friday
    expect(isWorkingDay('2025-06-14', none)).toBe(false);
    expect(isWorkingDay('2025-06-15', none)).toBe(false);
    expect(workingDaysBetween('2025-06-13', '2025-06-20', none)).toBe(5);
  });

  it('skip statutory holidays and count make-up workdays', () => {
    expect(isWorkingDay('2025-10-01', calendar)).toBe(false);
    expect(isWorkingDay('2025-09-28', calendar)).toBe(true);
    // After Friday 26 September: Sun 28 (make-up), Mon 29, Tue 30, then 9, 10 and Sat 11 October.
    expect(workingDaysBetween('2025-09-26', '2025-10-12', calendar)).toBe(6);
    expect(workingDaysBetween('2025-09-30', '2025-10-08', calendar)).toBe(0);
  });

  it('count from the day after: accepted on 30 September 2025, a 5-working-day limit ends on 14 October', () => {
    expect(addWorkingDays('2025-09-30', 1, calendar)).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-30', 3, calendar)).toBe('2025-10-11');
    expect(addWorkingDays('2025-09-30', 5, calendar)).toBe('2025-10-14');
    expect(workingDaysBetween('2025-09-30', '2025-10-14', calendar)).toBe(5);
  });

  it('count the Spring Festival 2025 week as off and its two weekend make-up days as on', () => {
    expect(workingDaysBetween('2025-01-24', '2025-02-09', calendar)).toBe(1 + 1 + 4); // Sun 26 Jan, Mon 27 Jan, Wed 5 to Sat 8 Feb
    expect(addWorkingDays('2025-01-27', 1, calendar)).toBe('2025-02-05');
  });

  it('are none when the end is not after the start', () => {
    expect(workingDaysBetween('2025-10-09', '2025-10-09', calendar)).toBe(0);
    expect(workingDaysBetween('2025-10-10', '2025-10-09', calendar)).toBe(0);
  });
});

describe('dates', () => {
  it('are taken in China time: 16:30 UTC on 30 September is already 1 October in Beijing', () => {
    expect(chinaDate(new Date('2025-09-30T16:30:00Z'))).toBe('2025-10-01');
    expect(chinaDate(new Date('2025-09-30T15:59:59Z'))).toBe('2025-09-30');
  });

  it('know real days from impossible ones', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('20251001')).toBe(false);
  });

  it('list a month’s days, leap February included', () => {
    expect(daysOfMonth(2024, 2)).toHaveLength(29);
    expect(daysOfMonth(2025, 2).at(-1)).toBe('2025-02-28');
    expect(daysOfMonth(2025, 12)).toHaveLength(31);
  });

  it('tell the weekday types apart', () => {
    expect(dayType('2025-10-01', calendar)).toBe('holiday');
    expect(dayType('2025-10-11', calendar)).toBe('makeup_workday');
    expect(dayType('2025-10-12', calendar)).toBe('weekend');
    expect(dayType('2025-10-13', calendar)).toBe('workday');
  });
});

describe('campaign reminders', () => {
  it('are due three calendar days before the deadline, and on the deadline from then on', () => {
    expect(campaignOccasion('2017-12-04', '2017-12-08')).toBeNull();
    expect(campaignOccasion('2017-12-05', '2017-12-08')).toBe('before');
    expect(campaignOccasion('2017-12-07', '2017-12-08')).toBe('before');
    expect(campaignOccasion('2017-12-08', '2017-12-08')).toBe('due');
    expect(campaignOccasion('2017-12-20', '2017-12-08')).toBe('due');
  });
});
