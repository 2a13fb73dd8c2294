// What the browser can do about offline use and installing, from its user agent and features. Pure, so the
// detection is tested on real user agent strings.

export interface Platform {
  /** WeChat's in-app browser, and on which system: iOS WeChat cannot keep a site offline at all. */
  wechat: 'ios' | 'android' | null;
  /** Safari on iPhone/iPad, where installing is 分享 → 添加到主屏幕 (no install prompt event). */
  iosSafari: boolean;
  /** Already opened from the home screen. */
  standalone: boolean;
  serviceWorker: boolean;
}

export function detectPlatform(ua: string, features: { serviceWorker: boolean; standalone: boolean }): Platform {
  const ios = /\b(iPhone|iPad|iPod)\b/.test(ua) || (/\bMacintosh\b/.test(ua) && /\bMobile\//.test(ua));
  const wechatBrowser = /MicroMessenger\//i.test(ua);
  const android = /\bAndroid\b/.test(ua);
  // Other iOS browsers (Chrome CriOS, Firefox FxiOS, Edge EdgiOS) and in-app browsers cannot add to the home screen
  // the same way, so only real Safari gets the Safari steps.
  const otherIos = /\b(CriOS|FxiOS|EdgiOS|OPiOS|MQQBrowser|QQ\/|Weibo|DingTalk|AlipayClient)\b/i.test(ua);
  return {
    wechat: wechatBrowser ? (ios ? 'ios' : android ? 'android' : null) : null,
    iosSafari: ios && !wechatBrowser && !otherIos && /\bSafari\//.test(ua),
    standalone: features.standalone,
    serviceWorker: features.serviceWorker,
  };
}

/** The platform of the browser the app runs in (never called during the build-time render). */
export function currentPlatform(): Platform {
  const standalone =
    window.matchMedia?.('(display-mode: standalone)').matches === true ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return detectPlatform(navigator.userAgent, { serviceWorker: 'serviceWorker' in navigator, standalone });
}
