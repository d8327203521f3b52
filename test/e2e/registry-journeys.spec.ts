import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('first run: the sample registry is offered and loads', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await expect(options.getByRole('heading', { name: 'Your registry is empty' })).toBeVisible();
  await options.getByRole('button', { name: 'Try with the sample registry' }).click();
  await expect(options.getByTestId('status')).toContainText('Loaded the sample registry');
  await expect(options.getByRole('table', { name: 'Metrics in the registry' })).toContainText(
    'Trial-to-paid conversion rate',
  );
  await options.screenshot({ path: 'artifacts/options-sample.png', fullPage: true });
});
