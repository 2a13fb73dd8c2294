// The estimate's messages in simplified Chinese outside the browser (the CLI, tests): the same templates the UI
// renders (estimate-trace.zh-Hans.json), with amounts written the CLI's way ("89460元").
import i18next from 'i18next';
import zhHans from './estimate-trace.zh-Hans.json';
import type { TraceMessage } from '../policies/estimate/estimate.ts';
import { traceMessageText } from '../policies/estimate/estimate-view.ts';
import type { TraceTranslate } from '../policies/estimate/estimate-view.ts';

/** "1500元", "89460.5元" → always two decimals when there are fen: "89460.50元". The CLI's way of writing money. */
export function yuan(fen: number): string {
  const whole = Math.floor(fen / 100);
  const rest = fen % 100;
  return rest ? `${whole}.${String(rest).padStart(2, '0')}元` : `${whole}元`;
}

let translate: TraceTranslate | undefined;

function chinese(): TraceTranslate {
  if (translate) return translate;
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'zh-Hans',
    fallbackLng: false,
    ns: ['trace'],
    defaultNS: 'trace',
    resources: { 'zh-Hans': { trace: zhHans } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  const t = instance.getFixedT('zh-Hans', 'trace');
  translate = (key, params) => t(key, params);
  return translate;
}

/** One message as a Chinese sentence. */
export function chineseText(message: TraceMessage): string {
  return traceMessageText(message, chinese(), yuan);
}
