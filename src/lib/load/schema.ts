/**
 * The canonical tables of DATA-FORMAT.md as they live in DuckDB after loading.
 * Every identifier is VARCHAR (`007` stays `007`); dates are DATE; a missing
 * categorical value is NULL and means "unknown".
 */
export type TableName = 'wijken' | 'population' | 'participants' | 'activities' | 'participations' | 'signals';

export interface ColumnSpec {
  name: string;
  type: 'VARCHAR' | 'DATE' | 'INTEGER';
  required: boolean;
}

export const TABLES: Record<TableName, ColumnSpec[]> = {
  wijken: [
    { name: 'wijk_id', type: 'VARCHAR', required: true },
    { name: 'wijk_name', type: 'VARCHAR', required: true },
    { name: 'city', type: 'VARCHAR', required: true },
    { name: 'nis_code', type: 'VARCHAR', required: false }
  ],
  population: [
    { name: 'wijk_id', type: 'VARCHAR', required: true },
    { name: 'ref_date', type: 'DATE', required: true },
    { name: 'dimension', type: 'VARCHAR', required: true },
    { name: 'group', type: 'VARCHAR', required: true },
    { name: 'population', type: 'INTEGER', required: true }
  ],
  // Plus any number of extra categorical dimension columns (age_band, gender, origin, ...).
  participants: [
    { name: 'participant_id', type: 'VARCHAR', required: true },
    { name: 'residence_wijk_id', type: 'VARCHAR', required: false }
  ],
  activities: [
    { name: 'activity_id', type: 'VARCHAR', required: true },
    { name: 'provider_type', type: 'VARCHAR', required: true },
    { name: 'wijk_id', type: 'VARCHAR', required: true },
    { name: 'organisation', type: 'VARCHAR', required: false },
    { name: 'domain', type: 'VARCHAR', required: false },
    { name: 'initiator', type: 'VARCHAR', required: false },
    { name: 'partner_organisation', type: 'VARCHAR', required: false },
    { name: 'name', type: 'VARCHAR', required: false }
  ],
  participations: [
    { name: 'participant_id', type: 'VARCHAR', required: true },
    { name: 'activity_id', type: 'VARCHAR', required: true },
    { name: 'date', type: 'DATE', required: true },
    { name: 'role', type: 'VARCHAR', required: false }
  ],
  signals: [
    { name: 'signal_id', type: 'VARCHAR', required: true },
    { name: 'wijk_id', type: 'VARCHAR', required: true },
    { name: 'date_raised', type: 'DATE', required: true },
    { name: 'source', type: 'VARCHAR', required: true },
    { name: 'theme', type: 'VARCHAR', required: false },
    { name: 'date_answered', type: 'DATE', required: false }
  ]
};

/** Tables a data set must have; `signals` is optional (an empty table is created). */
export const REQUIRED_TABLES: TableName[] = ['wijken', 'population', 'participants', 'activities', 'participations'];

/**
 * The most columns a file may have. The export's widest table needs a handful plus a few
 * dimensions; a file far wider is not an export of this format, and reading it would cost
 * minutes and memory before saying so.
 */
export const MAX_COLUMNS = 200;

/** Participant columns that are not dimensions. */
export const PARTICIPANT_NON_DIMENSIONS = new Set(['participant_id', 'residence_wijk_id']);

/** The pseudo-dimension the network figures add: bridging between wijken. */
export const RESIDENCE_DIMENSION = 'residence_wijk';

