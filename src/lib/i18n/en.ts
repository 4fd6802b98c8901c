/**
 * Every text of the site in English, the second language: the same shape as nl.ts
 * (the compiler holds them together), the same rules.
 */
import { capitalise as capital, formatNumber } from './format';
import type { Prose } from './nl';

const enNum = (n: number) => formatNumber('en', n);

/** Every English text. */
export const en: Prose = {
  site: {
    label: 'Pages',
    skip: 'Skip to content',
    overview: 'Overview',
    signals: 'Alerts',
    report: 'Monthly report',
    explain: 'Explanation',
    data: 'Your data',
    pseudo: 'Pseudonymise',
    switchTo: 'Nederlands',
    switchLabel: 'Schakel naar het Nederlands',
    attributionLicence: 'Licence: Modellicentie Gratis Hergebruik Vlaanderen v1.0.'
  },

  chart: {
    table: 'Show as table',
    csv: 'Download figures (CSV)',
    excel: 'Excel (semicolon, decimal comma)',
    excelLabel: (title) => `Download figures for Excel (semicolon, decimal comma): ${title}`,
    csvLabel: (title) => `Download figures (CSV): ${title}`
  },

  figures: {
    metrics: {
      // ---- Reach --------------------------------------------------------------
      participants: {
        name: 'participants',
        what: 'The number of different residents of the wijk who took part at least once in the period. Someone who came ten times counts once.',
        formula: 'number of different participants living in the wijk with at least one participation in the period',
        read: '250 participants in a year: 250 different residents took part at least once, even if some came every week.',
        pitfalls: [
          'A year is not the sum of twelve months: someone who comes every month counts once in the year.',
          'Counted in the home wijk, not the wijk of the activity. Participants without a known home wijk count in their city’s "location unknown" wijk.',
          'The city-wide figure is not the sum of the wijken: someone taking part in two wijken counts once for the city.',
          'Fewer than k persons (5 by default) is shown as "<5".'
        ]
      },
      reach_rate: {
        name: 'reach per 1,000 residents',
        what: 'How many residents per 1,000 inhabitants of the wijk took part. This lets you compare large and small wijken.',
        formula: 'participants / population of the wijk × 1,000',
        read: 'A wijk of 6,000 inhabitants with 300 participants: 300 / 6,000 × 1,000 = 50. Five in a hundred residents took part.',
        pitfalls: [
          'The population is the latest figure on or before the end of the period (else the earliest there is). A new population figure can make reach jump without any change in participation.',
          'A month always gives a lower reach than a year. Compare only periods of the same kind.',
          'The "location unknown" wijk has no population, so no reach.'
        ]
      },
      group_reach_rate: {
        name: 'group reach per 1,000',
        what: 'Reach within one group, for example residents aged 65 to 79: how many of them per 1,000 took part.',
        formula: 'participants in the group / population of the group × 1,000',
        read: '800 people aged 65 to 79 live in the wijk and 40 of them took part: 40 / 800 × 1,000 = 50.',
        pitfalls: [
          'Only for characteristics whose population by group is known (for example age, gender and origin from the population table).',
          'Participants with a missing value (group "unknown") count in no group. Many "unknown" values make every group reach too low.',
          'For small groups the figure is not shown when it rests on fewer than k persons.'
        ]
      },
      representation_index: {
        name: 'representation index',
        what: 'Is a group as present among the participants as in the wijk? The index divides the group’s share of the participants by its share of the population.',
        formula: '(participants in the group / participants with a known value) / (population of the group / population with a known value)',
        read: '1 = as present as in the wijk, 0.5 = half as present, 2 = twice as present. Example: people over 65 are 20% of the wijk but 10% of the participants: 10% / 20% = 0.5.',
        pitfalls: [
          'The index says nothing about how many people you reach: with a very low reach every group can still have an index of 1. Look at group reach too.',
          'Participants with a missing value are left out; their share is shown separately. If mainly one group leaves the question blank, the index is skewed.',
          'For small groups the index jumps easily: a few people more or fewer change it a lot.',
          'A group with at least 10% of the population and an index below 0.5 raises an alert.'
        ]
      },
      dissimilarity: {
        name: 'dissimilarity index',
        what: 'How far the make-up of the participants differs from the wijk’s, for one characteristic (for example age). It is the part of the participants who would have to change group to match the wijk exactly.',
        formula: '½ × the sum over the groups of | share among participants − share in the population |',
        read: '0 = the same make-up as the wijk, 1 = completely different. Example: the wijk is 50% men and 50% women, the participants 30% men and 70% women: ½ × (20% + 20%) = 0.20. A fifth of the participants would have to be "different".',
        pitfalls: [
          'One characteristic at a time: a low value for gender says nothing about age.',
          'With many groups (such as seven age bands) and few participants, chance alone makes the index higher.',
          'Missing values are left out, both for participants and for the population.'
        ]
      },
      representativeness: {
        name: 'representativeness',
        what: 'The breadth of reach for one characteristic: 1 minus the dissimilarity index. The higher, the more the participants look like the wijk.',
        formula: '1 − dissimilarity index',
        read: '1 = the participants are made up like the wijk. In the example under dissimilarity: 1 − 0.20 = 0.80.',
        pitfalls: [
          'It does not say how many people you reach; always read it with reach.',
          'An activity for one target group (for example older people) has a low value for age on purpose. Read the figure for all activities in the wijk, not as a verdict on one activity.',
          'Representativeness below 0.6 raises an alert.'
        ]
      },
      heterogeneity: {
        name: 'heterogeneity of participants',
        what: 'How mixed the participants are for one characteristic: the chance that two participants picked at random belong to different groups.',
        formula: '1 − the sum over the groups of (the group’s share of participants)²',
        read: '0 = everyone in one group; the higher, the more mixed. Three groups of equal size: 1 − 3 × (⅓)² = 0.67. Set it beside the heterogeneity of the population.',
        pitfalls: [
          'The maximum depends on the number of groups: at most 0.5 with 2 groups, 0.86 with 7. Compare only within one characteristic.',
          'A mixed set of participants in a little-mixed wijk means something else than in a very mixed wijk: always look at the population’s heterogeneity beside it.',
          'It does not say whether the groups also meet; the bonding and bridging figures do.'
        ]
      },
      population_heterogeneity: {
        name: 'heterogeneity of the population',
        what: 'The same measure for the wijk’s population: how mixed the residents themselves are. The yardstick for the participants’ heterogeneity.',
        formula: '1 − the sum over the groups of (the group’s share of the population)²',
        read: 'Participants 0.40 and population 0.60: the participants are less mixed than the wijk.',
        pitfalls: [
          'Computed from the population table (the latest figure on or before the end of the period), not from the participants.',
          'Residents with a missing value and groups absent from the population table do not count.'
        ]
      },
      top20_share: {
        name: 'top-20% share',
        what: 'What part of all participations comes from the 20% of participants who come most often? It shows whether an activity runs on a small fixed core.',
        formula: 'participations of the 20% most active participants (rounded up) / all participations',
        read: '100 participants with 1,000 participations in all; the 20 who came most often had 600: 600 / 1,000 = 60%. If everyone came equally often, it is 20%.',
        pitfalls: [
          'A fixed core is not bad: weekly activities naturally have loyal participants. Read it with the number of participants and newcomers.',
          'Over a longer period it is higher: one-off visitors and regulars drift further apart.',
          'With few participants the top 20% is only a handful of people.',
          'A share of 60% or more raises an alert.'
        ]
      },
      lorenz_share: {
        name: 'share of participations (Lorenz curve)',
        what: 'The Lorenz curve: what share of all participations the least active 10%, 20%, ... 100% of participants hold together. An extension of METRICS.md (R7), to draw concentration.',
        formula: 'sort participants from few to many participations; L(p) = participations of the first p × participants / all participations (a straight line between two participants when p × participants is not whole)',
        read: 'L(80%) = 0.45 means the least active 80% hold 45% of the participations, so the top 20% hold 55%. The further the curve lies below the diagonal, the greater the concentration.',
        pitfalls: [
          'Shown only with at least 10 × k participants, so each tenth rests on at least k persons.',
          'Everyone counted came at least once, so the curve never starts flat at zero.'
        ]
      },
      gini: {
        name: 'Gini coefficient',
        what: 'How unequally participations are spread over the participants. 0 = everyone came equally often; the closer to 1, the more a few people come very often and the rest rarely.',
        formula: 'sum over all pairs of participants (both orders) of | difference in number of participations | / (2 × participants × all participations)',
        read: 'Four participants came 1, 1, 1 and 9 times (12 participations). Each of the three pairs with the regular differs by 8, in both orders: 6 × 8 = 48. 48 / (2 × 4 × 12) = 0.5.',
        pitfalls: [
          'With few participants the Gini is unreliable: one person more or fewer changes it a lot.',
          'Everyone counted came at least once, so the Gini never reaches 1.',
          'Over a longer period it is usually higher, like the top-20% share.'
        ]
      },
      newcomers: {
        name: 'newcomers',
        what: 'Participants who took part for the first time in this period, looking at all the data and within the chosen provider type (in any wijk).',
        formula: 'participants whose very first participation (with the chosen provider type) falls in the period',
        read: '120 participants in March, 18 of whom had never taken part before: 18 newcomers.',
        pitfalls: [
          'Not available for a period that contains the first month of the data: then everyone looks new. The site shows "n/a", never 100%.',
          '"New" means new in these data: someone who came before the data begin looks new in the first months. Shortly after the start the figures are too high.',
          'With the buurtwerk filter, someone who already went to GGW but now comes to buurtwerk for the first time is new to buurtwerk.'
        ]
      },
      newcomer_share: {
        name: 'newcomer share',
        what: 'The share of newcomers among the period’s participants.',
        formula: 'newcomers / participants',
        read: '18 newcomers among 120 participants: 15%.',
        pitfalls: [
          'Not available in a period with the first month of the data, and too high shortly after.',
          'Over a year the share is higher than over a month: compare the same kind of period.',
          'Below 10% three months in a row raises an alert.'
        ]
      },
      retention: {
        name: 'retention',
        what: 'Of the participants in the previous period of the same length: what part takes part again in this period? Same wijk, same provider type.',
        formula: 'participants of the previous period who also take part now / participants of the previous period',
        read: 'Last quarter 200 participants, 130 of whom also this quarter: 130 / 200 = 65%. For a rolling year the previous period is the 12 months before it.',
        pitfalls: [
          'Not available when the previous period starts before the data.',
          'Summer: many activities pause in July and August, so August’s retention against July looks low.',
          'With the buurtwerk filter, someone who moved over to GGW counts as not coming back.',
          'High retention together with few newcomers points to a closed group.'
        ]
      },
      domains_per_participant: {
        name: 'domains per participant',
        what: 'In how many different domains (meeting, leisure, health, housing, language …) a participant took part, on average.',
        formula: 'sum over the participants of their number of different domains / participants',
        read: '1.00 = everyone stays within one domain. 1.50 = one and a half domains on average, for example half the participants in two domains and the rest in one.',
        pitfalls: [
          'Depends on how activities are sorted into domains: a finer split gives higher figures.',
          'A longer period gives more chance of a second domain.'
        ]
      },
      multi_domain_share: {
        name: 'share in two or more domains',
        what: 'The share of participants who took part in two domains or more.',
        formula: 'participants in 2 or more domains / participants',
        read: '60 of 240 participants took part in at least two domains: 25%.',
        pitfalls: [
          'It shows movement between activities (for example from a meeting place to a language course), but not the order or the reason.',
          'Depends on the domain split and on the length of the period.'
        ]
      },
      reach_rate_low: {
        name: 'reach per 1,000, lower bound',
        what: 'The lower end of the 95% confidence interval around the wijk’s reach. The reach of a small wijk depends a lot on chance; the interval shows how far off it may be.',
        formula: 'lower bound of the Wilson interval (95%) for participants / population of the wijk, × 1,000',
        read: 'A wijk with 2,000 residents and 100 participants has a reach of 50 per 1,000; the interval runs from 41.3 to 60.4. A reach below 41.3 would be surprising for this wijk.',
        pitfalls: [
          'Only for wijken with a population: not for the whole city and not for "location unknown".',
          'Computed from the protected number of participants, which can be up to 2 off the real number. With fewer than k participants (default 5) it is not shown.',
          'The interval only covers the chance of small numbers, not errors in the data (such as participants without a home wijk).'
        ]
      },
      reach_rate_high: {
        name: 'reach per 1,000, upper bound',
        what: 'The upper end of the 95% confidence interval around the wijk’s reach. Together with the lower bound it shows how certain the reach is.',
        formula: 'upper bound of the Wilson interval (95%) for participants / population of the wijk, × 1,000',
        read: 'The same wijk (2,000 residents, 100 participants, reach 50): the upper bound is 60.4. Two wijken whose intervals overlap widely may differ by chance alone.',
        pitfalls: [
          'Only for wijken with a population: not for the whole city and not for "location unknown".',
          'Computed from the protected number of participants, which can be up to 2 off the real number. With fewer than k participants (default 5) it is not shown.',
          'The smaller the wijk, the wider the interval: a narrow interval does not mean the wijk does better.'
        ]
      },
      reach_rate_z: {
        name: 'z-score of reach',
        what: 'How many standard errors the wijk’s reach lies from the reach of the whole city. It shows whether a wijk is higher or lower beyond chance, even when it is small. The funnel plot on the Overview draws it.',
        formula: '(participants / population of the wijk − p0) / √(p0 × (1 − p0) / population of the wijk), with p0 = residents of the city reached / population of the city',
        read: 'The city reaches 40 per 1,000 (p0 = 0.04), a wijk of 2,000 residents reaches 50: (0.05 − 0.04) / √(0.04 × 0.96 / 2,000) = 2.28. Between 1.96 and 3.09: notable, but not yet beyond chance. Above 3.09 or below −3.09 the wijk differs beyond chance (99.8%).',
        pitfalls: [
          'A large wijk gets a large z-score from a small difference: look at the reach itself too.',
          'It compares with its own city, not with a norm: if the whole city reaches few people, a wijk with an equally low reach still has a z-score of 0.',
          'Computed from protected counts (up to 2 off); not shown when the wijk or the city has fewer than k participants (default 5), and not for the city itself or "location unknown".',
          'With twenty wijken one easily falls outside the 95% limits by chance; that is why only the 99.8% limit (3.09) counts.'
        ]
      },
      newcomer_share_z: {
        name: 'z-score of the newcomer share',
        what: 'How many standard errors the wijk’s newcomer share lies from that of the whole city, measured on the wijk’s number of participants.',
        formula: '(newcomers / participants − p0) / √(p0 × (1 − p0) / participants), with p0 = newcomers / participants of the whole city',
        read: 'In the city 20% of participants are new; a wijk has 12 newcomers among 120 participants (10%): (0.10 − 0.20) / √(0.20 × 0.80 / 120) = −2.74. Lower than the city, but within the 99.8% limits (−3.09 to 3.09): it may still be chance.',
        pitfalls: [
          'Not available where the newcomer share itself is not (the first month of the data).',
          'Computed from protected counts (up to 2 off); not shown when the newcomers or participants of the wijk or the city are fewer than k (default 5).',
          'Only for wijken, not for the city itself or "location unknown".'
        ]
      },
      // ---- Bonding and bridging ------------------------------------------------
      pairs: {
        name: 'pairs',
        what: 'The number of pairs: for every session, every pair of participants with a known group who were there together.',
        formula: 'sum over the sessions of n × (n − 1) / 2, with n = participants with a known group at the session',
        read: 'A session with 10 participants gives 10 × 9 / 2 = 45 pairs. If the same 10 people meet four times, that is 180 pairs.',
        pitfalls: [
          'The same two people count once per session: a fixed group meeting weekly gives many pairs. It counts moments of contact, not different acquaintances.',
          'Large sessions weigh heavily: the number of pairs grows with the square of the size. That is why sessions above the cap (40 by default) are left out.',
          'Participants with a missing value do not count, so the number depends on the chosen characteristic.'
        ]
      },
      pairs_within: {
        name: 'pairs within a group',
        what: 'Pairs in which both participants belong to the same group: bonding contact.',
        formula: 'per session and per group: n_group × (n_group − 1) / 2, added up',
        read: 'A session with 6 women and 4 men: 6 × 5 / 2 + 4 × 3 / 2 = 15 + 6 = 21 pairs within a group.',
        pitfalls: ['Grows by itself when one group is large. Read it with the expected share and the mixing ratio.']
      },
      pairs_between: {
        name: 'pairs between groups',
        what: 'Pairs of participants from different groups: bridging contact.',
        formula: 'all pairs − pairs within a group',
        read: 'In the same session: 45 − 21 = 24 pairs between groups (6 women × 4 men).',
        pitfalls: ['It counts being at a session together, not whether people actually talked.']
      },
      sessions_used: {
        name: 'sessions used',
        what: 'The number of sessions the network figures rest on: sessions in the wijk with 2 up to the cap (40 by default) participants.',
        formula: 'sessions in the wijk and period with at least 2 and at most the cap different participants',
        read: '120 sessions used and 8 left out: the network figures rest on 120 sessions.',
        pitfalls: [
          'With fewer than 3 sessions used, the network figures are not shown.',
          'A session’s size counts all its participants, including those with a missing value.'
        ]
      },
      sessions_excluded: {
        name: 'sessions left out',
        what: 'The number of sessions left out: with only one participant, or with more participants than the cap (40 by default), such as a street party.',
        formula: 'sessions with fewer than 2 or more than the cap different participants',
        read: 'Many sessions left out means a large part of the activities (big events or one-to-one support) is not in the network figures.',
        pitfalls: [
          'A wijk with mostly big events can have few network figures even though many people come.',
          'One-to-one support (one participant per session) is also left out.'
        ]
      },
      bridging_share: {
        name: 'bridging share',
        what: 'The part of all pairs that is between different groups.',
        formula: 'pairs between groups / all pairs',
        read: '24 of the 45 pairs are between groups: 53%.',
        pitfalls: [
          'It moves with group sizes: in a wijk where nearly everyone belongs to one group it is low by itself, even if everyone does everything together. Compare wijken with the mixing ratio, not with this share.',
          'Participants with a missing value do not count.'
        ]
      },
      bonding_share: {
        name: 'bonding share',
        what: 'The part of the pairs within the same group. Together with the bridging share it makes 100%.',
        formula: 'pairs within a group / all pairs',
        read: '21 of the 45 pairs are within a group: 47%.',
        pitfalls: [
          'Bonding is not bad: it builds support and trust within a group (Putnam). A high share only raises a question when it is far above chance (see the mixing ratio).',
          'It moves with group sizes, like the bridging share.'
        ]
      },
      ei_index: {
        name: 'E-I index',
        what: 'Another way of writing the same: the difference between pairs between groups (external, E) and within groups (internal, I), divided by all pairs.',
        formula: '(pairs between groups − pairs within a group) / all pairs',
        read: '−1 = contact only within the group, 0 = as much of both, +1 = only between groups. In the example: (24 − 21) / 45 = 0.07.',
        pitfalls: ['Equal to 2 × bridging share − 1: it holds the same information and so moves with group sizes just as much.']
      },
      expected_bridging_share: {
        name: 'expected bridging share',
        what: 'The bridging share you would expect if the same attendances were spread over the sessions at random. The yardstick for the real share.',
        formula: '1 − sum over the groups of M_group × (M_group − 1) / (M × (M − 1)), with M_group = the group’s attendances at the sessions used and M = all attendances',
        read: 'If 80% of attendances come from group A and 20% from group B, the expected share is about 1 − (0.8² + 0.2²) = 32%. A real share of 16% is then half what chance would give.',
        pitfalls: ['Not a target but a yardstick: it shows what group sizes alone would give.']
      },
      mixing_ratio: {
        name: 'mixing ratio',
        what: 'The real bridging share divided by the expected one. Do activities bring groups together more or less than chance, whatever the size of the groups?',
        formula: 'bridging share / expected bridging share',
        read: '1 = mixes as chance would; below 1 = groups keep to themselves; above 1 = activities bring groups together more than chance. Example: 16% / 32% = 0.5.',
        pitfalls: [
          'It does not move with group sizes: that is why it exists. Use this figure to compare wijken with a different make-up.',
          'Target-group activities (for example a language course for newcomers) give a low value for origin on purpose. Look at which activities drive the figure.',
          'With few sessions or one small group it swings a lot.',
          'For the home wijk characteristic: below 1 = residents mostly meet people from their own wijk.',
          'Below 0.5 raises an alert.'
        ]
      },
      assortativity: {
        name: 'assortativity',
        what: 'A network measure for the same question: do people seek out their own group? Like the mixing ratio it takes group sizes into account.',
        formula: '(share of meetings within a group − the same share by chance) / (1 − the same share by chance), from the mixing matrix',
        read: '0 = as chance would, 1 = contact only within one’s own group, below 0 = more contact between groups than chance. 0.30 means clearly more contact within the group than expected.',
        pitfalls: [
          'The opposite direction of the mixing ratio: high assortativity means little mixing.',
          'Chance is computed slightly differently than for the mixing ratio; small differences between the two are no contradiction.',
          'For analysts: equal to networkx’s attribute_assortativity_coefficient on the network with one link per pair per session.'
        ]
      },
      bridged_share: {
        name: 'bridged share',
        what: 'The share of participants who at least once were at a session with someone from another group.',
        formula: 'participants with at least one session together with someone of another known group / participants with a known group at the sessions used',
        read: '200 participants with a known age, 150 of whom were at least once together with someone of another age band: 75%.',
        pitfalls: [
          'One mixed session is enough: a high share can also mean everyone once came to one big, mixed event.',
          'It counts people, not pairs: it shows how widely bridging contact is spread, not how often it happens.'
        ]
      },
      bridged_share_z: {
        name: 'z-score of the bridged share',
        what: 'How many standard errors the wijk’s bridged share lies from that of the whole city, measured on the number of participants with a known group.',
        formula: '(bridged share of the wijk − p0) / √(p0 × (1 − p0) / participants with a known group), with p0 = the bridged share of the whole city',
        read: 'In the city 60% are bridged; in a wijk 150 of the 200 participants with a known age are bridged (75%): (0.75 − 0.60) / √(0.60 × 0.40 / 200) = 4.33. Above 3.09: more bridged than the city, beyond chance.',
        pitfalls: [
          'Location perspective, like the bridged share: the wijk of the activity counts, not the home wijk.',
          'Computed from protected counts (up to 2 off); not shown when the wijk or the city has fewer than k participants with a known group (default 5) or too few sessions.',
          'Per characteristic: a high z-score for age says nothing about origin.'
        ]
      },
      mixing: {
        name: 'mixing matrix',
        what: 'The mixing matrix: for every pair of groups, what part of all meetings was between those two groups. The heat map shows it.',
        formula: 'per pair of groups g|h: meetings between g and h / all meetings, each meeting counted in both directions',
        read: 'A cell "Belgisch | niet-EU" of 10%: 10% of all meetings (read in that direction) were between someone of Belgian and someone of non-EU origin. Set it beside the same cell by chance.',
        pitfalls: [
          'Every meeting counts in both directions (g|h and h|g): the matrix is symmetric and all cells add up to 100%.',
          'Not for the home wijk characteristic: there would be too many cells.',
          'Cells resting on too few persons are not shown.'
        ]
      },
      mixing_expected: {
        name: 'mixing matrix by chance',
        what: 'The same matrix if people mixed at random, with the same group sizes.',
        formula: 'share of group g in all meetings × share of group h',
        read: 'If a cell of the real matrix is much higher than here, those two groups meet more often than chance; much lower: they rarely meet.',
        pitfalls: ['Here too every meeting counts in both directions; read the cells beside those of the real matrix, not on their own.']
      },
      activity_participants: {
        name: 'participants of the activity',
        what: 'The number of different participants of one activity in the period. Someone who came every week counts once.',
        formula: 'number of different participants with at least one attendance at a session of the activity in the period',
        read: 'A language café with 12 regulars and 6 who came once: 18 participants.',
        pitfalls: [
          'The count is protected: it can be up to 2 off the real number. Fewer than k (default 5) is shown as "<5".',
          'The name of the activity is shown, never a participant.'
        ]
      },
      activity_pairs: {
        name: 'meeting pairs of the activity',
        what: 'The meeting pairs (as in the figure meeting pairs) within the sessions of one activity.',
        formula: 'sum over the sessions of the activity of n × (n − 1) / 2, with n = participants with a known group at the session',
        read: 'A walking club meets four times, each time with 10 participants of known age: 4 × 10 × 9 / 2 = 180 pairs.',
        pitfalls: [
          'Sessions with fewer than 2 or more participants than the cap do not count.',
          'Only shown with at least k participants with a known group (default 5) and 3 sessions used in the period.',
          'The count depends on the characteristic chosen: participants with an unknown value do not count.'
        ]
      },
      activity_bridging_share: {
        name: 'bridging share of the activity',
        what: 'The part of one activity’s meeting pairs that is between different groups.',
        formula: 'pairs between groups / all pairs, over the sessions of the activity',
        read: 'A session with 6 women and 4 men gives 45 pairs, 6 × 4 = 24 of them between groups: 53%.',
        pitfalls: [
          'It moves with the group sizes within the activity: compare activities by the mixing ratio, not by this share.',
          'A target-group activity (for example for seniors) is low for age on purpose; that is no judgement of the activity.',
          'Only shown with at least k participants with a known group (default 5) and 3 sessions used.'
        ]
      },
      activity_expected_bridging_share: {
        name: 'expected bridging share of the activity',
        what: 'The bridging share you would expect for this activity if the same attendances were spread over its sessions at random.',
        formula: '1 − sum over the groups of M_group × (M_group − 1) / (M × (M − 1)), over the attendances at the sessions of the activity',
        read: 'If 80% of the attendances are from group A and 20% from group B, the expected share is about 1 − (0.8² + 0.2²) = 32%.',
        pitfalls: [
          'A point of comparison, not a target: it shows what the make-up of the activity alone would give.',
          'Only shown with at least k participants with a known group (default 5) and 3 sessions used.'
        ]
      },
      activity_mixing_ratio: {
        name: 'mixing ratio of the activity',
        what: 'One activity’s real bridging share divided by the expected one. Does this activity bring groups together more or less than chance?',
        formula: 'bridging share of the activity / expected bridging share of the activity',
        read: '1 = mixes as chance would; below 1 = groups keep to themselves (bonding); above 1 = the activity brings groups together more than chance (bridging). Example: 16% / 32% = 0.5.',
        pitfalls: [
          'With few sessions or one small group it swings a lot.',
          'A target-group activity has a low value on purpose for the characteristic of its target group.',
          'Only shown with at least k participants with a known group (default 5) and 3 sessions used; the counts beneath it are protected (up to 2 off).'
        ]
      },
      // ---- Overlap --------------------------------------------------------------
      bw: {
        name: 'reached by buurtwerk',
        what: 'The number of different residents of the wijk with at least one buurtwerk participation in the period, wherever in the city.',
        formula: 'residents with at least one buurtwerk participation in the period',
        read: 'Buurtwerk 300, GGW 120, both 80: 80 residents came to both.',
        pitfalls: [
          'Residents perspective: an activity in the next wijk counts for the home wijk.',
          'Fewer than k persons (5 by default) is shown as "<5"; because the five overlap figures hang together, another figure can be hidden with it.'
        ]
      },
      ggw: {
        name: 'reached by GGW',
        what: 'The number of different residents of the wijk with at least one participation in area-based work (GGW) in the period, wherever in the city.',
        formula: 'residents with at least one GGW participation in the period',
        read: 'GGW reached 120 residents of the wijk.',
        pitfalls: ['Residents perspective, as for buurtwerk: the home wijk counts, not the place of the activity.']
      },
      both: {
        name: 'reached by both',
        what: 'The number of residents who took part in both buurtwerk and GGW in the period.',
        formula: 'residents with at least one buurtwerk participation and at least one GGW participation in the period',
        read: '80 residents of the wijk came to both.',
        pitfalls: ['Over a longer period the overlap is larger: someone can come to buurtwerk in January and to GGW in October.']
      },
      bw_only: {
        name: 'buurtwerk only',
        what: 'Residents who took part in buurtwerk but not in GGW.',
        formula: 'reached by buurtwerk − reached by both',
        read: '300 − 80 = 220 residents in buurtwerk only.',
        pitfalls: ['When one of the overlap figures is hidden, this one may be hidden too, so the small figure cannot be worked out.']
      },
      ggw_only: {
        name: 'GGW only',
        what: 'Residents who took part in GGW but not in buurtwerk.',
        formula: 'reached by GGW − reached by both',
        read: '120 − 80 = 40 residents in GGW only.',
        pitfalls: ['When one of the overlap figures is hidden, this one may be hidden too.']
      },
      jaccard: {
        name: 'overlap (Jaccard)',
        what: 'How much the publics of buurtwerk and GGW overlap: what part of all residents reached came to both.',
        formula: 'both / (buurtwerk or GGW) = both / (buurtwerk + GGW − both)',
        read: '80 / (300 + 120 − 80) = 80 / 340 = 24%. 0% = no shared residents, 100% = exactly the same residents.',
        pitfalls: [
          'When one public is much larger than the other, Jaccard stays low even if the small public lies wholly inside the large one. Then look at "GGW via buurtwerk".'
        ]
      },
      ggw_via_bw: {
        name: 'GGW via buurtwerk',
        what: 'What part of the residents that GGW reaches are also reached by buurtwerk. Per group of a characteristic it shows which groups GGW reaches mainly through buurtwerk.',
        formula: 'both / GGW',
        read: '80 / 120 = 67%: two in three GGW participants from the wijk also came to buurtwerk.',
        pitfalls: [
          'It does not say buurtwerk brought them to GGW; for the order see "buurtwerk first" and "GGW first".',
          'Not symmetric: both / buurtwerk is another figure.'
        ]
      },
      gateway_bw_first: {
        name: 'buurtwerk first',
        what: 'Of the residents who came to both: what part came to buurtwerk first and only later to GGW.',
        formula: 'residents in both whose first buurtwerk participation is before their first GGW participation / residents in both (all data up to the end of the period)',
        read: 'Of 80 residents in both, 48 came to buurtwerk first (60%), 24 to GGW first (30%) and 8 on the same day (10%).',
        pitfalls: [
          'Order is not cause: coming to buurtwerk first does not prove buurtwerk showed the way.',
          'It looks at all data up to the end of the period, not just the period itself.',
          'Someone who came to either before the data begin may be sorted wrongly.'
        ]
      },
      gateway_ggw_first: {
        name: 'GGW first',
        what: 'Of the residents who came to both: what part came to GGW first and only later to buurtwerk.',
        formula: 'residents in both whose first GGW participation is before their first buurtwerk participation / residents in both',
        read: 'In the example: 24 of 80 = 30%.',
        pitfalls: ['Order is not cause, and early data can distort the order (see "buurtwerk first").']
      },
      gateway_same_day: {
        name: 'same day',
        what: 'Of the residents who came to both: what part came to both for the first time on the same day.',
        formula: 'residents in both whose first buurtwerk and first GGW participation are on the same day / residents in both',
        read: 'In the example: 8 of 80 = 10%. This can point to a joint event or a referral on the spot.',
        pitfalls: ['The three shares (buurtwerk first, GGW first, same day) add up to 100%.']
      },
      gateway_median_days: {
        name: 'median days between the two',
        what: 'How many days typically lie between the first participation in one and in the other, for residents in both.',
        formula: 'median over the residents in both of the days between their first buurtwerk and first GGW participation',
        read: 'Median 45 days: half of them came to the other within 45 days of their first participation, the other half later.',
        pitfalls: [
          'The median is the middle value, not an average: a few very long gaps do not pull it up.',
          'Shortly after the data begin, only short gaps can occur.'
        ]
      },
      partner_hhi: {
        name: 'partner concentration (HHI)',
        what: 'How concentrated the GGW sessions in the wijk are among partner organisations (the Herfindahl index). 1 = always the same partner; close to 0 = spread over many partners.',
        formula: 'sum over the partners of (the partner’s share of GGW sessions in the wijk)²',
        read: 'Three partners with 50%, 30% and 20% of the sessions: 0.5² + 0.3² + 0.2² = 0.38. Four partners of equal size give 0.25.',
        pitfalls: [
          'Only sessions of activities that name a partner count.',
          'A high value is not bad in itself: it can be a strong, lasting partnership. It is fragile if that partner drops out.',
          'Location perspective: it is about sessions in the wijk, not where the participants live.'
        ]
      },
      // ---- Self-organisation -----------------------------------------------------
      involvement_share: {
        name: 'volunteer or co-organiser share',
        what: 'The part of all participations in which someone was a volunteer or co-organiser.',
        formula: 'participations as volunteer or co-organiser / all participations',
        read: '2,000 participations, 300 of them as volunteer or co-organiser: 15%.',
        pitfalls: [
          'It counts participations, not people: one volunteer who comes every week weighs heavily. Look at the number of volunteers and co-organisers too.',
          'Depends on how well roles are recorded: an empty role counts as an ordinary participant.'
        ]
      },
      involved_participants: {
        name: 'volunteers and co-organisers',
        what: 'The number of different people with at least one participation as volunteer or co-organiser at activities in the wijk.',
        formula: 'different participants with at least one participation in the role volunteer or co-organiser',
        read: '25: twenty-five different people helped at least once.',
        pitfalls: ['Location perspective: they need not live in the wijk.', 'Fewer than k persons (5 by default) is shown as "<5".']
      },
      resident_initiated_share: {
        name: 'resident-initiated share',
        what: 'The part of the activities in the wijk (with at least one session in the period) that residents set up.',
        formula: 'activities set up by residents / all activities with a session in the period',
        read: '4 of the 20 activities were set up by residents: 20%.',
        pitfalls: [
          'It counts activities, not sessions or participants: a small residents’ initiative weighs as much as a large programme.',
          'Activities without a recorded initiator count as not set up by residents.'
        ]
      },
      // ---- Signals -----------------------------------------------------------------
      signals: {
        name: 'signals',
        what: 'The number of signals about the wijk passed on to the city in the period, also per theme and per source (buurtwerk, GGW, residents).',
        formula: 'signals raised in the period',
        read: '12 signals about housing, 8 of them from buurtwerk: buurtwerk passed on most housing signals.',
        pitfalls: [
          'More signals does not mean more problems: it can also mean passing them on works better.',
          'Signals without a theme are listed under "unknown".'
        ]
      },
      signals_answered_30d: {
        name: 'answered within 30 days',
        what: 'The part of the period’s signals that got an answer within 30 days.',
        formula: 'signals answered within 30 days of being raised / signals raised in the period',
        read: '9 of the 12 signals answered within 30 days: 75%.',
        pitfalls: ['Signals from the last weeks of the data have not had 30 days yet: in the last month the share is lower by itself.']
      },
      signal_median_days: {
        name: 'median days to an answer',
        what: 'How many days an answer typically takes, for the signals that were answered.',
        formula: 'median of (date answered − date raised) in days, over the answered signals of the period',
        read: 'Median 14: half of the answered signals had an answer within 14 days.',
        pitfalls: ['Only answered signals count. The median can look good while many signals stay open: read it with "still open".']
      },
      signals_open_share: {
        name: 'still open',
        what: 'The part of the period’s signals that has no answer yet.',
        formula: 'signals without a date answered / signals raised in the period',
        read: '3 of the 12 signals still open: 25%.',
        pitfalls: ['"Still open" holds at the time of the data: recent signals are open more often by themselves.']
      }
    },
    dimensions: {
      age_band: 'age band',
      gender: 'gender',
      origin: 'origin',
      residence_wijk: 'home wijk'
    },
    providers: { all: 'all providers', buurtwerk: 'buurtwerk (community work)', ggw: 'area-based work (GGW)' },
    unknownGroup: 'unknown',
    notShown: 'not shown',
    notAvailable: 'n/a',
    perThousand: 'per 1,000',
    reasons: {
      below_k: (k) => `Not shown: rests on fewer than ${k} persons (privacy).`,
      not_available: () => `Not available for this period (e.g. no data on the previous period, too few sessions or nobody reached).`
    }
  },

  explain: {
    title: 'What the figures mean',
    intro: [
      'This page explains every figure of Wijkweefsel: what it is, how it is computed, how to read it and what to watch out for. Every figure has its own address, so other pages can link straight to it (for example /uitleg/#reach_rate).',
      'All figures count groups of people, never one person.'
    ],
    tocLabel: 'Contents',
    backToTop: 'Back to contents',
    labels: { what: 'What is it?', formula: 'Formula', read: 'How to read it', pitfalls: 'Watch out', source: 'Source', exportName: 'Name in exports' },
    basics: {
      anchor: 'basisbegrippen',
      title: 'Basic terms',
      terms: [
        { term: 'Wijk', text: 'The neighbourhood the city compares. Every wijk has a population figure. A figure for the whole city counts all wijken together and is not the sum or average of the wijken: someone taking part in two wijken counts once.' },
        { term: 'Buurtwerk and GGW', text: 'Buurtwerk is community work in the neighbourhood by a non-profit or the city. GGW (gebiedsgerichte werking) is the city’s area-based work. You can view the figures for buurtwerk, for GGW or for all providers together.' },
        { term: 'Activity, session, participation', text: 'An activity is something offered, in one wijk, by one organisation, in one domain (meeting, leisure, health, housing, language …). A session is one activity on one date. A participation is one person at one session, as participant, volunteer or co-organiser.' },
        { term: 'Participant', text: 'A person, known only by a pseudonym (a code instead of a name), with characteristics that may be missing: home wijk, age band, gender, origin. The site never shows a pseudonym.' },
        { term: 'Characteristic and group', text: 'A characteristic is for example age; a group is one of its values, for example 65–79.' },
        { term: 'Unknown', text: 'A missing value. Such a person counts in the totals, but not in the figures on make-up and mixing. The "unknown" share is shown: when it is large, read those figures with care.' },
        { term: 'Residents or location', text: 'Reach and overlap count people in the wijk where they live (residents perspective): only then can they be set beside the population. Meeting and self-organisation count people in the wijk where the activity is (location perspective): that is where they meet. So the participants "from" a wijk are not the same people as the participants "in" a wijk.' },
        { term: 'Location unknown', text: 'Participants without a known home wijk count in a separate "location unknown" wijk of their city. It has no population, so no reach.' }
      ]
    },
    periods: {
      anchor: 'perioden',
      title: 'Periods',
      intro: 'Every figure is about a period of whole months. You choose the kind of period and its last month.',
      terms: [
        { term: 'Month', text: 'One calendar month.' },
        { term: 'Quarter', text: 'A calendar quarter: January–March, April–June, July–September or October–December. Not just any three months in a row.' },
        { term: 'Rolling year', text: 'The 12 months ending at the chosen month. Choose November 2026 and it covers December 2025 up to and including November 2026. Each month the year moves on by one month; seasons such as the summer break even out.' }
      ],
      notes: [
        'Only periods wholly inside the data are offered: you would otherwise compare a cut-off quarter or year with a full one. If the data run from December 2024 to November 2026, the first quarter is January–March 2025, the last July–September 2026, and the first rolling year ends in November 2025.',
        'Someone counts once per period, however often they came. A year is not the sum of twelve months. Compare only periods of the same kind.',
        'Newcomers have no figure in a period containing the first month of the data, and retention has none when the previous period starts before the data.'
      ]
    },
    alerts: {
      anchor: 'alarmsignalen',
      title: 'Alerts (narrow reach)',
      intro: [
        'An alert points to a narrow reach in a wijk. It is a question to look closer, not a verdict: an activity for a target group can be narrow on purpose.',
        'The thresholds below are the defaults; a city can set others. Every alert links to the figure it is based on.'
      ],
      when: 'When',
      meaning: 'What it means',
      look: 'Where to look',
      evidence: 'Based on'
    },
    privacy: {
      anchor: 'privacy',
      title: 'Privacy: small numbers',
      intro: (p) => [
        `Figures about few people can give away something about one person. So every count of persons first gets a small, fixed deviation (noise), and then a threshold k applies: 5 by default. A city may raise it, never lower it below 3. On this site k = ${enNum(p.k)}.`,
        'Figures may be off by up to 2 to protect people. Every share, rate and index is computed from those counts with noise.',
        'A hidden figure is never shown or drawn as zero: it is marked, with a reason.'
      ],
      tableCaption: 'What you see instead of a figure',
      colShown: 'You see',
      colFor: 'For',
      colMeaning: 'Meaning',
      shownFor: {
        count: 'a count of persons',
        rate: 'a rate, share or index',
        notAvailable: 'a figure that does not exist for this period (such as newcomers in the first month)'
      },
      example: (p) =>
        `Why noise: a wijk has 40 participants, 20 men, 18 women and 2 with gender x. If only the 2 were hidden ("<${enNum(p.k)}"), 40 − 20 − 18 would give it back. With noise the 40 may be 41 and the 18 may be 17: the difference no longer tells who is hidden. The same group of persons always gets the same deviation, so a figure does not change when you open the page again.`,
      rules: (p) => [
        `A count of persons below ${enNum(p.k)} is shown as "<${enNum(p.k)}".`,
        `A rate, share or index whose numerator or denominator counts fewer than ${enNum(p.k)} persons is not shown ("not shown"), with the reason.`,
        'Every count of persons first gets a deviation from −2 to +2, fixed for the same group of persons (a key per person, derived with the city\'s secret key); 0 stays 0. Then the threshold applies. So nobody can find a hidden count back by adding and subtracting published figures.',
        `Network figures (bonding and bridging) need at least ${enNum(p.k)} participants with a known group and 3 sessions.`,
        'No pseudonym and no row about one person is ever shown or exported.'
      ]
    },
    sources: { anchor: 'bronnen', title: 'Sources', },
    families: {
      reach: {
        title: 'Reach',
        intro: () => [
          'How many residents of a wijk take part, and which ones? These figures count people in the wijk where they live (the residents perspective), even when the activity is in another wijk. Only then can they be set beside that wijk’s population.',
          'The dissimilarity index comes from Duncan & Duncan (1955), heterogeneity from Blau (1977).'
        ]
      },
      bridging: {
        title: 'Bonding and bridging',
        intro: (p) => [
          'Who meets whom? After Putnam (2000): bonding is contact within one’s own group, bridging is contact between different groups. Both matter: the first gives support and trust, the second opens new circles.',
          'Two participants at the same session form one pair, once per session. A group is a value of a characteristic: an age band, a gender, an origin, or the home wijk (then it is about meetings between residents of different wijken).',
          `These figures count people in the wijk where the activity takes place (the location perspective): that is where they meet. Sessions with fewer than 2 or more than ${enNum(p.cap)} participants are left out: a street party is being there together, not contact. A network figure is only shown with at least ${enNum(p.k)} participants with a known group and 3 sessions.`,
          'The E-I index comes from Krackhardt & Stern (1988), assortativity and the mixing matrix from Newman (2003).'
        ]
      },
      overlap: {
        title: 'Overlap between buurtwerk and area-based work',
        intro: () => [
          'Do buurtwerk (community work) and area-based work (GGW) reach the same residents, or each a public of its own? And who came to which first?',
          'These figures count residents in their home wijk, wherever in the city the activity is. The provider filter (buurtwerk or GGW) does not apply here: these figures compare the two. Only partner concentration looks at the sessions held in the wijk itself.'
        ]
      },
      selforg: {
        title: 'Self-organisation',
        intro: () => [
          'Do residents only take part, or do they also help organise? These figures are about the activities held in the wijk (location perspective): those who help need not live there.'
        ]
      },
      signals: {
        title: 'Signals passed on',
        intro: () => [
          'Signals are reports that buurtwerk, GGW or residents pass on to the city, for example about housing or safety, and the city’s answer. This is an optional file: without signals there are no figures.',
          'A signal is about a wijk, not a person, so the privacy rule for small numbers of persons does not apply here. The provider filter does not apply either: the signal’s source is a breakdown of its own. Signals passed on are something else than the alerts further down.'
        ]
      }
    }
  },

  alerts: {
    kinds: {
      representation: {
        title: 'A large group is hardly reached',
        rule: (t) => `A group with at least ${t.groupShare} of the wijk’s population has a representation index below ${t.representation}.`,
        meaning:
          'A group that makes up a good part of the wijk is much less present among the participants than in the wijk. At an index of 0.5 it is only half as present.',
        look: 'Look at group reach and at the activities that do reach this group. Check the "unknown" share too: if many participants have no value, the index can come out too low.'
      },
      concentration: {
        title: 'A small core carries the participation',
        rule: (t) =>
          `The top-20% share is ${t.concentration} or more: the 20% most active participants account for at least ${t.concentration} of all participations.`,
        meaning: 'The activities run on a small fixed group. That can be a strong core, but the reach is narrow.',
        look: 'Look at the number of participants and newcomers. Weekly activities with a fixed group naturally give a higher share.'
      },
      representativeness: {
        title: 'Participants look little like the wijk',
        rule: (t) => `Representativeness for a characteristic is below ${t.representativeness}.`,
        meaning: 'A large part of the participants would have to change group to match the make-up of the wijk.',
        look: 'Look at the representation index per group: which groups are missing, which are very present? Target-group activities can cause this on purpose.'
      },
      mixing: {
        title: 'Groups keep to themselves',
        rule: (t) => `The mixing ratio is below ${t.mixing}: there are far fewer meetings between groups than chance would give.`,
        meaning: 'At the activities in the wijk people mostly sit with their own group, even taking into account how large the groups are.',
        look: 'Look in the mixing matrix at which groups rarely meet, and whether target-group activities (such as a language course) drive the figure.'
      },
      newcomers: {
        title: 'Few new faces',
        rule: (t) => `The newcomer share is below ${t.newcomers} for ${t.months} months in a row.`,
        meaning: 'The activities mostly reach people who already came. Over time that makes reach narrower.',
        look: 'Look at retention and reach. Summer months have fewer activities; the first month of the data has no newcomer figure.'
      }
    },
    severity: { strong: 'strong', clear: 'clear', slight: 'slight' },
    unassessed: {
      below_k: 'too few persons (privacy)',
      not_available: 'no figure for this period'
    },
    fraction: (times) => {
      if (times === null) return 'not at all';
      if (times <= 1) return 'less';
      if (times > 10) return 'hardly';
      return ['', '', 'only half as', 'only a third as', 'only a quarter as', 'only a fifth as', 'only a sixth as', 'only a seventh as', 'only an eighth as', 'only a ninth as', 'only a tenth as'][times];
    },
    groupPhrase: (dimension, group, dimName) => {
      if (dimension === 'age_band') {
        const m = /^(\d+)-(\d+)$/.exec(group);
        if (m) return `people aged ${m[1]}–${m[2]}`;
        const plus = /^(\d+)\+$/.exec(group);
        if (plus) return `people aged ${plus[1]}+`;
      }
      const known: Record<string, Record<string, string>> = {
        origin: { Belgisch: 'residents of Belgian origin', EU: 'residents of other EU origin', 'niet-EU': 'residents of non-EU origin' },
        gender: { man: 'men', vrouw: 'women', x: 'people of gender X' }
      };
      return known[dimension]?.[group] ?? `residents in the group “${group}” (${dimName})`;
    },
    sentence: {
      representation: (p) => {
        const how = p.words === 'not at all' || p.words === 'hardly' ? `${p.words} represented` : `${p.words} strongly represented as in the wijk`;
        return `${p.head}${p.who} are ${how} (index ${p.index}; ${p.share} of the population).`;
      },
      concentration: (p) => `${p.head}the most active 20% of participants make ${p.value} of all participations (threshold ${p.threshold}).`,
      representativeness: (p) => `${p.head}by ${p.dimension}, the participants look little like the wijk (representativeness ${p.value}; threshold ${p.threshold}).`,
      mixing: (p) => {
        const how =
          p.words === 'not at all' || p.words === 'hardly'
            ? `meetings across groups ${p.words === 'hardly' ? 'hardly happen' : 'do not happen'}`
            : `meetings across groups are ${p.words === 'less' ? 'less frequent' : `${p.words} frequent`} as chance would give`;
        return `${p.head}participants keep to their own group by ${p.dimension}; ${how} (mixing ratio ${p.ratio}).`;
      },
      newcomers: (p) => `${p.head}fewer than ${p.threshold} newcomers ${p.count} months in a row (${p.months}).`
    }
  },

  overview: {
    title: 'Overview of the wijken',
    intro:
      'Choose a city, a period and a provider. The map colours the wijken by the chosen figure; the table beside it ranks them, with the figure of the city as a whole. Choose two wijken to put them side by side.',
    controls: 'What the map and the table show',
    mapHeading: 'Map',
    rankHeading: 'Ranking',
    city: 'City',
    period: 'Kind of period',
    kinds: { month: 'month', quarter: 'quarter', year: 'rolling year' },
    end: 'Period',
    provider: 'Provider',
    figure: 'Figure on the map',
    dimension: 'Characteristic',
    quarter: (q, year) => `Q${q} ${year}`,
    range: (from, to) => `${from} – ${to}`,
    periodText: (kind, label) => (kind === 'month' ? label : kind === 'quarter' ? label : `the 12 months ${label}`),
    loading: 'Loading figures…',
    failed: (m) => `The figures could not be loaded: ${m}`,
    mapTitle: (figure, city) => `${capital(figure)} by wijk in ${city}`,
    mapSummary: (top, bottom, city, hidden) => `${top}${bottom ? `, ${bottom}` : ''}; the city as a whole ${city}.${hidden ? ` ${hidden}` : ''}`,
    highest: (figureHigh, wijk, v) => `${wijk} has ${figureHigh} (${v})`,
    lowest: (wijk, v) => `${wijk} the lowest (${v})`,
    hiddenCount: (n) => (n === 1 ? '1 wijk not shown (hatched).' : `${n} wijken not shown (hatched).`),
    noneShown: (city) => `This figure cannot be shown for any wijk of ${city} in this period.`,
    periodNote: (period, provider) => `Period: ${period}; ${provider}.`,
    mapLabel: (figure) => `Map: ${figure} by wijk. Choose a wijk with Enter or a click.`,
    legend: 'Legend',
    below: (x) => `below ${x}`,
    between: (a, b) => `${a} to ${b}`,
    above: (x) => `${x} or more`,
    wijkCount: (n) => (n === 1 ? '1 wijk' : `${n} wijken`),
    hatched: 'hatched: not shown (too few persons, privacy) or not available',
    mixingBands: ['groups keep strongly to themselves', 'less mixing than chance', 'about as chance', 'more mixing than chance', 'much more mixing than chance'],
    selectedA: 'first chosen wijk: solid outline, A',
    selectedB: 'second chosen wijk: dashed outline, B',
    noMap: (city) => `No map for ${city}: the wijk boundaries are missing. The table shows every wijk.`,
    colWijk: 'Wijk',
    colValue: 'Value',
    colClass: 'Class',
    colRank: 'Rank',
    colBasis: (basis) => `Based on (${basis})`,
    colTrend: 'By month (12 months)',
    sortBy: (col) => `Sort by ${col}`,
    rankingTitle: (figure, city) => `Wijken of ${city} ranked by ${figure}`,
    rankingSummary: (above, shown, city) => `${above} of the ${shown} wijken with a shown figure lie above the figure of ${city} as a whole.`,
    cityRow: 'whole city (all residents together)',
    cityRowNote:
      'The city figure is the figure of the city as a whole (all participants against all residents), not the mean of the wijken. Participants whose home wijk cannot be located count in the city but in no wijk.',
    openWijk: (wijk) => `Open the wijk page of ${wijk}`,
    sparkCaption: (figure) => `${capital(figure)} by month`,
    sparkAlt: (figure, from, to, first, last, min, max, gaps) =>
      `${capital(figure)} by month, ${from} – ${to}: first ${first}, last ${last}; lowest ${min}, highest ${max}.${gaps ? ` ${gaps === 1 ? '1 month' : `${gaps} months`} without a shown figure.` : ''}`,
    sparkNone: (figure) => `${capital(figure)} by month: no shown figure in these 12 months.`,
    month: 'Month',
    compareTitle: 'Two wijken side by side',
    compareHint: 'Choose two wijken here, or click (or press Enter on) a wijk on the map: the first click chooses the first wijk, the next the second; clicking again puts a wijk back.',
    wijkA: 'First wijk (A)',
    wijkB: 'Compare with (B)',
    noWijk: '— none —',
    compareEmpty: 'No wijk chosen yet.',
    compareChart: (names) => `Key figures: ${names}`,
    compareTable: 'Key figures side by side',
    compareSummary: (parts, figure) => `${capital(figure)}: ${parts.join(', ')}.`,
    colFigure: 'Figure',
    perDimension: (dim) => `by ${dim}`,
    notShownNote: 'A figure that is not shown (“<5”, “not shown”, “n/a”) gets no bar.',
    ratioNote: 'The vertical line at the mixing ratio marks 1: mixing as chance would.',
    cityColumn: (city) => `${city} (city)`,
    cityTag: 'city',
    highestOf: {
      reach_rate: 'the highest reach',
      representativeness: 'the highest representativeness',
      mixing_ratio: 'the highest mixing ratio',
      ggw_via_bw: 'the highest share of GGW participants also reached by buurtwerk'
    }
  },

  wijk: {
    pageTitle: (wijk) => `${wijk} – Wijkweefsel`,
    pageTitleNone: 'Choose a wijk – Wijkweefsel',
    heading: (wijk, city) => `${wijk}, ${city}`,
    headingNone: 'Choose a wijk',
    lead: (period, provider) => `Figures for ${period}, ${provider}.`,
    loading: 'Loading figures…',
    loadError: (msg) => `The figures could not be loaded: ${msg}`,
    back: 'Back to the overview',
    controls: 'View',
    wijk: 'Wijk',
    noWijk: '— choose a wijk —',
    period: 'Period',
    periodKinds: { month: 'One month', quarter: 'Quarter', year: '12 months' },
    end: 'Up to and including',
    provider: 'Provider',
    dimension: 'Characteristic',
    toc: 'On this page',
    sections: {
      reach: 'Reach',
      bonding: 'Bonding and bridging',
      overlap: 'Overlap of buurtwerk and GGW',
      selforg: 'Self-organisation',
      signals: 'Signals passed on'
    },
    pickIntro: 'Choose a wijk to see its reach and cohesion.',
    pickCity: (city) => `Wijken of ${city}`,
    periodText: (kind, from, to) => (kind === 'month' ? to : `${from} to ${to}`),

    reachHeading: 'Reach',
    reachIntro:
      'How many residents of this wijk took part, how does that compare with the population, and do the same people keep coming or new ones too?',
    statParticipants: 'Participants (residents)',
    statReach: 'Reach per 1,000 residents',
    statCity: (v) => `city: ${v}`,
    monthCol: 'Month',
    wijkLine: (wijk) => `${wijk}`,
    cityLine: (city) => `${city} (whole city)`,
    solidCircles: 'solid line with circles',
    dashedSquares: 'dashed line with squares',
    trendTitle: 'Reach per month, last 12 months',
    trendY: 'per 1,000 residents',
    trendSummary: (wijk, month, v, city, cv, firstMonth, fv) =>
      `In ${month} the work reached ${v} per 1,000 residents in ${wijk} (${city}: ${cv}); in ${firstMonth} it was ${fv}.`,
    trendSummaryShort: (wijk, month, v, city, cv) => `In ${month} the work reached ${v} per 1,000 residents in ${wijk} (${city}: ${cv}).`,
    trendNone: (wijk) => `There is no monthly reach figure to show for ${wijk}.`,
    trendGaps: (n) =>
      `${n} ${n === 1 ? 'month is' : 'months are'} not shown (privacy or not available): the line breaks there, marked with ×.`,
    pointLabel: (line, month, v) => `${line}, ${month}: ${v}`,
    gapLabel: (line, month, v) => `${line}, ${month}: ${v}`,

    reprTitle: (dim) => `Representation by ${dim} against the population`,
    reprHelp:
      'A bar to the right: the group is more present than in the wijk’s population; to the left: less. 1 = as in the population, 0.5 = half as present, 2 = twice as present (log scale).',
    reprUnder: 'To the left, hatched: less than in the population',
    reprOver: 'To the right, solid: more than in the population',
    reprSummary: (wijk, dim, low, lowV, high, highV) =>
      `In ${wijk}, ${low} is the least represented group by ${dim} (index ${lowV}), ${high} the most (${highV}).`,
    reprBelow: (groups) => ` Below half their share of the population: ${groups}.`,
    reprHidden: (n) => ` ${n} ${n === 1 ? 'group is' : 'groups are'} not shown.`,
    reprNone: (wijk, dim) => `No representation index by ${dim} can be shown for ${wijk}.`,
    reprBarLabel: (group, v) => `${group}: representation index ${v}`,
    reprHiddenLabel: (group, reason) => `${group}: not shown. ${reason}`,
    reprClipped: 'beyond the scale',
    unknownNote: (share, dim) => `${share} of the participants have an unknown ${dim}; they are left out of this comparison.`,
    unknownNoteSmall: (k, dim) => `Fewer than ${k} participants have an unknown ${dim}; they are left out of this comparison.`,
    groupCol: 'Group',
    popShareCol: 'Share of the population',
    axisOne: 'as in the population',

    reprnessTitle: 'Representativeness by characteristic',
    reprnessHelp:
      'Representativeness = 1 − dissimilarity index: 1 when the participants are composed like the population. Below 0.6 (dotted line) counts as narrow reach.',
    reprnessSummary: (wijk, worst, v, city) => `${wijk} is least representative by ${worst} (${v}; city: ${city}).`,
    reprnessNone: (wijk) => `No representativeness can be shown for ${wijk}.`,
    reprnessBelow: (dims) => ` Below the threshold of 0.6: ${dims}.`,
    dotWijk: 'Circle: this wijk',
    dotCity: 'Square: whole city',
    dotLabel: (area, dim, v) => `${area}, ${dim}: representativeness ${v}`,
    threshold: 'threshold 0.6',
    areaCol: 'Area',

    lorenzTitle: 'Concentration: who takes part how often (Lorenz curve)',
    lorenzHelp:
      'From left to right the participants, least active first; the curve shows their share of all participations. The further the curve sags below the diagonal (everyone equally often), the more participation rests on a small core.',
    lorenzX: 'share of participants (least active first)',
    lorenzY: 'share of participations',
    lorenzEqual: 'Dashed line: everyone takes part equally often',
    lorenzCurve: 'Solid line: this wijk',
    lorenzTop: (v) => `top 20%: ${v}`,
    lorenzSummary: (wijk, top, gini, half) =>
      `In ${wijk} the 20% most active participants account for ${top} of all participations; the least active half for ${half}. Gini coefficient: ${gini}.`,
    lorenzSummaryNoCurve: (wijk, top, gini) =>
      `In ${wijk} the 20% most active participants account for ${top} of all participations. Gini coefficient: ${gini}.`,
    lorenzHidden: (reason, k) => `The curve itself is not drawn. ${reason} Each tenth of the participants must rest on at least ${k} persons.`,
    lorenzNone: (wijk, reason) => `The top-20% share of ${wijk} is not shown. ${reason}`,
    lorenzPoint: (p, v) => `The least active ${p} of participants: ${v} of participations`,
    decileCol: 'Least active participants',
    shareCol: 'Share of participations',

    newcomersTitle: 'Newcomers and retention per month',
    newcomersY: 'share',
    newPeriod: (wijk, v) => `In the chosen period ${v} of the participants from ${wijk} were new.`,
    newPeriodHidden: (wijk) => `The newcomer share of ${wijk} in the chosen period is not shown.`,
    retPeriod: (v) => ` Of those who took part in the period before, ${v} came back.`,
    retPeriodHidden: ' Retention is not shown.',
    lastNew: (v) => `${v} new`,
    lastRet: (v) => `${v} retained`,
    lastMonth: (month, parts) => ` In ${month}: ${parts}.`,
    newcomerLine: 'Newcomer share',
    retentionLine: 'Retention (participants of the previous month who came back)',

    domainsTitle: 'Breadth: in how many domains participants take part',
    domainsSummary: (wijk, dpp, multi, city, cdpp, cmulti) =>
      `A participant from ${wijk} took part in ${dpp} domains on average; ${multi} in two or more (${city}: ${cdpp} and ${cmulti}).`,
    domainsSummaryHidden: (wijk, dpp, multi, city, cdpp, cmulti) =>
      `${wijk}: domains per participant ${dpp}, share in two or more domains ${multi} (${city}: ${cdpp} and ${cmulti}).`
  },

  sections: {
    city: (city) => `${city} (whole city)`,
    area: 'Area',
    group: 'Group',
    dimension: 'Characteristic',
    value: 'Value',
    hatched: 'Hatched or dashed: not shown (privacy) or not available.',
    hiddenCount: 'an undisclosed number',
    hiddenShare: 'an undisclosed share',
    hiddenValue: 'an undisclosed value',
    otherProvider: (figures, chosen) => `Note: these figures are for ${figures}, even though ${chosen} is chosen.`,

    bondingHeading: 'Cohesion: bonding and bridging',
    bondingIntro:
      'Who meets whom in the activities held in this wijk (including participants who live elsewhere)? Two participants in the same session make one pair. Actual mixing is compared with random mixing of the same participants.',
    mixingTitle: (dim) => `Pairs between groups (${dim}) against chance`,
    observedLegend: 'Dot: actual share of pairs between groups',
    expectedLegend: 'Vertical line: expected under random mixing',
    readings: {
      apart: 'groups keep to themselves more than chance would',
      chance: 'about as chance would',
      together: 'the activities bring groups together more than chance'
    },
    mixingSummary: (wijk, dim, share, expected, ratio, reading) =>
      `In ${wijk}, ${share} of the pairs are between different groups (${dim}); random mixing would give ${expected}. Mixing ratio ${ratio}: ${reading}.`,
    mixingHidden: (wijk, reason) => `The mixing ratio of ${wijk} is not shown. ${reason}`,
    dotLabel: (area, share, expected, ratio) => `${area}: share of pairs between groups ${share}, by chance ${expected}, mixing ratio ${ratio}`,
    bridgedKey: (dim) => `Participants who met someone of another group (${dim})`,
    bridgedWijkKey: 'Participants who met someone from another wijk',
    pairsCaption: 'Pairs by characteristic',

    matrixTitle: (dim) => `Mixing matrix by ${dim}, beside chance`,
    matrixObserved: 'Actual',
    matrixExpected: 'Under random mixing',
    matrixHelp:
      'Row: the group of one participant; column: that of the other. Each pair counts in both directions; all cells add up to 100%. The arrow keys move from cell to cell.',
    matrixLegend: 'Share of all pairs: light = few, dark = many',
    matrixSummary: (within, withinExpected) =>
      `Pairs within the same group make up ${within} of all pairs; random mixing would give ${withinExpected}.`,
    matrixAbove: (g, h, observed, expected) => ` Furthest above chance: ${g} with ${h} (${observed} against ${expected}).`,
    matrixAboveSame: (g, observed, expected) => ` Furthest above chance: ${g} among themselves (${observed} against ${expected}).`,
    matrixPartial: 'Not every cell of the matrix is shown; the others are hatched.',
    matrixHidden: (reason) => `The mixing matrix is not shown. ${reason}`,
    matrixNone: 'No mixing matrix for this wijk and period: too few sessions or too few participants with a known group.',
    cellLabel: (which, g, h, value) => `${which}, ${g} with ${h}: ${value}`,
    withGroup: 'with group',

    wijkenTitle: 'Bridging between wijken',
    wijkenSummary: (wijk, share, expected, ratio, reading) =>
      `In the activities in ${wijk}, ${share} of the pairs are between residents of different wijken; random mixing would give ${expected}. Mixing ratio ${ratio}: ${reading}.`,
    wijkenHidden: (wijk, reason) => `Bridging between wijken in ${wijk} is not shown. ${reason}`,

    sessionsTitle: 'Sessions counted and left out',
    used: 'counted',
    excluded: 'left out',
    sessionsSummary: (used, excluded, cap) =>
      `${used} sessions count in the figures on meeting; ${excluded} were left out because they had fewer than 2 or more than ${cap} distinct participants.`,
    sessionsNoneLeft: (used, cap) => `All ${used} sessions count: none had fewer than 2 or more than ${cap} distinct participants.`,
    sessionsWhy: (cap) =>
      `Why leave sessions out? A session with fewer than 2 participants makes no pair; one with more than ${cap} (e.g. a street party) is being there together, not contact.`,
    sessionsLabel: (what, n) => `Sessions ${what}: ${n}`,

    overlapHeading: 'Overlap between buurtwerk and GGW',
    overlapIntro:
      'Residents of this wijk who took part in buurtwerk, in area-based work (GGW) or in both during the period, wherever in the city the activity was.',
    overlapWhyAll: 'Overlap compares buurtwerk with GGW, so it always counts both.',
    overlapTitle: 'Reached by buurtwerk, by GGW or by both',
    overlapSummary: (bw, ggw, both, viaBw) =>
      `Buurtwerk reached ${bw} residents of this wijk, GGW ${ggw}, and ${both} came to both. GGW via buurtwerk: ${viaBw} of those GGW reaches also came to buurtwerk.`,
    overlapJaccard: (j) => ` Overlap (Jaccard): ${j}.`,
    overlapBars: 'Shown as bars: one of the counts is not shown or is zero, so a Venn diagram with true areas is not possible.',
    vennHelp: 'The area of each circle and of the overlap is proportional to the number of residents.',
    bwCircle: 'Buurtwerk',
    ggwCircle: 'GGW',
    regionLabel: (what, n) => `${what}: ${n} residents`,
    overlapNone: 'No overlap figures for this wijk and period.',
    partnerNote: '1 = GGW always works with the same partner organisation in this wijk; close to 0 = with many different ones.',

    gatewayTitle: 'What came first: buurtwerk or GGW?',
    gatewaySummary: (bwFirst, sameDay, ggwFirst) =>
      `Of those who know both buurtwerk and GGW, ${bwFirst} came to buurtwerk first, ${ggwFirst} to GGW first and ${sameDay} on the same day.`,
    gatewayMedian: (days) => ` A median of ${days} days lies between the first participation in each.`,
    gatewayScope: 'Over the whole history up to the end of the period.',
    gatewayRest: 'not shown',
    gatewayRestLabel: (names) => `Not shown: ${names}`,
    segmentLabel: (what, v) => `${what}: ${v}`,
    gatewayNone: 'No order to show: nobody, or too few residents, came to both.',

    viaGroupsTitle: (dim) => `GGW via buurtwerk by group (${dim})`,
    viaGroupsSummary: (high, hv, low, lv, overall) =>
      `Of GGW's public in the group ${high}, ${hv} also came to buurtwerk; in the group ${low}, ${lv}; over the whole wijk ${overall}.`,
    viaGroupsFew: (overall) =>
      `Over the whole wijk, ${overall} of GGW's public also came to buurtwerk; too few group figures are shown to compare.`,
    wholeWijk: (v) => `whole wijk ${v}`,
    barLabel: (what, v) => `${what}: ${v}`,

    selfHeading: 'Self-organisation',
    selfIntro:
      'In the activities in this wijk: how many participations were as a volunteer or co-organiser, and what share of the activities residents set up themselves.',
    selfTitle: 'Helping out and organising',
    selfSummary: (wijk, inv, people, invCity, res, resCity) =>
      `In ${wijk}, ${inv} of the participations were as a volunteer or co-organiser (${people} people; whole city ${invCity}), and ${res} of the activities were set up by residents (whole city ${resCity}).`,
    wijkBar: 'this wijk',
    partnerTitle: 'Partner concentration of GGW',
    cityBar: 'whole city',

    signalsHeading: 'Signals passed on',
    signalsIntro: 'Signals passed on by providers and residents, by theme and by source, and how fast they got an answer.',
    signalsTitle: 'Signals by theme and by source',
    byTheme: 'By theme',
    bySource: 'By source',
    signalsSummary: (total, top, topN, answered, days, open) =>
      `${total} signals passed on, most about ${top} (${topN}); ${answered} got an answer within 30 days (median ${days} days) and ${open} are still open.`,
    signalsNone: 'No signals for this wijk in this period (or no signals in the data).',
    themes: {},
    sources: { buurtwerk: 'buurtwerk', ggw: 'GGW', residents: 'residents' }
  },

  signals: {
    title: 'Alerts',
    heading: 'Alerts: where is reach narrow?',
    intro:
      'Every wijk and every provider is checked against the five narrow-reach alerts. The most severe come first; each alert leads to the chart on the wijk page that shows its evidence.',
    controls: 'View',
    city: 'City',
    allCities: 'All cities',
    period: 'Period',
    periodKinds: { month: 'One month', quarter: 'Quarter', year: '12 months' },
    end: 'Up to and including',
    provider: 'Provider',
    eachProvider: 'Each provider separately',
    thresholds: 'Thresholds',
    thresholdsHelp: 'Change a threshold and confirm with Enter or Tab; the list follows. Shares in per cent; a decimal point or comma both work.',
    resetThresholds: 'Default thresholds',
    thresholdLabel: {
      groupShare: 'Group counts from (% of the population)',
      representation: 'Representation index below',
      concentration: 'Top-20% share from (%)',
      representativeness: 'Representativeness below',
      mixing: 'Mixing ratio below',
      newcomers: 'Newcomers 3 months in a row below (%)'
    },
    countsTitle: 'Alerts per kind',
    countAlerts: (n: string) => `${n} ${n === '1' ? 'alert' : 'alerts'}`,
    countUnassessed: (n: string) => `${n} not assessed`,
    loading: 'Computing the alerts…',
    error: 'The figures could not be loaded.',
    listTitle: 'Alerts, most severe first',
    none: 'No alerts at these thresholds.',
    summary: (n: string, wijken: string, top: string) => `${n} alerts in ${wijken} wijken. The strongest: ${top}`,
    summaryNone: (unassessed: string) => `No alert at these thresholds; ${unassessed} checks could not be assessed.`,
    severityLabel: (word: string, value: string) => `severity: ${word} (${value})`,
    evidence: 'See the chart',
    evidenceLabel: (wijk: string, chart: string) => `See the chart “${chart}” on the wijk page of ${wijk}`,
    rule: 'Explanation',
    ruleLabel: (title: string) => `Explanation of the alert “${title}”`,
    colWijk: 'Wijk',
    colProvider: 'Provider',
    colKind: 'Alert',
    colDimension: 'Characteristic',
    colGroup: 'Group',
    colValue: 'Value',
    colThreshold: 'Threshold',
    colSeverity: 'Severity',
    colReason: 'Why not assessed',
    unassessedTitle: (n: string) => `Not assessed (${n})`,
    unassessedHelp:
      'A figure that is hidden for privacy or does not exist for this period never raises an alert. These checks were therefore not assessed: no alert here does not mean all is well.',
    csvNote: 'The CSV holds the figures the alerts rest on (for newcomers: the three monthly figures, oldest first).',
    perMonthNote: 'The newcomer alert looks at the three months ending with the last month of the period.',
    thresholdInvalid: (typed: string, min: string, max: string) => `“${typed}” is not a number between ${min} and ${max}. Type for instance 0.3 or 0,3.`,
    wijk: 'Wijk',
    allWijken: 'All wijken',
    alertKind: 'Kind of alert',
    allKinds: 'All kinds',
    per: 'Group',
    perOptions: { wijk: 'By wijk', kind: 'By kind' },
    groupHeading: (name: string, n: string) => `${name} (${n})`,
    run: (since: string, months: string) => `Since ${since}, ${months} months in a row.`,
    runFromStart: (since: string, months: string) => `Since the start of the data (${since}), ${months} months in a row.`,
    runsNote:
      'How long an alert has been going on comes from the figures of each month on its own. There are no monthly figures for one group’s representation, so those alerts show no duration.',
    filtered: (shown: string, all: string) => `${shown} of the ${all} alerts shown (filtered by wijk or kind).`
  },

  report: {
    title: (city: string, month: string) => `Monthly report ${city}, ${month}`,
    intro: 'Key figures per wijk for all providers together (buurtwerk and area-based work), with the change since the previous month and since the same month a year earlier.',
    controls: 'View',
    city: 'City',
    month: 'Month',
    dimension: 'Characteristic for representativeness and mixing ratio',
    print: 'Print',
    loading: 'Preparing the report…',
    error: 'The figures could not be loaded.',
    tilesTitle: 'The city in four figures',
    tileNames: {
      participants: 'Participants',
      reach_rate: 'Reach per 1,000 residents',
      mixing_ratio: (dim: string) => `Mixing ratio (${dim})`,
      ggw_via_bw: 'GGW’s public also via buurtwerk'
    },
    tileSince: (month: string) => `since ${month}`,
    tilesNote: 'Counts change in %, reach in residents per 1,000, shares in percentage points (pts), the mixing ratio as a difference (1 = as by chance).',
    mapTitle: (month: string) => `Reach per wijk, ${month}`,
    mapLabel: 'Map: reach per 1,000 residents per wijk. Pick a wijk with Enter or a click to open its page.',
    mapSummary: (top: string, topValue: string, bottom: string, bottomValue: string) =>
      `${top} had the highest reach (${topValue} per 1,000 residents), ${bottom} the lowest (${bottomValue} per 1,000).`,
    mapNone: 'No wijk has its reach of this month shown.',
    mapLegend: 'Reach per 1,000 residents',
    colReach: 'Reach per 1,000',
    pageTwo: 'All key figures',
    publish: 'Publish this month',
    publishHint: 'Freezes this month’s figures as they are now and downloads them as a file to archive. Later corrections then appear beside the published figures.',
    published: (date: string, kept: boolean) => `Published on ${date}. The archive file was downloaded${kept ? ' and the publication is also kept in this browser' : ''}.`,
    openLabel: 'Open a published month (archive file, JSON)',
    openFailed: (file: string) => `${file} is not a month published by Wijkweefsel.`,
    publishedNote: (date: string) => `Published on ${date}: the figures read as they were published.`,
    publishedOther: (dim: string, date: string) => `This month was published on ${date} with the characteristic ${dim}; below are the current figures.`,
    correctionsTitle: 'Corrections since publication',
    correctionsIntro: (n: number, date: string) =>
      `Later registrations change ${n === 1 ? 'one figure' : `${n} figures`} of this month (found on ${date}). The report stays as published; the correction is beside it.`,
    noCorrections: (date: string) => `No corrections: the current figures are the same (checked on ${date}).`,
    colPublished: 'Published',
    colNow: 'Now',
    corrected: (value: string, date: string) => `corrected: ${value} (${date})`,
    highlightsTitle: 'In brief',
    nothingElse: (persons, relative) => `No other notable changes (notable: at least ${persons} persons in both months and a difference of at least ${relative}).`,
    tableTitle: 'Key figures per wijk',
    tableCaption: (month: string) => `Key figures per wijk, ${month}, all providers`,
    colWijk: 'Wijk',
    colFigure: 'Figure',
    colValue: 'Value',
    colSince: (month: string) => `Since ${month}`,
    heads: {
      participants: 'Participants',
      reach_rate: 'Reach per 1,000',
      newcomer_share: 'Newcomers',
      representativeness: (dim: string) => `Representativeness (${dim})`,
      mixing_ratio: (dim: string) => `Mixing ratio (${dim})`,
      ggw_via_bw: 'GGW via buurtwerk'
    },
    legend: (prev: string, year: string) =>
      `Under each figure: first the change since ${prev}, then since ${year}. ▲ higher, ▼ lower, = the same. Counts in %, reach as a difference per 1,000 residents, shares in percentage points (pts), indices as a difference. n/a: cannot be computed, because one of the two figures is missing or hidden for privacy.`,
    cityRow: (city: string) => `${city} (whole city)`,
    summary: (month: string, city: string, n: string, best: string, bestRate: string) =>
      `In ${month}, ${n} residents of ${city} took part in buurtwerk or area-based work; ${best} had the highest reach (${bestRate} per 1,000 residents).`,
    summaryNoRate: (month: string, city: string, n: string) => `In ${month}, ${n} residents of ${city} took part in buurtwerk or area-based work.`,
    summaryNone: (month: string, city: string) => `There are no participant figures shown for ${city} in ${month}.`,
    footer: (k: string) =>
      `Source: Wijkweefsel. All figures after privacy protection: counts below ${k} persons are not shown, and a change is never computed from a hidden figure. Alerts: see the Alerts page for the thresholds.`,
    signalsLink: 'All alerts of this month',
    change: {
      na: 'n/a',
      naLabel: (month) => `change since ${month} cannot be computed`,
      points: 'pts',
      perThousand: 'per 1,000',
      same: (month) => `the same as in ${month}`,
      moved: (amount, up, month) => `${amount} ${up ? 'higher' : 'lower'} than in ${month}`
    },
    subject: {
      participants: () => 'the number of participants',
      reach_rate: () => 'reach per 1,000 residents',
      newcomer_share: () => 'the newcomer share',
      representativeness: (dim) => `representativeness by ${dim}`,
      mixing_ratio: (dim) => `the mixing ratio by ${dim}`,
      ggw_via_bw: () => 'the share of GGW’s public that buurtwerk also reaches'
    },
    highlight: {
      city: (wijk, n, month, changes) => `${wijk}: ${n} participants in ${month}${changes.length ? `, ${changes.join(' and ')}` : ''}.`,
      asMany: (then) => `as many as in ${then}`,
      moved: (percent, up, then) => `${percent} ${up ? 'more' : 'fewer'} than in ${then}`,
      change: (wijk, subject, up, before, then, now, relative) => `${wijk}: ${subject} ${up ? 'rose' : 'fell'} from ${before} in ${then} to ${now} (${relative}).`,
      alert: (sentence) => `Alert: ${sentence}`,
      moreAlerts: (n, one) => `And ${n} more ${one ? 'alert' : 'alerts'} this month (see Alerts).`
    }
  },

  // ---- Beyond chance: the funnel plot on the Overzicht (METRICS.md R11-R12) -------------
  funnel: {
    heading: 'Does a wijk differ by more than chance?',
    title: (city: string) => `Reach against population, with the limits of chance – ${city}`,
    intro:
      'Small wijken vary more than large ones by nature. The funnel shows how far a wijk can lie from its city’s reach by chance alone. A wijk outside the 99.8% limits really differs from its city; inside them the difference cannot be told from chance.',
    label: (city: string) => `Funnel plot of reach per wijk in ${city}: each wijk a point, the city a line, the limits of chance as curves`,
    xLabel: 'residents of the wijk',
    yLabel: 'reach per 1,000',
    legend: {
      city: (rate: string) => `city: ${rate} per 1,000 (dotted line)`,
      l95: '95% limits (dashed)',
      l998: '99.8% limits (solid line)',
      above: 'higher than chance (triangle up)',
      below: 'lower than chance (triangle down)',
      within: 'within the limits (circle)'
    },
    verdict: { above: 'higher than chance', below: 'lower than chance', within: 'within the limits of chance', unknown: 'cannot be judged' },
    summary: (above: string[], below: string[], shown: number, rate: string) => {
      const list = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? ''));
      const parts = [above.length ? `${list(above)} ${above.length > 1 ? 'lie' : 'lies'} above` : '', below.length ? `${list(below)} ${below.length > 1 ? 'lie' : 'lies'} below` : ''].filter(Boolean);
      if (!parts.length) return `All ${enNum(shown)} wijken shown lie within the 99.8% limits around the city’s reach (${rate} per 1,000): none differs by more than chance.`;
      return `${parts.join('; ')} the 99.8% limits around the city’s reach (${rate} per 1,000): there the difference is larger than chance. The other wijken lie within the limits.`;
    },
    noCity: 'The city’s reach is not shown, so there are no limits to judge a wijk by.',
    noPopulation: 'The population table gives no total per wijk: the funnel cannot place the wijken.',
    dot: (name: string, rate: string, low: string, high: string, pop: string, l998: string, verdict: string) =>
      `${name}: reach ${rate} per 1,000 (95% interval ${low} to ${high}), ${pop} residents; 99.8% limits at this population ${l998}; ${verdict}.`,
    tip: {
      rate: (rate: string, low: string, high: string) => `reach ${rate} (95%: ${low}–${high})`,
      pop: (pop: string) => `${pop} residents`,
      limits: (l998: string) => `99.8% limits: ${l998}`
    },
    range: (low: string, high: string) => `${low} – ${high}`,
    cols: { wijk: 'Wijk', population: 'Residents', rate: 'Reach per 1,000', interval: '95% interval', limits95: '95% limits', limits998: '99.8% limits', z: 'z-score', verdict: 'Verdict' },
    cityRow: 'City as a whole',
    rankMark: { above: 'reach higher than chance (outside the 99.8% limits)', below: 'reach lower than chance (outside the 99.8% limits)' },
    rankNote: '▲ / ▼: the reach lies above or below the funnel’s 99.8% limits; the 95% interval is in the tooltip and in the funnel’s table.',
    intervalTip: (low: string, high: string) => `95% interval: ${low} to ${high} per 1,000`,
    hidden: (n: number) => (n === 1 ? '1 wijk has too few participants to show.' : `${enNum(n)} wijken have too few participants to show.`)
  },

  // ---- Which activities bridge and which bond (METRICS.md B9): /activiteiten/ ----------
  activities: {
    nav: 'Activities',
    title: 'Which activities bridge, which bond?',
    intro:
      'Per activity: how often participants sat at a session with someone of another group, against what chance alone would give. A mixing ratio above 1 means more meeting between groups than chance (bridging), below 1 less (bonding within one’s own group). Activities with few participants or sessions are not shown.',
    controls: 'Which activities',
    city: 'City',
    provider: 'Provider',
    dimension: 'Groups by',
    wijk: 'Wijk',
    allWijken: 'every wijk',
    loading: 'Loading the figures…',
    failed: (why: string) => `The figures could not be loaded (${why}).`,
    tableTitle: (dimension: string, city: string) => `Activities by mixing ratio (${dimension}) – ${city}`,
    summary: (shown: number, bridging: number, bonding: number, city: string) =>
      `Of the ${enNum(shown)} activities with figures in ${city}, ${enNum(bridging)} ${bridging === 1 ? 'brings' : 'bring'} people of different groups together clearly more than chance, and ${enNum(bonding)} ${bonding === 1 ? 'keeps' : 'keep'} clearly more within one group.`,
    chartTitle: (n: number, dimension: string, city: string) => `The ${enNum(n)} most and ${enNum(n)} least mixing activities: bridging share against chance (${dimension}) – ${city}`,
    chartSummary: (top: string, topShare: string, topChance: string, bottom: string, bottomShare: string, bottomChance: string) =>
      `At ${top}, ${topShare} of the pairs are of different groups, against ${topChance} by chance; at ${bottom} it is ${bottomShare} against ${bottomChance}.`,
    chartLabel: 'Bridging share of the activities (dot) against the share by chance (tick)',
    observed: 'bridging share (dot)',
    chance: 'by chance (tick)',
    dotLabel: (name: string, wijk: string, share: string, chance: string, ratio: string) => `${name} (${wijk}): bridging share ${share}, by chance ${chance}, mixing ratio ${ratio}`,
    strongest: (name: string, wijk: string, ratio: string) => `Most bridging: ${name} (${wijk}, mixing ratio ${ratio}).`,
    weakest: (name: string, wijk: string, ratio: string) => `Most within one group: ${name} (${wijk}, mixing ratio ${ratio}).`,
    hidden: (n: number) => (n === 1 ? '1 activity has too few participants or sessions to show.' : `${enNum(n)} activities have too few participants or sessions to show.`),
    none: (city: string) => `No activities with figures in ${city} for this choice.`,
    cols: {
      name: 'Activity',
      wijk: 'Wijk',
      provider: 'Provider',
      participants: 'Participants',
      ratio: 'Mixing ratio',
      bridging: 'Bridging share',
      expected: 'By chance',
      gap: 'Difference from chance',
      reading: 'Reading'
    },
    reading: { bridges: 'bridging: more than chance', bonds: 'bonding: more within one group', chance: 'about as chance', hidden: 'not shown' },
    sortBy: (col: string) => `Sort by ${col}`,
    points: (v: string) => `${v} percentage points`,
    note: (k: string, cap: string) =>
      `An activity is shown with at least ${k} participants of a known group and 3 sessions of 2 to ${cap} participants in the period. The name is the activity’s, never a participant’s.`
  },

  // ---- The four theses of the workshop, held against the figures: /stellingen/ --------
  theses: {
    nav: 'Theses',
    title: 'Four theses, held against the figures',
    intro:
      'A workshop of Flemish cities closed with four theses on buurtwerk (community work) and gebiedsgerichte werking (GGW, the city’s area-based work). For each thesis below are the figures that bear on it, per wijk and for the city, with what they can and cannot show.',
    controls: 'Which city and period',
    city: 'City',
    dimension: 'Groups by',
    loading: 'Loading the figures…',
    failed: (why: string) => `The figures could not be loaded (${why}).`,
    thesis: (n: number) => `Thesis ${n}`,
    saysTitle: 'What the figures say',
    cannotTitle: 'What they cannot say',
    cityRow: (city: string) => `${city} (city as a whole)`,
    colArea: 'Wijk',
    colMonth: 'Month',
    /** Providers as a column heading names them, short. */
    providers: { all: 'all providers', buurtwerk: 'buurtwerk', ggw: 'GGW' },
    withProvider: (figure: string, provider: string) => `${figure} (${provider})`,
    withGroup: (figure: string, group: string) => `${figure}: ${group}`,
    csv: (title: string) => `Download figures (CSV): ${title}`,
    csvShort: 'Download figures (CSV)',
    hidden: 'not shown',
    one: {
      quote: 'Buurtwerk is essential to area-based work, for social cohesion and for reaching residents and target groups in certain wijken.',
      tableMain: (city: string) => `Buurtwerk as a way into GGW, and how the activities mix – ${city}`,
      tableGroups: (dimension: string, city: string) => `GGW via buurtwerk per group (${dimension}) – ${city}`,
      says: (via: string, above: number, shown: number, first: string, mixBw: string, mixGgw: string) =>
        `In the city, buurtwerk reaches ${via} of the residents GGW reaches. In ${enNum(above)} of the ${enNum(shown)} wijken shown that is more than half. Of those who took part in both, ${first} came to buurtwerk first. The mixing ratio is ${mixBw} in buurtwerk and ${mixGgw} in GGW (1 = as much meeting between groups as chance).`,
      cannot:
        'The figures show association, not cause: they do not say whether GGW would miss these residents without buurtwerk. “Buurtwerk first” is the order of the registrations, not a proven referral. They measure social cohesion only as meeting at the same session.'
    },
    two: {
      quote: 'If area-based work wants to stimulate self-initiative, some aspects of buurtwerk work against it.',
      tableMain: (city: string) => `Self-organisation in buurtwerk and in GGW – ${city}`,
      tableTrend: (city: string) => `Share of active roles per month, buurtwerk and GGW – ${city}`,
      says: (invBw: string, invGgw: string, resBw: string, resGgw: string) =>
        `In buurtwerk ${invBw} of the participations are in an active role (volunteer or co-organiser), in GGW ${invGgw}. Set up by residents: ${resBw} of buurtwerk’s activities, ${resGgw} of GGW’s.`,
      cannot:
        'Whether buurtwerk works against self-initiative is a question of cause. The figures show how many residents take an active role and who sets activities up, not what would happen without buurtwerk. Roles and initiators are also not registered equally carefully by every organisation.'
    },
    three: {
      quote: 'A buurtwerker who is a civil servant cannot fulfil buurtwerk’s socially critical and participative function.',
      tableMain: (city: string) => `Signals passed on by source, answered or still open – ${city}`,
      says: (bw: string, ggw: string, residents: string, answered: string, open: string) =>
        `In the period buurtwerk passed ${bw} signals on to the city, GGW ${ggw} and residents themselves ${residents}. Answered within 30 days: ${answered}; still open: ${open}.`,
      cannot:
        'The figures count signals passed on and how fast the city answers. They say nothing of a signal’s content or edge, nor whether the buurtwerker is employed by the city or by a non-profit. This thesis cannot be tested with these data; they do show whether buurtwerk’s signals get an answer.'
    },
    four: {
      quote: 'Cooperation on the ground is hard because of the likenesses and the differences between area-based work and buurtwerk.',
      tableMain: (city: string) => `Overlap between buurtwerk and GGW, and GGW’s partners – ${city}`,
      says: (jaccard: string, both: string, hhi: string) =>
        `In the city ${jaccard} of the residents reached by buurtwerk or GGW take part in both (${both} residents). GGW’s partner concentration is ${hhi} (1 = always the same partner).`,
      cannot:
        'A large overlap may mean the two work together, or that they serve the same public side by side; a small one may be a division of tasks or a missed chance. How hard cooperation is, figures about participants cannot say.'
    }
  },

  data: {
    title: 'Your data · Wijkweefsel',
    heading: 'Your own data',
    intro:
      'Load the export files of your registration and see the dashboard with your own figures. Everything happens in this browser: the files never leave your computer and nothing is sent.',
    needed:
      'Needed: wijken, population, participants, activities and participations; signals is optional. As CSV (comma or semicolon, also .csv.gz), Parquet or Excel (.xlsx, the first sheet).',
    pickTitle: 'Choose files',
    dropHint: 'Drag the files here, or choose them with the button.',
    dropActive: 'Drop to load the files',
    fileLabel: 'Export files (you can choose several at once)',
    demoButton: 'Load the demo data',
    engineStarting: 'The engine is starting (a few seconds)…',
    engineReady: 'The engine is ready.',
    engineFailed: 'The engine could not start in this browser; choose the files to try again.',
    demoHint: 'Fictitious data of Leuven and Sint-Niklaas, to see how it works.',
    keepTitle: 'Keeping',
    keepLabel: 'Keep my data in this browser',
    keepHint:
      'Off unless you switch it on. On: the loaded data (the tables, the load report, the mapping and the computed figures, not the files themselves) stay in this browser’s storage on this computer; every page opens them by itself on your next visit.',
    keepUnavailable: 'This browser cannot keep files.',
    keptSaved: (n) => `${n} files are kept in this browser.`,
    keptLoaded: (when) => `Your kept data (kept on ${when}) have been loaded again.`,
    keepFailed: 'The files could not be kept (not enough storage?). They stay loaded until you close the page.',
    forgetButton: 'Remove all my data from this browser',
    forgotten:
      'All your data have been removed from this browser: the kept files, the remembered mappings and the loaded figures. The dashboard shows the demo data again.',
    forgetFailed: (msg) => `Removing failed: ${msg}`,
    mappingTitle: 'Which file is what?',
    mappingIntro:
      'Check which table each file holds and which column is which field; change what is wrong, then choose "Load". Your choice is remembered in this browser for files with the same column names (the column names only, never the data).',
    tableLabel: (file) => `Table in ${file}`,
    tableNone: '(choose a table)',
    tableBy: { name: 'recognised by the file name', columns: 'recognised by the columns', none: 'not recognised' },
    colHeader: 'Column in the file',
    colExamples: 'Examples',
    colField: 'Becomes',
    colHow: 'How recognised',
    fieldLabel: (header) => `Field for column ${header}`,
    notUsed: '(do not use)',
    ownDimension: (name) => `characteristic ${name}`,
    how: {
      exact: 'same name', synonym: 'by the column name', values: 'guessed from the values: check',
      dimension: 'characteristic of the participants', identifier: 'looks like a person’s name, address or number: not used', none: '—'
    },
    leftOutHow: (why) => `not used: ${why}`,
    dimensionRule:
      'A participants column becomes a characteristic only when it holds 2 to 30 distinct values, with no free text and nothing that points to a person. This is checked for every row when the files are loaded.',
    examplesHidden: 'not shown',
    missingFields: (fields) => `No column yet for: ${fields}.`,
    doubledFields: (fields) => `More than one column for: ${fields}.`,
    confirm: 'Load',
    cancel: 'Cancel',
    reviewMapping: 'Review or change the tables and columns',
    progressLabel: 'Loading progress',
    stepEngine: 'Starting the engine',
    stepRead: (file) => `Opening file: ${file}`,
    stepFetch: (file) => `Fetching file: ${file}`,
    stepLoad: (file, step) => `${file}: ${step}`,
    loadSteps: { reading: 'reading', validating: 'checking', done: 'done' },
    stepSummary: 'Summarising',
    stepKeep: 'Keeping in this browser',
    elapsed: (s) => `${s} s`,
    errorTitle: 'The data could not be loaded',
    errorAction: 'What can you do?',
    errorTechnical: 'Technical message',
    errorWhere: (file, line) => (line ? `File ${file}, line ${line}.` : `File ${file}.`),
    loadedTitle: 'What was loaded',
    loadedDemo: 'Demo data',
    accounted:
      'Every row is accounted for: read = loaded + rejected + duplicates merged, and every line of a CSV file is a row, an empty line or a line inside quotes.',
    notAccounted: 'Not every row is accounted for: load the files again. Do not build figures on these data.',
    colLines: 'Lines',
    linesHint: (file, blank, continued) =>
      `${file}: ${blank} empty ${blank === '1' ? 'line' : 'lines'} skipped${continued !== '0' ? `, ${continued} ${continued === '1' ? 'line' : 'lines'} inside quotes (a value over several lines)` : ''}.`,
    warningsTitle: 'Please note',
    dimensionsTitle: 'Characteristics of the participants',
    dimensionsUsed: (cols) => `Used as characteristics: ${cols}.`,
    dimensionsNone: 'No column can be used as a characteristic.',
    dimensionsLeftOut: 'Not used as a characteristic (a characteristic holds 2 to 30 distinct values, with no free text and nothing that points to a person):',
    colColumn: 'Column',
    colValues: 'Distinct values',
    colWhy: 'Why not',
    colFile: 'File',
    colTable: 'Table',
    colRead: 'Read',
    colLoaded: 'Loaded',
    colRejected: 'Rejected',
    colDuplicates: 'Duplicates merged',
    monthsCovered: 'Period',
    monthsNone: 'no participations',
    wijkenCount: 'Neighbourhoods',
    citiesLabel: 'Cities',
    ignored: (file, cols) => `${file}: columns not used: ${cols}.`,
    rejectsTitle: (file, n, one) => `${file}: ${n} rejected ${one ? 'row' : 'rows'}`,
    reasonsCaption: 'Reasons',
    colReason: 'Reason',
    colCount: 'Count',
    colWhatToDo: 'What to do',
    colLine: 'Line',
    rowsShown: (n, total, all) => (all ? 'The rejected rows:' : `The first ${n} of ${total} rejected rows:`),
    downloadRejects: 'Download the rejected rows (CSV)',
    csvHeader: { line: 'line', reason: 'reason', text: 'text of the line' },
    figuresTitle: 'Figures for the dashboard',
    figuresStart: 'Computing figures…',
    figuresProgress: (done, total) => `Computing the figures: ${done} of ${total} periods`,
    figuresProgressKinds: (m, mt, q, qt, y, yt) =>
      `Computing the figures: months ${m} of ${mt}, quarters ${q} of ${qt}, years ${y} of ${yt}. The pages show each period as soon as it is ready.`,
    figuresReady: 'The dashboard now shows the figures of your data. Other periods are computed when you open them.',
    figuresDemo: 'The dashboard shows the demo data (those figures are computed already).',
    figuresFailed: (msg) => `The figures could not be computed: ${msg}. The dashboard shows the demo data.`,
    toOverview: 'To the overview',
    resetNotice: 'The dashboard shows the demo data until new data are loaded.'
  },

  own: {
    labelTitle: 'Data shown',
    demo: 'Example data: fictional figures',
    demoMore: 'Leuven and Sint-Niklaas, made up to show how it works.',
    published: 'Published figures',
    own: (name: string) => `Your data: ${name}`,
    ownUnnamed: 'Your data',
    fingerprint: (fp: string) => `fingerprint ${fp}`,
    opening: 'Opening your data',
    missing: 'These data are not here',
    choose: 'Choose data',
    openingTitle: 'Opening your data',
    openingText: 'One moment: the data you kept in this browser are being read. The dashboard shows them as soon as they are here.',
    missingTitle: 'These data are not in this browser',
    missingText: (fp: string) =>
      `The address asks for your own data with fingerprint ${fp}, but this browser does not hold them. Data stay in the browser where they were loaded and kept; they are never sent anywhere.`,
    unusableTitle: 'These data cannot be opened',
    loadFiles: 'Load the files of this export',
    showDemo: 'Show the example data',
    keptTitle: 'Data kept in this browser',
    keptIntro: 'Choose which data the dashboard shows. Each export has a fingerprint; it is also in the address of every page.',
    keptNone: 'No data are kept in this browser yet.',
    colName: 'Name',
    colWhat: 'Contents',
    colKept: 'Kept on',
    colSize: 'Size',
    colActions: 'Actions',
    participations: (n: string) => `${n} participations`,
    inUse: 'in use',
    use: 'Show',
    useLabel: (name: string) => `Show ${name} in the dashboard`,
    rename: 'Rename',
    renameLabel: (name: string) => `New name for ${name}`,
    renameSave: 'Save name',
    renameCancel: 'Cancel',
    remove: 'Remove',
    removeLabel: (name: string) => `Remove ${name} from this browser`,
    removed: (name: string) => `‘${name}’ was removed from this browser.`,
    renamed: (name: string) => `The name is now ‘${name}’.`,
    switched: (name: string) => `The dashboard now shows ‘${name}’.`,
    showingDemo: 'The dashboard shows the example data. What is kept stays kept.',
    keptNow: (name: string) => `Kept in this browser as ‘${name}’: the tables, the load report, the mapping and the computed figures (not the files themselves).`,
    keepFailed: (message: string) => `Not kept. ${message}`,
    notKept: 'These data are not kept: they stay open until you close this tab.',
    restoring: 'The kept tables are being loaded into the engine…',
    restored: (name: string) => `‘${name}’ was opened from this browser.`,
    notPersisted: 'The browser did not grant lasting storage: it may clear kept data when space runs short.'
  },

  load: {
    stops: {
      zip: (p) => ({ message: `${p.file} is a ZIP archive (perhaps an Excel workbook renamed to .csv), not a CSV file.`, action: 'Save the file as CSV, or give an Excel workbook the extension .xlsx.' }),
      binary: (p) => ({ message: `${p.file} holds binary data, not text.`, action: 'Export it again as CSV, separated by commas or semicolons.' }),
      gzip: (p) => ({ message: `${p.file} looks gzip-compressed but cannot be decompressed.`, action: 'The file may be damaged. Make the export again, or load the uncompressed CSV file.' }),
      noTable: (p) => ({ message: `Cannot tell which table ${p.file} holds.`, action: 'Choose the table on the mapping screen, or name the file after its table (for example participations.csv).' }),
      missingTables: (p) => ({ message: `A file is missing for: ${p.tables}.`, action: 'Choose all files together: wijken, population, participants, activities and participations; signals is optional.' }),
      empty: (p) => ({ message: `${p.file} is empty.`, action: 'Expected a first line with column names, then one row per line. Make the export again.' }),
      duplicateHeader: (p) => ({ message: `In ${p.file} the column "${p.column}" appears twice.`, action: 'Rename or remove one of the two columns and load the file again.' }),
      emptyHeaderName: (p) => ({ message: `In ${p.file} a column in the first line has no name.`, action: 'Give every column a name in the first line.' }),
      notCsv: (p) => ({ message: `${p.file} could not be read as CSV.`, action: 'Check that it is a text file with commas or semicolons between the columns.' }),
      notParquet: (p) => ({ message: `${p.file} could not be read as Parquet.`, action: 'The file may be damaged: export it again, or as CSV.' }),
      notXlsx: (p) => ({ message: `${p.file} could not be read as an Excel workbook.`, action: 'Open it in Excel or LibreOffice and save it again as .xlsx or as CSV.' }),
      emptySheet: (p) => ({ message: `The first sheet of ${p.file} is empty.`, action: 'Put the column names in row 1 of the first sheet and one row per record below.' }),
      missingColumns: (p) => ({
        message: `In ${p.file} the required column ${p.columns} for the ${p.tableName} table is missing. Found: ${p.found}.`,
        action: p.single
          ? 'The first line has a single column: separate the columns with commas or semicolons (tab and | are read too).'
          : 'Choose the right column on the mapping screen or rename the column, or check that this is the right file.'
      }),
      doubleMapped: (p) => ({ message: `In ${p.file} two columns are mapped to "${p.column}".`, action: 'On the mapping screen, choose another field for one of them, or "do not use".' }),
      tooManyColumns: (p) => ({
        message: `${p.file} has ${p.columns} columns; a file of the export has at most ${p.max}.`,
        action: 'Leave out the columns the export does not need: a participants file needs participant_id, residence_wijk_id and a few characteristics such as age_band.'
      }),
      unclosedQuotes: (p) => ({
        message: `In ${p.file} more than ${p.max} lines have a quote (") that is never closed (lines ${p.lines}, ...).`,
        action: 'The file does not put quotes around values the CSV way: export it again, or remove the stray quotes.'
      }),
      linesUnaccounted: (p) => ({
        message: `In ${p.file} the rows read do not add up to the file's ${p.lines} lines (the reader stopped near line ${p.line}). Nothing was loaded from it.`,
        action: 'Check the quotes around that line, or save the file again as CSV.'
      }),
      memory: () => ({
        message: 'The data are too large for the memory this browser gives the engine.',
        action: 'Load a smaller part (for example one year of participations at a time), close other tabs, or compute the figures with the command line (npm run metrics), which can use more memory.'
      }),
      engine: () => ({ message: 'The engine stopped unexpectedly.', action: 'Try again; the engine restarts by itself. If it fails again, load fewer rows at a time.' }),
      read: (p) => ({ message: `${p.file} could not be read.`, action: 'Choose the file again; if it is on a network drive, copy it to this computer first.' }),
      noParticipations: () => ({ message: 'No participations were loaded, so there are no figures to compute.', action: 'Check the participations file and the reasons why rows were rejected.' }),
      other: (p) => ({ message: p.message, action: 'Check the file and try again.' })
    },
    reasons: {
      missingValue: (p) => `missing required value in ${p.column}`,
      badDate: (p) => `not a valid date in ${p.column}: "${p.value}" (expected YYYY-MM-DD or DD/MM/YYYY)`,
      badNumber: (p) => `not a whole number in ${p.column}: "${p.value}" (digits only, no signs or separators)`,
      badEnum: (p) => `unknown value in ${p.column}: "${p.value}" (expected ${p.expected})`,
      unknownPerson: () => 'unknown participant: not in the participants table (the pseudonym is not shown; see the line in your file)',
      unknownRef: (p) => `unknown ${p.column} "${p.value}": not in the ${p.tableName} table`,
      rejectedPerson: (p) => `participant_id: this participant was rejected in the ${p.tableName} table (${p.file}, line ${p.line}: ${p.causeText})`,
      rejectedRef: (p) => `${p.column} "${p.value}" was rejected in the ${p.tableName} table (${p.file}, line ${p.line}: ${p.causeText})`,
      conflict: (p) => `conflicts with line ${p.line} (same ${p.key}, other values)`,
      fieldCount: (p) => `wrong number of fields: expected ${p.expected}, found ${p.found}`,
      fieldCountSheet: (p) => `wrong number of fields: expected ${p.expected}, found ${p.found} (values in columns without a name in row 1)`,
      quoteOpened: () =>
        'unbalanced quotes: a quote opened on this line is never closed, so it would swallow the lines after it; this line is left out and the lines after it are read on their own',
      quotes: () => 'unbalanced quotes',
      lineTooLong: () => 'line too long (over 16 MB)',
      badCharacters: () => 'invalid characters',
      blankLine: () => 'a line with only spaces and no values',
      other: (p) => p.text
    },
    groups: {
      missingValue: (p) => ({ label: `Missing required value in ${p.column}`, help: 'Fill in the value, or leave the row out if it does not belong in the export.' }),
      badDate: (p) => ({ label: `Not a valid date in ${p.column}`, help: 'Write dates as 2025-03-31 or 31/03/2025; a date that does not exist (31/02) is rejected.' }),
      badNumber: (p) => ({ label: `Not a whole number in ${p.column}`, help: 'Digits only: no thousands separator, no minus sign.' }),
      badEnum: (p) => ({ label: `Unknown value in ${p.column}`, help: `Allowed: ${p.expected}.` }),
      unknownPerson: () => ({ label: 'Participant not in the participants table', help: 'Check that the participants file holds every participant, with the same pseudonyms.' }),
      unknownRef: (p) => ({ label: `${p.column} not in the ${p.tableName} table`, help: `Add the missing values to the ${p.tableName} table, or correct the code in these rows.` }),
      rejectedPerson: (p) => ({ label: `Participant itself rejected in the ${p.tableName} table`, help: `Correct the rejected row in ${p.file} first: then these rows load too.` }),
      rejectedRef: (p) => ({ label: `${p.column} itself rejected in the ${p.tableName} table`, help: `Correct the rejected row in ${p.file} first: then these rows load too.` }),
      conflict: (p) => ({ label: `Same ${p.key} as an earlier row, with other values`, help: 'A repeated row with other values is not overwritten: decide which row is right and remove the other.' }),
      fieldCount: () => ({ label: 'Wrong number of fields', help: 'Check the separator and the quotes in these lines.' }),
      fieldCountSheet: () => ({ label: 'Wrong number of fields', help: 'There are values in columns without a name in row 1.' }),
      quoteOpened: () => ({ label: 'Quote never closed', help: 'Close the quote, or remove it; the other lines were read as they are.' }),
      quotes: () => ({ label: 'Unbalanced quotes', help: 'Close the quote, or remove it.' }),
      lineTooLong: () => ({ label: 'Line too long', help: 'A line over 16 MB is usually a quote that is never closed.' }),
      badCharacters: () => ({ label: 'Invalid characters', help: 'Save the file as UTF-8.' }),
      blankLine: () => ({ label: 'Line with only spaces', help: 'Remove the empty lines.' }),
      other: (p) => ({ label: p.text, help: '' })
    },
    warnings: {
      noRows: (p) => `${p.file}${p.size ? ` (${p.size})` : ''} holds no rows: a header only${p.blank !== '0' ? `, and ${p.blankN} empty lines` : ''}. Is this the right file?`,
      futureDates: (p) =>
        `${p.file}: ${p.countN} of the ${p.totalN} dates in ${p.column} lie after today (${p.todayD}), from ${p.firstD} to ${p.lastD}. Check them: day and month swapped, a wrong year, or planned rather than held sessions?`,
      idsNormalised: (p) =>
        `${p.file}: in ${p.countN} ${p.count === '1' ? 'row' : 'rows'} a code was written in another form (another Unicode form, invisible characters or full-width characters); it was read as the plain code.`
    },
    leftOut: {
      identifierName: 'the column name points to a name, address, number, date of birth or remark',
      personalValues: 'values look like a phone or national number, an e-mail address or a pseudonym',
      longText: 'long text (over 50 characters): free text, not a group',
      empty: 'empty: not a single value',
      single: 'a single value: it tells no groups apart',
      tooMany: 'more than 30 distinct values: free text or an identifier',
      mostlyUnique: 'nearly every value differs: it tells persons apart rather than groups'
    },
    tables: {
      wijken: 'wijken', population: 'population', participants: 'participants', activities: 'activities', participations: 'participations', signals: 'signals'
    },
    fields: {
      participant_id: 'participant (pseudonym)', activity_id: 'activity', date: 'date', role: 'role',
      wijk_id: 'wijk (code)', wijk_name: 'name of the wijk', city: 'city or municipality', nis_code: 'NIS code',
      ref_date: 'reference date', dimension: 'characteristic', group: 'group', population: 'number of residents',
      residence_wijk_id: 'home wijk', provider_type: 'provider (buurtwerk or GGW)', organisation: 'organisation', domain: 'domain',
      initiator: 'initiator', partner_organisation: 'partner organisation', name: 'name of the activity',
      signal_id: 'signal', date_raised: 'date raised', source: 'source', theme: 'theme', date_answered: 'date answered',
      age_band: 'age band', gender: 'gender', origin: 'origin'
    }
  },

  pseudonymise: {
    title: 'Pseudonymise',
    heading: 'Pseudonymise: turn a registration file into the export files',
    intro:
      'Turn your own registration file into the participants and participations files. Names, national register numbers, addresses and dates of birth are replaced by a pseudonym, an age band and a wijk. Everything happens in this browser: the file and the passphrase never leave your computer.',
    guideLink: 'Guidance: agreeing a passphrase and what the figures show',
    switchTo: 'Nederlands',
    switchLabel: 'Schakel naar Nederlands',
    stepFile: '1. Registration file',
    fileLabel: 'Registration file (CSV, comma or semicolon)',
    fileRead: (rows: string, cols: string) => `${rows} rows, ${cols} columns read.`,
    stepMapping: '2. Which column is what?',
    mappingHint: 'Choose the column of your file for each item. Columns you do not choose are not used and not written.',
    none: '(none)',
    identifierLabel: 'The pseudonym is made from',
    identifierNN: 'the national register number',
    identifierName: 'name and date of birth',
    identifierHint: 'Both partners must make the same choice, or the same people will not be recognised.',
    fields: {
      national_number: 'National register number',
      name: 'Name (family name or full name)',
      first_name: 'First name',
      date_of_birth: 'Date of birth',
      postcode: 'Postcode',
      address: 'Address (street and number)',
      activity_id: 'Activity (activity_id)',
      date: 'Date of the session',
      role: 'Role (participant, volunteer, co-organiser)'
    },
    dimensionsLabel: 'Other characteristics to keep (e.g. gender)',
    referenceLabel: 'Age counted on (the same date for both partners)',
    stepWijken: '3. Table from address to wijk',
    wijkenLabel: 'Wijk table (CSV with postcode and/or street, and wijk_id)',
    wijkenHint: 'Without a wijk table the residence wijk stays empty (unknown).',
    wijkenRead: (rows: string) => `${rows} lines in the wijk table.`,
    stepPassphrase: '4. Passphrase',
    passphraseLabel: 'Passphrase the partners agreed between them',
    passphraseHint: 'At least 12 characters. The passphrase is never stored or sent.',
    run: 'Pseudonymise',
    running: 'Working: deriving the key and converting the rows…',
    resultTitle: 'Result',
    resultSummary: (rows: string, written: string, rejected: string, people: string, noWijk: string, noAge: string, ref: string) =>
      `${rows} rows read: ${written} participations written, ${rejected} rejected; ${people} participants (${noWijk} without a wijk, ${noAge} without an age band; age on ${ref}).`,
    rejectedTitle: (n: string) => `Rejected rows (${n})`,
    colLine: 'Line',
    colReason: 'Reason',
    rejectReason: {
      fields: (got: string, want: string) => `${got} fields where the header has ${want}`,
      national_number: 'no valid national register number (11 digits with a correct check number)',
      name_dob: 'name or date of birth missing or unreadable',
      date: 'session date missing or unreadable (expected YYYY-MM-DD or DD/MM/YYYY)',
      activity: 'activity (activity_id) missing'
    },
    download: (file: string) => `Download ${file}`,
    errorTitle: 'That did not work',
    noFile: 'Choose a registration file first.'
  },

  guide: {
    title: 'Guidance on pseudonymisation',
    heading: 'Counting together without sharing identities',
    disclaimer: 'This guidance is informative and not legal advice. Consult each partner’s data protection officer (DPO).',
    sections: [
      {
        title: 'Why a pseudonym',
        body: [
          'To know how many residents both buurtwerk and the area-based work reach, one person must carry the same mark in both files. Neither partner may hand the identities to the other for that.',
          'So each partner converts its own file with the same passphrase. The pseudonym is a keyed hash (HMAC-SHA-256) of the normalised national register number, or of name and date of birth. Without the passphrase nobody can compute the pseudonym from a name or number, nor the other way round.'
        ]
      },
      {
        title: 'Agreeing a passphrase',
        body: [
          'Agree the passphrase in person or over another channel than the one the files travel by: never in the same e-mail, folder or shared drive as the data.',
          'Choose a long passphrase of a few random words (at least 12 characters; better four words or more). Keep it in a password manager, known to as few people as needed.',
          'Whoever analyses the figures does not need the passphrase and should not know it: with the passphrase and a list of names one can link pseudonyms back.',
          'Both partners make the same choices: the same identifier (national register number, or name and date of birth), the same reference date for ages, and the same wijk table.'
        ]
      },
      {
        title: 'A new passphrase every year',
        body: [
          'Change the passphrase every year (for instance on 1 January) and destroy the old one. With a new passphrase everybody gets another pseudonym, so files of different years can no longer be linked.',
          'The consequence: figures over a period must come from files made with the same passphrase. A multi-year per-person overlap series is deliberately impossible; a series of yearly figures is not.',
          'If the passphrase has leaked, agree a new one at once and make the files again.'
        ]
      },
      {
        title: 'What the figures can and cannot show',
        body: [
          'They can: how many residents of a wijk took part in buurtwerk, in the area-based work or in both, and which came first. Counts only, with small numbers hidden.',
          'They cannot: who those people are, why they came, or whether buurtwerk caused the participation elsewhere. Overlap is association, not proof of referral.',
          'Registration errors count: a mistyped national register number or another spelling of a name turns one person into two. The check digits of the national register number and the normalisation (case, accents, punctuation) catch some of this, not all.',
          'Pseudonyms are not anonymous data: with the passphrase they can be linked back. Still treat the converted files as personal data; the figures the dashboard shows are aggregated.'
        ]
      },
      {
        title: 'What the tool leaves out',
        body: [
          'Names, national register numbers, addresses, postcodes, e-mail addresses, phone numbers and dates of birth are not written. A check refuses the result if a column that looks like one is still there (by its name or its contents), and says which.'
        ]
      }
    ],
    technicalTitle: 'Technical description',
    technical:
      'Key: PBKDF2-HMAC-SHA-256 of the passphrase (Unicode NFC, UTF-8), salt "wijkweefsel-pseudonym-v1", 600,000 iterations, 32 bytes. Pseudonym: "P" followed by the first 20 hex characters of HMAC-SHA-256 of the normalised identifier ("rrn:" + 11 digits, or "name:" + the words of first name and name, sorted, + "|" + date of birth YYYY-MM-DD).'
  }
};
