// The <option>s of a country select: every ISO country by its name in the UI's language, with its code.
import { useFormat } from '../lib/format';

export function CountryOptions() {
  const fmt = useFormat();
  return (
    <>
      {fmt.countries().map((c) => (
        <option key={c.code} value={c.code}>
          {fmt.withCode(c.name, c.code)}
        </option>
      ))}
    </>
  );
}
