import { expect, test } from './fixtures';

test('the extension loads and its popup renders', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByText('KPI Lens')).toBeVisible();
});
