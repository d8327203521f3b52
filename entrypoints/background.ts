export default defineBackground(() => {
  console.log('KPI Lens background started');
});
