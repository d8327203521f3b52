import { useEffect, useState } from 'preact/hooks';

interface Props {
  value: string;
  label: string;
  onCommit: (value: string) => void;
}

/** A table cell edited in place: saved on Enter or when focus leaves, Escape puts it back. */
export function InlineText({ value, label, onCommit }: Props) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text.trim() !== value) onCommit(text.trim());
  };
  return (
    <input
      class="kl-input kl-input--inline"
      aria-label={label}
      value={text}
      placeholder="—"
      onInput={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setText(value);
      }}
    />
  );
}
