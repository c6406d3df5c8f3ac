/** A request the scenario store refuses (an unknown name, the built-in's name): bad input. */
export class ScenarioStoreError extends Error {
  override readonly name = 'ScenarioStoreError';
  constructor(
    readonly code: 'not-found' | 'reserved-name' | 'invalid-name' | 'invalid-file',
    message: string,
  ) {
    super(message);
  }
}
