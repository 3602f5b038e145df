// The locality lines of an address (city, postcode, state or province) in the order of the
// destination's post: "Austin, TX 78701" for the United States, "Leeds" over "LS1 4AP" for the
// United Kingdom, "10115 Berlin" for Germany. The orders come from the OpenCage address-formatting
// templates (@fragaria/address-formatter), which are made for geocoder output; this file is the
// guard that keeps them to what a seller typed:
// - the street lines are never given to the templates: they stay as typed, above these lines;
// - a template that writes big to small (China, Korea, Taiwan …: country first, street last) or
//   puts the street inside a locality line cannot be used under our street lines;
// - a template that drops the city or the postcode, or rewrites the city, is not used;
// - lines a template adds on its own ("United States of America" under a Puerto Rico address,
//   "Åland, Finland") are left out: the document prints its own country line.
// When any of these happens, and for a code the templates do not know, the lines are today's
// single line "postcode city region". A template may leave out the state or province (the UK,
// Germany and France do not write it) and may write a state's code for its name ("Texas" → "TX").
import addressFormatter from '@fragaria/address-formatter';

export interface Locality {
  city: string;
  postalCode?: string | null;
  region?: string | null;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
}

// Stand-ins for the parts the document prints itself; no address contains them.
const STREET = 'QQSTREETQQ';
const COUNTRY = 'QQCOUNTRYQQ';
// The templates use their default (postcode city) for a code they do not know; given this
// fallback they use the Chinese one instead, which writes big to small and so is refused below:
// an unknown code gets the postcode-first line with the region, like every refused template.
const UNKNOWN_CODES_AS = 'CN';

const alnum = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/** Today's order, the fallback: "postcode city region" on one line. */
export const postcodeFirst = (p: Locality): string[] => {
  const line = [p.postalCode, p.city, p.region].map((s) => s?.trim()).filter(Boolean).join(' ');
  return line ? [line] : [];
};

function render(country: string, city: string, postcode: string, region: string): string[] {
  return addressFormatter.format(
    // The province goes in as both state and county: Italy, Ireland and San Marino write the
    // province (OpenCage's county); elsewhere the county is only a stand-in for a missing city.
    { road: STREET, city, ...(postcode ? { postcode } : {}), ...(region ? { state: region, county: region } : {}), country: COUNTRY },
    { countryCode: country, fallbackCountryCode: UNKNOWN_CODES_AS, cleanupPostcode: false, output: 'array' },
  );
}

/** The locality lines of an address in its country's postal order (see the top of this file). */
export function localityLines(p: Locality): string[] {
  const city = p.city.trim();
  const postcode = p.postalCode?.trim() ?? '';
  const region = p.region?.trim() ?? '';
  if (!/^[A-Z]{2}$/.test(p.country) || !city) return postcodeFirst(p);
  const placed = (lines: string[]): string[] | null => {
    if (lines[0] !== STREET) return null;
    const rest = lines.slice(1);
    const country = rest.indexOf(COUNTRY);
    if (country >= 0 && country !== rest.length - 1) return null;
    const own = country >= 0 ? rest.slice(0, -1) : rest;
    return own.some((l) => l.includes(STREET) || l.includes(COUNTRY)) ? null : own;
  };
  const lines = placed(render(p.country, city, postcode, region));
  if (!lines) return postcodeFirst(p);
  // A line the template writes whatever the address (a territory's country) is not this address's.
  const withoutRegion = region ? (placed(render(p.country, city, postcode, '')) ?? []) : lines;
  const kept = lines.filter((l) => l.includes(city) || (postcode && alnum(l).includes(alnum(postcode))) || !withoutRegion.includes(l));
  const text = kept.join('\n');
  if (!text.includes(city) || (postcode && !alnum(text).includes(alnum(postcode)))) return postcodeFirst(p);
  return kept;
}
