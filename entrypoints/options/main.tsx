import { render } from 'preact';
import '@/components/design/base.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createRegistryApi } from '@/lib/messaging/registry-api';

render(<OptionsApp api={createRegistryApi()} />, document.getElementById('app')!);
