import type { ChannelReport, ChannelRow } from '../../../src-shared/model/analysis/economics';
import type { AnalysisFrame } from '../engine/analysis-frame';
import { baselineRow, groupOutcomes, ratio } from '../groups/group-outcomes';
import { concatBuckets, lifetimeColumns } from '../groups/lifetimes';
import { unionOfCurrencies } from '../groups/money-left-out';
import { logRankOf, NOT_RECORDED } from '../groups/retention-report';

/**
 * The channel breakdown of DESIGN section 4, per acquisition channel, against the customers no
 * partner referred. The advocate rate is the share of the customers a channel brought who are top
 * advocates now, so a channel whose customers leave scores low even if those who stay are happy.
 * Money figures leave out the customers whose money is not known in the base currency, and each
 * row says how many and for which currencies.
 */
export function channelBreakdown(frame: AnalysisFrame): ChannelReport {
  const { facts, snapshot } = frame;
  const channel = facts.channel;
  const unknown = channel.values.length;
  const byChannel = frame.split(channel.codes, unknown);
  const noPartner = snapshot.partners.partners.length;
  const byPartner = frame.split(snapshot.partners.partnerOf, noPartner);
  const baselineMembers = byPartner.customers[noPartner];
  const baseline = baselineRow(
    frame,
    'Not referred',
    baselineMembers,
    byPartner.prospects[noPartner],
  );
  const allCustomers = baselineRow(
    frame,
    'All customers',
    frame.customers,
    concatBuckets(byChannel.prospects),
  );
  const rows: ChannelRow[] = [];
  byChannel.customers.forEach((members, code) => {
    if (members.length === 0) return;
    const figures = groupOutcomes(frame, members, byChannel.prospects[code]);
    const own = code === unknown ? -1 : code;
    // The baseline customers outside this channel, so that the two groups compared do not overlap.
    const others = baselineMembers.filter((i) => channel.codes[i] !== own);
    rows.push({
      channel: code === unknown ? NOT_RECORDED : channel.values[code],
      ...frame.money,
      ...figures,
      shareOfCustomers: frame.customers.length > 0 ? members.length / frame.customers.length : 0,
      ltvVersusBaseline: ratio(figures.ltvSbg, baseline.ltvSbg),
      churnVersusBaseline: ratio(figures.trailingSixMonthChurn, baseline.trailingSixMonthChurn),
      logRankPVersusBaseline:
        others.length > 0
          ? (logRankOf([lifetimeColumns(facts, members), lifetimeColumns(facts, others)])?.p ??
            null)
          : null,
    });
  });
  rows.sort((a, b) => b.customers - a.customers || (a.channel < b.channel ? -1 : 1));
  return {
    asOf: facts.asOf,
    ...frame.money,
    baseline,
    allCustomers,
    channels: rows,
    excludedCurrencies: unionOfCurrencies(
      [baseline, allCustomers, ...rows].map((r) => r.excludedCurrencies),
    ),
  };
}
