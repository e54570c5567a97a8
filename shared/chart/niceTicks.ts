/** Round tick values spanning [low, high]: steps of 1, 2, 2.5 or 5 times a power of ten. */
export function niceTicks(low: number, high: number, target = 5): number[] {
  let lo = low;
  let hi = high;
  if (!(hi > lo)) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / Math.max(1, target - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const first = Math.floor(lo / step + 1e-9) * step;
  const last = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= last + step * 1e-6; v += step) ticks.push(clean(v, step));
  return ticks;
}

/** Removes float noise (0.30000000000000004) at the step's precision. */
function clean(value: number, step: number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  const rounded = Number(value.toFixed(Math.min(20, digits)));
  return Object.is(rounded, -0) ? 0 : rounded;
}
