/** The charts' look: the app's colours, sizes readable at print size (in points). */
export const chartColors = {
  ink: '#1b1f24',
  body: '#23272e',
  muted: '#5f6b7a',
  grid: '#e3e7ed',
  axis: '#8a94a3',
  zero: '#5f6b7a',
  marker: '#b4332a',
  error: '#c62828',
  errorPanel: '#fdf1f1',
  /** Up to four series: the app's navy, its accent, a light blue and a warm contrast. */
  series: ['#1d3c6e', '#4f7bd8', '#9db4e0', '#b07a1c'],
} as const;

export const chartType = {
  title: { face: 'sans-bold', size: 9 },
  legend: { face: 'sans', size: 7.5 },
  axis: { face: 'sans', size: 7 },
  category: { face: 'sans', size: 7.5 },
  data: { face: 'sans', size: 7 },
  rowLabel: { face: 'sans', size: 7.5 },
  marker: { face: 'sans-bold', size: 7 },
  error: { face: 'sans', size: 7.5 },
} as const;

export const chartGeometry = {
  titleHeight: 16,
  legendHeight: 13,
  plotHeight: 150,
  categoryLeading: 9,
  rowHeight: 22,
  rangeBarHeight: 11,
} as const;
