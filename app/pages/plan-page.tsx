import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { PageLayout } from '../components/page-layout.tsx';
import { FocusHeading } from '../components/focus-heading.tsx';
import { HotlineLabelSaid, PlanItemView } from '../components/plan-item.tsx';
import { FirstActionsList } from '../components/first-actions-list.tsx';
import { AreaCodeNote, HotlineCard } from '../components/office-card.tsx';
import { dateWords, thisYearLine } from '../components/date-words.ts';
import { formatDate, formatFen } from '../components/format.ts';
import { buildPlan } from '../policies/plan/plan.ts';
import type { Plan, PlanSection } from '../policies/plan/plan.ts';
import { callTarget, firstActions, gapCount, stepSummary } from '../policies/plan/first-actions.ts';
import { checkPath, letterPath, planPath, startPath } from '../policies/answers/links.ts';
import { PlanTools } from '../components/plan-tools.tsx';
import { EstimateSlot } from '../components/estimate-slot.tsx';
import type { CompleteAnswers } from '../policies/answers/questions.ts';
import type { PolicyId, RegionPolicy } from '../policies/model/types.ts';
import { requestPersistentStorage } from '../state/persistent-storage.ts';

/** The steps a parent reads: every section but the list of gaps, which each step already says where it belongs. */
function shownSections(plan: Plan<PolicyId>): PlanSection[] {
  const inline = new Set(plan.sections.filter((s) => s.id !== 'unsaid').flatMap((s) => s.items.map((i) => i.id)));
  return plan.sections.flatMap((s) => {
    if (s.id !== 'unsaid') return [s];
    // Only gaps no step shows (a region's gap with no section) keep a step of their own.
    const rest = s.items.filter((i) => !inline.has(i.id));
    return rest.length ? [{ ...s, items: rest }] : [];
  });
}

function summaryText(t: TFunction, section: PlanSection, countdown: boolean): string {
  const s = stepSummary(section);
  if (!s) return '';
  const sep = t('app.listSeparator');
  switch (s.kind) {
    case 'text':
      return s.text;
    case 'gap':
      return t('plan.notStated', { what: s.what });
    case 'fee':
      return s.funded
        ? t('plan.stepSummary.funded', { groups: s.groups ?? '' })
        : t('plan.stepSummary.fee', { amount: formatFen(s.amountFen), per: s.per });
    case 'channels':
    case 'offices':
      return s.names.join(sep);
    case 'deadline': {
      const words = dateWords(t, s.deadline, { countdown, yearSaid: true });
      const when = s.deadline.computed ? `${words.when}${t('plan.first.computed')}` : words.when;
      return [when, words.status].filter(Boolean).join(' · ');
    }
    case 'count':
      return t('plan.stepSummary.count', { count: s.count });
  }
}

/** Open every step before printing (paper shows them all) and put them back as they were after. */
function usePrintExpands(ref: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    let closed: HTMLDetailsElement[] = [];
    const before = () => {
      // Chromium may fire beforeprint more than once for one print: remember every step this opened.
      const now = [
        ...(ref.current?.querySelectorAll<HTMLDetailsElement>('details.step-details:not([open]), details.year-line:not([open])') ?? []),
      ];
      closed.push(...now);
      for (const d of now) d.open = true;
    };
    const after = () => {
      for (const d of closed) d.open = false;
      closed = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [ref]);
}

/** A link to a step or to an office inside a closed step opens it first, in every browser. */
function useLinksOpenSteps() {
  useEffect(() => {
    const open = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
      if (!link) return;
      const target = document.getElementById(decodeURIComponent(link.getAttribute('href')!.slice(1)));
      for (let el: Element | null = target; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true;
      const own = target?.querySelector(':scope > details.step-details');
      if (own instanceof HTMLDetailsElement) own.open = true;
    };
    document.addEventListener('click', open, true);
    return () => document.removeEventListener('click', open, true);
  }, []);
}

/** What a plan read from a pasted letter adds (letter-route.tsx); a region's plan offers to paste this year's letter. */
export interface LetterParts {
  title: string;
  /** The first screen's line, in place of a region's year line: made from the pasted letter, not checked by the app. */
  line: ReactNode;
  /** In place of a region's source (issuer, title, year, date issued, date checked): the letter. */
  source: ReactNode;
  /** After the first actions: what to check before paying, our own region's older data. */
  notices?: ReactNode;
  /** Beside the plan's sources: delete the letter, paste another. */
  tools?: ReactNode;
}

export function PlanPage({
  region,
  answers,
  today,
  letter,
}: {
  region: RegionPolicy<PolicyId>;
  answers: CompleteAnswers;
  today: string;
  letter?: LetterParts;
}) {
  const { t } = useTranslation();
  const plan = buildPlan(region, answers, today);
  const first = firstActions(plan, region);
  const sections = shownSections(plan);
  const stepsRef = useRef<HTMLDivElement>(null);
  usePrintExpands(stepsRef);
  useLinksOpenSteps();
  useEffect(() => {
    void requestPersistentStorage();
  }, []);
  const confirmWith = plan.confirmWith.map((o) => o.name);
  const offices = confirmWith.join(t('app.listSeparator'));
  const summary = [
    t(`stage.options.${answers.stage}`),
    answers.born ? formatDate(answers.born) : undefined,
    t(`insured.options.${answers.insured}`),
    t(`residency.options.${answers.residency}`),
    answers.aid === 'yes' ? t('fields.aid') : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const stepNumber = (id: string) => {
    const i = sections.findIndex((s) => s.id === id);
    return i < 0 ? undefined : i + 1;
  };
  const call = callTarget(plan);
  const gaps = gapCount(plan);
  const markers = (
    <p className="muted">
      {t('plan.sources.markers')} {plan.lastVerified && t('plan.verified', { date: formatDate(plan.lastVerified) })}
    </p>
  );
  const countdown = first.showCountdown;

  // What 12393 is, said at its first mention on the page only (a fresh count each render).
  const hotlineSaid = { said: false };

  return (
    <PageLayout>
      <HotlineLabelSaid.Provider value={hotlineSaid}>
        <div ref={stepsRef} className="plan">
          <FocusHeading focusKey="plan">{letter?.title ?? t('plan.title', { region: region.shortName })}</FocusHeading>
          {letter ? (
            letter.line
          ) : (
            <details className="year-line">
              <summary>
                <strong>{t('plan.yearLine', { year: plan.policyYear })}</strong> <span className="more">{t('plan.yearMore')}</span>
              </summary>
              <p>{t('plan.yearNotice', { issued: plan.source.issued, offices })}</p>
              <p>
                <Link to={letterPath(answers)}>{t('plan.letterLink')}</Link>
              </p>
            </details>
          )}
          <FirstActionsList
            summary={first}
            region={region}
            stepNumber={stepNumber}
            confirmWith={confirmWith}
            planText={JSON.stringify(plan.sections)}
          />
          {letter?.notices}
          <h2 className="steps-title">{t('plan.stepsTitle')}</h2>
          <ol className="step-by-step">
            {sections.map((section, i) => {
              const pastYear = section.items.some((item) => item.kind === 'deadline' && dateWords(t, item).pastYear);
              return (
                <li key={section.id} className={`step step-${section.id}`} id={`step-${section.id}`}>
                  <details className="step-details">
                    <summary>
                      <h3 className="step-title">
                        <span className="step-number" aria-hidden="true">
                          {i + 1}
                        </span>
                        {t(`plan.sections.${section.id}`)}
                      </h3>
                      <span className="step-summary">{summaryText(t, section, countdown)}</span>
                    </summary>
                    <div className="step-body">
                      {section.items.map((item) => (
                        <PlanItemView key={`${item.kind}-${item.id}`} item={item} region={region} options={{ countdown }} />
                      ))}
                      {section.id === 'deadlines' && pastYear && <p className="this-year">{thisYearLine(t, confirmWith)}</p>}
                      {section.id === 'contacts' && (
                        <AreaCodeNote offices={section.items.flatMap((item) => (item.kind === 'office' ? [item.office] : []))} />
                      )}
                      {section.id === 'contacts' && call.hotline && (
                        <HotlineCard areaCode={call.hotline.areaCode} number={call.hotline.number} />
                      )}
                    </div>
                  </details>
                </li>
              );
            })}
          </ol>
        </div>
      </HotlineLabelSaid.Provider>
      <EstimateSlot region={region} answers={answers} />
      <section className="sources" aria-labelledby="sources-title">
        <h2 id="sources-title">{t('plan.sources.title')}</h2>
        <p className="case-summary">
          {t('plan.forCase', { summary })} <Link to={checkPath(region.id, answers)}>{t('plan.changeAnswers')}</Link>
        </p>
        {letter ? (
          letter.source
        ) : (
          // The source in one short line (who, what kind, which year); its full title and date a tap away.
          <details className="source-line">
            <summary>
              {t('plan.sources.localShort', {
                issuer: plan.source.issuer,
                kind: t(`plan.sources.kind.${plan.source.kind}`),
                year: plan.source.policyYear,
              })}
            </summary>
            <p>
              {t('plan.sources.local', {
                issuer: plan.source.issuer,
                title: plan.source.title,
                kind: t(`plan.sources.kind.${plan.source.kind}`),
                year: plan.source.policyYear,
                issued: plan.source.issued,
              })}
            </p>
            {markers}
          </details>
        )}
        <p className="muted">{gaps ? t('plan.sources.gaps', { count: gaps }) : t('plan.nothingUnsaid')}</p>
        {letter ? (
          letter.tools
        ) : (
          <p className="letter-entry">
            <Link to={letterPath(answers)}>{t('plan.letterLink')}</Link>
          </p>
        )}
        {/* With a region's source, its markers and check date open with the source line (one tap fewer to scroll past). */}
        {letter && (
          <details className="sources-more">
            <summary>{t('plan.sources.more')}</summary>
            {markers}
          </details>
        )}
      </section>
      <PlanTools plan={plan} planPath={planPath(region.id, answers)} today={today} remind={countdown}>
        <Link to={startPath()}>{t('plan.startOver')}</Link>
      </PlanTools>
    </PageLayout>
  );
}
