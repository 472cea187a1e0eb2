/** How long a run took (or has taken so far), in whole seconds split into minutes and seconds. */
export function durationParts(startedAt: Date, finishedAt: Date | null, now: Date): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.round(((finishedAt ?? now).getTime() - startedAt.getTime()) / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
