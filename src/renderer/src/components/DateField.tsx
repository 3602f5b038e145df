// A calendar day typed in the UI language's order (mm/dd/yyyy in English, yyyy/mm/dd in Chinese),
// instead of <input type=date>, which shows the order of the computer's locale whatever the UI's
// language. It hands the form an ISO day ('2026-12-02') once the text is a day, and the text as it
// is otherwise, so the core refuses it with an error on the field (nothing is guessed). ISO typed
// or pasted is accepted in either language. Goes inside <Field>, which gives it id, name and aria.
import { useState } from 'react';
import type { InputHTMLAttributes } from 'react';
import { useFormat } from '../lib/format';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** ISO day, '' for none (or text that is not a day yet). */
  value: string;
  onChange(e: { target: { value: string } }): void;
};

export function DateField({ value, onChange, onBlur, ...rest }: Props) {
  const f = useFormat();
  const [text, setText] = useState(() => f.dateInput(value));
  // A new value from outside (a record loaded, a reset) or a switch of language: show it in the
  // language's order, unless the text being typed already means it.
  // (State adjusted while rendering, as React advises for state that follows a prop.)
  const [seen, setSeen] = useState({ value, f });
  if (seen.value !== value || seen.f !== f) {
    setSeen({ value, f });
    if (f.parseDateInput(text) !== value && text.trim() !== value) setText(f.dateInput(value));
  }
  // The day said back beside the field with its weekday, in words: "12/04/2026" is 4 December to
  // the app and 12 April to a British seller; "Fri, Dec 4, 2026" is one day to both.
  const echo = f.dateEcho(value);
  return (
    <span className="date-field">
      <input
        {...rest}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={f.datePattern}
        data-date={value}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const s = e.target.value.trim();
          onChange({ target: { value: s === '' ? '' : (f.parseDateInput(s) ?? s) } });
        }}
        onBlur={(e) => {
          const day = f.parseDateInput(text);
          if (day) setText(f.dateInput(day));
          onBlur?.(e);
        }}
      />
      {echo && (
        <span className="date-echo" data-testid="date-echo">
          {echo}
        </span>
      )}
    </span>
  );
}
