// The real wijk boundaries (data/README: Modellicentie Gratis Hergebruik Vlaanderen v1.0),
// bundled into the page: no request at run time. Vite has no loader for .geojson, so the
// text is imported raw and parsed once.
import raw from '../../../data/wijken.geojson?raw';
import type { WijkCollection } from './geo';

export const WIJKEN: WijkCollection = JSON.parse(raw) as WijkCollection;

export const WIJKEN_ATTRIBUTION = {
  text: 'Wijken voor omgevingsanalyse. © gemeentebesturen, verzameld door Data & Analyse van de Vlaamse provincies',
  href: 'https://github.com/provinciesincijfers/gebiedsniveaus/blob/master/gemeente_statsec_wijken/readme.md',
  licence: 'Modellicentie Gratis Hergebruik Vlaanderen v1.0'
};
