import { render } from 'preact';
import '@/components/design/base.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createRegistryApi } from '@/lib/messaging/registry-api';
import { createSiteAccessApi } from '@/lib/permissions/site-access';

render(
  <OptionsApp api={createRegistryApi()} sites={createSiteAccessApi()} />,
  document.getElementById('app')!,
);
