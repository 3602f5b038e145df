// An address's lines on every document: the street lines as typed, then the locality in the
// destination's postal order (UPU S42; USPS Publication 28; Royal Mail; Canada Post; Australia
// Post), then the country. The templates come from @fragaria/address-formatter, pinned exactly in
// package.json: these tests fail when an upgrade changes a printed address.
import { describe, expect, it } from 'vitest';
import { addressLines, localityLines, type AddressLike } from './index';

const address = (a: Partial<AddressLike> & Pick<AddressLike, 'city' | 'country'>): AddressLike => ({ name: 'Consignee', addressLines: ['1 Street'], ...a });

describe('addressLines', () => {
  it('United States: street lines as typed, "City, ST ZIP", the country, phone and e-mail', () => {
    const us = address({ company: 'Miller LLC', addressLines: ['200 Main St', 'Apt 4'], city: 'Austin', region: 'TX', postalCode: '78701', country: 'US', phone: '+1 512 555 0100', email: 'john@example.com' });
    expect(addressLines(us)).toEqual(['Miller LLC', '200 Main St', 'Apt 4', 'Austin, TX 78701', 'United States (US)', 'Tel. +1 512 555 0100', 'john@example.com']);
    // A state written out is printed as its two-letter code.
    expect(localityLines({ city: 'Austin', region: 'Texas', postalCode: '78701', country: 'US' })).toEqual(['Austin, TX 78701']);
  });

  it('United Kingdom: the post town, then the postcode on its own line; no county after the postcode', () => {
    expect(addressLines(address({ addressLines: ['12 High Street'], city: 'Leeds', postalCode: 'LS1 4AP', country: 'GB' }))).toEqual(['12 High Street', 'Leeds', 'LS1 4AP', 'United Kingdom (GB)']);
    expect(localityLines({ city: 'Leeds', region: 'West Yorkshire', postalCode: 'LS1 4AP', country: 'GB' })).toEqual(['Leeds', 'LS1 4AP']);
  });

  it('Canada, Australia: municipality, province or state, postcode on one line', () => {
    expect(localityLines({ city: 'Toronto', region: 'ON', postalCode: 'M5V 2T6', country: 'CA' })).toEqual(['Toronto, ON M5V 2T6']);
    expect(localityLines({ city: 'Toronto', region: 'Ontario', postalCode: 'M5V 2T6', country: 'CA' })).toEqual(['Toronto, ON M5V 2T6']);
    expect(localityLines({ city: 'Sydney', region: 'NSW', postalCode: '2000', country: 'AU' })).toEqual(['Sydney NSW 2000']);
    expect(localityLines({ city: 'Sydney', region: 'New South Wales', postalCode: '2000', country: 'AU' })).toEqual(['Sydney NSW 2000']);
  });

  it('Germany, France: the postcode before the city, as before', () => {
    expect(addressLines(address({ addressLines: ['Hauptstraße 5'], city: 'Berlin', postalCode: '10115', country: 'DE' }))).toEqual(['Hauptstraße 5', '10115 Berlin', 'Germany (DE)']);
    expect(localityLines({ city: 'Paris', postalCode: '75001', country: 'FR' })).toEqual(['75001 Paris']);
  });

  it('Japan (romanised): ward, prefecture postcode', () => {
    expect(localityLines({ city: 'Shibuya-ku', region: 'Tokyo', postalCode: '150-0002', country: 'JP' })).toEqual(['Shibuya-ku, Tokyo 150-0002']);
    expect(localityLines({ city: 'Tokyo', postalCode: '150-0002', country: 'JP' })).toEqual(['Tokyo, 150-0002']);
  });

  it('China, Korea (written big to small, so not under typed street lines) and a code the templates do not know: "postcode city region" as before', () => {
    const cn = address({ company: 'Shenzhen Bright Trading Co., Ltd.', addressLines: ['Room 1203, Building A, Tech Park', '科技园A座1203室'], city: 'Shenzhen', region: 'Guangdong', postalCode: '518000', country: 'CN' });
    expect(addressLines(cn)).toEqual(['Shenzhen Bright Trading Co., Ltd.', 'Room 1203, Building A, Tech Park', '科技园A座1203室', '518000 Shenzhen Guangdong', 'China (CN)']);
    expect(localityLines({ city: 'Seoul', postalCode: '04524', country: 'KR' })).toEqual(['04524 Seoul']);
    expect(localityLines({ city: 'Somewhere', region: 'Reg', postalCode: '12345', country: 'XA' })).toEqual(['12345 Somewhere Reg']);
  });

  it('keeps what was typed: a template that would drop the city or the postcode is not used; a line it adds on its own is left out', () => {
    // The Hong Kong template has no city line; the Singapore one prints the country for the city.
    expect(localityLines({ city: 'Kowloon', country: 'HK' })).toEqual(['Kowloon']);
    expect(localityLines({ city: 'Singapore', postalCode: '018989', country: 'SG' })).toEqual(['018989 Singapore']);
    // The Puerto Rico template adds "United States of America": the document prints "Puerto Rico (PR)".
    expect(addressLines(address({ city: 'San Juan', region: 'PR', postalCode: '00901', country: 'PR' }))).toEqual(['1 Street', 'San Juan, PR 00901', 'Puerto Rico (PR)']);
    // Street lines are never reordered or re-split, whatever they hold.
    expect(addressLines(address({ addressLines: ['Apt 4', '200 Main St, Suite 9'], city: 'Austin', region: 'TX', postalCode: '78701', country: 'US' })).slice(0, 3)).toEqual(['Apt 4', '200 Main St, Suite 9', 'Austin, TX 78701']);
  });
});
