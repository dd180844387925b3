import { Paper, Table, Title, useComputedColorScheme, useMantineTheme, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { defaultLocaleFor, formatMoney } from '../money';
import { compactTick, plotRows, type ChartPoint, type ChartSeries } from './series';

export interface MoneyChartProps {
  title: string;
  currency: string;
  points: readonly ChartPoint[];
  series: readonly ChartSeries[];
  height?: number;
  locale?: string;
  testId?: string;
}

const PALETTE = ['blue', 'teal', 'orange', 'grape'] as const;

/**
 * A bar/line chart of money over categories (months, accounts), for dashboards. The SVG is hidden
 * from assistive technology; a visually hidden table carries the same numbers, formatted from the
 * original decimal strings. Colours follow the Mantine theme in light and dark.
 */
export function MoneyChart({ title, currency, points, series, height = 260, locale = defaultLocaleFor(currency), testId }: MoneyChartProps) {
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  const titleId = useId();
  const dark = scheme === 'dark';
  const colour = (index: number) => theme.colors[PALETTE[index % PALETTE.length]!][dark ? 4 : 8];
  const text = dark ? theme.colors.dark[0] : theme.colors.gray[8];
  const grid = dark ? theme.colors.dark[4] : theme.colors.gray[3];
  const money = (value: string | null | undefined) => (value ? formatMoney(value, currency, locale) : '—');
  const rows = plotRows(points, series);

  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby={titleId} data-testid={testId}>
      <Title order={2} size="h4" id={titleId} mb="sm">
        {title}
      </Title>
      <div aria-hidden="true" style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid stroke={grid} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" stroke={text} tick={{ fill: text, fontSize: 12 }} />
            <YAxis stroke={text} tick={{ fill: text, fontSize: 12 }} width={72} tickFormatter={(v: number) => compactTick(v, currency, locale)} />
            <Tooltip
              contentStyle={{ background: dark ? theme.colors.dark[6] : theme.white, borderColor: grid, color: text }}
              formatter={(_value, name, item) => {
                const raw = (item.payload as { raw?: Record<string, string | null> }).raw;
                const key = String(item.dataKey ?? '');
                return [money(raw?.[key]), name];
              }}
            />
            {series.length > 1 && <Legend wrapperStyle={{ color: text }} />}
            {series.map((s, i) =>
              s.kind === 'bar' ? (
                <Bar key={s.key} dataKey={s.key} name={s.label} fill={colour(i)} isAnimationActive={false} />
              ) : (
                <Line key={s.key} dataKey={s.key} name={s.label} stroke={colour(i)} strokeWidth={2} dot={false} isAnimationActive={false} />
              ),
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <VisuallyHidden>
        <Table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              {series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.label}>
                <th scope="row">{p.label}</th>
                {series.map((s) => (
                  <td key={s.key}>{money(p.values[s.key])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      </VisuallyHidden>
    </Paper>
  );
}
