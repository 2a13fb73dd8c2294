import type { InputHTMLAttributes } from 'react';

/** A labelled text input with a hint and, when given, an error, each tied to it for screen readers. */
export function TextField({
  id,
  label,
  hint,
  error,
  className = 'input',
  ...input
}: { id: string; label: string; hint?: string; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].join(' ').trim() || undefined;
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input className={className} id={id} type="text" aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...input} />
    </div>
  );
}
