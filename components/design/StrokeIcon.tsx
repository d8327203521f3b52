/** A 12px line icon drawn from one path (no resource to make web accessible). */
export function StrokeIcon({ path, color = 'currentColor' }: { path: string; color?: string }) {
  return (
    <svg
      width="12"
      height="12"
      viewBox="0 0 12 12"
      fill="none"
      stroke={color}
      stroke-width="1.4"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      style={{ flex: 'none' }}
    >
      <path d={path} />
    </svg>
  );
}
