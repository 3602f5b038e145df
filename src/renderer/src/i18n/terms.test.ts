// One idea, one Chinese phrase across the areas: a seller who reads 还剩 3 天 on a certificate and
// 剩余 3 天 on a claim wonders whether the two count the same thing.
import { describe, expect, it } from 'vitest';
import { en, zh } from './resources';

type Tree = { [k: string]: string | Tree };

function strings(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else strings(v, `${prefix}${k}.`, out);
  }
  return out;
}

describe('terms', () => {
  it('days left is said 还剩 N 天 everywhere, never 剩余 N 天', () => {
    const english = strings(en as Tree);
    const chinese = strings(zh as Tree);
    const daysLeft = [...english].filter(([key, text]) => /\bdays? left\b/.test(text) || /(^|\.)daysLeft_/.test(key)).map(([key]) => key);
    expect(daysLeft.length).toBeGreaterThan(2);
    expect(daysLeft.filter((key) => !/^还剩 \{\{count\}\} 天$/.test(chinese.get(key) ?? '')).map((key) => `${key}: ${chinese.get(key)}`)).toEqual([]);
    expect([...chinese].filter(([, text]) => /剩余\s*\{\{count\}\}\s*天/.test(text)).map(([key]) => key)).toEqual([]);
  });
});

describe('labels', () => {
  const english = strings(en as Tree);
  const chinese = strings(zh as Tree);

  it('a finding’s severity is named as the counts name it ("2 blocking" → Blocking), not by the verb "Block"', () => {
    expect(english.get('preflight.severity.block')).toBe('Blocking');
    expect(english.get('sellerRules.severity.block')).toMatch(/^Blocking /);
    expect([...english].filter(([key, text]) => /\.severity\.(block|warn)$/.test(key) && /^(Block|Warn)\b(?!ing)/.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('the verdict so far is written in one case, accept or reject', () => {
    expect(english.get('quality.inspect.willAccept')).toBe('Verdict so far: Accept');
    expect(english.get('quality.inspect.willReject')).toBe('Verdict so far: Reject');
  });

  it('a claim’s status buttons say the status in the sentence’s case (never "Mark as Under review")', () => {
    const buttons = [...english].filter(([key]) => key.startsWith('claimForm.moveTo.'));
    expect(buttons.length).toBe(7);
    expect(buttons.filter(([, text]) => /\s[A-Z]/.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    expect(chinese.get('claimForm.moveTo.filed')).toBe('标记为已提交');
  });

  it('an empty choice says "Not specified", never "Not said"', () => {
    expect([...english].filter(([, text]) => /\bNot said\b/i.test(text)).map(([key]) => key)).toEqual([]);
    expect(english.get('packing.parcel.chooseType')).toBe('Not specified');
    expect(chinese.get('packing.parcel.chooseMailClass')).toBe('未指定');
  });

  it('the supplier import’s default country has a hint of its own, not the products’ "origin country" one', () => {
    const hint = english.get('imports.defaultCountrySuppliersHint') ?? '';
    expect(hint).toMatch(/supplier/);
    expect(hint).not.toMatch(/origin/);
    expect(chinese.get('imports.defaultCountrySuppliersHint')).toMatch(/供应商/);
  });
});

describe('numbers', () => {
  it('an AQL is written as its select shows it (4, not 4.0)', () => {
    for (const tree of [en, zh]) {
      const aqls = [...strings(tree as Tree)].filter(([, text]) => /AQL/.test(text));
      expect(aqls.length).toBeGreaterThan(0);
      expect(aqls.filter(([, text]) => /\b\d+\.0\b/.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    }
  });
});

describe('statuses', () => {
  const english = strings(en as Tree);
  const chinese = strings(zh as Tree);

  it('a status says in Chinese what it says in English', () => {
    // An open case is waiting to be handled, not "new"; a pending hold has no outcome yet, and is not
    // "in progress" as a case being worked on is; a blocked supplier is blocked, not "deactivated".
    expect(chinese.get('afterSales.status.open')).toBe('待处理');
    expect(chinese.get('holds.outcome.pending')).toBe('待定');
    expect(chinese.get('holds.outcome.pending')).not.toBe(chinese.get('afterSales.status.in_progress'));
    expect(chinese.get('suppliers.status.blocked')).toBe('已禁用');
    expect(chinese.get('quality.scorecard.band.blocked')).toBe('禁用');
    // The list filter of the active cases is not the open status's word.
    expect(chinese.get('afterSales.active')).not.toBe(chinese.get('afterSales.status.open'));
    // The old word stays nowhere a supplier is spoken of (a store's listing or a rule may well be 停用).
    expect([...chinese].filter(([key, text]) => /停用/.test(text) && /supplier|quality|home|pf\./i.test(key)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    expect(english.get('suppliers.status.blocked')).toBe('Blocked');
  });

  it('a filter over every value says 全部, never 任意', () => {
    expect(chinese.get('suppliers.anyStatus')).toBe('全部状态');
    expect(english.get('suppliers.anyStatus')).toBe('All statuses');
    expect([...chinese].filter(([, text]) => /任意/.test(text) && !/任意位置/.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});

describe('one deadline, one wording', () => {
  const english = strings(en as Tree);
  const chinese = strings(zh as Tree);

  it('days left and days overdue are said alike on the dashboard and in the claims list', () => {
    expect(english.get('home.daysLeft_other')).toBe(english.get('claims.daysLeft_other'));
    expect(english.get('home.daysLeft_one')).toBe('{{count}} day left');
    expect(english.get('home.daysLate_other')).toBe(english.get('claims.overdue_other'));
    expect(chinese.get('home.daysLate_other')).toBe(chinese.get('claims.overdue_other'));
    expect([...english].filter(([, text]) => /^in \{\{count\}\} days?$/.test(text)).map(([key]) => key)).toEqual([]);
  });
});

describe('English phrasing', () => {
  const english = strings(en as Tree);
  const chinese = strings(zh as Tree);

  it('reads as sentences a seller would write', () => {
    expect(english.get('home.intro')).toBe('What needs your attention today.');
    // The backup's path field does not start with "Or" with nothing before it; it says what the Chinese says.
    expect(english.get('backups.toFile')).toMatch(/^Save to another place \(optional/);
    expect(chinese.get('backups.toFile')).toMatch(/^保存到其他位置（可选/);
    expect(english.get('quality.plans.levelHint')).toContain('level I inspects fewer units, level III more');
    // A defect class inside a sentence is lower case ('AQL for major defects').
    expect(english.get('quality.plans.aqlOf')?.replace('{{cls}}', english.get('quality.inspect.classInSentence.major') ?? '')).toBe('AQL for major defects');
    expect(english.get('quality.inspect.modeInspection.normal')).toBe('Normal inspection');
    expect(chinese.get('quality.inspect.modeInspection.normal')).toBe('正常检验');
  });

  it('the consultation form’s product hint says where the Ask the carrier button is (not on this screen)', () => {
    for (const words of [english, chinese]) {
      const hint = words.get('consultationForm.chooseProduct') ?? '';
      expect(hint).toContain(`“${words.get('consultations.askCarrier')}”`);
    }
    expect(english.get('consultationForm.chooseProduct')).toMatch(/open a shipment and use “Ask the carrier” there\.$/);
    expect(chinese.get('consultationForm.chooseProduct')).toMatch(/打开货件，在那里点击“咨询承运商”。$/);
  });

  it('names the platforms’ order files alike', () => {
    const formats = ['shopify', 'woocommerce', 'ebay', 'amazon'].map((f) => english.get(`orders.format.${f}`));
    expect(formats).toEqual(['a Shopify orders export', 'a WooCommerce orders export', 'an eBay orders report', 'an Amazon orders report']);
  });
});

describe('one thing, one term', () => {
  const english = strings(en as Tree);
  const chinese = strings(zh as Tree);

  it('a postcode is a Postcode (邮编), a country 国家, an e-mail address 电子邮箱 on every form', () => {
    expect([...english].filter(([, text]) => /postal code/i.test(text)).map(([key]) => key)).toEqual([]);
    expect(english.get('supplierForm.fields.postalCode')).toBe(english.get('shipment.fields.postcode'));
    expect(english.get('shipment.fields.postcode')).toBe('Postcode');
    expect([...chinese].filter(([, text]) => /邮政编码|国家\/地区|国家或地区/.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    expect(chinese.get('supplierForm.fields.postalCode')).toBe('邮编');
    expect(chinese.get('supplierForm.fields.country')).toBe('国家');
    // An address to write to is 电子邮箱; 电子邮件 is a message (a consultation's channel, a letter's text).
    const addresses = [...chinese].filter(([key]) => /(^|\.)(email|\w+Email)$/.test(key) && !key.includes('channel.'));
    expect(addresses.length).toBeGreaterThan(3);
    expect(addresses.filter(([, text]) => !/电子邮箱/.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});
