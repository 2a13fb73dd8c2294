import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Ask, FirstAction, FirstActions } from '../policies/plan/first-actions.ts';
import type { PlanSectionId, PolicyId, RegionPolicy } from '../policies/model/types.ts';
import { formatFen, phoneText, telHref } from './format.ts';
import { dateWords } from './date-words.ts';
import { useFirstHotlineMention } from './plan-item.tsx';
import { GlossList } from './gloss-list.tsx';
import { contactsFor } from '../policies/plan/contacts.ts';
import { N3_AREA_CODES, originHotline } from '../policies/model/national.ts';
import type { AreaCodePlace } from '../policies/model/national.ts';

/**
 * Stopping is done where the child is insured now, so the number to call is that place's 12393 (N2): where the
 * parent picks a place whose code N3 gives, a number to tap; else how to dial it, and 12393 alone (the office where
 * the caller is) as the number on the line. Kept on this phone only for this screen: it is no answer of the plan.
 */
function OriginCall() {
  const { t } = useTranslation();
  const id = useId();
  const [place, setPlace] = useState<AreaCodePlace | ''>('');
  const hotline = originHotline(place || undefined);
  const tel = (
    <a className="phone" href={telHref(hotline.areaCode, hotline.number)}>
      {phoneText(hotline.areaCode, hotline.number)}
    </a>
  );
  // The line with a number to tap first; the picker (which changes that number) one tap away, to keep screen 1 short.
  return (
    <div className="origin-call">
      <p className="origin-line" aria-live="polite">
        {hotline.areaCode ? (
          <>
            {t('plan.origin.callKnown')} {tel}
          </>
        ) : (
          <>
            {t('plan.origin.callUnknown')} {tel}
            {t('plan.origin.callUnknownAfter')}
          </>
        )}
      </p>
      <details className="origin-pick">
        <summary>{t('plan.origin.pick')}</summary>
        <label htmlFor={id}>{t('plan.origin.label')}</label>{' '}
        <select id={id} className="origin-select" value={place} onChange={(e) => setPlace(e.target.value as AreaCodePlace | '')}>
          <option value="">{t('plan.origin.places.other')}</option>
          {N3_AREA_CODES.map((p) => (
            <option key={p.id} value={p.id}>
              {t(`plan.origin.places.${p.id}`)}
            </option>
          ))}
        </select>
      </details>
    </div>
  );
}

/**
 * The offices already named on a line above: a later line asking the same offices says so instead of naming them
 * again (on a small phone the repeated names cost a line each). Fresh for each render of the list.
 */
type Said = Set<string>;

function officeNames(t: TFunction, region: RegionPolicy<PolicyId>, ids: string[], said?: Said): string {
  const key = [...ids].sort().join('|');
  if (said && ids.length) {
    if (said.has(key)) return t('plan.first.officesSame');
    said.add(key);
  }
  const names = ids.flatMap((id) => region.offices.filter((o) => o.id === id).map((o) => o.name));
  return names.length > 3 ? t('plan.first.officesMany', { first: names[0], count: names.length }) : names.join(t('app.listSeparator'));
}

function askLine(t: TFunction, region: RegionPolicy<PolicyId>, key: string, ask: Ask, said?: Said): string {
  return t(key, { what: ask.what, offices: officeNames(t, region, ask.askAt, said) });
}

/** One action's words: the action and its key fact. */
function actionText(
  t: TFunction,
  a: FirstAction,
  region: RegionPolicy<PolicyId>,
  confirmWith: string[],
  countdown: boolean,
  said: Said,
): ReactNode {
  switch (a.kind) {
    case 'not-covered':
      return t('plan.first.notCovered', { what: a.ask.what, offices: officeNames(t, region, a.ask.askAt, said) });
    case 'no-route':
      return askLine(t, region, 'plan.first.noRoute', a.ask, said);
    case 'ask-what':
      return t('plan.first.askWhat');
    case 'funded':
      return t('plan.first.funded', { groups: a.groups, year: a.policyYear });
    case 'stop-other':
      return a.text ? t('plan.first.stopOther', { text: a.text }) : askLine(t, region, 'plan.first.stopOtherAsk', a.ask!, said);
    case 'renew':
      return a.text ? t('plan.first.renew', { text: a.text }) : askLine(t, region, 'plan.first.renewAsk', a.ask!, said);
    case 'register':
      if (a.text && a.ask)
        return `${t('plan.first.register', { text: a.text })}${askLine(t, region, 'plan.first.registerAlsoAsk', a.ask, said)}`;
      return a.text ? t('plan.first.register', { text: a.text }) : askLine(t, region, 'plan.first.registerAsk', a.ask!, said);
    case 'aid-ask':
      return askLine(t, region, 'plan.first.aidAsk', a.ask, said);
    case 'pay': {
      const parts: string[] = [];
      if (a.fee) parts.push(t('plan.first.fee', { amount: formatFen(a.fee.amountFen), per: a.fee.per }));
      else if (a.feeAsk) parts.push(askLine(t, region, 'plan.first.feeAsk', a.feeAsk, said));
      if (a.channels.length > 2)
        parts.push(t('plan.first.channelsMany', { names: a.channels.slice(0, 2).join(t('app.listSeparator')), count: a.channels.length }));
      else if (a.channels.length) parts.push(t('plan.first.channels', { names: a.channels.join(t('app.listSeparator')) }));
      else if (a.channelsAsk) parts.push(askLine(t, region, 'plan.first.channelsAsk', a.channelsAsk, said));
      return parts.join(t('plan.first.separator'));
    }
    case 'dates-ask':
      return askLine(t, region, 'plan.first.datesAsk', a.ask, said);
    case 'newborn-window': {
      const words = dateWords(t, a.deadline, { countdown, yearSaid: true });
      return (
        <>
          {a.rule} {t('plan.first.newbornWindow')} <strong>{words.when}</strong>
          {a.deadline.computed && t('plan.first.computed')}
          {words.status && <span className="status"> {words.status}</span>}
          {t('plan.first.separator')}
          {t('plan.first.newbornWindowAsk', { offices: officeNames(t, region, a.askAt, said) })}
        </>
      );
    }
    case 'deadline': {
      const words = dateWords(t, a.deadline, { countdown, yearSaid: true });
      return (
        <>
          {t('plan.first.deadline', { label: a.deadline.label })} <strong>{words.when}</strong>
          {/* A date the app worked out (a yearly window, a day after the birth) says so on the line itself. */}
          {a.deadline.computed && t('plan.first.computed')}
          {words.status && <span className="status"> {words.status}</span>}
          {words.pastYear && confirmWith[0] && (
            <span className="this-year">
              {t('plan.first.separator')}
              {t('plan.first.thisYear', { office: confirmWith[0] })}
            </span>
          )}
        </>
      );
    }
    case 'call':
      if (a.office) {
        const number = phoneText(a.office.phone.areaCode, a.office.phone.number);
        return (
          <>
            {t('plan.first.call', { name: a.office.name })} <a href={telHref(a.office.phone.areaCode, a.office.phone.number)}>{number}</a>
          </>
        );
      }
      if (a.nearest) {
        const { areaCode, number } = a.nearest.phone;
        return (
          <>
            {t('plan.first.callNearest', { first: a.nearest.first })} <a href={telHref(areaCode, number)}>{phoneText(areaCode, number)}</a>
            {t('plan.first.callNearestCount', { count: a.nearest.count })}
          </>
        );
      }
      return <HotlineCall hotline={a.hotline!} />;
  }
}

/** The first number of the offices named (else the area's 12393), to tap on the line that names them. */
function NumberFor({ region, askAt }: { region: RegionPolicy<PolicyId>; askAt: string[] }) {
  const { offices, hotline } = contactsFor(region, askAt);
  const phone = offices.flatMap((o) => o.phones)[0] ?? hotline;
  if (!phone) return null;
  return <a href={telHref(phone.areaCode, phone.number)}>{phoneText(phone.areaCode, phone.number)}</a>;
}

/** The call line with the area's 12393: what 12393 is, said here when it is the page's first mention. */
function HotlineCall({ hotline }: { hotline: { areaCode: string; number: string } }) {
  const { t } = useTranslation();
  const first = useFirstHotlineMention(true);
  return (
    <>
      {t('plan.first.callHotline')} <a href={telHref(hotline.areaCode, hotline.number)}>{phoneText(hotline.areaCode, hotline.number)}</a>
      {first && t('plan.first.hotlineNote')}
    </>
  );
}

/** "先做这几件事": each action with its key fact and a link to the step that says it in full. */
export function FirstActionsList({
  summary,
  region,
  stepNumber,
  confirmWith,
  planText,
}: {
  /** Everything the plan says (its steps' data), to find the terms worth a gloss. */
  planText: string;
  summary: FirstActions;
  region: RegionPolicy<PolicyId>;
  stepNumber: (id: PlanSectionId) => number | undefined;
  confirmWith: string[];
}) {
  const { t } = useTranslation();
  const said: Said = new Set();
  return (
    <section className={`first-actions lead-${summary.lead}`} aria-labelledby="first-actions-title">
      <h2 id="first-actions-title">{t('plan.first.title')}</h2>
      <ol>
        {summary.actions.map((a, i) => {
          const n = stepNumber(a.step);
          const text = actionText(t, a, region, confirmWith, summary.showCountdown, said);
          // A call line holds its own tap target (the phone); every other line is one tap to its step in full, named
          // by its title (not its number: the list's own numbers would read "1. 见第3步").
          return (
            <li key={`${a.kind}-${i}`} className={`first-action first-${a.kind}`}>
              {a.kind === 'call' || n === undefined ? (
                <span className="first-action-text">{text}</span>
              ) : (
                <a className="first-action-link" href={`#step-${a.step}`}>
                  <span className="first-action-text">{text}</span>
                  <span className="to-step" aria-hidden="true">
                    ›
                  </span>
                  <span className="visually-hidden">{t('plan.first.toStep', { title: t(`plan.sections.${a.step}`) })}</span>
                </a>
              )}
              {a.kind === 'stop-other' && <OriginCall />}
              {/* A line that says whom to ask carries a number to tap (beside its link: links do not nest). */}
              {a.kind === 'newborn-window' && (
                <p className="first-action-number">
                  <NumberFor region={region} askAt={a.askAt} />
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <GlossList text={planText} />
    </section>
  );
}
