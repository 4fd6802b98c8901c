import type { TableName } from './schema';

/**
 * DATA-FORMAT.md's rules per table, as data: what identifies a row, which
 * columns are dates, numbers or closed lists, and what must already exist.
 */
export interface TableRules {
  key: string[];
  dates: string[];
  integers: string[];
  /** Closed lists: accepted spellings (lower case) -> canonical value. Empty means `empty`. */
  enums: Record<string, { values: Record<string, string>; empty?: string }>;
  /** A value that must exist in an already loaded table. */
  references: Array<{ column: string; table: TableName; as: string }>;
  /**
   * 'same-session': a repeat counts once whatever its other values (DATA-FORMAT.md);
   * 'identical': a repeat is merged only when it agrees with the first, else rejected.
   */
  duplicates: 'same-session' | 'identical';
}

const providerValues = { buurtwerk: 'buurtwerk', bw: 'buurtwerk', ggw: 'ggw', 'gebiedsgerichte werking': 'ggw' };

export const RULES: Record<TableName, TableRules> = {
  wijken: { key: ['wijk_id'], dates: [], integers: [], enums: {}, references: [], duplicates: 'identical' },
  population: {
    key: ['wijk_id', 'ref_date', 'dimension', 'group'],
    dates: ['ref_date'],
    integers: ['population'],
    enums: {},
    references: [{ column: 'wijk_id', table: 'wijken', as: 'wijk_id' }],
    duplicates: 'identical'
  },
  participants: { key: ['participant_id'], dates: [], integers: [], enums: {}, references: [], duplicates: 'identical' },
  activities: {
    key: ['activity_id'],
    dates: [],
    integers: [],
    enums: {
      provider_type: { values: providerValues },
      initiator: { values: { organisation: 'organisation', organisatie: 'organisation', residents: 'residents', bewoners: 'residents' } }
    },
    references: [{ column: 'wijk_id', table: 'wijken', as: 'wijk_id' }],
    duplicates: 'identical'
  },
  participations: {
    key: ['participant_id', 'activity_id', 'date'],
    dates: ['date'],
    integers: [],
    enums: {
      role: {
        values: {
          participant: 'participant', deelnemer: 'participant',
          volunteer: 'volunteer', vrijwilliger: 'volunteer',
          co_organiser: 'co_organiser', 'co-organiser': 'co_organiser', co_organizer: 'co_organiser', 'mede-organisator': 'co_organiser'
        },
        empty: 'participant'
      }
    },
    references: [
      { column: 'participant_id', table: 'participants', as: 'participant_id' },
      { column: 'activity_id', table: 'activities', as: 'activity_id' }
    ],
    duplicates: 'same-session'
  },
  signals: {
    key: ['signal_id'],
    dates: ['date_raised', 'date_answered'],
    integers: [],
    enums: { source: { values: { ...providerValues, residents: 'residents', bewoners: 'residents' } } },
    references: [{ column: 'wijk_id', table: 'wijken', as: 'wijk_id' }],
    duplicates: 'identical'
  }
};

/** Which role wins when one person is at one session twice in different roles. */
export const ROLE_RANK = { participant: 1, volunteer: 2, co_organiser: 3 };
