import { describe, expect, it } from 'vitest';
import type { StoreTextCode } from './messages';
import { storeText } from './messages';

const CODES: StoreTextCode[] = ['unavailable', 'quota', 'corrupt', 'olderVersion', 'newerVersion', 'notFound', 'restore', 'failed', 'secretPerTab', 'notPersisted'];

describe('store texts', () => {
  it.each(CODES)('%s says what happened and what to do, in Dutch and English', (code) => {
    const nl = storeText(code, 'nl');
    const en = storeText(code, 'en');
    for (const t of [nl, en]) {
      expect(t.message.length).toBeGreaterThan(20);
      expect(t.action.length).toBeGreaterThan(10);
    }
    expect(nl.message).not.toBe(en.message);
    expect(nl.action).not.toBe(en.action);
  });

  it('names the kept export where the text is about one', () => {
    expect(storeText('corrupt', 'nl', { name: 'Leuven 2025' }).message).toContain('‘Leuven 2025’');
    expect(storeText('olderVersion', 'en', { name: 'Gent' }).message).toContain('‘Gent’');
    expect(storeText('corrupt', 'en').message).toBe('The kept data are damaged and cannot be opened. Nothing of them was loaded.');
  });
});
