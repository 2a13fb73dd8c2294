// Offline and install status: "离线可用 / 当前离线", the update prompt, the install button (Android), the
// 添加到主屏幕 steps (iPhone Safari) and how to leave WeChat's browser. Loaded lazily, browser only.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { currentPlatform } from '../state/platform.ts';
import { safeStorage, storageWorks } from '../state/safe-storage.ts';
import { keepPendingChoiceForReload } from '../state/pending-choice.ts';

interface InstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const IOS_TIP_KEY = 'xsyb-ios-tip-dismissed';
// Said once per visit: the bar lives as long as the page, and a device that stores nothing cannot remember more.
let storageNoticeDismissed = false;
const WECHAT_TIP_KEY = 'xsyb-wechat-tip-dismissed';

function useOnline() {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

export default function PwaBar() {
  const { t } = useTranslation();
  const platform = currentPlatform();
  const online = useOnline();
  const [controlled, setControlled] = useState(() => Boolean(navigator.serviceWorker?.controller));
  const {
    needRefresh: [needRefresh],
    offlineReady: [offlineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  const [installEvent, setInstallEvent] = useState<InstallPromptEvent | null>(null);
  const [installed, setInstalled] = useState(platform.standalone);
  const [iosTip, setIosTip] = useState(() => platform.iosSafari && !platform.standalone && !safeStorage.getItem(IOS_TIP_KEY));
  const [wechatTip, setWechatTip] = useState(() => platform.wechat !== null && !safeStorage.getItem(WECHAT_TIP_KEY));
  const [storageNotice, setStorageNotice] = useState(false);
  useEffect(() => setStorageNotice(!storageNoticeDismissed && !storageWorks()), []);

  useEffect(() => {
    const onPrompt = (event: Event) => {
      event.preventDefault(); // Show our own button instead of the browser's mini-infobar.
      setInstallEvent(event as InstallPromptEvent);
    };
    const onInstalled = () => {
      setInstalled(true);
      setInstallEvent(null);
    };
    const onController = () => setControlled(Boolean(navigator.serviceWorker?.controller));
    window.addEventListener('beforeinstallprompt', onPrompt);
    window.addEventListener('appinstalled', onInstalled);
    navigator.serviceWorker?.addEventListener('controllerchange', onController);
    // The worker may take over between the first render and this effect (WebKit: clients.claim() on a first
    // visit often lands there), and then no controllerchange reaches us: look again now and once it is ready.
    onController();
    void navigator.serviceWorker?.ready.then(onController);
    return () => {
      window.removeEventListener('beforeinstallprompt', onPrompt);
      window.removeEventListener('appinstalled', onInstalled);
      navigator.serviceWorker?.removeEventListener('controllerchange', onController);
    };
  }, []);

  const install = async () => {
    if (!installEvent) return;
    await installEvent.prompt();
    const { outcome } = await installEvent.userChoice;
    if (outcome === 'accepted') setInstalled(true);
    setInstallEvent(null);
  };

  // workbox-window reloads only for updates it found itself; one the browser found (the usual case) would leave
  // the old page running on the new worker, so reload as soon as the new worker takes over.
  const applyUpdate = () => {
    navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    keepPendingChoiceForReload();
    void updateServiceWorker(true);
  };

  const dismiss = (key: string, hide: () => void) => {
    safeStorage.setItem(key, '1');
    hide();
  };

  const status = !online ? t('pwa.offline') : offlineReady || controlled ? t('pwa.offlineReady') : '';

  return (
    <aside className="pwa-bar" aria-label={t('pwa.label')}>
      <p className="pwa-status" role="status">
        {status}
      </p>
      {needRefresh && (
        <button type="button" className="button pwa-update" onClick={applyUpdate}>
          {t('pwa.update')}
        </button>
      )}
      {installEvent && !installed && (
        <button type="button" className="button button-secondary" onClick={() => void install()}>
          {t('pwa.install')}
        </button>
      )}
      {storageNotice && (
        <div className="tip" role="note">
          <p>{t('storage.unavailable')}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              storageNoticeDismissed = true;
              setStorageNotice(false);
            }}
          >
            {t('pwa.dismiss')}
          </button>
        </div>
      )}
      {iosTip && (
        <div className="tip">
          <p>{t('pwa.iosTip')}</p>
          <button type="button" className="button button-secondary" onClick={() => dismiss(IOS_TIP_KEY, () => setIosTip(false))}>
            {t('pwa.dismiss')}
          </button>
        </div>
      )}
      {wechatTip && (
        <div className="tip">
          <p>{t(platform.wechat === 'ios' ? 'pwa.wechatIos' : 'pwa.wechatAndroid')}</p>
          <button type="button" className="button button-secondary" onClick={() => dismiss(WECHAT_TIP_KEY, () => setWechatTip(false))}>
            {t('pwa.dismiss')}
          </button>
        </div>
      )}
    </aside>
  );
}
