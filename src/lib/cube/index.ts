export * from './scopes';
export * from './types';
export { encodeFigures, encodeColumns, decodeFigures, type EncodedFigures } from './codec';
export { SERIES_METRICS, keepInSeries, computeCube, startCube, cubeIndex, cubeBatches, defaultBatch, type Cube, type CubeOptions, type CubePlan, type CubeProgress } from './compute';
export { staticSource, CUBE_FILES } from './static-source';
