import { describe, expect, it } from 'vitest';
import { addMonths, firstDayAfter, inPeriod, lastDay, monthFromIndex, monthIndex, periodLength, previousPeriod } from './period';

describe('month arithmetic', () => {
  it('round-trips and adds across years', () => {
    expect(monthFromIndex(monthIndex('2025-01'))).toBe('2025-01');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2024-11', 14)).toBe('2026-01');
    expect(() => monthIndex('2025-13')).toThrow();
    expect(() => monthIndex('2025-1')).toThrow();
  });

  it('period lengths and the previous period of equal length', () => {
    expect(periodLength('2025-01', '2025-03')).toBe(3);
    expect(previousPeriod('2025-01', '2025-03')).toEqual({ from: '2024-10', to: '2024-12' });
    expect(previousPeriod('2024-04', '2025-03')).toEqual({ from: '2023-04', to: '2024-03' });
    expect(previousPeriod('2025-03', '2025-03')).toEqual({ from: '2025-02', to: '2025-02' });
    expect(() => periodLength('2025-03', '2025-01')).toThrow();
  });

  it('month ends, leap years included', () => {
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2025-02')).toBe('2025-02-28');
    expect(lastDay('2000-02')).toBe('2000-02-29');
    expect(lastDay('1900-02')).toBe('1900-02-28');
    expect(lastDay('2025-12')).toBe('2025-12-31');
    expect(firstDayAfter('2025-12')).toBe('2026-01-01');
    expect(inPeriod('2025-02', '2025-01', '2025-03')).toBe(true);
    expect(inPeriod('2025-04', '2025-01', '2025-03')).toBe(false);
  });
});
