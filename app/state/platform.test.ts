import { describe, expect, it } from 'vitest';
import { detectPlatform } from './platform.ts';

const UA = {
  iosWechat:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003127) NetType/WIFI Language/zh_CN',
  androidWechat:
    'Mozilla/5.0 (Linux; Android 13; V2203A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20240404 MMWEBID/2341 MicroMessenger/8.0.49.2600(0x28003133) WeChat/arm64 Weixin NetType/4G Language/zh_CN ABI/arm64',
  iosSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  iosChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  androidChrome: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  desktopChrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
};

describe('detectPlatform', () => {
  it.each<[keyof typeof UA, boolean, 'ios' | 'android' | null, boolean]>([
    // iOS WeChat has no service worker, so it cannot keep the site offline.
    ['iosWechat', false, 'ios', false],
    ['androidWechat', true, 'android', false],
    ['iosSafari', true, null, true],
    ['iosChrome', true, null, false],
    ['androidChrome', true, null, false],
    ['desktopChrome', true, null, false],
  ])('%s', (name, serviceWorker, wechat, iosSafari) => {
    const platform = detectPlatform(UA[name], { serviceWorker, standalone: false });
    expect(platform).toEqual({ wechat, iosSafari, standalone: false, serviceWorker });
  });
});
