import type { Migration } from './types';

// Issue 15: a product carries its national tariff codes (US HTSUS 10 digits, EU CN 8 / TARIC 10,
// UK commodity code 10 …) as one JSON object keyed by destination, and optionally its own EU
// responsible person (GPSR), when it is not the seller profile's. A lithium battery that ships alone
// (declared so, or a power bank under HS 85.06/85.07 with a lithium battery declared) is no longer
// "customs-ready": mail does not accept it. New writes derive that gap from resources/rules/
// batteries.json; this upgrade marks the products already stored by the same facts as of 2026-12-02.
export const migration013: Migration = {
  version: 13,
  name: 'product-tariffs',
  up(db) {
    db.exec(`
      ALTER TABLE products ADD COLUMN tariff_codes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(tariff_codes) AND json_type(tariff_codes) = 'object');
      ALTER TABLE products ADD COLUMN eu_responsible_person TEXT CHECK (eu_responsible_person IS NULL OR length(eu_responsible_person) BETWEEN 1 AND 400);
      UPDATE products
         SET customs_gaps = json_insert(customs_gaps, '$[#]', 'battery_not_mailable'), customs_ready = 0
       WHERE json_extract(compliance, '$.battery.type') IN ('lithium_ion', 'lithium_metal')
         AND (json_extract(compliance, '$.battery.configuration') = 'alone' OR hs_code LIKE '8506%' OR hs_code LIKE '8507%')
         AND NOT EXISTS (SELECT 1 FROM json_each(customs_gaps) WHERE value = 'battery_not_mailable');
    `);
  },
};
