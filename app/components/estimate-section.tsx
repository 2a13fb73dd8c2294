// "大概能报销多少": one line per sample illness (illness, cost and the estimate in one phrase); one tap opens the
// cost the parent can change, the options the region's rule reads, the fund / 大病保险 / family shares as they may be
// shown (a bound that says nothing is "not stated"), whom to ask once, and every step with its citation.
// Loaded lazily (see estimate-slot.tsx) so the estimate engine is not in the first screen's code.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { MissingOptionError, estimate, estimateOptions } from '../policies/estimate/estimate.ts';
import { isNotStated } from '../policies/model/not-stated.ts';
import type {
  BoundsViewOrUnknown,
  EstimateResult,
  MissingItem,
  OptionSpec,
  TraceMessage,
  TraceStep,
} from '../policies/estimate/estimate.ts';
import {
  SAMPLES,
  admissionChoices,
  benefitAskAt,
  estimateInput,
  initialOptions,
  noBenefitFigures,
  traceMessageText,
} from '../policies/estimate/estimate-view.ts';
import type { CardOptions, Sample } from '../policies/estimate/estimate-view.ts';
import { MAX_INPUT_FEN, fenToInput, parseMoneyInput } from '../policies/estimate/money-input.ts';
import { NATIONAL_FACTS } from '../policies/model/national.ts';
import { matches } from '../policies/plan/plan.ts';
import type { CompleteAnswers } from '../policies/answers/questions.ts';
import type { HospitalLevel, PolicyId, RegionPolicy } from '../policies/model/types.ts';
import { HOSPITAL_LEVELS } from '../policies/model/types.ts';
import { DEFAULT_LANGUAGE, INTL_LOCALE, TRACE_NS, i18n, isLanguage } from '../i18n/i18n.ts';
import traceZhHans from '../i18n/estimate-trace.zh-Hans.json';
import { CitationLine } from './citation.tsx';
import { formatFen } from './format.ts';
import { RadioGroup } from './radio-group.tsx';

export interface EstimateSectionProps {
  region: RegionPolicy<PolicyId>;
  answers: CompleteAnswers;
}

/** A share as words: "¥4,260", "最多约 ¥6,800", "约 ¥0 到 ¥7,000", or that the source does not say. */
export function viewText(t: TFunction, view: BoundsViewOrUnknown): string {
  switch (view.kind) {
    case 'exact':
      return formatFen(view.fen);
    case 'between':
      return t('estimate.result.between', { min: formatFen(view.min), max: formatFen(view.max) });
    case 'at-most':
      return t('estimate.result.atMost', { max: formatFen(view.max) });
    case 'at-least':
      return t('estimate.result.atLeast', { min: formatFen(view.min) });
    case 'unknown':
      return t('estimate.result.unknown');
  }
}

/** Office names, each linked to its card in the plan's contacts step when the plan shows it. */
function AskAt({ ids, region, shown }: { ids: readonly string[]; region: RegionPolicy<PolicyId>; shown: Set<string> }) {
  const { t } = useTranslation();
  const offices = ids.flatMap((id) => region.offices.filter((o) => o.id === id));
  if (!offices.length) return null;
  return (
    <p className="ask-at">
      {t('estimate.ask')}
      {offices.map((o, i) => (
        <span key={o.id}>
          {i > 0 && t('app.listSeparator')}
          {shown.has(o.id) ? <a href={`#office-${o.id}`}>{o.name}</a> : o.name}
        </span>
      ))}
    </p>
  );
}

export function EstimateSection({ region, answers }: EstimateSectionProps) {
  const { t } = useTranslation();
  const shown = new Set(region.offices.filter((o) => matches(o.when, answers)).map((o) => o.id));
  const confirmWith = region.offices
    .filter((o) => region.confirmWith.includes(o.id))
    .map((o) => o.name)
    .join(t('app.listSeparator'));
  const notCovered = region.stagesNotCovered.find((n) => n.stages.includes(answers.stage));
  const silent = noBenefitFigures(region);

  return (
    <section className="estimate no-print" aria-labelledby="estimate-title">
      <h2 id="estimate-title">{t('plan.estimateTitle')}</h2>
      {notCovered ? (
        <div className="item not-stated">
          <p>{t('estimate.notCovered', { what: notCovered.what })}</p>
          <AskAt ids={notCovered.askAt} region={region} shown={shown} />
        </div>
      ) : silent ? (
        <div className="item not-stated estimate-silent">
          <p>{t('estimate.noFigures', { region: region.shortName })}</p>
          <AskAt ids={benefitAskAt(region)} region={region} shown={shown} />
          <p className="muted">{t('estimate.noFiguresYear', { year: region.policyYear || t('cite.yearNotStated') })}</p>
        </div>
      ) : (
        <>
          {/* What the examples are and which year's rules they use: one line, the rest one tap away. */}
          <details className="estimate-about">
            <summary>
              {t('estimate.aboutLine', { year: region.policyYear || t('cite.yearNotStated') })}{' '}
              <span className="more">{t('plan.yearMore')}</span>
            </summary>
            <p>{t('estimate.intro', { region: region.shortName })}</p>
            <p className="estimate-year">
              {t('estimate.year', { year: region.policyYear || t('cite.yearNotStated'), offices: confirmWith })}
            </p>
          </details>
          {SAMPLES.map((sample) => (
            <SampleCard key={sample.id} sample={sample} region={region} shown={shown} />
          ))}
          <NationalRewards />
        </>
      )}
    </section>
  );
}

type Outcome =
  { kind: 'input-error'; message: string } | { kind: 'need-level' } | { kind: 'failed' } | { kind: 'result'; result: EstimateResult };

function outcome(
  t: TFunction,
  region: RegionPolicy<PolicyId>,
  sample: Sample,
  specs: OptionSpec[],
  costText: string,
  options: CardOptions,
): Outcome {
  const parsed = parseMoneyInput(costText);
  if (!parsed.ok) {
    const example = fenToInput(sample.costFen);
    return { kind: 'input-error', message: t(`estimate.errors.${parsed.error}`, { example, max: formatFen(MAX_INPUT_FEN) }) };
  }
  try {
    return { kind: 'result', result: estimate(region, estimateInput(specs, sample.care, parsed.fen, options)) };
  } catch (error) {
    // Never a crash on screen: a missing option asks for it, anything else says the figure cannot be worked out.
    return error instanceof MissingOptionError ? { kind: 'need-level' } : { kind: 'failed' };
  }
}

function SampleCard({ sample, region, shown }: { sample: Sample; region: RegionPolicy<PolicyId>; shown: Set<string> }) {
  const { t } = useTranslation();
  const uid = `estimate-${sample.id}`;
  const ids = {
    title: `${uid}-title`,
    cost: `${uid}-cost`,
    hint: `${uid}-cost-hint`,
    error: `${uid}-cost-error`,
    level: `${uid}-level`,
    admission: `${uid}-admission`,
    public: `${uid}-public`,
    continuous: `${uid}-continuous`,
  };
  const [costText, setCostText] = useState(() => fenToInput(sample.costFen));
  const [options, setOptions] = useState<CardOptions>(() => initialOptions(sample));
  const set = (patch: Partial<CardOptions>) => setOptions((o) => ({ ...o, ...patch }));

  const specs = estimateOptions(region, sample.care);
  const has = (option: OptionSpec['option']) => specs.some((s) => s.option === option);
  const admissions = has('admission') ? admissionChoices(region, sample.care) : [];
  const rule = region.benefits.care[sample.care];
  const careLabel = isNotStated(rule) ? t(`estimate.care.${sample.care}`) : rule.label;
  const result = outcome(t, region, sample, specs, costText, options);
  const inputError = result.kind === 'input-error' ? result.message : undefined;
  // "示例金额" only while the amount is the app's example: once the parent types theirs, it is theirs.
  const parsed = parseMoneyInput(costText);
  const isSample = parsed.ok && parsed.fen === sample.costFen;
  const describedBy = [inputError ? ids.error : '', isSample ? ids.hint : ''].filter(Boolean).join(' ') || undefined;

  return (
    <details className="estimate-card" id={uid}>
      <summary className="estimate-line">
        <SampleLine title={t(`estimate.samples.${sample.id}.title`)} costText={costText} outcome={result} />
      </summary>
      <p className="muted estimate-care">{t('estimate.careLine', { label: careLabel })}</p>

      <div className={inputError ? 'field estimate-field has-error' : 'field estimate-field'}>
        <label className="label" htmlFor={ids.cost}>
          {t('estimate.costLabel')} {isSample && <span className="tag">{t('estimate.sampleTag')}</span>}
        </label>
        {isSample && (
          <p className="hint" id={ids.hint}>
            {t('estimate.costHint', { amount: formatFen(sample.costFen) })}
          </p>
        )}
        {inputError && (
          <p className="field-error" id={ids.error}>
            {inputError}
          </p>
        )}
        <input
          className="input estimate-cost"
          id={ids.cost}
          name={ids.cost}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={costText}
          onChange={(e) => setCostText(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={inputError ? true : undefined}
        />
      </div>

      {has('level') && (
        <fieldset className="estimate-options">
          <legend className="label">{t('estimate.level.legend')}</legend>
          <RadioGroup
            name={ids.level}
            value={String(options.level)}
            onChange={(v) => set({ level: Number(v) as HospitalLevel })}
            options={HOSPITAL_LEVELS.map((level) => ({ value: String(level), label: t(`estimate.level.${level}`) }))}
          />
          {has('public') && options.level === 1 && (
            <div className="radio checkbox">
              <input
                type="checkbox"
                id={ids.public}
                checked={options.public}
                aria-describedby={`${ids.public}-why`}
                onChange={(e) => set({ public: e.target.checked })}
              />
              <label htmlFor={ids.public}>{t('estimate.public')}</label>
              <p className="hint" id={`${ids.public}-why`}>
                {t('estimate.publicWhy')}
              </p>
            </div>
          )}
        </fieldset>
      )}

      {admissions.length > 0 && (
        <fieldset className="estimate-options">
          <legend className="label">{t('estimate.admission.legend')}</legend>
          <RadioGroup
            name={ids.admission}
            value={String(options.admission)}
            onChange={(v) => set({ admission: Number(v) })}
            options={admissions.map((n, i) => ({
              value: String(n),
              label:
                n === 1
                  ? t('estimate.admission.first')
                  : i === admissions.length - 1
                    ? t('estimate.admission.nthOrLater', { n })
                    : t('estimate.admission.nth', { n }),
            }))}
          />
        </fieldset>
      )}

      {has('continuous') && (
        <div className="radio checkbox estimate-options">
          <input type="checkbox" id={ids.continuous} checked={options.continuous} onChange={(e) => set({ continuous: e.target.checked })} />
          <label htmlFor={ids.continuous}>{t('estimate.continuous')}</label>
        </div>
      )}

      <div className="estimate-result" aria-live="polite" aria-atomic="true">
        <ResultFigures outcome={result} />
      </div>
      {result.kind === 'result' && <ResultDetails result={result.result} region={region} shown={shown} />}
    </details>
  );
}

/** The card's one line: the illness, its cost and the estimate in one phrase (the engine's summary). */
function SampleLine({ title, costText, outcome }: { title: string; costText: string; outcome: Outcome }) {
  const { t } = useTranslation();
  const traceText = useTraceText();
  const parsed = parseMoneyInput(costText);
  const phrase =
    outcome.kind === 'result'
      ? traceText(outcome.result.summary)
      : t(outcome.kind === 'need-level' ? 'estimate.needLevel' : 'estimate.fixInput');
  return <span>{t('estimate.line', { title, cost: parsed.ok ? formatFen(parsed.fen) : costText, estimate: phrase })}</span>;
}

/** N1.3, once below the estimates: a national rule, in our words, whose amounts are local (its one text, `national.N1_3`). */
function NationalRewards() {
  const { t } = useTranslation();
  const fact = NATIONAL_FACTS['N1.3'];
  return (
    <details className="estimate-national muted">
      <summary>
        <span className="tag">{t('estimate.national.tag')}</span> {t('estimate.national.line')}{' '}
        <span className="more">{t('plan.yearMore')}</span>
      </summary>
      <p>
        {t('national.N1_3')} <span className="estimate-national-cite">{t('estimate.national.cite', { document: fact.cite.document })}</span>
      </p>
    </details>
  );
}

function ResultFigures({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'input-error') return <p className="muted">{t('estimate.fixInput')}</p>;
  if (outcome.kind === 'need-level') return <p className="muted">{t('estimate.needLevel')}</p>;
  if (outcome.kind === 'failed') return <p className="muted">{t('estimate.failed')}</p>;
  const r = outcome.result;
  const rows = [
    ['fund', r.shown.fund],
    ['criticalIllness', r.shown.criticalIllness],
    ['family', r.shown.outOfPocket],
  ] as const;
  return (
    <>
      <p className="estimate-status">
        {t(r.exact ? 'estimate.result.exact' : 'estimate.result.bound', {
          cost: formatFen(r.cost),
          year: r.policyYear || t('cite.yearNotStated'),
        })}{' '}
        <span className="estimate-assumption">{t('estimate.result.assumption')}</span>
      </p>
      <dl className="estimate-figures">
        {rows.map(([key, view]) => (
          <div className={`estimate-row estimate-${key}`} key={key}>
            <dt>{t(`estimate.result.${key}`)}</dt>
            <dd className={view.kind === 'unknown' ? 'estimate-unknown' : undefined}>{viewText(t, view)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

// The simplified-Chinese templates come with this lazily loaded section (the other languages load theirs with the
// language), so the first screen's code does not carry them.
if (!i18n.hasResourceBundle(DEFAULT_LANGUAGE, TRACE_NS)) i18n.addResourceBundle(DEFAULT_LANGUAGE, TRACE_NS, traceZhHans, true, true);

/** A message of the engine in the page's language, amounts written by Intl for the page's locale. */
function useTraceText(): (message: TraceMessage) => string {
  const { t, i18n: instance } = useTranslation();
  const language = isLanguage(instance.language) ? instance.language : DEFAULT_LANGUAGE;
  return (message) =>
    traceMessageText(
      message,
      (key, params) => t(key, { ns: TRACE_NS, ...params }),
      (fen) => formatFen(fen, INTL_LOCALE[language]),
    );
}

function ResultDetails({ result, region, shown }: { result: EstimateResult; region: RegionPolicy<PolicyId>; shown: Set<string> }) {
  const { t } = useTranslation();
  const traceText = useTraceText();
  // Whom to ask, once for the card: every office any missing item names, in order.
  const askAt = [...new Set(result.missing.flatMap((m) => m.askAt))];
  // The bill and its assumption (all of it 合规费用) are said beside the result, not as a step of the working.
  const steps = result.trace.filter((step) => step.message.key !== 'cost');
  return (
    <>
      {result.missing.length > 0 && (
        <div className="item not-stated estimate-missing">
          <p className="estimate-missing-title">{t('estimate.missingTitle')}</p>
          <ul>
            {result.missing.map((m: MissingItem) => (
              <li key={m.id}>{traceText(m.message)}</li>
            ))}
          </ul>
          <AskAt ids={askAt} region={region} shown={shown} />
        </div>
      )}
      {/* An h3: the section's heading is the h2 above (axe heading-order); the cards themselves have no heading. */}
      <h3 className="estimate-trace-title">{t('estimate.trace', { count: steps.length })}</h3>
      <ol className="estimate-trace">
        {steps.map((step: TraceStep, i) => {
          const text = traceText(step.message);
          const amount = step.amountFen === undefined ? undefined : formatFen(step.amountFen);
          return (
            <li key={`${i}-${step.message.key}`}>
              <p className="trace-step">
                {text}
                {/* What a step pays or leaves to pay, unless its sentence already ends on that figure. */}
                {amount !== undefined && !text.includes(amount) && <span className="trace-amount">{amount}</span>}
              </p>
              {step.cite && <CitationLine cite={step.cite} source={region.source} />}
            </li>
          );
        })}
      </ol>
    </>
  );
}

export default EstimateSection;
