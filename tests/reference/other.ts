/**
 * Reference: self-organisation S1-S2 (location perspective, provider filter) and
 * signals G1-G2 (signals raised in the unit's wijken in P; provider 'all' on the row).
 */
import { type Model, type RefFigure, type Unit, UNKNOWN, daysBetween, fig, isUnknown, matchesProvider, median, perturbedCount, ratio } from './model';

export function selfOrganisationFigures(m: Model, u: Unit): RefFigure[] {
  const { scope } = m;
  const t = scope.provider;
  let all = 0;
  let involved = 0;
  const people = new Set<string>();
  const involvedPeople = new Set<string>();
  const activities = new Map<string, string | null>();
  for (const a of m.atts) {
    if (!matchesProvider(t, a.provider) || !u.wijken.has(a.wijk_id)) continue;
    if (a.month < scope.from || a.month > scope.to) continue;
    all += 1;
    people.add(a.participant_id);
    if (a.role === 'volunteer' || a.role === 'co_organiser') {
      involved += 1;
      involvedPeople.add(a.participant_id);
    }
    activities.set(a.activity_id, a.initiator);
  }
  const residentInitiated = [...activities.values()].filter((i) => i === 'residents').length;
  const n1 = perturbedCount(m, people);
  const inv1 = perturbedCount(m, involvedPeople);
  return [
    fig(u, t, '', '', 'involvement_share', ratio(involved, all), 'share', Math.min(inv1, n1)),
    fig(u, t, '', '', 'involved_participants', inv1, 'count'),
    fig(u, t, '', '', 'resident_initiated_share', ratio(residentInitiated, activities.size), 'public')
  ];
}

export function signalFigures(m: Model, u: Unit): RefFigure[] {
  const { scope } = m;
  // Signals are an optional export: a data set without any signal has no signal figures.
  if ((m.data.signals ?? []).length === 0) return [];
  const sigs = (m.data.signals ?? []).filter((s) => u.wijken.has(s.wijk_id) && s.date_raised.slice(0, 7) >= scope.from && s.date_raised.slice(0, 7) <= scope.to);
  const out: RefFigure[] = [];
  out.push(fig(u, 'all', '', '', 'signals', sigs.length, 'public'));
  for (const [dim, key] of [
    ['theme', 'theme'],
    ['source', 'source']
  ] as const) {
    const per = new Map<string, number>();
    for (const s of sigs) {
      const g = isUnknown(s[key]) ? UNKNOWN : String(s[key]);
      per.set(g, (per.get(g) ?? 0) + 1);
    }
    for (const [g, n] of [...per].sort()) out.push(fig(u, 'all', dim, g, 'signals', n, 'public'));
  }
  const answered = sigs.filter((s) => !isUnknown(s.date_answered));
  const days = answered.map((s) => daysBetween(s.date_raised, String(s.date_answered)));
  out.push(fig(u, 'all', '', '', 'signals_answered_30d', ratio(days.filter((d) => d <= 30).length, sigs.length), 'public'));
  out.push(fig(u, 'all', '', '', 'signal_median_days', median(days), 'public'));
  out.push(fig(u, 'all', '', '', 'signals_open_share', ratio(sigs.length - answered.length, sigs.length), 'public'));
  return out;
}
