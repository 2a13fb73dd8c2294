import { useTranslation } from 'react-i18next';
import type { SchoolFacts } from '../policies/plan/school-facts.ts';
import { QrImage } from './qr-code.tsx';
import { callLine, schoolFactLines, schoolHeading, yearNotice } from './school-message.ts';

/** A link with its percent-encoded text (the school's name) shown as characters; left as it is if malformed. */
function readableLink(link: string): string {
  try {
    return decodeURI(link);
  } catch {
    return link;
  }
}

/** The A4 notice a school prints: region, school, key facts with their years, the QR code and the link. */
export function SchoolNotice({
  facts,
  school,
  link,
  qr,
}: {
  facts: SchoolFacts;
  school: string;
  /** The class link, the one the QR code holds, so paper and phone open the same page with the school named. */
  link: string;
  qr: { url?: string; failed: boolean };
}) {
  const { t } = useTranslation();
  return (
    <article className="school-notice" aria-labelledby="school-notice-title">
      <h2 id="school-notice-title" className="notice-title">
        {schoolHeading(t, school)}
      </h2>
      <p className="notice-region">{t('school.notice.region', { region: facts.regionName })}</p>
      <div className="notice-body">
        <div className="notice-facts">
          <h3>{t('school.notice.factsTitle')}</h3>
          <ul className="checklist">
            {schoolFactLines(t, facts).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="notice-call">{callLine(t, facts)}</p>
        </div>
        <figure className="notice-qr">
          <QrImage url={qr.url} failed={qr.failed} alt={t('school.qrAlt', { region: facts.regionName })} />
          <figcaption>
            {t('school.notice.scan')}
            {/* Printed with the school's name readable (as a browser shows it); typed in, it is the same link. */}
            <span className="notice-link">{readableLink(link)}</span>
          </figcaption>
        </figure>
      </div>
      <div className="notice notice-year" role="note" aria-labelledby="school-notice-year">
        <h3 id="school-notice-year">{t('school.notice.yearTitle', { year: facts.policyYear })}</h3>
        <p>{yearNotice(t, facts)}</p>
        <p className="muted">{t('school.notice.source', { issuer: facts.issuer, title: facts.title, issued: facts.issued })}</p>
      </div>
    </article>
  );
}
