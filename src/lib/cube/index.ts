export * from './scopes';
export * from './types';
export { encodeFigures, decodeFigures, type EncodedFigures } from './codec';
export { SERIES_METRICS, keepInScope, keepInSeries } from './compute';
export { staticSource, CUBE_FILES } from './static-source';
