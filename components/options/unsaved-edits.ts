import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';

/**
 * The options page's forms that hold unsaved edits, so that leaving them (another tab, the
 * browser's Back) asks first instead of dropping what was typed.
 */
export class UnsavedEdits {
  private readonly forms = new Set<object>();

  report(form: object, dirty: boolean): void {
    if (dirty) this.forms.add(form);
    else this.forms.delete(form);
  }

  get any(): boolean {
    return this.forms.size > 0;
  }

  /** The person chose to discard them: nothing is held any more. */
  discard(): void {
    this.forms.clear();
  }
}

export const UnsavedEditsContext = createContext<UnsavedEdits | null>(null);

/**
 * Reports whether a form holds unsaved edits while it is shown; closing or reloading the tab
 * with some makes the browser ask first. Returns `release`, for the form to call when it
 * closes itself (saved, discarded, deleted): the navigation that closes it is then not asked.
 */
export function useUnsavedEdits(dirty: boolean): () => void {
  const edits = useContext(UnsavedEditsContext);
  const form = useRef({}).current;
  useEffect(() => {
    if (!dirty) return;
    edits?.report(form, true);
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => {
      edits?.report(form, false);
      window.removeEventListener('beforeunload', warn);
    };
  }, [dirty, edits, form]);
  return () => edits?.report(form, false);
}
