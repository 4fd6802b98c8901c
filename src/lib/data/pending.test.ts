import { describe, expect, it } from 'vitest';
import { examples, mustConfirm, readFileBytes, readPending, toInputs, withTable } from './pending';

const enc = (s: string) => new TextEncoder().encode(s);

describe('files picked but not yet loaded', () => {
  it('reads a large file as a stream into the same bytes', async () => {
    const big = new Uint8Array(20 << 20).map((_, i) => (i * 7) & 0xff);
    expect(Buffer.from(await readFileBytes(new File([big], 'big.csv'))).equals(Buffer.from(big))).toBe(true);
    expect(await readFileBytes(new File([enc('a,b\n')], 'small.csv'))).toEqual(enc('a,b\n'));
  });

  it('shows example values, never of the participant column or of pseudonym-like values', async () => {
    const people = Array.from({ length: 8 }, (_, i) => `P${String(i).padStart(20, 'a')}`);
    const p = await readPending('deelnemers.csv', enc(`Deelnemer;Woonwijk;Leeftijd;Code\n${people.map((x, i) => `${x};W${i % 2};${i % 2 ? '18-24' : '65-79'};${x}`).join('\n')}\n`));
    expect(p.table).toBe('participants');
    // the second column of pseudonyms is not used (it would become group labels), and not shown
    expect(p.columns.map((c) => c.target)).toEqual(['participant_id', 'residence_wijk_id', 'age_band', null]);
    expect(p.showExamples).toEqual([false, true, true, false]);
    expect(examples(p, 1)).toEqual(['W0', 'W1']);
    // another table for the file: guessed again, and what was hidden stays hidden
    const q = withTable(p, 'participations');
    expect(q.columns.map((c) => c.target)).toEqual(['participant_id', null, null, null]);
    expect(q.showExamples[3]).toBe(false);
  });

  it('asks for confirmation only when something is renamed or unclear, and passes columns only then', async () => {
    const canonical = await readPending('participations.csv', enc('participant_id,activity_id,date,role,remark\n1,x,2025-01-01,\n'));
    const dutch = await readPending('export.csv', enc('Deelnemer;Activiteit;Datum\n1;x;01/01/2025\n'));
    const broken = await readPending('participations.csv', new Uint8Array([0x50, 0x4b, 3, 4, 0]));
    expect(mustConfirm([canonical])).toBe(false);
    expect(mustConfirm([canonical, broken])).toBe(false);
    expect(mustConfirm([canonical, dutch])).toBe(true);
    expect(toInputs([canonical, dutch, broken]).map((f) => f.mapping)).toEqual([
      { table: 'participations' },
      { table: 'participations', columns: { deelnemer: 'participant_id', activiteit: 'activity_id', datum: 'date' } },
      { table: 'participations' }
    ]);
  });
});
