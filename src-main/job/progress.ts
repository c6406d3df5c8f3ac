/** How far a long job has come, as the worker reports it and the window shows it. */
export interface JobProgressUpdate {
  phase: string;
  done: number;
  total: number | null;
  unit: 'bytes' | 'rows' | 'steps';
  /** Rows read so far, when the job reads a file (progress is then in bytes). */
  rows?: number;
  /** What the phase works on, such as the file being imported. */
  detail?: string;
}
