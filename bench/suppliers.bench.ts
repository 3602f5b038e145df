// suppliers.list over 20,000 suppliers: search by name, Chinese name, contact and licence number.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../src/core';
import { createSupplier } from '../src/core/suppliers/suppliers';
import { rng } from './seed';
import { figures, measure, ms, record } from './util';

export const SUPPLIER_COUNT = 20_000;

const CITIES: [string, string, string][] = [
  ['Shenzhen', '深圳', 'CN'], ['Yiwu', '义乌', 'CN'], ['Guangzhou', '广州', 'CN'], ['Ningbo', '宁波', 'CN'], ['Dongguan', '东莞', 'CN'],
  ['Hanoi', '河内', 'VN'], ['Istanbul', '伊斯坦布尔', 'TR'], ['Dhaka', '达卡', 'BD'], ['Mumbai', '孟买', 'IN'], ['Penang', '槟城', 'MY'],
];
const TRADES: [string, string][] = [
  ['Electronics', '电子'], ['Textiles', '纺织'], ['Plastics', '塑料'], ['Cosmetics', '化妆品'], ['Toys', '玩具'], ['Leather', '皮革'], ['Hardware', '五金'],
];
const PEOPLE = ['Lina', 'Wei', 'Chen', 'Minh', 'Ayse', 'Rahul', 'Mei', 'Jun', 'Tariq', 'Hoa'];
const STATUSES = ['approved', 'approved', 'approved', 'probation', 'blocked'] as const;

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-bench-suppliers-'));
  try {
    const core = openCore({ dataDir: dir });
    const r = rng(7);
    const t = performance.now();
    core.ctx.db.transaction(() => {
      for (let i = 0; i < SUPPLIER_COUNT; i++) {
        const [city, cityZh, country] = CITIES[Math.floor(r() * CITIES.length)]!;
        const [trade, tradeZh] = TRADES[Math.floor(r() * TRADES.length)]!;
        const person = PEOPLE[Math.floor(r() * PEOPLE.length)]!;
        createSupplier(core.ctx, {
          name: `${city} ${trade} Co. ${i}`,
          localName: `${cityZh}${tradeZh}有限公司${i}`,
          country,
          contacts: [{ name: `${person} ${i}`, email: `${person.toLowerCase()}${i}@supplier${i}.com`, phone: `+86 755 ${String(i).padStart(8, '0')}`, messaging: `WeChat: ${person.toLowerCase()}_${i}` }],
          licenceNumber: `9144${String(i * 7919).padStart(10, '0')}`,
          status: STATUSES[Math.floor(r() * STATUSES.length)]!,
        });
      }
    })();
    figures.push({ bench: 'suppliers', case: `seed ${SUPPLIER_COUNT.toLocaleString('en')} suppliers via createSupplier (one transaction)`, median: ms(performance.now() - t) });
    const call = async (input: unknown) => {
      const res = await core.api.call('suppliers.list', input);
      if (!res.ok) throw new Error(JSON.stringify(res.error));
      return res.value;
    };
    const cases: [string, unknown][] = [
      ['search "shenzhen electronics" (relevance)', { query: 'shenzhen electronics' }],
      ['search Chinese "义乌玩具"', { query: '义乌玩具' }],
      ['search contact e-mail "lina123"', { query: 'lina123' }],
      ['search licence number prefix "91440000"', { query: '91440000' }],
      ['search "s" (broad prefix: most rows match)', { query: 's' }],
      ['search "textiles" + status probation + country VN', { query: 'textiles', status: 'probation', country: 'VN' }],
      ['no search, first page by name', {}],
      ['no search, status blocked, page 20', { status: 'blocked', offset: 2000 }],
    ];
    for (const [name, input] of cases) record('suppliers.list', `${name}, 20k`, await measure(() => call(input)), 20);
    core.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
