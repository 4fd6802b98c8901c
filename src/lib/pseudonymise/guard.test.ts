import { describe, expect, it } from 'vitest';
import { GuardError, checkOutputs, guardOutputs, type GuardTable } from './guard';

const t = (columns: string[], rows: Array<Record<string, string>>, file = 'participants.csv', dateColumns?: string[]): GuardTable => ({ file, columns, rows, dateColumns });
const clean = t(['participant_id', 'residence_wijk_id', 'age_band', 'gender'], [
  { participant_id: 'P63e8a2c9b7a4ee41e66f', residence_wijk_id: 'W1', age_band: '25-44', gender: 'v' },
  { participant_id: 'Pa08669a49a5cf30225e9', residence_wijk_id: '', age_band: '80+', gender: '' }
]);

describe('the guard', () => {
  it('lets pseudonymised outputs through', () => {
    expect(checkOutputs([clean, t(['participant_id', 'activity_id', 'date', 'role'], [{ participant_id: 'P1', activity_id: 'b1', date: '2025-03-03', role: '' }], 'participations.csv', ['date'])])).toEqual([]);
  });

  it('refuses columns named like identifiers, saying which and why', () => {
    for (const [col, what] of [
      ['naam', 'a name'], ['Voornaam', 'a name'], ['first_name', 'a name'], ['rijksregisternummer', 'a national register number'],
      ['INSZ', 'a national register number'], ['national_number', 'a national register number'], ['E-mail', 'an e-mail address'],
      ['gsm', 'a phone number'], ['telefoonnummer', 'a phone number'], ['geboortedatum', 'a date of birth'], ['date_of_birth', 'a date of birth'],
      ['adres', 'a street address'], ['straat_en_nummer', 'a street address']
    ]) {
      const p = checkOutputs([t(['participant_id', col], [{ participant_id: 'P1', [col]: 'x' }])]);
      expect(p, col).toEqual([{ file: 'participants.csv', column: col, reason: `is named like ${what}` }]);
    }
  });

  it('refuses identifier values under innocent headers', () => {
    const cases: Array<[string, RegExp]> = [
      ['jan.peeters@example.be', /e-mail/],
      ['85.07.30-033.28', /national register numbers/],
      ['85073003328', /national register numbers/],
      ['0470 12 34 56', /phone numbers/],
      ['+32 9 123 45 67', /phone numbers/],
      ['Kerkstraat 12', /street addresses/],
      ['Sint-Pietersplein 5 bus 2', /street addresses/],
      ['30/07/1985', /full dates/]
    ];
    for (const [v, re] of cases) {
      const p = checkOutputs([t(['participant_id', 'info'], [{ participant_id: 'P1', info: v }])]);
      expect(p.length, v).toBe(1);
      expect(p[0].column).toBe('info');
      expect(p[0].reason).toMatch(re);
      expect(p[0].reason).not.toContain(v); // the message never repeats the value
    }
  });

  it('refuses values equal to a name of the input', () => {
    const p = checkOutputs([t(['participant_id', 'label'], [{ participant_id: 'P1', label: 'PEETERS' }])], ['Peeters']);
    expect(p[0]).toMatchObject({ column: 'label', reason: expect.stringMatching(/names, numbers or addresses of the input/) });
  });

  it('allows session dates only where they belong', () => {
    const rows = [{ participant_id: 'P1', activity_id: 'b1', date: '2025-03-03' }];
    expect(checkOutputs([t(['participant_id', 'activity_id', 'date'], rows, 'participations.csv', ['date'])])).toEqual([]);
    expect(checkOutputs([t(['participant_id', 'activity_id', 'date'], rows, 'participants.csv')])[0]).toMatchObject({ column: 'date' });
  });

  it('throws with every problem in the message', () => {
    const bad = t(['participant_id', 'email', 'x'], [{ participant_id: 'P1', email: '', x: 'a@b.be' }]);
    expect(() => guardOutputs([bad])).toThrow(GuardError);
    expect(() => guardOutputs([bad])).toThrow(/participants\.csv: column "email" is named like an e-mail address; participants\.csv: column "x" holds e-mail addresses/);
  });
});
