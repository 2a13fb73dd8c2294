import { useTranslation } from 'react-i18next';
import type { SchoolLetterFacts } from '../policies/plan/school-letter-facts.ts';
import { QrImage } from './qr-code.tsx';
import { letterCallLines, letterHeading, schoolLetterLines } from './school-letter-message.ts';
import { schoolHeading } from './school-message.ts';

type Facts = Extract<SchoolLetterFacts<{ quote: string }>, { blocked: false }>;

/** The A4 notice from a school's letter: the same quoted facts as the message, the number to call, the QR code. */
export function SchoolLetterNotice({
  facts,
  school,
  link,
  qr,
  today,
}: {
  facts: Facts;
  school: string;
  /** The app's /letter link: it carries nothing of the letter. */
  link: string;
  qr: { url?: string; failed: boolean };
  today: string;
}) {
  const { t } = useTranslation();
  return (
    <article className="school-notice" aria-labelledby="school-notice-title">
      <h2 id="school-notice-title" className="notice-title">
        {schoolHeading(t, school)}
      </h2>
      <div className="notice-body">
        <div className="notice-facts">
          <h3>{letterHeading(t, facts)}</h3>
          <ul className="checklist">
            {schoolLetterLines(t, facts, today).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="muted">{t('letter:school.unchecked')}</p>
          {letterCallLines(t, facts.call).map((line) => (
            <p key={line} className="notice-call">
              {line}
            </p>
          ))}
        </div>
        <figure className="notice-qr">
          <QrImage url={qr.url} failed={qr.failed} alt={t('letter:school.noticeScan')} />
          <figcaption>
            {t('letter:school.noticeScan')}
            <span className="notice-link">{link}</span>
          </figcaption>
        </figure>
      </div>
      <p className="muted">{t('letter:school.noticeSource', { title: facts.title })}</p>
    </article>
  );
}
