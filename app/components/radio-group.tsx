export interface RadioOption {
  value: string;
  label: string;
}

/** Radios for one question; the legend is the page's heading, rendered by the caller. */
export function RadioGroup({
  name,
  options,
  value,
  onChange,
  error,
  describedBy,
}: {
  name: string;
  options: RadioOption[];
  value: string | undefined;
  onChange: (value: string) => void;
  error?: string;
  describedBy?: string;
}) {
  return (
    <div className={error ? 'radios has-error' : 'radios'}>
      {error && (
        <p className="field-error" id={`${name}-error`}>
          {error}
        </p>
      )}
      {options.map((option, i) => {
        const id = i === 0 ? name : `${name}-${option.value}`;
        return (
          <div className="radio" key={option.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={[error ? `${name}-error` : '', describedBy ?? ''].join(' ').trim() || undefined}
            />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
    </div>
  );
}
