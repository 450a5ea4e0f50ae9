// A build step run by scripts/build.ts reports its peak memory to it as it ends (over the IPC channel
// fork() opens), so that each step's figure is its own.
export const PHASE_PEAK = 'dossier:phase-peak';

export interface PhasePeak {
  kind: typeof PHASE_PEAK;
  /** Peak resident memory of the process, KiB. */
  kib: number;
}

/** Sends this process's peak memory to the build script, when it runs us (no-op otherwise). */
export function reportPeak(): void {
  process.send?.({ kind: PHASE_PEAK, kib: process.resourceUsage().maxRSS } satisfies PhasePeak);
}
