import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItem } from '../policies/plan/plan.ts';
import type { PolicyId, RegionPolicy } from '../policies/model/types.ts';
import { CitationLine } from './citation.tsx';
import { OfficeCard } from './office-card.tsx';
import { formatFen, phoneText, telHref } from './format.ts';
import { dateWords } from './date-words.ts';
import { contactsFor } from '../policies/plan/contacts.ts';
import type { Contacts } from '../policies/plan/contacts.ts';
import { hotline12393 } from '../policies/model/national.ts';
import type { NationalFact } from '../policies/model/national.ts';

/** More offices than this are named by the first and a count, linking to the one list of them (鹤山's ten centres). */
const ASK_AT_NAMED = 3;

/**
 * Whether the page has already said what 12393 is (its long label and that the area code is the app's): said once
 * per page, in document order, then the number alone. A fresh object per render of the page, so the server and the
 * browser count the same mentions.
 */
export const HotlineLabelSaid = createContext<{ said: boolean } | null>(null);

/** True for the first mention of 12393 on the page (and wherever no page counts); `mentions`: this place shows it. */
export function useFirstHotlineMention(mentions: boolean): boolean {
  const page = useContext(HotlineLabelSaid);
  if (!page || !mentions) return true;
  const first = !page.said;
  page.said = true;
  return first;
}

/** The national hotline with the area's code (N2, N3): labelled as national, never as the local office. */
export function Hotline12393({ hotline, label = true }: { hotline: NonNullable<Contacts['hotline']>; label?: boolean }) {
  const { t } = useTranslation();
  const number = phoneText(hotline.areaCode, hotline.number);
  return (
    <a className="hotline" href={telHref(hotline.areaCode, hotline.number)}>
      {t(label ? 'plan.hotline.call' : 'plan.hotline.callShort', { number })}
    </a>
  );
}

function AskAt({ ids, region }: { ids: string[]; region: RegionPolicy<PolicyId> }) {
  const { t } = useTranslation();
  const { offices, hotline } = contactsFor(region, ids);
  const firstHotline = useFirstHotlineMention(Boolean(hotline) && offices.length <= ASK_AT_NAMED);
  if (offices.length > ASK_AT_NAMED) {
    return (
      <p className="ask-at">
        {t('plan.askAt')}
        <a href="#step-contacts">{t('plan.askAtMany', { first: offices[0]!.name, count: offices.length })}</a>
      </p>
    );
  }
  return (
    <p className="ask-at">
      {t('plan.askAt')}
      {offices.map((o, i) => (
        <span key={o.id}>
          {i > 0 && t('app.listSeparator')}
          <a href={`#office-${o.id}`}>{o.name}</a>
        </span>
      ))}
      {hotline && (
        <>
          {t('plan.hotline.or')}
          <Hotline12393 hotline={hotline} label={firstHotline} />
          {firstHotline && <span className="muted">{t('plan.hotline.marker')}</span>}
        </>
      )}
    </p>
  );
}

/** A national rule: the app's summary of a named document, marked so it is never read as a local quote. */
function NationalItem({ fact, region }: { fact: NationalFact; region: RegionPolicy<PolicyId> }) {
  const { t } = useTranslation();
  return (
    <div className="item national">
      <p className="if">{t('plan.national.marker', { document: fact.cite.document })}</p>
      <p>{t(`national.${fact.id.replace('.', '_')}`)}</p>
      {fact.id === 'N2' && (
        <p>
          <Hotline12393 hotline={hotline12393(region)} />
        </p>
      )}
    </div>
  );
}

export interface PlanItemOptions {
  /** False where the source gives this family no route: dates then carry no days left. */
  countdown?: boolean;
}

export function PlanItemView({
  item,
  region,
  options = {},
}: {
  item: PlanItem;
  region: RegionPolicy<PolicyId>;
  options?: PlanItemOptions;
}) {
  const { t } = useTranslation();
  const source = region.source;
  switch (item.kind) {
    case 'note':
      return (
        <div className="item note">
          {item.ifInsured && <p className="if">{t(`plan.ifInsured.${item.ifInsured}`)}</p>}
          <p>{item.text}</p>
          <CitationLine cite={item.cite} source={source} />
        </div>
      );
    case 'advice':
      return (
        <div className="item advice">
          <p>{t(`plan.advice.${item.id}`)}</p>
        </div>
      );
    case 'not-stated':
      return (
        <div className="item not-stated">
          <p>{t('plan.notStated', { what: item.what })}</p>
          <AskAt ids={item.askAt} region={region} />
        </div>
      );
    case 'fee':
      return (
        <div className="item fee">
          <p className="fee-line">
            <span className="fee-label">{t(item.othersThanFunded ? 'plan.fee.individualOthers' : `plan.fee.${item.id}`)}</span>{' '}
            <strong className="amount">{formatFen(item.amountFen)}</strong>
            {item.per && <span className="muted"> {item.per}</span>}
          </p>
          {item.groups && <p>{t('plan.fee.fullyFundedGroups', { groups: item.groups })}</p>}
          <CitationLine cite={item.cite} source={source} />
        </div>
      );
    case 'channel':
      return (
        <div className="item channel">
          <h3>
            {item.channel.purpose === 'check' && <span className="tag">{t('plan.channel.check')}</span>}
            {item.channel.name}
          </h3>
          {item.channel.steps.length ? (
            <ol className="taps">
              {item.channel.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t('plan.channel.noSteps')}</p>
          )}
          <CitationLine cite={item.channel.cite} source={source} />
        </div>
      );
    case 'deadline': {
      const words = dateWords(t, item, { countdown: options.countdown !== false });
      return (
        <div className={`item deadline deadline-${words.pastYear ? 'past-year' : item.status}`}>
          <p className="deadline-label">{item.label}</p>
          <p className="deadline-when">
            <strong>{words.when}</strong> {words.status && <span className="status">{words.status}</span>}
          </p>
          {item.computed && <p className="muted">{t('plan.deadline.computed')}</p>}
          <CitationLine cite={item.cite} source={source} />
        </div>
      );
    }
    case 'office':
      return <OfficeCard office={item.office} source={source} />;
    case 'national':
      return <NationalItem fact={item.fact} region={region} />;
  }
}
