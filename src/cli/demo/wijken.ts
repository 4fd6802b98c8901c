/**
 * The 45 real wijken of Leuven and Sint-Niklaas plus one "location unknown"
 * pseudo-wijk per city, copied from /work/shared/data/wijken.csv (source and licence
 * in data/README.md). Embedded so the generator runs from the repository alone;
 * sector_count only steers the synthetic population size and is not written.
 */
export interface WijkRow {
  wijk_id: string;
  wijk_name: string;
  city: 'Leuven' | 'Sint-Niklaas';
  nis_code: string;
  sector_count: number;
}

const RAW = `24062W01,Blauwput,Leuven,24062,5
24062W02,Boven-Lo,Leuven,24062,8
24062W03,Centrum/station,Leuven,24062,7
24062W04,Dijle,Leuven,24062,6
24062W05,Heverlee Centrum,Leuven,24062,5
24062W06,Heverlee Oost,Leuven,24062,6
24062W07,Heverlee Tervuursesteenweg,Leuven,24062,8
24062W08,Heverlee West,Leuven,24062,6
24062W09,Kareelveld,Leuven,24062,1
24062W10,Kesseldal,Leuven,24062,4
24062W11,Kesselse Bergen/Vlierbeek,Leuven,24062,5
24062W12,Klein Rijsel/Michotte,Leuven,24062,5
24062W13,Kop van Kessel-lo,Leuven,24062,7
24062W14,Korbeek-Lo,Leuven,24062,6
24062W15,Maria Theresia,Leuven,24062,4
24062W16,Ridderbuurt,Leuven,24062,7
24062W17,Sint-Jacob,Leuven,24062,5
24062W18,Sint-Maartensdal,Leuven,24062,4
24062W19,Tivoli/Matadi,Leuven,24062,4
24062W20,Vaartkom,Leuven,24062,3
24062W21,Vesalius/Nieuw Kwartier,Leuven,24062,6
24062W22,Wijgmaal,Leuven,24062,4
24062W23,Wilsele Dorp,Leuven,24062,7
24062W24,Wilsele Putkapel,Leuven,24062,11
24062WONB,Leuven - niet te lokaliseren,Leuven,24062,1
46021W01,Baenslandwijk,Sint-Niklaas,46021,4
46021W02,Belsele,Sint-Niklaas,46021,10
46021W03,Clementwijk,Sint-Niklaas,46021,2
46021W04,Driekoningenwijk,Sint-Niklaas,46021,2
46021W05,Elisabethwijk,Sint-Niklaas,46021,1
46021W06,Fabiolawijk,Sint-Niklaas,46021,2
46021W07,Gazometerwijk,Sint-Niklaas,46021,2
46021W08,Kroonmolenwijk,Sint-Niklaas,46021,4
46021W09,Nieuwkerken,Sint-Niklaas,46021,6
46021W10,Park en Laan,Sint-Niklaas,46021,3
46021W11,Priesteragiewijk,Sint-Niklaas,46021,3
46021W12,Puivelde,Sint-Niklaas,46021,3
46021W13,Reynaertwijk,Sint-Niklaas,46021,2
46021W14,Schrijverswijk,Sint-Niklaas,46021,1
46021W15,Sinaai,Sint-Niklaas,46021,6
46021W16,Stadsrand Noord,Sint-Niklaas,46021,5
46021W17,Stadsrand Oost,Sint-Niklaas,46021,3
46021W18,Stadsrand West,Sint-Niklaas,46021,2
46021W19,Stadsrand Zuid,Sint-Niklaas,46021,8
46021W20,Stationswijk,Sint-Niklaas,46021,3
46021W21,Watermolenwijk,Sint-Niklaas,46021,2
46021WONB,Sint-Niklaas - niet te lokaliseren,Sint-Niklaas,46021,1`;

export const WIJKEN: WijkRow[] = RAW.split('\n').map((line) => {
  const [wijk_id, wijk_name, city, nis_code, sectors] = line.split(',');
  return { wijk_id, wijk_name, city: city as WijkRow['city'], nis_code, sector_count: Number(sectors) };
});

export function isUnknownWijk(id: string): boolean {
  return id.endsWith('ONB');
}

/** The real wijken, without the "location unknown" pseudo-wijken. */
export const REAL_WIJKEN = WIJKEN.filter((w) => !isUnknownWijk(w.wijk_id));

export function wijkById(id: string): WijkRow {
  const w = WIJKEN.find((x) => x.wijk_id === id);
  if (!w) throw new Error(`unknown wijk ${id}`);
  return w;
}
