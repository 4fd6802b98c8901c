import { normaliseHeader } from '../load/detect';
import { readCsv } from './csv';
import { normalisePostcode, streetOf } from './normalise';

/**
 * The user's own table from residence to wijk: a CSV with a `wijk_id` column and a
 * `postcode` column, a `street` column (straat, straatnaam) or both. A row with a street
 * maps that street (in that postcode, when the row has one); a row with only a postcode
 * maps the whole postcode. Lookup: street + postcode, then street alone, then postcode.
 */
export interface WijkTable {
  lookup(address: string | null, postcode: string | null): string | null;
  size: number;
}

const POSTCODE = ['postcode', 'postal_code', 'post_code', 'zip'];
const STREET = ['street', 'straat', 'straatnaam', 'street_name'];
const WIJK = ['wijk_id', 'wijk'];

export function readWijkTable(file: string, bytes: Uint8Array): WijkTable {
  const { headers, rows } = readCsv(file, bytes);
  const norm = headers.map(normaliseHeader);
  const find = (names: string[]) => norm.findIndex((h) => names.includes(h));
  const iw = find(WIJK), ip = find(POSTCODE), is = find(STREET);
  if (iw < 0 || (ip < 0 && is < 0)) {
    throw new Error(`${file}: the wijk table needs a "wijk_id" column and a "postcode" or "street" column. Found: ${headers.join(', ')}.`);
  }
  const byStreetPostcode = new Map<string, string>();
  const byStreet = new Map<string, string>();
  const byPostcode = new Map<string, string>();
  for (const r of rows) {
    const wijk = (r.cells[iw] ?? '').trim();
    if (!wijk) throw new Error(`${file}, line ${r.line}: missing wijk_id.`);
    const pc = ip >= 0 ? normalisePostcode(r.cells[ip] ?? '') : null;
    const st = is >= 0 ? streetOf(r.cells[is] ?? '') ?? '' : '';
    if (ip >= 0 && (r.cells[ip] ?? '').trim() && !pc) throw new Error(`${file}, line ${r.line}: "${r.cells[ip]}" is not a postcode (4 digits).`);
    if (st) {
      if (pc) byStreetPostcode.set(`${st}|${pc}`, wijk);
      byStreet.set(st, wijk);
    } else if (pc) byPostcode.set(pc, wijk);
    else throw new Error(`${file}, line ${r.line}: neither a street nor a postcode.`);
  }
  return {
    size: rows.length,
    lookup(address, postcode) {
      const st = address ? streetOf(address) : null;
      const pc = postcode ? normalisePostcode(postcode) : address ? normalisePostcode(address.split(',').slice(1).join(',')) : null;
      if (st && pc && byStreetPostcode.has(`${st}|${pc}`)) return byStreetPostcode.get(`${st}|${pc}`)!;
      if (st && byStreet.has(st)) return byStreet.get(st)!;
      if (pc && byPostcode.has(pc)) return byPostcode.get(pc)!;
      return null;
    }
  };
}
