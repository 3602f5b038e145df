// The <option>s of a country select: every ISO country by its name in the UI's language, with its code.
import { useMemo } from 'react';
import { countryOptions } from '../lib/format';

export function CountryOptions() {
  const countries = useMemo(() => countryOptions(), []);
  return (
    <>
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name} ({c.code})
        </option>
      ))}
    </>
  );
}
