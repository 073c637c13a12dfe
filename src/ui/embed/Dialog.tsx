// A modal dialog on the platform's <dialog>: showModal() keeps focus inside and makes the rest of
// the page inert, Escape closes it, focus returns to the opener. Mounted while open, into <body>
// (not inside the header that opens it, whose styles are not the dialog's).
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../common/useT';
import './dialog.css';

interface Props {
  title: string;
  onClose: () => void;
  /** While true, Escape and the close button do nothing (a render in progress cancels first). */
  locked?: boolean;
  testId: string;
  className?: string;
  children: ReactNode;
}

export function Dialog({ title, onClose, locked = false, testId, className, children }: Props) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  const lockedRef = useRef(locked);
  useEffect(() => {
    closeRef.current = onClose;
    lockedRef.current = locked;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const onCancel = (e: Event) => {
      e.preventDefault();
      if (!lockedRef.current) closeRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  return createPortal(
    <dialog
      ref={ref}
      className={`dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <header className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="btn btn-quiet btn-icon"
          aria-label={t('embed.close')}
          title={t('embed.close')}
          data-testid={`${testId}-close`}
          disabled={locked}
          onClick={onClose}
        >
          <svg viewBox="0 0 16 16" className="icon" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>,
    document.body,
  );
}
