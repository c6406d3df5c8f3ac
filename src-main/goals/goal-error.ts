/**
 * A goal the analyst wrote that cannot be kept as it is (an unknown metric, a target out of the
 * metric's range, a deadline before the start …). The command line reports it as bad input; IPC
 * returns it as an error value, and the goal form shows its message beside the field it names.
 */
export class InvalidGoalInput extends Error {
  override readonly name = 'InvalidGoalInput';
  readonly code = 'invalid-goal';
  constructor(
    message: string,
    /** The field of the goal the message is about. */
    readonly field: string,
  ) {
    super(message);
  }
}
