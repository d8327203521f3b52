import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/design/base.css';
import { PopupApp } from '@/components/popup/PopupApp';
import { createRegistryApi } from '@/lib/messaging/registry-api';

render(
  <PopupApp api={createRegistryApi()} openOptions={() => void browser.runtime.openOptionsPage()} />,
  document.getElementById('app')!,
);
