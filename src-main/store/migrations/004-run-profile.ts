/**
 * An analysis run remembers whether its score profile was asked for by name (`analyze --profile`)
 * or was the active one. Only in the second case does choosing another active profile make its
 * results stale, as a fixed as-of date does not move with new data.
 */
export const runProfileColumn = `
ALTER TABLE analysis_runs ADD COLUMN profile_fixed INTEGER NOT NULL DEFAULT 0;
`;
