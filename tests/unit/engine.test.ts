import { describe, it, expect } from 'vitest';
import { createNodeEngine } from '../../src/lib/engine/node';
import { insertCanonical } from '../../src/lib/load/canonical';

describe('node wasm engine', () => {
  it('runs SQL offline and keeps identifiers as text', async () => {
    const e = await createNodeEngine();
    const [s] = await e.query<{ a: string; b: string }>(
      "SELECT current_setting('autoinstall_known_extensions')::VARCHAR AS a, current_setting('autoload_known_extensions')::VARCHAR AS b"
    );
    expect(s).toEqual({ a: 'false', b: 'false' });
    await e.registerFile('x.csv', new TextEncoder().encode('id,n\n007,3\n'));
    const rows = await e.query("SELECT id, n::BIGINT AS n FROM read_csv('x.csv', all_varchar=true, header=true)");
    expect(rows).toEqual([{ id: '007', n: 3 }]);
    await e.close();
  });

  it('places people without a known residence in their city\'s unknown wijk', async () => {
    const e = await createNodeEngine();
    await insertCanonical(e, {
      wijken: [
        { wijk_id: 'A1', wijk_name: 'A', city: 'Aa' },
        { wijk_id: 'AONB', wijk_name: 'onbekend', city: 'Aa' },
        { wijk_id: 'B1', wijk_name: 'B', city: 'Bb' }
      ],
      population: [],
      participants: [
        { participant_id: 'p1', residence_wijk_id: 'A1' },
        { participant_id: 'p2', residence_wijk_id: null },
        { participant_id: 'p3', residence_wijk_id: 'ZZ' }
      ],
      activities: [
        { activity_id: 'a', provider_type: 'buurtwerk', wijk_id: 'A1' },
        { activity_id: 'b', provider_type: 'ggw', wijk_id: 'B1' }
      ],
      participations: [
        { participant_id: 'p1', activity_id: 'a', date: '2025-01-02' },
        { participant_id: 'p2', activity_id: 'a', date: '2025-01-02' },
        { participant_id: 'p3', activity_id: 'b', date: '2025-01-02' }
      ]
    });
    const rows = await e.query('SELECT participant_id, home_wijk_id FROM participant_home ORDER BY 1');
    expect(rows).toEqual([
      { participant_id: 'p1', home_wijk_id: 'A1' },
      { participant_id: 'p2', home_wijk_id: 'AONB' },
      { participant_id: 'p3', home_wijk_id: 'Bb-ONB' }
    ]);
    await e.close();
  });
});
