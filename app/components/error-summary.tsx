import { useTranslation } from 'react-i18next';

export interface ErrorMessage {
  text: string;
  /** The id of the field to jump to. */
  href?: string;
}

export function ErrorSummary({ errors }: { errors: ErrorMessage[] }) {
  const { t } = useTranslation();
  if (!errors.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('question.errorTitle')}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.text}>{e.href ? <a href={e.href}>{e.text}</a> : e.text}</li>
        ))}
      </ul>
    </div>
  );
}
