/** The Settings view: what every analysis reads, and the analyst's language and theme. */
export const settings = {
  settings: {
    title: 'Settings',
    intro:
      'What every analysis reads. Each change is saved at once and marks the stored results out of date until you analyse again.',
    saved: 'Saved. Results are out of date until the next analysis.',
    failed: 'Not saved',
    profiles: {
      title: 'Score weight profiles',
      intro:
        'How much each signal counts in the advocate score. The share is the weight over the sum of all weights; an account missing a signal has the rest renormalised.',
      listLabel: 'Profiles',
      active: 'In use',
      builtIn: 'Built in',
      choose: 'Use this profile',
      create: 'New profile',
      duplicate: 'Duplicate',
      rename: 'Rename',
      delete: 'Delete',
      signal: 'Signal',
      weight: 'Weight',
      share: 'Share',
      builtInNote: 'The built-in profile cannot be changed: duplicate it to edit the weights.',
      namePrompt: 'Profile name',
      newName: (n: number) => `Profile ${n}`,
      copyName: (name: string) => `${name} copy`,
      renameTitle: (name: string) => `Rename “${name}”`,
      createTitle: 'New profile',
      duplicateTitle: (name: string) => `Duplicate “${name}”`,
      deleteTitle: (name: string) => `Delete “${name}”?`,
      deleteBody: 'Accounts will be scored with the built-in profile if this one is in use.',
      confirm: 'Save',
      confirmDelete: 'Delete',
      cancel: 'Cancel',
    },
    tiers: {
      title: 'Tier thresholds',
      intro:
        'The lowest advocate score of each tier; scores below the neutral threshold are at risk.',
    },
    rule: {
      title: 'Default case-study rule',
      intro: 'The rule the Case studies view and the command line use unless told otherwise.',
      label: 'Rule',
      words: (r: {
        tenure: string;
        nps: string;
        score: string;
        asked: string;
        declined: string;
        champion: boolean;
        consent: boolean;
        active: boolean;
      }) =>
        [
          r.active ? 'Active customers' : 'Customers',
          `with at least ${r.tenure} months of tenure`,
          `an NPS answer of ${r.nps} or more`,
          `an advocate score of ${r.score} or more`,
          r.champion ? 'a champion or decision-maker contact' : null,
          r.consent ? 'consent not refused' : null,
          `not asked in the last ${r.asked} days`,
          `not declined in the last ${r.declined} days`,
        ]
          .filter(Boolean)
          .join(', ') + '.',
    },
    money: {
      title: 'Money',
      intro: 'Stated beside every LTV and ROI figure.',
      margin: 'Gross margin',
      discount: 'Discount rate (a year)',
      costTitle: 'Customer-success cost',
      costMode: 'Cost given as',
      modes: { none: 'None', perAccount: 'Per account-month', monthlyTotal: 'Monthly total' },
      perAccount: (currency: string) => `Cost per active account-month (${currency})`,
      monthlyTotal: (currency: string) => `Cost of the whole base a month (${currency})`,
      allocation: 'Allocated',
      allocations: { equal: 'Equally', tickets: 'By ticket load' },
      importedCosts:
        'Customer-success costs are imported (cs_costs): they take precedence over the setting.',
    },
    currency: {
      title: 'Currencies',
      intro:
        'Money figures are in the base currency. An amount in another currency counts only with a rate; without one it is left out.',
      base: 'Base currency',
      tableLabel: 'Currencies in the data',
      code: 'Currency',
      rows: 'Rows',
      rate: (base: string) => `Rate (${base} per unit)`,
      counted: 'Counted',
      leftOut: 'Left out: no rate',
      isBase: 'Base',
      remove: 'Remove rate',
      ratePlaceholder: 'No rate',
    },
    preferences: {
      title: 'Language and theme',
    },
    number: {
      invalid: 'Enter a number.',
      range: (min: string, max: string) => `Enter a number from ${min} to ${max}.`,
    },
  },
};
