export * from './types.js';
export { MERIDIANS, REGIONS, SOURCE_KEYS } from './vocabulary.js';
export { POINTS, getPoint, idsForCode, findPoints, type PointFilter } from './atlas.js';
export { SEGMENTS, SEGMENT_IDS, type BCunSegment } from './segments.js';
export { SOURCES, type Source } from './sources.js';
export { TEMPLATES, TEMPLATE_IDS, type BodyTemplate } from './templates/index.js';
export { placePoint, sitePosition, unitsPerCun, landmarkPosition, toSvg } from './geometry.js';
export {
  templateDrawing,
  pointPositions,
  zoomBox,
  outlinePolygon,
  type TemplateDrawing,
  type Box,
} from './drawing.js';
export { fingerMeasureHint, FINGER_MEASURE_CAVEAT } from './finger-measure.js';
export {
  parseMeasurements,
  cmPerCun,
  describeOffsets,
  MEASUREMENT_RANGE_CM,
  type Measurements,
  type OffsetDescription,
} from './personal-scale.js';
export { acupointSchema, cautionSchema } from './point-schema.js';
export { insidePolygon, sampleClosedCurve } from './smooth-path.js';
export {
  BODY_AREAS,
  BODY_AREA_INFO,
  SITE_AREAS,
  areaContains,
  areasOverlap,
  isPairedArea,
  type BodyArea,
  type BodyAreaInfo,
} from './body-areas.js';
export {
  bodyX,
  locate,
  placeIn,
  placesOfPoint,
  zoneUnits,
  type BodyPlace,
  type LocatedPlace,
} from './body-place.js';
export { cautionsAt, type NearCaution } from './place-cautions.js';
export { areaSpots, type AreaSpot } from './area-spots.js';
