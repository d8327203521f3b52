import type { ComponentChildren } from 'preact';

let fieldCounter = 0;
/** A stable id per field instance, to tie labels, inputs and error messages together. */
export function nextFieldId(name: string): string {
  fieldCounter += 1;
  return `f-${name}-${fieldCounter}`;
}

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  /** The whole row (a long text). */
  wide?: boolean;
  /** Two grid columns where the row has them (a choice among the team's long names). */
  twoColumns?: boolean | undefined;
  children: ComponentChildren;
}

/** A labelled form field with its how-to-fix message underneath. */
export function Field({ id, label, error, hint, wide, twoColumns, children }: FieldProps) {
  const span = wide ? ' kl-field--wide' : twoColumns ? ' kl-field--two-columns' : '';
  return (
    <div class={`kl-field${span}`}>
      <label for={id}>{label}</label>
      {children}
      {error ? (
        <span class="kl-field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : (
        hint && (
          <span class="kl-muted kl-field-hint" id={`${id}-hint`}>
            {hint}
          </span>
        )
      )}
    </div>
  );
}

/** ARIA attributes that tie an input to its field's message. */
export function describedBy(id: string, error: string | undefined, hint?: string) {
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  };
}
