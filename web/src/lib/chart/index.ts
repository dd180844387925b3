export { MoneyChart, type MoneyChartProps } from './MoneyChart';
export { plotValue, plotRows, compactTick, type ChartPoint, type ChartSeries } from './series';
