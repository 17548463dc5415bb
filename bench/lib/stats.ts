// Small statistics for benchmark figures: medians of runs and percentiles of samples.

export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[rank] ?? NaN;
}

export const median = (xs: readonly number[]): number => percentile(xs, 50);

export const ratio = (ours: number, theirs: number): string =>
  Number.isFinite(ours) && Number.isFinite(theirs) && theirs > 0 ? `${(ours / theirs).toFixed(2)}x` : "n/a";

export const fixed = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");

export const mb = (bytes: number): string => fixed(bytes / 1024 / 1024, 1);
