import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/design/base.css';
import { PopupApp } from '@/components/popup/PopupApp';
import { request } from '@/lib/messaging/client';
import { createPageApi, findPopupTab } from '@/lib/messaging/page-api';
import { createRegistryApi } from '@/lib/messaging/registry-api';
import { createSiteAccessApi } from '@/lib/permissions/site-access';

async function main(): Promise<void> {
  const [tab, pending] = await Promise.all([
    findPopupTab(location.search),
    request('popup.takePendingTag', {}),
  ]);
  const openOptions = (hash = '') => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
    window.close();
  };
  render(
    <PopupApp
      api={createRegistryApi()}
      page={createPageApi(tab)}
      sites={createSiteAccessApi()}
      openOptions={openOptions}
      initialTag={pending.ok ? (pending.value.label ?? undefined) : undefined}
    />,
    document.getElementById('app')!,
  );
}

void main();
