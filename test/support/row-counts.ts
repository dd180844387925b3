import { adminQuery } from './db.js';

const SKIPPED = new Set(['platform.schema_migrations', 'platform.idempotency_keys']);

/** Row count of every table Kontor owns, keyed `schema.table`; compared before and after a probe. */
export async function rowCounts(ownerUrl: string): Promise<Map<string, number>> {
  const { rows: tables } = await adminQuery(
    ownerUrl,
    `select table_schema || '.' || table_name as name from information_schema.tables
     where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
  );
  const names = (tables as { name: string }[]).map((t) => t.name).filter((n) => !SKIPPED.has(n));
  if (names.length === 0) return new Map();
  const union = names.map((n, i) => `select ${i} as i, count(*)::int as n from ${n.split('.').map((p) => `"${p}"`).join('.')}`).join(' union all ');
  const { rows } = await adminQuery(ownerUrl, union);
  const counts = new Map<string, number>();
  for (const row of rows as { i: number; n: number }[]) counts.set(names[row.i]!, row.n);
  return counts;
}

export function changedTables(before: Map<string, number>, after: Map<string, number>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => (before.get(n) ?? 0) !== (after.get(n) ?? 0));
}

/** Every row of every table Kontor owns, as text: to prove a secret is stored nowhere. */
export async function dumpAllTables(ownerUrl: string): Promise<string> {
  const { rows: tables } = await adminQuery(
    ownerUrl,
    `select quote_ident(table_schema) || '.' || quote_ident(table_name) as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
  );
  const parts: string[] = [];
  for (const { name } of tables as { name: string }[]) {
    const { rows } = await adminQuery(ownerUrl, `select coalesce(string_agg(x::text, E'\\n'), '') as dump from ${name} x`);
    parts.push((rows[0] as { dump: string }).dump);
  }
  return parts.join('\n');
}
