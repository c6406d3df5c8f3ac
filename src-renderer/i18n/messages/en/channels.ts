/** The Channels view. */
export const channels = {
  channels: {
    title: 'Channels',
    intro: (asOf: string) =>
      `Where customers came from, and how those of each channel stay, pay and advocate, as of ${asOf}.`,
    assumptions: (margin: string, discount: string) =>
      `LTV assumes a gross margin of ${margin} and a discount rate of ${discount} a year.`,
    leftOut: (currencies: string) =>
      `Money figures leave out customers billed in ${currencies}, which have no conversion rate.`,
    tableLabel: 'Channels against the non-referred baseline',
    baseline: 'Not referred (baseline)',
    all: 'All customers',
    columns: {
      channel: 'Channel',
      customers: 'Customers',
      active: 'Active',
      advocateRate: 'Advocate rate',
      ltvSbg: 'LTV (sBG)',
      ltvSimple: 'LTV (simple)',
      churn: 'Churn (6 mo.)',
      nps: 'NPS',
      median: 'Median life',
      logRank: 'Log-rank p',
    },
    months: (n: string) => `${n} mo.`,
    notReached: 'not reached',
    charts: {
      advocateTitle: 'Advocate rate by channel',
      advocateDescription: 'Share of each channel’s customers in the Champion or Advocate tier',
      advocateSummary: (n: string) => `Bars of the advocate rate of ${n} channels.`,
      ltvTitle: 'LTV by channel',
      ltvDescription:
        'Lifetime value per customer: the sBG projection beside the simple ARPA × margin ÷ churn',
      ltvSummary: (n: string) => `Paired bars of two LTV figures for ${n} channels.`,
      kmTitle: 'Retention by channel',
      kmDescription:
        'Kaplan–Meier share of customers still active by month since their first payment',
      kmSummary: (n: string) => `Step curves of retention for ${n} channels.`,
      bands: 'Show 95% bands',
      monthsAxis: 'Months since first payment',
      retained: 'Still active',
      churnTitle: (channel: string) => `Monthly churn, ${channel}`,
      churnDescription: 'Customers who churned in each month ÷ those active at its start',
      churnSummary: (n: string) => `A line of ${n} monthly churn rates.`,
      rate: 'Churn rate',
      trailing: 'Six-month average',
    },
    detail: {
      choose: 'Choose a channel in the table to see its customers and its churn by month.',
      customers: (channel: string) => `Customers from ${channel}`,
    },
  },
};
