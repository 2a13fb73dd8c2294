import { useTranslation } from 'react-i18next';
import type { Office, Source } from '../policies/model/types.ts';
import { CitationLine, NationalCitationLine } from './citation.tsx';
import { NATIONAL_FACTS } from '../policies/model/national.ts';
import { phoneText, telHref } from './format.ts';

export function OfficeCard({ office, source }: { office: Office; source: Source }) {
  const { t } = useTranslation();
  return (
    <div className="office" id={`office-${office.id}`}>
      <h3 className="office-name">{office.name}</h3>
      {office.address && <p>{t('plan.office.address', { address: office.address })}</p>}
      {office.note && <p className="muted">{office.note}</p>}
      {office.phones.length > 0 ? (
        <ul className="phones">
          {office.phones.map((p) => (
            <li key={p.number}>
              <a className="button button-secondary tel" href={telHref(p.areaCode, p.number)}>
                {t('plan.office.call', { number: phoneText(p.areaCode, p.number) })}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        office.kind !== 'online' && office.kind !== 'school' && <p className="muted">{t('plan.office.noPhone')}</p>
      )}
      <CitationLine cite={office.cite} source={source} />
    </div>
  );
}

/** Said once under a list of offices (not on each card): the area code in front of their numbers is the app's (N3). */
export function AreaCodeNote({ offices }: { offices: Office[] }) {
  const { t } = useTranslation();
  const code = offices.flatMap((o) => o.phones).find((p) => p.areaCode)?.areaCode;
  return code ? <p className="muted area-code-note">{t('plan.office.areaCodeAdded', { code })}</p> : null;
}

/** Where no office of the plan has a phone: the area's 12393, labelled as the national hotline, not as an office. */
export function HotlineCard({ areaCode, number }: { areaCode: string; number: string }) {
  const { t } = useTranslation();
  return (
    <div className="office hotline" id="hotline-12393">
      <h3 className="office-name">{t('plan.hotline.name')}</h3>
      <p>{t('plan.hotline.note')}</p>
      <ul className="phones">
        <li>
          <a className="button button-secondary tel" href={telHref(areaCode, number)}>
            {t('plan.office.call', { number: phoneText(areaCode, number) })}
          </a>
        </li>
      </ul>
      <NationalCitationLine cite={NATIONAL_FACTS.N2.cite} />
    </div>
  );
}
