// The <option>s of a country select: every ISO country by its name in the UI's language, with its code.
import { useFormat } from '../lib/format';

export function CountryOptions() {
  const fmt = useFormat();
  const countries = fmt.countries();
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
