import { describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import { loadExport, LoadError } from '../load';
import { describeStop, engineLost } from './stop';

const enc = (s: string) => new TextEncoder().encode(s);

describe('what stopped a load, as the page words it', () => {
  it('keeps the loader\'s code and values', () => {
    const s = describeStop(new LoadError('classroom.csv: the file is empty. …', 'classroom.csv', undefined, { code: 'empty' }));
    expect(s).toMatchObject({ code: 'empty', params: { file: 'classroom.csv' }, file: 'classroom.csv' });
    expect(engineLost(s)).toBe(false);
  });

  it('recognises running out of memory, in DuckDB, in wasm and in the page', () => {
    for (const e of [
      new Error('Out of Memory Error: could not allocate block of size 256.0 MiB (3.0 GiB/3.1 GiB used)'),
      new RangeError('Array buffer allocation failed'),
      new RangeError('Invalid string length'),
      new Error('RuntimeError: Aborted(OOM)')
    ]) {
      const s = describeStop(e);
      expect(s.code, e.message).toBe('memory');
      expect(engineLost(s)).toBe(true);
    }
    expect(describeStop(Object.assign(new Error('DuckDB worker stopped: x'), { name: 'EngineFailure' })).code).toBe('engine');
    expect(describeStop(new Error('something else')).code).toBe('other');
  });

  it('a real DuckDB that runs out of memory while loading gives the memory message, not a file problem', async () => {
    const engine = await createNodeEngine();
    try {
      await engine.exec("SET memory_limit = '4MB'");
      const rows = Array.from({ length: 150_000 }, (_, i) => `P${i},x,2025-03-0${1 + (i % 9)},`).join('\n');
      const files = [
        { name: 'wijken.csv', bytes: enc('wijk_id,wijk_name,city\nA1,Noord,Stad\n') },
        { name: 'population.csv', bytes: enc('wijk_id,ref_date,dimension,group,population\nA1,2025-01-01,total,total,100\n') },
        { name: 'participants.csv', bytes: enc(`participant_id\n${Array.from({ length: 150_000 }, (_, i) => `P${i}`).join('\n')}\n`) },
        { name: 'activities.csv', bytes: enc('activity_id,provider_type,wijk_id\nx,buurtwerk,A1\n') },
        { name: 'participations.csv', bytes: enc(`participant_id,activity_id,date,role\n${rows}\n`) }
      ];
      const err = await loadExport(engine, files).then(() => null, (e) => e);
      expect(err, 'the load should not fit in 4 MB').not.toBeNull();
      expect(describeStop(err).code).toBe('memory');
    } finally {
      await engine.close();
    }
  });
});
