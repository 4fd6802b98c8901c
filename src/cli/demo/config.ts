/**
 * Everything the demo is tuned with, in one place: dimension groups, the synthetic
 * population profile, which wijk carries which planted pattern, and the rates of
 * unknown values. Changing a number here changes the data; the seed stays the same.
 */

export const AGE_BANDS = ['0-11', '12-17', '18-24', '25-44', '45-64', '65-79', '80+'] as const;
export const GENDERS = ['man', 'vrouw', 'x'] as const;
export const ORIGINS = ['Belgisch', 'EU', 'niet-EU'] as const;

export const DIMENSIONS = {
  age_band: AGE_BANDS,
  gender: GENDERS,
  origin: ORIGINS
} as const;
export type Dimension = keyof typeof DIMENSIONS;
export const DIMENSION_NAMES = Object.keys(DIMENSIONS) as Dimension[];

/** Group shares per dimension, in the order of DIMENSIONS. */
export type Shares = Record<Dimension, number[]>;

/** City totals on the first reference date (real orders of magnitude, synthetic split). */
export const CITY_TOTALS: Record<string, number> = { Leuven: 102_900, 'Sint-Niklaas': 80_100 };

/** City-wide shares; a student city and a mid-sized town differ mostly in the 18-24 band. */
export const CITY_SHARES: Record<string, Shares> = {
  Leuven: {
    age_band: [0.11, 0.055, 0.17, 0.28, 0.21, 0.12, 0.055],
    gender: [0.494, 0.504, 0.002],
    origin: [0.64, 0.14, 0.22]
  },
  'Sint-Niklaas': {
    age_band: [0.14, 0.07, 0.08, 0.26, 0.26, 0.13, 0.06],
    gender: [0.492, 0.506, 0.002],
    origin: [0.66, 0.1, 0.24]
  }
};

/** Wijk profiles that tilt the city shares (multipliers per group). */
export const PROFILES: Record<string, Partial<Shares>> = {
  student: { age_band: [0.6, 0.5, 2.2, 1.1, 0.8, 0.7, 0.7], origin: [0.9, 1.5, 1] },
  diverse: { age_band: [1.3, 1.3, 1, 1.05, 0.9, 0.7, 0.6], origin: [0.7, 1.1, 1.75] },
  village: { age_band: [1, 1, 0.7, 0.9, 1.15, 1.3, 1.3], origin: [1.2, 0.8, 0.45] }
};

export const WIJK_PROFILE: Record<string, keyof typeof PROFILES> = {
  '24062W03': 'student',
  '24062W04': 'student',
  '24062W15': 'student',
  '24062W17': 'student',
  '24062W21': 'student',
  '24062W12': 'diverse',
  '24062W13': 'diverse',
  '24062W16': 'diverse',
  '24062W18': 'diverse',
  '24062W19': 'diverse',
  '24062W06': 'village',
  '24062W11': 'village',
  '24062W14': 'village',
  '24062W22': 'village',
  '24062W23': 'village',
  '46021W01': 'diverse',
  '46021W04': 'diverse',
  '46021W06': 'diverse',
  '46021W07': 'diverse',
  '46021W20': 'diverse',
  '46021W02': 'village',
  '46021W09': 'village',
  '46021W12': 'village',
  '46021W15': 'village'
};

/** Which wijk carries which planted pattern (see data/README.md). */
export const PLANTED = {
  /** 1. Buurtwerk reaches almost only the 65+ residents. */
  narrowAge: '24062W23',
  /** 1. Buurtwerk reaches almost only residents of non-EU origin. */
  narrowOrigin: '46021W20',
  /** 2. Every activity mixes origins session by session. */
  mixingHigh: '24062W13',
  /** 2. Each activity keeps to one origin group. */
  mixingLow: '24062W18',
  /** 3. Area-based work finds its public through buurtwerk. */
  viaBwHigh: '24062W12',
  /** 3. Area-based work and buurtwerk reach different people. */
  viaBwLow: '46021W16',
  /** 4. Street parties (sessions above the cap of 40). */
  streetParties: ['24062W01', '24062W02', '24062W19', '46021W01', '46021W04', '46021W13'],
  /** 6. Most activities initiated by residents. */
  residentInitiated: '24062W22',
  /** 7. A small core of regulars makes most participations. */
  concentration: '46021W09',
  /** 8. Signals answered fast / slow and often left open. */
  signalsFast: '24062W03',
  signalsSlow: '46021W03',
  /** 9. No newcomers in the last months. */
  newcomersDryUp: '24062W10'
} as const;

/**
 * Wijken whose residents only take part in their own wijk's activities, so the
 * resident-perspective patterns planted there are not diluted by activities elsewhere.
 */
export const HOME_ONLY = new Set<string>([
  PLANTED.narrowAge,
  PLANTED.narrowOrigin,
  PLANTED.viaBwHigh,
  PLANTED.viaBwLow,
  PLANTED.concentration,
  PLANTED.newcomersDryUp
]);

/** Shares of participants with an unknown (empty) value. */
export const UNKNOWN_RATE = {
  age_band: 0.03,
  gender: 0.025,
  origin: 0.07,
  /** empty residence_wijk_id */
  residenceEmpty: 0.02,
  /** residence outside the two cities (an id the wijken table lacks) */
  residenceOutside: 0.007,
  /** residence given as the city's "location unknown" pseudo-wijk */
  residenceOnb: 0.003
};

/** Residence ids that are not in the wijken table: neighbouring municipalities. */
export const OUTSIDE_RESIDENCES: Record<string, string[]> = {
  Leuven: ['24038W01', '24086W02', '24011W03'],
  'Sint-Niklaas': ['46003W04', '46024W01', '46025W02']
};

/** Share of a wijk's activity enrollees who live in another wijk of the same city. */
export const OTHER_WIJK_RATE = 0.08;

/** Exact duplicate participation rows planted at scale 1 (scaled with --scale). */
export const DUPLICATES_AT_SCALE_1 = 150;

/** Sessions above this many distinct participants are left out of network metrics. */
export const SESSION_CAP = 40;
