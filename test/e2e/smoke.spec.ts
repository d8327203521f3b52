import { expect, test } from './fixtures';

test('the extension loads and its popup renders', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('heading', { name: 'KPI Lens' })).toBeVisible();
  // Opened on an extension page rather than a website, it says it cannot run there.
  await expect(popup.getByText('KPI Lens can’t run on this page')).toBeVisible();
});
