import { Link } from 'react-router';

/** GOV.UK-style Back link; `label` tells a screen reader where it goes. */
export function BackLink({ to, text, label }: { to: string; text: string; label: string }) {
  return (
    <Link to={to} className="back-link" aria-label={label}>
      {text}
    </Link>
  );
}
