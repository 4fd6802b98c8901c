import type { Engine } from '../engine/types';
import { quoteLiteral } from '../engine/sql';

export type ProviderType = 'buurtwerk' | 'ggw';

export interface MonthlyParticipants {
  /** 'YYYY-MM' */
  month: string;
  provider: ProviderType;
  /** Distinct participants with at least one participation that month in an activity of this provider type. */
  participants: number;
}

/**
 * Distinct participants per month per provider type, from the `sessions` view,
 * for the whole data set or for the activities located in one city (location
 * perspective: where the activity takes place). Every month from the first to
 * the last month of the data set appears once per provider type, with 0 when
 * nobody took part, so that charts of different cities share one time axis.
 * Sorted by month, then provider ('buurtwerk' before 'ggw').
 *
 * Raw counts: disclosure control (METRICS.md) is applied where they are shown.
 */
export async function participantsPerMonth(
  engine: Engine,
  opts: { city?: string } = {}
): Promise<MonthlyParticipants[]> {
  const where = opts.city === undefined ? '' : `WHERE activity_city = ${quoteLiteral(opts.city)}`;
  const rows = await engine.query<{ month: string; provider: ProviderType; participants: number }>(`
    WITH bounds AS (
      SELECT min(date_trunc('month', date))::TIMESTAMP AS lo, max(date_trunc('month', date))::TIMESTAMP AS hi FROM sessions
    ), months AS (
      SELECT strftime(m, '%Y-%m') AS month
      FROM bounds, unnest(generate_series(lo, hi, INTERVAL 1 MONTH)) AS t(m)
      WHERE lo IS NOT NULL
    ), providers AS (
      SELECT * FROM (VALUES ('buurtwerk'), ('ggw')) AS p(provider)
    ), counts AS (
      SELECT month, provider_type AS provider, count(DISTINCT participant_id) AS n
      FROM sessions ${where}
      GROUP BY ALL
    )
    SELECT months.month, providers.provider, coalesce(counts.n, 0)::BIGINT AS participants
    FROM months CROSS JOIN providers
    LEFT JOIN counts ON counts.month = months.month AND counts.provider = providers.provider
    ORDER BY months.month, providers.provider`);
  return rows.map((r) => ({ month: String(r.month), provider: r.provider, participants: Number(r.participants) }));
}
