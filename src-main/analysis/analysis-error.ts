/**
 * A request the analysis cannot honour because of what the analyst asked (an unknown profile, a
 * weight below zero …). The command line reports it as bad input; IPC returns it as an error value.
 */
export class InvalidAnalysisInput extends Error {
  override readonly name = 'InvalidAnalysisInput';
  readonly code = 'invalid-analysis-input';
}
